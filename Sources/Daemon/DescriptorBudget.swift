public import Settings
import DropFolder
import Foundation
public import Logging
#if canImport(Glibc)
import Glibc
#endif

/// How many file descriptors the daemon may hold at once for a configuration, checked against
/// the process's limit at start: running out later stops files from being read (they wait and
/// are retried, see `DescriptorShortage`), so a limit too low is said once, up front.
public enum DescriptorBudget {
    /// What the daemon holds whatever the configuration: stdio, the database and its pool of
    /// readers (each a database and a WAL descriptor), the alert log, the inotify watch, the
    /// file in hand and its move, the web and metrics listeners and a few clients, libdispatch and
    /// libcurl's own. Measured: 16 to 19 open at rest with no feeds; more than twice that for headroom.
    public static let baseline = 48

    /// Descriptors needed: the baseline plus one socket per concurrent feed transfer.
    public static func needed(_ configuration: TallyConfiguration) -> Int {
        baseline + (configuration.feeds.isEmpty ? 0 : configuration.feedSettings.maxTransfers)
    }

    /// Raises the soft limit to what is needed when the hard limit allows, and warns when it
    /// does not. Call it first thing, while descriptors are still free.
    public static func check(_ configuration: TallyConfiguration, logger: Logger) {
        startDispatchEventLoop()
        let needed = needed(configuration)
        guard var limit = DescriptorShortage.openFileLimit, limit.rlim_cur < rlim_t(needed) else { return }
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        let was = limit.rlim_cur
        limit.rlim_cur = min(limit.rlim_max, rlim_t(needed))
        if limit.rlim_cur > was, setrlimit(resource, &limit) == 0, limit.rlim_cur >= rlim_t(needed) {
            logger.notice("raised the open file limit to what this configuration needs", metadata: ["from": "\(was)", "to": "\(limit.rlim_cur)"])
            return
        }
        logger.warning("the open file limit is too low for this configuration: files will wait whenever descriptors run out; raise it (LimitNOFILE= in the unit, ulimit -n)",
                       metadata: ["limit": "\(was)", "hard_limit": "\(limit.rlim_max)", "needed": "\(needed)"])
    }

    /// libdispatch opens its event loop's descriptors (an epoll and an eventfd) when its first
    /// worker thread starts, and traps (SIGILL) if it cannot: that happened at stop, when the
    /// database's close hands work to a worker, with every descriptor taken. Started now, it has them.
    private static func startDispatchEventLoop() {
        let started = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { started.signal() }
        started.wait()
    }
}
