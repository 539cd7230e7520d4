import CurlFetching
import FeedFetching
import LoopbackHTTP
import Testing

@Suite struct BodyLimitTests {
    static let limit = 64 * 1024
    static let settings = FetchSettings(maxBodyBytes: limit)

    /// Varied text, so that no coding shrinks it much.
    static func report(bytes: Int) -> [UInt8] {
        var text: [UInt8] = []
        var day = 0
        while text.count < bytes {
            day += 1
            text += Array("Day \(day): \(day * 37 % 1000) new cases, \(day * 7919 % 100_000) doses given, index \(day * 104_729 % 9973).\n".utf8)
        }
        return Array(text.prefix(bytes))
    }

    @Test func aBodyOverTheLimitWithContentLengthIsTooLarge() async throws {
        let rig = try Rig(settings: Self.settings) { _ in LoopbackResponse(status: 200, body: Self.report(bytes: Self.limit + 1)) }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/archive.xml"))
        #expect(response.failure == .tooLarge(limit: Self.limit))
        #expect(response.body.isEmpty)
    }

    @Test func aBodyExactlyAtTheLimitIsKept() async throws {
        let body = Self.report(bytes: Self.limit)
        let rig = try Rig(settings: Self.settings) { _ in LoopbackResponse(status: 200, body: body, framing: .chunked) }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/archive.xml"))
        #expect(response.failure == nil)
        #expect(response.body == body)
    }

    @Test func aBodyOverTheLimitWithoutContentLengthIsTooLarge() async throws {
        let rig = try Rig(settings: Self.settings) { request in
            LoopbackResponse(status: 200, body: Self.report(bytes: 4 * Self.limit), framing: request.path == "/chunked" ? .chunked : .closeDelimited)
        }
        defer { rig.stop() }
        for path in ["/chunked", "/until-close"] {
            let response = await rig.fetcher.fetch(rig.url(path))
            #expect(response.failure == .tooLarge(limit: Self.limit), "\(path)")
        }
    }

    @Test func anAnnouncedLengthOverTheLimitStopsBeforeTheBody() async throws {
        // The server announces 10 MB and sends 9 bytes: only a check of the header can say "too large".
        let rig = try Rig(settings: Self.settings) { _ in
            LoopbackResponse(status: 200, headers: [("Content-Length", "10000000")], body: Array("truncated".utf8), closesConnection: true)
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/huge.xml"))
        #expect(response.failure == .tooLarge(limit: Self.limit))
    }

    @Test func aGzipBombStopsAtTheLimitOfDecodedBytes() async throws {
        // 4 MiB of zeros, 40 KB on the wire: only the decoded size is over the limit.
        let bomb = ContentCoding.gzip.encode([UInt8](repeating: 0, count: 4 << 20))
        #expect(bomb.count < Self.limit)
        let rig = try Rig(settings: Self.settings) { _ in
            LoopbackResponse(status: 200, headers: [("Content-Encoding", "gzip")], body: bomb)
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/bomb.xml"))
        #expect(response.failure == .tooLarge(limit: Self.limit))
        #expect(response.status == 0)
    }
}
