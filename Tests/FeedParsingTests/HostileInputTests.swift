import FeedParsing
import Foundation
import Testing

/// Documents built to hurt a parser: each is an error for that feed, or a feed without the
/// entity's content; nothing is fetched or read from disk. Times are printed, not asserted.
@Suite struct HostileInputTests {
    private func timed(_ name: String, _ text: String) -> (result: Result<ParsedFeed, FeedError>, seconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = Result { () throws(FeedError) -> ParsedFeed in try FeedParser.parse(Array(text.utf8)) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "hostile input %@: %.1f ms", name, seconds * 1000))
        return (result, seconds)
    }

    @Test func billionLaughs() {
        var declarations = "<!ENTITY lol \"lol\">"
        var previous = "lol"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"\(String(repeating: "&\(previous);", count: 10))\">"
            previous = "lol\(level)"
        }
        for place in ["<title>&lol9;</title>", "<link href=\"&lol9;\"/>"] {
            let (result, _) = timed("billion laughs", "<!DOCTYPE feed [\(declarations)]><feed xmlns=\"http://www.w3.org/2005/Atom\">\(place)</feed>")
            #expect(throws: FeedError.self) { try result.get() }
        }
    }

    @Test func quadraticBlowup() {
        // One 50 KB entity referenced 20,000 times: 1 GB of text from a 1 MB document.
        let entity = String(repeating: "A", count: 50_000)
        let references = String(repeating: "&a;", count: 20_000)
        for body in ["<title>\(references)</title>", "<entry><link href=\"\(references)\"/></entry>"] {
            let (result, _) = timed("quadratic blowup", "<!DOCTYPE feed [<!ENTITY a \"\(entity)\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">\(body)</feed>")
            #expect(throws: FeedError("the document's entities expand to far more text than the document holds (an entity bomb); refused")) {
                try result.get()
            }
        }
    }

    @Test func externalEntitiesAreNeverLoaded() throws {
        for system in ["file:///etc/passwd", "http://127.0.0.1:9/secret", "https://attacker.example/x"] {
            let (result, _) = timed("XXE \(system)", """
                <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "\(system)">]>
                <rss version="2.0"><channel><title>before &xxe; after</title><item><guid>g</guid><title>&xxe;</title></item></channel></rss>
                """)
            let feed = try result.get()
            #expect(feed.title == "before  after")
            #expect(feed.entries.map(\.key) == ["g"])
            #expect(feed.entries[0].title == nil)
        }
    }

    @Test func externalDTDsAndParameterEntitiesAreNeverLoaded() throws {
        for doctype in ["<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">",
                        "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>"] {
            let (result, _) = timed("external DTD", doctype + "<rss version=\"2.0\"><channel><title>t</title></channel></rss>")
            #expect(try result.get().title == "t")
        }
    }

    @Test func internalEntitiesWithinBoundsAreExpanded() throws {
        let feed = try Feeds.parse("<!DOCTYPE rss [<!ENTITY org \"Relief Agency\">]><rss><channel><title>&org; updates</title></channel></rss>")
        #expect(feed.title == "Relief Agency updates")
        #expect(feed.warnings.isEmpty)
    }

    @Test func deepNestingIsCutNotRecursed() {
        let depth = 100_000
        let text = "<rss><channel><title>deep</title>" + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "</channel></rss>"
        let (result, _) = timed("100,000 nested elements", text)
        // libxml2 stops at depth 256 without XML_PARSE_HUGE: what came before is kept, with a warning.
        if case .success(let feed) = result {
            #expect(feed.title == "deep")
            #expect(!feed.warnings.isEmpty)
        }
    }

    @Test func deeplyNestedJSON() {
        let items = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let (result, _) = timed("JSON nested 100,000 deep", "{\"version\": \"https://jsonfeed.org/version/1\", \"items\": \(items)}")
        #expect(throws: FeedError.self) { try result.get() }
    }

    @Test func manyTinyAmpersandsAndTags() {
        let text = "<rss><channel><title>" + String(repeating: "&<", count: 200_000) + "</title></channel></rss>"
        let (result, _) = timed("400 KB of stray & and <", text)
        switch result {
        case .success(let feed): #expect(!feed.warnings.isEmpty)
        case .failure(let error): #expect(!error.description.isEmpty)
        }
    }
}
