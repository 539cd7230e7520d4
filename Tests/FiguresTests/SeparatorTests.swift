import Figures
import Testing

/// Scale words and letters, signs, and the separators of digit groups, including the text-wide
/// convention of dots for thousands.
@Suite struct SeparatorTests {
    static let cases: [ValueCase] = [
        .init("Farmers harvested 2.4m tonnes of wheat.", [2.4e6]),
        .init("The EU pledged €3bn in aid.", [3e9]),
        .init("The app gained 300k users.", [300_000]),
        .init("The fund raised $3 mln from investors.", [3e6]),
        .init("The loss came to 1.5 bln euros.", [1.5e9]),
        .init("Debt stands at $31 trillion.", [31e12]),
        .init("The army has 1.6 million artillery shells.", [1.6e6]),
        .init("A 1.5-million-strong army gathered.", [1.5e6]),
        .init("Overnight lows of minus 40 degrees were recorded.", [-40]),
        .init("The economy shrank and growth was −0.8% in the quarter.", [-0.8]),
        .init("Growth was -0.3% after revisions.", [-0.3]),
        .init("Temperatures ranged from -18 °C to -34 °C overnight.", [.r(-34, -18)]),
        .init("It was -5C at dawn.", [-5]),
        .init("The index ended the day at +1.1% on the week.", [1.1]),
        .init("Prices rose 7pc over the year.", [7]),
        .init("The index closed at 8,412.55, up 58.06 points.", [8412.55, 58.06]),
        .init("Shares closed down 4.2p at 96p.", [4.2, 96]),
        .init("The population was 1,234,567 at the census.", [1_234_567]),
        .init("The outbreak infected 1,5 million chickens.", [1.5e6]),
        .init("The deposit of 12,34,567.89 rupees was frozen.", [1_234_567.89]),
        .init("The arena holds 10\u{202F}000 fans.", [10_000]),
        .init("The museum logged 10\u{00A0}500 visitors.", [10_500]),
        .init("The town has 278 000 residents.", [278_000]),
        .init("The fund holds 1.234.567 shares, and each costs 3,5 euros; 2.500 of them were sold.", [1_234_567, 3.5, 2500]),
        .init("The fund holds 1.5 million shares and 2.500 of them were sold.", [1.5e6, 2.5]),
        .init("In Spain 2.500 workers and 1.234,50 euros were counted.", [2500, 1234.5]),
        .init("The board of 12 agreed to pay 2½ times the price.", [12, 2.5]),
        .init("The door is 2 1/2 in thick.", [2.5]),
        .init("A mouse can get through a 1/4 inch gap.", [0.25]),
        .init("It takes more than 10 1/2 miles of cable.", [10.5]),
        .init("The recipe uses ½ teaspoon of salt.", [0.5]),
    ]

    @Test(arguments: cases)
    func readsEveryValue(_ c: ValueCase) {
        #expect(quantities(c.text) == c.expected)
    }

    @Test func aDateWithSlashesIsNoFraction() {
        #expect(claims("The ballots dated 3/4/2024 were counted.").isEmpty)
        #expect(claims("The polls closed on 3/4.").isEmpty)
    }

    @Test func aHyphenBetweenNameAndDigitsIsNoMinus() {
        #expect(quantities("Covid-19 killed 300 people.") == [300])
    }
}
