import Foundation
import LoopbackHTTP
import Store
import TestSupport
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
        #expect(listed.lines.prefix(5) == [
            "3 feeds: 0 ok, 0 failing, 3 never fetched; 0 entries seen, 0 pending", "A Desk", "    https://a.example/rss", "    last fetch never, never fetched, ok", "    next due now, 0 entries seen, tags conflict, from added",
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

    @Test func theListOpensWithCountsByStateAndNarrowsToTheFailingOrAWord() throws {
        let tally = try Installation()
        for url in ["https://oil.example/feed", "https://grain.example/atom", "https://metals.example/rss"] {
            #expect(try tally.run(["feeds", "add", url]).status == 0)
        }
        let store = try TallyStore(path: tally.root + "/tally.sqlite")
        let now = Date()
        let ids = try store.read { try $0.feeds() }.map(\.id)
        try store.write { tx in
            try tx.recordFetch(feedID: ids[0], FeedFetchUpdate(keepValidators: true, nextDue: now, errorStreak: 0, lastAttempt: now, lastSuccess: now, status: 304, error: nil))
            try tx.recordFetch(feedID: ids[1], FeedFetchUpdate(keepValidators: true, nextDue: now, errorStreak: 3, lastAttempt: now, lastSuccess: nil, status: 500, error: "HTTP 500"))
        }
        try store.close()

        let listed = try tally.run(["feeds", "list"])
        #expect(listed.lines.prefix(2) == [
            "3 feeds: 1 ok, 1 failing, 1 never fetched; 0 entries seen, 0 pending",
            "the failing ones: tally feeds list --failing; fetch them again now: tally feeds refresh --failing",
        ])
        #expect(listed.lines.count == 2 + 3 * 4)
        let failing = try tally.run(["feeds", "list", "--failing"])
        #expect(failing.lines.first == "1 feeds: 0 ok, 1 failing, 0 never fetched; 0 entries seen, 0 pending")
        #expect(failing.output.contains("https://grain.example/atom") && !failing.output.contains("oil.example"))
        #expect(failing.output.contains("FAILING 3× in a row: HTTP 500"))
        let word = try tally.run(["feeds", "list", "METALS"])
        #expect(word.lines.count == 5 && word.lines[2] == "    https://metals.example/rss")
        #expect(try tally.run(["feeds", "list", "nothing-like-it"]).output == "no feeds match\n")
        #expect(try tally.run(["feeds", "list", "--summary"]).lines.count == 2)
        let counts = try #require(JSONSerialization.jsonObject(with: Data(try tally.run(["feeds", "list", "--summary", "--json"]).output.utf8)) as? [String: Int])
        #expect(counts == ["feeds": 3, "ok": 1, "failing": 1, "never_fetched": 1, "unsubscribed": 0, "refresh_requested": 0, "entries_seen": 0, "entries_pending": 0])
        let failingJSON = try tally.run(["feeds", "list", "--failing", "--json"]).lines
        #expect(failingJSON.count == 1 && failingJSON[0].contains("\"error_streak\":3"))
    }

    @Test func aRefreshIsTakenUpByTheRunningDaemonAtOnce() throws {
        let etag = "\"e1\""
        let server = try LoopbackServer { request in
            guard request.path == "/desk.rss" else { return .notFound }
            if request.headers["if-none-match"] == etag { return LoopbackResponse(status: 304, headers: [("ETag", etag)]) }
            return LoopbackResponse(status: 200, headers: [("ETag", etag), ("Content-Type", "application/rss+xml")], text: Self.rss)
        }
        defer { server.stop() }
        let url = server.url("/desk.rss")
        let daemon = try DaemonProcess(extra: "[feeds]\nfetch_articles = false\n\n[[feed]]\nurl = \"\(url)\"\ninterval = \"1h\"\n")
        try daemon.start()
        #expect(waitUntil(within: 20) { daemon.log.contains("1 feeds fetched in ") }, "one summary line for the round:\n\(daemon.log)")
        #expect(server.requests.count == 1)

        let asked = try daemon.command(["feeds", "refresh", url])
        #expect(asked.status == 0 && asked.output == "refresh requested: \(url)\n", "\(asked.errors)")
        #expect(waitUntil(within: 10) { server.requests.count == 2 }, "fetched now, not in an hour:\n\(daemon.log)")
        #expect(server.requests.last?.headers["if-none-match"] == etag)
        #expect(daemon.log.contains("fetching feeds now, as asked"))
        #expect(try waitUntil(within: 5) { try daemon.store().read { try $0.feed(url: url) }?.refreshRequested == false })

        let all = try daemon.command(["feeds", "refresh", "--all"])
        #expect(all.output == "refresh requested: 1 feeds\n")
        #expect(waitUntil(within: 10) { server.requests.count == 3 })
        #expect(try daemon.command(["feeds", "refresh", "--failing"]).output == "refresh requested: 0 feeds\n")
        let unknown = try daemon.command(["feeds", "refresh", "https://unknown.example/rss"])
        #expect(unknown.status == 1 && unknown.errors.contains("not subscribed"), "\(unknown)")
        #expect(try daemon.command(["feeds", "refresh"]).status == 64)
        #expect(try daemon.command(["feeds", "refresh", url, "--all"]).status == 64)
        #expect(!daemon.log.contains("feed not modified") && !daemon.log.contains("fetched a feed"), "nothing per feed at the default level")
        #expect(daemon.stop() == 0)
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

extension DaemonProcess {
    /// A `tally` command against the running daemon's configuration.
    func command(_ arguments: [String]) throws -> Installation.Result {
        let process = Process()
        process.executableURL = URL(filePath: Self.binary)
        process.arguments = arguments + ["--config", configurationPath]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Installation.Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }
}
