public import Settings
public import Logging

/// The exporters the `[metrics]` settings ask for: the textfile, the endpoint, both or neither.
/// `apply` at start and after every reload restarts only those whose settings changed. Driven
/// by the daemon's worker alone.
public final class MetricsExporters {
    private let logger: Logger
    private let render: @Sendable () -> [UInt8]
    private var textfile: TextfileExporter?
    private var server: MetricsHTTPServer?

    public init(logger: Logger, render: @escaping @Sendable () -> [UInt8]) {
        self.logger = logger
        self.render = render
    }

    public func apply(_ settings: MetricsSettings) {
        if textfile?.path != settings.file || textfile?.interval != settings.interval {
            textfile?.stop()
            textfile = settings.file.map { TextfileExporter(path: $0, interval: settings.interval, logger: logger, render: render) }
            textfile?.start()
        }
        if server?.address != settings.listen {
            server?.stop()
            server = nil
            guard let address = settings.listen else { return }
            do {
                server = try MetricsHTTPServer(address: address, logger: logger, render: render)
                server?.start()
            } catch {
                logger.error("cannot serve metrics", metadata: ["address": "\(address)", "error": "\(error.description)"])
            }
        }
    }

    /// As the default settings ask: neither.
    public func stop() { apply(MetricsSettings()) }
}
