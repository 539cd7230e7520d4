/// The terms of the held stories' profiles, numbered, with the stories that have each (postings).
/// A term no held story has any more is forgotten and its number reused, so the table stays as
/// large as the profiles held.
struct TermTable {
    private var numbers: [String: UInt32] = [:]
    private var terms: [String] = []
    /// Held stories (their slots) whose profile has the term; in no particular order.
    private(set) var postings: [[UInt32]] = []
    private var free: [UInt32] = []

    func number(of term: String) -> UInt32? { numbers[term] }

    func term(_ number: UInt32) -> String { terms[Int(number)] }

    var count: Int { numbers.count }

    /// The term's number, after adding the slot to its postings.
    mutating func add(_ term: String, slot: UInt32) -> UInt32 {
        let number: UInt32
        if let known = numbers[term] {
            number = known
        } else if let reused = free.popLast() {
            number = reused
            numbers[term] = number
            terms[Int(number)] = term
        } else {
            number = UInt32(terms.count)
            numbers[term] = number
            terms.append(term)
            postings.append([])
        }
        postings[Int(number)].append(slot)
        return number
    }

    /// Takes the slot out of the term's postings; forgets the term when no story has it.
    mutating func remove(_ number: UInt32, slot: UInt32) {
        let index = Int(number)
        if let position = postings[index].firstIndex(of: slot) {
            postings[index].swapAt(position, postings[index].count - 1)
            postings[index].removeLast()
        }
        if postings[index].isEmpty {
            numbers[terms[index]] = nil
            terms[index] = ""
            postings[index] = []
            free.append(number)
        }
    }

    /// Bytes held, roughly: the postings' and names' storage and the dictionary's entries.
    var memoryBytes: Int {
        var bytes = terms.capacity * MemoryLayout<String>.stride + postings.capacity * MemoryLayout<[UInt32]>.stride
        bytes += numbers.capacity * (MemoryLayout<String>.stride + MemoryLayout<UInt32>.stride + 1)
        for posting in postings where posting.capacity > 0 { bytes += 32 + posting.capacity * 4 }
        for term in terms where term.utf8.count > 15 { bytes += 32 + term.utf8.count }
        return bytes
    }
}
