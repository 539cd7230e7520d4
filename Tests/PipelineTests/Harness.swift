import AlertLog
import Alerts
@testable import Daemon
import DropFolder
import Foundation
import Glibc
import Logging
import MetricsTestKit
import Model
import OrderedJSON
import Pipeline
import Store
import StoreTestSupport
import Timekeeping

/// A Tally installation in a temporary folder: a real store (SQLite, or PostgreSQL in a database of
/// its own), a real alert log, a real drop folder, and the daemon's intake taking the files.
final class Harness {
    let root: String
    let clock = ManualClock()
    let layout: DropFolderLayout
    let state: TestStore
    /// The SQLite file, for a harness on SQLite.
    var databasePath: String { state.path! }
    var alertLogPath: String { root + "/var/alerts.jsonl" }
    let dropFolder: DropFolderSource
    let counters = SharedCounters()
    private(set) var pipeline: Pipeline
    private(set) var intake: Intake

    init(policy: AlertPolicy = AlertPolicy(), store kind: StoreKind = .sqlite) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-pipeline-\(UUID().uuidString)").path
        state = try TestStore(kind)
        layout = DropFolderLayout(folder: root + "/var/drop")
        try layout.prepare()
        dropFolder = DropFolderSource(layout: layout, maximumFileBytes: 10_000_000)
        (pipeline, intake) = try Self.open(root: root, state: state, clock: clock, policy: policy, counters: counters)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    private static func open(root: String, state: TestStore, clock: ManualClock, policy: AlertPolicy, counters: SharedCounters,
                             calls: WriteCalls = .posix, maximumDatabaseBytes: Int? = nil) throws -> (Pipeline, Intake) {
        // SQLite's own store (some tests reach its connection through @testable), PostgreSQL's through the test state.
        let store = try state.kind == .sqlite ? TallyStore(path: state.path!, maximumBytes: maximumDatabaseBytes) : state.open()
        let pipeline = Pipeline(store: store,
                                alertLog: try AlertLogWriter(path: root + "/var/alerts.jsonl", calls: calls),
                                policy: policy, clock: clock)
        try pipeline.recover()
        let intake = Intake(ingester: pipeline, policy: RetryPolicy(), logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
                            metrics: DocumentMetrics(factory: TestMetrics()), counters: counters)
        return (pipeline, intake)
    }

    /// A new process on the same files: what a restart after a crash sees.
    func restart(policy: AlertPolicy = AlertPolicy()) throws {
        (pipeline, intake) = try Self.open(root: root, state: state, clock: clock, policy: policy, counters: counters)
    }

    /// The alert log's disk is full: every append fails with ENOSPC after writing part of it.
    func useFailingAlertLog() throws {
        let full = WriteCalls(write: { descriptor, bytes, count in
            _ = Glibc.write(descriptor, bytes, count / 3)
            errno = ENOSPC
            return count / 3
        }, sync: { fdatasync($0) })
        try useAlertLog(full)
    }

    /// The alert log written through `calls` (a disk that fills, say).
    func useAlertLog(_ calls: WriteCalls) throws {
        (pipeline, intake) = try Self.open(root: root, state: state, clock: clock, policy: AlertPolicy(), counters: counters, calls: calls)
    }

    func restoreAlertLog() throws { try restart() }

    /// The database's disk holds only `bytes`: writes past it fail as on a full disk.
    func limitDatabase(to bytes: Int?) throws {
        (pipeline, intake) = try Self.open(root: root, state: state, clock: clock, policy: AlertPolicy(), counters: counters, maximumDatabaseBytes: bytes)
    }

    func drop(_ name: String, _ text: String) {
        FileManager.default.createFile(atPath: layout.folder + "/" + name, contents: Data(text.utf8))
    }

    func drop(_ name: String, bytes: [UInt8]) {
        FileManager.default.createFile(atPath: layout.folder + "/" + name, contents: Data(bytes))
    }

    /// The same file gets the same time in every run, so runs compare equal.
    func setClock(for name: FileName) {
        clock.set(Date(timeIntervalSince1970: 1_729_555_200 + Double(name.bytes.reduce(0) { ($0 &* 31 &+ Int($1)) % 100_000 })))
    }

    /// Takes every waiting file, in name order, through the daemon's intake; returns the reports.
    /// A failure the intake would retry is thrown instead.
    @discardableResult
    func processWaiting() throws -> [IngestReport] {
        var reports: [IngestReport] = []
        for name in try layout.waitingFiles() {
            setClock(for: name)
            switch intake.take(dropFolder.file(name)) {
            case .done(let report): if let report { reports.append(report) }
            case .retry(let error, _): throw error
            case .stillChanging, .setAside, .stopping: break
            }
        }
        return reports
    }

