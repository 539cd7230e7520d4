public import FeedFetching
import FeedParsing
public import FeedScheduling
public import Foundation
import Lifecycle
public import Logging
public import Store
public import Timekeeping

/// Fetches the subscribed feeds on their schedule and hands each new entry, as a document, to
/// the pipeline's worker (`deliver`). One thread of its own; the transfers themselves run on
/// the fetcher's thread. State lives in the database: validators, schedule, error streak, the
/// entries seen, and entries still pending, which a restart takes up again.
public final class FeedService: @unchecked Sendable {
    public struct Settings: Sendable, Equatable {
        public var policy: SchedulePolicy
        /// Fetch the linked page when an entry carries only a summary.
        public var fetchArticles: Bool
        /// Feed fetches handed to the fetcher at once. The others wait their turn, so responses
        /// never pile up faster than they are parsed and recorded.
        public var maxFeedFetches: Int
        /// Entries between leaving the database and being recorded by the pipeline (page being
        /// fetched, document queued or in hand). However many entries a round brings, the rest
        /// wait in the database, so memory stays bounded.
        public var entryWindow: Int
        /// At most one summary line of the fetches this often (a round that ends later is summed
        /// up when it ends); each feed's own fetch is logged at debug only.
        public var summaryInterval: TimeInterval

        public init(policy: SchedulePolicy = SchedulePolicy(), fetchArticles: Bool = true, maxFeedFetches: Int = 128, entryWindow: Int = 64,
                    summaryInterval: TimeInterval = 60) {
            self.policy = policy
            self.fetchArticles = fetchArticles
            self.maxFeedFetches = max(1, maxFeedFetches)
            self.entryWindow = max(1, entryWindow)
            self.summaryInterval = summaryInterval
        }
    }

    private enum Event {
        case feed(Int64, HTTPResponse)
        case page(FeedEntryReference, PendingEntry, HTTPResponse)
        case entryFinished(FeedEntryReference)
    }

    private let store: any StoreBackend
    /// With other nodes on the database: the feeds this node fetches and the entries it takes
    /// up are those it leased (nil: the database is this daemon's alone).
    private let leasing: (any FeedLeasing)?
    /// How long a lease lasts; renewed at a third of it while the work goes on.
    private let leaseLength: TimeInterval
    private var lastRenewal = Date.distantPast
    /// When the pending entries were last looked through from the start, for those a dead node
    /// had claimed (their claims run out).
    private var lastEntryRescan = Date()
    private let fetcher: any HTTPFetching
    private let clock: any WallClock
    private let logger: Logger
    private let deliver: @Sendable (EntryDocument) -> Void
    private let settings: Settings
    private let metrics: FeedMetrics
    /// How often the subscriptions are looked at for changes (`tally feeds add`, `remove`,
    /// `refresh`). Only the feeds changed since the last look are read, so this can be short.
    private let refreshInterval: TimeInterval

    private let thread = ServiceThread(name: "tally-feeds")
    /// Guards the inbox and the refresh request, which other threads post to.
    private let condition = NSCondition()
    private var inbox: [Event] = []
    private var refreshRequested = false

    // Owned by the service thread.
    private var feeds: [Int64: FeedRecord] = [:]
    private var schedule: [Int64: FeedScheduleState] = [:]
    /// Feeds whose last fetch failed, kept as the schedule changes so no report counts them all.
    private var failing: Set<Int64> = []
    /// The subscriptions' revision read last; -1 before the first read, which reads them all.
    private var knownRevision: Int64 = -1
    /// Feeds asked to refresh while being fetched: fetched again once the fetch in hand is done.
    private var refreshAfterFetch: Set<Int64> = []
    /// With leases, a refresh request stays in the database until the node that fetches the feed
    /// records the fetch, so one that dies mid-round leaves it for another: the revision each
    /// leased feed had, when it carried a request.
    private var refreshesInHand: [Int64: Int64] = [:]
    private var round = FeedRoundSummary()
    private var lastSummary = Date.distantPast
    /// Feeds not being fetched, by due time.
    private var dueQueue = DueQueue<Int64>()
    private var inFlight: Set<Int64> = []
    private var random = SystemRandomNumberGenerator()
    /// Entries taken from the database and not yet finished by the pipeline.
    private var entriesInProgress: Set<FeedEntryReference> = []
    /// The sequence of the last pending entry taken; after a restart, 0: all are taken up again.
    private var entryCursor: Int64 = 0
    /// False once the database had no more pending entries past the cursor, until new ones are recorded.
    private var backlogMayHaveMore = true
    /// Per feed, its entries taken up and not yet delivered, oldest first, with the document once it is ready.
    private var readyInOrder: [Int64: [(reference: FeedEntryReference, document: EntryDocument?)]] = [:]

