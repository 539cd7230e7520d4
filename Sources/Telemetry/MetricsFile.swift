public import Settings
public import Logging

/// The textfile exporter `[metrics] file` asks for, or none. `apply` at start and after every
/// reload replaces it only when the file or the interval changed. Driven by the daemon's
/// worker alone. (`[metrics] listen` is served by the daemon's web server, not here.)
public final class MetricsFile {
    private let logger: Logger
    private let render: @Sendable () -> [UInt8]
    private var exporter: TextfileExporter?

    public init(logger: Logger, render: @escaping @Sendable () -> [UInt8]) {
        self.logger = logger
        self.render = render
    }

    public func apply(_ settings: MetricsSettings) {
        guard exporter?.path != settings.file || exporter?.interval != settings.interval else { return }
        exporter?.stop()
        exporter = settings.file.map { TextfileExporter(path: $0, interval: settings.interval, logger: logger, render: render) }
        exporter?.start()
    }

    /// Writes the file a last time and stops.
    public func stop() { apply(MetricsSettings()) }
}
