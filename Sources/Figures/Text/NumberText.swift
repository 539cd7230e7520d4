/// A digit run as written ("12,000", "1.234.567", "1,5", "12,34,567.89", "10 000") read into a plain
/// decimal string ("12000", "1234567", "1.5", "1234567.89", "10000") that `Double` parses.
///
/// Which separator groups thousands is a convention of the whole text: "2.500" is two and a half
/// in a text that writes "1.5" and "12,000", and two thousand five hundred in one that writes
/// "1.234.567" or "3,5". Only a lone dot before exactly three digits depends on it; every other
/// shape says what it is by itself.
enum NumberText {
    /// What a digit run's separators show about the text's convention.
    enum Evidence {
        case none
        /// "1.234.567", "1.234,56", "3,5": dots group thousands, a comma marks the decimals.
        case dotThousands
        /// "1.5", "1,234.56", "12.25": a dot marks the decimals.
        case dotDecimal
    }

    /// The separators and digit-group widths of a run: "1,234.5" -> [",", "."], [1, 3, 1].
    /// Group spaces (no-break and thin spaces, or a plain space the tokenizer accepted) are dropped.
    private static func shape(_ text: String) -> (separators: [UInt8], widths: [Int]) {
        var widths = [0]
        var separators: [UInt8] = []
        for b in text.utf8 {
            if b >= 48 && b <= 57 {
                widths[widths.count - 1] += 1
            } else if b == UInt8(ascii: ",") || b == UInt8(ascii: ".") {
                separators.append(b)
                widths.append(0)
            }
        }
        return (separators, widths)
    }

    static func evidence(_ text: String) -> Evidence {
        let (seps, widths) = shape(text)
        guard !seps.isEmpty else { return .none }
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        if seps.count == 1 {
            if seps[0] == comma { return widths[1] == 3 ? .none : .dotThousands }
            return widths[1] == 3 ? .none : .dotDecimal
        }
        if seps.last == dot, seps.dropLast().allSatisfy({ $0 == comma }) { return .dotDecimal }
        if seps.dropLast().allSatisfy({ $0 == dot }), seps.last == comma || seps.last == dot { return .dotThousands }
        return .none
    }

    /// The plain decimal form, or nil for a malformed run ("1,23,4.5.6").
    static func canonical(_ text: String, dotThousands: Bool) -> String? {
        let (seps, widths) = shape(text)
        var digits: [UInt8] = []
        digits.reserveCapacity(text.utf8.count)
        // Where the decimal mark sits (index of the separator), if any.
        var decimalAt: Int? = nil
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        if seps.isEmpty {
            decimalAt = nil
        } else if seps.count == 1 {
            let groupOfThree = widths[1] == 3 && widths[0] <= 3
            if seps[0] == comma {
                if !groupOfThree { decimalAt = 0 }          // "1,5" is a decimal comma
            } else if !(groupOfThree && dotThousands) {
                decimalAt = 0                               // "1.5"; "2.500" only where dots group thousands
            }
        } else {
            // Several separators: all but possibly the last group thousands and agree.
            let mark = seps[0]
            let lastDiffers = seps.last != mark
            let grouping = lastDiffers ? seps.dropLast() : seps[...]
            guard grouping.allSatisfy({ $0 == mark }) else { return nil }
            let groupWidths = lastDiffers ? Array(widths.dropLast()) : widths
            let lastGroup = groupWidths.last ?? 0
            // Western groups of three, or the Indian lakh grouping ("12,34,567").
            let western = widths[0] <= 3 && groupWidths.dropFirst().allSatisfy { $0 == 3 }
            let indian = mark == comma && lastGroup == 3 && widths[0] <= 2
                && groupWidths.dropFirst().dropLast().allSatisfy { $0 == 2 }
            guard western || indian else { return nil }
            if lastDiffers { decimalAt = seps.count - 1 }
        }
        var separatorIndex = 0
        for b in text.utf8 {
            if b >= 48 && b <= 57 {
                digits.append(b)
            } else if b == comma || b == dot {
                if separatorIndex == decimalAt { digits.append(dot) }
                separatorIndex += 1
            }
        }
        return String(decoding: digits, as: UTF8.self)
    }

    /// A vulgar fraction scalar, tested by range before any lookup: nearly every scalar is ASCII.
    static func isVulgarFraction(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0xBC && c.value <= 0xBE) || (c.value >= 0x2153 && c.value <= 0x215E)
    }

    /// Unicode vulgar fractions ("½", "¾", "⅓") and their values.
    static let vulgarFractions: [Unicode.Scalar: String] = [
        "\u{00BD}": "0.5", "\u{00BC}": "0.25", "\u{00BE}": "0.75", "\u{2153}": "0.3333333333333333",
        "\u{2154}": "0.6666666666666666", "\u{2155}": "0.2", "\u{2156}": "0.4", "\u{2157}": "0.6", "\u{2158}": "0.8",
        "\u{2159}": "0.16666666666666666", "\u{215A}": "0.8333333333333334", "\u{215B}": "0.125",
        "\u{215C}": "0.375", "\u{215D}": "0.625", "\u{215E}": "0.875",
    ]
}
