import Figures
import Model
import Testing

/// Numbers in words: counts, fractions, multipliers and vague magnitudes.
@Suite struct SpelledNumberTests {
    static let cases: [ValueCase] = [
        .init("The board rejected three bids for the company.", [3]),
        .init("He served two terms as mayor.", [2]),
        .init("The storm destroyed twenty-five homes.", [25]),
        .init("The factory employs two hundred and fifty workers.", [250]),
        .init("A dozen fishermen were rescued.", [12]),
        .init("Two dozen eggs were broken.", [24]),
        .init("Half a dozen ministers resigned.", [6]),
        .init("Ten thousand volunteers joined the cleanup.", [10_000]),
        .init("A million people marched.", [1e6]),
        .init("One and a half million tonnes were shipped.", [1.5e6]),
        .init("Two and a half miles of road were closed.", [2.5]),
        .init("Half a million people still lack water.", [500_000]),
        .init("The estate is worth a quarter million dollars.", [250_000]),
        .init("A quarter of voters are undecided.", [0.25]),
        .init("Two-thirds of the staff voted to strike.", [.v(2.0 / 3)]),
        .init("Three quarters of the budget went on wages.", [0.75]),
        .init("One third of the crop was lost.", [.v(1.0 / 3)]),
        .init("Half of the 2,000 homes lost power.", [0.5, 2000]),
        .init("Prices were cut by half.", [0.5]),
        .init("The survey found that one in five adults skipped meals.", [0.2]),
        .init("Three out of four voters agreed.", [0.75]),
        .init("The bank cut rates by a quarter point.", [0.25]),
        .init("The new stadium cost three times the original estimate.", [3]),
        .init("Rents are twice the national average.", [2]),
        .init("Sales rose tenfold in a decade.", [10]),
        .init("Dozens of homes were damaged in the floods.", [.r(24, 100)]),
        .init("Tens of thousands of fans lined the streets.", [.r(20_000, 100_000)]),
        .init("Hundreds of thousands fled the city.", [.r(200_000, 1e6)]),
        .init("Thousands of troops massed at the border.", [.r(2000, 10_000)]),
        .init("Hundreds of protesters gathered outside.", [.r(200, 1000)]),
        .init("Several hundred workers walked out.", [.r(300, 900)]),
        .init("A few thousand people attended.", [.r(2000, 5000)]),
        .init("Scores of villagers were evacuated.", [.r(40, 100)]),
        .init("The scandal cost millions of dollars.", [.r(2e6, 10e6)]),
        .init("At least one child was killed in the attack.", [1]),
        .init("One person died and two were injured.", [1, 2]),
    ]

    @Test(arguments: cases)
    func readsTheNumberInWords(_ c: ValueCase) {
        #expect(quantities(c.text) == c.expected)
    }

    @Test func aVagueMagnitudeIsAHedgedRangeMarkedVague() throws {
        let c = try #require(claims("Dozens of homes were damaged.").first)
        #expect(c.vague)
        #expect(c.bound == .approximate)
        #expect(c.quantity.isRange)
        #expect(claims("About 40 homes were damaged.").first?.vague == false)
    }

    @Test func fractionsAndMultipliersCarryTheirKind() {
        #expect(claims("A quarter of voters are undecided.").first?.unit == "fraction")
        #expect(claims("The bridge cost three times the estimate.").first?.unit == "times")
        #expect(claims("The survey found that one in five adults skipped meals.").first?.unit == "fraction")
    }

    @Test func aMoneyVagueMagnitudeTakesTheCurrency() {
        #expect(claims("The scandal cost millions of dollars.").first?.unit == "USD")
    }

    @Test func referringNumbersAreNoCounts() {
        #expect(claims("It was one of the best years for the club.").isEmpty)
        #expect(claims("The two sides met in Geneva.").isEmpty)
        #expect(claims("All three agreed to the plan.").isEmpty)
        #expect(claims("One dealer said the talk was of a merger.").isEmpty)
        #expect(claims("The one-time charge hit earnings.").isEmpty)
        #expect(claims("No one was hurt.").isEmpty)
        #expect(claims("One day the rains came.").isEmpty)
    }

    @Test func ordinalsAndPeriodsAreNoFractions() {
        #expect(claims("The first quarter was strong and the third term began.").isEmpty)
        #expect(claims("He scored in the first half of the game.").isEmpty)
        #expect(claims("He was elected twice.").isEmpty)
    }

    @Test func aCapitalisedSpelledNumberMidSentenceIsAName() {
        #expect(quantities("She moved to Building Twenty with 300 staff.") == [300])
    }
}
