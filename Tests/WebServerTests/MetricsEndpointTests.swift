import CoreMetrics
import Foundation
import Glibc
import Logging
import Settings
import Telemetry
import TestSupport
import Testing
import WebServer

/// `[metrics] listen`: a server with /metrics alone, as the daemon starts it when the address is
/// not `[web] listen`'s. It renders the registry the daemon records into at each request.
final class MetricsServer {
    let metrics = MetricsExposition()
    let server: WebServer
    let port: UInt16

    init(host: String = "127.0.0.1", family: ListenAddress.Family = .ipv4, port: UInt16 = 0, idleTimeout: Duration = .seconds(10)) throws {
        let metrics = self.metrics
        server = WebServer(address: ListenAddress(host: host, port: port, family: family), site: WebSite(metrics: { metrics.render() }),
                           logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }, idleTimeout: idleTimeout)
        self.port = UInt16(try server.start())
    }

    /// Not waited for (see `ServedStore.deinit`).
    deinit { Thread { [server] in server.stop() }.start() }
}

@Suite(.serialized) struct MetricsEndpointTests {
    static let ingested = "tally_documents_total{source=\"drop\",outcome=\"ingested\"}"

    @Test func theExpositionIsServedInTheTextFormatWithTheValuesOfTheMoment() throws {
        let served = try MetricsServer()
        let counter = Counter(label: "tally_documents_total", dimensions: [("source", "drop"), ("outcome", "ingested")], factory: served.metrics.factory)
        let before = try RawClient.get(port: served.port, "/metrics")
        #expect(before.statusLine == "HTTP/1.1 200 OK")
        #expect(before.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(before.headers["content-length"] == String(before.body.utf8.count))
        #expect(before.body.contains("# TYPE tally_documents_total counter\n"))
        #expect(PrometheusText.samples(before.body)[Self.ingested] == 0)
        counter.increment(by: 2)
        #expect(PrometheusText.samples(try RawClient.get(port: served.port, "/metrics").body)[Self.ingested] == 2)
        #expect(try RawClient.get(port: served.port, "/metrics?format=text").statusLine == "HTTP/1.1 200 OK")
    }

    @Test func everyOtherPathIsNotFound() throws {
        let served = try MetricsServer()
        // The web view's paths too: this server has no database.
        for path in ["/", "/metricsx", "/favicon.ico", "/figures", "/api/alerts", "/api/alerts/stream", "/api/openapi.json"] {
            let response = try RawClient.get(port: served.port, path)
            #expect(response.statusLine == "HTTP/1.1 404 Not Found", "\(path)")
            #expect(!response.body.contains("tally_"), "\(path)")
        }
        let post = try RawClient.exchange(port: served.port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        #expect(post.statusLine == "HTTP/1.1 404 Not Found")
        #expect(try RawClient.get(port: served.port, "/healthz").statusLine == "HTTP/1.1 200 OK", "liveness, for a probe")
    }

    @Test func anIPv6AddressIsListenedOnAsWritten() throws {
        let served = try MetricsServer(host: "::1", family: .ipv6)
        #expect(try RawClient.get(port: served.port, "/metrics", ipv6: true).statusLine == "HTTP/1.1 200 OK")
        #expect(throws: POSIXError.self, "not on IPv4") { try RawClient(port: served.port) }
    }

    @Test func aPortInUseIsAnErrorThatSaysWhatToDo() async throws {
        let first = try MetricsServer()
        let port = first.port
        // Off the cooperative threads: a server that fails to start needs one to wind down.
        let description = try await offThePool { () -> String in
            do {
                _ = try MetricsServer(port: port)
                return "started"
            } catch let error as WebServerError {
                return error.description
            }
        }
        #expect(description.hasPrefix("cannot listen on 127.0.0.1:\(first.port): "), "\(description)")
        #expect(description.contains("in use"), "the system's reason: \(description)")
        #expect(description.contains("choose another in [web] listen or [metrics] listen"), "\(description)")
        #expect(try RawClient.get(port: first.port, "/metrics").statusLine == "HTTP/1.1 200 OK", "the first still serves")
    }

    @Test(.timeLimit(.minutes(1))) func aStoppedServerNoLongerListens() async throws {
        let served = try MetricsServer()
        #expect(try RawClient.get(port: served.port, "/metrics").statusLine == "HTTP/1.1 200 OK")
        let server = served.server
        try await offThePool { server.stop() }
        #expect(throws: POSIXError.self) { try RawClient(port: served.port) }
    }

    @Test func aClientThatNeverFinishesItsRequestIsCutOffAndHoldsUpNobody() throws {
        let served = try MetricsServer(idleTimeout: .milliseconds(300))
        let stalled = try RawClient(port: served.port)
        defer { close(stalled.descriptor) }
        stalled.send("GET /metr")
        #expect(try RawClient.get(port: served.port, "/metrics").statusLine == "HTTP/1.1 200 OK")
        #expect(stalled.receive(within: 5) == [], "closed by the server")
    }
}
