@testable import Duplicates
import Foundation
import Testing

/// Stories from other domains (outbreak, disaster, election, markets), written for these tests, to
/// check that the rules are not tuned to the seeds: revisions and abridgements are duplicates,
/// independent reports of the same event are not.
struct OtherDomainTests {
    static let outbreak = """
        Health authorities in the northern province confirmed 362 new cholera cases on Tuesday, \
        bringing the total since the outbreak began in March to 4,118. The provincial health \
        director said 57 people had died, most of them in two districts where the main water plant \
        was damaged by flooding last month.

        Vaccination teams supported by international agencies have reached about 80 percent of \
        households in the worst-hit districts, according to the ministry. Officials urged residents \
        to boil drinking water and to seek treatment at the first sign of symptoms, warning that the \
        rainy season could accelerate transmission.

        Three temporary treatment centres opened over the weekend, adding 450 beds. Doctors at the \
        regional hospital said the number of daily admissions had started to fall, but cautioned \
        that cases in remote villages were probably under-reported because roads remain cut off.
        """

    /// The same outbreak reported independently: same figures, other words.
    static let outbreakElsewhere = """
        Cholera has now infected 4,118 people in the north of the country since March, officials \
        said, after 362 further infections were recorded in a single day. The death toll stands at \
        57. Flood damage to a water treatment plant is blamed for the spread in the two districts \
        that account for most of the deaths.

        The government says four in five households in those areas have been vaccinated with help \
        from aid groups. New field clinics with 450 beds in total were set up at the weekend, and \
        hospital staff report fewer new patients each day, although aid workers believe many \
        infections in isolated communities go unrecorded.
        """

    static let earthquake = """
        A magnitude 6.4 earthquake struck the coastal region before dawn on Sunday, killing at least \
        12 people and injuring 40, the civil protection agency said. The quake's epicentre was 18 \
        kilometres offshore at a depth of 10 kilometres, according to the national seismology \
        institute, and it was felt in the capital 200 kilometres away.

        Rescue crews were searching the rubble of several collapsed apartment blocks in the port \
        town, where residents spent the night outdoors for fear of aftershocks. More than 30 \
        aftershocks were recorded in the first six hours, the strongest of magnitude 4.9.

        The prime minister declared a state of emergency in three municipalities and said the army \
        would deliver tents, water and food. Schools in the region will remain closed until \
        engineers have inspected every building, the education ministry announced.
        """

    static let election = """
        Turnout in Sunday's parliamentary election reached 68.2 percent, the highest in two decades, \
        the electoral commission said on Monday as counting continued in the last districts. With \
        94 percent of ballots counted, the governing alliance had won 41.5 percent of the vote, \
        ahead of the main opposition party on 33.9 percent.

        Observers from the regional security organisation said the vote was well organised but \
        criticised unequal access to state media during the campaign. Several smaller parties \
        appeared to have fallen short of the five percent threshold needed to enter parliament, \
        which would hand the governing alliance a narrow majority of seats.

        The opposition leader said her party would challenge results in four constituencies where \
        it alleges irregularities, and called on supporters to remain calm while the complaints \
        are reviewed by the courts.
        """

    static let markets = """
        Stocks closed higher on Thursday as investors welcomed cooler than expected inflation \
        figures, which strengthened bets that the central bank will cut interest rates before the \
        summer. The benchmark index rose 1.3 percent, its best day in a month, led by banks and \
        technology companies.

        Government bond yields fell sharply, with the ten-year yield dropping 12 basis points to \
        3.85 percent, while the currency weakened against the dollar. Oil prices slipped for a third \
        session as rising inventories offset supply concerns, and gold traded near a record high.

        Analysts cautioned that one month of data was not enough to declare victory over inflation, \
        noting that services prices remained sticky and wage growth strong.
        """

    static let stories = [outbreak, outbreakElsewhere, earthquake, election, markets]

    static func index() -> DuplicateIndex {
        let index = DuplicateIndex()
        for (offset, story) in stories.enumerated() {
            #expect(index.bestMatch(for: Fingerprint(text: story)) == nil, "story \(offset) matched an earlier one")
            index.insert(Fingerprint(text: story), id: Int64(offset))
        }
        return index
    }

    @Test func independentReportsOfOneEventAreNotDuplicates() {
        let resemblance = Fingerprint(text: Self.outbreakElsewhere).resemblance(to: Fingerprint(text: Self.outbreak))
        #expect(!resemblance.isDuplicate)
        #expect(resemblance.containment < 0.2)
        _ = Self.index()
    }

    @Test func aRevisedStoryIsANearDuplicateOfTheFirstVersion() {
        let revised = Self.earthquake
            .replacingOccurrences(of: "killing at least 12 people and injuring 40", with: "killing at least 15 people and injuring 52")
            .replacingOccurrences(of: "More than 30", with: "More than 45")
            + "\nThe death toll rose overnight after rescuers recovered three more bodies, officials said."
        #expect(revised != Self.earthquake)
        #expect(Self.index().bestMatch(for: Fingerprint(text: revised))?.original == 2)
    }

    @Test func copiesOfEveryStoryPointToIt() {
        let index = Self.index()
        for (offset, story) in Self.stories.enumerated() {
            for variant in SeedVariantTests.variants(of: story, seed: UInt64(100 + offset)) {
                #expect(index.bestMatch(for: Fingerprint(text: variant.text))?.original == Int64(offset),
                        "story \(offset), \(variant.name)")
            }
        }
    }

    /// An abridged copy (the lead paragraph of a three-paragraph story) is a duplicate; a sentence
    /// quoted from the story is not: it is a ninth of the story's length.
    @Test func aQuotedSentenceIsNotACopyButTheLeadParagraphIs() {
        let index = Self.index()
        let sentence = "Several smaller parties appeared to have fallen short of the five percent threshold needed to enter parliament"
        #expect(index.bestMatch(for: Fingerprint(text: sentence)) == nil)
        #expect(index.bestMatch(for: Fingerprint(text: TestTexts.paragraphs(Self.election)[0]))?.original == 3)
    }
}
