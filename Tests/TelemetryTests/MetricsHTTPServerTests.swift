import Settings
import CoreMetrics
import Foundation
import Glibc
import Logging
@testable import Telemetry
import TestSupport
import Testing

/// A server on 127.0.0.1 with a port the system chose, rendering a registry of the test's own.
final class RunningServer {
    let metrics = MetricsExposition()
    let log = LogRecorder()
    let server: MetricsHTTPServer
    let port: UInt16

    init(limits: MetricsHTTPServer.Limits = .init()) throws {
        let metrics = self.metrics
        server = try MetricsHTTPServer(address: ListenAddress(host: "127.0.0.1", port: 0, family: .ipv4), limits: limits, logger: log.logger) {
            metrics.render()
        }
        server.start()
        port = try #require(server.listeningPort(within: 5))
    }

    deinit { server.stop() }

    func get(_ path: String) throws -> HTTPExchange {
        try RawClient.exchange(port: port, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n")
    }
}

@Suite struct MetricsHTTPServerTests {
    @Test func getMetricsAnswersWithTheTextExpositionFormat() throws {
        let running = try RunningServer()
        Counter(label: "tally_documents_total", dimensions: [("source", "drop"), ("outcome", "ingested")], factory: running.metrics.factory).increment()
        let response = try running.get("/metrics")
        #expect(response.statusLine == "HTTP/1.1 200 OK")
        #expect(response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(response.headers["content-length"] == String(response.body.utf8.count))
        #expect(response.body.contains("# TYPE tally_documents_total counter\n"))
        #expect(PrometheusText.samples(response.body)["tally_documents_total{source=\"drop\",outcome=\"ingested\"}"] == 1)
        #expect(try running.get("/metrics?format=text").statusLine == "HTTP/1.1 200 OK")
    }

