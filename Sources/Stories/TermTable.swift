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

    /// Adds the slot to the term's postings: the term's number and the slot's place in its postings.
    mutating func add(_ term: String, slot: UInt32) -> (number: UInt32, position: UInt32) {
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
        return (number, UInt32(postings[Int(number)].count - 1))
    }

    /// Takes the entry at `position` out of the term's postings, in constant time: the last entry
    /// moves into its place, and its slot is returned so that the caller can note the move. Forgets
    /// the term when no story has it any more.
    mutating func remove(_ number: UInt32, at position: UInt32) -> UInt32? {
        let index = Int(number)
        let last = postings[index].removeLast()
        var moved: UInt32?
        if Int(position) < postings[index].count {
            postings[index][Int(position)] = last
            moved = last
        }
        if postings[index].isEmpty {
            numbers[terms[index]] = nil
            terms[index] = ""
            postings[index] = []
            free.append(number)
        }
        return moved
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
