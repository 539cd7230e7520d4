import Foundation

/// Key segments: lowercase ASCII words joined by hyphens ("Russia’s Far East" -> "russias-far-east").
enum Slug {
    static func make(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
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
