/// A story term and how much it weighs in an article or a story.
///
/// Weights are `Float`: a profile of 48 terms held for tens of thousands of stories. Stored as the
/// `Double` of the `Float` (exact both ways), so a profile read back is bit for bit the one written
/// and an index rebuilt from storage takes the decisions the running one took.
public struct WeightedTerm: Sendable, Hashable, Codable {
    public var term: String
    public var weight: Float

    public init(term: String, weight: Float) {
        self.term = term
        self.weight = weight
    }

    /// The order profiles and article terms are kept in: heaviest first, then by term.
    static func precedes(_ a: WeightedTerm, _ b: WeightedTerm) -> Bool {
        a.weight != b.weight ? a.weight > b.weight : a.term < b.term
    }

    public init(from decoder: any Decoder) throws {
        var pair = try decoder.unkeyedContainer()
        term = try pair.decode(String.self)
        weight = Float(try pair.decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var pair = encoder.unkeyedContainer()
        try pair.encode(term)
        try pair.encode(Double(weight))
    }
}

extension Array where Element == WeightedTerm {
    /// Euclidean length, summed in the array's own order so that it is the same on every run.
    var norm: Double {
        var sum = 0.0
        for entry in self { sum += Double(entry.weight) * Double(entry.weight) }
        return sum.squareRoot()
    }
}
