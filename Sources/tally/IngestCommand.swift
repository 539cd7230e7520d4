import AlertLog
import Alerts
import ArgumentParser
import Settings
import DropFolder
import Foundation
import Model
import OrderedJSON
import Pipeline
import Store

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Take files through the same path as the daemon, once, and report what each gave.",
        discussion: """
            Records documents, claims and alerts in the database and appends alerts to the alert log, \
            exactly as the daemon does. The files themselves are left where they are (only the daemon \
            moves files, and only out of its drop folder).
            """
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "One JSON object per file: outcome, duplicate of, reason, claims, alerts.")
    var json = false

    @Flag(help: "Go on even though the database knows fewer alerts than the alert log holds: new alerts are numbered after the log's highest id (see `tally run --help`).")
    var adoptAlertLog = false

    @Argument(help: "Files to ingest (.txt, .html, .htm, .json).")
    var files: [String]

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            let pipeline = try Workspace.pipeline(configuration, adoptingAlertLog: adoptAlertLog)
            let reader = DropFileReader(maximumBytes: configuration.maximumFileBytes)
            let progress = ProgressLine(total: files.count)
            var failures = 0
            var missing = 0
            for (index, path) in files.enumerated() {
                progress.show(index, path)
                let folder = (path as NSString).deletingLastPathComponent
                let name = (path as NSString).lastPathComponent
                let report: IngestReport
                switch reader.read(FileName(name), in: folder.isEmpty ? "." : folder) {
                case .read(let file):
                    do {
                        report = try pipeline.ingest(file.bytes, name: name, origin: .cli)
                    } catch {
                        progress.clear()
                        // The database or the alert log failed, not the document (EX_IOERR).
                        throw CommandFailure("\(path): \(error)", exitCode: Workspace.stateUnusable)
                    }
                case .refused(let reason):
                    report = IngestReport(name: name, outcome: .rejected(reason: reason))
                case .vanished:
                    missing += 1
                    report = IngestReport(name: name, outcome: .rejected(reason: "no such file"))
                case .stillChanging:
                    report = IngestReport(name: name, outcome: .rejected(reason: "the file changed while it was read; try again once it is complete"))
                case .unavailable(let reason, _):
                    progress.clear()
                    throw CommandFailure("\(path): \(reason)", exitCode: 71) // EX_OSERR
                }
                if report.isRejected { failures += 1 }
                progress.clear()
                StandardOutput.line(json ? report.json.serialized : Self.describe(report, path: path))
            }
            progress.clear()
            if missing > 0 { throw ExitCode(66) } // EX_NOINPUT, as `extract` and `claims` say of a missing file
            if failures > 0 { throw ExitCode(65) } // EX_DATAERR: some input was not readable
        }
    }

    static func inStory(_ report: IngestReport) -> String {
        report.story.map { " into story \($0)" } ?? ""
    }

    static func describe(_ report: IngestReport, path: String) -> String {
        var lines: [String]
        switch report.outcome {
        case .ingested:
            lines = ["\(path): ingested\(inStory(report)), \(report.claims) claims, \(report.alerts.count) alerts"]
        case .duplicate(let original, let similarity):
            lines = ["\(path): near-duplicate of article \(original) (similarity \(String(format: "%.2f", similarity)))\(inStory(report)), \(report.claims) claims (\(report.repeatedClaims) repeated), \(report.alerts.count) alerts"]
        case .alreadySeen(let firstName):
            lines = ["\(path): same bytes as \(firstName), already read: nothing new"]
        case .rejected(let reason):
            lines = ["\(path): rejected: \(reason)"]
        }
        lines += report.alerts.map { "  \($0.alert.kind.rawValue): \(AlertText.summary($0.alert))" }
        return lines.joined(separator: "\n")
    }
}

/// "[12/500] file.txt" redrawn on stderr, only when stderr is a terminal and the run is long
/// enough to want it.
struct ProgressLine {
    let total: Int
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    func show(_ index: Int, _ path: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(index + 1)/\(total)] \(path)".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
