import Foundation
import LoopbackHTTP
import OrderedJSON
import Store
import Synchronization
import TestSupport
import Testing

/// The daemon killed with deliveries in flight: on the next start every alert reaches the
/// receiver, a repeat carrying the same idempotency key and the same bytes.
@Suite struct NotifierKillTests {
    static let secret = "kill-test-secret"

    /// Hangs (takes the request, never answers) until told to answer; then answers 200 to a
    /// correctly signed request and remembers its key.
    final class Receiver: Sendable {
        final class State: Sendable {
            let answering = Mutex(false)
            let delivered = Mutex<Set<String>>([])
        }

        let state = State()
        let server: LoopbackServer
        var delivered: Set<String> { state.delivered.withLock { $0 } }

        init() throws {
            let state = self.state
            server = try LoopbackServer { request in
                guard state.answering.withLock({ $0 }) else { return .hang }
                guard let signature = request.headers["x-tally-signature"], let key = request.headers["idempotency-key"],
                      signatureMatches(request.body, signature) else { return LoopbackResponse(status: 401, text: "\n") }
                state.delivered.withLock { _ = $0.insert(key) }
                return LoopbackResponse(status: 200, text: "\n")
            }
        }
    }

    /// HMAC-SHA256 as the receiver computes it, through openssl: the test does not take the
    /// daemon's own code's word for it.
    static func signatureMatches(_ body: [UInt8], _ signature: String) -> Bool {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/openssl")
        process.arguments = ["dgst", "-sha256", "-hmac", secret, "-r"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        guard (try? process.run()) != nil else { return false }
        input.fileHandleForWriting.write(Data(body))
        try? input.fileHandleForWriting.close()
        let digest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ").first.map(String.init)
        process.waitUntilExit()
        return digest.map { "sha256=" + $0 } == signature
    }

    @Test func killedMidDeliveryLosesNoAlert() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DaemonProcess.binary), "build the executable first: swift build")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"))
        let receiver = try Receiver()
        defer { receiver.server.stop() }
        let daemon = try DaemonProcess(extra: """
            [[notify]]
            name = "hook"
            kind = "webhook"
            url = "\(receiver.server.url("/hook"))"
            secret = "\(Self.secret)"
            timeout = "60s"
            retry_initial = 0.05
            retry_max = 0.5
            """)
        let configuration = try String(contentsOfFile: daemon.configurationPath, encoding: .utf8)
        try configuration.replacingOccurrences(of: "[alerts]\n", with: "[alerts]\nnew_figures = true\n")
            .write(toFile: daemon.configurationPath, atomically: true, encoding: .utf8)
        try daemon.start()
        let reports = FloodReports.make(count: 12, seed: 13)
        for report in reports { daemon.drop(report.name, report.text) }

        // Ingestion goes on while every delivery hangs at the receiver.
        #expect(waitUntil(within: 60) { reports.allSatisfy { !daemon.exists($0.name) } }, "a hanging receiver held up ingestion")
        let alertIDs = Set(daemon.alertLines.compactMap { try? JSONValue.parse($0)["id"]?.integerValue }.map { "tally-alert-\($0)" })
        try #require(alertIDs.count >= 3)
        #expect(waitUntil(within: 20) { receiver.server.requestCount >= 3 }, "deliveries in flight")
        daemon.killAbruptly()
        #expect(receiver.delivered.isEmpty)

        receiver.state.answering.withLock { $0 = true }
        try daemon.start()
        #expect(waitUntil(within: 60) { receiver.delivered == alertIDs }, "every alert delivered after the restart")
        _ = daemon.stop()

        // A key sent more than once carried the same bytes each time.
        let byKey = Dictionary(grouping: receiver.server.requests, by: { $0.headers["idempotency-key"] ?? "" })
        #expect(byKey.values.contains { $0.count > 1 }, "the deliveries in flight at the kill were sent again")
        for (key, requests) in byKey {
            #expect(Set(requests.map(\.body)).count == 1, "\(key) repeated with other bytes")
        }
        let store = try daemon.store()
        let summary = try store.read { try $0.deliverySummaries() }
        #expect(summary.first?.pending == 0 && summary.first?.sent == alertIDs.count)
    }
}
