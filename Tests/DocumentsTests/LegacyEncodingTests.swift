import Documents
import Testing

/// The legacy encodings of the WHATWG Encoding Standard, decoded through iconv, on the
/// dropped-file path (which shares its decoder with feeds).
@Suite struct LegacyEncodingTests {
    private func decode(_ bytes: [UInt8], _ name: String = "page.html", charset: String? = nil) throws -> DecodedDocument {
        try DocumentDecoder.decode(bytes, fileName: name, declaredCharset: charset)
    }

    private func page(_ charset: String, _ body: [UInt8]) -> [UInt8] {
        Array("<html><head><meta charset=\"\(charset)\"></head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    @Test(arguments: [
        ("ISO-8859-2", [0xA3, 0xF3, 0x64, 0xBC], "Łódź", "ISO-8859-2"),
        ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет", "KOI8-R"),
        ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本", "Shift_JIS"),
        ("windows-1251", [0xCA, 0xE8, 0xBF, 0xE2], "Київ", "windows-1251"),
        ("iso-8859-7", [0xC5, 0xEB, 0xEB, 0xDC, 0xE4, 0xE1], "Ελλάδα", "ISO-8859-7"),
        ("euc-kr", [0xB3, 0xE2], "년", "EUC-KR"),
        ("big5", [0xA4, 0xA4, 0xA4, 0xE5], "中文", "Big5"),
        ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC], "日本", "EUC-JP"),
        ("iso-2022-jp", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42], "日本", "ISO-2022-JP"),
        ("macintosh", [0x8E], "é", "macintosh"),
        ("tis-620", [0xA1], "ก", "windows-874"),
        ("ISO-8859-15", [0xA4], "€", "ISO-8859-15"),
    ] as [(String, [UInt8], String, String)])
    func declaredInThePage(charset: String, body: [UInt8], text: String, encoding: String) throws {
        let document = try decode(page(charset, body))
        #expect(document.content.contains("<p>\(text)</p>"))
        #expect(document.encoding == encoding)
    }

    @Test func iso2022JPEscapesAreNotBinary() throws {
        // Twenty short runs of kanji, each switched in and out by ESC sequences: 40 control bytes.
        let run: [UInt8] = [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x1B, 0x28, 0x42, 0x20]
        let document = try decode(page("iso-2022-jp", Array(repeating: run, count: 20).flatMap { $0 }))
        #expect(document.content.contains(String(repeating: "日本 ", count: 20)))
    }

    @Test func latinAliasesDecodeAsTheirWindowsSupersets() throws {
        // ISO-8859-9 is read as windows-1254 (as ISO-8859-1 is read as windows-1252): same letters, more of them.
        let document = try decode(page("iso-8859-9", [0xF0, 0xFE, 0xDD]))
        #expect(document.content.contains("ğşİ"))
        #expect(document.encoding == "windows-1254")
    }

    @Test func gb2312IsReadAsGBK() throws {
        let document = try decode([0xD6, 0xD0, 0xCE, 0xC4], "prices.txt", charset: "GB2312")
        #expect(document.content == "中文")
        #expect(document.encoding == "GBK")
    }

    @Test func transportCharsetNamesALegacyEncoding() throws {
        let document = try decode([0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "notice.txt", charset: "KOI8-R")
        #expect(document.content == "Привет")
    }

    @Test func badSequencesInADeclaredEncodingBecomeReplacementCharacters() throws {
        // 0x81 0x20 is not a Shift_JIS character; the text around it survives.
        let document = try decode(page("shift_jis", [0x93, 0xFA, 0x81, 0x20, 0x96, 0x7B]))
        #expect(document.content.contains("日\u{FFFD}"))
        #expect(document.content.contains("本"))
    }

    @Test func staleLegacyDeclarationOnValidUTF8IsOverruled() throws {
        // A site converted to UTF-8 that kept its ISO-8859-2 <meta>: "Łódź" as UTF-8 bytes.
        let document = try decode(page("iso-8859-2", Array("Łódź".utf8)))
        #expect(document.encoding == "UTF-8")
        #expect(document.content.contains("Łódź"))
    }

    @Test func labelsAreLookedUpLikeBrowsersDo() {
        #expect(CharacterEncoding.label("  \"Latin2\" ") == .supported(.iso8859_2))
        #expect(CharacterEncoding.label("CP1250") == .supported(.windows1250))
        #expect(CharacterEncoding.label("x-sjis") == .supported(.shiftJIS))
        #expect(CharacterEncoding.label("utf-32") == .supported(.utf32LittleEndian))
        #expect(CharacterEncoding.label("utf-7") == .unsupported("utf-7"))
        #expect(CharacterEncoding.label("") == .unsupported(""))
    }
}
