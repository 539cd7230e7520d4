import CCurl
public import FeedFetching
import Foundation
import Lifecycle

/// Fetches over libcurl's multi interface: one thread drives every transfer (no thread per feed),
/// at most `maxTransfersPerHost` per host and `maxTransfers` in all, the rest queued fairly.
/// Requests may come from any thread; completions are called on the fetcher's thread.
///
/// Each request is a conditional GET when it carries validators, asks for every content encoding
/// libcurl decodes, follows redirects itself (bounded, http and https only) so it can tell a
/// permanent move, and stops a body at `maxBodyBytes` decoded bytes.
///
/// Call `shutdown()` when done: the thread keeps the engine until then.
public final class CurlFetcher: HTTPFetching, @unchecked Sendable {
    public let settings: FetchSettings
    private let mailbox: Mailbox
    private let thread = ServiceThread(name: "tally-fetch")

    public init(settings: FetchSettings = FetchSettings()) {
        self.settings = settings
        guard let engine = TransferEngine(settings: settings) else {
            mailbox = Mailbox(multi: nil)
            mailbox.close(reason: .connection("libcurl could not start (curl_global_init or curl_multi_init failed)"))
            return
        }
        mailbox = Mailbox(multi: engine.multi)
        let mailbox = mailbox
        // Handed over once: from here on only the new thread touches the engine.
        nonisolated(unsafe) let handedOver = engine
        thread.start { Self.run(handedOver, mailbox) }
    }

    deinit {
        shutdown()
    }

    /// Queues the request; `completion` runs on the fetcher's thread. After `shutdown` it gets
    /// `.cancelled`, from a global dispatch queue since the thread is gone.
    public func fetch(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void) {
        if let refusal = mailbox.post(request, completion) {
            // No fetcher thread any more: still never call back from inside `fetch`.
            DispatchQueue.global().async { completion(.failed(request, at: request.url, refusal)) }
        }
    }

    /// Fails queued and running transfers with `.cancelled` and waits for the thread to end
    /// (unless called from the fetcher's own thread, from a completion, which cannot wait for itself).
    public func shutdown() {
        thread.stop { mailbox.close(reason: .cancelled) }
    }

    private static func run(_ engine: TransferEngine, _ mailbox: Mailbox) {
        while true {
            let (posted, closing) = mailbox.takePosted()
            for (request, completion) in posted {
                engine.admit(request, completion: completion)
            }
            if closing {
                engine.cancelAll()
                break
            }
            engine.step(waitMilliseconds: 1000)
        }
        // The engine (and the multi handle) goes with this frame, after the mailbox stopped waking it.
    }
}

/// Hands requests from any thread to the fetcher's thread and wakes it.
private final class Mailbox: @unchecked Sendable {
    typealias Posted = (HTTPRequest, @Sendable (HTTPResponse) -> Void)

    private let condition = NSCondition()
    private let multi: UnsafeMutableRawPointer?
    private var posted: [Posted] = []
    private var closedWith: FetchFailure?

    init(multi: UnsafeMutableRawPointer?) {
        self.multi = multi
    }

    /// Queues a request; returns why not when the fetcher is closed.
    func post(_ request: HTTPRequest, _ completion: @escaping @Sendable (HTTPResponse) -> Void) -> FetchFailure? {
        condition.lock()
        defer { condition.unlock() }
        if let closedWith { return closedWith }
        posted.append((request, completion))
        // Under the lock: the thread cannot have seen the close and freed the multi handle yet.
        if posted.count == 1, let multi { _ = curl_multi_wakeup(multi) }
        return nil
    }

    func close(reason: FetchFailure) {
        condition.lock()
        defer { condition.unlock() }
        guard closedWith == nil else { return }
        closedWith = reason
        if let multi { _ = curl_multi_wakeup(multi) }
    }

    func takePosted() -> ([Posted], closing: Bool) {
        condition.lock()
        defer { condition.unlock() }
        let taken = posted
        posted = []
        return (taken, closedWith != nil)
    }
}