    public init(store: any StoreBackend, fetcher: any HTTPFetching, settings: Settings, clock: any WallClock = SystemClock(),
                logger: Logger, refreshInterval: TimeInterval = 2, metrics: FeedMetrics = FeedMetrics(),
                leasing: (any FeedLeasing)? = nil, leaseLength: TimeInterval = 120,
                deliver: @escaping @Sendable (EntryDocument) -> Void) {
        self.store = store
        self.leasing = leasing
        self.leaseLength = leaseLength
        self.fetcher = fetcher
        self.settings = settings
        self.clock = clock
        self.logger = logger
        self.refreshInterval = refreshInterval
        self.deliver = deliver
        self.metrics = metrics
    }

    public func start() {
        // The thread holds the service while it runs; the service does not hold the thread, so
        // a stopped service is freed with everything it holds.
        thread.start { [self] in run() }
    }

    /// Stops after the event in hand; transfers in flight are abandoned (their entries, if any,
    /// are recorded as pending only once a response was handled, so nothing is lost).
    public func stop() {
        thread.stop { condition.withLock { condition.signal() } }
    }

    /// Looks at the subscriptions now rather than at the next interval (after a reload).
    public func refreshSubscriptions() {
        condition.withLock {
            refreshRequested = true
            condition.signal()
        }
    }

    /// The pipeline recorded (or set aside) an entry's document: the window has room for the next.
    public func entryFinished(_ entry: FeedEntryReference) {
        post(.entryFinished(entry))
    }

    private func post(_ event: Event) {
        condition.withLock {
            inbox.append(event)
            condition.signal()
        }
    }

    private func run() {
        loadFeeds(resuming: true)
        var lastRefresh = Date()
        while true {
            renewLeases()
            takeUpPendingEntries()
            startDueFetches()
            let (events, stop, refresh) = nextEvents(wakingAt: nextWake(lastRefresh: lastRefresh))
            if stop { return }
            var feedResponses: [(Int64, HTTPResponse)] = []
            for event in events {
                switch event {
                case .feed(let id, let response): feedResponses.append((id, response))
                case .page(let reference, let entry, let response): handlePage(reference, entry, response)
                case .entryFinished(let reference):
                    entriesInProgress.remove(reference)
                    round.entriesRecorded += 1
                }
            }
            if !feedResponses.isEmpty { handleFeeds(feedResponses) }
            if refresh || Date().timeIntervalSince(lastRefresh) >= refreshInterval {
                loadFeeds(resuming: false)
                lastRefresh = Date()
            }
            summariseRound()
        }
    }

    /// One line for the fetches since the last: when they are all done and nothing else is due,
    /// or, while fetching goes on without a pause, once per summary interval.
    private func summariseRound() {
        guard !round.isEmpty else { return }
        let now = clock.now()
        let drained = inFlight.isEmpty && (dueQueue.soonest().map { $0 > now } ?? true)
        let sinceLast = now.timeIntervalSince(lastSummary)
        let sinceStart = round.started.map { now.timeIntervalSince($0) } ?? 0
        guard drained ? sinceLast >= settings.summaryInterval : sinceStart >= settings.summaryInterval else { return }
        logger.info("\(round.line(endedAt: now, failingFeeds: failing.count))")
        round = FeedRoundSummary()
        lastSummary = now
    }

