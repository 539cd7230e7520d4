@testable import CurlFetching
import FeedFetching
import Testing

@Suite struct ResponseHeadersTests {
    func read(_ lines: [String]) -> ResponseHeaders {
        var headers = ResponseHeaders()
        for line in lines {
            Array((line + "\r\n").utf8).withUnsafeBytes { headers.consume($0) }
        }
        return headers
    }

    @Test func namesAreLowercasedValuesTrimmedAndTheLastRepeatWins() {
        let headers = read(["HTTP/1.1 200 OK", "Content-Type:  text/xml ", "X-Count: 1", "x-count: 2", ""])
        #expect(headers.status == 200)
        #expect(headers.fields == ["content-type": "text/xml", "x-count": "2"])
    }

    @Test func aNewStatusLineStartsAfresh() {
        let headers = read(["HTTP/1.1 100 Continue", "X-Interim: yes", "", "HTTP/2 404", "Retry-After: 30", ""])
        #expect(headers.status == 404)
        #expect(headers.fields == ["retry-after": "30"])
    }

    @Test func aFoldedLineContinuesTheValueAndJunkIsIgnored() {
        let headers = read(["HTTP/1.0 200 OK", "X-Long: first", "\tsecond", "no colon here", ": no name", ""])
        #expect(headers.fields == ["x-long": "first second"])
    }

    @Test func onlyAResponseWithABodyCanAnnounceTooMuch() {
        #expect(read(["HTTP/1.1 200 OK", "Content-Length: 2000"]).announcesBody(longerThan: 1000))
        #expect(!read(["HTTP/1.1 200 OK", "Content-Length: 1000"]).announcesBody(longerThan: 1000))
        #expect(!read(["HTTP/1.1 304 Not Modified", "Content-Length: 2000"]).announcesBody(longerThan: 1000))
        #expect(!read(["HTTP/1.1 200 OK", "Content-Length: lots"]).announcesBody(longerThan: 1000))
    }

    @Test func invalidUTF8DoesNotStopTheReading() {
        var headers = ResponseHeaders()
        let line: [UInt8] = Array("X-Name: caf".utf8) + [0xE9, 13, 10]
        line.withUnsafeBytes { headers.consume($0) }
        #expect(headers.fields["x-name"]?.hasPrefix("caf") == true)
    }
}
