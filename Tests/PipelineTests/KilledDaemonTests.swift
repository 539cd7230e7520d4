import Configuration
import DropFolder
import Foundation
import Glibc
import Store
import TestSupport
import Testing

/// Reports of a flood whose toll moves from report to report, worded differently each time; among
/// them, as feeds and wires deliver them, exact copies under other names (the same bytes) and
/// lightly edited copies (near-duplicates that restate the figures).
enum FloodReports {
    static func make(count: Int, seed: UInt64) -> [(name: String, text: String)] {
        var random = SplitMix64(seed: seed)
        let claimants = ["the regional health ministry said", "Governor Ana Silva told reporters", "according to the Red Cross"]
        let filler = ["rescue", "crews", "worked", "through", "the", "night", "along", "the", "river", "banks", "while", "residents",
                      "waited", "on", "rooftops", "for", "boats", "and", "helicopters", "as", "roads", "stayed", "closed", "after", "heavy", "rain"]
        var reports: [(name: String, text: String)] = []
        for index in 0..<count {
            let name = String(format: "flood-%05d.txt", index)
            if index >= 10, index % 10 == 0 {
                reports.append((name, reports[Int.random(in: 0..<index, using: &random)].text))
                continue
            }
            if index >= 10, index % 7 == 0 {
                reports.append((name, reports[index - 1 - Int.random(in: 0..<5, using: &random)].text + "\n\nThis story has been updated."))
                continue
            }
            let deaths = 10 + Int.random(in: 0...4, using: &random) * 3
            let evacuated = 1000 * Int.random(in: 2...6, using: &random)
            let who = claimants[Int.random(in: 0..<claimants.count, using: &random)]
            let story = (0..<60).map { _ in filler[Int.random(in: 0..<filler.count, using: &random)] }.joined(separator: " ")
            reports.append((name, """
                Riverton flood: update \(index + 1)

                At least \(deaths) people have died in the Riverton floods, \(who). About \(evacuated) residents were evacuated from low-lying districts.

                \(story.prefix(1).uppercased() + story.dropFirst()).
                """))
        }
        return reports
    }
}

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
