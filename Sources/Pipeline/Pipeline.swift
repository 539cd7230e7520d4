public import AlertLog
public import Alerts
public import Documents
import Duplicates
import Extraction
import Figures
public import Foundation
public import Model
public import Notifiers
import OrderedJSON
public import Store
public import Stories
public import Timekeeping

/// The path every document takes: bytes -> decoded document -> article -> duplicate check ->
/// claims -> figure positions -> alerts, recorded in one transaction and then written to the
/// alert log.
///
/// Crash safety rests on three facts. (1) A document's rows, claims, positions and alerts
/// commit together or not at all. (2) Alerts are committed as "not yet logged" and marked
/// logged only after their lines are on disk; on start, pending alerts are checked against the
/// log's tail and the missing ones appended, so an alert is never lost nor written twice.
/// (3) A document is known by the hash of its bytes, so a file that was recorded but not yet
/// moved when the process died is recognised when it is taken again and only moved.
///
/// Use from one thread.
public final class Pipeline {
    public let store: any StoreBackend
    public let alertLog: AlertLogWriter
    public var rules: AlertRules
    /// Each alert gets a pending delivery per notifier whose filter it passes, in the transaction
    /// that commits it; the sender sends it after the commit.
    public var notifiers: [Notifier] = []
    /// Called after a commit that added deliveries: wakes the sender. Must not block.
    public var onDeliveriesCommitted: (() -> Void)?
    /// Called after a commit that added alerts, before they are written to the log: wakes the
    /// web view's event streams, which read the database. Must not block.
    public var onAlertsCommitted: (() -> Void)?
    private let clock: any WallClock
    private let claimExtractor = ClaimExtractor()
    private var duplicates = DuplicateIndex()
    private var indexedThrough: Int64 = 0
    /// Near-duplicates are looked for among this many of the most recent articles: copies of a
    /// story arrive within days, and the index's memory (~130 bytes an article) must not grow
    /// for as long as the daemon runs. When it holds a quarter more, it is rebuilt from the
    /// most recent (a million take about 3.5 s).
    public let duplicateWindow: Int
    /// Set when alerts may be committed but not yet in the log (at start, after a failed append).
    private var outboxMayHoldAlerts = true

    /// Asked between stages: when it says yes (the daemon is stopping), a document not yet
    /// recorded is abandoned with `PipelineError.stopping`, so a stop waits for one stage at most
    /// and never for the commit of a large document, whose disk writes cannot be interrupted.
    public var isStopping: () -> Bool = { false }

    /// Test hook: called at each checkpoint; throwing there simulates the process dying.
    public var checkpoint: ((Checkpoint) throws -> Void)?

    public enum Checkpoint: Sendable, CaseIterable {
        case committed
        case alertsWritten
        case alertsMarked
    }

    private let stories: StoryPlacement

    public init(store: any StoreBackend, alertLog: AlertLogWriter, policy: AlertPolicy = AlertPolicy(), clock: any WallClock = SystemClock(),
                duplicateWindow: Int = 1_000_000, storyCapacity: Int = StoryIndex.defaultCapacity,
                storyFade: TimeInterval = StoryIndex.defaultFadeWindow) {
        self.store = store
        self.duplicateWindow = max(1, duplicateWindow)
        self.alertLog = alertLog
        self.clock = clock
        self.rules = AlertRules(policy: policy, sameClaimant: ClaimantIdentity.same)
        self.stories = StoryPlacement(capacity: storyCapacity, fadeWindow: storyFade)
    }

