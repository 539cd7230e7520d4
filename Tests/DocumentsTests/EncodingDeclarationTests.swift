import Documents
import Testing

/// Each way a page or the transport declares its encoding, for every sample encoding, and which
/// declaration wins: byte-order mark, then HTTP charset, then the page's `<meta>`, then detection.
@Suite struct EncodingDeclarationTests {
    private func decode(_ bytes: [UInt8], _ name: String = "news.html", charset: String? = nil) throws -> DecodedDocument {
        try DocumentDecoder.decode(bytes, fileName: name, declaredCharset: charset)
    }

    private static let japanese = EncodingSample.all.first { $0.encoding == "Shift_JIS" }!
    private static let russianKOI8 = EncodingSample.all.first { $0.encoding == "KOI8-R" }!

    @Test(arguments: EncodingSample.all)
    func declaredByHTTPCharset(_ sample: EncodingSample) throws {
        let document = try decode(sample.bytes, "news.txt", charset: sample.encoding)
        #expect(document.encoding == sample.encoding)
        #expect(document.content == sample.text)
    }

    @Test(arguments: EncodingSample.all)
    func declaredByMetaCharset(_ sample: EncodingSample) throws {
        let document = try decode(sample.page(head: "<meta charset=\"\(sample.encoding)\">"))
        #expect(document.encoding == sample.encoding)
        #expect(document.content.contains("<p>\(sample.text)</p>"))
    }

    @Test(arguments: EncodingSample.all)
    func declaredByHTTPEquiv(_ sample: EncodingSample) throws {
        let head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=\(sample.encoding.lowercased())\">"
        let document = try decode(sample.page(head: head))
        #expect(document.encoding == sample.encoding)
        #expect(document.content.contains("<p>\(sample.text)</p>"))
    }

    @Test func byteOrderMarkBeatsHTTPAndMeta() throws {
        let utf8 = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"shift_jis\"><p>\(Self.japanese.text)</p>".utf8)
        let document = try decode(utf8, charset: "euc-kr")
        #expect(document.encoding == "UTF-8")
        #expect(document.content.contains(Self.japanese.text))

        var utf16: [UInt8] = [0xFE, 0xFF]
        for unit in "<meta charset=\"windows-1251\"><p>\(Self.japanese.text)</p>".utf16 { utf16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        let wide = try decode(utf16, charset: "windows-1252")
        #expect(wide.encoding == "UTF-16BE")
        #expect(wide.content.contains(Self.japanese.text))
    }

    @Test func httpCharsetNamesUTF16WithoutAMark() throws {
        var bytes: [UInt8] = []
        for unit in Self.japanese.text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try decode(bytes, "news.txt", charset: "utf-16le")
        #expect(document.encoding == "UTF-16LE")
        #expect(document.content == Self.japanese.text)
    }

    @Test func httpCharsetBeatsMetaCharset() throws {
        // The page says windows-1251; the server, rightly, KOI8-R.
        let page = Self.russianKOI8.page(head: "<meta charset=\"windows-1251\">")
        #expect(try decode(page, charset: "koi8-r").content.contains(Self.russianKOI8.text))
        #expect(try decode(page).encoding == "windows-1251")
    }

    @Test func metaBeatsDetection() throws {
        // KOI8-R bytes are all defined in windows-1251: a declaration the bytes can be in is
        // honoured, whatever detection would have said.
        let document = try decode(Self.russianKOI8.page(head: "<meta charset=\"windows-1251\">"))
        #expect(document.encoding == "windows-1251")
        #expect(!document.content.contains(Self.russianKOI8.text))
        #expect(try decode(Self.russianKOI8.page()).encoding == "KOI8-R")
    }

    @Test func firstMetaWins() throws {
        let page = Self.russianKOI8.page(head: "<meta charset=\"koi8-r\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-5\">")
        #expect(try decode(page).encoding == "KOI8-R")
    }

    @Test func impossibleDeclarationGivesWayToDetection() throws {
        // Shift_JIS bytes 0x81 (in 、and 。) are undefined in windows-1252; as EUC-KR they break.
        for declared in ["windows-1252", "euc-kr"] {
            let document = try decode(Self.japanese.page(head: "<meta charset=\"\(declared)\">"))
            #expect(document.encoding == "Shift_JIS", "declared \(declared)")
            #expect(document.content.contains(Self.japanese.text), "declared \(declared)")
        }
    }

    @Test func impossibleDeclarationIsAWarningLeniently() throws {
        let feed = Array("<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss><channel><title>".utf8) + Self.japanese.bytes
            + Array("</title></channel></rss>".utf8)
        let decoded = try XMLDocumentDecoder.decode(feed)
        #expect(decoded.encoding == .shiftJIS)
        #expect(decoded.warnings == ["the bytes are not valid EUC-KR as declared; read as Shift_JIS (Japanese), which they are"])
    }

    @Test(arguments: EncodingSample.all)
    func staleDeclarationOnValidUTF8IsOverruled(_ sample: EncodingSample) throws {
        let page = Array("<meta charset=\"\(sample.encoding)\"><p>\(sample.text)</p>".utf8)
        let document = try decode(page)
        #expect(document.encoding == "UTF-8")
        #expect(document.content.contains(sample.text))
    }
}
