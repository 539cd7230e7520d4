import Synchronization

/// Something that happens again and again (alerts committed, the server stopping) for tasks to
/// wait on instead of polling: `ring`, from any thread and without blocking, wakes every task
/// waiting. A waiter reads `rings` before it looks at what it waits for, then waits past that
/// count, so a ring between its look and its wait is not missed.
public final class Broadcast: Sendable {
    private enum Waiter {
        /// Registered, its continuation not yet handed over.
        case arriving
        case waiting(CheckedContinuation<Void, Never>)
        /// Cancelled before its continuation was handed over.
        case cancelled
    }

    private struct State {
        var rings: UInt64 = 0
        var nextWaiter = 0
        var waiters: [Int: Waiter] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// How many times it has rung.
    public var rings: UInt64 { state.withLock { $0.rings } }

    public func ring() {
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.rings += 1
            var woken: [CheckedContinuation<Void, Never>] = []
            for (id, waiter) in state.waiters {
                if case .waiting(let continuation) = waiter {
                    woken.append(continuation)
                    state.waiters[id] = nil
                }
            }
            return woken
        }
        for continuation in woken { continuation.resume() }
    }

    /// Returns once it has rung more than `seen` times, or when the task is cancelled.
    public func wait(past seen: UInt64) async {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            state.waiters[state.nextWaiter] = .arriving
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let resumeNow = state.withLock { state -> Bool in
                    if case .cancelled? = state.waiters[id] {
                        state.waiters[id] = nil
                        return true
                    }
                    if state.rings > seen {
                        state.waiters[id] = nil
                        return true
                    }
                    state.waiters[id] = .waiting(continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            let continuation = state.withLock { state -> CheckedContinuation<Void, Never>? in
                switch state.waiters[id] {
                case .waiting(let continuation)?:
                    state.waiters[id] = nil
                    return continuation
                case .arriving?:
                    state.waiters[id] = .cancelled
                    return nil
                case .cancelled?, nil:
                    return nil
                }
            }
            continuation?.resume()
        }
    }

    /// Waits until one of `broadcasts` rings past the count given with it, or `timeout` passes;
    /// true when one rang.
    public static func any(of broadcasts: [(Broadcast, seen: UInt64)], within timeout: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            for (broadcast, seen) in broadcasts {
                group.addTask {
                    await broadcast.wait(past: seen)
                    return broadcast.rings > seen
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return false
            }
            let rang = await group.next() ?? false
            group.cancelAll()
            return rang
        }
    }
}
