import Alerts
import Foundation
import NotifierDelivery
import Notifiers
import Store
import TestSupport
import Testing

@Suite struct ExecDeliveryTests {
    @Test func aCommandThatHangsIsCutAtItsBound() {
        let started = Date()
        let result = CommandRunner.run(["/bin/sleep", "30"], input: Array("{}\n".utf8), timeout: 0.5)
        let elapsed = Date().timeIntervalSince(started)
        #expect(result == .killedAtBound(0.5))
        #expect(elapsed >= 0.5 && elapsed < 5)
    }

    @Test func theWholeProcessGroupIsKilledAtTheBound() throws {
        // The program starts a child of its own and waits; both go at the bound, so no stray
        // process is left holding the marker file open.
        let marker = NSTemporaryDirectory() + "tally-exec-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: marker) }
        let result = CommandRunner.run(["/bin/sh", "-c", "sleep 30 & echo $! > \(marker); wait"], input: [], timeout: 0.5)
        #expect(result == .killedAtBound(0.5))
        let child = try #require(Int32(String(contentsOfFile: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(waitUntil(within: 5) { kill(child, 0) != 0 }, "the backgrounded sleep was killed with its group")
    }

    @Test func theCommandGetsTheAlertOnStdinAndItsArgumentsAsGiven() throws {
        let output = NSTemporaryDirectory() + "tally-exec-\(UUID().uuidString) with; $(spaces)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let input = Array("{\"id\":1}\n".utf8)
        #expect(CommandRunner.run(["/usr/bin/tee", output], input: input, timeout: 5) == .exited(0))
        #expect(try Array(Data(contentsOf: URL(fileURLWithPath: output))) == input, "no shell read the path")
    }

    @Test func exitStatusAndMissingProgramsAreReported() {
        #expect(CommandRunner.run(["/bin/false"], input: [], timeout: 5) == .exited(1))
        guard case .couldNotStart(let detail) = CommandRunner.run(["/no/such/program"], input: [], timeout: 5) else {
            Issue.record("expected couldNotStart")
            return
        }
        #expect(detail.contains("/no/such/program"))
    }

    @Test func theSenderRunsTheCommandForEachDelivery() throws {
        let output = NSTemporaryDirectory() + "tally-exec-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let rig = try DeliveryRig([Notifier(name: "script", target: .exec(command: ["/usr/bin/tee", "-a", output]), retry: .quick, timeout: 5)])
        defer { rig.stop() }
        rig.sender.start()
        let ids = try rig.commit(2, to: ["script"])
        #expect(waitUntil { (try? rig.summary("script").sent) == 2 })
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(Set(lines.compactMap { $0.split(separator: ",").first }) == Set(ids.map { "{\"id\":\($0)" }))
    }
}
