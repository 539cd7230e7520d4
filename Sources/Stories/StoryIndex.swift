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
    static let postingLimit = 512
    /// Candidates scored in full, the ones sharing the most of the article's weight.
    static let candidateLimit = 32

    /// Stories held at most; the least recently touched go first.
    public let capacity: Int
    /// How far from a story's span (first to last article) an article's time may be for it to join.
    public let fadeWindow: TimeInterval
    public let joinThreshold: Double
    /// The highest `touched` recorded: the next story touched gets this plus one.
    public private(set) var lastTouched: Int64 = 0

    private var terms = TermTable()
    private var slots: [HeldStory?] = []
    private var freeSlots: [Int] = []
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
        if let match = bestMatch(article.terms, at: article.time.timeIntervalSince1970), let held = slots[match.slot] {
            return .joins(merged(held, with: article), similarity: match.similarity)
        }
        return .starts(NewStory(slug: StorySlug.slug(words: article.terms.slugWords, time: article.time), time: article.time,
                                profile: Array(article.terms.terms.prefix(Self.profileSize)), touched: lastTouched + 1))
    }

    /// The story `storyID` as it becomes with the article, which belongs to it without asking (a
    /// near-duplicate of one of its articles); nil when the story is not held. Changes nothing:
    /// persist the story, then `record` it.
    public func absorb(_ article: StoryArticle, into storyID: Int64) -> Story? {
        slotByID[storyID].flatMap { slots[$0] }.map { merged($0, with: article) }
    }

    /// Holds the story as persisted (new, or updated by `assign` or `absorb`), dropping the least
    /// recently touched beyond `capacity`.
    public func record(_ story: Story) {
        let slot: Int
        if let known = slotByID[story.id] {
            slot = known
        } else {
            slot = freeSlots.popLast() ?? slots.count
            if slot == slots.count {
                slots.append(nil)
                shared.append(0)
            }
            slotByID[story.id] = slot
        }
        let old = slots[slot]?.termIDs ?? []
        var numbered: [(UInt32, Float)] = []
        numbered.reserveCapacity(story.profile.count)
        for entry in story.profile {
            let number = terms.number(of: entry.term).flatMap { old.contains($0) ? $0 : nil }
                ?? terms.add(entry.term, slot: UInt32(slot))
            numbered.append((number, entry.weight))
        }
        let kept = Set(numbered.map(\.0))
        for number in old where !kept.contains(number) {
            terms.remove(number, slot: UInt32(slot))
        }
        numbered.sort { $0.0 < $1.0 }
        slots[slot] = HeldStory(id: story.id, slug: story.slug, firstTime: story.firstTime.timeIntervalSince1970,
                                lastTime: story.lastTime.timeIntervalSince1970, articleCount: story.articleCount, touched: story.touched,
                                termIDs: numbered.map(\.0), weights: numbered.map(\.1), norm: story.profile.norm)
        lastTouched = max(lastTouched, story.touched)
        touchOrder.insert(TouchEntry(touched: story.touched, storyID: story.id))
        while slotByID.count > capacity, let oldest = touchOrder.popMin() {
            if let slot = slotByID[oldest.storyID], slots[slot]?.touched == oldest.touched { evict(slot) }
        }
        if touchOrder.count > 2 * slotByID.count + 1024 {
            touchOrder = Heap(slots.compactMap { $0.map { TouchEntry(touched: $0.touched, storyID: $0.id) } })
        }
    }

    /// The held story, as recorded.
    public func story(id: Int64) -> Story? {
        slotByID[id].flatMap { slots[$0] }.map(story)
    }

    /// Every held story, least recently touched first.
    public var stories: [Story] {
        slots.compactMap { $0 }.sorted { $0.touched < $1.touched }.map(story)
    }

    /// Bytes held by the index, roughly (array storage and dictionary entries).
    public var memoryBytes: Int {
        var bytes = terms.memoryBytes + slots.capacity * MemoryLayout<HeldStory?>.stride + shared.capacity * 4
        bytes += slotByID.capacity * 17 + touchOrder.count * MemoryLayout<TouchEntry>.stride + freeSlots.capacity * 8
        for case let held? in slots {
            bytes += 64 + held.termIDs.capacity * 4 + held.weights.capacity * 4 + (held.slug.utf8.count > 15 ? 32 + held.slug.utf8.count : 0)
        }
        return bytes
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

        var reached: [Int] = []
        for (number, weight) in known {
            let posting = terms.postings[Int(number)]
            guard posting.count <= Self.postingLimit else { continue }
            for slot in posting {
                let slot = Int(slot)
                guard let held = slots[slot], held.isActive(at: time, fadeWindow: fadeWindow) else { continue }
                if shared[slot] == 0 { reached.append(slot) }
                shared[slot] += weight
            }
        }
        var candidates = reached.map { (slot: $0, shared: shared[$0], id: slots[$0]!.id) }
        for slot in reached { shared[slot] = 0 }
        if candidates.count > Self.candidateLimit {
            candidates.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.id < $1.id }
            candidates.removeLast(candidates.count - Self.candidateLimit)
        }

        var best: (slot: Int, similarity: Double, id: Int64)?
        for candidate in candidates {
            let held = slots[candidate.slot]!
            var dot = 0.0
            for (number, weight) in known {
                if let storyWeight = held.weight(of: number) { dot += Double(weight) * Double(storyWeight) }
            }
            let similarity = held.norm > 0 ? dot / held.norm : 0
            if best.map({ similarity > $0.similarity || (similarity == $0.similarity && held.id < $0.id) }) ?? true {
                best = (candidate.slot, similarity, held.id)
            }
        }
        guard let best, best.similarity >= joinThreshold else { return nil }
        return (best.slot, best.similarity)
    }

    /// The story with the article added: profile terms summed and cut to `profileSize`, span, count, touched.
    private func merged(_ held: HeldStory, with article: StoryArticle) -> Story {
        var sums: [String: Double] = [:]
        for (number, weight) in zip(held.termIDs, held.weights) { sums[terms.term(number)] = Double(weight) }
        for entry in article.terms.terms { sums[entry.term, default: 0] += Double(entry.weight) }
        let profile = sums.map { WeightedTerm(term: $0.key, weight: Float($0.value)) }
            .sorted(by: WeightedTerm.precedes)
            .prefix(Self.profileSize)
        let time = article.time.timeIntervalSince1970
        return Story(id: held.id, slug: held.slug, firstTime: Date(timeIntervalSince1970: min(held.firstTime, time)),
                     lastTime: Date(timeIntervalSince1970: max(held.lastTime, time)), profile: Array(profile),
                     articleCount: held.articleCount + 1, touched: lastTouched + 1)
    }

    private func evict(_ slot: Int) {
        guard let held = slots[slot] else { return }
        for number in held.termIDs { terms.remove(number, slot: UInt32(slot)) }
        slots[slot] = nil
        slotByID[held.id] = nil
        freeSlots.append(slot)
    }

    private func story(_ held: HeldStory) -> Story {
        let profile = zip(held.termIDs, held.weights).map { WeightedTerm(term: terms.term($0.0), weight: $0.1) }
            .sorted(by: WeightedTerm.precedes)
        return Story(id: held.id, slug: held.slug, firstTime: Date(timeIntervalSince1970: held.firstTime),
                     lastTime: Date(timeIntervalSince1970: held.lastTime), profile: profile, articleCount: held.articleCount,
                     touched: held.touched)
    }
}
