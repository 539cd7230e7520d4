import Foundation
import Glibc
import Store
import TestSupport

/// `tally run` as a process of its own, on a configuration in a temporary folder: what an
/// operator runs, observed from outside (its folders, database, feeds and memory).
final class DaemonProcess {
    static let binary = Corpus.repository.appendingPathComponent(".build/debug/tally").path

    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-process-\(UUID().uuidString)").path
    var drop: String { root + "/var/drop" }
    var configurationPath: String { root + "/tally.toml" }
    var logPath: String { root + "/daemon.log" }
    private var process: Process?

    /// `extra` is appended to the configuration ([feeds] settings, [[feed]] tables); `storage`
    /// replaces the SQLite file in [storage] (`url = "postgresql://..."`).
    init(extra: String = "", storage: String? = nil) throws {
        try FileManager.default.createDirectory(atPath: drop, withIntermediateDirectories: true)
        try """
            [storage]
            \(storage ?? "database = \"\(root)/var/tally.sqlite\"")
            [drop]
            folder = "\(drop)"
            settle_seconds = 0.2
            [alerts]
            log = "\(root)/var/alerts.jsonl"
            [log]
            level = "info"
            \(extra)
            """.write(toFile: configurationPath, atomically: true, encoding: .utf8)
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Starts it and returns once it says it is running; under `prlimit --nofile=SOFT:HARD`
    /// when `openFileLimit` is given.
    func start(openFileLimit: (soft: Int, hard: Int)? = nil) throws {
        let process = Process()
        let arguments = ["run", "--config", configurationPath]
        if let openFileLimit {
            process.executableURL = URL(filePath: "/usr/bin/prlimit")
            process.arguments = ["--nofile=\(openFileLimit.soft):\(openFileLimit.hard)", Self.binary] + arguments
        } else {
            process.executableURL = URL(filePath: Self.binary)
            process.arguments = arguments
        }
        FileManager.default.createFile(atPath: logPath, contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(filePath: logPath))
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        self.process = process
        guard waitUntil(within: 20, { log.contains("tally is running") }) else { throw DaemonProcessError("the daemon did not start:\n\(log)") }
    }

    /// SIGTERM; the exit status.
    @discardableResult
    func stop() -> Int32 {
        guard let process else { return -1 }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        self.process = nil
        return process.terminationStatus
    }

    /// SIGKILL, as a crash or the OOM killer ends it: nothing of it runs after this returns.
    func killAbruptly() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// The exit status once the process ended on its own, or nil if it still runs after `seconds`.
    func waitForExit(within seconds: TimeInterval) -> Int32? {
        guard let process, waitUntil(within: seconds, { !process.isRunning }) else { return nil }
        process.waitUntilExit()
        self.process = nil
        return process.terminationStatus
    }

    var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Runs the binary with `arguments` to its end: its exit status and what it wrote on stderr.
    static func runToExit(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(filePath: binary)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// prlimit execs the daemon, so this is the daemon's own process id.
    var processIdentifier: Int32? { process?.processIdentifier }

    /// Every alert line written so far.
    var alertLines: [String] {
        ((try? String(contentsOfFile: root + "/var/alerts.jsonl", encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// The most memory the process has held (VmHWM), in bytes.
    var peakMemory: Int? {
        guard let process, let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }

    func drop(_ name: String, _ bytes: [UInt8]) {
        FileManager.default.createFile(atPath: drop + "/" + name, contents: Data(bytes))
    }

    func drop(_ name: String, _ text: String) { drop(name, Array(text.utf8)) }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: drop + "/" + relative) }

    /// Where a dropped file ended and, when set aside, why.
    enum Destination: Equatable {
        case processed
        case rejected(reason: String)
    }

    /// Waits (30 s at most) for the file to leave the drop folder.
    func destination(of name: String) -> Destination? {
        var found: Destination?
        _ = waitUntil(within: 30) {
            if exists("processed/" + name) {
                found = .processed
            } else if exists("rejected/" + name), let reason = try? String(contentsOfFile: drop + "/rejected/" + name + ".reason", encoding: .utf8) {
                found = .rejected(reason: reason)
            }
            return found != nil
        }
        return found
    }

    func store() throws -> TallyStore { try TallyStore(path: root + "/var/tally.sqlite") }
}

struct DaemonProcessError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
