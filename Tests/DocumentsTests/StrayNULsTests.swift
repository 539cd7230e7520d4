import Documents
import Testing

/// NUL bytes in an HTML page: a few stray ones are dropped as a browser's parser drops them;
/// binary data and text that is not markup stay refused.
@Suite struct StrayNULsTests {
    static func page(nuls: Int, paragraphs: Int = 40) -> [UInt8] {
        let paragraph = Array("<p>The council met again on Tuesday to discuss the budget.</p>\n".utf8)
        var bytes = Array("<!DOCTYPE html><html><body><img src=\"a.gif\">".utf8) + [UInt8](repeating: 0, count: nuls)
        for _ in 0..<paragraphs { bytes += paragraph }
        return bytes + Array("</body></html>".utf8)
    }

    @Test func aFewNULsInAPageAreDropped() throws {
        let document = try DocumentDecoder.decode(Self.page(nuls: 2), fileName: "page.html")
        #expect(!document.utf8.contains(0))
        #expect(document.content.contains("<img src=\"a.gif\"><p>The council met"))
    }

    @Test func manyNULsInAPageAreStillBinary() {
        #expect(throws: DocumentError.self) { try DocumentDecoder.decode(Self.page(nuls: 200), fileName: "page.html") }
    }

    @Test func aNULInPlainTextIsStillRefused() {
        let text = Array("Officials said 40 people died.".utf8) + [0] + Array(String(repeating: " More text follows here.", count: 100).utf8)
        #expect(throws: DocumentError.self) { try DocumentDecoder.decode(text, fileName: "note.txt") }
    }

    @Test func bytesThatDoNotStartAsMarkupAreStillRefused() {
        let bytes = Array(String(repeating: "plain words and no markup at all ", count: 100).utf8) + [0, 0] + Array("<p>late tag</p>".utf8)
        #expect(throws: DocumentError.self) { try DocumentDecoder.decode(bytes, fileName: "page.html") }
    }
}
