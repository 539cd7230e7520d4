import Alerts
import Foundation
import Model
import Pipeline
import Store
import StoreTestSupport
import Testing

/// Figures are tracked within their story: the same words in two stories never meet, unless the
/// user follows the figure across stories. Every report here is made up for the purpose.
@Suite struct StoryTrackingTests {
    struct Report {
        var name: String
        var title: String
        var published: String
        var text: String
    }

    static let quake = [
        Report(name: "1.json", title: "Earthquake in Peru kills 310", published: "2024-03-04T06:00:00Z",
               text: "A magnitude 7.1 earthquake struck southern Peru overnight, killing at least 310 people, Peru's civil defence institute said. Rescuers in Arequipa and Moquegua searched collapsed adobe homes as aftershocks shook the Andean region and roads to mountain villages stayed blocked."),
        Report(name: "2.json", title: "Peru earthquake death toll rises to 452", published: "2024-03-05T09:00:00Z",
               text: "The death toll from the earthquake that struck southern Peru rose to 452 on Tuesday, Peru's civil defence institute said, as rescuers in Arequipa and Moquegua dug through collapsed adobe homes and aftershocks kept shaking the Andean region."),
    ]
    static let fire = [
        Report(name: "3.json", title: "Factory fire in Dhaka kills 38", published: "2024-03-05T12:00:00Z",
               text: "A fire swept through a garment factory on the outskirts of Dhaka, Bangladesh, killing 38 workers, the fire service said. Firefighters battled the blaze in the multi-storey building for six hours while relatives gathered outside the gates of the industrial zone."),
    ]

    func envelope(_ report: Report) -> String {
        let object = ["title": report.title, "published": report.published, "source": "Example Wire", "text": report.text]
        return String(decoding: try! JSONSerialization.data(withJSONObject: object, options: .sortedKeys), as: UTF8.self)
    }

    func ingest(_ reports: [Report], policy: AlertPolicy = AlertPolicy(), store kind: StoreKind = .sqlite) throws -> (Harness, [IngestReport]) {
        let harness = try Harness(policy: policy, store: kind)
        for report in reports { harness.drop(report.name, envelope(report)) }
        return (harness, try harness.processWaiting())
    }

    @Test(arguments: StoreKind.available)
    func reportsOfOneEventShareAStoryAndItsFigures(_ kind: StoreKind) throws {
        let (harness, reports) = try ingest(Self.quake + Self.fire, store: kind)
        let stories = reports.compactMap(\.story)
        #expect(stories.count == 3)
        #expect(stories[0] == stories[1])
        #expect(stories[0].hasPrefix("2024-03-"))
        #expect(stories[2] != stories[0])
        let alerts = try harness.alerts().map(\.alert)
        #expect(alerts.count == 1)
        #expect(alerts.first?.key == stories[0] + "/deaths")
        #expect(alerts.first?.old?.central == 310)
        #expect(alerts.first?.new.central == 452)
        // The headline and the text both say 452: one alert, the attributed one.
        #expect(alerts.first?.new.claimant == "Peru's civil defence institute")
    }

    @Test func theSameWordsInAnotherStoryNeverMeet() throws {
        // The fire's toll, later than the quake's, is no change of the quake's toll.
        let (harness, _) = try ingest([Self.quake[0]] + Self.fire)
        #expect(try harness.alerts().isEmpty)
        let keys = try harness.pipeline.store.read { reader in try reader.figures().map(\.key) }
        #expect(keys.filter { $0.hasSuffix("/deaths") }.count == 2)
    }

    @Test func aFigureFollowedAcrossStoriesMeetsItsOtherStatements() throws {
        let flood = Report(name: "4.json", title: "Floods in Kenya kill 420", published: "2024-03-06T10:00:00Z",
                           text: "Floods swept through western Kenya after a week of torrential rain, killing 420 people, the Kenya Red Cross said, as rivers burst their banks around Kisumu and Lake Victoria and families fled to higher ground.")
        let (harness, reports) = try ingest([Self.quake[0], flood], policy: AlertPolicy(acrossStories: ["deaths"]))
        #expect(reports[0].story != reports[1].story)
        let alert = try #require(try harness.alerts().first?.alert)
        #expect(alert.key == "across-stories/deaths")
        #expect(alert.old?.central == 310 && alert.new.central == 420)
    }

    @Test func aNearDuplicateGoesIntoItsOriginalsStory() throws {
        let copy = Report(name: "9.json", title: "Quake kills 310 in Peru (wire copy)", published: "2024-03-04T07:00:00Z",
                          text: Self.quake[0].text + " More to follow.")
        let (_, reports) = try ingest([Self.quake[0], copy])
        #expect(reports.map(\.story) == [reports[0].story, reports[0].story])
        if case .duplicate = reports[1].outcome {} else { Issue.record("the copy is no near-duplicate: \(reports[1].outcome)") }
    }

    @Test(arguments: StoreKind.available)
    func aRestartKeepsPlacingReportsInTheirStory(_ kind: StoreKind) throws {
        let harness = try Harness(store: kind)
        harness.drop(Self.quake[0].name, envelope(Self.quake[0]))
        let first = try harness.processWaiting()
        try harness.restart()
        harness.drop(Self.quake[1].name, envelope(Self.quake[1]))
        let second = try harness.processWaiting()
        #expect(second.first?.story == first.first?.story)
        #expect(try harness.alerts().count == 1)
    }

    @Test func aReportMonthsLaterStartsAStoryOfItsOwn() throws {
        var later = Self.quake[1]
        later.name = "5.json"
        later.published = "2024-09-05T09:00:00Z"
        let (harness, reports) = try ingest([Self.quake[0], later])
        #expect(reports[0].story != reports[1].story)
        #expect(reports[1].story?.hasPrefix("2024-09-") == true)
        #expect(try harness.alerts().isEmpty)
    }
}
