import ArgumentParser
import Configuration
import Daemon
import Foundation
import Glibc
import Logging
import Telemetry

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon in the foreground: watch the drop folder, ingest each finished file, append alerts.",
        discussion: """
            Logs go to stderr, one event per line. SIGTERM or SIGINT stop after the document in hand; \
            SIGHUP reloads the configuration and reopens the alert log.
            """
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        let daemonBox = DaemonBox()
        SignalRouter.install(stop: {
            guard let daemon = daemonBox.daemon else { Glibc.exit(0) }
            daemon.requestStop()
        }, reload: { daemonBox.daemon?.requestReload() })
        try reportingFailures {
            let configuration = try options.load()
            let level = Logger.Level(rawValue: configuration.logLevel.rawValue) ?? .info
            LoggingSystem.bootstrap { label in StandardErrorLogHandler(label: label, level: level) }
            let daemon = Daemon(configurationPath: options.config, configuration: configuration, logger: Logger(label: "tally"),
                                metrics: TallyMetrics.bootstrappingMetricsSystem())
            daemonBox.daemon = daemon
            do {
                try daemon.run()
            } catch {
                throw CommandFailure("\(error)")
            }
        }
    }
}

/// Lets the signal thread reach the daemon once it exists; a stop before then just exits.
final class DaemonBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Daemon?
    var daemon: Daemon? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