    private func nextEvents(wakingAt wake: Date) -> (events: [Event], stop: Bool, refresh: Bool) {
        condition.lock()
        defer { condition.unlock() }
        // A stop asked before this look is seen here; one asked later signals the condition.
        if inbox.isEmpty, !thread.isStopping, !refreshRequested { _ = condition.wait(until: wake) }
        let events = inbox
        inbox = []
        let refresh = refreshRequested
        refreshRequested = false
        return (events, thread.isStopping, refresh)
    }

    /// The soonest due feed (when another fetch may start), but no later than the next look at
    /// the subscription list.
    private func nextWake(lastRefresh: Date) -> Date {
        var refresh = lastRefresh.addingTimeInterval(refreshInterval)
        if leasing != nil { refresh = min(refresh, lastRenewal.addingTimeInterval(leaseLength / 3)) }
        guard inFlight.count < settings.maxFeedFetches, let due = dueQueue.soonest() else { return refresh }
        return min(Date().addingTimeInterval(max(0, due.timeIntervalSince(clock.now()))), refresh)
    }

    /// Reads the feeds changed since the last look (all of them the first time): new ones join
    /// the schedule, unsubscribed ones leave it, edited ones keep their place, and those asked to
    /// refresh fall due now.
    private func loadFeeds(resuming: Bool) {
        let changes: (feeds: [FeedRecord], revision: Int64)
        do {
            changes = try store.read { try $0.feedChanges(after: knownRevision) }
        } catch {
            logger.error("cannot read the feed subscriptions", metadata: ["error": "\(error)"])
            return
        }
        knownRevision = changes.revision
        guard !changes.feeds.isEmpty else { return }
        let now = clock.now()
        var refreshRequests: [(id: Int64, revision: Int64)] = []
        for feed in changes.feeds {
            guard feed.subscribed else {
                feeds[feed.id] = nil
                setSchedule(feed.id, nil)
                dueQueue.remove(feed.id)
                continue
            }
            feeds[feed.id] = feed
            if schedule[feed.id] == nil {
                let stored = FeedScheduleState(nextDue: feed.nextDue, errorStreak: feed.errorStreak, lastAttempt: feed.lastAttempt, lastSuccess: feed.lastSuccess)
                let state = resuming
                    ? FeedSchedule.resume(stored, now: now, interval: interval(of: feed), policy: settings.policy, using: &random)
                    : stored
                setSchedule(feed.id, state)
                if !inFlight.contains(feed.id) { dueQueue.schedule(feed.id, at: state.nextDue) }
            }
            if feed.refreshRequested {
                refreshRequests.append((feed.id, feed.revision))
                if inFlight.contains(feed.id) {
                    // Unless the fetch out was leased with this very request (another node's answer told of it first).
                    if refreshesInHand[feed.id] != feed.revision { refreshAfterFetch.insert(feed.id) }
                } else {
                    schedule[feed.id]?.nextDue = now
                    dueQueue.schedule(feed.id, at: now)
                }
            }
        }
        guard !refreshRequests.isEmpty else { return }
        logger.notice("fetching feeds now, as asked", metadata: ["feeds": "\(refreshRequests.count)"])
        guard leasing == nil else { return }
        do {
            try store.write { try $0.clearRefreshRequests(refreshRequests) }
        } catch {
            logger.error("cannot mark refresh requests as taken up; they may be fetched once more", metadata: ["error": "\(error)"])
        }
    }

    private func setSchedule(_ id: Int64, _ state: FeedScheduleState?) {
        schedule[id] = state
        if let state, state.errorStreak > 0 { failing.insert(id) } else { failing.remove(id) }
        metrics.setFeedsFailing(failing.count)
    }

    private func interval(of feed: FeedRecord) -> TimeInterval { feed.interval ?? settings.policy.interval }

    private func startDueFetches() {
        let now = clock.now()
        var due: [Int64] = []
        while inFlight.count + due.count < settings.maxFeedFetches, let id = dueQueue.takeDue(by: now) {
            if feeds[id] != nil { due.append(id) }
        }
        guard !due.isEmpty else { return }
        for id in leasing.map({ lease(due, from: $0, now: now) }) ?? due {
            guard let feed = feeds[id] else { continue }
            inFlight.insert(id)
            if round.started == nil { round.started = now }
            fetcher.fetch(HTTPRequest(url: feed.url, etag: feed.etag, lastModified: feed.lastModified, tag: id)) { [weak self] response in
                self?.post(.feed(id, response))
            }
        }
    }

