import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Glibc
import Store
import TestSupport
import Testing

/// The web view as an operator gets it: from the running daemon (`[web] listen`) and from
/// `tally serve` over a database no daemon writes to.
@Suite(.serialized) struct WebViewTests {
    /// A port nobody listens on right now.
    static func freePort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        try #require(bound)
        return UInt16(bigEndian: address.sin_port)
    }

    static func get(_ port: UInt16, _ path: String) async throws -> (status: Int, body: String) {
        let (data, response) = try await URLSession.shared.data(from: try #require(URL(string: "http://127.0.0.1:\(port)\(path)")))
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    static let troops = "north-korea/troops/sent-to-russia"

    @Test func theDaemonServesTheSeedsFiguresTheirTimelineAndTheAlertFeed() async throws {
        let port = try Self.freePort()
        let daemon = try DaemonProcess(extra: "[web]\nlisten = \"127.0.0.1:\(port)\"")
        try daemon.start()
        let seeds = try Corpus.seeds()
        for seed in seeds { daemon.drop(seed.name, seed.text) }
        #expect(waitUntil(within: 30) { seeds.allSatisfy { daemon.exists("processed/" + $0.name) } })
        let store = try daemon.store()
        let key = try #require(try store.read { try $0.figures() }.first { $0.key.hasSuffix(Self.troops) }?.key)

        #expect(try await Self.get(port, "/healthz").status == 200)
        let list = try await Self.get(port, "/figures")
        #expect(list.status == 200)
        #expect(list.body.contains(key))
        let figure = try await Self.get(port, "/figures/" + key)
        #expect(figure.status == 200)
        #expect(figure.body.contains("<svg"), "the timeline is drawn on the server")
        for value in ["12,000", "10,000"] { #expect(figure.body.contains(value), "\(value) on the figure's page") }
        let feed = try await Self.get(port, "/alerts.atom")
        #expect(feed.status == 200)
        let alerts = try store.read { try $0.alerts() }
        #expect(feed.body.components(separatedBy: "<entry").count - 1 == alerts.count, "one entry per alert")
        #expect(daemon.stop() == 0)
    }

    @Test func tallyServeServesADatabaseNoDaemonWritesAndStopsOnSIGTERM() async throws {
        let daemon = try DaemonProcess()
        let seeds = try Corpus.seeds()
        for seed in seeds { daemon.drop(seed.name, seed.text) }
        let ingest = try DaemonProcess.runToExit(["ingest", "--config", daemon.configurationPath] + seeds.map { daemon.drop + "/" + $0.name })
        #expect(ingest.status == 0, "\(ingest.errors)")

        let port = try Self.freePort()
        let serve = Process()
        serve.executableURL = URL(filePath: DaemonProcess.binary)
        serve.arguments = ["serve", "--config", daemon.configurationPath, "--listen", "127.0.0.1:\(port)"]
        let errors = Pipe()
        serve.standardError = errors
        try serve.run()
        defer { if serve.isRunning { kill(serve.processIdentifier, SIGKILL) } }
        #expect(waitUntil(within: 20) { (try? RawGet.status(port: port, "/healthz")) == 200 })
        let api = try await Self.get(port, "/api/figures")
        #expect(api.status == 200)
        #expect(api.body.contains(Self.troops))
        kill(serve.processIdentifier, SIGTERM)
        serve.waitUntilExit()
        #expect(serve.terminationStatus == 0)
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(said.contains("serving the web view on http://127.0.0.1:\(port)/figures"), "\(said)")
    }
}

/// A blocking GET for polling until a server is up (URLSession's calls are async).
enum RawGet {
    static func status(port: UInt16, _ path: String) throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 12 else { throw POSIXError(.EIO) }
        return Int(String(decoding: buffer[9..<12], as: UTF8.self)) ?? 0
    }
}
