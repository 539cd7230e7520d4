import Model

/// Words that bound a figure, written before it ("about 12,000") or after it ("12,000 or more").
enum Hedges {
    static let before = PhraseTable<Bound>([
        ("about", .approximate), ("around", .approximate), ("approximately", .approximate),
        ("roughly", .approximate), ("some", .approximate), ("an estimated", .approximate),
        ("estimated", .approximate), ("circa", .approximate), ("approx", .approximate),
        ("in the region of", .approximate), ("on the order of", .approximate), ("of the order of", .approximate),
        ("more or less", .approximate), ("an approximate", .approximate), ("somewhere around", .approximate),
        ("just about", .approximate), ("around about", .approximate),
        ("up to", .upper), ("as many as", .upper), ("as much as", .upper), ("as high as", .upper),
        ("at most", .upper), ("no more than", .upper), ("not more than", .upper), ("fewer than", .upper),
        ("less than", .upper), ("under", .upper), ("below", .upper), ("nearly", .upper), ("almost", .upper),
        ("close to", .upper), ("closer to", .upper), ("just under", .upper), ("just below", .upper),
        ("shy of", .upper), ("just shy of", .upper), ("short of", .upper), ("just short of", .upper),
        ("a maximum of", .upper), ("a little under", .upper), ("slightly less than", .upper),
        ("a little less than", .upper), ("well under", .upper), ("well below", .upper), ("well short of", .upper),
        ("approaching", .upper), ("nigh on", .upper), ("not quite", .upper),
        ("a little over", .lower), ("slightly more than", .lower), ("just over", .lower), ("just above", .lower),
        ("at least", .lower), ("more than", .lower), ("over", .lower), ("above", .lower), ("as few as", .lower),
        ("as little as", .lower), ("as low as", .lower),
        ("upwards of", .lower), ("upward of", .lower), ("in excess of", .lower), ("exceeding", .lower),
        ("exceeded", .lower), ("exceeds", .lower), ("exceed", .lower), ("surpassed", .lower),
        ("surpassing", .lower), ("surpasses", .lower), ("surpass", .lower), ("topped", .lower), ("tops", .lower),
        ("topping", .lower), ("no fewer than", .lower), ("no less than", .lower), ("not less than", .lower),
        ("well over", .lower), ("well above", .lower), ("a minimum of", .lower), ("passed", .lower),
        ("crossed", .lower), ("beyond", .lower), ("north of", .lower), ("greater than", .lower),
        ("higher than", .lower),
    ], first: .hedgeFirst, last: .hedgeLast)

    static let after = PhraseTable<Bound>([
        ("or more", .lower), ("or so", .approximate), ("or less", .upper), ("or fewer", .upper),
        ("or above", .lower), ("or over", .lower), ("or higher", .lower), ("or lower", .upper),
        ("and up", .lower), ("and above", .lower), ("and over", .lower), ("odd", .approximate),
        ("- odd", .approximate), ("- plus", .lower), ("+", .lower), ("at most", .upper),
        ("at least", .lower), ("or thereabouts", .approximate),
        ("max", .upper), ("maximum", .upper),
    ], first: .postHedgeFirst)
}
