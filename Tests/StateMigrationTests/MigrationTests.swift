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
import Timekeeping
@testable import StateMigration

/// A real SQLite state copied into a real PostgreSQL database (Deploy/with-postgres.sh), read back
/// through the store's protocols.
@Suite(.enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresMissing)))
struct MigrationTests {
    struct Stop: Error, CustomStringConvertible {
        var description: String { "stopped by the test" }
    }

    /// The source read through `TallyStore`, as the daemon would.
    func view(ofSource source: SourceState) throws -> StateView {
        let store = try TallyStore(path: source.path)
        defer { try? store.close() }
        return try StateView(store)
    }

    func rowCounts(_ source: SourceState) throws -> [String: Int] {
        let queue = try DatabaseQueue(path: source.path)
        defer { try? queue.close() }
        return try queue.read { db in
            Dictionary(uniqueKeysWithValues: try MigrationPlan.tables.map { ($0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0) })
        }
    }

    /// Runs that each stop after `batches` batches, until one finishes; returns the runs made and the rows each committed.
    func migrateStoppingEvery(_ batches: Int, from source: SourceState, to location: PostgresLocation, batchSize: Int) throws -> [Int] {
        var committed: [Int] = []
        while true {
            var rows = 0
            var migrator = StateMigrator(batchSize: batchSize)
            migrator.checkpoint = { checkpoint in
                if checkpoint.batch > batches { throw Stop() }
                rows += checkpoint.rows
            }
            do {
                let summary = try migrator.migrate(from: source.path, to: location)
                #expect(summary.tables.reduce(0) { $0 + $1.copiedNow } == rows, "the last run reports what it committed")
                committed.append(rows)
                return committed
            } catch {
                #expect(error.kind == .failed)
                #expect(error.description.contains("stopped by the test"), "\(error)")
                committed.append(rows)
            }
            if committed.count > 1_000 { Issue.record("the migration never finished"); return committed }
        }
    }

    @Test func theCopyReadsAsTheSourceThroughEveryQueryOfTheStore() throws {
        let source = try SourceState()
        let expected = try view(ofSource: source)
        #expect(expected.alerts.count > 5 && expected.deliveries.count > 5 && expected.stories.count > 1 && expected.feeds.count == 2,
                "the source holds alerts, deliveries, stories and feeds")
        #expect(!expected.unloggedAlerts.isEmpty, "the source holds alerts its daemon had not logged")
        #expect(expected.highestAlertID > 500 && expected.alerts.contains { $0.id > 500 }, "alerts numbered after the floor")
        let target = try TestStore(.postgres)

        let summary = try StateMigrator().migrate(from: source.path, to: try #require(target.location))

        let copied = try StateView(try target.open())
        #expect(copied == expected, "differs in \(copied.differences(from: expected))")
        let counts = try rowCounts(source)
        #expect(summary.tables.map(\.name) == MigrationPlan.tables)
        for table in summary.tables {
            #expect(table.rows == counts[table.name], "\(table.name)")
            #expect(table.copiedNow == table.rows, "\(table.name)")
        }
        #expect(counts["document"]! > 40 && counts["claim"]! > 100)
        #expect(!summary.resumed && summary.alreadyFinishedAt == nil && summary.notCopied.isEmpty)
        #expect(summary.lines.first?.hasPrefix("Finished the migration of \(source.path)") == true)
    }

