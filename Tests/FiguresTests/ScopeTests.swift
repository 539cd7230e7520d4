import Figures
import Model
import Testing

/// A total and a part of it never share a key; the same quantity in other words does. Every
/// article here is made up for the rule it tests.
@Suite struct ScopeTests {
    /// Claims of a short article with a headline.
    func claims(_ title: String, _ body: String) -> [Claim] {
        ClaimExtractor().claims(title: title, body: body)
    }

    /// The key the tracked claims of `value` share (a headline may restate the body), or nil.
    func key(_ value: Double, _ found: [Claim]) -> String? {
        let keys = Set(found.filter { $0.quantity.low == value && $0.untracked == nil }.map(\.key))
        return keys.count == 1 ? keys.first : nil
    }

    @Test func aProvinceTollIsNotTheNationalToll() throws {
        let found = claims("Peru earthquake kills 2,100",
                           "The earthquake killed 2,100 people across Peru, officials in Peru said. "
                           + "In the province of Ica, 640 people died. The quake caused 320 deaths in Arequipa.")
        #expect(key(2100, found) == "deaths")
        #expect(key(640, found) == "deaths/in-ica")
        #expect(key(320, found) == "deaths/in-arequipa")
    }

    @Test func oneCountryIsNotBothTogether() throws {
        let found = claims("Quake toll passes 20,000",
                           "The quake killed 20,000 people in Turkey and Syria. In Turkey, 17,000 died, "
                           + "while Syria reported 3,000 deaths. Rescuers in Turkey and Syria kept digging.")
        let keys = [20000.0, 17000, 3000].map { key($0, found) }
        #expect(keys == ["deaths", "turkey/deaths", "syria/deaths"])
    }

    @Test func theArticlesOwnCountryIsTheWhole() throws {
        let a = claims("Floods in Kenya", "Floods have killed 120 people in Kenya, the Kenyan Red Cross said.")
        let b = claims("Kenya floods", "The death toll from the floods in Kenya rose to 150 on Friday.")
        #expect(key(120, a) == key(150, b))
    }

    @Test func aGroupAmongTheDeadIsItsOwnFigure() throws {
        let found = claims("Strike kills 45", "The strike killed 45 people, including 12 children. Among the dead were 9 women.")
        #expect(key(45, found) == "deaths")
        #expect(key(12, found) == "deaths/children")
        #expect(key(9, found) == "deaths/women")
    }

    @Test func theSeriouslyInjuredAreNotTheInjured() throws {
        let found = claims("Train crash", "The crash injured 300 people, including 41 seriously. "
                           + "Another report said 250 were wounded, 37 of whom are in critical condition.")
        #expect(key(300, found) == "injuries")
        #expect(key(250, found) == "injuries")
        #expect(key(41, found) == "injuries/serious")
        #expect(key(37, found) == "injuries/serious")
    }

    @Test func aCauseNarrowsTheTollUnlessItIsTheStory() throws {
        let attack = claims("Concert hall attack toll rises",
                            "Investigators said 40 people died from gunshot wounds and 45 died from smoke inhalation.")
        #expect(key(40, attack) == "deaths/gunshot")
        #expect(key(45, attack) == "deaths/smoke")
        let outbreak = claims("Cholera outbreak spreads", "At least 300 people have died of cholera this year.")
        #expect(key(300, outbreak) == "deaths")
    }

    @Test func aPeriodsCasesAreNotTheTotal() throws {
        let found = claims("Outbreak update", "The ministry reported 320 new cases on Tuesday, bringing the total to 14,500.")
        #expect(key(320, found) == "cases/new")
        #expect(key(14500, found) == "cases")
        let daily = claims("Outbreak update", "Officials recorded 95 cases in the past 24 hours.")
        #expect(key(95, daily) == "cases/past-24-hours")
    }

    @Test func aProjectionIsNotTheCount() throws {
        let found = claims("Quake toll", "The death toll rose to 4,300 and could reach 10,000, the agency warned.")
        #expect(key(4300, found) == "deaths")
        #expect(key(10000, found) == "deaths/projected")
    }

