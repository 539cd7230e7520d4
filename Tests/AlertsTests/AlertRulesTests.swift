import Alerts
import Figures
import Foundation
import Model
import OrderedJSON
import Synchronization
import Testing

/// Builds observations the way the pipeline does, with readable defaults.
enum Sighting {
    static let counter = Atomic<Int64>(0)
    static func make(_ value: Double, key: String = "north-korea/troops/deployed", high: Double? = nil, by claimant: String? = nil,
                     hedge: String? = nil, bound: Bound = .exact, counted: String? = "North Korean soldiers", article: Int64 = 1,
                     pairing: Pairing = .exact) -> Observation {
        let nextID = counter.add(1, ordering: .relaxed).newValue
        let stated = (hedge.map { $0 + " " } ?? "") + FigureFormatting.number(value)
        return Observation(claimID: nextID, key: key, quantity: Quantity(low: value, high: high ?? value), statedAs: stated,
                           counted: counted, claimant: claimant, quote: "… \(stated) …",
                           article: ArticleReference(id: article, title: "Article \(article)", source: "example.org"),
                           observedAt: Date(timeIntervalSince1970: 1_729_555_200), bound: bound, pairing: pairing)
    }
}

@Suite(.serialized) struct AlertRulesTests {
    let now = Date(timeIntervalSince1970: 1_729_600_000)

    func run(_ observations: [Observation], positions: [String: [Position]] = [:]) -> (alerts: [Alert], positions: [String: [Position]]) {
        run(AlertRules(), observations, positions: positions)
    }

    func run(_ rules: AlertRules, _ observations: [Observation], positions: [String: [Position]] = [:]) -> (alerts: [Alert], positions: [String: [Position]]) {
        var positions = positions
        let alerts = rules.apply(observations, to: &positions, at: now)
        return (alerts, positions)
    }

    @Test func firstSightingIsQuietByDefaultAndAnnouncedWhenAsked() {
        let first = Sighting.make(12000, by: "NIS")
        #expect(run([first]).alerts.isEmpty)
        let announced = run(AlertRules(policy: AlertPolicy(announceNewFigures: true)), [first]).alerts
        #expect(announced.map(\.kind) == [.figureNew])
        #expect(announced.first?.old == nil)
    }

    @Test func restatingTheSameValueWithAnotherHedgeIsNoChange() {
        let alerts = run([Sighting.make(12000, by: "NIS", hedge: "about"), Sighting.make(12000, by: "NIS"),
                          Sighting.make(12000, by: "NIS", hedge: "up to")]).alerts
        #expect(alerts.isEmpty)
    }

    @Test func aClaimantRevisingItsFigureIsAChangeWithDelta() throws {
        let before = Sighting.make(10000, by: "Volodymyr Zelenskyy")
        let after = Sighting.make(12000, by: "Volodymyr Zelenskyy", hedge: "up to", article: 2)
        let alert = try #require(run([before, after]).alerts.first)
        #expect(alert.kind == .figureChanged)
        #expect(alert.old == before)
        #expect(alert.new == after)
        #expect(alert.delta == 2000)
        #expect(alert.relativeChange == 0.2)
        #expect(AlertText.summary(alert) == "north-korea/troops/deployed: 10,000 → 12,000 (+2,000, +20%) by Volodymyr Zelenskyy")
    }

    @Test func theUnattributedFigureMovingIsAChange() {
        let alerts = run([Sighting.make(12, counted: "people killed"), Sighting.make(15, counted: "people killed", article: 2)]).alerts
        #expect(alerts.map(\.kind) == [.figureChanged])
        #expect(alerts.first?.new.claimant == nil)
    }

    @Test func aNewClaimantDisagreeingIsADisputeNamingTheLatestContradictedValue() throws {
        let nis = Sighting.make(12000, by: "NIS")
        let unattributed = Sighting.make(11000)
        let zelenskyy = Sighting.make(10000, by: "Zelenskyy", article: 2)
        let alert = try #require(run([nis, unattributed, zelenskyy]).alerts.last)
        #expect(alert.kind == .figureDisputed)
        #expect(alert.old == unattributed)
        #expect(alert.positions.count == 3)
        #expect(AlertText.summary(alert) == "north-korea/troops/deployed: sources differ: 10,000 (Zelenskyy) vs 11,000 (unattributed)")
    }

