import Documents
import Testing

/// Bytes in a legacy encoding with no declaration at all: detection alone names the encoding.
@Suite struct EncodingDetectionTests {
    @Test(arguments: EncodingSample.all)
    func undeclaredTextIsDetected(_ sample: EncodingSample) throws {
        let document = try DocumentDecoder.decode(sample.bytes, fileName: "news.txt")
        #expect(document.encoding == sample.encoding)
        #expect(document.content == sample.text)
    }

    @Test(arguments: EncodingSample.all)
    func undeclaredPageIsDetected(_ sample: EncodingSample) throws {
        let document = try DocumentDecoder.decode(sample.page(), fileName: "news.html")
        #expect(document.encoding == sample.encoding)
        #expect(document.content.contains("<p>\(sample.text)</p>"))
    }

    @Test func aFewHundredBytesAreEnough() throws {
        // The first 100 bytes, in each multi-byte encoding: 50 characters (two bytes each), or for
        // Korean, whose words are spaced, up to the last space in them.
        for sample in EncodingSample.all where ["Shift_JIS", "EUC-JP", "GBK", "Big5", "EUC-KR"].contains(sample.encoding) {
            let first = sample.bytes.prefix(100)
            let bytes = Array(first.lastIndex(of: 0x20).map { first[..<$0] } ?? first)
            let document = try DocumentDecoder.decode(bytes, fileName: "news.txt")
            #expect(document.encoding == sample.encoding, "\(sample.testDescription): \(bytes.count) bytes")
        }
    }

    @Test func pureASCIIIsUTF8() throws {
        #expect(try DocumentDecoder.decode(Array("Prices rose 3% in May.".utf8), fileName: "news.txt").encoding == "UTF-8")
    }

    @Test func fourByteSequencesMakeGB18030() throws {
        // "价格上涨" with U+1F4C8 (chart increasing), which GBK lacks: GB18030 writes it in four bytes.
        // (Python: "价格上涨📈 3%，国内市场的人说。".encode("gb18030").)
        let bytes: [UInt8] = [0xBC, 0xDB, 0xB8, 0xF1, 0xC9, 0xCF, 0xD5, 0xC7, 0x94, 0x39, 0xDD, 0x34, 0x20, 0x33, 0x25, 0xA3, 0xAC, 0xB9, 0xFA, 0xC4, 0xDA, 0xCA, 0xD0, 0xB3, 0xA1, 0xB5, 0xC4, 0xC8, 0xCB, 0xCB, 0xB5, 0xA1, 0xA3]
        let document = try DocumentDecoder.decode(bytes, fileName: "news.txt")
        #expect(document.encoding == "gb18030")
        #expect(document.content == "价格上涨📈 3%，国内市场的人说。")
    }

    @Test func whatDetectionCannotTellIsRefusedStrictly() {
        // One accented byte in English: Windows-1252 é, Windows-1250 é, Cyrillic й... no winner,
        // and Windows-1252 text as before.
        let bytes = Array("The caf".utf8) + [0xE9] + Array(" closed.".utf8)
        #expect((try? DocumentDecoder.decode(bytes, fileName: "news.txt"))?.encoding == "windows-1252")
        // Two-byte pairs that read as rare characters in every multi-byte encoding: refused, with
        // the best guess named so that a user who knows the language can declare it.
        let pairs: [UInt8] = Array(repeating: [0xC2, 0xD2, 0xB0, 0xE1], count: 4).flatMap { $0 }
        #expect {
            _ = try DocumentDecoder.decode(pairs, fileName: "news.txt")
        } throws: { error in
            let reason = (error as? DocumentError)?.description ?? ""
            return reason.contains("not clearly enough to be sure") && reason.hasSuffix("declare its charset or save it as UTF-8")
        }
    }

    @Test func leniently_theDetectedEncodingIsAWarning() throws {
        let sample = try #require(EncodingSample.all.first { $0.encoding == "EUC-KR" })
        let feed = Array("<?xml version=\"1.0\"?><rss><channel><title>".utf8) + sample.bytes + Array("</title></channel></rss>".utf8)
        let decoded = try XMLDocumentDecoder.decode(feed)
        #expect(decoded.encoding == .eucKR)
        #expect(decoded.text.contains(sample.text))
        #expect(decoded.warnings == ["invalid UTF-8 at byte 42; read as EUC-KR (Korean), detected"])
    }
}
