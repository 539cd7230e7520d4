import Foundation

/// Relative references made absolute (RFC 3986) against xml:base or the feed's address.
enum URLResolution {
    /// `reference` resolved against `base`; the reference as given when there is no base or
    /// either is not something Foundation can read as a URL.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingXMLWhitespace()
        guard let base, !base.isEmpty, !isAbsolute(trimmed) else { return trimmed }
        guard let baseURL = URL(string: base), let resolved = URL(string: trimmed, relativeTo: baseURL) else { return trimmed }
        return resolved.absoluteString
    }

    /// Has a scheme ("http:", "tag:", "urn:"): nothing to resolve.
    static func isAbsolute(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":"), colon != reference.startIndex else { return false }
        let scheme = reference[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
