/// The values in ascending order, each once.
func sortedUnique<Value: Comparable>(_ values: [Value]) -> [Value] {
    var unique: [Value] = []
    unique.reserveCapacity(values.count)
    for value in values.sorted() where value != unique.last {
        unique.append(value)
    }
    return unique
}
