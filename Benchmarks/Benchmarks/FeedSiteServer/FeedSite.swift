import LoopbackHTTP
import Synchronization

/// 10,000 feeds on one loopback server, each on a host of its own ("f123.localhost"), each a
/// small RSS document with an ETag and a Last-Modified. Publishing a new edition changes one
/// feed in `changingEvery`; the rest keep their validators and answer 304 to them.
/// With `servesPages`, each item links to an article page on the same server (a short report
/// stating the item's figures), so a fetcher that follows teasers to their pages finds them;
/// otherwise items link to hosts that do not resolve.
final class FeedSite: Sendable {
    let changingEvery = 20
    let servesPages: Bool
    private let edition = Atomic<Int>(0)

    init(servesPages: Bool = false) {
        self.servesPages = servesPages
    }

    func publishNewEdition() {
        edition.add(1, ordering: .relaxed)
    }

    func answer(_ request: LoopbackRequest) -> LoopbackResponse {
        guard let number = Self.feedNumber(request.host) else { return .notFound }
        if servesPages, request.path.hasPrefix("/news/"), let id = Int(request.path.dropFirst(6)) {
            return LoopbackResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Self.page(number, id: id))
        }
        let version = number % changingEvery == 0 ? edition.load(ordering: .relaxed) : 0
        let etag = "\"f\(number)-v\(version)\""
        let lastModified = "Sat, \(10 + version % 18) Nov 2026 06:\(10 + number % 50):00 GMT"
        if request.headers["if-none-match"] == etag {
            return LoopbackResponse(status: 304, headers: [("ETag", etag), ("Last-Modified", lastModified)])
        }
        return LoopbackResponse(status: 200, headers: [("Content-Type", "application/rss+xml; charset=utf-8"), ("ETag", etag), ("Last-Modified", lastModified)],
                                body: Self.feed(number, version: version, pages: servesPages ? request.headers["host"] : nil))
    }

    /// "f123.localhost" -> 123.
    static func feedNumber(_ host: String) -> Int? {
        guard host.hasPrefix("f"), let dot = host.firstIndex(of: ".") else { return nil }
        return Int(host[host.index(after: host.startIndex)..<dot])
    }

    /// About 4 KB: a channel and ten items with numbers in them, like a small news feed.
    static func feed(_ number: Int, version: Int, pages: String? = nil) -> [UInt8] {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Regional desk \(number)</title>"
            + "<link>https://f\(number).example/</link><description>Updates from desk \(number)</description>"
        for item in 0..<10 {
            let id = version * 10 + item
            let figures = ItemFigures(number, id: id)
            text += "<item><title>Desk \(number) report \(id): \(figures.people) people affected</title>"
                + "<link>\(pages.map { "http://\($0)" } ?? "https://f\(number).example")/news/\(id)</link><guid isPermaLink=\"false\">f\(number)-\(id)</guid>"
                + "<pubDate>Sat, 21 Nov 2026 0\(item % 10):15:00 GMT</pubDate>"
                + "<description>Officials said about \(figures.families) families were moved and \(figures.shelters) shelters opened; "
                + "the count rose from \(figures.countBefore) on the previous day.</description></item>"
        }
        text += "</channel></rss>\n"
        return Array(text.utf8)
    }

    /// The article an item links to: a few paragraphs restating its figures.
    static func page(_ number: Int, id: Int) -> [UInt8] {
        let figures = ItemFigures(number, id: id)
        let paragraphs = [
            "Flooding in the district served by regional desk \(number) has affected \(figures.people) people, officials said on Saturday, as rivers rose after three days of heavy rain.",
            "About \(figures.families) families were moved from their homes overnight and \(figures.shelters) shelters opened in schools and sports halls, the district council said in a statement.",
            "The count rose from \(figures.countBefore) on the previous day, and forecasters expect more rain to fall on the already saturated hills upstream before the weekend is out.",
        ]
        let html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Desk \(number) report \(id): \(figures.people) people affected</title></head>"
            + "<body><article><h1>Desk \(number) report \(id)</h1>" + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
        return Array(html.utf8)
    }
}

/// The figures item `id` of feed `number` states, the same in the feed and on the item's page.
struct ItemFigures {
    let people: Int
    let families: Int
    let shelters: Int
    let countBefore: Int

    init(_ number: Int, id: Int) {
        people = 1_000 + (number * 7 + id * 13) % 9_000
        families = (number + id) % 500
        shelters = 2 + id % 9
        countBefore = (number + id) % 300
    }
}
