import FeedParsing
import Foundation
import Testing

/// Feeds in the encodings the issue names, and the order the encoding is decided in.
@Suite struct FeedEncodingTests {
    @Test func iso8859_2FromTheXMLDeclaration() throws {
        let feed = try FeedParser.parse(try TestData.bytes("news-iso-8859-2.xml"))
        #expect(feed.encoding == "ISO-8859-2")
        #expect(feed.title == "Wiadomości z Łodzi")
        #expect(feed.entries[0].title == "Żółta flaga: 3 500 zachorowań")
        #expect(feed.warnings.isEmpty)
    }

    @Test func windows1252MislabelledAsUTF8() throws {
        let feed = try FeedParser.parse(try TestData.bytes("mislabelled-windows-1252.xml"))
        #expect(feed.encoding == "windows-1252")
        #expect(feed.title == "Café Prices – “weekly”")
        #expect(feed.entries[0].title == "Le prix du café monte à 4,50 €")
        #expect(feed.warnings == ["invalid UTF-8 at byte 77 although declared UTF-8; read as Windows-1252"])
    }

    @Test func utf16WithoutAByteOrderMark() throws {
        let feed = try FeedParser.parse(try TestData.bytes("greek-utf16le.xml"))
        #expect(feed.encoding == "UTF-16LE")
        #expect(feed.title == "Σεισμός: 4.800 σπίτια")
        #expect(feed.entries[0].updated == Feeds.date("2024-05-01T07:00:00Z"))
    }

    @Test func httpCharsetOverridesTheDeclaration() throws {
        // The declaration says ISO-8859-1, the server (rightly) says KOI8-R.
        let bytes = Array("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><title>".utf8)
            + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes, contentType: "application/rss+xml; charset=KOI8-R")
        #expect(feed.title == "Привет")
        #expect(feed.encoding == "KOI8-R")
        let declared = try FeedParser.parse(bytes, contentType: "application/rss+xml")
        #expect(declared.encoding == "windows-1252")
    }

    @Test func staleDeclarationOnValidUTF8() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><title>Київ</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "Київ")
        #expect(feed.encoding == "UTF-8")
        #expect(feed.warnings == ["declared windows-1251 but the bytes are valid UTF-8; read as UTF-8"])
    }

    @Test func cjkDeclaredInTheXMLDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss><channel><title>".utf8) + [0xB3, 0xE2]
            + Array("</title></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "년")
        #expect(feed.encoding == "EUC-KR")
    }
}
