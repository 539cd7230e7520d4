import CurlFetching
import FeedFetching
import Foundation
@testable import LoopbackHTTP
import Testing

/// A blocking socket to the server, for what a well-behaved client would not do.
final class RawClient {
    let descriptor: Int32

    init(port: UInt16) {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }

    deinit { close(descriptor) }

    func send(_ text: String) {
        _ = Array(text.utf8).withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads until `text` has arrived, the peer closes, or 5 s pass.
    func read(until text: String) -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: received, as: UTF8.self).contains(text) {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}

@Suite struct LoopbackServerTests {
    @Test func pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws {
        let server = try LoopbackServer { LoopbackResponse(status: 200, text: "answer to \($0.path)") }
        defer { server.stop() }
        let client = RawClient(port: server.port)
        client.send("GET /one HTTP/1.1\r\nHost: a\r\n\r\nGET /two?x=1 HTTP/1.1\r\nHost: a\r\n\r\n")
        let text = client.read(until: "answer to /two")
        #expect(text.components(separatedBy: "HTTP/1.1 200 OK").count == 3)
        #expect(text.range(of: "answer to /one")!.lowerBound < text.range(of: "answer to /two")!.lowerBound)
        #expect(server.requests.map(\.path) == ["/one", "/two"])
        #expect(server.requests.last?.query == "x=1")
        #expect(Set(server.requests.map(\.connection)).count == 1)
    }

    @Test func aMalformedRequestGets400AndTheServerGoesOn() async throws {
        let server = try LoopbackServer { _ in LoopbackResponse(status: 200, text: "fine") }
        defer { server.stop() }
        let client = RawClient(port: server.port)
        client.send("NONSENSE\r\n\r\n")
        #expect(client.read(until: "\r\n\r\n").hasPrefix("HTTP/1.1 400"))
        let fetcher = CurlFetcher()
        defer { fetcher.shutdown() }
        #expect(await fetcher.fetch(server.url("/")).status == 200)
    }

    @Test func clientsThatVanishDoNotHurtTheOthers() async throws {
        let big = [UInt8](repeating: 65, count: 16 << 20)
        let server = try LoopbackServer { request in
            switch request.path {
            case "/big": LoopbackResponse(status: 200, body: big)
            case "/slow": LoopbackResponse(status: 200, body: big, trickle: .init(bytes: 100, every: .milliseconds(5)))
            default: LoopbackResponse(status: 200, text: "still here")
            }
        }
        defer { server.stop() }
        for path in ["/big", "/slow"] {
            // Asks for megabytes and leaves once they start coming: the server's next write fails.
            let client = RawClient(port: server.port)
            client.send("GET \(path) HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(client.read(until: "200 OK").contains("200 OK"))
        }
        // Half a request, then gone.
        RawClient(port: server.port).send("GET /half HTTP/1.1\r\nHo")
        let fetcher = CurlFetcher()
        defer { fetcher.shutdown() }
        let response = await fetcher.fetch(server.url("/"))
        #expect(String(decoding: response.body, as: UTF8.self) == "still here")
        #expect(server.requests.map(\.path) == ["/big", "/slow", "/"])
    }

    @Test func aHeadRequestGetsNoBody() throws {
        let server = try LoopbackServer { _ in LoopbackResponse(status: 200, text: "body text") }
        defer { server.stop() }
        let client = RawClient(port: server.port)
        client.send("HEAD / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
        let text = client.read(until: "never")
        #expect(text.contains("Content-Length: 9"))
        #expect(!text.contains("body text"))
    }

    @Test func theParserReadsTargetsHeadersAndBodies() {
        let raw = Array("POST http://example.org/submit?id=7 HTTP/1.1\r\nHost: Example.org:8080\r\nX-A: 1\r\nx-a: 2\r\nContent-Length: 4\r\n\r\nbodyGET".utf8)
        guard case .request(let request, let consumed, let keepAlive) = RequestParser.parse(raw[...], connection: 3) else {
            Issue.record("not parsed")
            return
        }
        #expect(request.method == "POST")
        #expect(request.path == "/submit")
        #expect(request.query == "id=7")
        #expect(request.host == "example.org")
        #expect(request.headers["x-a"] == "1, 2")
        #expect(request.body == Array("body".utf8))
        #expect(request.connection == 3)
        #expect(consumed == raw.count - 3)
        #expect(keepAlive)
    }

    @Test func theParserWaitsForTheRestAndRefusesFloods() {
        #expect(RequestParser.parse(Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8)[...], connection: 1) == .incomplete)
        #expect(RequestParser.parse(Array("GET / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc".utf8)[...], connection: 1) == .incomplete)
        let flood = Array("GET / HTTP/1.1\r\nX: ".utf8) + [UInt8](repeating: 97, count: RequestParser.maxHeadBytes)
        #expect(RequestParser.parse(flood[...], connection: 1) == .invalid(status: 431))
        #expect(RequestParser.parse(Array("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n".utf8)[...], connection: 1) == .invalid(status: 400))
        #expect(RequestParser.parse(Array("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)[...], connection: 1) == .invalid(status: 501))
        guard case .request(_, _, let keepAlive) = RequestParser.parse(Array("GET / HTTP/1.0\r\n\r\n".utf8)[...], connection: 1) else {
            Issue.record("not parsed")
            return
        }
        #expect(!keepAlive)
    }

    @Test func theCodingsAreWellFormed() {
        let text = Array(sampleFeed("Grain prices", items: 50).utf8)
        let gzip = ContentCoding.gzip.encode(text)
        #expect(Array(gzip.prefix(3)) == [0x1F, 0x8B, 8])
        #expect(gzip.count < text.count / 2)
        // The trailer holds the CRC-32 and the length.
        #expect(Checksums.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksums.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Array(gzip.suffix(4)) == [UInt8(text.count & 0xFF), UInt8(text.count >> 8 & 0xFF), UInt8(text.count >> 16 & 0xFF), 0])
        #expect(ContentCoding.brotli.encode([]) == [0b0000_0110])
    }
}
