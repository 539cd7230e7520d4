import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGTERM, SIGINT and SIGHUP into calls. The signals are blocked in the calling thread
/// (and so in every thread it starts afterwards) and taken with `sigwait` on a thread of their
/// own: no code runs in signal context, and no thread can die of a default action.
/// Install it first thing, before any other thread exists.
public enum SignalRouter {
    public static func install(stop: @escaping @Sendable () -> Void, reload: @escaping @Sendable () -> Void) {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signalNumber in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let blocked = signals
        let thread = Thread {
            var waitSet = blocked
            while true {
                var received: Int32 = 0
                guard sigwait(&waitSet, &received) == 0 else { continue }
                if received == SIGHUP { reload() } else { stop() }
            }
        }
        thread.name = "tally-signals"
        thread.start()
    }
}
