import CurlFetching
import Dispatch
import FeedFetching
import LoopbackHTTP
import Testing

@Suite struct ShutdownTests {
    @Test func shutdownFailsTransfersInFlightAndQueuedAndReturns() async throws {
        let server = try LoopbackServer { _ in .hang }
        defer { server.stop() }
        let fetcher = CurlFetcher(settings: FetchSettings(totalTimeout: .seconds(3600), maxTransfersPerHost: 2))
        let failures = Locked<[FetchFailure?]>([])
        for index in 0..<6 {
            fetcher.fetch(HTTPRequest(url: server.url("/\(index)"))) { response in
                failures.withLock { $0.append(response.failure) }
            }
        }
        // Two are in flight (the host's limit), four wait in the queue.
        #expect(await eventually { server.requestCount == 2 })
        #expect(returns(within: .seconds(30)) { fetcher.shutdown() })
        let delivered = failures.withLock { $0 }
        #expect(delivered.count == 6)
        #expect(delivered.allSatisfy { $0 == .cancelled })
    }

    @Test func aFetchAfterShutdownFailsAtOnce() async throws {
        let fetcher = CurlFetcher()
        fetcher.shutdown()
        fetcher.shutdown()
        let response = await fetcher.fetch(HTTPRequest(url: "http://127.0.0.1:9/feed.xml", tag: 3))
        #expect(response.failure == .cancelled)
        #expect(response.tag == 3)
    }

    @Test func aCompletionMayShutTheFetcherDown() async throws {
        let server = try LoopbackServer { _ in LoopbackResponse(status: 200, text: "ok") }
        defer { server.stop() }
        let fetcher = CurlFetcher()
        let response: HTTPResponse = await withCheckedContinuation { continuation in
            fetcher.fetch(HTTPRequest(url: server.url("/"))) { response in
                fetcher.shutdown()
                continuation.resume(returning: response)
            }
        }
        #expect(response.status == 200)
        let later = await fetcher.fetch(server.url("/"))
        #expect(later.failure == .cancelled)
    }
}
