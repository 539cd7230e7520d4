import AlertLog
@testable import Daemon
import Documents
import DropFolder
@testable import Feeds
import Foundation
import Glibc
import Pipeline
import Store
import Synchronization
import TestSupport
import Testing

/// The daemon's intake deciding what becomes of a failing document, on the real pipeline, drop
/// folder and database, with real failures: a constraint the document's row violates (a trigger
/// the test installs), and an alert log on a disk that fills and frees.
@Suite struct IntakeTests {
    static let tries = RetryPolicy().permanentTries

    @Test func aDocumentThatAlwaysFailsForAReasonOfItsOwnIsSetAsideAfterItsTriesAndTheNextIsIngested() throws {
        let harness = try Harness()
        try harness.refuseDocuments(named: "1-poison.txt")
        let seeds = try Corpus.seeds()
        harness.drop("1-poison.txt", seeds[0].text)
        harness.drop("2-good.txt", seeds[1].text)

        let verdicts = harness.takeAsTheDaemonDoes(FileName("1-poison.txt"))
        #expect(verdicts.count == Self.tries)
        for verdict in verdicts.dropLast() {
            guard case .retry(.permanent, _) = verdict else { Issue.record("expected a retry after a failure of its own, got \(verdict)"); continue }
        }
        guard case .setAside(let reason) = verdicts.last else { Issue.record("not set aside: \(String(describing: verdicts.last))"); return }
        #expect(reason.contains("failed \(Self.tries) times"))

        #expect(try harness.files(in: harness.layout.rejected) == ["1-poison.txt", "1-poison.txt.reason"])
        let written = try String(contentsOfFile: harness.layout.rejected + "/1-poison.txt.reason", encoding: .utf8)
        #expect(written == reason + "\n")
        #expect(written.contains("1-poison.txt is refused by a trigger"))

        let reports = try harness.processWaiting()
        #expect(reports.map(\.name) == ["2-good.txt"])
        #expect(reports.first?.outcome == .ingested)
        #expect(try harness.files(in: harness.layout.processed) == ["2-good.txt"])
        #expect(try harness.pipeline.store.read { try $0.documents() }.map(\.fileName) == ["2-good.txt"])
        #expect(try harness.layout.waitingFiles().isEmpty)
        #expect(harness.counters.value.setAside == 1)
        #expect(harness.counters.value.ingested == 1)
    }

    @Test func aDiskThatFillsAndFreesIsWaitedForPastTheTriesWithoutSettingTheDocumentAside() throws {
        let expected = try CrashRecoveryTests().reference()
        let harness = try Harness()
        for seed in try Corpus.seeds() { harness.drop(seed.name, seed.text) }
        let disk = Disk()
        try harness.useAlertLog(disk.calls)

        var failures = 0
        for name in try harness.layout.waitingFiles() {
            harness.setClock(for: name)
            let verdicts = harness.takeAsTheDaemonDoes(name, upTo: 100) { verdict in
                guard case .retry(let error, _) = verdict else { return }
                guard case .transient(let failure) = error, failure.code == ENOSPC else { Issue.record("not a full disk: \(error)"); return }
                failures += 1
                // Well past the tries a document's own failures get, the disk frees.
                if failures == 2 * Self.tries + 1 { disk.free() }
            }
            if case .setAside = verdicts.last { Issue.record("\(name.display) was set aside") }
        }
        #expect(failures == 2 * Self.tries + 1)
        #expect(try harness.files(in: harness.layout.rejected).isEmpty)
        #expect(harness.counters.value.setAside == 0)
        let actual = try harness.snapshot()
        #expect(actual.differences(from: expected) == "", "state differs from a run whose disk never filled")
    }

    @Test func aFeedEntryThatAlwaysFailsIsMarkedFailedWithItsReasonAndNoLongerPending() throws {
        let harness = try Harness()
        try harness.refuseDocuments(named: "example-poison.html")
        let store = harness.pipeline.store
        let feedID = try store.write { tx in
            let id = try tx.subscribe(FeedSubscription(url: "https://news.example.org/rss"), origin: .added, firstDue: Date(), now: Date())
            try tx.recordNewEntries(feedID: id, [(key: "poison", payload: "{}"), (key: "good", payload: "{}")], at: Date())
            return id
        }
        let finished = Mutex<[FeedEntryReference]>([])
        func entry(_ key: String, _ name: String, _ text: String) -> FeedEntryAtSource {
            let document = EntryDocument(entry: FeedEntryReference(feedID: feedID, key: key), name: name, bytes: Array(text.utf8), declaredCharset: "utf-8",
                                         metadata: DocumentMetadata(url: "https://news.example.org/\(key)", source: "Example"))
            return FeedEntryAtSource(document: document, store: store) { reference in finished.withLock { $0.append(reference) } }
        }
        let seeds = try Corpus.seeds()
        let poison = entry("poison", "example-poison.html", "<html><body><article>\(seeds[0].text)</article></body></html>")

        var verdicts: [Intake.Verdict] = []
        for _ in 0..<10 {
            let verdict = harness.intake.take(poison)
            verdicts.append(verdict)
            guard case .retry = verdict else { break }
        }
        #expect(verdicts.count == Self.tries)
        guard case .setAside(let reason) = verdicts.last else { Issue.record("not set aside: \(String(describing: verdicts.last))"); return }
        #expect(finished.withLock { $0 } == [FeedEntryReference(feedID: feedID, key: "poison")])
        let failed = try store.read { try $0.failedFeedEntries() }
        #expect(failed.map(\.key) == ["poison"])
        #expect(failed.first?.reason == reason)
        #expect(reason.contains("refused by a trigger"))
        #expect(try store.read { try $0.pendingFeedEntries() }.map(\.key) == ["good"], "neither fetched nor tried again, even after a restart")

        let good = entry("good", "example-good.html", "<html><body><article>\(seeds[1].text)</article></body></html>")
        guard case .done(let report) = harness.intake.take(good) else { Issue.record("the next entry was not ingested"); return }
        #expect(report?.outcome == .ingested)
        #expect(try store.read { try $0.pendingFeedEntries() }.isEmpty)
        #expect(harness.counters.value.feedDocuments == 1)
        #expect(harness.counters.value.setAside == 1)
    }
}

/// The alert log's disk: full (every append fails with ENOSPC after writing part of it) until freed.
final class Disk: Sendable {
    private let full = Mutex(true)

    func free() { full.withLock { $0 = false } }

    var calls: WriteCalls {
        WriteCalls(write: { [self] descriptor, bytes, count in
            guard full.withLock({ $0 }) else { return Glibc.write(descriptor, bytes, count) }
            _ = Glibc.write(descriptor, bytes, count / 3)
            errno = ENOSPC
            return count / 3
        }, sync: { fdatasync($0) })
    }
}

extension Harness {
    /// Takes one file as the daemon's worker does: again after each failure the intake says to
    /// retry (without the pause), until it says otherwise; returns every verdict.
    func takeAsTheDaemonDoes(_ name: FileName, upTo limit: Int = 10, each: (Intake.Verdict) -> Void = { _ in }) -> [Intake.Verdict] {
        var verdicts: [Intake.Verdict] = []
        while verdicts.count < limit {
            let verdict = intake.take(dropFolder.file(name))
            verdicts.append(verdict)
            each(verdict)
            guard case .retry = verdict else { break }
        }
        return verdicts
    }
}