    func alertLines() throws -> [String] {
        guard FileManager.default.fileExists(atPath: alertLogPath) else { return [] }
        return try String(contentsOfFile: alertLogPath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }

    func alerts() throws -> [StoredAlert] { try pipeline.store.read { try $0.alerts() } }

    func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// Everything a run leaves behind, for comparing two runs.
    func snapshot() throws -> Snapshot {
        try Snapshot(store: pipeline.store, alertLogPath: alertLogPath, layout: layout)
    }

    struct Snapshot: Equatable {
        init(store: any StoreBackend, alertLogPath: String, layout: DropFolderLayout) throws {
            let logLines = FileManager.default.fileExists(atPath: alertLogPath)
                ? try String(contentsOfFile: alertLogPath, encoding: .utf8).split(separator: "\n").map(String.init) : []
            let listing = { (folder: String) in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }
            self = try store.read { db in
                Snapshot(
                    documents: try db.documents().map { "\($0.contentHash) \($0.outcome) \($0.fileName) \($0.reason ?? "")" },
                    articles: try db.articles().map { "\($0.id) dup=\($0.duplicateOf.map(String.init) ?? "-") \($0.article.title ?? "")" },
                    claims: try db.articles().flatMap { article in
                        try db.claims(ofArticle: article.id).map { "\(article.id) \($0.claim.key) \($0.claim.quantity.low) \($0.claim.claimant ?? "-") \($0.repeated)" }
                    },
                    alerts: try db.alerts().map { "\($0.id) \($0.logged) " + AlertLine.json($0.alert, id: $0.id).serialized },
                    alertLog: logLines,
                    processed: try listing(layout.processed),
                    rejected: try listing(layout.rejected),
                    waiting: try layout.waitingFiles().map(\.display))
            }
        }

        /// Counts, and a checksum (FNV-1a, the same in every process) of everything compared.
        var summary: String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for line in documents + articles + claims + alerts + alertLog + processed + rejected + waiting {
                for byte in line.utf8 + [0x0A] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            }
            return "documents \(documents.count), articles \(articles.count), claims \(claims.count), alerts \(alerts.count), "
                + "alert-log lines \(alertLog.count), processed \(processed.count), rejected \(rejected.count), waiting \(waiting.count), "
                + "checksum \(String(hash, radix: 16))"
        }

        init(documents: [String], articles: [String], claims: [String], alerts: [String], alertLog: [String],
             processed: [String], rejected: [String], waiting: [String]) {
            self.documents = documents
            self.articles = articles
            self.claims = claims
            self.alerts = alerts
            self.alertLog = alertLog
            self.processed = processed
            self.rejected = rejected
            self.waiting = waiting
        }

        /// The same state with clock readings removed, for comparing runs on different clocks: the
        /// times of alerts, and the month a story of undated documents is named for.
        var withoutTimes: Snapshot {
            var copy = self
            let strip = { (line: String) in
                line.replacingOccurrences(of: #""(at|observed_at)":"[^"]*""#, with: #""$1":"""#, options: .regularExpression)
                    .replacingOccurrences(of: #"\b\d{4}-\d{2}-(?=[a-z])"#, with: "YYYY-MM-", options: .regularExpression)
            }
            copy.claims = claims.map(strip)
            copy.alerts = alerts.map(strip)
            copy.alertLog = alertLog.map(strip)
            return copy
        }

        /// The first lines that differ in each part, for a readable failure.
        func differences(from other: Snapshot) -> String {
            let parts: [(String, [String], [String])] = [
                ("documents", documents, other.documents), ("articles", articles, other.articles), ("claims", claims, other.claims),
                ("alerts", alerts, other.alerts), ("alert log", alertLog, other.alertLog), ("processed", processed, other.processed),
                ("rejected", rejected, other.rejected), ("waiting", waiting, other.waiting),
            ]
            return parts.compactMap { name, mine, theirs -> String? in
                guard mine != theirs else { return nil }
                let index = (0..<min(mine.count, theirs.count)).first { mine[$0] != theirs[$0] } ?? min(mine.count, theirs.count)
                let line = { (lines: [String]) in index < lines.count ? lines[index] : "(none)" }
                return "\(name) [\(mine.count) vs \(theirs.count)] first difference at \(index):\n  \(line(mine))\n  \(line(theirs))"
            }.joined(separator: "\n")
        }

        var documents: [String]
        var articles: [String]
        var claims: [String]
        var alerts: [String]
        var alertLog: [String]
        var processed: [String]
        var rejected: [String]
        var waiting: [String]
    }
}
