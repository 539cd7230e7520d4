import Foundation
import HeapModule

/// Groups articles into stories as they arrive, by looking up the stories their terms point to,
/// never by scanning the archive.
///
/// (Method, thresholds and cost: filled in with measured numbers.)
public final class StoryIndex {
    public static let defaultCapacity = 50_000
    public static let defaultFadeWindow: TimeInterval = 10 * 86_400
    /// The cosine an article must reach with a story's profile to join it.
    public static let defaultJoinThreshold = 0.3
    /// The terms a story keeps.
    public static let profileSize = 48
    /// A term more held stories have than this finds no candidates (it still counts in the score).
    static let postingLimit = 128
    /// Candidates scored in full, the ones sharing the most of the article's weight.
    static let candidateLimit = 16

    /// Stories held at most; the least recently touched go first.
    public let capacity: Int
    /// How far from a story's span (first to last article) an article's time may be for it to join.
    public let fadeWindow: TimeInterval
    public let joinThreshold: Double
    /// The highest `touched` recorded: the next story touched gets this plus one.
    public private(set) var lastTouched: Int64 = 0

    private var terms = TermTable()
    private var slots = StorySlots()
    private var slotByID: [Int64: Int] = [:]
    private var touchOrder = Heap<TouchEntry>()
    /// Scratch of `bestMatch`, by slot: zero between look-ups.
    private var shared: [Float] = []

    /// An index holding `stories` (at most `capacity` of them, the most recently touched), as if they had been
    /// recorded one by one in touched order.
    public init(capacity: Int = defaultCapacity, fadeWindow: TimeInterval = defaultFadeWindow, joinThreshold: Double = defaultJoinThreshold,
                restoring stories: [Story] = []) {
        self.capacity = max(1, capacity)
        self.fadeWindow = fadeWindow
        self.joinThreshold = joinThreshold
        for story in stories.sorted(by: { ($0.touched, $0.id) < ($1.touched, $1.id) }) {
            record(story)
        }
    }

    /// Stories held.
    public var count: Int { slotByID.count }

    /// Where the article goes. Changes nothing: persist the decision's story, then `record` it.
    public func assign(_ article: StoryArticle) -> StoryDecision {
        if let match = bestMatch(article.terms, at: article.time.timeIntervalSince1970) {
            return .joins(merged(match.slot, with: article), similarity: match.similarity)
        }
        return .starts(NewStory(slug: StorySlug.slug(words: article.terms.slugWords, time: article.time), time: article.time,
                                profile: Array(article.terms.terms.prefix(Self.profileSize)), touched: lastTouched + 1))
    }

    /// The story `storyID` as it becomes with the article, which belongs to it without asking (a
    /// near-duplicate of one of its articles); nil when the story is not held. Changes nothing:
    /// persist the story, then `record` it.
    public func absorb(_ article: StoryArticle, into storyID: Int64) -> Story? {
        slotByID[storyID].map { merged($0, with: article) }
    }

    /// Holds the story as persisted (new, or updated by `assign` or `absorb`), dropping the least
    /// recently touched beyond `capacity`.
    public func record(_ story: Story) {
        let slot: Int
        if let known = slotByID[story.id] {
            slot = known
        } else {
            slot = slots.allocate()
            if slot == shared.count { shared.append(0) }
            slotByID[story.id] = slot
        }
        let oldNumbers = Array(slots.profile(slot))
        let oldPositions = Array(slots.positions(slot))
        var profile: [(number: UInt32, weight: Float, position: UInt32)] = []
        profile.reserveCapacity(Self.profileSize)
        for entry in story.profile.prefix(Self.profileSize) {
            if let known = terms.number(of: entry.term), let offset = oldNumbers.offset(of: known) {
                profile.append((known, entry.weight, oldPositions[offset]))
            } else {
                let added = terms.add(entry.term, slot: UInt32(slot))
                profile.append((added.number, entry.weight, added.position))
            }
        }
        profile.sort { $0.number < $1.number }
        let kept = profile.map(\.number)
        for (number, position) in zip(oldNumbers, oldPositions) where kept.offset(of: number) == nil {
            leavePostings(of: number, at: position)
        }
        let held = HeldStory(id: story.id, slug: story.slug, firstTime: story.firstTime.timeIntervalSince1970,
                             lastTime: story.lastTime.timeIntervalSince1970, articleCount: story.articleCount, touched: story.touched,
                             norm: Array(story.profile.prefix(Self.profileSize)).norm)
        slots.set(slot, held, profile: profile, fadeWindow: fadeWindow)
        lastTouched = max(lastTouched, story.touched)
        touchOrder.insert(TouchEntry(touched: story.touched, storyID: story.id))
        while slotByID.count > capacity, let oldest = touchOrder.popMin() {
            if let slot = slotByID[oldest.storyID], slots.stories[slot]?.touched == oldest.touched { evict(slot) }
        }
        if touchOrder.count > 2 * slotByID.count + 1024 {
            touchOrder = Heap(slots.stories.compactMap { $0.map { TouchEntry(touched: $0.touched, storyID: $0.id) } })
        }
    }

    /// The held story, as recorded.
    public func story(id: Int64) -> Story? {
        slotByID[id].map(story)
    }

    /// Every held story, least recently touched first.
    public var stories: [Story] {
        slotByID.values.sorted { slots.stories[$0]!.touched < slots.stories[$1]!.touched }.map(story)
    }

    /// Bytes held by the index, roughly (array storage and dictionary entries).
    public var memoryBytes: Int {
        terms.memoryBytes + slots.memoryBytes + shared.capacity * 4 + slotByID.capacity * 17
            + touchOrder.count * MemoryLayout<TouchEntry>.stride
    }

