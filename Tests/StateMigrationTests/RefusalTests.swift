import DatabaseLocation
import Foundation
import GRDB
import Model
import Pipeline
import PostgresStore
import Store
import StoreTestSupport
import Testing
import TestSupport
@testable import StateMigration

/// What the migration refuses, each before it changes anything, with what to do instead.
@Suite struct RefusalTests {
    static let serverAtHand = StoreKind.postgresURL != nil

    /// Where no server is: the refusals of a source are said before the target is reached.
    let nowhere = PostgresLocation(endpoint: .socket(folder: "/nonexistent-tally-test"), user: "tally", database: "tally")

    func refusal(from path: String, to location: PostgresLocation, _ migrator: StateMigrator = StateMigrator()) throws -> MigrationError {
        let error = try #require(throws: MigrationError.self) { try migrator.migrate(from: path, to: location) }
        #expect(error.kind == .refused, "\(error)")
        return error
    }

    func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-refusal-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aSourceThatIsNotTallysStateIsRefusedSayingWhichFileToGive() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try refusal(from: folder + "/missing.sqlite", to: nowhere).description.contains("there is no file at \(folder)/missing.sqlite"))
        #expect(try refusal(from: folder, to: nowhere).description.contains("is a folder"))

        _ = FileManager.default.createFile(atPath: folder + "/notes.txt", contents: Data(String(repeating: "not a database\n", count: 100).utf8))
        #expect(try refusal(from: folder + "/notes.txt", to: nowhere).description.contains("is not a SQLite database"))

        let other = try DatabaseQueue(path: folder + "/other.sqlite")
        try other.write { try $0.execute(sql: "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)") }
        try other.close()
        let message = try refusal(from: folder + "/other.sqlite", to: nowhere).description
        #expect(message.contains("is a SQLite database but not Tally's state"), "\(message)")
        #expect(message.contains("[storage] database"))
    }

    @Test func aSourceARunningDaemonHoldsIsRefusedSayingToStopIt() throws {
        let source = try SourceState(floodReports: 0)
        let daemon = try DaemonLockProbe.hold(databasePath: source.path)
        let message = try refusal(from: source.path, to: nowhere).description
        #expect(message.contains("a tally daemon (pid \(getpid())) is running on \(source.path)"), "\(message)")
        #expect(message.contains("stop it first"))
        withExtendedLifetime(daemon) {}
    }

    @Test(.enabled(if: serverAtHand)) func aTargetHoldingOtherTallyDataIsRefusedAndLeftAsItWas() throws {
        let source = try SourceState(floodReports: 0)
        let target = try TestStore(.postgres)
        let store = try target.open()
        let pipeline = try SourceState.pipeline(store, alertLog: source.folder + "/other-alerts.jsonl", clock: source.clock)
        for seed in try Corpus.seeds().prefix(2) { _ = try pipeline.ingest(Array(seed.text.utf8), name: seed.name, origin: .drop) }
        let before = try StateView(store)

        let message = try refusal(from: source.path, to: try #require(target.location)).description

        #expect(message.contains("already holds Tally data (") && message.contains(" 2 document rows, "), "\(message)")
        #expect(message.contains("migrate into a new, empty database"))
        #expect(try StateView(store) == before)
        #expect(try target.raw("SELECT COUNT(*)::text FROM state_migration") == ["0"])
    }

    @Test(.enabled(if: serverAtHand)) func anotherSourceCannotContinueAMigrationBegunFromAFirst() throws {
        let first = try SourceState(floodReports: 5)
        let second = try SourceState(floodReports: 6)
        let target = try TestStore(.postgres)
        let location = try #require(target.location)
        var stopping = StateMigrator(batchSize: 10)
        stopping.checkpoint = { if $0.batch > 3 { throw MigrationTests.Stop() } }
        #expect(throws: MigrationError.self) { try stopping.migrate(from: first.path, to: location) }

        let message = try refusal(from: second.path, to: location).description

        #expect(message.contains("is not for \(second.path): a migration from \(first.path) began there and is not finished"), "\(message)")
        #expect(message.contains("--from sqlite:\(first.path)"))
        let summary = try StateMigrator().migrate(from: first.path, to: location)
        #expect(summary.resumed)
        let store = try TallyStore(path: first.path)
        defer { try? store.close() }
        #expect(try StateView(try target.open()) == StateView(store))
    }

    @Test(.enabled(if: serverAtHand)) func aSourceWrittenToBetweenTwoRunsIsNotContinued() throws {
        let source = try SourceState(floodReports: 5)
        let target = try TestStore(.postgres)
        let location = try #require(target.location)
        var stopping = StateMigrator(batchSize: 10)
        stopping.checkpoint = { if $0.batch > 3 { throw MigrationTests.Stop() } }
        #expect(throws: MigrationError.self) { try stopping.migrate(from: source.path, to: location) }
        let store = try TallyStore(path: source.path)
        try store.write { tx in _ = try tx.subscribe(FeedSubscription(url: "https://late.example/feed"), origin: .added, firstDue: Date(), now: Date()) }
        try store.close()

        let message = try refusal(from: source.path, to: location).description

        #expect(message.contains("was written to since this migration began"), "\(message)")
        #expect(message.contains("migrate anew"))
    }

    @Test(.enabled(if: serverAtHand)) func aTargetADaemonOfAnyNodeRunsOnIsRefused() throws {
        let source = try SourceState(floodReports: 0)
        let target = try TestStore(.postgres)
        let location = try #require(target.location)
        for node in [nil, "n2"] {
            let daemonStore = try PostgresStore(location: location, node: node)
            defer { try? daemonStore.close() }
            let lock = try daemonStore.holdDaemonLock()

            let message = try refusal(from: source.path, to: location).description

            #expect(message.contains("is in use: a tally daemon, or another tally migrate, holds a daemon lock on it"), "\(node ?? "no node"): \(message)")
            #expect(message.contains("Stop it first"))
            #expect(try target.raw("SELECT COUNT(*)::text FROM document") == ["0"])
            lock.release()
        }
        #expect(try StateMigrator().migrate(from: source.path, to: location).tables.count == MigrationPlan.tables.count, "once the daemons stopped")
    }
}
