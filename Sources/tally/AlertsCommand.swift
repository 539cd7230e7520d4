import Alerts
import ArgumentParser
import Foundation
import OrderedJSON
import Store

struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Show the alerts raised so far, readable or as the JSON lines of the alert log.",
        discussion: "Reads the database, so it shows every alert even after the log file was rotated."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Keep watching and print new alerts as they are raised.")
    var follow = false

    @Flag(name: .long, help: "Print alert-log JSON lines instead of text.")
    var json = false

    @Option(name: .long, help: "Only the last N alerts (before following).")
    var last: Int?

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            var alerts = try store.read { try $0.alerts() }
            if let last { alerts = Array(alerts.suffix(max(0, last))) }
            var seen = try store.read { try $0.alerts(after: 0).last?.id } ?? 0
            alerts.forEach(print)
            while follow {
                Thread.sleep(forTimeInterval: 0.5)
                let fresh = try store.read { try $0.alerts(after: seen) }
                fresh.forEach(print)
                seen = fresh.last?.id ?? seen
            }
        }
    }

    private func print(_ stored: StoredAlert) {
        StandardOutput.line(json ? AlertLine.json(stored.alert, id: stored.id, node: stored.node).serialized : AlertText.block(stored.alert, id: stored.id) + "\n")
    }
}
