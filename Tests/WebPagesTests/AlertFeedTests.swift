import Documents
import FeedParsing
import Foundation
import OrderedJSON
import Testing
@testable import WebPages

@Suite struct AlertFeedTests {
    let alerts = [
        Fixtures.alert(id: 3, key: "north-korea/troops/sent-to-russia", old: 11_000, new: 10_000, quote: Fixtures.hostileQuote),
        Fixtures.alert(id: 2, key: "gaza/deaths", old: 100, new: 120),
        Fixtures.alert(id: 1, key: "north-korea/troops/sent-to-russia", old: 12_000, new: 11_000),
    ]

    /// The feed Tally writes is read back by the feed parser Tally reads feeds with.
    @Test func feedParserReadsBackEveryAlert() throws {
        let atom = AlertFeed.atom(newestFirst: alerts, base: "http://127.0.0.1:8080", now: Fixtures.day)
        let parsed = try FeedParser.parse(Array(atom.utf8))
        #expect(parsed.entries.count == 3)
        #expect(parsed.entries.map(\.id) == ["http://127.0.0.1:8080/alerts/3", "http://127.0.0.1:8080/alerts/2", "http://127.0.0.1:8080/alerts/1"])
        #expect(parsed.entries.first?.url == "http://127.0.0.1:8080/figures/north-korea/troops/sent-to-russia")
        #expect(parsed.entries.first?.title?.contains("10,000") == true)
    }

    @Test func keyPatternSelects() throws {
        let atom = AlertFeed.atom(newestFirst: alerts, base: "http://h", pattern: "north-korea/*", now: Fixtures.day)
        #expect(try FeedParser.parse(Array(atom.utf8)).entries.count == 2)
        #expect(AlertFeed.matches("gaza/deaths", pattern: "gaza/deaths"))
        #expect(!AlertFeed.matches("gaza/deaths-2", pattern: "gaza/deaths"))
    }

    @Test func apiAlertsAreTheAlertLogsLines() throws {
        let json = APIBodies.alerts(alerts)
        let parsed = try JSONValue.parse(json.serialized)
        guard case .array(let items) = parsed else { Issue.record("not an array"); return }
        #expect(items.map { $0["id"]?.integerValue } == [3, 2, 1])
        #expect(items.first?["new"]?["quote"]?.stringValue == Fixtures.hostileQuote)
    }

    @Test func openAPIDocumentIsJSONAndNamesEveryRoute() throws {
        let document = try JSONValue.parse(OpenAPIDocument.json)
        guard case .object(let paths) = document["paths"] else { Issue.record("no paths"); return }
        #expect(Set(paths.map(\.0)) == ["/api/figures", "/api/figures/{key}", "/api/alerts", "/api/alerts/stream", "/alerts.atom", "/healthz", "/api/openapi.json"])
    }
}
