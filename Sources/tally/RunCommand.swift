import ArgumentParser
import Settings
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
            Logs go to stderr, one event per line. SIGTERM or SIGINT stop after the document in hand, \
            within \(stopGraceSeconds) seconds (a second signal stops at once); SIGHUP reloads the \
            configuration and reopens the alert log. Under systemd (Type=notify) it reports READY=1, \
            STATUS=, WATCHDOG=1 and STOPPING=1 over $NOTIFY_SOCKET.
            """
    )

    /// How long a stop may take before the process ends anyway (the unit's TimeoutStopSec is
    /// above it). A document still in hand then is rolled back and taken again on the next start.
    static let stopGraceSeconds = 5
    /// When the deadline fires: a second before the bound, because an exit waits for a disk
    /// write already in the kernel (the fsync of a large document's commit took 1.6–1.9 s when
    /// a stop with a 15 MB document in hand overran the bound).
    static let stopDeadlineMilliseconds = stopGraceSeconds * 1000 - 1000

    @OptionGroup var options: CommonOptions

    @Flag(help: "Start even though the database knows fewer alerts than the alert log holds (it was deleted, truncated or replaced by an older copy): new alerts are numbered after the log's highest id, so none repeats.")
    var adoptAlertLog = false

    func run() throws {
        let running = RunningDaemon()
        let stopDeadline = StopDeadline(grace: .milliseconds(Self.stopDeadlineMilliseconds)) { expiry in
            let why = expiry == .graceElapsed ? "the stop took longer than \(Self.stopDeadlineMilliseconds / 1000) s" : "asked to stop again"
            Logger(label: "tally").warning("\(why): exiting now; work not yet committed is rolled back and taken again on the next start")
            // Not exit(): the worker may still be running, and must not see the process torn down.
            _exit(0)
        }
        SignalRouter.install(stop: {
            guard stopDeadline.requestStop() else { return }
            guard let (daemon, reporter) = running.value else { Glibc.exit(0) }
            reporter.stopping()
            daemon.requestStop()
        }, reload: { running.value?.daemon.requestReload() })
        try reportingFailures {
            let configuration = try options.load()
            let level = Logger.Level(rawValue: configuration.logLevel.rawValue) ?? .info
            LoggingSystem.bootstrap { label in StandardErrorLogHandler(label: label, level: level) }
            let logger = Logger(label: "tally")
            DescriptorBudget.check(configuration, logger: logger)
            let environment = ProcessInfo.processInfo.environment
            MallocArenas.limit(environment: environment)
            let notifier: SystemdNotifier
            let watchdog: WatchdogTiming?
            do throws(SystemdNotifyError) {
                notifier = try SystemdNotifier(environment: environment)
                watchdog = try WatchdogTiming.parse(microseconds: environment["WATCHDOG_USEC"], pid: environment["WATCHDOG_PID"], ownPID: getpid())
            } catch {
                throw CommandFailure(error.description, exitCode: 78) // EX_CONFIG
            }
            let daemon = Daemon(configurationPath: options.config, configuration: configuration, logger: logger,
                                metrics: MetricsExposition.bootstrappingMetricsSystem())
            let heartbeat = Heartbeat(idleWake: watchdog?.idleWake)
            daemon.heartbeat = heartbeat
            let reporter = ServiceReporter(notifier: notifier, watchdog: watchdog, heartbeat: heartbeat, logger: logger) { daemon.statusText }
            daemon.onReady = { reporter.ready() }
            daemon.adoptsAlertLog = adoptAlertLog
            running.value = (daemon, reporter)
            do throws(DaemonError) {
                try daemon.run()
            } catch {
                throw CommandFailure(error.description, exitCode: error.exitCode)
            }
        }
    }
}

/// Lets the signal thread reach the daemon once it exists; a stop before then just exits.
final class RunningDaemon: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (daemon: Daemon, reporter: ServiceReporter)?
    var value: (daemon: Daemon, reporter: ServiceReporter)? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