    /// The due feeds this node may fetch now. Those another node holds wait until its lease runs
    /// out (by then it has recorded the fetch, or died); those another node fetched meanwhile
    /// take the schedule and validators it stored.
    private func lease(_ due: [Int64], from leasing: any FeedLeasing, now: Date) -> [Int64] {
        let answers: [FeedLeaseAnswer]
        do {
            answers = try leasing.leaseFeeds(due.map { FeedLeaseRequest(feedID: $0, lastAttempt: schedule[$0]?.lastAttempt) },
                                             now: now, until: now.addingTimeInterval(leaseLength))
        } catch {
            logger.error("cannot lease feeds; trying again shortly", metadata: ["feeds": "\(due.count)", "error": "\(error)"])
            for id in due { dueQueue.schedule(id, at: now.addingTimeInterval(5)) }
            return []
        }
        var granted: [Int64] = []
        for answer in answers {
            switch answer {
            case .leased(let feed):
                feeds[feed.id] = feed
                if feed.refreshRequested { refreshesInHand[feed.id] = feed.revision }
                granted.append(feed.id)
            case .fetchedElsewhere(let feed):
                feeds[feed.id] = feed
                // Still asked to refresh: the ask came after that fetch began.
                let due = feed.refreshRequested ? now : feed.nextDue
                setSchedule(feed.id, FeedScheduleState(nextDue: due, errorStreak: feed.errorStreak, lastAttempt: feed.lastAttempt,
                                                       lastSuccess: feed.lastSuccess))
                dueQueue.schedule(feed.id, at: due)
            case .busy(let id, let until):
                dueQueue.schedule(id, at: until)
            case .gone(let id):
                feeds[id] = nil
                setSchedule(id, nil)
            }
        }
        return granted
    }

    /// Keeps this node's leases on the feeds it is fetching and its claims on the entries it
    /// took up from running out while the work goes on.
    private func renewLeases() {
        guard let leasing else { return }
        let now = Date()
        guard now.timeIntervalSince(lastRenewal) >= leaseLength / 3 else { return }
        lastRenewal = now
        do {
            try leasing.renewLeases(feeds: inFlight, entries: entriesInProgress, until: clock.now().addingTimeInterval(leaseLength))
        } catch {
            logger.error("cannot renew feed leases; another node may take this node's feeds over", metadata: ["error": "\(error)"])
        }
    }

    /// What one response comes to, before it is recorded.
    private struct FetchOutcome {
        var feed: FeedRecord
        var response: HTTPResponse
        var result: FetchResult
        var parsed: ParsedFeed?
        var next: FeedScheduleState
        /// Failures in a row before this fetch.
        var previousStreak: Int
        var newEntries: [PendingEntry] = []
    }

