import CurlFetching
import FeedFetching
import Foundation
import LoopbackHTTP
import Testing

@Suite struct ContentCodingTests {
    /// Repetitive feed text and bytes of every value, so both matches and literals are coded.
    static let body: [UInt8] = {
        var generator = SystemRandomNumberGenerator()
        let text = Array(sampleFeed("Exchange rates", items: 200).utf8)
        let noise = (0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return text + noise + text
    }()

    @Test(arguments: [ContentCoding.gzip, .deflate, .brotli])
    func anEncodedBodyArrivesDecoded(_ coding: ContentCoding) async throws {
        let rig = try Rig { _ in LoopbackResponse(status: 200, body: Self.body, coding: coding) }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/rates.xml"))
        #expect(response.failure == nil)
        #expect(response.headers["content-encoding"] == coding.rawValue)
        #expect(response.body == Self.body)
    }

    @Test func everyDecodableEncodingIsAskedFor() async throws {
        let rig = try Rig { _ in LoopbackResponse(status: 204) }
        defer { rig.stop() }
        _ = await rig.fetcher.fetch(rig.url("/"))
        let accepted = (rig.server.requests.first?.headers["accept-encoding"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(accepted.contains("gzip"))
        #expect(accepted.contains("deflate"))
        #expect(accepted.contains("br"))
    }

    @Test func aBodyThatIsNotWhatItsEncodingSaysIsAConnectionFailure() async throws {
        let rig = try Rig { _ in
            LoopbackResponse(status: 200, headers: [("Content-Encoding", "gzip")], body: Array("plainly not gzip at all".utf8))
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/broken.xml"))
        guard case .connection(let detail) = response.failure else {
            Issue.record("expected a connection failure, got \(String(describing: response.failure))")
            return
        }
        #expect(detail.contains("decode"))
    }
}
