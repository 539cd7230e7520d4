import Foundation
import Store
import TestSupport
import Testing

/// The web view in a real browser: the daemon serves the seeds and a hostile article, headless
/// Chromium loads the pages, and the test reads the DOM Chromium built (after any script could
/// have run), not the bytes the server sent.
@Suite struct WebViewInBrowserTests {
    /// Who states which value of the troop total, as the seeds say it and the store records it
    /// (seeds 000, 003 and 004; the two spellings of Zelenskyy are two claimants).
    static let troopStatements = [
        (claimant: "South Korean National Intelligence Service", value: "12,000"),
        (claimant: "Volodymyr Zelensky", value: "11,000"),
        (claimant: "Volodymyr Zelenskyy", value: "10,000"),
    ]

    /// Where the timeline's screenshot is kept after the run (created if missing), for a look at
    /// the page as a browser draws it; Docs/timeline.png in the README is a copy of it.
    static let artefacts = Corpus.repository.appendingPathComponent(".build/test-artifacts")

    /// An article written to attack the page: a script in the sentence that states its figure,
    /// right-to-left overrides that would reverse the quote, markup that would set an attribute or
    /// the page's title if it ever ran, and a `javascript:` URL.
    static let hostileSentence = "The regional governor said 4,200 families were evacuated from the flooded valley, "
        + "\u{202E}yllaunam detnuoc\u{202C} <script>document.title='pwned'</script> overnight."
    static let hostileTitle = "Floods <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> in the valley"
    static func hostileArticle() throws -> String {
        let envelope: [String: String] = [
            "url": "javascript:document.title='pwned'",
            "title": hostileTitle,
            "source": "Wire <b onmouseover=\"document.title='pwned'\">service</b>",
            "published": "2024-10-25T08:00:00Z",
            "text": "Officials in the border province gave new numbers on Tuesday. \(hostileSentence) "
                + "Rescue teams were still searching the villages. More rain is expected later this week, the weather service said.",
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys]), as: UTF8.self)
    }

    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DaemonProcess.binary), "build the executable first: swift build")
    }

    @Test func chromiumRendersTheFiguresTheTroopTimelineByClaimantAndTheHostileArticleAsText() throws {
        let chromium = try HeadlessChromium.located()
        let port = try WebViewTests.freePort()
        let daemon = try DaemonProcess(extra: "[web]\nlisten = \"127.0.0.1:\(port)\"")
        try daemon.start()
        let seeds = try Corpus.seeds()
        for seed in seeds { daemon.drop(seed.name, seed.text) }
        daemon.drop("hostile.json", try Self.hostileArticle())
        #expect(waitUntil(within: 30) { (seeds.map(\.name) + ["hostile.json"]).allSatisfy { daemon.exists("processed/" + $0) } })
        let figures = try daemon.store().read { try $0.figures() }
        let troops = try #require(figures.first { $0.key.hasSuffix(WebViewTests.troops) }?.key)
        let hostile = try #require(figures.first { $0.key.hasSuffix("/families") }?.key)
        let site = "http://127.0.0.1:\(port)"

        // (a) The figures list links the troop total.
        let list = try DumpedDOM.parse(try chromium.dumpDOM(site + "/figures"))
        let links = list.descendants(named: "table").filter { $0.hasClass("figures") }.flatMap { $0.descendants(named: "a") }
        #expect(links.contains { $0.attribute("href") == "/figures/" + troops && $0.text == troops }, "\(links.map(\.text))")

        // The timeline as a browser draws it, kept as an artefact (first, so that it is there to
        // look at when an assertion below fails).
        try FileManager.default.createDirectory(at: Self.artefacts, withIntermediateDirectories: true)
        let screenshot = Self.artefacts.appendingPathComponent("timeline.png").path
        try? FileManager.default.removeItem(atPath: screenshot)
        try chromium.screenshot(site + "/figures/" + troops, to: screenshot, width: 1000, height: 1000)
        let png = try PNGHeader(Data(contentsOf: URL(filePath: screenshot)))
        #expect(png.width == 1000 && png.height == 1000)
        #expect(png.byteCount > 40_000, "a blank page of that size is a few KB; a drawn one is far more: \(png.byteCount) bytes")

        // (b) The troop total's timeline: each value a point of its claimant's series, labelled
        // and titled with it, in the colour the legend gives the claimant, linked to the history
        // row that quotes it.
        let figurePage = try DumpedDOM.parse(try chromium.dumpDOM(site + "/figures/" + troops))
        let chart = try #require(figurePage.descendants(named: "svg").first { $0.hasClass("timeline") })
        let rows = figurePage.descendants(named: "tr")
        let legend = figurePage.descendants(named: "ul").first { $0.hasClass("legend") }?.childElements ?? []
        for (claimant, value) in Self.troopStatements {
            let points = chart.descendants(named: "a").filter { $0.hasClass("point") && $0.attribute("data-claimant") == claimant && $0.attribute("data-value") == value }
            try #require(points.count == 1, "one point of \(value) by \(claimant)")
            let point = points[0]
            #expect(point.ancestors.first { $0.hasClass("series") }?.attribute("data-claimant") == claimant, "in \(claimant)'s series")
            #expect(point.descendants(named: "title").first?.text.hasPrefix("\(claimant): \(value) on ") == true)
            #expect(point.descendants(named: "text").first?.text == value, "the label drawn beside the point")
            let colour = point.descendants(named: "circle").first { !$0.hasClass("dispute") }?.attribute("fill")
            let legendEntry = legend.first { $0.attribute("data-claimant") == claimant }
            #expect(legendEntry?.text == claimant && legendEntry?.descendants(named: "circle").first?.attribute("fill") == colour,
                    "the legend gives \(claimant) the point's colour")
            let anchor = try #require(point.attribute("href"))
            let row = try #require(rows.first { "#" + ($0.attribute("id") ?? "") == anchor }, "the history row \(anchor)")
            #expect(row.childElements.first { $0.hasClass("claimant") }?.text == claimant)
            #expect(row.childElements.first { $0.hasClass("value") }?.text.hasSuffix(value) == true)
            #expect(row.descendants(named: "blockquote").first?.text.contains(value) == true, "the quote states \(value)")
        }

        // (c) The hostile article's figure: every attack shown as text, none in effect.
        let page = try DumpedDOM.parse(try chromium.dumpDOM(site + "/figures/" + hostile))
        let elements = page.descendants
        #expect(page.descendants(named: "title").first?.text == "\(hostile) · Tally", "the document's title, unchanged")
        #expect(page.descendants(named: "script").isEmpty && page.descendants(named: "img").isEmpty && page.descendants(named: "b").isEmpty,
                "no injected element")
        let attributes = elements.flatMap(\.attributes)
        #expect(!attributes.contains { $0.name.lowercased().hasPrefix("on") || $0.name == "data-pwned" }, "no injected attribute")
        #expect(!attributes.contains { $0.name.hasSuffix("href") && $0.value.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("javascript:") })
        let row = try #require(page.descendants(named: "table").first { $0.hasClass("history") }?.descendants(named: "tbody").first?.childElements.first)
        let quote = try #require(row.descendants(named: "blockquote").first?.text)
        #expect(quote.contains("<script>document.title='pwned'</script>"), "the script as text: \(quote)")
        #expect(quote.contains("[U+202E]yllaunam detnuoc[U+202C]"), "the override shown, not applied: \(quote)")
        let articleCell = try #require(row.childElements.last)
        #expect(articleCell.descendants(named: "a").isEmpty, "a javascript: URL is no link")
        #expect(articleCell.text == Self.hostileTitle + " Wire <b onmouseover=\"document.title='pwned'\">service</b>", "title and source as text")
        let everything = page.text + attributes.map(\.value).joined()
        #expect(!everything.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x202C }, "no bidi control reaches the page")
        #expect(daemon.stop() == 0)
    }
}