    @Test func aNewClaimantAgreeingRaisesNothing() {
        #expect(run([Sighting.make(1500, by: "NIS"), Sighting.make(1500, hedge: "some")]).alerts.isEmpty)
    }

    @Test func repeatingAKnownDisagreementRaisesNothingNew() {
        let first = run([Sighting.make(2, by: "Zelenskyy"), Sighting.make(4, by: "NIS")])
        #expect(first.alerts.map(\.kind) == [.figureDisputed])
        let again = run([Sighting.make(2, by: "Zelenskyy", article: 3), Sighting.make(4, by: "NIS", article: 3)], positions: first.positions)
        #expect(again.alerts.isEmpty)
    }

    @Test func rangesDifferFromPoints() {
        let alerts = run([Sighting.make(12000, by: "NIS"), Sighting.make(10000, high: 12000, by: "NIS")]).alerts
        #expect(alerts.map(\.kind) == [.figureChanged])
        #expect(alerts.first?.delta == -1000)
    }

    @Test func differentKeysNeverMeet() {
        let alerts = run([Sighting.make(12000, key: "north-korea/troops/deployed", by: "NIS"),
                          Sighting.make(2600, key: "north-korea/troops/first-group", by: "NIS"),
                          Sighting.make(1500, key: "north-korea/troops/arrived", by: "NIS")]).alerts
        #expect(alerts.isEmpty)
    }

    @Test func claimantIdentityIsTheInjectedMatcher() {
        let lenient = AlertRules(sameClaimant: { $0.lowercased().contains($1.lowercased()) || $1.lowercased().contains($0.lowercased()) })
        let observations = [Sighting.make(12000, by: "Volodymyr Zelenskyy"), Sighting.make(11000, by: "Zelenskyy")]
        #expect(run(lenient, observations).alerts.map(\.kind) == [.figureChanged])
        #expect(run(AlertRules(), observations).alerts.map(\.kind) == [.figureDisputed])
    }

    @Test func minimumRelativeChangeSilencesSmallMovesButStillUpdatesTheState() {
        let rules = AlertRules(policy: AlertPolicy(minimumRelativeChange: 0.1))
        let result = run(rules, [Sighting.make(1000, by: "WHO"), Sighting.make(1050, by: "WHO"), Sighting.make(1200, by: "WHO")])
        #expect(result.alerts.count == 1)
        #expect(result.alerts.first?.old?.quantity.low == 1050)
        #expect(result.positions["north-korea/troops/deployed"]?.first?.latest.quantity.low == 1200)
    }

    @Test func watchlistNarrowsToWordsAndKeyPatterns() {
        let troops = [Sighting.make(10000, by: "A"), Sighting.make(12000, by: "A")]
        let shells = [Sighting.make(1_000_000, key: "north-korea/artillery-shells/delivered", by: "B", counted: "artillery shells"),
                      Sighting.make(1_600_000, key: "north-korea/artillery-shells/delivered", by: "B", counted: "artillery shells")]
        func kinds(_ watchlist: [String]) -> Int {
            run(AlertRules(policy: AlertPolicy(watchlist: watchlist)), troops + shells).alerts.count
        }
        #expect(kinds([]) == 2)
        #expect(kinds(["troop"]) == 1)          // singular finds the plural key segment
        #expect(kinds(["soldiers"]) == 1)       // a word of the counted phrase
        #expect(kinds(["north-korea/*"]) == 2)
        #expect(kinds(["*/artillery-shells/*"]) == 1)
        #expect(kinds(["casualties"]) == 0)
    }
}

/// A rounded restatement is no new value; a floor well below the count is.
@Suite(.serialized) struct RoundingTests {
    let now = Date(timeIntervalSince1970: 1_729_600_000)

