@testable import Daemon
import Foundation
import Logging
import Testing

@Suite struct StandardErrorLogHandlerTests {
    @Test func underJournaldALineIsAPriorityAndTheMessageWithoutATimestamp() {
        let handler = StandardErrorLogHandler(label: "tally", environment: ["JOURNAL_STREAM": "8:12345"])
        #expect(handler.format(level: .error, message: "cannot scan", metadata: ["folder": "/srv/drop"]) == "<3>cannot scan folder=/srv/drop")
        #expect(handler.format(level: .info, message: "ingested", metadata: nil) == "<6>ingested")
        #expect(handler.format(level: .warning, message: "x", metadata: nil).hasPrefix("<4>"))
    }

    @Test func elsewhereALineStartsWithTimeAndLevel() {
        let handler = StandardErrorLogHandler(label: "tally", environment: [:])
        let line = handler.format(level: .notice, message: "tally is running", metadata: ["b": "2", "a": "1"])
        #expect(line.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z notice tally is running a=1 b=2$"#, options: .regularExpression) != nil)
    }

    @Test func oneEventIsOneLineWhateverItsMessageHolds() {
        let handler = StandardErrorLogHandler(label: "tally", environment: ["JOURNAL_STREAM": "1:1"])
        #expect(handler.format(level: .info, message: "file a\nb.txt", metadata: nil) == "<6>file a\\nb.txt")
    }
}