    @Test func aRunStoppedPartWayIsContinuedAndEndsAsOneUninterruptedRunWithNothingCopiedTwice() throws {
        let source = try SourceState()
        let whole = try TestStore(.postgres)
        _ = try StateMigrator().migrate(from: source.path, to: try #require(whole.location))
        let interrupted = try TestStore(.postgres)

        let total = try rowCounts(source).values.reduce(0, +)

        // Each run commits 4 batches, and the 5th is rolled back at its commit: about a dozen runs.
        let committed = try migrateStoppingEvery(4, from: source, to: try #require(interrupted.location), batchSize: max(5, total / 50))

        #expect(committed.count > 10, "the copy took many runs: \(committed.count)")
        #expect(committed.reduce(0, +) == total, "every row committed once: \(committed)")
        let resumed = try StateView(try interrupted.open())
        let uninterrupted = try StateView(try whole.open())
        let original = try view(ofSource: source)
        #expect(resumed == uninterrupted, "differs in \(resumed.differences(from: uninterrupted))")
        #expect(resumed == original, "differs in \(resumed.differences(from: original))")
    }

    @Test func aFinishedMigrationRunAgainSaysSoAndChangesNothing() throws {
        let source = try SourceState(floodReports: 10)
        let target = try TestStore(.postgres)
        let location = try #require(target.location)
        _ = try StateMigrator().migrate(from: source.path, to: location)
        let record = try target.raw("SELECT step || ' ' || rows_copied || ' ' || done || ' ' || updated_at FROM state_migration ORDER BY step")
        let before = try StateView(try target.open())

        let again = try StateMigrator().migrate(from: source.path, to: location)

        #expect(again.alreadyFinishedAt != nil)
        #expect(!again.sourceChangedSince)
        #expect(again.lines.first?.contains("finished on") == true && again.lines.first?.hasSuffix("nothing to do.") == true, "\(again.lines)")
        #expect(try target.raw("SELECT step || ' ' || rows_copied || ' ' || done || ' ' || updated_at FROM state_migration ORDER BY step") == record)
        #expect(try StateView(try target.open()) == before)
    }

    @Test func aPipelineOnTheCopyNumbersWhatItAddsAfterTheMigratedRows() throws {
        let source = try SourceState()
        let target = try TestStore(.postgres)
        _ = try StateMigrator().migrate(from: source.path, to: try #require(target.location))
        let store = try target.open()
        let before = try StateView(store)

        let pipeline = try SourceState.pipeline(store, alertLog: source.folder + "/alerts.jsonl", clock: source.clock)
        var reports: [IngestReport] = []
        for report in FloodReports.make(count: 12, seed: 12_345) {
            source.clock.advance(by: 600)
            reports.append(try pipeline.ingest(Array((report.text + "\n\nLate edition.").utf8), name: "late-" + report.name, origin: .drop))
        }
        let feedID = try store.write { tx in
            try tx.subscribe(FeedSubscription(url: "https://late.example/feed"), origin: .added, firstDue: Date(), now: Date())
        }

        let after = try StateView(store)
        let newDocuments = after.documents.dropFirst(before.documents.count)
        #expect(newDocuments.first?.id == (before.documents.map(\.id).max() ?? 0) + 1, "the next document id follows the migrated ones")
        // The reports include exact copies of one another: read before, those make no document.
        let fresh = reports.filter { if case .alreadySeen = $0.outcome { false } else { true } }
        #expect(fresh.count > 6 && newDocuments.count == fresh.count, "\(newDocuments.count) new documents of \(fresh.count) new reports")
        let newAlerts = after.alerts.dropFirst(before.alerts.count)
        #expect(!newAlerts.isEmpty, "the late reports moved figures")
        #expect(newAlerts.first?.id == before.highestAlertID + 1, "alert ids continue")
        #expect(after.deliveries.count > before.deliveries.count, "new deliveries got ids of their own")
        #expect((after.articles.map(\.id).max() ?? 0) > (before.articles.map(\.id).max() ?? 0))
        #expect(after.stories.count >= before.stories.count)
        #expect(feedID == (before.feeds.map(\.id).max() ?? 0) + 1)
    }

    @Test func theAlertsLeftToLogOrSendAreHandedToTheNodeThatTakesOver() throws {
        let source = try SourceState()
        let expected = try view(ofSource: source)
        let target = try TestStore(.postgres)
        let location = try #require(target.location)

        let summary = try StateMigrator(node: "n1").migrate(from: source.path, to: location)

        #expect(summary.handover == AlertHandover(node: "n1", unloggedAlerts: expected.unloggedAlerts.count,
                                                  pendingDeliveries: expected.deliveries.count))
        #expect(summary.lines.contains { $0.contains("still to send: handed to node \"n1\"") }, "\(summary.lines)")
        let node = try PostgresStore(location: location, node: "n1")
        defer { try? node.close() }
        let (unlogged, due) = try node.read { db in
            (try db.unloggedAlerts(), try db.dueDeliveries(at: .distantFuture, excluding: [], limit: .max))
        }
        #expect(!unlogged.isEmpty && unlogged.allSatisfy { $0.node == "n1" })
        #expect(unlogged.map(\.id) == expected.unloggedAlerts.map(\.id))
        #expect(due.map(\.id) == expected.deliveries.map(\.id))
        let handed = Set(unlogged.map(\.id)).union(due.map(\.alert.id))
        let alerts = try node.read { try $0.alerts() }
        #expect(alerts.filter { $0.node == "n1" }.map(\.id).sorted() == handed.sorted())
        #expect(alerts.filter { !handed.contains($0.id) }.allSatisfy { $0.node == nil }, "logged and sent alerts belong to no node")
        let other = try target.open()
        #expect(try other.read { try $0.unloggedAlerts() }.isEmpty, "no other node logs them twice")

        // Node n1's daemon starting: its recovery appends them to its alert log.
        _ = try SourceState.pipeline(node, alertLog: source.folder + "/n1-alerts.jsonl", clock: source.clock)
        #expect(try node.read { try $0.unloggedAlerts() }.isEmpty)
        let lines = try String(contentsOfFile: source.folder + "/n1-alerts.jsonl", encoding: .utf8).split(separator: "\n")
        #expect(lines.count == unlogged.count)
    }

    /// The daemon's lock beside the SQLite file is held for the whole copy: no daemon can start on it meanwhile.
    @Test func noDaemonCanStartOnTheSourceWhileItIsCopied() throws {
        let source = try SourceState(floodReports: 5)
        let target = try TestStore(.postgres)
        var migrator = StateMigrator(batchSize: 50)
        var refusals: [String] = []
        migrator.checkpoint = { _ in
            do {
                _ = try DaemonLockProbe.take(databasePath: source.path)
            } catch {
                refusals.append("\(error)")
            }
        }
        _ = try migrator.migrate(from: source.path, to: try #require(target.location))
        #expect(!refusals.isEmpty && refusals.allSatisfy { $0.contains("another tally daemon") }, "\(refusals)")
        #expect(try DaemonLockProbe.take(databasePath: source.path), "free again once the migration ended")
    }

    /// A daemon asks whether a copy into its database is unfinished before it starts (and refuses if so).
    @Test func aCopyBegunAndNotFinishedIsToldUntilItIsFinished() throws {
        let source = try SourceState(floodReports: 5)
        let target = try TestStore(.postgres)
        let location = try #require(target.location)
        let store = try PostgresStore(location: location, node: "early")
        defer { try? store.close() }
        #expect(try store.migrationUnfinished() == false, "never migrated into")
        var migrator = StateMigrator(batchSize: 50)
        migrator.checkpoint = { checkpoint in if checkpoint.batch > 2 { throw Stop() } }
        #expect(throws: MigrationError.self) { try migrator.migrate(from: source.path, to: location) }
        #expect(try store.migrationUnfinished() == true)
        _ = try StateMigrator(batchSize: 50).migrate(from: source.path, to: location)
        #expect(try store.migrationUnfinished() == false)
    }
}
