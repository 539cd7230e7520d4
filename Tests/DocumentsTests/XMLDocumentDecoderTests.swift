import Documents
import Testing

/// The XML rules for bytes to text: byte-order mark, then the HTTP charset, then UTF-16/32 told
/// by zero bytes, then the XML declaration, then UTF-8, else Windows-1252, leniently.
@Suite struct XMLDocumentDecoderTests {
    private func decode(_ bytes: [UInt8], charset: String? = nil) throws -> DecodedText {
        try XMLDocumentDecoder.decode(bytes, declaredCharset: charset)
    }

    private func utf16(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        var bytes: [UInt8] = mark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 { bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return bytes
    }

    private func utf32(_ text: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        var bytes: [UInt8] = mark ? (bigEndian ? [0, 0, 0xFE, 0xFF] : [0xFF, 0xFE, 0, 0]) : []
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let big = [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)]
            bytes += bigEndian ? big : big.reversed()
        }
        return bytes
    }

    private let feed = "<?xml version=\"1.0\"?><rss><title>Zürich 😀</title></rss>"

    @Test func unicodeWithAndWithoutMarks() throws {
        for bigEndian in [false, true] {
            for mark in [false, true] {
                let sixteen = try decode(utf16(feed, bigEndian: bigEndian, mark: mark))
                #expect(sixteen.text == feed)
                #expect(sixteen.encoding == (bigEndian ? .utf16BigEndian : .utf16LittleEndian))
                let thirtyTwo = try decode(utf32(feed, bigEndian: bigEndian, mark: mark))
                #expect(thirtyTwo.text == feed)
                #expect(thirtyTwo.encoding == (bigEndian ? .utf32BigEndian : .utf32LittleEndian))
                #expect(sixteen.warnings.isEmpty && thirtyTwo.warnings.isEmpty)
            }
        }
    }

    @Test func utf8MarkIsStripped() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array(feed.utf8))
        #expect(decoded.text == feed)
        #expect(decoded.encoding == .utf8)
    }

    @Test func xmlDeclarationNamesTheEncoding() throws {
        // "Prix: 5 €" in ISO-8859-15, where the euro sign is 0xA4.
        let bytes = Array("<?xml version='1.0' encoding='ISO-8859-15'?><p>Prix: 5 ".utf8) + [0xA4] + Array("</p>".utf8)
        let decoded = try decode(bytes)
        #expect(decoded.text.hasSuffix("<p>Prix: 5 €</p>"))
        #expect(decoded.encoding == .iso8859_15)
        #expect(decoded.warnings.isEmpty)
    }

    @Test func httpCharsetBeatsTheDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><p>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p>".utf8)
        let decoded = try decode(bytes, charset: "koi8-r")
        #expect(decoded.text.contains("<p>Привет</p>"))
        #expect(decoded.encoding == .koi8R)
    }

    @Test func byteOrderMarkBeatsTheHTTPCharset() throws {
        let decoded = try decode(utf16(feed, bigEndian: true, mark: true), charset: "iso-8859-1")
        #expect(decoded.encoding == .utf16BigEndian)
        #expect(decoded.text == feed)
    }

    @Test func undeclaredLatin1IsReadAsWindows1252WithAWarning() throws {
        let bytes = Array("<rss><title>Caf".utf8) + [0xE9, 0x20, 0x93] + Array("ouvert".utf8) + [0x94] + Array("</title></rss>".utf8)
        let decoded = try decode(bytes)
        #expect(decoded.text == "<rss><title>Café “ouvert”</title></rss>")
        #expect(decoded.encoding == .windows1252)
        #expect(decoded.warnings == ["invalid UTF-8 at byte 15; read as Windows-1252"])
    }

    @Test func unknownLabelIsIgnoredWithAWarning() throws {
        let decoded = try decode(Array("<?xml version=\"1.0\" encoding=\"x-klingon\"?><rss>Łódź</rss>".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.hasSuffix("<rss>Łódź</rss>"))
        #expect(decoded.warnings.count == 1 && decoded.warnings[0].contains("x-klingon"))
    }

    @Test func badBytesAfterAUTF8MarkAreReplaced() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("<a>ok ".utf8) + [0xFF] + Array(" ok</a>".utf8))
        #expect(decoded.text == "<a>ok \u{FFFD} ok</a>")
        #expect(decoded.warnings.first?.hasPrefix("invalid UTF-8 at byte 9") == true)
    }

    @Test func mostlyUTF8WithAStrayByteStaysUTF8() throws {
        // 0x81 is undefined in Windows-1252, so the text cannot be that; the UTF-8 around it is kept.
        let decoded = try decode(Array("<a>“quoted” ".utf8) + [0x81] + Array("</a>".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text == "<a>“quoted” \u{FFFD}</a>")
        #expect(decoded.warnings.count == 1)
    }

    @Test func utf16DeclaredInAnASCIIDocumentIsUTF8() throws {
        let decoded = try decode(Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>é</a>".utf8))
        #expect(decoded.encoding == .utf8)
        #expect(decoded.text.hasSuffix("<a>é</a>"))
    }

    @Test func oddLengthUTF16IsRepairedNotRefused() throws {
        let decoded = try decode(utf16("<a>x</a>", bigEndian: false, mark: true) + [0x41])
        #expect(decoded.text == "<a>x</a>\u{FFFD}")
        #expect(!decoded.warnings.isEmpty)
    }

    @Test func whatIsNotTextIsRefused() {
        #expect(throws: DocumentError("empty document")) { try decode([]) }
        #expect(throws: DocumentError.self) { try decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) }
    }

    @Test func charsetOfAContentType() {
        #expect(XMLDocumentDecoder.charset(inContentType: "application/rss+xml; charset=\"UTF-8\"") == "utf-8")
        #expect(XMLDocumentDecoder.charset(inContentType: "text/xml;charset = us-ascii") == "us-ascii")
        #expect(XMLDocumentDecoder.charset(inContentType: "application/atom+xml") == nil)
        #expect(XMLDocumentDecoder.charset(inContentType: "text/xml; charset:iso-8859-1") == nil)
    }
}
