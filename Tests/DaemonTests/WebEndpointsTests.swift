@testable import Daemon
import Foundation
import Glibc
import Logging
import Settings
import Store
import TestSupport
import Testing
import WebServer

/// The daemon's servers across reloads, over a real database, on loopback ports. Each change
/// runs off Swift's cooperative threads (`offThePool`): it may stop a server. Used by one test,
/// one call at a time.
final class Endpoints: @unchecked Sendable {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-endpoints-\(UUID().uuidString)").path
    let store: TallyStore
    let log = LogRecorder()
    let endpoints: WebEndpoints

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try TallyStore(path: folder + "/tally.sqlite")
        endpoints = WebEndpoints(logger: log.logger, metrics: { Array("tally_up 1\n".utf8) }, alertsCommitted: Broadcast(), streamFallback: .seconds(3600))
    }

    /// Not waited for: the test releasing this may hold a cooperative thread.
    deinit {
        nonisolated(unsafe) let endpoints = endpoints
        let store = store
        Thread { [folder] in
            endpoints.stop()
            try? store.close()
            try? FileManager.default.removeItem(atPath: folder)
        }.start()
    }

    func apply(web: UInt16? = nil, metrics: UInt16? = nil) async throws {
        let address = { (port: UInt16) in ListenAddress(host: "127.0.0.1", port: port, family: .ipv4) }
        let plans = EndpointPlan.plans(web: WebSettings(listen: web.map(address)), metrics: MetricsSettings(listen: metrics.map(address)))
        try await offThePool { self.endpoints.apply(plans, store: self.store) }
    }

    func stopPages() async throws { try await offThePool { self.endpoints.stopPages() } }

    func stop() async throws { try await offThePool { self.endpoints.stop() } }

    static func status(_ port: UInt16, _ path: String) -> String? {
        (try? RawClient.get(port: port, path))?.statusLine
    }
}

@Suite(.serialized) struct WebEndpointsTests {
    @Test func aReloadMovesTheMetricsEndpointAndLeavesTheWebViewServing() async throws {
        let running = try Endpoints()
        let web = try RawClient.freePort(), first = try RawClient.freePort(), second = try RawClient.freePort()
        try await running.apply(web: web, metrics: first)
        #expect(Endpoints.status(first, "/metrics") == "HTTP/1.1 200 OK")
        #expect(Endpoints.status(web, "/figures") == "HTTP/1.1 200 OK")
        // Identity, not a kept-alive connection, says "not restarted": on a loaded machine the
        // reload may outlast the server's idle timeout, which would close a connection anyway.
        let webServer = running.endpoints.server(at: web)

        try await running.apply(web: web, metrics: second)
        #expect(Endpoints.status(second, "/metrics") == "HTTP/1.1 200 OK")
        #expect(throws: POSIXError.self, "the old address is closed") { try RawClient(port: first) }
        #expect(webServer != nil && running.endpoints.server(at: web) === webServer, "the web view was not restarted")
        #expect(Endpoints.status(web, "/figures") == "HTTP/1.1 200 OK")

        try await running.apply(web: web)
        #expect(throws: POSIXError.self) { try RawClient(port: second) }
        #expect(running.endpoints.serving.map(\.address.port) == [web])
    }

    @Test func oneAddressForTheWebViewAndMetricsIsOneServerWithBoth() async throws {
        let running = try Endpoints()
        let port = try RawClient.freePort()
        try await running.apply(web: port, metrics: port)
        #expect(running.endpoints.serving.count == 1)
        #expect(running.log.messages(atLeast: .warning) == [], "never bound twice")
        #expect(Endpoints.status(port, "/metrics") == "HTTP/1.1 200 OK")
        #expect(Endpoints.status(port, "/figures") == "HTTP/1.1 200 OK")
    }

    @Test func aPortInUseIsLoggedAndTriedAgainOnTheNextReload() async throws {
        let holder = try Endpoints(), running = try Endpoints()
        let port = try RawClient.freePort()
        try await holder.apply(metrics: port)
        try await running.apply(metrics: port)
        #expect(running.endpoints.serving == [])
        #expect(running.log.messages(at: .error) == ["cannot serve metrics; going on without it (a reload tries again)"])
        try await holder.stop()
        try await running.apply(metrics: port)
        #expect(running.endpoints.serving.count == 1)
        #expect(Endpoints.status(port, "/metrics") == "HTTP/1.1 200 OK")
    }

    @Test func stoppingThePagesLeavesAMetricsServerOfItsOwnServing() async throws {
        let running = try Endpoints()
        let web = try RawClient.freePort(), metrics = try RawClient.freePort()
        try await running.apply(web: web, metrics: metrics)
        try await running.stopPages()
        #expect(throws: POSIXError.self) { try RawClient(port: web) }
        #expect(Endpoints.status(metrics, "/metrics") == "HTTP/1.1 200 OK")
        try await running.apply(web: web, metrics: metrics)
        #expect(Endpoints.status(web, "/healthz") == "HTTP/1.1 200 OK", "the next apply starts them again")
    }
}
