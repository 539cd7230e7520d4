import AlertLog
import Alerts
import Foundation
import Model
import Pipeline
import Store
import TestSupport
import Testing

/// Copies of a seed as the wire and aggregators produce them.
@Suite struct NearDuplicateTests {
    /// Seed 003: many figures, a claimant for each.
    func original() throws -> (name: String, text: String) { try Corpus.seeds()[3] }

    func harnessWithSeeds() throws -> Harness {
        let harness = try Harness()
        for seed in try Corpus.seeds() { harness.drop(seed.name, seed.text) }
        try harness.processWaiting()
        return harness
    }

    func originalArticleID(_ harness: Harness) throws -> Int64 {
        let name = try original().name
        return try #require(try harness.pipeline.store.read { try $0.articles() }.first { article in
            try harness.pipeline.store.read { try $0.document(id: article.documentID)?.fileName } == name
        }?.id)
    }

    func ingestVariant(_ text: String, into harness: Harness) throws -> IngestReport {
        harness.drop("variant.txt", text)
        return try #require(try harness.processWaiting().first)
    }

    func expectDuplicateWithoutAlerts(_ report: IngestReport, _ harness: Harness) throws {
        guard case .duplicate(let original, let similarity) = report.outcome else {
            Issue.record("not recognised as a near-duplicate: \(report.outcome)")
            return
        }
        #expect(original == (try originalArticleID(harness)))
        #expect(similarity > 0)
        #expect(report.alerts.isEmpty, "\(report.alerts.map { AlertText.summary($0.alert) })")
        #expect(report.repeatedClaims > 0)
    }

    @Test func aRepostWithOtherFurnitureAndHeadlineIsADuplicate() throws {
        let harness = try harnessWithSeeds()
        let text = "Home | World | Asia\n\nSeoul mulls sending officers to watch Pyongyang's troops\n\nBy Staff Writer | 5 min read\n\n"
            + (try original().text)
            + "\n\nShare this article\n\nFollow us on Telegram\n\nSign up for our newsletter\n\nRead more:\n"
        try expectDuplicateWithoutAlerts(try ingestVariant(text, into: harness), harness)
    }

    @Test func aCopyWithFivePercentOfItsWordsChangedIsADuplicate() throws {
        let harness = try harnessWithSeeds()
        // Copy-editing: every twentieth lowercase word replaced; numbers and names untouched.
        var index = 0
        let edited = try original().text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard word.first?.isLowercase == true, !word.contains(where: \.isNumber) else { return String(word) }
            index += 1
            return index % 20 == 0 ? "reportedly" : String(word)
        }.joined(separator: " ")
        try expectDuplicateWithoutAlerts(try ingestVariant(edited, into: harness), harness)
    }

    @Test func itsFirstHalfIsADuplicate() throws {
        let harness = try harnessWithSeeds()
        let paragraphs = try original().text.components(separatedBy: "\n")
        let half = paragraphs.prefix(paragraphs.count / 2).joined(separator: "\n")
        try expectDuplicateWithoutAlerts(try ingestVariant(half, into: harness), harness)
    }

    @Test func aRevisedFigureInACopyIsADuplicateThatAlertsTheChange() throws {
        let harness = try harnessWithSeeds()
        let revised = try original().text.replacingOccurrences(of: "the first group of 2,600", with: "the first group of 3,000")
        let report = try ingestVariant(revised, into: harness)
        guard case .duplicate = report.outcome else {
            Issue.record("not recognised as a near-duplicate: \(report.outcome)")
            return
        }
        #expect(report.alerts.count == 1)
        let alert = try #require(report.alerts.first?.alert)
        #expect(alert.kind == .figureChanged)
        #expect(alert.old?.central == 2600)
        #expect(alert.new.central == 3000)
        #expect(report.repeatedClaims == report.claims - 1)
    }
}

/// The duplicate index holds the most recent articles only, so its memory is bounded however
/// long the daemon runs; a copy of an older article is read as a new one.
@Suite struct DuplicateWindowTests {
    @Test func copiesAreFoundAmongTheMostRecentArticlesOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-window-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let open = { (window: Int) in
            let pipeline = Pipeline(store: try TallyStore(path: root + "/tally.sqlite"), alertLog: try AlertLogWriter(path: root + "/alerts.jsonl"),
                                    duplicateWindow: window)
            try pipeline.recover()
            return pipeline
        }
        let seeds = try Corpus.seeds()
        let copy = { (index: Int, note: String) in Array((seeds[index].text + "\n\n" + note).utf8) }
        let isDuplicate = { (report: IngestReport) in if case .duplicate = report.outcome { true } else { false } }

        let narrow = try open(2)
        for seed in seeds { _ = try narrow.ingest(Array(seed.text.utf8), name: seed.name, origin: .drop) }
        #expect(isDuplicate(try narrow.ingest(copy(4, "Updated at noon."), name: "copy-4.txt", origin: .drop)), "the latest article is in the window")
        #expect(!isDuplicate(try narrow.ingest(copy(0, "Updated at noon."), name: "copy-0.txt", origin: .drop)), "the first fell out of it")

        // Opened again with a wide window, the index is rebuilt from the archive: all are there.
        let wide = try open(100)
        #expect(isDuplicate(try wide.ingest(copy(1, "Updated in the evening."), name: "copy-1.txt", origin: .drop)))
    }
}
