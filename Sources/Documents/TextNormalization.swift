/// The last step of decoding: one line-ending convention and no stray control codes, so later
/// stages split lines on "\n" only. CR LF and lone CR become LF; U+2028/U+2029 (line and
/// paragraph separators) become LF; form feeds become LF; other C0 controls except tab are
/// dropped, and so are C1 controls (U+0080-U+009F), which only ever appear in text as decoding
/// debris. Each function is one pass that writes straight into its output's storage.
///
/// The output is UTF-8 bytes, valid whatever the input: the HTML extractor reads bytes, and a
/// `String` made only to be read as bytes again would validate the whole page once more.
enum TextNormalization {
    /// Bytes of any validity (invalid sequences become U+FFFD).
    static func normalized(utf8 bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { normalized(utf8: $0, from: 0, needed: true, knownValid: false) }
    }

    /// UTF-8 text from `start`. `needed` false (`ByteSurvey.utf8NeedsNormalization`) skips the
    /// rewriting; `knownValid` (the survey found no invalid sequence) skips the repair.
    static func normalized(utf8 input: UnsafeBufferPointer<UInt8>, from start: Int, needed: Bool, knownValid: Bool) -> [UInt8] {
        let text = UnsafeBufferPointer(rebasing: input[start...])
        guard knownValid else {
            // Repairing is what String's initialiser does: go through one, rarely.
            return Array(String(decoding: needed ? rewritten(text) : Array(text), as: UTF8.self).utf8)
        }
        return needed ? rewritten(text) : Array(text)
    }

    private static func rewritten(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let n = text.count
        return [UInt8](unsafeUninitializedCapacity: n) { out, count in
            count = rewrite(text, into: out)
        }
    }

    private static func rewrite(_ text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let n = text.count
        var i = 0, written = 0
        while i < n {
            let byte = text[i]
            if byte < 0x80 {
                i += writeASCII(text, at: i, to: out, &written)
            } else if byte == 0xC2 && i + 1 < n && text[i + 1] >= 0x80 && text[i + 1] <= 0x9F {
                i += 2
            } else if byte == 0xE2 && i + 2 < n && text[i + 1] == 0x80 && text[i + 2] & 0xFE == 0xA8 {
                out[written] = 0x0A
                written += 1
                i += 3
            } else {
                out[written] = byte
                written += 1
                i += 1
            }
        }
        return written
    }

    /// Writes what the ASCII byte at `i` becomes (itself, LF or nothing) and returns how many
    /// bytes it stood for: CR LF is one line break.
    @inline(__always)
    static func writeASCII(_ input: UnsafeBufferPointer<UInt8>, at i: Int, to out: UnsafeMutableBufferPointer<UInt8>, _ written: inout Int) -> Int {
        let byte = input[i]
        switch byte {
        case 0x20..<0x7F, 0x09, 0x0A:
            out[written] = byte
            written += 1
        case 0x0D:
            out[written] = 0x0A
            written += 1
            if i + 1 < input.count && input[i + 1] == 0x0A { return 2 }
        case 0x0C:
            out[written] = 0x0A
            written += 1
        default:
            break
        }
        return 1
    }
}
