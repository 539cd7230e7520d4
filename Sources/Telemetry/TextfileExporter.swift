import Foundation
import Lifecycle
import Logging

/// Rewrites the metrics file every `interval` on a thread of its own, for node_exporter's
/// textfile collector, and once more on stop so the file ends with the last values. A write
/// that fails (missing or read-only directory, full disk) is logged and tried again at the next
/// interval: metrics never stop the daemon.
final class TextfileExporter: @unchecked Sendable {
    let path: String
    let interval: TimeInterval
    private let logger: Logger
    private let render: @Sendable () -> [UInt8]
    private let thread = ServiceThread(name: "tally-metrics-file")

    init(path: String, interval: TimeInterval, logger: Logger, render: @escaping @Sendable () -> [UInt8]) {
        self.path = path
        self.interval = interval
        self.logger = logger
        self.render = render
    }

    func start() {
        logger.notice("writing metrics to a file", metadata: ["file": "\(path)", "interval_seconds": "\(interval)"])
        thread.start { [self] in run() }
    }

    func stop() { thread.stop() }

    private func run() {
        var lastError = write(after: nil)
        while !thread.sleep(until: Date().addingTimeInterval(interval)) { lastError = write(after: lastError) }
        _ = write(after: lastError)
    }

    /// Logs a failure when it starts or changes, and the recovery, not every retry.
    private func write(after previous: TelemetryError?) -> TelemetryError? {
        do {
            try AtomicFile.replace(path, with: render())
            if previous != nil { logger.notice("metrics file written again", metadata: ["file": "\(path)"]) }
            return nil
        } catch {
            if error != previous {
                logger.error("cannot write the metrics file; retrying every \(interval) seconds",
                             metadata: ["file": "\(path)", "error": "\(error.description)"])
            }
            return error
        }
    }
}
