import Figures
import Model
import Testing

/// Each numeral form parses to its value, with the hedge, range, unit and direction the text states.
@Suite struct NumberGrammarTests {
    struct Case: CustomTestStringConvertible {
        var text: String
        var low: Double
        var high: Double
        var testDescription: String { text }
        init(_ text: String, _ low: Double, _ high: Double? = nil) {
            self.text = text
            self.low = low
            self.high = high ?? low
        }
    }

    static let forms: [Case] = [
        .init("Officials counted 12,000 protesters in the square.", 12000),
        .init("The army fired 1.6 million artillery shells last year.", 1.6e6),
        .init("The fund raised $2.5bn from investors.", 2.5e9),
        .init("The app gained 300k users in a week.", 300_000),
        .init("The city borrowed €300m for the metro.", 300e6),
        .init("The government approved $1.2 billion in relief funds.", 1.2e9),
        .init("Ten thousand volunteers joined the cleanup.", 10_000),
        .init("The storm destroyed twenty-five homes.", 25),
        .init("Rebels seized two tanks overnight.", 2),
        .init("A dozen fishermen were rescued off the coast.", 12),
        .init("The factory employs two hundred and fifty workers.", 250),
        .init("The outbreak infected 1,5 million chickens.", 1.5e6),
        .init("Organisers expected 10,000-12,000 marchers.", 10000, 12000),
        .init("Between 10,000 and 12,000 marchers filled the avenue.", 10000, 12000),
        .init("The drought threatens 10 to 12 million farmers.", 10e6, 12e6),
        .init("Scouts spotted two or three battalions on the ridge.", 2, 3),
        .init("The quake left 1.2 million homes without power.", 1.2e6),
        .init("The firm cut 1,200 jobs.", 1200),
        .init("The bank lent US$40 million to farmers.", 40e6),
        .init("A 7.1-magnitude quake struck the coast.", 7.1),
        .init("The vaccine is 94.5% effective.", 94.5),
        .init("The storm left 3 people dead.", 3),
        .init("Nearly 60% of respondents said prices were too high.", 60),
        .init("The council will buy 40 new buses.", 40),
        .init("Ryanair added 20 new routes.", 20),
        .init("The debt is 120% of GDP.", 120),
        .init("42 is the answer.", 42),
        .init("In this pit, 50 cars are stored.", 50),
    ]

    @Test(arguments: forms)
    func parses(_ c: Case) throws {
        let claim = try #require(claims(c.text).first)
        #expect(claim.quantity.low == c.low)
        #expect(claim.quantity.high == c.high)
    }

    struct HedgeCase: CustomTestStringConvertible {
        var text: String
        var hedge: String
        var bound: Bound
        var testDescription: String { text }
    }

    static let hedged: [HedgeCase] = [
        .init(text: "About 300 miners were trapped.", hedge: "about", bound: .approximate),
        .init(text: "Around 300 miners were trapped.", hedge: "around", bound: .approximate),
        .init(text: "Some 300 miners were trapped.", hedge: "some", bound: .approximate),
        .init(text: "Approximately 300 miners were trapped.", hedge: "approximately", bound: .approximate),
        .init(text: "An estimated 300 miners were trapped.", hedge: "an estimated", bound: .approximate),
        .init(text: "Up to 300 miners were trapped.", hedge: "up to", bound: .upper),
        .init(text: "Nearly 300 miners were trapped.", hedge: "nearly", bound: .upper),
        .init(text: "Fewer than 300 miners were trapped.", hedge: "fewer than", bound: .upper),
        .init(text: "At least 300 miners were trapped.", hedge: "at least", bound: .lower),
        .init(text: "More than 300 miners were trapped.", hedge: "more than", bound: .lower),
        .init(text: "Reported infections surpassed 300,000 in May.", hedge: "surpassed", bound: .lower),
        .init(text: "300 miners or more were trapped.", hedge: "or more", bound: .lower),
        .init(text: "As many as 300 miners were trapped.", hedge: "as many as", bound: .upper),
        .init(text: "Roughly 300 miners were trapped.", hedge: "roughly", bound: .approximate),
        .init(text: "Well over 300 miners were trapped.", hedge: "well over", bound: .lower),
        .init(text: "Just under 300 miners were trapped.", hedge: "just under", bound: .upper),
        .init(text: "No fewer than 300 miners were trapped.", hedge: "no fewer than", bound: .lower),
        .init(text: "Upwards of 300 miners were trapped.", hedge: "upwards of", bound: .lower),
        .init(text: "300-plus miners were trapped.", hedge: "plus", bound: .lower),
        .init(text: "The 300+ miners were trapped.", hedge: "+", bound: .lower),
        .init(text: "Some 20-odd miners were trapped.", hedge: "some", bound: .approximate),
        .init(text: "300 miners or so were trapped.", hedge: "or so", bound: .approximate),
        .init(text: "Costs could reach as much as $5 billion.", hedge: "as much as", bound: .upper),
        .init(text: "Revenue was in excess of $5 billion.", hedge: "in excess of", bound: .lower),
    ]

    @Test(arguments: hedged)
    func hedges(_ c: HedgeCase) throws {
        let claim = try #require(claims(c.text).first)
        #expect(claim.hedge == c.hedge)
        #expect(claim.bound == c.bound)
    }

