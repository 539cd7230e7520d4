import Foundation
import Glibc
import LoopbackHTTP
import Model
import Store
import TestSupport
import Testing

/// Every kind of hostile or broken input an operator's drop folder or feeds will see, given to
/// the real daemon one at a time: each is set aside with a reason that says what it is (or, for
/// a feed, recorded as that feed's error), the daemon's memory stays bounded, and the next good
/// document is still ingested.
@Suite struct HostileInputTests {
    /// Far above the daemon's own needs (a debug build holds 40–80 MB), far below what reading
    /// any of these inputs whole would take.
    static let memoryBound = 400 * 1024 * 1024

    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DaemonProcess.binary), "build the executable first: swift build")
    }

    /// Drops the hostile input, then a good seed; the input ends as `expected` says and the
    /// seed is ingested.
    private func expect(_ name: String, makes setUp: (DaemonProcess) throws -> Void, reasonContains expected: String?,
                        afterwards check: (DaemonProcess) throws -> Void = { _ in }, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let daemon = try DaemonProcess()
        try daemon.start()
        try setUp(daemon)
        let destination = daemon.destination(of: name)
        if let expected {
            guard case .rejected(let reason)? = destination else {
                Issue.record("\(name) ended as \(String(describing: destination)), expected rejected: \(expected)", sourceLocation: sourceLocation)
                return
            }
            #expect(reason.contains(expected), "reason: \(reason)", sourceLocation: sourceLocation)
        } else {
            #expect(destination != nil, "\(name) was never taken", sourceLocation: sourceLocation)
        }
        let good = try Corpus.seeds()[3]
        daemon.drop(good.name, good.text)
        #expect(daemon.destination(of: good.name) == .processed, "the next good file", sourceLocation: sourceLocation)
        #expect(try daemon.store().read { try $0.documents() }.contains { $0.fileName == good.name && $0.outcome == .ingested }, sourceLocation: sourceLocation)
        try check(daemon)
        #expect((daemon.peakMemory ?? 0) < Self.memoryBound, "peak memory \(daemon.peakMemory ?? 0)", sourceLocation: sourceLocation)
        #expect(daemon.stop() == 0, sourceLocation: sourceLocation)
    }

    @Test func anEmptyFile() throws {
        try expect("empty.txt", makes: { $0.drop("empty.txt", []) }, reasonContains: "empty file")
    }

    @Test func binaryContent() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try expect("photo.html", makes: { $0.drop("photo.html", png) }, reasonContains: "binary content (a PNG image)")
    }

    @Test func aNULByteInText() throws {
        let text = Array("Officials said 40 people died.".utf8) + [0] + Array(" More text follows here.".utf8)
        try expect("nul.txt", makes: { $0.drop("nul.txt", text) }, reasonContains: "NUL bytes at offset 30")
    }

    @Test func invalidUTF8() throws {
        var text = Array((try Corpus.seeds()[1].text).utf8)
        text.insert(contentsOf: [0xC3, 0x28], at: 500)
        try expect("damaged.txt", makes: { $0.drop("damaged.txt", text) }, reasonContains: "invalid UTF-8 at byte 500: the text is UTF-8")
    }

    /// Sparse: a GiB on paper, nothing on disk; the daemon must not read it to find out.
    @Test func aGibibyteFile() throws {
        try expect("huge.txt", makes: { daemon in
            let descriptor = open(daemon.drop + "/huge.txt.part", O_WRONLY | O_CREAT, 0o644)
            #expect(ftruncate(descriptor, 1 << 30) == 0)
            close(descriptor)
            #expect(rename(daemon.drop + "/huge.txt.part", daemon.drop + "/huge.txt") == 0)
        }, reasonContains: "too large: 1.0 GiB, over the limit of 16.0 MiB (setting drop.max_file_bytes)")
    }

    @Test func aFiftyMegabyteSingleLine() throws {
        let line = Array(String(repeating: "the river rose above its banks and families were moved ", count: 50_000_000 / 56).utf8)
        try expect("line.txt", makes: { $0.drop("line.txt", line) }, reasonContains: "over the limit of 16.0 MiB (setting drop.max_file_bytes)")
    }

    @Test func htmlNestedAHundredThousandDeep() throws {
        let page = "<html><body>" + String(repeating: "<div>", count: 100_000) + "Officials said 40 people had died." + String(repeating: "</div>", count: 100_000) + "</body></html>"
        try expect("deep.html", makes: { $0.drop("deep.html", page) }, reasonContains: nil)
    }

    @Test func aDocumentInWhichEveryWordIsANumber() throws {
        var random = SplitMix64(seed: 5)
        let numbers = (0..<100_000).map { _ in String(Int.random(in: 1...99_999, using: &random)) }.joined(separator: " ")
        try expect("numbers.txt", makes: { $0.drop("numbers.txt", numbers) }, reasonContains: nil)
    }

    @Test func aDocumentStatingThousandsOfFigures() throws {
        let table = (1...3_000).map { "In district \($0), officials said \($0 * 7) people were evacuated." }.joined(separator: " ")
        try expect("table.txt", makes: { $0.drop("table.txt", table) }, reasonContains: "figures; more than 2000 in one document is a table or a data dump")
    }

    @Test func aSymbolicLinkPointingOutsideTheFolder() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("tally-secret-\(UUID().uuidString).txt").path
        try "Private: 99 names that must never be read.".write(toFile: outside, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        try expect("link.txt", makes: { daemon in
            try FileManager.default.createSymbolicLink(atPath: daemon.drop + "/link.txt", withDestinationPath: outside)
        }, reasonContains: "a symbolic link to \(outside): Tally does not follow links out of the drop folder")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "Private: 99 names that must never be read.", "the target is untouched")
    }

    @Test func fileNamesWithANewlineAndWithBytesThatAreNotUTF8() throws {
        let daemon = try DaemonProcess()
        try daemon.start()
        let seeds = try Corpus.seeds()
        daemon.drop("two\nlines.txt", seeds[0].text)
        let latin1Name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        #expect(Self.create(daemon.drop, latin1Name, seeds[1].text))
        #expect(waitUntil(within: 30) { daemon.exists("processed/two\nlines.txt") && Self.exists(daemon.drop + "/processed", latin1Name) })
        #expect(try daemon.store().read { try $0.documents() }.count == 2)
        #expect(daemon.stop() == 0)
    }

    /// Files taken back at once, some before the daemon could read them, some while it did: it
    /// says so in its log, carries on, and records none twice.
    @Test func filesThatVanishBeforeTheyAreRead() throws {
        try expect("last.txt", makes: { daemon in
            for round in 0..<50 {
                daemon.drop("gone-\(round).txt", "Officials said \(round + 10) people were moved from the lower town on Tuesday.")
                try? FileManager.default.removeItem(atPath: daemon.drop + "/gone-\(round).txt")
            }
            daemon.drop("last.txt", "Officials said 40 people had died in the floods.")
        }, reasonContains: nil, afterwards: { daemon in
            let names = try daemon.store().read { try $0.documents() }.map(\.fileName)
            #expect(Set(names).count == names.count, "none recorded twice")
        })
    }

    /// Written in pieces over half a second by a writer that holds it open: taken once, whole,
    /// after the writer closes it — never a copy taken halfway.
    @Test func aFileThatChangesWhileItIsWritten() throws {
        let daemon = try DaemonProcess()
        try daemon.start()
        let path = daemon.drop + "/growing.txt"
        // Created and written through one descriptor: no close, so no "finished" until the end.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(descriptor >= 0)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        let paragraph = "Officials said the water kept rising through the night and that 2,300 families had been moved to shelters.\n\n"
        for _ in 0..<50 {
            handle.write(Data(paragraph.utf8))
            Thread.sleep(forTimeInterval: 0.01)
        }
        close(descriptor)
        #expect(daemon.destination(of: "growing.txt") == .processed)
        let documents = try daemon.store().read { try $0.documents() }
        #expect(documents.map(\.byteCount) == [50 * paragraph.utf8.count], "recorded once, whole")
        #expect(daemon.stop() == 0)
    }

    /// A billion-laughs feed, one with an external entity pointing at a local file, and a gzip
    /// bomb are errors of their own feeds; a good feed beside them is read.
    @Test func hostileFeedsAreErrorsOfTheirOwn() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("tally-xxe-\(UUID().uuidString).txt").path
        try "SECRET-4711".write(toFile: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: secret) }
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + (1...9).map { level in "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">" }.joined()
            + "]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>"
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY leak SYSTEM \"file://\(secret)\">]><rss version=\"2.0\"><channel><title>Leak</title>"
            + "<item><guid>x1</guid><title>Leak &leak;</title><description>&leak;</description></item></channel></rss>"
        let bomb = ContentCoding.gzip.encode([UInt8](repeating: 0x20, count: 4 << 20))
        let article = String(repeating: "<p>Officials said 2,300 families had been moved to shelters as the river rose above its banks for a second time.</p>", count: 10)
        let good = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Good</title>"
            + "<item><guid>g1</guid><title>Floods</title><link>https://good.example/1</link><content:encoded><![CDATA[\(article)]]></content:encoded></item></channel></rss>"
        let server = try LoopbackServer { request in
            switch request.path {
            case "/laughs.rss": LoopbackResponse(status: 200, text: laughs)
            case "/xxe.rss": LoopbackResponse(status: 200, text: xxe)
            case "/bomb.rss": LoopbackResponse(status: 200, headers: [("Content-Encoding", "gzip")], body: bomb)
            case "/good.rss": LoopbackResponse(status: 200, text: good)
            default: .notFound
            }
        }
        defer { server.stop() }
        let feeds = ["laughs", "xxe", "bomb", "good"].map { "[[feed]]\nurl = \"\(server.url("/\($0).rss"))\"\nname = \"\($0)\"\n" }.joined()
        let daemon = try DaemonProcess(extra: "[feeds]\nmax_body_bytes = 1048576\n\n" + feeds)
        try daemon.start()
        let feed = { (name: String) in try daemon.store().read { try $0.feeds() }.first { $0.name == name } }
        // The external entity is dropped, not fetched: that feed is read without it.
        #expect(try waitUntil(within: 30) {
            try ["laughs", "bomb"].allSatisfy { (try feed($0))?.lastError != nil } && (try ["xxe", "good"].allSatisfy { (try feed($0))?.entriesSeen == 1 })
        })
        let laughsError = try feed("laughs")?.lastError ?? "", bombError = try feed("bomb")?.lastError ?? ""
        #expect(laughsError.hasPrefix("not a readable feed"), "\(laughsError)")
        #expect(bombError.contains("larger than 1048576 bytes"), "\(bombError)")
        #expect(try waitUntil(within: 30) { try daemon.store().read { try $0.documents() }.contains { $0.outcome == .ingested } }, "the good feed's entry")
        #expect(try waitUntil(within: 30) { try daemon.store().read { try $0.documents() }.count == 2 }, "the xxe feed's entry too")
        let texts = try daemon.store().read { try $0.articles() }.map(\.article.text)
        #expect(!texts.contains { $0.contains("SECRET-4711") }, "the external entity was never read")
        #expect((daemon.peakMemory ?? 0) < Self.memoryBound)
        #expect(daemon.stop() == 0)
    }

    private static func create(_ folder: String, _ name: [UInt8], _ text: String) -> Bool {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == text.utf8.count
    }

    private static func exists(_ folder: String, _ name: [UInt8]) -> Bool {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]
        return path.withUnsafeBufferPointer { access(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), F_OK) } == 0
    }
}
