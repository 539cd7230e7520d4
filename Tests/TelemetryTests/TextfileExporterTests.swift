import CoreMetrics
import Foundation
import Logging
import Synchronization
@testable import Telemetry
import TestSupport
import Testing

@Suite struct TextfileExporterTests {
    /// Version `n` of a file: a header naming its length, then that many bytes. Large, so that a
    /// write that is not atomic is caught half done.
    static func version(_ n: Int) -> [UInt8] {
        let body = [UInt8](repeating: UInt8(ascii: "a") + UInt8(n % 26), count: 64_000 + (n % 7) * 16_000)
        return Array("# \(body.count)\n".utf8) + body
    }

    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")), bytes.starts(with: "# ".utf8),
              let length = Int(String(decoding: bytes[2..<newline], as: UTF8.self)) else { return false }
        return bytes.count == newline + 1 + length && Set(bytes[(newline + 1)...]).count == 1
    }

    @Test func aReaderSeesNoFileOrAWholeOneWhileItIsRewrittenInALoop() throws {
        let folder = try ScratchFolder()
        let path = folder.path + "/tally.prom"
        let reads = Atomic(0), writes = Atomic(0)
        let writerDone = DispatchSemaphore(value: 0)
        Thread {
            let deadline = Date().addingTimeInterval(20)
            while reads.load(ordering: .relaxed) < 200, Date() < deadline {
                try? AtomicFile.replace(path, with: Self.version(writes.load(ordering: .relaxed)))
                writes.add(1, ordering: .relaxed)
            }
            writerDone.signal()
        }.start()
        var partial = 0
        let deadline = Date().addingTimeInterval(20)
        while reads.load(ordering: .relaxed) < 200, Date() < deadline {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            reads.add(1, ordering: .relaxed)
            if !Self.isComplete(Array(data)) { partial += 1 }
        }
        writerDone.wait()
        #expect(reads.load(ordering: .relaxed) == 200)
        #expect(writes.load(ordering: .relaxed) > 30, "the file was rewritten while it was read")
        #expect(partial == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tally.prom"], "no temporary file left behind")
    }

    @Test func theTemporaryFileIsHiddenBesideTheTargetAndNotAProm() {
        #expect(AtomicFile.temporaryPath(for: "/var/lib/node_exporter/tally.prom") == "/var/lib/node_exporter/.tally.prom.tmp")
        #expect(AtomicFile.temporaryPath(for: "tally.prom") == ".tally.prom.tmp")
    }

    @Test func aPathThatCannotBeWrittenIsAnErrorThatSaysWhere() throws {
        let folder = try ScratchFolder()
        _ = FileManager.default.createFile(atPath: folder.path + "/file", contents: Data())
        // Under a regular file: refused even to root, which may write into read-only folders.
        let error = #expect(throws: TelemetryError.self) { try AtomicFile.replace(folder.path + "/file/tally.prom", with: [1]) }
        #expect(error?.description == "cannot create \(folder.path)/file/.tally.prom.tmp: Not a directory")
    }

    @Test func anUnwritableFolderIsLoggedOnceAndRetriedUntilItWorks() throws {
        let folder = try ScratchFolder()
        let target = folder.path + "/later/tally.prom"
        let log = LogRecorder()
        let metrics = MetricsExposition()
        Gauge(label: "tally_pending_documents", factory: metrics.factory).record(3)
        let exporter = TextfileExporter(path: target, interval: 0.02, logger: log.logger) { metrics.render() }
        exporter.start()
        defer { exporter.stop() }
        Thread.sleep(forTimeInterval: 0.3)
        #expect(log.messages(at: .error).count == 1, "one failure logged, not one per attempt")
        #expect(log.messages(at: .error).first?.hasPrefix("cannot write the metrics file") == true)
        try FileManager.default.createDirectory(atPath: folder.path + "/later", withIntermediateDirectories: false)
        #expect(waitUntil(within: 5) { FileManager.default.fileExists(atPath: target) })
        let text = try String(contentsOfFile: target, encoding: .utf8)
        #expect(PrometheusText.samples(text)["tally_pending_documents"] == 3)
        #expect(waitUntil(within: 5) { log.messages(at: .notice).contains("metrics file written again") })
    }

    @Test func theFileIsWrittenAtStartAndOnceMoreOnStop() throws {
        let folder = try ScratchFolder()
        let target = folder.path + "/tally.prom"
        let metrics = MetricsExposition()
        let ingested = Counter(label: "tally_documents_total", dimensions: [("source", "drop"), ("outcome", "ingested")], factory: metrics.factory)
        let exporter = TextfileExporter(path: target, interval: 3600, logger: LogRecorder().logger) { metrics.render() }
        exporter.start()
        let series = "tally_documents_total{source=\"drop\",outcome=\"ingested\"}"
        #expect(waitUntil(within: 5) { (try? String(contentsOfFile: target, encoding: .utf8)).map { PrometheusText.samples($0)[series] == 0 } ?? false })
        ingested.increment()
        exporter.stop()
        #expect(PrometheusText.samples(try String(contentsOfFile: target, encoding: .utf8))[series] == 1)
    }
}
