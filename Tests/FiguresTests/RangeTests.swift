import Figures
import Model
import Testing

/// Ranges are one claim with both ends, each end keeping its own scale; a scale or unit written on
/// the high end only applies to a bare low end.
@Suite struct RangeTests {
    static let cases: [ValueCase] = [
        .init("Prices range from $450,000 to $2 million.", [.r(450_000, 2e6)]),
        .init("Inflation will be between 3 and 5 percent.", [.r(3, 5)]),
        .init("A coffee costs six or seven euros.", [.r(6, 7)]),
        .init("The drought threatens 10 to 12 million farmers.", [.r(10e6, 12e6)]),
        .init("The bill will cost $2 to $3 billion.", [.r(2e9, 3e9)]),
        .init("Estimates run from 1.5 to 2 million visitors.", [.r(1.5e6, 2e6)]),
        .init("Organisers expected 10,000-12,000 marchers.", [.r(10_000, 12_000)]),
        .init("The lens covers 75–300mm.", [.r(75, 300)]),
        .init("Walls eight to 10 feet tall surround the yard.", [.r(8, 10)]),
        .init("A conceptual 8- to 16-metre telescope is planned.", [.r(8, 16)]),
        .init("Patients were given between 44 mg and 50 mg of the drug.", [.r(44, 50)]),
        .init("Patients were given 44 mg to 50 mg of the drug.", [.r(44, 50)]),
        .init("Rates will rise to 4.1% to 4.5% by June.", [.r(4.1, 4.5)]),
        .init("Two or three battalions were spotted.", [.r(2, 3)]),
        .init("Between 10,000 and 12,000 troops are on the border.", [.r(10_000, 12_000)]),
        .init("Some 5 or 6 percent of voters are undecided.", [.r(5, 6)]),
        .init("Halibut fetches between $5 and $6 a pound.", [.r(5, 6)]),
        .init("The hardiness zones run from 7 to 10.", [.r(7, 10)]),
        .init("Bids of 20 to 25 pence a share were tabled.", [.r(20, 25)]),
        .init("The economy will grow 1.5 to 2 percent this year.", [.r(1.5, 2)]),
    ]

    @Test(arguments: cases)
    func aRangeIsOneClaimWithBothEnds(_ c: ValueCase) {
        #expect(quantities(c.text) == c.expected)
    }

    @Test func differentUnitsOnTheEndsAreTwoFigures() {
        #expect(quantities("The dose was changed from 44 ml to 50 mg.") == [44, 50])
    }

    @Test func aPairThatFallsIsAScoreNotARange() {
        #expect(claims("Leeds beat Hull 3-1 on Saturday.").isEmpty)
    }

    @Test func twoAmountsJoinedByOrAreTwoWaysOfStatingAMove() {
        // "2% or $1.40 a share": one change in two units, not a range.
        #expect(quantities("Net fell 2% or $1.40 a share.") == [2, 1.4])
    }

    @Test func aRangeKeepsItsHedgeAndUnit() throws {
        let c = try #require(claims("About 10-15 exabytes of data are stored.").first)
        #expect(Q(c.quantity) == .r(10, 15))
        #expect(c.hedge == "about")
    }
}
