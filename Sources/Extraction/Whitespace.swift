/// Whitespace as the body promises it: one space between words, none at the ends.
enum Whitespace {
    /// Collapses every run of white space (tabs, no-break and other Unicode spaces, line breaks)
    /// to one space and drops zero-width characters; trims both ends.
    static func collapsed<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII answers without a Unicode property lookup: most text is ASCII.
            let isSpace = scalar.isASCII ? (scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace
            if !scalar.isASCII && isZeroWidth(scalar) { continue }
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }
}