    /// Every feed response that arrived together is parsed first, then recorded in one
    /// transaction: with thousands of feeds, one durable commit per fetch would be the bottleneck.
    private func handleFeeds(_ responses: [(Int64, HTTPResponse)]) {
        let now = clock.now()
        var outcomes: [FetchOutcome] = []
        for (id, response) in responses {
            inFlight.remove(id)
            // Unsubscribed meanwhile, or cut short by a shutdown: nothing to hold against the feed.
            guard response.failure != .cancelled, let feed = feeds[id], let previous = schedule[id] else { continue }
            var result = FetchClassification.result(of: response, now: now)
            var parsed: ParsedFeed?
            if result == .fresh {
                do {
                    parsed = try FeedParser.parse(response.body, url: response.finalURL, contentType: response.headers["content-type"])
                } catch {
                    result = .failed(reason: "not a readable feed: \(error.description)", retryAfter: nil)
                }
            }
            metrics.recordFetch(result, status: response.status)
            var next = FeedSchedule.next(after: result, state: previous, now: now, interval: interval(of: feed), policy: settings.policy, using: &random)
            // Asked to refresh while this fetch was out: what it brought may predate the ask.
            if refreshAfterFetch.remove(id) != nil { next.nextDue = now }
            setSchedule(id, next)
            dueQueue.schedule(id, at: next.nextDue)
            outcomes.append(FetchOutcome(feed: feed, response: response, result: result, parsed: parsed, next: next, previousStreak: previous.errorStreak))
        }
        guard !outcomes.isEmpty else { return }
        do {
            try store.write { tx in
                for index in outcomes.indices {
                    let outcome = outcomes[index]
                    let id = outcome.feed.id
                    if let parsed = outcome.parsed {
                        let name = outcome.feed.name ?? parsed.title ?? outcome.feed.title ?? outcome.feed.url
                        let entries = Self.oldestFirst(parsed.entries)
                        let known = try tx.knownEntryKeys(feedID: id, among: entries.map(\.key))
                        outcomes[index].newEntries = entries.filter { !known.contains($0.key) }.map { PendingEntry($0, feedName: name) }
                    }
                    try tx.recordFetch(feedID: id, FetchClassification.update(for: outcome.response, result: outcome.result, schedule: outcome.next,
                                                                             title: outcome.parsed?.title, siteURL: outcome.parsed?.siteURL))
                    try tx.recordNewEntries(feedID: id, outcomes[index].newEntries.map { ($0.key, $0.json) }, at: now)
                }
                try tx.clearRefreshRequests(outcomes.compactMap { outcome in refreshesInHand[outcome.feed.id].map { (outcome.feed.id, $0) } })
            }
        } catch {
            logger.error("cannot record feed fetches; they are fetched again later", metadata: ["feeds": "\(outcomes.count)", "error": "\(error)"])
            return
        }
        for outcome in outcomes {
            refreshesInHand[outcome.feed.id] = nil
            remember(outcome)
            round.add(outcome.result, newEntries: outcome.newEntries.count)
            log(outcome.feed, response: outcome.response, result: outcome.result, newEntries: outcome.newEntries.count, next: outcome.next,
                previousStreak: outcome.previousStreak)
            if !outcome.newEntries.isEmpty { backlogMayHaveMore = true }
        }
    }

    /// Keeps the in-memory record in step with what was just stored (validators, a new address).
    private func remember(_ outcome: FetchOutcome) {
        var feed = outcome.feed
        if outcome.result.isSuccess, let moved = outcome.response.permanentURL { feed.url = moved }
        if outcome.result == .fresh {
            feed.etag = outcome.response.headers["etag"]
            feed.lastModified = outcome.response.headers["last-modified"]
        }
        feeds[feed.id] = feed
    }

    /// Entries in the order they were published, oldest first, so alerts follow the story;
    /// undated entries keep the feed's own order (newest first, so reversed).
    static func oldestFirst(_ entries: [FeedEntry]) -> [FeedEntry] {
        var seen: Set<String> = []
        let unique = entries.reversed().filter { seen.insert($0.key).inserted }
        guard unique.allSatisfy({ ($0.published ?? $0.updated) != nil }) else { return unique }
        return unique.enumerated().sorted { a, b in
            let (dateA, dateB) = (a.element.published ?? a.element.updated ?? .distantPast, b.element.published ?? b.element.updated ?? .distantPast)
            return dateA == dateB ? a.offset < b.offset : dateA < dateB
        }.map(\.element)
    }

