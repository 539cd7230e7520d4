import Foundation
import TestSupport
import Testing

/// Operators read while the daemon writes: `tally figures`, `tally alerts` and `tally history`
/// run over and over during a burst of documents. None of them fails, and the daemon never
/// reports the database locked.
@Suite struct ReadersWhileIngestingTests {
    @Test func readersNeverFailAndNeverStallTheDaemon() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DaemonProcess.binary), "build the executable first: swift build")
        let daemon = try DaemonProcess()
        try daemon.start()
        let reports = FloodReports.make(count: 120, seed: 11)
        let dropping = DispatchSemaphore(value: 0)
        let folder = daemon.drop
        Thread {
            for report in reports {
                FileManager.default.createFile(atPath: folder + "/" + report.name, contents: Data(report.text.utf8))
                Thread.sleep(forTimeInterval: 0.01)
            }
            dropping.signal()
        }.start()
        var runs = 0
        var failures: [String] = []
        var dropped = false
        func waiting() throws -> Bool { try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.hasSuffix(".txt") } }
        while try !dropped || waiting() {
            dropped = dropped || dropping.wait(timeout: .now()) == .success
            for arguments in [["figures"], ["alerts", "--last", "5"], ["history", "unspecified/deaths"]] {
                let result = try DaemonProcess.runToExit(arguments + ["--config", daemon.configurationPath])
                runs += 1
                // Before the first report is in, "no figure with that key" is the right answer.
                if result.status != 0 && !result.errors.contains("no figure with key") { failures.append("\(arguments): \(result.status) \(result.errors)") }
            }
        }
        #expect(runs >= 6)
        #expect(failures.isEmpty, "\(failures)")
        #expect(!daemon.log.contains(" error "), "\(daemon.log)")
        #expect(!daemon.log.lowercased().contains("locked"))
        #expect(daemon.stop() == 0)
    }
}
