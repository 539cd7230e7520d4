/// The character encodings Tally reads. Everything else is rejected with a reason.
public enum CharacterEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    /// Also what ISO-8859-1 ("Latin-1") and US-ASCII labels mean: browsers decode them as
    /// Windows-1252, which agrees with Latin-1 on every printable character.
    case windows1252 = "windows-1252"

    /// What a charset label (from an HTTP header or a `<meta>` tag) names.
    public enum Label: Equatable, Sendable {
        case supported(CharacterEncoding)
        /// A real encoding Tally does not decode (UTF-32, Shift_JIS, KOI8-R...).
        case unsupported(String)
    }

    /// Looks a label up the way the WHATWG Encoding Standard does (case-insensitive, trimmed),
    /// for the labels of the encodings above. Any other label is `.unsupported`.
    public static func label(_ raw: String) -> Label {
        let trimmed = raw.trimmingASCIIWhitespaceAndQuotes()
        switch trimmed.lowercased() {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return .supported(.utf8)
        case "utf-16", "utf-16le", "unicode", "unicodefeff", "ucs-2", "csunicode", "iso-10646-ucs-2":
            return .supported(.utf16LittleEndian)
        case "utf-16be", "unicodefffe":
            return .supported(.utf16BigEndian)
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
             "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "csisolatin1", "ibm819", "cp819",
             "us-ascii", "ascii", "ansi_x3.4-1968":
            return .supported(.windows1252)
        default:
            return .unsupported(trimmed)
        }
    }
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        let junk: Set<Character> = [" ", "\t", "\n", "\r", "\u{0C}", "\"", "'"]
        var slice = Substring(self)
        while let first = slice.first, junk.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, junk.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