    @Test func theSameTollInOtherWordsSharesItsKey() throws {
        let texts = [
            "The death toll rose to 2,300, officials said.",
            "Officials said 2,300 people have died.",
            "The flooding has killed at least 2,300.",
            "The number of fatalities climbed to 2,300.",
            "The toll, once put at 1,900, has now tragically risen to 2,300.",
            "A tragic toll that has now reached 2,300 shocked the region.",
        ]
        let keys = texts.map { key(2300, claims("Floods", $0)) }
        #expect(Set(keys) == ["deaths"])
    }

    @Test func injuredWoundedAndHurtAreOneFigure() throws {
        let texts = [
            "The blast injured 121 people.", "121 were wounded in the blast.", "121 people were hurt.",
            "121 individuals sustained injuries in the blast.",
            "Hospitals treated many wounded people, out of at least 121 casualties.",
        ]
        #expect(Set(texts.map { key(121, claims("Blast", $0)) }) == ["injuries"])
    }

    @Test func aMoveKeysOnItsPeriodAndWithoutOneIsNotTracked() throws {
        let thursday = claims("Bank shares", "Shares of the bank dropped 60% on Thursday.")
        let friday = claims("Bank shares", "The bank's shares fell another 63% in premarket trading on Friday.")
        let unstated = claims("Bank shares", "Shares of the bank dropped 60%.")
        #expect(key(60, thursday) == "shares/thursday/change-percent")
        #expect(friday.first { $0.quantity.low == 63 }?.untracked == .increment)
        #expect(unstated.first?.untracked == .noPeriod)
    }

    @Test func aPlaceIsAPartOnlyInABreakdown() throws {
        let alone = claims("Twin blasts", "The twin blasts killed 84 people in Kerman, officials said.")
        #expect(key(84, alone) == "deaths")
        let breakdown = claims("Floods", "The floods have killed 937 people, 306 in Sindh and 234 in Balochistan.")
        #expect(key(937, breakdown) == "deaths")
        #expect(key(306, breakdown) == "deaths/in-sindh")
        #expect(key(234, breakdown) == "deaths/in-balochistan")
    }

    @Test func aMarginIsNotTheVotesCounted() throws {
        let found = claims("Recount", "Smith leads Jones by 1,200 votes out of 90,000 counted.")
        #expect(key(1200, found) == "votes/margin")
        #expect(key(90000, found) != "votes/margin")
    }
}

/// Claims that are kept but never tracked, each with its reason.
@Suite struct UntrackedClaimTests {
    func reason(_ value: Double, _ text: String) -> Untracked? {
        ClaimExtractor().claims(title: nil, body: text, year: 2024).first { $0.quantity.low == value }?.untracked
    }

    @Test func untrackedClaimsSayWhy() {
        #expect(reason(600e6, "The deal was worth $600 million.") == .noSubject)
        #expect(reason(100_000, "An estimated 100,000 people were out that night.") == .noOutcome)
        #expect(reason(4471, "By evening it had reached 4,471.") == .nothingCounted)
        #expect(reason(334, "It was the deadliest attack since the 2004 siege, which killed 334 people.") == .otherEvent)
        #expect(reason(12, "12 more victims died in hospital on Sunday.") == .increment)
        #expect(reason(93, "The toll, initially put at 93, rose to 115.") == .earlierValue)
        #expect(reason(9, "A nurse gave first aid to 10 people; 9 of them were taken to hospital.") == .unnamedPart)
    }

    @Test func aTrackedClaimHasNoReason() {
        #expect(reason(115, "The toll, initially put at 93, rose to 115.") == nil)
        #expect(reason(45, "The strike killed 45 people.") == nil)
    }

    @Test func aBorrowedNounIsALikelyPairing() throws {
        let found = ClaimExtractor().claims(title: nil, body: "Turkey has sent 2,000 commandos to Libya, and 500 already stationed in Tripoli.")
        #expect(found.first?.pairing == .exact)
        #expect(found.last?.pairing == .likely)
    }
}

