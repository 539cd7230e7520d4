/// Escaping for every text that reaches a page or a feed: article titles, quotes, claimants,
/// keys. Article text is written by strangers, so it is always escaped, never trusted to be
/// plain. Pure.
public enum Markup {
    /// Text for an HTML or XML element's content or a quoted attribute value: the five
    /// characters that can end a text or start markup are written as references, bidi controls
    /// are made visible (a U+202E in a quote would otherwise reverse what follows it on the page,
    /// so a quote could read as something it does not say), and characters XML 1.0 forbids are
    /// dropped (they make a feed unreadable).
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                if isBidiControl(scalar) {
                    output += "[U+" + String(scalar.value, radix: 16, uppercase: true) + "]"
                } else if isAllowedInXML(scalar) {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// The explicit directional formatting characters (embeddings, overrides, isolates and
    /// marks): what the "Trojan Source" reordering uses.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: scalar.value < 0x7F || scalar.value > 0x9F
        default: false
        }
    }
}
