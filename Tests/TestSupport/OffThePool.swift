import Foundation

/// Runs `body` on a thread of its own and awaits it without holding one of Swift's cooperative
/// threads (as many as cores: two here). For what blocks on a server's shutdown (its `stop`,
/// a daemon's stop), which needs a cooperative thread itself: two tests blocking both threads
/// on it would wait for each other forever.
public func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
