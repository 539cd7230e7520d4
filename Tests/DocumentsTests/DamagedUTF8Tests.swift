import Documents
import Foundation
import Testing

/// UTF-8 with a bad byte is damaged UTF-8, not a legacy encoding: read as Windows-1250 or 1252
/// every accent and quote in it would become mojibake.
@Suite struct DamagedUTF8Tests {
    static let text = "Officials in Kyiv said “about 12,000” soldiers had arrived — the ministry’s figure, which Seoul’s agency later put at 11,000. "
        + "“We can’t confirm it,” a spokesman said; the army’s count — “roughly 10,000” — came on Zelensky’s orders."

    static func damaged() -> [UInt8] {
        var bytes = Array(text.utf8)
        bytes.insert(contentsOf: [0xC3, 0x28], at: 20)
        return bytes
    }

    @Test func aDroppedFileOfDamagedUTF8IsRefusedWithAReasonNotReadAsALegacyEncoding() throws {
        #expect(throws: DocumentError.self) { try DocumentDecoder.decode(Self.damaged(), fileName: "report.txt") }
        do {
            _ = try DocumentDecoder.decode(Self.damaged(), fileName: "report.txt")
        } catch {
            #expect(error.description.contains("invalid UTF-8 at byte 20"))
            #expect(error.description.contains("the text is UTF-8 (14 valid multi-byte characters) with 1 damaged byte sequence"))
        }
    }

    @Test func aFeedOfDamagedUTF8IsReadAsUTF8WithTheBadBytesReplaced() throws {
        let feed = Array(#"<?xml version="1.0"?><rss version="2.0"><channel><title>"#.utf8) + Self.damaged() + Array("</title></channel></rss>".utf8)
        let decoded = try XMLDocumentDecoder.decode(feed)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.contains("“about 12,000”") && decoded.text.contains("\u{FFFD}("))
        #expect(decoded.warnings.contains { $0.contains("damaged") })
    }

    @Test func legacyTextWithAccentsIsStillReadAsItsEncoding() throws {
        // "Les ingénieurs ont évacué 3 000 habitants, a déclaré la préfète." in Windows-1252: every
        // accent is one byte followed by a letter, never a valid UTF-8 sequence.
        let bytes = Array("Les ing".utf8) + [0xE9] + Array("nieurs ont ".utf8) + [0xE9] + Array("vacu".utf8) + [0xE9]
            + Array(" 3 000 habitants, a d".utf8) + [0xE9] + Array("clar".utf8) + [0xE9] + Array(" la pr".utf8) + [0xE9] + Array("f".utf8) + [0xE8] + Array("te.".utf8)
        let document = try DocumentDecoder.decode(bytes, fileName: "note.txt")
        #expect(document.content.contains("ingénieurs ont évacué"))
        #expect(document.encoding != "UTF-8")
    }

    /// A page padded with ordinary markup around the damaged text, `bytes` long or so.
    static func page(declaring charset: String?, damagedSequences: Int, around bytes: Int) -> [UInt8] {
        let head = "<html><head>" + (charset.map { "<meta charset=\"\($0)\">" } ?? "") + "</head><body>"
        var body: [UInt8] = []
        for _ in 0..<damagedSequences { body += damaged() }
        let filler = String(repeating: "<p>The council met again on Tuesday to discuss the budget.</p>\n", count: max(0, (bytes - body.count) / 64))
        return Array(head.utf8) + body + Array(filler.utf8) + Array("</body></html>".utf8)
    }

    @Test func aPageDeclaringUTF8WithAFewDamagedBytesIsReadWithReplacements() throws {
        let document = try DocumentDecoder.decode(Self.page(declaring: "utf-8", damagedSequences: 1, around: 4000), fileName: "page.html")
        #expect(document.encoding == "UTF-8")
        #expect(document.content.contains("“about 12,000”") && document.content.contains("\u{FFFD}("))
    }

    @Test func aPageDeclaringUTF8WithDenseDamageIsStillRefused() {
        // Ten damaged sequences in about 3 KB: more than one per KB.
        #expect(throws: DocumentError.self) { try DocumentDecoder.decode(Self.page(declaring: "utf-8", damagedSequences: 10, around: 3000), fileName: "page.html") }
    }

    @Test func aPageWithoutADeclarationOrDeclaringALegacyEncodingIsStillRefused() {
        // Without a declaration the encoding would be a guess; the user is told instead.
        #expect(throws: DocumentError.self) { try DocumentDecoder.decode(Self.page(declaring: nil, damagedSequences: 1, around: 4000), fileName: "page.html") }
    }
}
