import Alerts
import ArgumentParser
import Foundation
import OrderedJSON
import Store

struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Show the alerts raised so far, readable or as the JSON lines of the alert log.",
        discussion: """
            Reads the database, so it shows every alert even after the log file was rotated. \
            With --follow on PostgreSQL it prints every node's alerts as they are committed \
            (LISTEN/NOTIFY), and after a lost connection it catches up on what it missed.
            """
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Keep watching and print new alerts as they are raised.")
    var follow = false

    @Flag(name: .long, help: "Print alert-log JSON lines instead of text.")
    var json = false

    @Option(name: .long, help: "Only the last N alerts (before following).")
    var last: Int?

    /// How long a follower waits for word before it reads anyway: a safety net, not the way alerts arrive.
    static let safetyWait: TimeInterval = 30
    /// How soon a follower reads again after a read failed (the database restarting).
    static let retryWait: TimeInterval = 1

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            // Listening before the backlog is read: an alert committed in between wakes the first wait.
            var arrivals: (any AlertArrivals)?
            do throws(StoreError) {
                if follow { arrivals = try store.alertArrivals() }
            } catch {
                throw CommandFailure(error.description, exitCode: Workspace.stateUnusable)
            }
            let backlog = try store.read { try $0.alerts() }
            Array(backlog.suffix(max(0, last ?? backlog.count))).forEach(print)
            guard let arrivals else { return }
            try followAlerts(store, arrivals, after: backlog.last?.id ?? 0)
        }
    }

    /// Prints each alert committed after `seen`, in id order (the order of their commits), once:
    /// after each word that alerts may have come, and at least every `safetyWait`. A read that
    /// fails for a while (the database restarting) is tried again, one that cannot succeed ends
    /// it; nothing is skipped, since the next read asks for everything after the last alert printed.
    private func followAlerts(_ store: any StoreBackend, _ arrivals: any AlertArrivals, after seen: Int64) throws -> Never {
        var seen = seen
        var failing = false
        while true {
            _ = arrivals.waitForAlerts(timeout: failing ? Self.retryWait : Self.safetyWait)
            do {
                let fresh = try store.read { try $0.alerts(after: seen) }
                if failing { FileHandle.standardError.write(Data("tally: reading alerts again\n".utf8)) }
                failing = false
                fresh.forEach(print)
                seen = fresh.last?.id ?? seen
            } catch {
                guard error.kind == .transient else { throw CommandFailure(error.description, exitCode: Workspace.stateUnusable) }
                if !failing { FileHandle.standardError.write(Data("tally: \(error.description); trying again\n".utf8)) }
                failing = true
            }
        }
    }

    private func print(_ stored: StoredAlert) {
        StandardOutput.line(json ? AlertLine.json(stored.alert, id: stored.id, node: stored.node).serialized : AlertText.block(stored.alert, id: stored.id) + "\n")
    }
}
