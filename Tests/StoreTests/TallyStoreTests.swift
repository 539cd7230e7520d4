import Alerts
import Extraction
import Figures
import Foundation
import Model
import Store
import StoreTestSupport
import Synchronization
import Testing

@Suite struct TallyStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-store-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("state/tally.sqlite").path }

    func observation(_ key: String, _ value: Double, claimant: String?, claimID: Int64, article: Int64) -> Observation {
        Observation(claimID: claimID, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", claimant: claimant,
                    quote: "q", article: ArticleReference(id: article), observedAt: Date(timeIntervalSince1970: 100))
    }

    /// A clean stop: the write-ahead log is folded into the file at once, whoever still holds the store.
    @Test func closingRemovesTheWriteAheadLog() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try TallyStore(path: path)
        _ = try store.write { tx in
            try tx.insertDocument(NewDocument(contentHash: "h", fileName: "a.txt", origin: .drop, byteCount: 1,
                                              receivedAt: Date(timeIntervalSince1970: 5)), outcome: .ingested)
        }
        #expect(try store.read { try $0.documents() }.count == 1) // a reader connection is open too
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        try store.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    @Test(arguments: StoreKind.available)
    func aClosedStoreRefusesUseAndTheStateStays(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        _ = try store.write { tx in
            try tx.insertDocument(NewDocument(contentHash: "h", fileName: "a.txt", origin: .drop, byteCount: 1,
                                              receivedAt: Date(timeIntervalSince1970: 5)), outcome: .ingested)
        }
        try store.close()
        #expect(throws: StoreError.self) { try store.read { try $0.documents() } }
        #expect(throws: StoreError.self) { try store.write { try $0.documents() } }
        #expect(try state.open().read { try $0.documents() }.count == 1)
    }

    @Test(arguments: StoreKind.available)
    func recordsADocumentItsArticleClaimsPositionsAndAlertsInOneTransaction(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let claim = Claim(key: "k/troops", quantity: Quantity(12000), hedge: "about", claimant: "NIS", sentence: "s", start: 1, end: 2)
        let alertID = try store.write { tx in
            let documentID = try tx.insertDocument(NewDocument(contentHash: "h1", fileName: "a.txt", origin: .drop, byteCount: 10,
                                                               receivedAt: Date(timeIntervalSince1970: 5)), outcome: .ingested)
            let articleID = try tx.insertArticle(Article(title: "T", body: "B"), documentID: documentID, duplicateOf: nil, similarity: nil)
            try tx.insertFingerprint([1, 2, 3], articleID: articleID)
            let claimIDs = try tx.insertClaims([(claim, false)], articleID: articleID)
            let position = Position(claimant: "NIS", latest: observation("k/troops", 12000, claimant: "NIS", claimID: claimIDs[0], article: articleID))
            try tx.replacePositions(["k/troops": [position]])
            let alert = Alert(kind: .figureNew, key: "k/troops", raisedAt: Date(timeIntervalSince1970: 6), new: position.latest, old: nil, positions: [position])
            return try tx.insertAlerts([alert], documentID: documentID)[0].id
        }
        let reopened = try state.open() // migrations run again without harm
        try reopened.read { db in
            let document = try #require(try db.document(hash: "h1"))
            #expect(document.outcome == .ingested)
            #expect(document.articleID != nil)
            let claims = try db.claims(ofArticle: try #require(document.articleID))
            #expect(claims.map(\.claim) == [claim])
            #expect(try db.fingerprints(after: 0).map(\.bytes) == [[1, 2, 3]])
            #expect(try db.positions(forKeys: ["k/troops"])["k/troops"]?.first?.latest.quantity == Quantity(12000))
            #expect(try db.unloggedAlerts().map(\.id) == [alertID])
            let figures = try db.figures()
            #expect(figures.map(\.key) == ["k/troops"])
            #expect(figures.first?.mentions == 1)
            #expect(try db.history(key: "k/troops").first?.article.file == "a.txt")
        }
        try reopened.write { try $0.markLogged(alertIDs: [alertID]) }
        #expect(try reopened.read { try $0.unloggedAlerts() }.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func aFailedTransactionLeavesNothingBehind(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        struct Crash: Error {}
        #expect(throws: StoreError.self) {
            try store.write { tx in
                _ = try tx.insertDocument(NewDocument(contentHash: "h2", fileName: "b.txt", origin: .drop, byteCount: 1, receivedAt: Date()), outcome: .ingested)
                throw Crash()
            }
        }
        #expect(try store.read { try $0.document(hash: "h2") } == nil)
        // The connection that failed is fit for the next transaction.
        _ = try store.write { try $0.insertDocument(NewDocument(contentHash: "h2", fileName: "b.txt", origin: .drop, byteCount: 1, receivedAt: Date()), outcome: .ingested) }
        #expect(try store.read { try $0.document(hash: "h2") } != nil)
    }

    @Test(arguments: StoreKind.available)
    func theSameBytesCannotBeRecordedTwice(_ kind: StoreKind) throws {
        let store = try TestStore(kind).open()
        let document = NewDocument(contentHash: "h3", fileName: "c.txt", origin: .drop, byteCount: 1, receivedAt: Date())
        _ = try store.write { try $0.insertDocument(document, outcome: .rejected, reason: "empty file") }
        #expect(throws: StoreError.self) { try store.write { try $0.insertDocument(document, outcome: .ingested) } }
        #expect(try store.read { try $0.document(hash: "h3")?.reason } == "empty file")
    }

    @Test(arguments: StoreKind.available)
    func aReaderDoesNotBlockAWriterNorFail(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let other = try state.open() // a second process's connection, e.g. `tally figures`
        try other.read { db in
            _ = try db.figures()
            _ = try store.write { try $0.insertDocument(NewDocument(contentHash: "h4", fileName: "d.txt", origin: .drop, byteCount: 1, receivedAt: Date()), outcome: .ingested) }
            #expect(try db.document(hash: "h4") == nil) // the reader's snapshot is stable
        }
        #expect(try other.read { try $0.document(hash: "h4") } != nil)
    }

    @Test func anUnwritableLocationIsAnErrorSayingWhere() {
        #expect(throws: StoreError.self) { try TallyStore(path: "/proc/tally-cannot-be-here/x.sqlite") }
    }
}

@Suite struct ConcurrentOpeningTests {
    /// The daemon and a reader opening a brand-new database at the same moment both succeed.
    @Test func manyConnectionsCreatingOneDatabaseAtOnceAllSucceed() throws {
        for _ in 0..<10 {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-race-\(UUID().uuidString)/tally.sqlite").path
            let failures = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do { _ = try TallyStore(path: path) } catch { print("open failed:", error); failures.add(1, ordering: .relaxed) }
            }
            #expect(failures.load(ordering: .relaxed) == 0)
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        }
    }
}
