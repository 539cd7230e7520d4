import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Logging
import Model
import Settings
import Store
import Testing
import WebPages
import WebServer

/// A server on an ephemeral loopback port over a real database in a temporary folder.
final class ServedStore {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-web-\(UUID().uuidString)").path
    let store: TallyStore
    let server: WebServer
    let port: Int
    /// What the daemon (or `tally serve`'s watch on the alert log) rings after a commit.
    let alertsCommitted = Broadcast()

    init(token: String? = nil, metrics: (@Sendable () -> [UInt8])? = nil) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        store = try TallyStore(path: folder + "/tally.sqlite")
        server = WebServer(address: ListenAddress(host: "127.0.0.1", port: 0, family: .ipv4),
                           // An hour: a stream that gets an alert in a test got it from the signal.
                           site: WebSite(store: store, metrics: metrics, token: token, alertsCommitted: alertsCommitted, streamFallback: .seconds(3600)),
                           logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        port = try server.start()
    }

    /// On a thread of its own, not waited for: a stop needs one of Swift's cooperative threads,
    /// which the test releasing this may hold (see `offThePool`).
    deinit {
        Thread { [server, store, folder] in
            server.stop()
            try? store.close()
            try? FileManager.default.removeItem(atPath: folder)
        }.start()
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> (status: Int, headers: [String: String], body: String) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields { fields[String(describing: name).lowercased()] = String(describing: value) }
        return (http.statusCode, fields, String(decoding: data, as: UTF8.self))
    }
}

@Suite(.serialized) struct WebServerTests {
    @Test func everyPageAnswersWithAStrictPolicy() async throws {
        let served = try ServedStore()
        for path in ["/figures", "/alerts", "/alerts.atom", "/api/figures", "/api/alerts?after=0", "/api/openapi.json", "/healthz", "/static/tally.css"] {
            let response = try await served.get(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-security-policy"]?.hasPrefix("default-src 'none'") == true, "\(path)")
            #expect(response.headers["x-content-type-options"] == "nosniff")
        }
        #expect(try await served.get("/figures/no/such/key").status == 404)
        #expect(try await served.get("/metrics").status == 404)
    }

    @Test func metricsAreInTheExpositionFormat() async throws {
        let served = try ServedStore(metrics: { Array("# TYPE tally_x counter\ntally_x 3\n".utf8) })
        let response = try await served.get("/metrics")
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
        #expect(response.body == "# TYPE tally_x counter\ntally_x 3\n")
        #expect(try await served.get("/metric").status == 404)
    }

    @Test func aTokenIsRequiredWhenConfigured() async throws {
        let served = try ServedStore(token: "0123456789abcdef0123")
        #expect(try await served.get("/figures").status == 401)
        #expect(try await served.get("/figures", headers: ["Authorization": "Bearer wrong"]).status == 401)
        #expect(try await served.get("/figures", headers: ["Authorization": "Bearer 0123456789abcdef0123"]).status == 200)
        #expect(try await served.get("/healthz").status == 200)
    }

    @Test func listeningBeyondLoopbackNeedsAToken() {
        #expect(WebSettings(listen: ListenAddress(host: "127.0.0.1", port: 8080, family: .ipv4)).problem == nil)
        #expect(WebSettings(listen: ListenAddress(host: "0.0.0.0", port: 8080, family: .ipv4)).problem?.contains("[web] token") == true)
        #expect(WebSettings(listen: ListenAddress(host: "0.0.0.0", port: 8080, family: .ipv4), token: String(repeating: "k", count: 24)).problem == nil)
    }
}
