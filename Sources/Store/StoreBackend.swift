public import Foundation
public import Model
public import Stories

/// Tally's state as the pipeline, the feed service and the commands see it: documents, articles,
/// claims, each figure's positions, alerts, feeds and stories, read in snapshots and written in
/// transactions. `TallyStore` keeps it in one SQLite file, the embedded default; nothing outside
/// this module sees how, so another database can stand behind the same protocols.
public protocol StoreBackend: AnyObject, Sendable {
    /// Runs `body` in one transaction: everything it writes commits together or not at all.
    func write<T>(_ body: (any StoreWriting) throws -> T) throws(StoreError) -> T
    /// Runs `body` against a consistent snapshot, without blocking writers.
    func read<T>(_ body: (any StoreReading) throws -> T) throws(StoreError) -> T
    /// Whether the state is still where it was opened (a file deleted or replaced under a
    /// running daemon is not).
    func isStillAtItsPath() -> Bool
    /// Ends every connection, as a clean stop should; any use afterwards is an error.
    func close() throws(StoreError)
    /// Starts listening for alerts committed by any process on this state; listening once this
    /// returns. Closed by the caller, or with the store.
    func alertArrivals() throws(StoreError) -> any AlertArrivals
}

/// What a snapshot can be asked. A transaction reads through the same queries.
public protocol StoreReading {
    // MARK: Documents, articles, claims, figures and alerts
    func document(hash: String) throws -> DocumentRecord?
    func document(id: Int64) throws -> DocumentRecord?
    func article(id: Int64) throws -> StoredArticle?
    func articles() throws -> [StoredArticle]
    func documents() throws -> [DocumentRecord]
    func claims(ofArticle articleID: Int64) throws -> [StoredClaim]
    /// The key and value of each claim of an article, without reading the claims back whole:
    /// what a near-duplicate's figures are compared with.
    func figureValues(ofArticle articleID: Int64) throws -> [(key: String, low: Double, high: Double)]
    /// The id from which the `count` most recent articles' fingerprints start (nil: there are fewer).
    func oldestOfRecentFingerprints(_ count: Int) throws -> Int64?
    /// Fingerprints stored after `id`, in insertion order: what a duplicate index has not seen yet.
    func fingerprints(after id: Int64) throws -> [(articleID: Int64, bytes: [UInt8])]
    func positions(forKeys keys: some Sequence<String>) throws -> [String: [Position]]
    /// A page of the tracked figures, most recently stated first (then by key, last to first), and
    /// how many matched: those whose key, claimants, or their articles' sources and titles contain
    /// every word of `search` in any case, and only the disputed ones (`Dispute`) when asked.
    func figures(matching search: String, disputedOnly: Bool, offset: Int, limit: Int) throws -> FigurePage
    /// One tracked figure, by its exact key.
    func figure(key: String) throws -> FigureSummary?
    /// Every statement of a figure, oldest first: the key as given, or, when no key is that, the
    /// figure in every story ("north-korea/troops/sent-to-russia" for
    /// "2024-10-north-korea-deploys/north-korea/troops/sent-to-russia" and its like).
    func history(key: String) throws -> [HistoryEntry]
    func alerts(after id: Int64, limit: Int) throws -> [StoredAlert]
    /// The `limit` alerts with the highest ids, newest first.
    func newestAlerts(limit: Int) throws -> [StoredAlert]
    /// The highest alert id this database has used or been told to number after; 0 for none.
    func highestAlertID() throws -> Int64
    /// Alerts committed but not yet confirmed in the alert log.
    func unloggedAlerts() throws -> [StoredAlert]
    func documentCounts() throws -> [DocumentOutcome: Int]

    // MARK: Notifier deliveries
    /// Pending deliveries due by `date`, soonest first, leaving out `ids` (those being sent).
    func dueDeliveries(at date: Date, excluding ids: Set<Int64>, limit: Int) throws -> [PendingDelivery]
    /// When the soonest pending delivery not in `ids` is due; nil when none is pending.
    func nextDeliveryDue(excluding ids: Set<Int64>) throws -> Date?
    /// Each notifier that has deliveries, by name.
    func deliverySummaries() throws -> [DeliverySummary]

    // MARK: Feeds
    /// Subscribed feeds (and, when asked, those unsubscribed but remembered), by id, with how
    /// many entries each has seen: a scan of every entry ever seen, for a report, not for the daemon.
    func feeds(includingUnsubscribed: Bool) throws -> [FeedRecord]
    func feed(url: String) throws -> FeedRecord?
    /// The feeds a command changed (subscribed, unsubscribed, edited, asked to refresh) after
    /// `revision`, subscribed or not, without entry counts; and the revision to ask after next
    /// time. What the running daemon reads every few seconds: it costs what changed, not what is stored.
    func feedChanges(after revision: Int64) throws -> (feeds: [FeedRecord], revision: Int64)
    /// Which of `keys` this feed has seen before (pending or done).
    func knownEntryKeys(feedID: Int64, among keys: [String]) throws -> Set<String>
    /// Entries seen but not yet recorded as documents, in the order they were seen, from just
    /// after `sequence`: a page at a time, however many a round brought.
    func pendingFeedEntries(after sequence: Int64, limit: Int) throws -> [PendingFeedEntry]
    /// Entries set aside because their documents kept failing (`failFeedEntry`), in the order they were seen.
    func failedFeedEntries() throws -> [FailedFeedEntry]

