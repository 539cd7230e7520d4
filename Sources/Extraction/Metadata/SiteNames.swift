import Foundation

/// The names a site goes by, to tell them from titles' parts and from authors: the ones it
/// declares (og:site_name, the publisher) and its address ("salon.com", "folha").
struct SiteNames {
    /// Folded forms (lower case, no diacritics, letters and digits only) of declared names...
    private var declared: Set<String> = []
    /// ... and of the host and its labels, which on a personal site are also the author's name.
    private var address: Set<String> = []

    init(declared names: [String], host: String?) {
        for name in names {
            declared.insert(Self.fold(name))
            // "Aktuálně.cz - Víte, co se právě děje": the name before its tagline.
            if let first = TitleText.segments(name).first { declared.insert(Self.fold(first)) }
        }
        if let host = host?.lowercased() {
            let labels = host.split(separator: ".")
            address.insert(Self.fold(labels.first.map { Self.generalLabels.contains($0) } == true ? labels.dropFirst().joined(separator: ".") : host))
            for label in labels.dropLast() where !Self.generalLabels.contains(label) && label.count >= 3 { address.insert(Self.fold(String(label))) }
        }
        declared.remove("")
        address.remove("")
    }

    /// Host labels that name no site: prefixes and second-level domains.
    private static let generalLabels: Set<Substring> = ["www", "www1", "www2", "m", "amp", "mobile", "com", "co", "net", "org", "gov", "ac", "edu", "news"]

    /// Whether the text is one of the site's names, declared or its address.
    func contains(_ text: String) -> Bool {
        let folded = Self.fold(text)
        return declared.contains(folded) || address.contains(folded)
    }

    /// Whether the text is a name the site declares.
    func declares(_ text: String) -> Bool {
        declared.contains(Self.fold(text))
    }

    static func fold(_ text: String) -> String {
        // ASCII (most names) is folded byte by byte: Unicode folding is slow.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let kept = text.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
                default: nil
                }
            }
            return String(decoding: kept, as: UTF8.self)
        }
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
