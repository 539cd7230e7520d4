import CurlFetching
import FeedFetching
import LoopbackHTTP
import Testing

/// The server answers 304 only when the validators it gets match its own.
@Suite struct ConditionalGetTests {
    static let etag = "\"flood-2026-11-v7\""
    static let lastModified = "Sat, 21 Nov 2026 18:00:00 GMT"

    func makeRig() throws -> Rig {
        try Rig { request in
            let tagMatches = request.headers["if-none-match"] == Self.etag
            let dateMatches = request.headers["if-modified-since"] == Self.lastModified
            if tagMatches || dateMatches { return LoopbackResponse(status: 304, headers: [("ETag", Self.etag)]) }
            return LoopbackResponse(status: 200, headers: [("ETag", Self.etag), ("Last-Modified", Self.lastModified)],
                                    text: sampleFeed("River levels"))
        }
    }

    @Test func theFirstFetchGetsTheValidatorsAndTheNextA304() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let first = await rig.fetcher.fetch(rig.url("/levels.rss"))
        #expect(first.status == 200)
        #expect(!first.body.isEmpty)
        let again = HTTPRequest(url: rig.url("/levels.rss"), etag: first.headers["etag"], lastModified: first.headers["last-modified"])
        let second = await rig.fetcher.fetch(again)
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
        #expect(second.failure == nil)
    }

    @Test func ifNoneMatchAloneIsSent() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(HTTPRequest(url: rig.url("/levels.rss"), etag: Self.etag))
        #expect(response.status == 304)
        #expect(rig.server.requests.first?.headers["if-none-match"] == Self.etag)
        #expect(rig.server.requests.first?.headers["if-modified-since"] == nil)
    }

    @Test func ifModifiedSinceAloneIsSent() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(HTTPRequest(url: rig.url("/levels.rss"), lastModified: Self.lastModified))
        #expect(response.status == 304)
        #expect(rig.server.requests.first?.headers["if-modified-since"] == Self.lastModified)
    }

    @Test func staleValidatorsGetTheNewBody() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(HTTPRequest(url: rig.url("/levels.rss"), etag: "\"v6\"", lastModified: "Fri, 20 Nov 2026 08:00:00 GMT"))
        #expect(response.status == 200)
        #expect(response.headers["etag"] == Self.etag)
    }

    @Test func aValidatorWithALineBreakCannotSmuggleAHeader() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(HTTPRequest(url: rig.url("/levels.rss"), etag: "\"x\"\r\nX-Injected: yes", lastModified: Self.lastModified))
        #expect(response.status == 304)
        let headers = rig.server.requests.first?.headers ?? [:]
        #expect(headers["x-injected"] == nil)
        #expect(headers["if-none-match"] == nil)
        #expect(headers["if-modified-since"] == Self.lastModified)
    }

    @Test func a304ThatAnnouncesTheFullSizeIsNotTooLarge() async throws {
        // RFC 9110 lets a 304 carry the Content-Length of the representation it does not send.
        let rig = try Rig(settings: FetchSettings(maxBodyBytes: 1000)) { _ in
            LoopbackResponse(status: 304, headers: [("Content-Length", "5000000")])
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(HTTPRequest(url: rig.url("/big.rss"), etag: Self.etag))
        #expect(response.status == 304)
        #expect(response.failure == nil)
    }
}
