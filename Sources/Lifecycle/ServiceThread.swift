public import Foundation

/// One long-lived thread of the daemon (the feed service, the folder watch, the metrics file, the
/// fetcher) or of `tally serve` (the alert log's watch): started once, asked to stop, waited for. Its loop checks `isStopping`
/// between waits; `stop` sets it, calls the owner's `wake` so a loop blocked elsewhere (poll,
/// inotify, curl) returns, and waits until the loop has returned, so nothing the loop touches is
/// torn down under it.
///
/// The thread holds its loop (and what the loop captures) only while it runs: an owner that
/// keeps the `ServiceThread` is freed once stopped. Stopping twice, or a thread never started,
/// returns at once; a stop asked from the loop's own thread (a completion that shuts its fetcher
/// down) does not wait for itself.
public final class ServiceThread: @unchecked Sendable {
    public let name: String
    private let condition = NSCondition()
    private var stopping = false
    private var running = false
    private var loopThread: pthread_t?

    public init(name: String) {
        self.name = name
    }

    /// Runs `loop` on a new thread. A thread runs one loop in its life.
    public func start(_ loop: @escaping @Sendable () -> Void) {
        condition.withLock {
            precondition(!running && loopThread == nil, "\(name): started twice")
            running = true
        }
        let thread = Thread { [self] in
            condition.withLock { loopThread = pthread_self() }
            loop()
            condition.withLock {
                running = false
                condition.broadcast()
            }
        }
        thread.name = name
        thread.start()
    }

    public var isStopping: Bool { condition.withLock { stopping } }

    /// Whether the caller is the loop's own thread.
    public var isCurrent: Bool {
        condition.withLock { loopThread.map { pthread_equal($0, pthread_self()) != 0 } ?? false }
    }

    /// Waits until `deadline` or until asked to stop; true when asked to stop.
    public func sleep(until deadline: Date) -> Bool {
        condition.withLock {
            while !stopping, condition.wait(until: deadline) {}
            return stopping
        }
    }

    /// Asks the loop to stop, wakes it with `wake`, and waits until it has returned.
    public func stop(wake: () -> Void = {}) {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
        wake()
        guard !isCurrent else { return }
        condition.withLock {
            while running { condition.wait() }
        }
    }
}
