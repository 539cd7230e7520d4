import Alerts
import Foundation
import Model
import Pipeline
import Store
import StoreTestSupport
import TestSupport
import Testing

/// The five seed articles: different reports of one event, dropped in name order.
@Suite struct SeedScenarioTests {
    static let totals: Set<Double> = [10_000, 11_000, 12_000]
    static let parts: Set<Double> = [1_500, 2_600]

    func values(_ alert: Alert) -> Set<Double> { Set([alert.new.central] + (alert.old.map { [$0.central] } ?? [])) }

    @Test(arguments: StoreKind.available)
    func theTroopTotalAndBrigadeFiguresAlertAndPartsNeverMeetTheTotal(_ kind: StoreKind) throws {
        let harness = try Harness(store: kind)
        for seed in try Corpus.seeds() { harness.drop(seed.name, seed.text) }
        let reports = try harness.processWaiting()
        #expect(reports.map(\.outcome) == Array(repeating: .ingested, count: 5), "no seed is a duplicate of another")
        let alerts = try harness.alerts().map(\.alert)
        for alert in alerts { print("seed alert:", alert.kind.rawValue, AlertText.summary(alert)) }

        let totalAlerts = alerts.filter { values($0).isSubset(of: Self.totals) && values($0).count == 2 }
        #expect(!totalAlerts.isEmpty, "the troop total (10,000 / 11,000 / 12,000) changes or is disputed")
        #expect(Set(totalAlerts.map(\.key)).count == 1, "every troop-total alert is about one key")
        #expect(Set(totalAlerts.flatMap(values)) == Self.totals)

        let brigadeAlerts = alerts.filter { values($0) == [2, 4] }
        #expect(brigadeAlerts.map(\.kind) == [.figureDisputed], "two brigades (Zelenskyy) vs four (NIS)")

        for alert in alerts {
            let mixed = !values(alert).isDisjoint(with: Self.parts) && !values(alert).isDisjoint(with: Self.totals)
            #expect(!mixed, "\(AlertText.summary(alert)) pairs a part (1,500 or 2,600) with the total")
        }
        #expect(try harness.alertLines().count == alerts.count)
    }

    @Test(arguments: StoreKind.available)
    func droppingTheSeedsAgainAddsNothing(_ kind: StoreKind) throws {
        let harness = try Harness(store: kind)
        for seed in try Corpus.seeds() { harness.drop(seed.name, seed.text) }
        try harness.processWaiting()
        let before = try harness.snapshot()
        for seed in try Corpus.seeds() { harness.drop(seed.name, seed.text) }
        let again = try harness.processWaiting()
        #expect(again.allSatisfy { if case .alreadySeen = $0.outcome { true } else { false } })
        let after = try harness.snapshot()
        #expect(after.documents == before.documents)
        #expect(after.claims == before.claims)
        #expect(after.alerts == before.alerts)
        #expect(after.alertLog == before.alertLog)
        #expect(after.processed.count == 10, "both copies of each seed end in processed/, none overwritten")
        #expect(after.waiting.isEmpty)
    }
}