    // MARK: Stories
    /// The `count` most recently touched stories, least recent first: the order to rebuild the story index in.
    func recentStories(_ count: Int) throws -> [Story]
    /// Stories touched after `touched` (by another process sharing the database), least recent first.
    func stories(touchedAfter touched: Int64) throws -> [Story]
    func story(id: Int64) throws -> Story?
    /// The story an article was put in (nil: none yet, or no such article).
    func storyID(ofArticle articleID: Int64) throws -> Int64?
}

/// What a transaction can write.
public protocol StoreWriting: StoreReading {
    // MARK: Documents, articles, claims, figures and alerts
    func insertDocument(_ document: NewDocument, outcome: DocumentOutcome, reason: String?) throws -> Int64
    func insertArticle(_ article: Article, documentID: Int64, duplicateOf: Int64?, similarity: Double?) throws -> Int64
    func insertFingerprint(_ bytes: [UInt8], articleID: Int64) throws
    /// Inserts an article's claims in order; returns their ids.
    func insertClaims(_ claims: [(claim: Claim, repeated: Bool)], articleID: Int64) throws -> [Int64]
    /// Replaces every position of the given keys.
    func replacePositions(_ positions: [String: [Position]]) throws
    func insertAlerts(_ alerts: [Alert], documentID: Int64) throws -> [StoredAlert]
    /// New alerts are numbered after `id` (and after every alert held).
    func numberAlerts(after id: Int64) throws
    func markLogged(alertIDs: some Sequence<Int64>) throws
    /// A pending delivery per alert and notifier named, in the transaction that inserts the alerts.
    func insertDeliveries(_ routes: [(alertID: Int64, notifiers: [String])], at date: Date) throws
    /// What an attempt at delivery `id` came to.
    func recordDelivery(id: Int64, notifier: String, _ update: DeliveryUpdate) throws

    // MARK: Feeds
    @discardableResult
    func subscribe(_ subscription: FeedSubscription, origin: FeedOrigin, firstDue: Date, now: Date) throws -> Int64
    @discardableResult
    func unsubscribe(url: String) throws -> Bool
    /// Asks the running daemon to fetch the chosen subscribed feeds now (`tally feeds refresh`);
    /// returns how many. The daemon sees the request on its next look at the subscriptions.
    func requestRefresh(_ selection: FeedRefreshSelection) throws -> Int
    /// The daemon took up these refresh requests. A request made again since (a later revision)
    /// stays, to be taken up in turn.
    func clearRefreshRequests(_ feeds: [(id: Int64, revision: Int64)]) throws
    /// Configuration feeds no longer in the configuration stop being fetched.
    func unsubscribeConfigurationFeeds(except urls: Set<String>) throws -> [String]
    func recordFetch(feedID: Int64, _ update: FeedFetchUpdate) throws
    /// Records entries seen for the first time, pending until their documents are recorded.
    /// Entries already known are left as they are.
    func recordNewEntries(feedID: Int64, _ entries: [(key: String, payload: String)], at date: Date) throws
    /// The entry's document kept failing for a reason of its own: it is no longer pending (not
    /// fetched, not tried again), and `reason` stays with it. An entry already recorded stays so.
    func failFeedEntry(_ entry: FeedEntryReference, reason: String, at date: Date) throws
    /// The entry's document is recorded (or it was rejected): it is no longer pending.
    func completeFeedEntry(_ entry: FeedEntryReference, documentID: Int64?) throws

    // MARK: Stories
    /// Inserts a story its first article starts; its slug made unique by "-2", "-3", ... on a clash.
    func insertStory(_ new: NewStory) throws -> Story
    /// Stores what an article changed about its story: profile, span, count and touched.
    func updateStory(_ story: Story) throws
    func setStory(_ storyID: Int64, ofArticle articleID: Int64) throws
}

/// The common forms of the queries that take a range.
extension StoreReading {
    /// Every alert, in order.
    public func alerts() throws -> [StoredAlert] { try alerts(after: 0, limit: .max) }
    public func alerts(after id: Int64) throws -> [StoredAlert] { try alerts(after: id, limit: .max) }
    /// Every tracked figure, most recently stated first: for a report of them all, not for a page.
    public func figures() throws -> [FigureSummary] {
        try figures(matching: "", disputedOnly: false, offset: 0, limit: .max).figures
    }
    /// The subscribed feeds.
    public func feeds() throws -> [FeedRecord] { try feeds(includingUnsubscribed: false) }
    /// Every pending feed entry, in the order recorded.
    public func pendingFeedEntries() throws -> [PendingFeedEntry] { try pendingFeedEntries(after: 0, limit: .max) }
}

extension StoreWriting {
    /// A document recorded without a reason (ingested, or a duplicate).
    public func insertDocument(_ document: NewDocument, outcome: DocumentOutcome) throws -> Int64 {
        try insertDocument(document, outcome: outcome, reason: nil)
    }
}
