import Foundation
import Logging
import Settings
import Store
import WebServer

/// The web view's latency over a large database: builds one with `figures` figures
/// (`SyntheticFigures`), serves it with the real `WebServer` on loopback, and times `requests`
/// sequential requests per route over one kept-alive connection, after a few to warm up. Given a
/// new path, the database is built and kept there; given an existing database, that one is
/// opened (its migrations timed) and served instead.
///
///     swift run -c release WebLatency [figures] [requests] [path]
@main
struct WebLatency {
    static func main() throws {
        let (figureCount, requests) = sizes(CommandLine.arguments.dropFirst())
        let kept = CommandLine.arguments.dropFirst().first { Int($0) == nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-web-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = kept ?? folder.appendingPathComponent("tally.sqlite").path
        if FileManager.default.fileExists(atPath: path) {
            let opening = Date()
            try TallyStore(path: path).close()
            print("database: \(path) as it was; opened (migrations included) in \(String(format: "%.1f", Date().timeIntervalSince(opening))) s")
        } else {
            try build(SyntheticFigures(count: figureCount), at: path)
        }

        let store = try TallyStore(path: path)
        let server = WebServer(address: ListenAddress(host: "127.0.0.1", port: 0, family: .ipv4), site: WebSite(store: store),
                               logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() })
        let port = try server.start()
        defer {
            server.stop()
            try? store.close()
        }
        let client = try KeepAliveClient(port: port)
        let (total, disputed) = try store.read { reader in
            (try reader.figures(matching: "", disputedOnly: false, offset: 0, limit: 0).total,
             try reader.figures(matching: "", disputedOnly: true, offset: 0, limit: 0).total)
        }
        let pages = (total + 49) / 50
        let reading = Date()
        _ = try store.read { try $0.figures() }
        print("\(total) figures, \(disputed) disputed; every figure read (as tally figures does, and each page did before) in "
              + "\(String(format: "%.2f", Date().timeIntervalSince(reading))) s; \(pages) pages of 50; \(requests) requests a route\n")

        // Figures from all over the list, in turn: of every eight, the one stated most often.
        let keys = try store.read { reader in
            try (0..<64).compactMap {
                try reader.figures(matching: "", disputedOnly: false, offset: $0 * total / 64, limit: 8).figures.max { $0.mentions < $1.mentions }?.key
            }
        }
        let routes: [(name: String, path: (Int) -> String)] = [
            ("/figures (page 1)", { _ in "/figures" }),
            ("/figures?page=\(pages / 2) (middle)", { _ in "/figures?page=\(pages / 2)" }),
            ("/figures?page=\(pages) (last)", { _ in "/figures?page=\(pages)" }),
            ("/figures?disputed=1", { _ in "/figures?disputed=1" }),
            ("/figures?disputed=1&page=\((disputed + 49) / 50) (last)", { _ in "/figures?disputed=1&page=\((disputed + 49) / 50)" }),
            ("/figures?q=kenya+dead (search)", { _ in "/figures?q=kenya+dead" }),
            ("/figures?q=red+cross+floods (search)", { _ in "/figures?q=red+cross+floods" }),
            ("/api/figures", { _ in "/api/figures" }),
            ("/figures/{key}", { "/figures/" + keys[$0 % keys.count] }),
            ("/api/figures/{key}", { "/api/figures/" + keys[$0 % keys.count] }),
            // No key is this: the figure in every story whose key ends so (a scan of every claim's key).
            ("/figures/{place/measure} (every story)", { "/figures/" + keys[$0 % keys.count].split(separator: "/").dropFirst().joined(separator: "/") }),
        ]
        print("route".padding(toLength: 44, withPad: " ", startingAt: 0) + "     p50      p99      max   body")
        for route in routes {
            for warmUp in 0..<5 { _ = try client.get(route.path(warmUp)) }
            var milliseconds: [Double] = []
            var bodyBytes = 0
            for index in 0..<requests {
                let started = DispatchTime.now().uptimeNanoseconds
                let (status, body) = try client.get(route.path(index))
                milliseconds.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
                guard status == 200 else { throw BenchmarkFailure(description: "\(route.path(index)) answered \(status)") }
                bodyBytes = body.count
            }
            milliseconds.sort()
            let p99 = milliseconds[Int((Double(milliseconds.count) * 0.99).rounded(.up)) - 1]
            print(route.name.padding(toLength: 44, withPad: " ", startingAt: 0)
                  + String(format: "%5.2f ms %5.2f ms %5.2f ms   %d B", milliseconds[milliseconds.count / 2], p99, milliseconds.last!, bodyBytes))
        }
    }

    static func build(_ synthetic: SyntheticFigures, at path: String) throws {
        let building = Date()
        let store = try TallyStore(path: path)
        let written = try synthetic.write(to: store)
        try store.close()
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("database: \(synthetic.count) figures, \(written.articles) articles, \(written.claims) claims; built in "
              + "\(String(format: "%.1f", Date().timeIntervalSince(building))) s; \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB")
    }

    /// `[figures] [requests]`, each with its default.
    static func sizes(_ arguments: ArraySlice<String>) -> (figures: Int, requests: Int) {
        let numbers = arguments.compactMap { Int($0) }
        return (numbers.first ?? 100_000, numbers.dropFirst().first ?? 500)
    }
}