    @Test func otherPathsAreNotFoundAndOtherMethodsNotAllowed() throws {
        let running = try RunningServer()
        for path in ["/", "/metrics/", "/metricsx", "/favicon.ico"] {
            let response = try running.get(path)
            #expect(response.statusLine == "HTTP/1.1 404 Not Found", "\(path)")
            #expect(!response.body.contains("tally_"))
        }
        let post = try RawClient.exchange(port: running.port, "POST /metrics HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
        #expect(post.statusLine == "HTTP/1.1 405 Method Not Allowed")
        #expect(post.headers["allow"] == "GET")
        #expect(try RawClient.exchange(port: running.port, "HELLO\r\n\r\n").statusLine == "HTTP/1.1 400 Bad Request")
    }

    @Test func aRequestOverTheSizeBoundIsRefused() throws {
        let running = try RunningServer(limits: .init(maxRequestBytes: 1024))
        let padded = "GET /metrics HTTP/1.1\r\nX-Padding: \(String(repeating: "a", count: 4000))\r\n\r\n"
        let refused = try RawClient.exchange(port: running.port, padded)
        #expect(refused.statusLine == "HTTP/1.1 431 Request Header Fields Too Large")
        #expect(!refused.body.contains("tally_"))
        // A head that never ends is refused as soon as it passes the bound.
        let endless = try RawClient(port: running.port)
        endless.send("GET /metrics HTTP/1.1\r\nX-Padding: \(String(repeating: "a", count: 2000))")
        #expect(HTTPExchange(endless.readToEnd()).statusLine == "HTTP/1.1 431 Request Header Fields Too Large")
        #expect(try running.get("/metrics").statusLine == "HTTP/1.1 200 OK", "still serving")
    }

    @Test func aClientThatStallsHoldsUpNobodyAndIsCutOffInTime() throws {
        let running = try RunningServer(limits: .init(clientTimeout: .milliseconds(400)))
        let stalled = try RawClient(port: running.port)
        stalled.send("GET /metr")
        let started = Date()
        #expect(try running.get("/metrics").statusLine == "HTTP/1.1 200 OK")
        #expect(Date().timeIntervalSince(started) < 0.3)
        let cutOff = HTTPExchange(stalled.readToEnd())
        #expect(cutOff.statusLine == "HTTP/1.1 408 Request Timeout")
        #expect(Date().timeIntervalSince(started) < 2)
    }

    @Test func clientsBeyondTheConnectionLimitWaitForAFreeSlot() throws {
        let running = try RunningServer(limits: .init(maxConnections: 2, clientTimeout: .milliseconds(500)))
        let idle = try [RawClient(port: running.port), RawClient(port: running.port)]
        let started = Date()
        #expect(try running.get("/metrics").statusLine == "HTTP/1.1 200 OK")
        #expect(Date().timeIntervalSince(started) > 0.3, "answered only once an idle client was cut off")
        for client in idle { _ = client.readToEnd() }
    }

    @Test func aTakenPortIsLoggedOnceAndTakenWhenItIsFree() throws {
        let (blocker, port) = try ListeningSocket.open(ListenAddress(host: "127.0.0.1", port: 0, family: .ipv4), backlog: 1)
        let log = LogRecorder()
        let server = try MetricsHTTPServer(address: ListenAddress(host: "127.0.0.1", port: port, family: .ipv4),
                                           limits: .init(retryInterval: .milliseconds(50)), logger: log.logger) { [] }
        server.start()
        defer { server.stop() }
        #expect(server.listeningPort(within: 0.4) == nil)
        #expect(log.messages(at: .error).count == 1)
        #expect(log.messages(at: .error).first?.hasPrefix("cannot serve metrics") == true)
        close(blocker)
        #expect(server.listeningPort(within: 5) == port)
        #expect(try RawClient.exchange(port: port, "GET /metrics HTTP/1.1\r\n\r\n").statusLine == "HTTP/1.1 200 OK")
    }

    @Test func anIPv6AddressIsListenedOnAsWritten() throws {
        let server = try MetricsHTTPServer(address: ListenAddress(host: "::1", port: 0, family: .ipv6), logger: LogRecorder().logger) { [] }
        server.start()
        defer { server.stop() }
        let port = try #require(server.listeningPort(within: 5))
        let client = try RawClient(port: port, ipv6: true)
        client.send("GET /metrics HTTP/1.1\r\n\r\n")
        #expect(HTTPExchange(client.readToEnd()).statusLine == "HTTP/1.1 200 OK")
        #expect(throws: POSIXError.self, "not on IPv4") { try RawClient(port: port) }
    }

    @Test func aStoppedServerNoLongerListens() throws {
        var running: RunningServer? = try RunningServer()
        let port = try #require(running?.port)
        #expect(try RawClient.exchange(port: port, "GET /metrics HTTP/1.1\r\n\r\n").statusLine == "HTTP/1.1 200 OK")
        running = nil
        #expect(throws: POSIXError.self) { try RawClient(port: port) }
    }
}

@Suite struct RequestHeadTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func theRequestLineIsReadOnceTheHeadIsIn() {
        #expect(RequestHead.parse(Self.bytes("GET /metrics HTTP/1.1\r\nHost: x\r\n"), limit: 100) == .incomplete)
        #expect(RequestHead.parse(Self.bytes("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n"), limit: 100) == .request(method: "GET", path: "/metrics"))
        #expect(RequestHead.parse(Self.bytes("GET /metrics?a=b HTTP/1.0\r\n\r\n"), limit: 100) == .request(method: "GET", path: "/metrics"))
        #expect(RequestHead.parse(Self.bytes("DELETE / HTTP/1.1\r\n\r\n"), limit: 100) == .request(method: "DELETE", path: "/"))
    }

    @Test func aHeadLongerThanTheLimitIsTooLarge() {
        let head = "GET /metrics HTTP/1.1\r\nX: \(String(repeating: "a", count: 60))\r\n\r\n"
        #expect(RequestHead.parse(Self.bytes(head), limit: head.utf8.count - 4) == .request(method: "GET", path: "/metrics"))
        #expect(RequestHead.parse(Self.bytes(head), limit: head.utf8.count - 5) == .tooLarge)
        #expect(RequestHead.parse(Self.bytes(String(repeating: "a", count: 50)), limit: 46) == .tooLarge)
        #expect(RequestHead.parse(Self.bytes(String(repeating: "a", count: 49)), limit: 46) == .incomplete)
    }

    @Test(arguments: ["HELLO\r\n\r\n", "GET /metrics\r\n\r\n", "GET metrics HTTP/1.1\r\n\r\n", "GET /metrics HTTP/2\r\n\r\n",
                      "GET  /metrics HTTP/1.1\r\n\r\n", " /metrics HTTP/1.1\r\n\r\n"])
    func anythingElseIsMalformed(text: String) {
        #expect(RequestHead.parse(Self.bytes(text), limit: 100) == .malformed)
    }
}