    func alerts(_ observations: [Observation]) -> [Alert] {
        var positions: [String: [Position]] = [:]
        return AlertRules().apply(observations, to: &positions, at: now)
    }

    @Test func aRoundedHedgeBesideThePreciseValueIsTheSameValue() {
        let pairs: [(Double, Bound, Double)] = [
            (2000, .lower, 2012), (14000, .approximate, 14111), (530_000, .upper, 528_400), (150, .lower, 153),
            (1400, .approximate, 1404),
        ]
        for (rounded, bound, precise) in pairs {
            #expect(alerts([Sighting.make(precise, key: "deaths"), Sighting.make(rounded, key: "deaths", bound: bound)]).isEmpty)
            #expect(alerts([Sighting.make(rounded, key: "deaths", bound: bound), Sighting.make(precise, key: "deaths")]).isEmpty)
        }
    }

    @Test func aFloorWellBelowTheCountIsAChange() {
        #expect(alerts([Sighting.make(296, key: "deaths", bound: .lower), Sighting.make(632, key: "deaths")]).count == 1)
        #expect(alerts([Sighting.make(100, key: "injuries", bound: .lower), Sighting.make(121, key: "injuries")]).count == 1)
        // A flat round number is a value as stated.
        #expect(alerts([Sighting.make(2012, key: "deaths"), Sighting.make(2000, key: "deaths")]).count == 1)
    }

    @Test func aSharperValueReplacesTheRoundedOneWithoutAnAlert() throws {
        var positions: [String: [Position]] = [:]
        _ = AlertRules().apply([Sighting.make(2000, key: "deaths", bound: .lower), Sighting.make(2012, key: "deaths")],
                               to: &positions, at: now)
        #expect(positions["deaths"]?.first?.latest.central == 2012)
        let next = AlertRules().apply([Sighting.make(2681, key: "deaths")], to: &positions, at: now)
        #expect(next.first?.old?.central == 2012)
    }

    @Test func anAlertIsOnlyAsSureAsItsWeakerSide() throws {
        let alert = try #require(alerts([Sighting.make(10, key: "deaths"), Sighting.make(12, key: "deaths", pairing: .likely)]).first)
        #expect(alert.pairing == .likely)
        #expect(AlertLine.json(alert, id: 1).serialized.contains(#""pairing":"likely""#))
    }
}

/// One article gives one value of one quantity; two that disagree mean the key merged two.
@Suite(.serialized) struct ConsistentStatementTests {
    @Test func disagreeingValuesUnderOneKeyAreNotTracked() {
        let rules = AlertRules()
        let kept = rules.consistentStatements([
            Sighting.make(40, key: "deaths"), Sighting.make(12, key: "deaths"), Sighting.make(7, key: "injuries"),
        ])
        #expect(kept.map(\.central) == [7])
    }

    @Test func aRoundedRestatementGivesWayToThePreciseValue() {
        let kept = AlertRules().consistentStatements([
            Sighting.make(2000, key: "deaths", bound: .lower), Sighting.make(2012, key: "deaths"), Sighting.make(2012, key: "deaths"),
        ])
        #expect(kept.map(\.central) == [2012, 2012])
    }

    @Test func theFirstClaimantsValueStandsInItsArticle() {
        let rules = AlertRules(sameClaimant: { $0 == $1 })
        let kept = rules.consistentStatements([
            Sighting.make(543, key: "deaths", by: "NDMA"), Sighting.make(121, key: "deaths", by: "PDMA Sindh"),
            Sighting.make(543, key: "deaths", by: "Reuters"),
        ])
        #expect(kept.map(\.claimant) == ["NDMA", "Reuters"])
    }

    @Test func sourcesThatDisagreeOnOneCountBothStand() {
        let kept = AlertRules(sameClaimant: { $0 == $1 }).consistentStatements([
            Sighting.make(12000, key: "troops", by: "NIS"), Sighting.make(10000, key: "troops", by: "Zelenskyy"),
        ])
        #expect(kept.count == 2)
    }
}
