import Documents
import Foundation
import Testing

/// How fast bytes become text on the common paths: the readability corpus (shared/corpora, 130
/// real pages, all UTF-8) as it is, and converted to Windows-1252. Prints MB/s, one test at a
/// time so that they do not share the cores; asserts only what the decoding gives. For the
/// report's figures use a release build:
///   swift test -c release -Xswiftc -enable-testing --filter DecodingThroughputTests
/// (DECODING_ROUNDS=N repeats the corpus N times; the default suits a debug build.)
@Suite(.serialized) struct DecodingThroughputTests {
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpora/readability").standardized
    private static let rounds = ProcessInfo.processInfo.environment["DECODING_ROUNDS"].flatMap(Int.init) ?? 1

    private static let pages: [[UInt8]] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        return names.compactMap { name in
            (try? Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("source.html"))).map { [UInt8]($0) }
        }
    }()

    /// Decodes every page `rounds` times and prints the throughput.
    private func measure(_ label: String, _ pages: [[UInt8]], fileName: String = "source.html", charset: String? = nil) throws -> [DecodedDocument] {
        var documents: [DecodedDocument] = []
        let start = DispatchTime.now().uptimeNanoseconds
        for round in 0..<Self.rounds {
            for page in pages {
                let document = try DocumentDecoder.decode(page, fileName: fileName, declaredCharset: charset)
                if round == 0 { documents.append(document) }
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let megabytes = Double(pages.reduce(0) { $0 + $1.count } * Self.rounds) / 1e6
        print(String(format: "decoding, %@: %.1f MB in %.3f s, %.1f MB/s", label, megabytes, seconds, megabytes / seconds))
        return documents
    }

    /// Foundation's decoding, less the control codes decoding drops (the corpus has no CR to turn into LF).
    private static func reference(_ page: [UInt8], _ encoding: String.Encoding) -> String? {
        String(data: Data(page), encoding: encoding).map { text in
            String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
                scalar == "\t" || scalar == "\n" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
            }))
        }
    }

    @Test func utf8Pages() throws {
        try #require(Self.pages.count >= 100, "the readability corpus is missing from \(Self.folder.path)")
        let documents = try measure("UTF-8 pages", Self.pages)
        for (page, document) in zip(Self.pages, documents) {
            #expect(document.encoding == "UTF-8")
            #expect(document.content == Self.reference(page, .utf8))
        }
    }

    @Test func windows1252Pages() throws {
        try #require(Self.pages.count >= 100, "the readability corpus is missing from \(Self.folder.path)")
        // Characters Windows-1252 lacks become "?", as a legacy CMS would have saved them.
        let converted = Self.pages.compactMap { String(decoding: $0, as: UTF8.self).data(using: .windowsCP1252, allowLossyConversion: true).map { [UInt8]($0) } }
        let declared = try measure("Windows-1252 pages, declared", converted, charset: "windows-1252")
        // As text files, so that no page's own <meta> is read: detection alone decides.
        let detected = try measure("Windows-1252 pages, undeclared", converted, fileName: "source.txt")
        for (page, (declared, detected)) in zip(converted, zip(declared, detected)) {
            #expect(declared.encoding == "windows-1252")
            #expect(declared.content == Self.reference(page, .windowsCP1252))
            // Pure ASCII is UTF-8 as much as anything.
            #expect(detected.encoding == (page.contains { $0 >= 0x80 } ? "windows-1252" : "UTF-8"))
            #expect(detected.content == declared.content)
        }
    }
}