/// In a count of votes, each candidate's tally and share is theirs; votes counted are the count.
@Suite struct VoteTests {
    func keys(_ body: String) -> [Double: String] {
        let found = ClaimExtractor().claims(title: "Election count", body: body).filter { $0.untracked == nil }
        return Dictionary(found.map { ($0.quantity.low, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func eachCandidatesTallyIsTheirs() {
        let found = keys("Smith had 1,234,567 votes and Jones had 1,100,200 votes. Jones was at 47.1% on Tuesday, "
                         + "with 2,400,000 votes counted. Later Smith stood at 52.3.")
        #expect(found[1_234_567] == "smith/votes")
        #expect(found[1_100_200] == "jones/votes")
        #expect(found[47.1] == "jones/vote-share")
        #expect(found[52.3] == "smith/vote-share")
        #expect(found[2_400_000] == "votes/counted")
    }
}

/// What a level is framed by: a requirement, a year or a round, a named event among several.
@Suite struct FrameTests {
    func key(_ value: Double, _ title: String, _ body: String, year: Int = 2024) -> String? {
        let keys = Set(ClaimExtractor().claims(title: title, body: body, year: year)
            .filter { $0.quantity.low == value && $0.untracked == nil }.map(\.key))
        return keys.count == 1 ? keys.first : nil
    }

    @Test func aRequirementIsNotACount() {
        let body = "The winner needs more than 50% of the votes cast. Smith had 48% of the votes."
        #expect(key(50, "Count", body)?.contains("/required") == true)
        #expect(key(48, "Count", body)?.contains("/required") == false)
    }

    @Test func anEarlierRoundOrYearIsAnotherFigure() {
        #expect(key(48, "Runoff", "In the first round, Silva won 48% of the vote.") == "silva/vote-share/first-round")
        #expect(key(51, "Runoff", "Silva won 51% of the vote in the runoff.") == "silva/vote-share/runoff")
        #expect(key(3.1, "Prices", "Inflation was 3.1% in 2019, the bank said.") == "inflation/2019")
        #expect(key(3.4, "Prices", "Inflation rose to 3.4% in March, the bank said.") == "inflation")
    }

    @Test func aNamedEventAmongSeveralIsAPart() {
        let body = "The Eaton fire has killed 16 people and the Palisades fire 11. In all, the fires in Los Angeles County "
            + "have killed at least 27 people, officials in Los Angeles County said."
        #expect(key(16, "Wildfires", body) == "deaths/of-eaton-fire")
        #expect(key(27, "Wildfires", body) == "deaths")
        let alone = "The Eaton fire has killed 16 people, officials said."
        #expect(key(16, "Wildfire", alone) == "deaths")
    }

    @Test func identifiedVictimsAreNotTheToll() {
        let body = "The crash killed 179 people. Officials said 146 victims had been identified."
        #expect(key(179, "Crash", body) == "deaths")
        #expect(key(146, "Crash", body) == "identified")
    }
}

/// Storm reports: tolls by state, the state named Georgia, levels crossed, people without power.
@Suite struct StormTests {
    func keys(_ title: String, _ body: String) -> [Double: String] {
        let found = ClaimExtractor().claims(title: title, body: body, year: 2024).filter { $0.untracked == nil }
        return Dictionary(found.map { ($0.quantity.low, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func eachStatesTollIsAPartAndGeorgiaIsTheState() {
        let found = keys("Hurricane toll rises", "The storm has killed at least 55 people across five states of the United States. "
                         + "Officials reported 17 deaths in Georgia, 11 in Florida and 19 in South Carolina. Seven of the deaths were in Tennessee.")
        #expect(found[55] == "deaths")
        #expect(found[17] == "deaths/in-georgia")
        #expect(found[11] == "deaths/in-florida")
        #expect(found[19] == "deaths/in-south-carolina")
        #expect(found[7] == "deaths/in-tennessee")
    }

    @Test func aTollRisingAboveANumberIsALevel() {
        let found = ClaimExtractor().claims(title: "Storm", body: "The death toll rose above 100 on Sunday.")
        #expect(found.first?.role == .level)
        #expect(found.first?.key == "deaths")
    }

    @Test func peopleWithoutPowerAreCounted() {
        #expect(keys("Storm", "Roughly 900,000 people remain without power.")[900_000] == "without-power")
    }

    @Test func agesAreNoToll() {
        let found = keys("Storm", "In North Carolina, 46 people between the ages of 4 and 75 have died.")
        #expect(found[75] == nil && found[46] != nil)
    }
}
