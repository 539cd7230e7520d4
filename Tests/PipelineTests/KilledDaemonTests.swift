import Settings
import DropFolder
import Foundation
import Glibc
import Store
import TestSupport
import Testing

/// The daemon killed with SIGKILL at random moments while documents keep arriving, restarted each
/// time, ends exactly where a run never killed ends: the same documents, articles, claims,
/// alerts and alert-log lines, every file in its place. CI runs a short form; the long form is
/// `Tests/fault-injection.sh` (a few thousand documents).
@Suite struct KilledDaemonTests {
    static let binary = ProcessInfo.processInfo.environment["TALLY_BINARY"] ?? Corpus.repository.appendingPathComponent(".build/debug/tally").path
    static let documentCount = ProcessInfo.processInfo.environment["TALLY_FAULT_DOCUMENTS"].flatMap(Int.init) ?? 250
    /// Documents arriving per second while the daemon is killed and restarted.
    static let arrivalRate = ProcessInfo.processInfo.environment["TALLY_FAULT_RATE"].flatMap(Double.init) ?? 150

    @Test func killedAtRandomMomentsAndRestartedEndsAsARunNeverKilled() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the executable first: swift build")
        let documents = try Corpus.seeds() + FloodReports.make(count: Self.documentCount, seed: 7)

        let reference = try Harness()
        for document in documents { reference.drop(document.name, document.text) }
        try reference.processWaiting()
        let expected = try reference.snapshot().withoutTimes
        #expect(!expected.alerts.isEmpty)

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-killed-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let layout = DropFolderLayout(folder: root + "/var/drop")
        try layout.prepare()
        let configurationPath = root + "/tally.toml"
        try """
            [storage]
            database = "\(root)/var/tally.sqlite"
            [drop]
            folder = "\(layout.folder)"
            settle_seconds = 0
            [alerts]
            log = "\(root)/var/alerts.jsonl"
            [log]
            level = "error"
            """.write(toFile: configurationPath, atomically: true, encoding: .utf8)

        // Files arrive while the daemon runs and dies: written under a partial name and renamed
        // in, as a careful producer does, in name order.
        let arrived = DispatchSemaphore(value: 0)
        Thread {
            for document in documents {
                let partial = layout.folder + "/" + document.name + ".part"
                FileManager.default.createFile(atPath: partial, contents: Data(document.text.utf8))
                rename(partial, layout.folder + "/" + document.name)
                Thread.sleep(forTimeInterval: 1 / Self.arrivalRate)
            }
            arrived.signal()
        }.start()

        var random = SplitMix64(seed: 2024)
        var kills = 0
        var allArrived = false
        while try !allArrived || !layout.waitingFiles().isEmpty, kills < 2_000 {
            let process = try launch(configurationPath)
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...0.3, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            allArrived = allArrived || arrived.wait(timeout: .now()) == .success
        }
        // One last clean run finishes whatever the last kill interrupted, then stops on SIGTERM.
        let last = try launch(configurationPath)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !(try layout.waitingFiles()).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.3)
        kill(last.processIdentifier, SIGTERM)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        print("killed the daemon \(kills) times over \(documents.count) documents arriving at \(Int(Self.arrivalRate))/s")
        #expect(kills >= 3)

        let store = try TallyStore(path: root + "/var/tally.sqlite")
        let actual = try Harness.Snapshot(store: store, alertLogPath: root + "/var/alerts.jsonl", layout: layout).withoutTimes
        #expect(actual.differences(from: expected) == "", "state differs from a run never interrupted")
        // What the long form prints to compare one version of Tally with another.
        print("end state: \(actual.summary)")
        #expect(actual.processed.count + actual.rejected.filter { !$0.hasSuffix(".reason") }.count == documents.count, "every file in exactly one place")
    }

    private func launch(_ configurationPath: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(filePath: Self.binary)
        process.arguments = ["run", "--config", configurationPath]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