    @Test func hedgeIsInsideTheSpanAndTheNumberSpanExcludesIt() throws {
        let text = "Officials said up to 12,000 soldiers could be sent."
        let claim = try #require(claims(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[claim.start..<claim.end])) == "up to 12,000")
        #expect(String(String.UnicodeScalarView(scalars[claim.numberStart..<claim.numberEnd])) == "12,000")
        #expect(claim.quantity == Quantity(12000))
    }

    @Test func flatFigureIsExact() throws {
        let claim = try #require(claims("The quake destroyed 1,200 homes.").first)
        #expect(claim.hedge == nil)
        #expect(claim.bound == .exact)
    }

    struct UnitCase: CustomTestStringConvertible {
        var text: String
        var value: Double
        var unit: String
        var testDescription: String { text }
    }

    static let units: [UnitCase] = [
        .init(text: "Inflation reached 5% in March.", value: 5, unit: "percent"),
        .init(text: "Inflation reached 5 per cent in March.", value: 5, unit: "percent"),
        .init(text: "Inflation reached five percent in March.", value: 5, unit: "percent"),
        .init(text: "The lava flow stretched 40 km down the valley.", value: 40, unit: "km"),
        .init(text: "The ship carried 3,000 tonnes of grain.", value: 3000, unit: "tonnes"),
        .init(text: "Rainfall of 120 mm was recorded.", value: 120, unit: "mm"),
        .init(text: "The city borrowed €300m for the metro.", value: 300e6, unit: "EUR"),
        .init(text: "Exports fell to £2.1 billion.", value: 2.1e9, unit: "GBP"),
        .init(text: "The ministry spent 5 billion yen on the project.", value: 5e9, unit: "JPY"),
        .init(text: "The bank lent US$40 million to farmers.", value: 40e6, unit: "USD"),
        .init(text: "The car returns 40 mpg.", value: 40, unit: "mpg"),
        .init(text: "It weighs 250mg.", value: 250, unit: "mg"),
    ]

    @Test(arguments: units)
    func unitsAndCurrencies(_ c: UnitCase) throws {
        let claim = try #require(claims(c.text).first)
        #expect(claim.quantity.low == c.value)
        #expect(claim.unit == c.unit)
    }

    struct MoveCase: CustomTestStringConvertible {
        var text: String
        var value: Double
        var direction: Direction?
        var testDescription: String { text }
    }

    static let moves: [MoveCase] = [
        .init(text: "Rice prices rose 5% in a week.", value: 5, direction: .up),
        .init(text: "Exports fell by 300 containers.", value: 300, direction: .down),
        .init(text: "The index was down 3 per cent.", value: 3, direction: .down),
        .init(text: "Shares jumped 12% on the news.", value: 12, direction: .up),
        .init(text: "The plan brings a 5% increase in fares.", value: 5, direction: .up),
        .init(text: "The agency cut its forecast by 0.5 percentage points.", value: 0.5, direction: .down),
        .init(text: "Rice prices rose to 5 dollars a kilo.", value: 5, direction: .up),
        .init(text: "Rice prices stood at 5 dollars a kilo.", value: 5, direction: nil),
    ]

    @Test(arguments: moves)
    func directions(_ c: MoveCase) throws {
        let claim = try #require(claims(c.text).first)
        #expect(claim.quantity.low == c.value)
        #expect(claim.direction == c.direction)
        // Only the change is keyed as one; the level a move reached is the figure itself.
        #expect((claim.key.hasSuffix("change") || claim.key.hasSuffix("change-percent")) == (claim.role == .change))
    }

    @Test func fromToIsTheLevelBeforeAndTheLevelReached() throws {
        let found = claims("Unemployment rose from 4.1% to 4.5% in June.")
        #expect(found.map(\.role) == [.previous, .level])
        #expect(found.map(\.quantity) == [Quantity(4.1), Quantity(4.5)])
        #expect(found.map(\.direction) == [.up, .up])
        #expect(found.last?.previous == 4.1)
    }

    @Test func upFromIsTheEarlierLevel() throws {
        let found = claims("The party won 35% of the vote, up from 30 per cent in 2019.")
        #expect(found.map(\.quantity.low) == [35, 30])
        #expect(found.map(\.role) == [.level, .previous])
        #expect(found.first?.previous == 30)
    }
}

extension NumberGrammarTests {
    @Test func fallingFromToIsALevelToo() throws {
        let claim = try #require(claims("Unemployment fell from 4.5% to 4.1% in June.").last)
        #expect(claim.quantity == Quantity(4.1))
        #expect(claim.previous == 4.5)
        #expect(claim.direction == .down)
    }

    @Test func aUnitOnOneSideOnlyIsNoRange() throws {
        let found = claims("Acme's revenue rose 5% to $3.2 billion.")
        #expect(found.map(\.quantity.low) == [5, 3.2e9])
        #expect(found.allSatisfy { !$0.quantity.isRange })
    }
}

extension NumberGrammarTests {
    @Test func aCapitalKScalesOnlyMoney() {
        #expect(values("The startup raised $50K from 300k users.") == [50_000, 300_000])
    }

    @Test func aNumberThatCountsNothingNamedIsStillAClaim() throws {
        let found = try #require(claims("42 is the answer.").first)
        #expect(found.counted == nil)
        #expect(found.quantity == Quantity(42))
    }
}