    /// Brings the alert log, the duplicate index and the story index up to date with the database.
    public func recover() throws(PipelineError) {
        try flushPendingAlerts()
        try catchUpDuplicateIndex()
        try read { reader in try self.stories.rebuild(from: reader) }
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func year(_ date: Date) -> Int { utc.component(.year, from: date) }

    /// The most figures one report states (the longest news reports state a few hundred).
    public static let maximumClaims = 2_000

    /// Runs a document through the whole path. A document Tally cannot read is an outcome
    /// (`.rejected`); a failure throws with its kind: of the machine (`.transient`: the database
    /// or the alert log cannot be written now; try again later) or of the document's own
    /// (`.permanent`: its data met a constraint or an error that trying again will not mend).
    ///
    /// `metadata` (a feed entry's title, link, author, date, feed name) takes precedence over what
    /// the document says of itself. `feedEntry` is marked done in the same transaction that
    /// records the document, whatever the outcome.
    public func ingest(_ bytes: [UInt8], name: String, origin: DocumentOrigin, declaredCharset: String? = nil,
                       metadata: DocumentMetadata? = nil, feedEntry: FeedEntryReference? = nil) throws(PipelineError) -> IngestReport {
        try flushPendingAlerts()
        let hash = ContentDigest.sha256Hex(bytes)
        if let known = try read({ try $0.document(hash: hash) }) {
            if let feedEntry { try write { tx in try tx.completeFeedEntry(feedEntry, documentID: known.id) } }
            return Self.report(forKnown: known, name: name)
        }
        let document = NewDocument(contentHash: hash, fileName: name, origin: origin, byteCount: bytes.count, receivedAt: clock.now())

        let article: Article
        let notes: [String]
        var decodedDocument = document
        do {
            var decoded = try DocumentDecoder.decode(bytes, fileName: name, declaredCharset: declaredCharset)
            if let metadata { decoded.metadata = decoded.metadata.overridden(by: metadata) }
            decodedDocument.format = decoded.markup.rawValue
            decodedDocument.encoding = decoded.encoding
            guard !isStopping() else { throw PipelineError.stopping }
            (article, notes) = ArticleBounds.bounded(try ArticleExtractor.extract(decoded), now: clock.now())
        } catch let error as PipelineError {
            throw error
        } catch let error as DocumentError {
            return try recordRejection(document, reason: error.description, feedEntry: feedEntry)
        } catch let error as ExtractionError {
            return try recordRejection(decodedDocument, reason: error.description, feedEntry: feedEntry)
        } catch {
            return try recordRejection(decodedDocument, reason: "\(error)", feedEntry: feedEntry)
        }

        guard !isStopping() else { throw PipelineError.stopping }
        let fingerprint = Fingerprint(text: article.body)
        let claims = claimExtractor.claims(title: article.title, body: article.body, year: article.published.map(Self.year))
        guard !isStopping() else { throw PipelineError.stopping }
        if claims.count > Self.maximumClaims {
            return try recordRejection(decodedDocument, reason: "states \(claims.count) figures; more than \(Self.maximumClaims) in one document is "
                                       + "a table or a data dump, not a report: its figures would flood the alerts", feedEntry: feedEntry)
        }
        let storyArticle = StoryArticle(title: article.title, body: article.body, time: article.published ?? clock.now())
        let recorded = try record(decodedDocument, article: article, notes: notes, fingerprint: fingerprint, story: storyArticle,
                                  claims: claims, feedEntry: feedEntry)
        guard let recorded else {
            // Another process recorded the same bytes in the meantime.
            return try read { try $0.document(hash: hash) }.map { Self.report(forKnown: $0, name: name) }
                ?? IngestReport(name: name, outcome: .alreadySeen(firstName: name))
        }
        stories.committed(recorded.story)
        duplicates.insert(fingerprint, id: recorded.articleID)
        indexedThrough = max(indexedThrough, recorded.articleID)
        if duplicates.count > duplicateWindow + duplicateWindow / 4 { try rebuildDuplicateIndex() }
        if recorded.deliveries > 0 { onDeliveriesCommitted?() }
        if !recorded.alerts.isEmpty { onAlertsCommitted?() }
        try pass(.committed)

        try writeToLog(recorded.alerts)

        let outcome: IngestReport.Outcome = recorded.duplicateOf.map { .duplicate(ofArticle: $0.original, similarity: $0.similarity) } ?? .ingested
        return IngestReport(name: name, outcome: outcome, documentID: recorded.documentID, articleID: recorded.articleID,
                            title: article.title, story: recorded.story.slug, claims: claims.count, repeatedClaims: recorded.repeatedClaims, alerts: recorded.alerts,
                            notes: notes)
    }

    private struct Recorded {
        var documentID: Int64
        var articleID: Int64
        var story: Story
        var duplicateOf: DuplicateMatch?
        var repeatedClaims: Int
        var alerts: [StoredAlert]
        var deliveries: Int
    }

    /// One transaction: the duplicate check, every row, the position updates and the alerts.
    private func record(_ document: NewDocument, article: Article, notes: [String], fingerprint: Fingerprint, story storyArticle: StoryArticle,
                        claims: [Claim], feedEntry: FeedEntryReference?) throws(PipelineError) -> Recorded? {
        let now = clock.now()
        return try write { tx -> Recorded? in
            if let known = try tx.document(hash: document.contentHash) {
                if let feedEntry { try tx.completeFeedEntry(feedEntry, documentID: known.id) }
                return nil
            }
            try self.catchUpDuplicateIndex(tx)
            let match = self.duplicates.bestMatch(for: fingerprint)
            // What was changed to keep the article within bounds stays with it, in the reason column.
            let documentID = try tx.insertDocument(document, outcome: .ingested, reason: notes.isEmpty ? nil : notes.joined(separator: "; "))
            let articleID = try tx.insertArticle(article, documentID: documentID, duplicateOf: match?.original, similarity: match?.similarity)
            try tx.insertFingerprint(fingerprint.bytes, articleID: articleID)
            let story = try self.stories.place(storyArticle, articleID: articleID, copyOf: match?.original, in: tx)
            // A figure is tracked within its story, unless the user follows it across stories.
            let keyed = claims.map { claim in
                var claim = claim
                claim.key = self.rules.policy.trackingKey(figure: claim.key, counted: ClaimFields.counted(claim), story: story.slug)
                return claim
            }

            // A near-duplicate restating its original's figure is one more source for it, not news.
            let originalFigures = try match.map { try Set(tx.figureValues(ofArticle: $0.original).map(FigureStatement.init)) } ?? []
            let entries = keyed.map { (claim: $0, repeated: originalFigures.contains(FigureStatement($0))) }
            let claimIDs = try tx.insertClaims(entries, articleID: articleID)

            let reference = ArticleReference(id: articleID, title: article.title, url: article.url, source: article.source,
                                             file: document.fileName, published: article.published)
            let observations = self.rules.consistentStatements(zip(entries, claimIDs).filter {
                !$0.0.repeated && $0.0.claim.untracked == nil
            }.map { entry, claimID in
                Observation(claim: entry.claim, id: claimID, article: reference, at: now)
            })
            var positions = try tx.positions(forKeys: observations.map(\.key))
            let alerts = self.rules.apply(observations, to: &positions, at: now)
            try tx.replacePositions(positions)
            let stored = try tx.insertAlerts(alerts, documentID: documentID)
            // Most daemons have no notifier: then no document pays for routing or the insert.
            let routes = self.notifiers.isEmpty || stored.isEmpty
                ? [] : stored.map { (alertID: $0.id, notifiers: Notifier.routes(self.notifiers, for: $0.alert)) }
            // The real time, not the rules' clock (which tests set to the news' dates): the sender
            // counts retries and the give-up deadline from it.
            if !routes.isEmpty { try tx.insertDeliveries(routes, at: Date()) }
            if let feedEntry { try tx.completeFeedEntry(feedEntry, documentID: documentID) }
            return Recorded(documentID: documentID, articleID: articleID, story: story, duplicateOf: match,
                            repeatedClaims: entries.filter(\.repeated).count, alerts: stored,
                            deliveries: routes.reduce(0) { $0 + $1.notifiers.count })
        }
    }

    private func recordRejection(_ document: NewDocument, reason: String, feedEntry: FeedEntryReference?) throws(PipelineError) -> IngestReport {
        let documentID = try write { tx -> Int64? in
            let id = try tx.document(hash: document.contentHash)?.id ?? tx.insertDocument(document, outcome: .rejected, reason: reason)
            if let feedEntry { try tx.completeFeedEntry(feedEntry, documentID: id) }
            return id
        }
        return IngestReport(name: document.fileName, outcome: .rejected(reason: reason), documentID: documentID)
    }

    /// Appends committed alerts to the log, then marks them logged.
    private func writeToLog(_ alerts: [StoredAlert]) throws(PipelineError) {
        guard !alerts.isEmpty else { return }
        do {
            try alertLog.append(alerts.map { AlertLine.json($0.alert, id: $0.id, node: $0.node).serialized })
        } catch {
            outboxMayHoldAlerts = true
            throw PipelineError(error)
        }
        try pass(.alertsWritten)
        try write { tx in try tx.markLogged(alertIDs: alerts.map(\.id)) }
        try pass(.alertsMarked)
    }

    /// Writes alerts that were committed but never confirmed in the log (a crash or a full disk
    /// came between), skipping any whose line did reach the log.
    private func flushPendingAlerts() throws(PipelineError) {
        guard outboxMayHoldAlerts else { return }
        let pending = try read { try $0.unloggedAlerts() }
        if !pending.isEmpty {
            let alreadyLogged: Set<Int64>
            do {
                alreadyLogged = try alertLog.loggedIDs(among: Set(pending.map(\.id)))
            } catch {
                throw PipelineError(error)
            }
            let missing = pending.filter { !alreadyLogged.contains($0.id) }
            if !missing.isEmpty {
                do {
                    try alertLog.append(missing.map { AlertLine.json($0.alert, id: $0.id, node: $0.node).serialized })
                } catch {
                    throw PipelineError(error)
                }
            }
            try write { tx in try tx.markLogged(alertIDs: pending.map(\.id)) }
        }
        outboxMayHoldAlerts = false
    }

    private func catchUpDuplicateIndex() throws(PipelineError) {
        try read { reader in try self.catchUpDuplicateIndex(reader) }
    }

    /// Starts the index again from the most recent `duplicateWindow` articles.
    private func rebuildDuplicateIndex() throws(PipelineError) {
        duplicates = DuplicateIndex()
        indexedThrough = 0
        try catchUpDuplicateIndex()
    }

    /// Adds fingerprints recorded since the index last looked (at start, or by another process);
    /// an empty index starts from the most recent `duplicateWindow` articles, not the whole archive.
    private func catchUpDuplicateIndex(_ reader: some StoreReading) throws {
        if duplicates.count == 0, let oldest = try reader.oldestOfRecentFingerprints(duplicateWindow) {
            indexedThrough = max(indexedThrough, oldest - 1)
        }
        for (articleID, bytes) in try reader.fingerprints(after: indexedThrough) {
            if let fingerprint = Fingerprint(bytes: bytes) { duplicates.insert(fingerprint, id: articleID) }
            indexedThrough = articleID
        }
    }

    private func pass(_ point: Checkpoint) throws(PipelineError) {
        do {
            try checkpoint?(point)
        } catch {
            // As if the process died there: nothing the document did.
            throw .transient(TransientFailure("interrupted at \(point)"))
        }
    }

    func read<T>(_ body: (any StoreReading) throws -> T) throws(PipelineError) -> T {
        do { return try store.read(body) } catch { throw PipelineError(error) }
    }

    func write<T>(_ body: (any StoreWriting) throws -> T) throws(PipelineError) -> T {
        do { return try store.write(body) } catch { throw PipelineError(error) }
    }

    private static func report(forKnown known: DocumentRecord, name: String) -> IngestReport {
        if known.outcome == .rejected {
            return IngestReport(name: name, outcome: .rejected(reason: known.reason ?? "rejected before"), documentID: known.id)
        }
        return IngestReport(name: name, outcome: .alreadySeen(firstName: known.fileName), documentID: known.id, articleID: known.articleID)
    }
}

/// A figure as stated, for telling whether a near-duplicate repeats its original.
struct FigureStatement: Hashable {
    let key: String
    let quantity: Quantity
    init(_ claim: Claim) {
        key = claim.key
        quantity = claim.quantity
    }

    init(_ stored: (key: String, low: Double, high: Double)) {
        key = stored.key
        quantity = Quantity(low: stored.low, high: stored.high)
    }
}

extension Observation {
    init(claim: Claim, id: Int64, article: ArticleReference, at date: Date) {
        self.init(claimID: id, key: claim.key, quantity: claim.quantity, statedAs: ClaimFields.statedAs(claim),
                  unit: claim.unit, counted: ClaimFields.counted(claim), claimant: claim.claimant,
                  quote: claim.sentence, article: article, observedAt: date, bound: claim.bound, pairing: claim.pairing)
    }
}
