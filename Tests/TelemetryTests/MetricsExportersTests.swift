import Settings
import Foundation
import Glibc
@testable import Telemetry
import TestSupport
import Testing

@Suite struct MetricsExportersTests {
    /// A port nobody listens on right now.
    static func freePort() throws -> UInt16 {
        let (descriptor, port) = try ListeningSocket.open(ListenAddress(host: "127.0.0.1", port: 0, family: .ipv4), backlog: 1)
        close(descriptor)
        return port
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    @Test func applyStartsWhatTheSettingsAskForAndStopsWhatTheyNoLongerDo() throws {
        let folder = try ScratchFolder()
        let metrics = MetricsExposition()
        let exporters = MetricsExporters(logger: LogRecorder().logger) { metrics.render() }
        defer { exporters.stop() }
        let first = folder.path + "/first.prom", second = folder.path + "/second.prom"
        let port = try Self.freePort()
        let listen = ListenAddress(host: "127.0.0.1", port: port, family: .ipv4)
        exporters.apply(MetricsSettings(file: first, interval: 0.05, listen: listen))
        #expect(waitUntil(within: 5) { FileManager.default.fileExists(atPath: first) })
        #expect(waitUntil(within: 5) { (try? RawClient.exchange(port: port, "GET /metrics HTTP/1.1\r\n\r\n"))?.statusLine == "HTTP/1.1 200 OK" })

        exporters.apply(MetricsSettings(file: second, interval: 0.05))
        #expect(waitUntil(within: 5) { FileManager.default.fileExists(atPath: second) })
        #expect(throws: POSIXError.self, "the endpoint is closed") { try RawClient(port: port) }
        let firstWritten = Self.modified(first)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(Self.modified(first) == firstWritten, "the first file is no longer rewritten")

        exporters.stop()
        let secondWritten = Self.modified(second)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(Self.modified(second) == secondWritten)
    }
}