    /// Fills the entry window from the database, oldest entry first: new entries of the
    /// last fetches, and after a restart those left pending.
    private func takeUpPendingEntries() {
        if leasing != nil, !backlogMayHaveMore, Date().timeIntervalSince(lastEntryRescan) >= leaseLength {
            lastEntryRescan = Date()
            entryCursor = 0
            backlogMayHaveMore = true
        }
        while backlogMayHaveMore, entriesInProgress.count < settings.entryWindow {
            let room = settings.entryWindow - entriesInProgress.count
            let pending: [PendingFeedEntry]
            do {
                if let leasing {
                    let now = clock.now()
                    pending = try leasing.claimPendingFeedEntries(after: entryCursor, limit: room, now: now, until: now.addingTimeInterval(leaseLength))
                } else {
                    pending = try store.read { try $0.pendingFeedEntries(after: entryCursor, limit: room) }
                }
            } catch {
                logger.error("cannot read pending feed entries; trying again shortly", metadata: ["error": "\(error)"])
                return
            }
            if pending.count < room { backlogMayHaveMore = false }
            for item in pending {
                entryCursor = item.sequence
                let reference = FeedEntryReference(feedID: item.feedID, key: item.key)
                // A rescan meets this node's own claims again.
                guard !entriesInProgress.contains(reference) else { continue }
                guard let entry = PendingEntry.decode(item.payload) else {
                    logger.error("a pending feed entry cannot be read back; skipping it", metadata: ["feed": "\(item.feedID)", "entry": "\(item.key)"])
                    continue
                }
                entriesInProgress.insert(reference)
                process(entry, reference)
            }
        }
    }

    private func process(_ entry: PendingEntry, _ reference: FeedEntryReference) {
        readyInOrder[reference.feedID, default: []].append((reference, nil))
        guard settings.fetchArticles, !EntryDocuments.carriesArticle(entry), let url = entry.url,
              url.lowercased().hasPrefix("http://") || url.lowercased().hasPrefix("https://") else {
            ready(EntryDocuments.fromEntry(entry, reference: reference))
            return
        }
        fetcher.fetch(HTTPRequest(url: url, tag: reference.feedID)) { [weak self] response in
            self?.post(.page(reference, entry, response))
        }
    }

    private func handlePage(_ reference: FeedEntryReference, _ entry: PendingEntry, _ response: HTTPResponse) {
        if response.failure == nil, (200...299).contains(response.status), !response.body.isEmpty {
            ready(EntryDocuments.fromPage(entry, reference: reference, body: response.body, contentType: response.headers["content-type"],
                                          finalURL: response.finalURL))
            return
        }
        let why = response.failure?.description ?? "HTTP \(response.status)"
        logger.warning("cannot fetch an entry's page; reading the entry's own text instead",
                       metadata: ["url": "\(entry.url ?? "")", "error": "\(why)"])
        ready(EntryDocuments.fromEntry(entry, reference: reference))
    }

    /// Pages arrive in whatever order the web answers; a feed's entries still go to the
    /// pipeline in the order they were published, so its alerts follow the story. Each feed
    /// waits only for its own earlier entries.
    private func ready(_ document: EntryDocument) {
        let feed = document.entry.feedID
        guard var queue = readyInOrder[feed], let slot = queue.firstIndex(where: { $0.reference == document.entry }) else { return }
        queue[slot].document = document
        while let first = queue.first, let ready = first.document {
            deliver(ready)
            queue.removeFirst()
        }
        readyInOrder[feed] = queue.isEmpty ? nil : queue
    }

    /// Each fetch at debug (the round's summary line says what they came to); a feed starting to
    /// fail, or recovering, at warning and notice, once each, not on every retry.
    private func log(_ feed: FeedRecord, response: HTTPResponse, result: FetchResult, newEntries: Int, next: FeedScheduleState, previousStreak: Int) {
        let metadata: Logger.Metadata = ["feed": "\(feed.displayName)", "status": "\(response.status)", "next_in_seconds": "\(Int(next.nextDue.timeIntervalSince(clock.now())))"]
        switch result {
        case .fresh:
            logger.debug("fetched a feed: \(newEntries) new entries", metadata: metadata)
        case .notModified:
            logger.debug("feed not modified", metadata: metadata)
        case .throttled, .failed:
            let reason = if case .failed(let reason, _) = result { reason } else { "throttled" }
            logger.log(level: next.errorStreak == 1 ? .warning : .debug, "feed fetch failed (\(next.errorStreak) in a row): \(reason)", metadata: metadata)
        }
        if result.isSuccess, previousStreak > 0 {
            logger.notice("feed works again after \(previousStreak) failed fetches", metadata: metadata)
        }
    }
}
