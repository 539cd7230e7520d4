import Configuration
import DropFolder
import Foundation
import Glibc
import Store
import TestSupport
import Testing

/// Reports of a flood whose toll moves from report to report, worded differently each time.
enum FloodReports {
    static func make(count: Int, seed: UInt64) -> [(name: String, text: String)] {
        var random = SplitMix64(seed: seed)
        let claimants = ["the regional health ministry said", "Governor Ana Silva told reporters", "according to the Red Cross"]
        let filler = ["rescue", "crews", "worked", "through", "the", "night", "along", "the", "river", "banks", "while", "residents",
                      "waited", "on", "rooftops", "for", "boats", "and", "helicopters", "as", "roads", "stayed", "closed", "after", "heavy", "rain"]
        return (0..<count).map { index in
            let deaths = 10 + Int.random(in: 0...4, using: &random) * 3
            let evacuated = 1000 * Int.random(in: 2...6, using: &random)
            let who = claimants[Int.random(in: 0..<claimants.count, using: &random)]
            let story = (0..<60).map { _ in filler[Int.random(in: 0..<filler.count, using: &random)] }.joined(separator: " ")
            let text = """
                Riverton flood: update \(index + 1)

                At least \(deaths) people have died in the Riverton floods, \(who). About \(evacuated) residents were evacuated from low-lying districts.

                \(story.prefix(1).uppercased() + story.dropFirst()).
                """
            return (String(format: "flood-%03d.txt", index), text)
        }
    }
}

@Suite struct KilledDaemonTests {
    static let binary = Corpus.repository.appendingPathComponent(".build/debug/tally").path

    @Test func killedAtRandomMomentsAndRestartedEndsAsARunNeverKilled() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the executable first: swift build")
        let documents = try Corpus.seeds() + FloodReports.make(count: 150, seed: 7)

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
        for document in documents {
            FileManager.default.createFile(atPath: layout.folder + "/" + document.name, contents: Data(document.text.utf8))
        }

        var random = SplitMix64(seed: 2024)
        var kills = 0
        while !(try layout.waitingFiles()).isEmpty, kills < 100 {
            let process = try launch(configurationPath)
            Thread.sleep(forTimeInterval: Double.random(in: 0.01...0.2, using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
        }
        // One last clean run finishes whatever the last kill interrupted, then stops on SIGTERM.
        let last = try launch(configurationPath)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !(try layout.waitingFiles()).isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.3)
        kill(last.processIdentifier, SIGTERM)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        print("killed the daemon \(kills) times over \(documents.count) documents")
        #expect(kills >= 3)

        let store = try TallyStore(path: root + "/var/tally.sqlite")
        let actual = try Harness.Snapshot(store: store, alertLogPath: root + "/var/alerts.jsonl", layout: layout).withoutTimes
        #expect(actual.differences(from: expected) == "", "state differs from a run never interrupted")
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
