import CurlFetching
import FeedFetching
import LoopbackHTTP
import Testing

@Suite struct ResponseTests {
    @Test func aPlainGETBringsStatusBodyAndLowercasedHeaders() async throws {
        let feed = sampleFeed("Cholera outbreak")
        let rig = try Rig { request in
            request.path == "/feed.xml"
                ? LoopbackResponse(status: 200, headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"v1\""), ("X-Repeated", "one"), ("X-Repeated", "two")], text: feed)
                : .notFound
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(HTTPRequest(url: rig.url("/feed.xml"), tag: 42))
        #expect(response.failure == nil)
        #expect(response.status == 200)
        #expect(response.tag == 42)
        #expect(response.requestedURL == rig.url("/feed.xml"))
        #expect(response.finalURL == rig.url("/feed.xml"))
        #expect(response.permanentURL == nil)
        #expect(String(decoding: response.body, as: UTF8.self) == feed)
        #expect(response.headers["content-type"] == "application/rss+xml")
        #expect(response.headers["etag"] == "\"v1\"")
        #expect(response.headers["x-repeated"] == "two")
        let missing = await rig.fetcher.fetch(rig.url("/nothing"))
        #expect(missing.status == 404)
        #expect(missing.failure == nil)
    }

    @Test func theUserAgentSaysWhatIsAsking() async throws {
        let rig = try Rig(settings: FetchSettings(userAgent: "Tally-test/9 (markets watcher)")) { _ in LoopbackResponse(status: 204) }
        defer { rig.stop() }
        _ = await rig.fetcher.fetch(rig.url("/"))
        #expect(rig.server.requests.first?.headers["user-agent"] == "Tally-test/9 (markets watcher)")

        let defaults = try Rig { _ in LoopbackResponse(status: 204) }
        defer { defaults.stop() }
        _ = await defaults.fetcher.fetch(defaults.url("/"))
        #expect(defaults.server.requests.first?.headers["user-agent"] == FetchSettings.defaultUserAgent)
        #expect(FetchSettings.defaultUserAgent.contains("feed reader"))
    }

    @Test func tooManyRequestsAndUnavailableExposeRetryAfter() async throws {
        let rig = try Rig { request in
            switch request.path {
            case "/busy": LoopbackResponse(status: 429, headers: [("Retry-After", "120")], text: "slow down")
            case "/down": LoopbackResponse(status: 503, headers: [("Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT")])
            default: LoopbackResponse(status: 500, text: "election results database unavailable")
            }
        }
        defer { rig.stop() }
        let busy = await rig.fetcher.fetch(rig.url("/busy"))
        #expect(busy.status == 429)
        #expect(busy.failure == nil)
        #expect(busy.headers["retry-after"] == "120")
        let down = await rig.fetcher.fetch(rig.url("/down"))
        #expect(down.status == 503)
        #expect(down.headers["retry-after"] == "Wed, 21 Oct 2026 07:28:00 GMT")
        let broken = await rig.fetcher.fetch(rig.url("/error"))
        #expect(broken.status == 500)
        #expect(broken.failure == nil)
        #expect(String(decoding: broken.body, as: UTF8.self) == "election results database unavailable")
    }

    @Test func aURLThatIsNotHTTPFailsWithoutAConnection() async throws {
        let fetcher = CurlFetcher()
        defer { fetcher.shutdown() }
        for url in ["ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "not a url", "", "http://", "127.0.0.1/feed.xml"] {
            let response = await fetcher.fetch(HTTPRequest(url: url, tag: 7))
            #expect(response.failure == .unsupportedURL(url), "\(url)")
            #expect(response.status == 0)
            #expect(response.tag == 7)
        }
    }

    @Test func aRefusedConnectionIsAConnectionFailure() async throws {
        // A port that was just free: nothing listens there.
        let server = try LoopbackServer { _ in .notFound }
        let url = server.url("/gone")
        server.stop()
        let fetcher = CurlFetcher()
        defer { fetcher.shutdown() }
        let response = await fetcher.fetch(url)
        guard case .connection(let detail) = response.failure else {
            Issue.record("expected a connection failure, got \(String(describing: response.failure))")
            return
        }
        #expect(!detail.isEmpty)
        #expect(response.status == 0)
    }
}
