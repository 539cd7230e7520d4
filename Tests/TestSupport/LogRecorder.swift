public import Logging
import Synchronization

/// Keeps what was logged, level and message, for tests of what an operator sees (and how often).
public final class LogRecorder: Sendable {
    private let entries = Mutex<[(level: Logger.Level, message: String)]>([])

    public init() {}

    public var logger: Logger {
        Logger(label: "test") { _ in Handler(recorder: self) }
    }

    public var messages: [(level: Logger.Level, message: String)] { entries.withLock { $0 } }

    public func messages(at level: Logger.Level) -> [String] { messages.filter { $0.level == level }.map(\.message) }

    /// Messages at `level` or above.
    public func messages(atLeast level: Logger.Level) -> [String] { messages.filter { $0.level >= level }.map(\.message) }

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
