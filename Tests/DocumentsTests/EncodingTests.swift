import Documents
import Testing

/// Each encoding Tally reads, and each way bytes are refused.
@Suite struct EncodingTests {
    private func decode(_ bytes: [UInt8], _ name: String = "a.txt", charset: String? = nil) throws -> DecodedDocument {
        try DocumentDecoder.decode(bytes, fileName: name, declaredCharset: charset)
    }

    private func reason(_ bytes: [UInt8], _ name: String = "a.txt", charset: String? = nil) -> String {
        do {
            _ = try DocumentDecoder.decode(bytes, fileName: name, declaredCharset: charset)
            return "decoded"
        } catch {
            return error.description
        }
    }

    @Test func utf8() throws {
        let document = try decode(Array("Kyiv – 12,000 “troops”".utf8))
        #expect(document.content == "Kyiv – 12,000 “troops”")
        #expect(document.encoding == "UTF-8")
        #expect(document.markup == .plainText)
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let document = try decode([0xEF, 0xBB, 0xBF] + Array("Café".utf8))
        #expect(document.content == "Café")
        #expect(document.encoding == "UTF-8")
    }

    @Test func utf16LittleEndianWithMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Zürich 😀\r\nnext".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try decode(bytes)
        #expect(document.content == "Zürich 😀\nnext")
        #expect(document.encoding == "UTF-16LE")
    }

    @Test func utf16BigEndianWithMark() throws {
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in "Ελλάδα 3%".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let document = try decode(bytes)
        #expect(document.content == "Ελλάδα 3%")
        #expect(document.encoding == "UTF-16BE")
    }

    @Test func utf16WithBrokenSurrogateIsRejected() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00]
        #expect(reason(bytes).contains("invalid UTF-16 at byte 4"))
    }

    @Test func windows1252Detected() throws {
        // "Prices rose 5 € – “sharply”" in Windows-1252: euro 0x80, en dash 0x96, quotes 0x93/0x94.
        let bytes = Array("Prices rose 5 ".utf8) + [0x80, 0x20, 0x96, 0x20, 0x93] + Array("sharply".utf8) + [0x94, 0x20, 0xE9]
        let document = try decode(bytes)
        #expect(document.content == "Prices rose 5 € – “sharply” é")
        #expect(document.encoding == "windows-1252")
    }

    @Test func windows1252DeclaredInMetaTag() throws {
        let html = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>Caf".utf8) + [0xE9] + Array("</body></html>".utf8)
        let document = try decode(html, "page.html")
        #expect(document.content.contains("Café"))
        #expect(document.encoding == "windows-1252")
        #expect(document.markup == .html)
    }

    @Test func latin1DeclaredDecodesAsWindows1252() throws {
        // Declared Latin-1 wins even over bytes that happen to be valid UTF-8 (Ã© stays two letters).
        let html = Array("<meta charset=\"ISO-8859-1\"><p>na".utf8) + [0xC3, 0xA9, 0xEF] + Array("ve</p>".utf8)
        let document = try decode(html, "page.htm")
        #expect(document.content.contains("naÃ©ïve"))
        #expect(document.encoding == "windows-1252")
    }

    @Test func transportCharsetOverridesThePage() throws {
        let html = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xA3] + Array("5m</p>".utf8)
        let document = try decode(html, "page.html", charset: "latin1")
        #expect(document.content.contains("£5m"))
    }

    @Test func charsetInACommentDoesNotCount() throws {
        let html = Array("<!-- <meta charset=\"shift_jis\"> --><meta charset=utf-8><p>ok".utf8)
        #expect(try decode(html, "page.html").encoding == "UTF-8")
    }

    @Test func metaBeyondTheFirstKilobyteIsIgnored() throws {
        let html = Array(("<p>" + String(repeating: "x", count: 1100) + "<meta charset=\"shift_jis\">").utf8)
        #expect(try decode(html, "page.html").encoding == "UTF-8")
    }

    @Test func unsupportedDeclaredCharsetIsRejected() {
        // UTF-7 and EBCDIC are real encodings no browser reads; the bytes after are not UTF-8.
        let html = Array("<meta charset=\"UTF-7\"><p>".utf8) + [0x93, 0xFA, 0x96, 0x7B]
        #expect(reason(html, "page.html").hasPrefix("declared charset utf-7 (in the page's <meta>) is not supported"))
        #expect(reason([0xC1, 0xD2, 0xC9], charset: "ebcdic-cp-us").hasPrefix("declared charset ebcdic-cp-us is not supported"))
    }

    @Test func staleDeclarationOnValidUTF8IsOverruled() throws {
        let html = Array("<meta charset=\"gb2312\"><p>腾讯新闻</p>".utf8)
        let document = try decode(html, "page.html")
        #expect(document.encoding == "UTF-8")
        #expect(document.content.contains("腾讯新闻"))
    }

    @Test func binaryWithNULBytesIsRejected() {
        let bytes: [UInt8] = Array("header text".utf8) + [0x00, 0x01, 0xFF, 0x00, 0x13]
        #expect(reason(bytes) == "binary content (NUL bytes at offset 11): not a text, HTML or JSON document")
    }

    @Test func knownBinaryFormatsAreNamed() {
        #expect(reason(Array("%PDF-1.7\n%âãÏÓ".utf8)).contains("a PDF document"))
        #expect(reason([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "x.html").contains("a PNG image"))
    }

    @Test func utf32IsRejected() {
        #expect(reason([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]).hasPrefix("UTF-32 text"))
        #expect(reason([0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x41]).hasPrefix("UTF-32 text"))
    }

    @Test func wideTextWithoutMarkIsExplained() {
        var bytes: [UInt8] = []
        for unit in "Hello world, no mark here".utf16 { bytes += [UInt8(unit & 0xFF), 0] }
        #expect(reason(bytes).contains("looks like UTF-16 or UTF-32 without a byte-order mark"))
    }

    @Test func undecodableBytesAreRejectedWithTheOffset() {
        var bytes = Array(String(repeating: "a", count: 1234).utf8)
        bytes += [0x81, 0x20]
        #expect(reason(bytes).hasPrefix("invalid UTF-8 at byte 1,234 and not Windows-1252 text either"))
    }

    @Test func undeclaredMultiByteEncodingIsDetected() throws {
        // Shift_JIS "日本語のテキストです" without a declaration.
        let bytes: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58, 0x83, 0x67, 0x82, 0xC5, 0x82, 0xB7]
        let document = try decode(bytes)
        #expect(document.content == "日本語のテキストです")
        #expect(document.encoding == "Shift_JIS")
    }

    @Test func multiByteBytesDetectionCannotTellAreRejected() {
        // Well-formed GBK (乱搬), Big5 (觴唸) and EUC-KR (쫘결) alike, and no frequent text in any.
        let bytes: [UInt8] = Array(repeating: [0xC2, 0xD2, 0xB0, 0xE1], count: 4).flatMap { $0 }
        #expect(reason(bytes).contains("multi-byte encoding"))
    }

    @Test func invalidUTF8AfterUTF8MarkIsRejected() {
        #expect(reason([0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28]).hasPrefix("invalid UTF-8 at byte 4"))
    }

    @Test func emptyFileIsRejected() {
        #expect(reason([]) == "empty file")
    }

    @Test func unknownExtensionIsRejected() {
        #expect(reason(Array("x".utf8), "report.docx").hasPrefix("unsupported file type (report.docx)"))
    }

    @Test func lineEndingsAreNormalised() throws {
        let document = try decode(Array("one\r\ntwo\rthree\u{2028}four\nfive".utf8))
        #expect(document.content == "one\ntwo\nthree\nfour\nfive")
    }

    @Test func strayControlCodesAreDropped() throws {
        let document = try decode(Array("tab\there\u{07}bell\u{1B}".utf8))
        #expect(document.content == "tab\therebell")
    }

    @Test func hugeSingleLineIsLinear() throws {
        // 5 MB on one line: every stage must be a single pass (a quadratic one would not finish).
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 5_000_000)
        bytes[2_500_000] = 0xE9
        let document = try decode(bytes)
        #expect(document.encoding == "windows-1252")
        #expect(document.content.utf8.count == 5_000_001)
    }
}
