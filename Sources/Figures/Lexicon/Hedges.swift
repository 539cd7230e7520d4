/// Words that bound a figure, written before it ("about 12,000") or after it ("12,000 or more").
enum Hedges {
    static let before = PhraseTable<Bound>([
        ("about", .approximate), ("around", .approximate), ("approximately", .approximate),
        ("roughly", .approximate), ("some", .approximate), ("an estimated", .approximate),
        ("estimated", .approximate), ("circa", .approximate), ("approx", .approximate),
        ("in the region of", .approximate), ("on the order of", .approximate), ("more or less", .approximate),
        ("up to", .upper), ("as many as", .upper), ("as much as", .upper), ("at most", .upper),
        ("no more than", .upper), ("not more than", .upper), ("fewer than", .upper), ("less than", .upper),
        ("under", .upper), ("below", .upper), ("nearly", .upper), ("almost", .upper), ("close to", .upper),
        ("just under", .upper), ("just below", .upper), ("shy of", .upper), ("just shy of", .upper),
        ("a maximum of", .upper), ("a little under", .upper), ("slightly less than", .upper),
        ("at least", .lower), ("more than", .lower), ("over", .lower), ("above", .lower),
        ("upwards of", .lower), ("in excess of", .lower), ("exceeding", .lower), ("exceeded", .lower),
        ("exceeds", .lower), ("surpassed", .lower), ("surpassing", .lower), ("surpasses", .lower),
        ("topped", .lower), ("tops", .lower), ("no fewer than", .lower), ("no less than", .lower),
        ("well over", .lower), ("well above", .lower), ("a minimum of", .lower), ("passed", .lower),
        ("crossed", .lower), ("beyond", .lower), ("north of", .lower),
    ], first: .hedgeFirst, last: .hedgeLast)

    static let after = PhraseTable<Bound>([
        ("or more", .lower), ("or so", .approximate),
    ], first: .postHedgeFirst)
}
