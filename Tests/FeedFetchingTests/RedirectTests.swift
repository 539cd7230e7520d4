import CurlFetching
import FeedFetching
import LoopbackHTTP
import Testing

@Suite struct RedirectTests {
    /// Paths like "/r/301/302/end": each segment is one hop with that status, "end" the feed.
    func makeRig(maxRedirects: Int = 5) throws -> Rig {
        try Rig(settings: FetchSettings(maxRedirects: maxRedirects)) { request in
            let parts = request.path.split(separator: "/").map(String.init)
            switch parts.first {
            case "r":
                guard parts.count >= 2, let status = Int(parts[1]) else { return .notFound }
                // Relative Location: the client resolves it against the hop's URL.
                let rest = parts.dropFirst(2).joined(separator: "/")
                return LoopbackResponse(status: status, headers: [("Location", rest == "end" ? "/end" : "/r/" + rest), ("X-Hop", parts[1])])
            case "end":
                return LoopbackResponse(status: 200, text: sampleFeed("Wildfire"))
            case "loop":
                return .redirect(301, to: "/loop")
            case "ftp":
                return .redirect(301, to: "ftp://127.0.0.1/feed.xml")
            case "file":
                return .redirect(302, to: "file:///etc/passwd")
            default:
                return .notFound
            }
        }
    }

    @Test func aPermanentRedirectGivesTheNewURL() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        for path in ["/r/301/end", "/r/308/end", "/r/301/308/end"] {
            let response = await rig.fetcher.fetch(rig.url(path))
            #expect(response.status == 200, "\(path)")
            #expect(response.finalURL == rig.url("/end"))
            #expect(response.permanentURL == rig.url("/end"), "\(path)")
            #expect(response.requestedURL == rig.url(path))
        }
    }

    @Test func aTemporaryHopAnywhereKeepsTheOldURL() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        for path in ["/r/302/end", "/r/307/end", "/r/303/end", "/r/301/302/end", "/r/302/301/end"] {
            let response = await rig.fetcher.fetch(rig.url(path))
            #expect(response.status == 200, "\(path)")
            #expect(response.finalURL == rig.url("/end"), "\(path)")
            #expect(response.permanentURL == nil, "\(path)")
        }
    }

    @Test func onlyTheLastResponsesHeadersAreKept() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/r/301/end"))
        #expect(response.headers["x-hop"] == nil)
        #expect(response.headers["location"] == nil)
        #expect(response.headers["content-length"] != nil)
    }

    @Test func aLoopEndsAsTooManyRedirects() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/loop"))
        #expect(response.failure == .tooManyRedirects)
        #expect(response.status == 0)
        // The first request and five redirects followed.
        #expect(rig.server.requestCount == 6)
    }

    @Test func aChainUpToTheLimitIsFollowedAndOneLongerIsNot() async throws {
        let rig = try makeRig(maxRedirects: 3)
        defer { rig.stop() }
        let atLimit = await rig.fetcher.fetch(rig.url("/r/301/302/307/end"))
        #expect(atLimit.status == 200)
        let overLimit = await rig.fetcher.fetch(rig.url("/r/301/302/307/308/end"))
        #expect(overLimit.failure == .tooManyRedirects)
    }

    @Test func aRedirectToAnotherSchemeIsRefused() async throws {
        let rig = try makeRig()
        defer { rig.stop() }
        let ftp = await rig.fetcher.fetch(rig.url("/ftp"))
        #expect(ftp.failure == .unsupportedURL("ftp://127.0.0.1/feed.xml"))
        let file = await rig.fetcher.fetch(rig.url("/file"))
        #expect(file.failure == .unsupportedURL("file:///etc/passwd"))
        #expect(file.body.isEmpty)
    }

    @Test func aRedirectToAnotherHostIsFollowed() async throws {
        let rig = try Rig { request in
            request.host == "old.localhost" ? .redirect(301, to: "http://new.localhost:\(request.headers["host"]?.split(separator: ":").last ?? "")/feed")
                : LoopbackResponse(status: 200, text: "moved in")
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/feed", host: "old.localhost"))
        #expect(response.status == 200)
        #expect(response.permanentURL == rig.url("/feed", host: "new.localhost"))
        #expect(rig.server.requests.map(\.host) == ["old.localhost", "new.localhost"])
    }
}
