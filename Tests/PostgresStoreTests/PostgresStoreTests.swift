import DatabaseLocation
import Foundation
import Model
@testable import PostgresStore
import Store
import StoreTestSupport
import Synchronization
import Testing

/// What only the PostgreSQL backend has: its connections, its errors, its schema history, its daemon lock.
@Suite struct PostgresStoreTests {
    static let serverAtHand = StoreKind.postgresURL != nil

    func document(_ hash: String) -> NewDocument {
        NewDocument(contentHash: hash, fileName: hash + ".txt", origin: .drop, byteCount: 1, receivedAt: Date(timeIntervalSince1970: 5))
    }

    @Test func sqlStatesOfTheMachineAreTransientAndOfTheDataPermanent() {
        for state in ["08006", "08001", "40001", "40P01", "53100", "53200", "53300", "57P01", "57P03", "58030", "55P03", "57014", "XX001"] {
            #expect(PostgresFailure.kind(sqlState: state) == .transient, "\(state)")
        }
        for state in ["23505", "23503", "23502", "23514", "22003", "22P02", "42P01", "42703", "3D000", "28P01"] {
            #expect(PostgresFailure.kind(sqlState: state) == .permanent, "\(state)")
        }
    }

    @Test func aServerThatCannotBeReachedIsAnErrorSayingWhereAndWhatToCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-no-server-\(UUID().uuidString)").path
        let error = try #require(throws: StoreError.self) {
            try PostgresStore(location: PostgresLocation(endpoint: .socket(folder: folder), user: "tally", database: "tally"))
        }
        #expect(error.description.contains("cannot connect to PostgreSQL at postgresql://tally@/tally?host=\(folder)"))
        #expect(error.description.contains("Is the server running"))
        #expect(error.kind == .transient)
    }

    @Test(.enabled(if: serverAtHand)) func aDatabaseThatDoesNotExistIsAnErrorSayingHowToMakeIt() throws {
        var location = try PostgresLocation(url: try #require(StoreKind.postgresURL))
        location.database = "tally_never_made"
        let error = try #require(throws: StoreError.self) { try PostgresStore(location: location) }
        #expect(error.description.contains("\"tally_never_made\" does not exist"))
        #expect(error.description.contains("createdb"))
    }

    @Test(.enabled(if: serverAtHand)) func theSchemaHistoryIsRecordedOnceHoweverManyOpenItAtOnce() throws {
        let state = try TestStore(.postgres)
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do { _ = try state.open() } catch { print("open failed:", error); failures.add(1, ordering: .relaxed) }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
        #expect(try state.raw("SELECT identifier FROM schema_migrations") == PostgresSchema.migrations.map(\.identifier))
    }

    /// The server drops every connection (a restart, a failover): the write in flight fails as
    /// transient, and the next one reconnects.
    @Test(.enabled(if: serverAtHand)) func aConnectionLostWhileRunningIsTransientAndTheNextWriteReconnects() throws {
        let state = try TestStore(.postgres)
        let store = try state.open()
        _ = try store.write { try $0.insertDocument(document("before"), outcome: .ingested) }
        let error = try #require(throws: StoreError.self) {
            try store.write { tx in
                _ = try tx.insertDocument(document("lost"), outcome: .ingested)
                try TestDatabases.run("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '\(state.location!.database!)' AND pid <> pg_backend_pid()",
                                      in: state.location!)
                return try tx.documents()
            }
        }
        #expect(error.kind == .transient)
        #expect(error.description.contains("database write failed (postgresql://"))
        _ = try store.write { try $0.insertDocument(document("after"), outcome: .ingested) }
        #expect(try store.read { try $0.documents() }.map(\.contentHash) == ["before", "after"])
    }

    @Test(.enabled(if: serverAtHand)) func aConstraintViolationIsPermanentAndSaysWhich() throws {
        let state = try TestStore(.postgres)
        let store = try state.open()
        _ = try store.write { try $0.insertDocument(document("same"), outcome: .ingested) }
        let error = try #require(throws: StoreError.self) { try store.write { try $0.insertDocument(document("same"), outcome: .ingested) } }
        #expect(error.kind == .permanent)
        #expect(error.description.contains("duplicate key value violates unique constraint"))
        #expect(error.description.contains("23505"))
    }

    @Test(.enabled(if: serverAtHand)) func oneDaemonPerNodeNameHoldsTheDatabaseAndLetsGoWhenClosed() throws {
        let state = try TestStore(.postgres)
        let first = try PostgresStore(location: state.location!, node: "alpha")
        _ = try first.holdDaemonLock()
        let second = try PostgresStore(location: state.location!, node: "alpha")
        defer { try? second.close() }
        let error = try #require(throws: StoreError.self) { try second.holdDaemonLock() }
        #expect(error.description.contains("another tally daemon is running as node \"alpha\" on the database"))
        #expect(error.description.contains("[cluster] node"))
        let otherNode = try PostgresStore(location: state.location!, node: "beta")
        defer { try? otherNode.close() }
        _ = try otherNode.holdDaemonLock()
        try first.close()
        _ = try second.holdDaemonLock()
    }

    /// Writers take turns: two stores numbering alerts at once never hand out one id twice.
    @Test(.enabled(if: serverAtHand)) func concurrentWritersTakeTurns() throws {
        let state = try TestStore(.postgres)
        let stores = try (0..<2).map { _ in try state.open() }
        let documentID = try stores[0].write { try $0.insertDocument(document("d"), outcome: .ingested) }
        let new = Observation(claimID: 1, key: "k", quantity: Quantity(1), statedAs: "1", claimant: nil, quote: "q", article: ArticleReference(id: 1),
                              observedAt: Date(timeIntervalSince1970: 5))
        let alert = Alert(kind: .figureNew, key: "k", raisedAt: Date(timeIntervalSince1970: 5), new: new, old: nil, positions: [])
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            do {
                for _ in 0..<5 { _ = try stores[index % 2].write { try $0.insertAlerts([alert, alert], documentID: documentID) } }
            } catch { print("write failed:", error); failures.add(1, ordering: .relaxed) }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
        #expect(try stores[1].read { try $0.alerts() }.map(\.id) == Array(1...80))
    }

    /// Claims and positions written without the figure table (by a Tally from before it) are
    /// counted into it when the database is next opened.
    @Test(.enabled(if: serverAtHand)) func figuresAnOlderTallyWroteAreCaughtUpOnOpen() throws {
        let state = try TestStore(.postgres)
        let store = try state.open()
        let articleID = try store.write { tx in
            try tx.insertArticle(Article(title: "T", body: "B"), documentID: try tx.insertDocument(document("d"), outcome: .ingested),
                                 duplicateOf: nil, similarity: nil)
        }
        let claim = Claim(key: "k/troops", quantity: Quantity(12000), hedge: nil, claimant: "A", sentence: "s", start: 0, end: 1)
        let seen = Date(timeIntervalSince1970: 1_730_000_000)
        let observation = Observation(claimID: 1, key: "k/troops", quantity: Quantity(12000), statedAs: "12,000", claimant: "A", quote: "s",
                                      article: ArticleReference(id: articleID), observedAt: seen)
        func json(_ value: some Encodable) throws -> String { String(decoding: try JSONEncoder().encode(value), as: UTF8.self) }
        try state.raw("INSERT INTO claim (article_id, ordinal, key, low, high, claimant, claim_json) VALUES (\(articleID), 0, 'k/troops', 12000, 12000, 'A', $j$\(try json(claim))$j$)")
        try state.raw("INSERT INTO position (key, slot, claimant, observation_json) VALUES ('k/troops', 0, 'A', $j$\(try json(observation))$j$)")
        #expect(try store.read { try $0.figure(key: "k/troops") } == nil)
        let figure = try #require(try state.open().read { try $0.figure(key: "k/troops") })
        #expect(figure.mentions == 1 && figure.articles == 1 && figure.lastSeen == seen && figure.positions.map(\.claimant) == ["A"])
        #expect(try store.read { try $0.figures(matching: "troops", disputedOnly: false, offset: 0, limit: 10) }.total == 1)
    }
}
