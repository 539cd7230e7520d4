import Foundation
import Logging
import Synchronization

/// Keeps what was logged, for tests that check an exporter says what went wrong (and only once).
final class LogRecorder: Sendable {
    private let entries = Mutex<[(level: Logger.Level, message: String)]>([])

    var logger: Logger {
        Logger(label: "test") { _ in Handler(recorder: self) }
    }

    var messages: [(level: Logger.Level, message: String)] { entries.withLock { $0 } }

    func messages(at level: Logger.Level) -> [String] { messages.filter { $0.level == level }.map(\.message) }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            recorder.entries.withLock { $0.append((event.level, "\(event.message)")) }
        }
    }
}

/// A folder of its own under the temporary directory, removed with the value.
final class ScratchFolder {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-telemetry-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
