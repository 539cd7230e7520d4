import Alerts
import DropFolder
import Foundation
import Model
import Pipeline
import Store
import Testing

/// Every format and encoding reaches the figures; anything else is set aside with a reason.
@Suite struct FormatTests {
    let sentence = "At least 45 people have died in the floods, the health ministry said on Monday."
    let update = "At least 60 people have died in the floods, the health ministry said on Tuesday."

    func paragraph(_ lead: String) -> String {
        lead + " Rescue teams searched collapsed homes along the river while thousands of residents waited in shelters for the water to recede and roads to reopen."
    }

    @Test func htmlPagesAreReadThroughTheirMainContent() throws {
        let harness = try Harness()
        let page = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood toll rises | Daily Example</title>
            <meta property="og:site_name" content="Daily Example"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Flood toll rises</h1><p>\(paragraph(sentence))</p><p>\(paragraph("Officials warned more rain was on the way."))</p></article>
            <footer>© 2024 Daily Example. 3 comments. Share on 2 networks.</footer></body></html>
            """
        harness.drop("flood.html", page)
        let report = try #require(try harness.processWaiting().first)
        #expect(report.outcome == .ingested)
        #expect(report.title == "Flood toll rises")
        let claims = try harness.pipeline.store.read { try $0.claims(ofArticle: try #require(report.articleID)) }
        // The footer's year and counters are not read; "thousands of residents" is read but untracked.
        #expect(claims.filter { $0.claim.untracked == nil }.map(\.claim.quantity.low) == [45])
        #expect(!claims.contains { [2024, 3, 2].contains($0.claim.quantity.low) })
        #expect(claims.first?.claim.source == "the health ministry")
    }

    @Test func jsonEnvelopesCarryTheirMetadataIntoTheAlert() throws {
        let harness = try Harness()
        func envelope(_ text: String, url: String) -> String {
            let object: [String: String] = ["url": url, "title": "Flood update", "published": "2024-10-22T08:00:00Z", "source": "Example Wire", "text": paragraph(text)]
            return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        harness.drop("a.json", envelope(sentence, url: "https://example.org/a"))
        harness.drop("b.json", envelope(update, url: "https://example.org/b"))
        try harness.processWaiting()
        let alert = try #require(try harness.alerts().first?.alert)
        #expect(alert.kind == .figureChanged)
        #expect(alert.new.article.url == "https://example.org/b")
        #expect(alert.new.article.source == "Example Wire")
        #expect(alert.old?.article.url == "https://example.org/a")
        #expect(alert.new.article.published == Date(timeIntervalSince1970: 1_729_584_000))
    }

    @Test func windows1252AndUTF16TextIsDecoded() throws {
        let harness = try Harness()
        let text = "Caf\u{E9} owners \u{2014} " + paragraph(sentence)
        harness.drop("latin.txt", bytes: Array(text.data(using: .windowsCP1252)!))
        // The update repeats the report's account, so both land in one story and its figure moves.
        let other = paragraph(update) + " Schools in the valley stayed shut and the army flew supplies to villages cut off by landslides."
        harness.drop("wide.txt", bytes: [0xFF, 0xFE] + Array(other.data(using: .utf16LittleEndian)!))
        let reports = try harness.processWaiting()
        #expect(reports.count == 2 && reports.allSatisfy { $0.articleID != nil })
        #expect(try harness.alerts().map(\.alert.kind) == [.figureChanged])
        let article = try #require(try harness.pipeline.store.read { try $0.articles() }.first { $0.article.body.contains("Caf") })
        #expect(article.article.body.hasPrefix("Café owners — "))
    }

    @Test func unreadableDocumentsAreRejectedWithAReasonAndRecorded() throws {
        let harness = try Harness()
        harness.drop("empty.txt", "")
        harness.drop("binary.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        harness.drop("broken.json", "{\"title\": \"no body\"")
        harness.drop("notes.docx", "PK")
        let reports = try harness.processWaiting()
        #expect(reports.allSatisfy { $0.isRejected })
        for report in reports {
            guard case .rejected(let reason) = report.outcome else { continue }
            let written = try String(contentsOfFile: harness.layout.rejected + "/" + report.name + ".reason", encoding: .utf8)
            #expect(written == reason + "\n")
            #expect(!reason.isEmpty)
        }
        #expect(try harness.files(in: harness.layout.rejected).count == 8)
        #expect(try harness.pipeline.store.read { try $0.documentCounts() }[.rejected] == 4)
    }
}
