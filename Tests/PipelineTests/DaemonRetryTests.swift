import Daemon
import Foundation
import Glibc
import Pipeline
import Store
import Synchronization
import TestSupport
import Testing

/// Stands in front of the daemon's pipeline: throws what `failure` says for a document's n-th
/// try, and passes the others on to the pipeline.
final class FailingIngester: DocumentIngesting {
    /// Tries per document name, read by the test while the daemon's thread writes them.
    final class Tries: Sendable {
        private let counts = Mutex<[String: Int]>([:])
        subscript(name: String) -> Int { counts.withLock { $0[name] ?? 0 } }
        func next(_ name: String) -> Int { counts.withLock { $0[name, default: 0] += 1; return $0[name]! } }
    }

    private let pipeline: Pipeline
    private let tries: Tries
    private let failure: (_ name: String, _ try: Int) -> PipelineError?

    init(_ pipeline: Pipeline, tries: Tries, failure: @escaping (_ name: String, _ try: Int) -> PipelineError?) {
        self.pipeline = pipeline
        self.tries = tries
        self.failure = failure
    }

    func ingest(_ document: IncomingDocument) throws(PipelineError) -> IngestReport {
        if let error = failure(document.name, tries.next(document.name)) { throw error }
        return try pipeline.ingest(document)
    }
}

/// The daemon's worker with a failing document at the head of its queue: pauses of 10 ms that
/// double, so that many tries take little time.
@Suite(.serialized) struct DaemonRetryTests {
    static let policy = RetryPolicy(permanentTries: 3, firstPause: 0.01)

    @Test func aDocumentThatAlwaysFailsForAReasonOfItsOwnIsSetAsideAfterItsTriesAndTheNextIsIngested() throws {
        let tries = FailingIngester.Tries()
        let running = try RunningDaemon(retryPolicy: Self.policy, makeIngester: { pipeline in
            FailingIngester(pipeline, tries: tries) { name, _ in
                name == "bad.txt" ? .permanent(DocumentFailure("a constraint this document's data violates")) : nil
            }
        })
        let seeds = try Corpus.seeds()
        _ = FileManager.default.createFile(atPath: running.drop + "/bad.txt", contents: Data(seeds[0].text.utf8))
        #expect(running.waitFor { tries["bad.txt"] >= 1 })
        // Arrives while the failing document holds the head of the queue.
        _ = FileManager.default.createFile(atPath: running.drop + "/good.txt", contents: Data(seeds[1].text.utf8))
        #expect(running.waitFor { running.exists(running.drop + "/processed/good.txt") })
        #expect(running.exists(running.drop + "/rejected/bad.txt"))
        let reason = try String(contentsOfFile: running.drop + "/rejected/bad.txt.reason", encoding: .utf8)
        #expect(reason.contains("failed 3 times"))
        #expect(reason.contains("a constraint this document's data violates"))
        #expect(tries["bad.txt"] == 3)
        #expect(tries["good.txt"] == 1)
        #expect(try running.documents().map(\.fileName) == ["good.txt"])
        // Counted once the file is in its place: wait for the count, not only the file.
        #expect(running.waitFor { running.daemon.counters.ingested == 1 })
        #expect(running.daemon.counters.setAside == 1)
    }

    @Test func aDiskThatFillsAndFreesIsWaitedForWithoutSettingTheDocumentAside() throws {
        let tries = FailingIngester.Tries()
        let fullFor = 3 * Self.policy.permanentTries
        let running = try RunningDaemon(retryPolicy: Self.policy, makeIngester: { pipeline in
            FailingIngester(pipeline, tries: tries) { name, attempt in
                name == "full.txt" && attempt <= fullFor ? .transient(TransientFailure("No space left on device", code: ENOSPC)) : nil
            }
        })
        _ = FileManager.default.createFile(atPath: running.drop + "/full.txt", contents: Data((try Corpus.seeds()[2].text).utf8))
        #expect(running.waitFor { running.exists(running.drop + "/processed/full.txt") })
        #expect(tries["full.txt"] == fullFor + 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: running.drop + "/rejected").isEmpty)
        #expect(try running.documents().map(\.fileName) == ["full.txt"])
        #expect(running.waitFor { running.daemon.counters.ingested == 1 })
        #expect(running.daemon.counters.setAside == 0)
    }
}
