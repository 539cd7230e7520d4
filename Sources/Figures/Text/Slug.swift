import Foundation

/// Key segments: lowercase ASCII words joined by hyphens ("Russia’s Far East" -> "russias-far-east").
enum Slug {
    /// Corporate suffixes dropped from organisation slugs: "Acme Corp" and "Acme" are one owner.
    static let corporateSuffixes: Set<String> = [
        "corp", "corporation", "inc", "ltd", "co", "plc", "llc", "sa", "ag", "gmbh", "group", "holdings", "nv",
    ]

    /// An organisation's slug without its corporate suffix.
    static func organisation(_ name: String) -> String {
        var parts = make(name).split(separator: "-").map(String.init)
        while parts.count > 1, let last = parts.last, corporateSuffixes.contains(last) { parts.removeLast() }
        return parts.joined(separator: "-")
    }

    static func make(_ text: String) -> String {
        // Already a slug (a lowercase ASCII word): nothing to do.
        if !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) }) { return text }
        let folded = text.utf8.allSatisfy({ $0 < 128 })
            ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out = ""
        var pendingHyphen = false
        for c in folded.unicodeScalars {
            if (c.value >= 97 && c.value <= 122) || (c.value >= 48 && c.value <= 57) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.unicodeScalars.append(c)
            } else if c == "'" || c == "\u{2019}" || c == "." {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return out
    }
}
