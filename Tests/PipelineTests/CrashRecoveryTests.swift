import Alerts
import DropFolder
import Foundation
import Glibc
import Model
import Pipeline
import Store
import StoreTestSupport
import TestSupport
import Testing

/// Killed at any point and restarted, Tally ends in the state of a run never killed.
@Suite struct CrashRecoveryTests {
    struct Interrupted: Error {}

    func dropSeeds(_ harness: Harness) throws {
        for seed in try Corpus.seeds() { harness.drop(seed.name, seed.text) }
    }

    func reference(_ kind: StoreKind = .sqlite) throws -> Harness.Snapshot {
        let harness = try Harness(store: kind)
        try dropSeeds(harness)
        try harness.processWaiting()
        return try harness.snapshot()
    }

    @Test(arguments: Pipeline.Checkpoint.allCases, StoreKind.available)
    func interruptedAtACheckpointAndRestarted(_ point: Pipeline.Checkpoint, _ kind: StoreKind) throws {
        let expected = try reference(kind)
        #expect(!expected.alerts.isEmpty, "the scenario must raise alerts to test their recovery")
        var interruptions = 0
        // Interrupt the k-th passage of the checkpoint, for every k the run reaches.
        for occurrence in 1...5 {
            let harness = try Harness(store: kind)
            try dropSeeds(harness)
            var passages = 0
            harness.pipeline.checkpoint = { reached in
                guard reached == point else { return }
                passages += 1
                if passages == occurrence { throw Interrupted() }
            }
            do {
                try harness.processWaiting()
                continue // the run never reached this occurrence
            } catch {
                interruptions += 1
            }
            try harness.restart()
            try harness.processWaiting()
            let actual = try harness.snapshot()
            #expect(actual.differences(from: expected) == "", "interrupted at \(point) #\(occurrence)")
        }
        #expect(interruptions > 0)
    }

    @Test func recordedButNotMovedIsOnlyMovedAfterRestart() throws {
        let expected = try reference()
        let harness = try Harness()
        try dropSeeds(harness)
        // Every document recorded (its alerts logged), then the process dies before any move.
        for seed in try Corpus.seeds() {
            harness.setClock(for: FileName(seed.name))
            _ = try harness.pipeline.ingest(Array(seed.text.utf8), name: seed.name, origin: .drop)
        }
        try harness.restart()
        let reports = try harness.processWaiting()
        #expect(reports.allSatisfy { if case .alreadySeen = $0.outcome { true } else { false } })
        let actual = try harness.snapshot()
        #expect(actual.differences(from: expected) == "", "state differs from a run never interrupted")
    }

    /// Processes the drop folder as the daemon does, retrying after each failure: `failed` looks
    /// at the state the failure left and mends the cause. Returns how many attempts failed.
    private func processRetrying(_ harness: Harness, failed: (PipelineError) throws -> Void) throws -> Int {
        var failures = 0
        for _ in 0..<10 {
            do {
                try harness.processWaiting()
                break
            } catch let error as PipelineError {
                failures += 1
                try failed(error)
            }
        }
        return failures
    }

    @Test func aFullDatabaseKeepsTheDocumentPendingUntilThereIsRoom() throws {
        let expected = try reference()
        let harness = try Harness()
        try dropSeeds(harness)
        let size = { (try FileManager.default.attributesOfItem(atPath: harness.databasePath)[.size] as? Int) ?? 0 }
        // Room for the schema and not much more: the first documents fill it.
        try harness.limitDatabase(to: try size() + 4096)
        let failures = try processRetrying(harness) { error in
            #expect(error.description.contains("database or disk is full"), "\(error.description)")
            // Nothing half-recorded: every document the database holds has its file moved, the
            // rest wait in the drop folder.
            let documents = try harness.pipeline.store.read { try $0.documents() }
            #expect(documents.count + (try harness.layout.waitingFiles()).count == 5)
            #expect(try harness.pipeline.store.read { try $0.unloggedAlerts() }.isEmpty)
            try harness.limitDatabase(to: nil)
        }
        #expect(failures == 1)
        let actual = try harness.snapshot()
        #expect(actual.differences(from: expected) == "", "state differs from a run that never ran out of room")
    }

    @Test func aFullDiskOnTheAlertLogKeepsTheDocumentPendingUntilItCanBeWritten() throws {
        let expected = try reference()
        let harness = try Harness()
        try dropSeeds(harness)
        try harness.useFailingAlertLog()
        let failures = try processRetrying(harness) { error in
            #expect(error.code == ENOSPC)
            #expect(error.description.contains("No space left on device"))
            // Recorded and pending: the alerts wait in the database, the file in the drop folder.
            #expect(!(try harness.pipeline.store.read { try $0.unloggedAlerts() }).isEmpty)
            #expect(!(try harness.layout.waitingFiles()).isEmpty)
            #expect(try harness.alertLines().allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
            try harness.restoreAlertLog()
        }
        #expect(failures == 1)
        let actual = try harness.snapshot()
        #expect(actual.differences(from: expected) == "", "state differs from a run never interrupted")
    }
}
