import Figures
import Model
import Testing

/// Numbers that are not claims yield no claim; a control figure in the same sentence still does,
/// so each case proves the rule and not a broken parser.
@Suite struct ExclusionTests {
    struct Case: CustomTestStringConvertible {
        var text: String
        /// The one figure the sentence does claim.
        var control: Double
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        .init(text: "In 2022, 300 nurses resigned.", control: 300),
        .init(text: "Since 2014 the region has lost 1,200 jobs.", control: 1200),
        .init(text: "On 21 October 2024 the storm destroyed 80 homes.", control: 80),
        .init(text: "The flood on October 12 displaced 4,000 people.", control: 4000),
        .init(text: "The report from Oct. 22 counts 900 cases.", control: 900),
        .init(text: "The ballots dated 10/22/2024 covered 5,000 voters.", control: 5000),
        .init(text: "At 3:30 pm, 200 protesters gathered.", control: 200),
        .init(text: "The blast at 9 am injured 14 workers.", control: 14),
        .init(text: "A man aged 45 and 30 passengers were hurt.", control: 30),
        .init(text: "A 45-year-old driver hit 6 cars.", control: 6),
        .init(text: "The victim, 45 years old, was among 12 people hurt.", control: 12),
        .init(text: "The 1st battalion lost 40 soldiers.", control: 40),
        .init(text: "The first convoy carried 60 tonnes of food.", control: 60),
        .init(text: "After they won 2-0, 5,000 fans celebrated.", control: 5000),
        .init(text: "The 3-1 victory drew 60,000 spectators.", control: 60000),
        .init(text: "Call 555-123-4567 to reach one of 20 counsellors.", control: 20),
        .init(text: "Version 3.2.1 of the app reached 40,000 users.", control: 40000),
        .init(text: "The Boeing 737 jets carried 180 passengers.", control: 180),
        .init(text: "COVID-19 killed 300 residents.", control: 300),
        .init(text: "The G7 leaders pledged $600 million.", control: 600e6),
        .init(text: "Under Article 5 allies sent 4,000 troops.", control: 4000),
        .init(text: "Resolution 2231 freed 6 billion dollars.", control: 6e9),
        .init(text: "The F-16 jets and 30 drones were destroyed.", control: 30),
        .init(text: "Many soldiers deserted and 300 were killed.", control: 300),
        .init(text: "It is one of the most crowded camps, with 9,000 residents.", control: 9000),
        .init(text: "The first step is to move 500 families.", control: 500),
        .init(text: "Neighbours helped one another as 70 houses flooded.", control: 70),
        .init(text: "One of the two sides fired 40 rockets.", control: 40),
        .init(text: "Updated 3 days ago: 150 arrests were made.", control: 150),
        .init(text: "(Visited 2 times, 11 arrests today)", control: 11),
        .init(text: "The debate drew 1.2 million views and 800 complaints.", control: 800),
    ]

    @Test(arguments: cases)
    func onlyTheControlFigureIsAClaim(_ c: Case) {
        #expect(values(c.text) == [c.control])
    }

    @Test func vagueWordsWithoutAMagnitudeAreNoClaims() {
        #expect(claims("Several times, a few officials and numerous observers noted many drones.").isEmpty)
    }

    @Test func anIdentityOrALabelIsNoClaim() {
        #expect(claims("The code is 4471.").isEmpty)
        #expect(claims("Chapter 11 begins here.").isEmpty)
    }
}

extension ExclusionTests {
    @Test func codesGluedToLettersAndSpelledNamesAreNoClaims() {
        #expect(values("The 4K display and 5G modem cost $1,000.") == [1000])
        #expect(values("She moved to Building Twenty with 300 staff.") == [300])
        #expect(values("Figure 7 shows 40 stranded whales.") == [40])
    }

    @Test func spelledCountsAreClaimsAndReferencesAreNot() {
        #expect(values("There are two ways to read it and three reasons to care.") == [2, 3])
        #expect(values("Rebels seized two tanks and four brigades.") == [2, 4])
        #expect(claims("The two sides and all three parties met.").isEmpty)
    }
}

/// Hard negatives: every number in these sentences is a date, a time, an age, a name, a label, a
/// score, a code or an address, and none is a figure.
extension ExclusionTests {
    static let noFigures: [String] = [
        "Samsung showed the Galaxy S30 to reporters.",
        "Leaders of the G7 met in Rome.",
        "The Covid-19 pandemic changed everything.",
        "Airlines flying the Boeing 787 complained about the seats.",
        "The iPhone 15 launched in September.",
        "Microsoft said Windows 11 ships on new laptops.",
        "Section 230 of the act protects platforms.",
        "Room 101 is on the 3rd floor.",
        "The embassy is at 24 Grosvenor Square.",
        "He lives at 10 Downing Street.",
        "Send it to 1600 Pennsylvania Avenue.",
        "The office is in Harrisburg, PA 17101.",
        "Arsenal secured a 3-1 win over Chelsea.",
        "The game ended 2-2.",
        "The bill passed 52-48 in the Senate.",
        "The 45-year-old driver was arrested.",
        "The prime minister, 58, resigned.",
        "Jane Doe, 34, was named chief executive.",
        "The victim was aged 19.",
        "She is in her 40s.",
        "It was one of the best years for the club.",
        "The summit opened on 12 March 2024.",
        "The report from Oct. 22 was leaked.",
        "The polls close at 3pm.",
        "The ceasefire began at 0400 GMT.",
        "Talks resume at 10:30 on Monday.",
        "He was born in 1961.",
        "The firm was founded in the 1990s.",
        "Call 0800 123 456 for help.",
        "Call +44 20 7946 0958 for details.",
        "Version 2.1.3 fixes the bug.",
        "The 2024 Paris Olympics opened in July.",
        "World War II ended in 1945.",
        "The 1st battalion held the line.",
        "Flight 370 vanished in 2014.",
        "The bus on route 73 was late.",
        "Its 5G modem and 4K screen impressed.",
        "Three days ago, rebels attacked.",
        "[12] The bridge opened later.",
        "1) Read the label. 2) Shake well.",
        "The UN's Resolution 2231 was cited.",
        "Interstate 95 was closed.",
        "Vision 2030 aims to diversify the economy.",
        "Memorials to the 9/11 attacks were unveiled.",
        "Customers queued at a 7-Eleven store.",
        "The store is open 24/7.",
    ]

    @Test(arguments: noFigures)
    func noNumberHereIsAFigure(_ text: String) {
        #expect(claims(text).isEmpty, "\(claims(text).map(\.numberText))")
    }
}
