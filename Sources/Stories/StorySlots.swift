/// The held stories by slot, in parallel arrays: a look-up reads the active spans and the profiles
/// (term numbers ascending, `StoryIndex.profileSize` places a slot) without copying a story.
struct StorySlots {
    static let width = StoryIndex.profileSize

    private(set) var stories: [HeldStory?] = []
    /// The span in which an article can join: first − fade to last + fade; empty for a free slot.
    private(set) var activeFrom: [Double] = []
    private(set) var activeUntil: [Double] = []
    private(set) var ids: [Int64] = []
    private var lengths: [Int] = []
    private var termNumbers: [UInt32] = []
    private var weights: [Float] = []
    /// Where the slot stands in each of its terms' postings, so that it leaves them in constant time.
    private var postingPositions: [UInt32] = []
    private var free: [Int] = []

    var count: Int { stories.count }

    mutating func allocate() -> Int {
        if let slot = free.popLast() { return slot }
        stories.append(nil)
        activeFrom.append(.infinity)
        activeUntil.append(-.infinity)
        ids.append(0)
        lengths.append(0)
        termNumbers.append(contentsOf: repeatElement(0, count: Self.width))
        weights.append(contentsOf: repeatElement(0, count: Self.width))
        postingPositions.append(contentsOf: repeatElement(0, count: Self.width))
        return stories.count - 1
    }

    /// `profile`: at most `width` terms, numbers ascending, with their weights and places in their postings.
    mutating func set(_ slot: Int, _ story: HeldStory, profile: [(number: UInt32, weight: Float, position: UInt32)], fadeWindow: Double) {
        stories[slot] = story
        activeFrom[slot] = story.firstTime - fadeWindow
        activeUntil[slot] = story.lastTime + fadeWindow
        ids[slot] = story.id
        lengths[slot] = profile.count
        for (offset, entry) in profile.enumerated() {
            termNumbers[slot * Self.width + offset] = entry.number
            weights[slot * Self.width + offset] = entry.weight
            postingPositions[slot * Self.width + offset] = entry.position
        }
    }

    func positions(_ slot: Int) -> ArraySlice<UInt32> {
        postingPositions[(slot * Self.width)..<(slot * Self.width + lengths[slot])]
    }

    /// Notes that the slot's entry in the term's postings moved.
    mutating func setPosition(of number: UInt32, in slot: Int, to position: UInt32) {
        if let offset = offset(of: number, in: slot) { postingPositions[offset] = position }
    }

    mutating func release(_ slot: Int) {
        stories[slot] = nil
        activeFrom[slot] = .infinity
        activeUntil[slot] = -.infinity
        lengths[slot] = 0
        free.append(slot)
    }

    func profile(_ slot: Int) -> ArraySlice<UInt32> {
        termNumbers[(slot * Self.width)..<(slot * Self.width + lengths[slot])]
    }

    func profileWeights(_ slot: Int) -> ArraySlice<Float> {
        weights[(slot * Self.width)..<(slot * Self.width + lengths[slot])]
    }

    /// The story's weight for the term.
    func weight(of number: UInt32, in slot: Int) -> Float? {
        offset(of: number, in: slot).map { weights[$0] }
    }

    /// Where the term is in the flat arrays, by binary search in the slot's profile.
    private func offset(of number: UInt32, in slot: Int) -> Int? {
        var low = slot * Self.width
        var high = low + lengths[slot]
        let end = high
        while low < high {
            let middle = (low + high) / 2
            if termNumbers[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < end && termNumbers[low] == number ? low : nil
    }

    var memoryBytes: Int {
        stories.capacity * MemoryLayout<HeldStory?>.stride + (activeFrom.capacity + activeUntil.capacity + ids.capacity + lengths.capacity) * 8
            + termNumbers.capacity * 4 + weights.capacity * 4 + postingPositions.capacity * 4 + free.capacity * 8
            + stories.reduce(0) { $0 + (($1?.slug.utf8.count ?? 0) > 15 ? 32 + $1!.slug.utf8.count : 0) }
    }
}
