import Settings
import Daemon
import Foundation
import Glibc
import Logging
import Store
import TestSupport
import Testing

/// The daemon in this process, on a thread, watching a real folder with inotify.
final class RunningDaemon: Sendable {
    let root: String
    let configuration: TallyConfiguration
    let daemon: Daemon
    private let finished = DispatchSemaphore(value: 0)
    private let ready = DispatchSemaphore(value: 0)

    /// `beforeStart` may change the configuration and put files in place; `makeIngester` may stand
    /// a double in front of the pipeline; `prepare` sets the daemon up before it runs. A reload
    /// reads `configurationPath`.
    init(settleSeconds: Double = 0.2, retryPolicy: RetryPolicy = RetryPolicy(), beforeStart: (inout TallyConfiguration) throws -> Void = { _ in },
         makeIngester: @escaping Daemon.IngesterFactory = { $0 }, configurationPath: String? = nil, prepare: (Daemon) -> Void = { _ in }) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-daemon-\(UUID().uuidString)").path
        var configuration = TallyConfiguration()
        configuration.databasePath = root + "/var/tally.sqlite"
        configuration.dropFolder = root + "/var/drop"
        configuration.alertLogPath = root + "/var/alerts.jsonl"
        configuration.settleSeconds = settleSeconds
        try beforeStart(&configuration)
        self.configuration = configuration
        daemon = Daemon(configurationPath: configurationPath, configuration: configuration, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() },
                        retryPolicy: retryPolicy, makeIngester: makeIngester)
        prepare(daemon)
        let ready = self.ready
        daemon.onReady = { ready.signal() }
        let thread = Thread { [daemon, finished] in
            try? daemon.run()
            finished.signal()
        }
        thread.start()
        guard ready.wait(timeout: .now() + 10) == .success else { throw DaemonError("daemon did not start") }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Stops the daemon and waits (10 s at most) until it has; again, returns at once. A daemon
    /// serving the web view needs one of Swift's cooperative threads to stop it: call through
    /// `offThePool` from an async test.
    func stop() {
        daemon.requestStop()
        if finished.wait(timeout: .now() + 10) == .success { finished.signal() }
    }

    var drop: String { configuration.dropFolder }

    func documents() throws -> [DocumentRecord] {
        try TallyStore(path: configuration.databasePath).read { try $0.documents() }
    }

    /// Polls until `condition` holds or 10 seconds pass.
    func waitFor(_ condition: () throws -> Bool) rethrows -> Bool { try waitUntil(within: 10, condition) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

@Suite(.serialized) struct DaemonTests {
    @Test func aFileWrittenInSlowPiecesIsIngestedOnceAfterItIsClosed() throws {
        let running = try RunningDaemon(settleSeconds: 0.2)
        let path = running.drop + "/slow.txt"
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        let bytes = Array((try Corpus.seeds()[0].text).utf8)
        for (index, start) in stride(from: 0, to: bytes.count, by: 400).enumerated() {
            let piece = Array(bytes[start..<min(start + 400, bytes.count)])
            _ = piece.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if index % 2 == 0 { Thread.sleep(forTimeInterval: 0.15) }
        }
        // Held open past the settle time: still not taken.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(running.exists(path))
        #expect(try running.documents().isEmpty)
        close(descriptor)
        #expect(running.waitFor { running.exists(running.drop + "/processed/slow.txt") })
        #expect(try running.documents().count == 1)
        #expect(try running.documents().first?.byteCount == (try Corpus.seeds()[0].text).utf8.count)
    }

    @Test func aBadFileIsSetAsideWithItsReasonAndTheNextGoodFileIsIngested() throws {
        let running = try RunningDaemon()
        FileManager.default.createFile(atPath: running.drop + "/bad.txt", contents: Data([0, 1, 2, 0, 255, 254]))
        FileManager.default.createFile(atPath: running.drop + "/good.txt", contents: Data((try Corpus.seeds()[1].text).utf8))
        #expect(running.waitFor { running.exists(running.drop + "/processed/good.txt") })
        #expect(running.exists(running.drop + "/rejected/bad.txt"))
        let reason = try String(contentsOfFile: running.drop + "/rejected/bad.txt.reason", encoding: .utf8)
        #expect(!reason.isEmpty)
        #expect(try running.documents().map(\.outcome).sorted { $0.rawValue < $1.rawValue } == [.ingested, .rejected])
    }

    @Test func filesAlreadyThereAtStartAreTakenInNameOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-start-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/var/drop", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for seed in try Corpus.seeds().reversed() {
            FileManager.default.createFile(atPath: root + "/var/drop/" + seed.name, contents: Data(seed.text.utf8))
        }
        var configuration = TallyConfiguration()
        configuration.databasePath = root + "/var/tally.sqlite"
        configuration.dropFolder = root + "/var/drop"
        configuration.alertLogPath = root + "/var/alerts.jsonl"
        // The default settle time, with files written a moment ago: as when someone copies the
        // seeds in and starts the daemon.
        let daemon = Daemon(configurationPath: nil, configuration: configuration, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let done = DispatchSemaphore(value: 0)
        Thread { try? daemon.run(); done.signal() }.start()
        let store = { try TallyStore(path: configuration.databasePath) }
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? store().read { try $0.documents() }.count) != 5 { Thread.sleep(forTimeInterval: 0.02) }
        daemon.requestStop()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(try store().read { try $0.documents() }.map(\.fileName) == (try Corpus.seeds()).map(\.name))
    }
}

@Suite(.serialized) struct DaemonFolderRecoveryTests {
    @Test func theWatchRecoversWhenTheDropFolderIsDeletedAndBroughtBack() throws {
        let running = try RunningDaemon()
        try FileManager.default.removeItem(atPath: running.drop)
        Thread.sleep(forTimeInterval: 0.3)
        try FileManager.default.createDirectory(atPath: running.drop, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: running.drop + "/after.txt", contents: Data((try Corpus.seeds()[2].text).utf8))
        #expect(running.waitFor { running.exists(running.drop + "/processed/after.txt") })
        #expect(try running.documents().count == 1)
    }
}
