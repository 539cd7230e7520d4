/// What a token is made of; the grammar only needs these three shapes (plus opaque runs it must skip).
enum TokenKind: Sendable {
    case word
    case number
    case punct
    /// A URL, an e-mail address or a digit run with several dots ("22.10.2024", "3.12.1"):
    /// never a figure, never part of one.
    case opaque
}

/// One token with its Unicode-scalar span in the text.
struct Token: Sendable {
    var kind: TokenKind
    var text: String
    /// Lowercased, with typographic apostrophes folded to "'" and a minus sign to "-"; for a number,
    /// its plain decimal form ("12,000" -> "12000", "½" -> "0.5").
    var lower: String
    var start: Int
    var end: Int
    /// Whitespace separates it from the previous token ("12,000 troops" vs "2.5bn", "COVID-19").
    var spaceBefore: Bool
    /// Line breaks between the previous token and this one.
    var newlinesBefore: Int
    var isCapitalized: Bool
    var flags: WordFlags

    /// Attached to the previous token, with no whitespace between.
    var isAttached: Bool { !spaceBefore }
}
