import CurlFetching
import FeedFetching
import Foundation
import LoopbackHTTP

extension HTTPFetching {
    func fetch(_ request: HTTPRequest) async -> HTTPResponse {
        await withCheckedContinuation { continuation in
            fetch(request) { continuation.resume(returning: $0) }
        }
    }

    func fetch(_ url: String) async -> HTTPResponse {
        await fetch(HTTPRequest(url: url))
    }

    /// The response, or nil when none came within `watchdog`: a fetch that would hang for ever
    /// without the feature under test fails the test instead of hanging the run.
    func fetch(_ url: String, watchdog: Duration) async -> HTTPResponse? {
        await withCheckedContinuation { continuation in
            let resumed = Locked(false)
            let resumeOnce: @Sendable (HTTPResponse?) -> Void = { response in
                if resumed.withLock({ done in defer { done = true }; return !done }) { continuation.resume(returning: response) }
            }
            fetch(HTTPRequest(url: url), completion: resumeOnce)
            let (seconds, attoseconds) = watchdog.components
            DispatchQueue.global().asyncAfter(deadline: .now() + Double(seconds) + Double(attoseconds) / 1e18) { resumeOnce(nil) }
        }
    }

    /// All at once; the responses in the order of `requests`.
    func fetchAll(_ requests: [HTTPRequest]) async -> [HTTPResponse] {
        await withTaskGroup(of: (Int, HTTPResponse).self) { group in
            for (index, request) in requests.enumerated() {
                group.addTask { (index, await self.fetch(request)) }
            }
            var responses = [HTTPResponse?](repeating: nil, count: requests.count)
            for await (index, response) in group { responses[index] = response }
            return responses.compactMap { $0 }
        }
    }
}

/// A small RSS document on a topic far from the seeds.
func sampleFeed(_ title: String, items: Int = 3) -> String {
    let entries = (1...max(1, items)).map { index in
        "<item><title>\(title) update \(index): 1,\(index)40 cases reported</title><link>https://example.org/\(index)</link></item>"
    }
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title>\(entries.joined())</channel></rss>"
}

/// A server and a fetcher for one test; `stop` ends both.
struct Rig: Sendable {
    let server: LoopbackServer
    let fetcher: CurlFetcher

    init(settings: FetchSettings = FetchSettings(), handler: @escaping LoopbackServer.Handler) throws {
        server = try LoopbackServer(handler: handler)
        fetcher = CurlFetcher(settings: settings)
    }

    func url(_ path: String, host: String = "127.0.0.1") -> String {
        server.url(path, host: host)
    }

    func stop() {
        fetcher.shutdown()
        server.stop()
    }
}

/// Runs `body` on a thread of its own; false when it did not return within `watchdog`.
func returns(within watchdog: DispatchTimeInterval, _ body: @escaping @Sendable () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    Thread {
        body()
        done.signal()
    }.start()
    return done.wait(timeout: .now() + watchdog) == .success
}

/// Polls `condition` until it holds (5 s at most). Sleeps without holding a thread of the
/// cooperative pool, which other tests need.
func eventually(attempts: Int = 500, _ condition: () -> Bool) async -> Bool {
    for _ in 0..<attempts {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(10))
    }
    return condition()
}

/// A value shared between the test and completion handlers.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.withLock { body(&value) }
    }
}
