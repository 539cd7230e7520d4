import Figures
import Model
import Testing

/// Money in the forms news writes it: symbols and codes before or after the amount, glued or
/// spaced, other dollars, scale letters and words, Indian lakh and crore, pence and cents.
@Suite struct MoneyTests {
    static let cases: [UnitCase] = [
        .init("The group paid EUR40m for a stake in the port.", 40e6, "EUR"),
        .init("The contract is worth USD2,300 per engine.", 2300, "USD/engine"),
        .init("The regulator fined the bank USD 5 million.", 5e6, "USD"),
        .init("The airline's GBP 120m bond sold out.", 120e6, "GBP"),
        .init("He was fined £3.2m by the watchdog.", 3.2e6, "GBP"),
        .init("Defence spending will reach ¥450 billion next year.", 450e9, "JPY"),
        .init("A bowl of laksa costs RM12.40 at the stall.", 12.4, "MYR"),
        .init("The council set aside A$9m for the library.", 9e6, "AUD"),
        .init("Exports to Canada totalled C$12 million.", 12e6, "CAD"),
        .init("The tower was sold for HK$2.3bn.", 2.3e9, "HKD"),
        .init("The startup raised US$40 million in its latest round.", 40e6, "USD"),
        .init("The flight costs 900€ return.", 900, "EUR"),
        .init("Entry is 15 € for adults.", 15, "EUR"),
        .init("The villa sold for Rs 1.5 crore.", 15e6, "INR"),
        .init("The loan of Rs. 500 was repaid.", 500, "INR"),
        .init("The scheme costs 1.2 lakh rupees per family.", 120_000, "INR/family"),
        .init("The deal is valued at 35 lakh rupees.", 3.5e6, "INR"),
        .init("The ministry spent 5 billion yen on the project.", 5e9, "JPY"),
        .init("The club was fined 10,000 Swiss francs.", 10_000, "CHF"),
        .init("The company agreed to pay 323 million euros for the stake.", 323e6, "EUR"),
        .init("Profits rose to 361 million pounds.", 361e6, "GBP"),
        .init("The fund manages $2.5bn of assets.", 2.5e9, "USD"),
        .init("The estate is worth €300m.", 300e6, "EUR"),
        .init("Apple's market value topped $3tn.", 3e12, "USD"),
        .init("The startup raised $50K in seed money.", 50_000, "USD"),
        .init("Its GDP is $2.174T.", 2.174e12, "USD"),
        .init("The weapons package is worth $1.2 billion in total.", 1.2e9, "USD"),
        .init("Shares closed at 96p in London.", 96, "pence"),
        .init("The stock rose 15 cents to end the day.", 15, "cents"),
        .init("Its bid of 470 pence a share was rejected.", 470, "pence/share"),
        .init("The dividend is 12 cents per share.", 12, "cents/share"),
        .init("Brent crude traded at $82.15 a barrel.", 82.15, "USD/barrel"),
        .init("The average rent is €1,450 a month.", 1450, "EUR/month"),
        .init("Gold hit $2,450 an ounce.", 2450, "USD/oz"),
        .init("The minimum wage rises to $15 an hour.", 15, "USD/hour"),
        .init("The lot sold for 115USD at auction.", 115, "USD"),
        .init("A ticket costs 200 USD at the door.", 200, "USD"),
        .init("A coffee costs 3.50 dollars in the city.", 3.5, "USD"),
        .init("The hospital received 2 million Australian dollars.", 2e6, "AUD"),
        .init("The fine is 40,000 rupees.", 40_000, "INR"),
        .init("The festival brought in 1.5 billion yuan.", 1.5e9, "CNY"),
        .init("The contract is worth 400 million roubles.", 400e6, "RUB"),
        .init("The bonus was 5,000 won per worker.", 5000, "KRW/worker"),
        .init("A kilo of rice costs 35 baht.", 35, "THB"),
        .init("The court awarded 2,000 naira in damages.", 2000, "NGN"),
        .init("The charity was given ₹25 lakh.", 2.5e6, "INR"),
        .init("The unit price dropped to ₩1,200.", 1200, "KRW"),
        .init("The jacket sold for NZD$150.", 150, "NZD"),
        .init("The rent is 6 million dong a month.", 6e6, "VND/month"),
        .init("The $1.5-billion deal closed on Friday.", 1.5e9, "USD"),
        .init("A $5 fee applies to every order.", 5, "USD"),
        .init("Rs1,000 was paid in cash.", 1000, "INR"),
        .init("The state raised ₹1,000 crore.", 1e10, "INR"),
    ]

    @Test(arguments: cases)
    func moneyIsReadWithItsCurrency(_ c: UnitCase) throws {
        let found = try #require(claim(c.value, in: c.text), "no single claim of \(c.value) in \(quantities(c.text))")
        #expect(found.unit == c.unit)
    }

    @Test func aCurrencyBeforeTheNextAmountIsNotTheUnitOfThisOne() {
        #expect(quantities("Prices were 10 $ 30 $ and 45 $ at three stalls.") == [10, 30, 45, 3])
        let found = claims("Prices were 10 $ 30 $ and 45 $ at three stalls.")
        #expect(found.map(\.unit) == [nil, "USD", "USD", nil])
    }

    @Test func pencePricesKeepTheirWrittenValue() throws {
        // Quoted in pence, a price compares with other prices in pence: 96p stays 96, not 0.96.
        let move = try #require(claim(4.2, in: "Shares closed down 4.2p at 96p."))
        let level = try #require(claim(96, in: "Shares closed down 4.2p at 96p."))
        #expect(move.unit == "pence" && level.unit == "pence")
    }

    @Test func aDisplayResolutionIsNoPrice() {
        #expect(quantities("The camera records 1080p video and costs £400.") == [400])
    }

    @Test func weightInPoundsIsNotSterling() throws {
        #expect(try #require(claim(25, in: "She lost 25 pounds in a year.")).unit == "lb")
        #expect(try #require(claim(361e6, in: "It earned 361 million pounds.")).unit == "GBP")
        #expect(try #require(claim(5000, in: "He paid 5,000 pounds sterling.")).unit == "GBP")
    }

    @Test func theVerbWonIsNoCurrency() {
        let found = claims("The party that scored 3 won the title.")
        #expect(found.map(\.quantity.low) == [3])
        #expect(found.first?.unit == nil)
    }

    @Test func lowercaseCodesThatAreWordsNeedCapitals() {
        // "try" is Turkey's code only in capitals.
        #expect(claims("Try 20 times and you will see.").first?.unit == "times")
        #expect(claim(20, in: "The fee is TRY 20 per visit.")?.unit == "TRY/visit")
    }
}
