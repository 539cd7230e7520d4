/// What a block of a text scrape is.
enum BlockKind: Equatable {
    /// Running text: ends like a sentence, or too long to be anything else.
    case paragraph
    /// A short line that does not end like a sentence: a title or a subhead.
    case heading
    case furniture(Furniture)

    enum Furniture: String, Equatable {
        /// Template or markup debris ("spot_imgspot_img").
        case markupResidue
        /// Mostly URLs.
        case links
        /// A contact line with an e-mail address.
        case contact
        /// View, visit, share or reading-time counters.
        case counter
        case copyright
        /// "Read more: ...", "Related:", "See also: ...".
        case label
        /// Navigation, sharing and sign-in lines made only of furniture words.
        case navigation
        /// A byline, a timestamp, a site-and-date line.
        case dateline
        /// A picture's caption with a credit ("... Photo: Agency").
        case caption
        /// A picture's alternative text: a short line the next line (its caption) starts with.
        case imageAlt
        /// The publisher addressing the reader: donation and subscription appeals, cookie notices,
        /// comment policies.
        case callToAction
    }
}