    /// The active story the article is most alike, if alike enough.
    ///
    /// Candidates: the active stories sharing one of the article's terms, found through postings no
    /// longer than `postingLimit`; the `candidateLimit` sharing the most article weight are scored in
    /// full (cosine over the article's terms, summed in the article's order so that every run
    /// computes the same number), and ties go to the lower story id.
    private func bestMatch(_ article: ArticleTerms, at time: Double) -> (slot: Int, similarity: Double)? {
        let known = article.terms.compactMap { entry in terms.number(of: entry.term).map { (number: $0, weight: entry.weight) } }
        guard !known.isEmpty else { return nil }

        // Plain local arrays: the loops then run without the exclusivity checks a class's properties get.
        let postings = terms.postings
        let activeFrom = slots.activeFrom
        let activeUntil = slots.activeUntil
        let ids = slots.ids
        var shared: [Float] = []
        swap(&shared, &self.shared)
        defer { swap(&shared, &self.shared) }

        var reached: [Int] = []
        for (number, weight) in known {
            let posting = postings[Int(number)]
            guard posting.count <= Self.postingLimit else { continue }
            for slot in posting {
                let slot = Int(slot)
                guard time >= activeFrom[slot], time <= activeUntil[slot] else { continue }
                if shared[slot] == 0 { reached.append(slot) }
                shared[slot] += weight
            }
        }
        var candidates = Heap<Candidate>()
        for slot in reached {
            let candidate = Candidate(shared: shared[slot], id: ids[slot], slot: slot)
            shared[slot] = 0
            if candidates.count < Self.candidateLimit {
                candidates.insert(candidate)
            } else if let least = candidates.min, least < candidate {
                candidates.replaceMin(with: candidate)
            }
        }

        var best: (slot: Int, similarity: Double, id: Int64)?
        for candidate in candidates.unordered {
            var dot = 0.0
            for (number, weight) in known {
                if let storyWeight = slots.weight(of: number, in: candidate.slot) { dot += Double(weight) * Double(storyWeight) }
            }
            let norm = slots.stories[candidate.slot]!.norm
            let similarity = norm > 0 ? dot / norm : 0
            if best.map({ similarity > $0.similarity || (similarity == $0.similarity && candidate.id < $0.id) }) ?? true {
                best = (candidate.slot, similarity, candidate.id)
            }
        }
        guard let best, best.similarity >= joinThreshold else { return nil }
        return (best.slot, best.similarity)
    }

    /// The story with the article added: profile terms summed and cut to `profileSize`, span, count, touched.
    private func merged(_ slot: Int, with article: StoryArticle) -> Story {
        let held = slots.stories[slot]!
        var sums: [String: Double] = [:]
        for (number, weight) in zip(slots.profile(slot), slots.profileWeights(slot)) { sums[terms.term(number)] = Double(weight) }
        for entry in article.terms.terms { sums[entry.term, default: 0] += Double(entry.weight) }
        let profile = sums.map { WeightedTerm(term: $0.key, weight: Float($0.value)) }
            .sorted(by: WeightedTerm.precedes)
            .prefix(Self.profileSize)
        let time = article.time.timeIntervalSince1970
        return Story(id: held.id, slug: held.slug, firstTime: Date(timeIntervalSince1970: min(held.firstTime, time)),
                     lastTime: Date(timeIntervalSince1970: max(held.lastTime, time)), profile: Array(profile),
                     articleCount: held.articleCount + 1, touched: lastTouched + 1)
    }

    /// Whether every held story stands in the postings of each of its terms, at the place it noted,
    /// and the postings hold nothing else (for tests: a wrong place would take another story out).
    func postingsMatchProfiles() -> Bool {
        var entries = 0
        for slot in slotByID.values {
            for (number, position) in zip(slots.profile(slot), slots.positions(slot)) {
                let posting = terms.postings[Int(number)]
                guard Int(position) < posting.count, posting[Int(position)] == UInt32(slot) else { return false }
                entries += 1
            }
        }
        return entries == terms.postings.reduce(0) { $0 + $1.count }
    }

    /// Takes a slot's entry out of a term's postings, noting where the entry moved into its place now stands.
    private func leavePostings(of number: UInt32, at position: UInt32) {
        if let moved = terms.remove(number, at: position) {
            slots.setPosition(of: number, in: Int(moved), to: position)
        }
    }

    private func evict(_ slot: Int) {
        guard let held = slots.stories[slot] else { return }
        for (number, position) in zip(Array(slots.profile(slot)), Array(slots.positions(slot))) { leavePostings(of: number, at: position) }
        slots.release(slot)
        slotByID[held.id] = nil
    }

    private func story(_ slot: Int) -> Story {
        let held = slots.stories[slot]!
        let profile = zip(slots.profile(slot), slots.profileWeights(slot)).map { WeightedTerm(term: terms.term($0.0), weight: $0.1) }
            .sorted(by: WeightedTerm.precedes)
        return Story(id: held.id, slug: held.slug, firstTime: Date(timeIntervalSince1970: held.firstTime),
                     lastTime: Date(timeIntervalSince1970: held.lastTime), profile: profile, articleCount: held.articleCount,
                     touched: held.touched)
    }
}

private extension Array where Element == UInt32 {
    /// Where the ascending array holds the value.
    func offset(of value: UInt32) -> Int? {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value ? low : nil
    }
}

/// A story reached through the postings; the lesser is the one sharing less of the article's weight
/// (of equals, the higher id), so a heap's minimum is the first to drop out of the best few.
private struct Candidate: Comparable {
    var shared: Float
    var id: Int64
    var slot: Int

    static func < (a: Candidate, b: Candidate) -> Bool {
        a.shared != b.shared ? a.shared < b.shared : a.id > b.id
    }
}
