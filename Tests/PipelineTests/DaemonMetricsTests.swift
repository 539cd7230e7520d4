import Settings
import Foundation
import Glibc
import TestSupport
import Testing

@Suite(.serialized) struct DaemonMetricsTests {
    static let ingestedFromDrop = "tally_documents_total{source=\"drop\",outcome=\"ingested\"}"

    /// A daemon that rewrites its metrics file every 50 ms.
    static func daemon(beforeStart: (TallyConfiguration) throws -> Void = { _ in }) throws -> RunningDaemon {
        try RunningDaemon { configuration in
            configuration.metrics = MetricsSettings(file: (configuration.dropFolder as NSString).deletingLastPathComponent + "/tally.prom", interval: 0.05)
            try beforeStart(configuration)
        }
    }

    /// The daemon's metrics file, as node_exporter would read it now.
    static func samples(_ running: RunningDaemon) -> [String: Double]? {
        (try? String(contentsOfFile: try #require(running.configuration.metrics.file), encoding: .utf8)).map(PrometheusText.samples)
    }

    @Test func aDroppedFileMovesTheIngestedCountInTheMetricsFile() throws {
        let running = try Self.daemon()
        #expect(running.waitFor { Self.samples(running)?[Self.ingestedFromDrop] == 0 })
        let seed = try Corpus.seeds()[0]
        _ = FileManager.default.createFile(atPath: running.drop + "/" + seed.name, contents: Data(seed.text.utf8))
        #expect(running.waitFor { Self.samples(running)?[Self.ingestedFromDrop] == 1 })
        let samples = try #require(Self.samples(running))
        #expect(samples["tally_document_processing_seconds_count{source=\"drop\"}"] == 1)
        #expect(samples["tally_documents_total{source=\"drop\",outcome=\"rejected\"}"] == 0)
    }

    @Test func theSeedsAlertsAreCountedByKindAsTheAlertLogHasThem() throws {
        let running = try Self.daemon()
        let seeds = try Corpus.seeds()
        for seed in seeds { _ = FileManager.default.createFile(atPath: running.drop + "/" + seed.name, contents: Data(seed.text.utf8)) }
        #expect(running.waitFor { Self.samples(running)?[Self.ingestedFromDrop] == Double(seeds.count) })
        let lines = try String(contentsOfFile: running.configuration.alertLogPath, encoding: .utf8).split(separator: "\n")
        let kinds = try lines.map { try #require((try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["kind"] as? String) }
        #expect(!kinds.isEmpty)
        let samples = try #require(Self.samples(running))
        for kind in Set(kinds) { #expect(samples["tally_alerts_total{kind=\"\(kind)\"}"] == Double(kinds.count { $0 == kind }), "\(kind)") }
        #expect(samples.filter { $0.key.hasPrefix("tally_alerts_total") }.values.reduce(0, +) == Double(kinds.count))
    }

    @Test func aFileHeldOpenByItsWriterIsPendingUntilItIsTaken() throws {
        var descriptor: Int32 = -1
        let seed = try Corpus.seeds()[1]
        let running = try Self.daemon { configuration in
            try FileManager.default.createDirectory(atPath: configuration.dropFolder, withIntermediateDirectories: true)
            descriptor = open(configuration.dropFolder + "/" + seed.name, O_WRONLY | O_CREAT, 0o644)
            _ = Array(seed.text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
        #expect(running.waitFor { Self.samples(running)?["tally_pending_documents"] == 1 })
        #expect(Self.samples(running)?[Self.ingestedFromDrop] == 0)
        close(descriptor)
        #expect(running.waitFor { Self.samples(running)?[Self.ingestedFromDrop] == 1 })
        #expect(running.waitFor { Self.samples(running)?["tally_pending_documents"] == 0 })
    }
}
