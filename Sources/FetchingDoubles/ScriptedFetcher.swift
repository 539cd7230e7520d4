public import FeedFetching
import Foundation

/// The in-process double of `CurlFetcher`, for tests of code that fetches, without sockets.
/// Replies come from a script (per URL, or a closure that sees the whole request: validators
/// included, so it can answer 304); every request is recorded; completions arrive later, one at
/// a time on one serial queue, as the real fetcher calls back from its own thread.
public final class ScriptedFetcher: HTTPFetching, @unchecked Sendable {
    public typealias Script = @Sendable (HTTPRequest) -> ScriptedReply

    private let lock = NSLock()
    private let deliveries = DispatchQueue(label: "tally.scripted-fetcher")
    private var script: Script?
    private var replies: [String: ScriptedReply]
    private var recorded: [HTTPRequest] = []
    private var isShutDown = false
    private let onDeliveryQueue = DispatchSpecificKey<Bool>()

    /// Replies per URL; a URL without one fails with `.connection`.
    public init(replies: [String: ScriptedReply] = [:]) {
        self.replies = replies
        deliveries.setSpecific(key: onDeliveryQueue, value: true)
    }

    /// Replies computed from each request.
    public init(script: @escaping Script) {
        self.script = script
        replies = [:]
        deliveries.setSpecific(key: onDeliveryQueue, value: true)
    }

    /// Sets (or replaces) the reply for one URL; it takes precedence over the script.
    public func setReply(_ reply: ScriptedReply, for url: String) {
        lock.withLock { replies[url] = reply }
    }

    /// Every request made so far, in order.
    public var requests: [HTTPRequest] {
        lock.withLock { recorded }
    }

    public func fetch(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void) {
        let (scripted, script, shutDown) = lock.withLock {
            recorded.append(request)
            return (replies[request.url], self.script, isShutDown)
        }
        // The script runs outside the lock: it may well call `setReply`.
        let reply = shutDown ? .failed(.cancelled) : scripted ?? script?(request) ?? .unscripted(request.url)
        deliveries.async { [self] in
            // A shutdown between the call and the delivery cancels it, as it would a transfer in flight.
            let cancelled = lock.withLock { isShutDown }
            completion((cancelled ? .failed(.cancelled) : reply).response(to: request))
        }
    }

    /// Returns once every completion asked for so far has been called.
    public func waitUntilDelivered() {
        deliveries.sync {}
    }

    public func shutdown() {
        lock.withLock { isShutDown = true }
        // From a completion, waiting for the queue it runs on would never end.
        if DispatchQueue.getSpecific(key: onDeliveryQueue) == nil { waitUntilDelivered() }
    }
}
