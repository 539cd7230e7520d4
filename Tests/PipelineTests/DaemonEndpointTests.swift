import Daemon
import Foundation
import OrderedJSON
import Settings
import TestSupport
import Testing

/// The daemon's HTTP endpoints as an operator meets them: the event stream woken by the
/// daemon's own commits, and `[metrics] listen` moved by a reload.
@Suite(.serialized) struct DaemonEndpointTests {
    static func loopback(_ port: UInt16) -> ListenAddress { ListenAddress(host: "127.0.0.1", port: port, family: .ipv4) }

    @Test(.timeLimit(.minutes(1))) func anOpenStreamGetsTheAlertsTheDaemonCommitsAsItCommitsThem() async throws {
        let port = try RawClient.freePort()
        // Streams look on their own once an hour: what arrives in this test came from the commits.
        let running = try RunningDaemon(beforeStart: { $0.web.listen = Self.loopback(port) }, prepare: { $0.eventStreamFallback = .seconds(3600) })
        let client = try EventStreamClient(port: port, path: "/api/alerts/stream")
        #expect(client.response.statusLine == "HTTP/1.1 200 OK")
        for seed in try Corpus.seeds() { _ = FileManager.default.createFile(atPath: running.drop + "/" + seed.name, contents: Data(seed.text.utf8)) }
        let first = try #require(client.next(within: 20), "the first alert")
        #expect(first.id == "1")
        #expect(first.name == "alert")
        let line = try JSONValue.parse(first.data)
        #expect(line["id"]?.integerValue == 1)
        // Rung at the commit, before the line is appended to the log.
        let logPath = running.configuration.alertLogPath
        let firstLine = { (try? String(contentsOfFile: logPath, encoding: .utf8))?.split(separator: "\n").first.map(String.init) }
        #expect(await eventually { firstLine() != nil })
        #expect(try JSONValue.parse(try #require(firstLine())) == line, "the alert log's line")
        try await offThePool { running.stop() }
    }

    @Test(.timeLimit(.minutes(1))) func aReloadMovesTheMetricsEndpoint() async throws {
        let first = try RawClient.freePort(), second = try RawClient.freePort()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-endpoint-reload-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let configurationPath = root + "/tally.toml"
        var paths = ""
        let running = try RunningDaemon(beforeStart: { configuration in
            configuration.metrics.listen = Self.loopback(first)
            paths = "[storage]\ndatabase = \"\(configuration.databasePath)\"\n[drop]\nfolder = \"\(configuration.dropFolder)\"\n[alerts]\nlog = \"\(configuration.alertLogPath)\"\n"
        }, configurationPath: configurationPath)
        #expect(await eventually { (try? RawClient.get(port: first, "/metrics"))?.statusLine == "HTTP/1.1 200 OK" })
        #expect(PrometheusText.samples(try RawClient.get(port: first, "/metrics").body)["tally_pending_documents"] == 0)

        try (paths + "[metrics]\nlisten = \"127.0.0.1:\(second)\"\n").write(toFile: configurationPath, atomically: true, encoding: .utf8)
        running.daemon.requestReload()
        // The reload stops a server: that needs a cooperative thread, which this wait leaves free.
        #expect(await eventually { (try? RawClient.get(port: second, "/metrics"))?.statusLine == "HTTP/1.1 200 OK" })
        #expect(throws: POSIXError.self, "the old address is closed") { try RawClient(port: first) }
        try await offThePool { running.stop() }
    }
}
