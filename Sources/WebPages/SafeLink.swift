/// Which links a page may carry out to an article: http and https only. A stored URL comes from
/// a feed or a document and may say `javascript:`, `data:` or anything else a browser would run
/// or open; such a link is left out, not rewritten. Pure.
public enum SafeLink {
    /// The URL when it is an absolute http(s) URL with no spaces, controls or quotes; nil otherwise.
    public static func external(_ url: String?) -> String? {
        guard let url else { return nil }
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://"), lowered.count > 8 else { return nil }
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 || scalar.value == 0x7F || scalar == "\"" || scalar == "<" || scalar == ">"
                || scalar == "\\" || Markup.isBidiControl(scalar) {
                return nil
            }
        }
        return url
    }

    /// A figure key in a URL path: each segment percent-encoded, the slashes kept, so
    /// `/figures/north-korea/troops/sent-to-russia` reads as the key does.
    public static func path(forKey key: String) -> String {
        key.split(separator: "/", omittingEmptySubsequences: false).map { component(String($0)) }.joined(separator: "/")
    }

    /// One path segment or query value: everything but unreserved characters percent-encoded.
    public static func component(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                output += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return output
    }
}
