import ArgumentParser
import Settings
import CurlFetching
import FeedFetching
import Foundation
import Model
import NotifierDelivery
import Notifiers
import Store

struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Check the notifiers ([[notify]] tables): send a test, see each one's queue and errors.",
        subcommands: [NotifyStatus.self, NotifyTest.self],
        defaultSubcommand: NotifyStatus.self
    )
}

struct NotifyTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Send a sample alert to one notifier now, and say what the receiver answered.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "The notifier's name (its [[notify]] table's `name`).") var name: String

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            guard let notifier = configuration.notifiers.first(where: { $0.name == name }) else {
                let known = configuration.notifiers.map(\.name)
                throw CommandFailure("no notifier named \"\(name)\" in the configuration"
                                     + (known.isEmpty ? " (it has no [[notify]] table)" : " (there are: \(known.joined(separator: ", ")))"), exitCode: 64)
            }
            let started = Date()
            let result = Self.send(SampleAlert.make(at: started), to: notifier)
            let elapsed = Int((Date().timeIntervalSince(started) * 1000).rounded())
            let decision = RetrySchedule(initialDelay: 0, maximumDelay: 0, giveUpAfter: 0).decide(after: 1, result, created: started, now: started)
            guard decision == .sent else {
                throw CommandFailure("\(notifier.name) (\(notifier.target.kind), \(notifier.target.destination)): not delivered after \(elapsed) ms: \(Self.describe(result))")
            }
            StandardOutput.line("\(notifier.name) (\(notifier.target.kind), \(notifier.target.destination)): delivered in \(elapsed) ms (\(Self.describe(result)))")
        }
    }

    /// One attempt, no retry: the operator wants the receiver's answer now.
    static func send(_ alert: Alert, to notifier: Notifier) -> AttemptResult {
        switch NotificationMessage.build(alert, id: 0, for: notifier.target) {
        case .run(let command, let input):
            return CommandRunner.run(command, input: input, timeout: notifier.timeout)
        case .post(let url, let headers, let body):
            // A key of its own: a receiver that drops repeats must not drop the second test.
            let fields = headers.map { field in
                HTTPHeaderField(field.name, field.name == NotificationMessage.idempotencyHeader ? "tally-test-\(UUID().uuidString)" : field.value)
            }
            let fetcher = CurlFetcher(settings: .notifications)
            defer { fetcher.shutdown() }
            let done = DispatchSemaphore(value: 0)
            let response = ResponseBox()
            fetcher.fetch(.post(url: url, body: body, headers: fields, timeout: .milliseconds(Int64(notifier.timeout * 1000)))) {
                response.value = $0
                done.signal()
            }
            done.wait()
            return response.value.map(NotificationSender.result(of:)) ?? .failed("no response")
        }
    }

    static func describe(_ result: AttemptResult) -> String {
        switch result {
        case .status(let status, let retryAfter, _): "HTTP \(status)" + (retryAfter.map { ", Retry-After \($0)" } ?? "")
        case .timedOut: "timed out"
        case .failed(let detail): detail
        case .exited(let code): "the command exited with status \(code)"
        case .killedAtBound(let seconds): "the command ran longer than \(seconds) s and was killed"
        case .couldNotStart(let detail): "the command could not be started: \(detail)"
        }
    }
}

private final class ResponseBox: @unchecked Sendable {
    var value: HTTPResponse?
}

struct NotifyStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Each notifier: deliveries pending, sent and given up, last success, last error.")

    @OptionGroup var options: CommonOptions

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            let store = try Workspace.store(configuration)
            let summaries = Dictionary(uniqueKeysWithValues: try store.read { try $0.deliverySummaries() }.map { ($0.notifier, $0) })
            guard !configuration.notifiers.isEmpty || !summaries.isEmpty else {
                StandardOutput.line("no notifiers: add a [[notify]] table to the configuration (see the README, \"Notifiers\")")
                return
            }
            let now = Date()
            for notifier in configuration.notifiers {
                StandardOutput.line(Self.text(name: notifier.name, heading: "\(notifier.target.kind) \(notifier.target.destination)",
                                              summaries[notifier.name] ?? DeliverySummary(notifier: notifier.name), now: now))
            }
            for summary in summaries.values.sorted(by: { $0.notifier < $1.notifier })
            where !configuration.notifiers.contains(where: { $0.name == summary.notifier }) {
                StandardOutput.line(Self.text(name: summary.notifier, heading: "no longer in the configuration", summary, now: now))
            }
        }
    }

    static func text(name: String, heading: String, _ summary: DeliverySummary, now: Date) -> String {
        var lines = ["\(name) (\(heading))",
                     "    \(summary.pending) pending, \(summary.sent) sent, \(summary.givenUp) given up"]
        lines.append("    last success: " + (summary.lastSuccess.map { Self.ago($0, now) } ?? "never"))
        if let error = summary.lastError {
            lines.append("    last error: \(error)" + (summary.lastErrorAt.map { " (\(Self.ago($0, now)))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    static func ago(_ date: Date, _ now: Date) -> String {
        let seconds = max(0, Int(now.timeIntervalSince(date)))
        return seconds < 120 ? "\(seconds) s ago" : seconds < 7200 ? "\(seconds / 60) min ago" : "\(seconds / 3600) h ago"
    }
}
