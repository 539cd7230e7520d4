import Foundation
import LoopbackHTTP
import Testing

/// `tally feeds`: subscriptions from the command line and OPML, the state report, a feed parsed by hand.
@Suite struct FeedsCommandTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Desk</title><link>https://desk.example/</link>
        <item><guid>d1</guid><title>Floods: 45 dead</title><link>/news/1</link><pubDate>Tue, 22 Oct 2024 08:00:00 GMT</pubDate>
        <description>At least 45 people have died.</description></item></channel></rss>
        """

    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
    }

    @Test func feedsAreAddedImportedListedAndRemoved() throws {
        let tally = try Installation()
        #expect(try tally.run(["feeds", "list"]).output.contains("no feeds: add one with `tally feeds add URL`"))

        let added = try tally.run(["feeds", "add", "https://a.example/rss", "--name", "A Desk", "--tag", "conflict", "--interval", "30m"])
        #expect(added.status == 0 && added.output == "subscribed: A Desk\n")
        #expect(try tally.run(["feeds", "add", "ftp://a.example/rss"]).status == 64)
        let tooOften = try tally.run(["feeds", "add", "https://b.example/rss", "--interval", "5"])
        #expect(tooOften.status == 64 && tooOften.errors.contains("at least 10 seconds"))

        let opml = tally.root + "/subscriptions.opml"
        try """
            <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
            <outline text="Markets"><outline type="rss" text="Oil" xmlUrl="https://oil.example/feed"/>
            <outline type="rss" text="Grain" xmlUrl="https://grain.example/atom"/></outline></body></opml>
            """.write(toFile: opml, atomically: true, encoding: .utf8)
        let imported = try tally.run(["feeds", "import", opml])
        #expect(imported.status == 0)
        #expect(imported.lines == ["subscribed: Oil [Markets]", "subscribed: Grain [Markets]", "2 feeds imported from \(opml)"])

        let listed = try tally.run(["feeds", "list"])
        #expect(listed.lines.prefix(4) == [
            "A Desk", "    https://a.example/rss", "    last fetch never, never fetched, ok", "    next due now, 0 entries seen, tags conflict, from added",
        ])
        #expect(listed.output.contains("from opml"))
        let records = try listed.lines.isEmpty ? [] : tally.run(["feeds", "list", "--json"]).lines.map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(records.map { $0["url"] as? String } == ["https://a.example/rss", "https://oil.example/feed", "https://grain.example/atom"])
        #expect(records.first?["interval_seconds"] as? Double == 1800)
        #expect(records.last?["tags"] as? [String] == ["Markets"])
        #expect(records.allSatisfy { $0["error_streak"] as? Int == 0 && $0["entries_seen"] as? Int == 0 })

        #expect(try tally.run(["feeds", "remove", "https://a.example/rss"]).output == "unsubscribed: https://a.example/rss\n")
        let again = try tally.run(["feeds", "remove", "https://a.example/rss"])
        #expect(again.status != 0 && again.errors.contains("not subscribed"))
        #expect(!(try tally.run(["feeds", "list"]).output.contains("A Desk")))
        #expect(try tally.run(["feeds", "list", "--all"]).output.contains("A Desk (unsubscribed)"))
    }

    @Test func anImportThatCannotBeReadSaysWhy() throws {
        let tally = try Installation()
        #expect(try tally.run(["feeds", "import", tally.root + "/missing.opml"]).status == 66)
        let notOPML = tally.root + "/notes.txt"
        try "just some notes".write(toFile: notOPML, atomically: true, encoding: .utf8)
        let result = try tally.run(["feeds", "import", notOPML])
        #expect(result.status == 65 && result.errors.contains(notOPML))
        #expect(try tally.run(["feeds", "list", "--json"]).output.isEmpty, "nothing half-imported")
    }

    @Test func aFeedIsParsedByHandFromAFileOrAnAddress() throws {
        let tally = try Installation()
        let file = tally.root + "/desk.xml"
        try Self.rss.write(toFile: file, atomically: true, encoding: .utf8)
        let fromFile = try tally.run(["feeds", "parse", file])
        #expect(fromFile.status == 0)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(fromFile.output.utf8)) as? [String: Any])
        #expect(parsed["format"] as? String == "rss" && parsed["title"] as? String == "Desk")
        let entry = try #require((parsed["entries"] as? [[String: Any]])?.first)
        #expect(entry["title"] as? String == "Floods: 45 dead")
        #expect(entry["published"] as? String == "2024-10-22T08:00:00Z")

        let server = try LoopbackServer { request in
            switch request.path {
            case "/desk.rss": LoopbackResponse(status: 200, headers: [("Content-Type", "application/rss+xml")], text: Self.rss)
            case "/page": LoopbackResponse(status: 200, headers: [("Content-Type", "text/html")], text: "<html><body><p>Not a feed.</p></body></html>")
            default: .notFound
            }
        }
        defer { server.stop() }
        let fromURL = try tally.run(["feeds", "parse", server.url("/desk.rss")])
        let fetched = try #require(JSONSerialization.jsonObject(with: Data(fromURL.output.utf8)) as? [String: Any])
        #expect((fetched["entries"] as? [[String: Any]])?.first?["url"] as? String == server.url("/news/1"), "resolved against the address it came from")
        let notAFeed = try tally.run(["feeds", "parse", server.url("/page")])
        #expect(notAFeed.status == 65 && !notAFeed.errors.isEmpty)
        let missing = try tally.run(["feeds", "parse", server.url("/gone")])
        #expect(missing.status == 69 && missing.errors.contains("HTTP 404"))
    }
}
