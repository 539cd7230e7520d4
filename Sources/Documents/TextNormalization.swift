/// The last step of decoding: one line-ending convention and no stray control codes, so later
/// stages split lines on "\n" only. Works on UTF-8 bytes in one linear pass.
enum TextNormalization {
    /// CR LF and lone CR become LF; U+2028/U+2029 (line and paragraph separators) become LF;
    /// form feeds become LF; other C0 controls except tab are dropped, and so are C1 controls
    /// (U+0080-U+009F), which only ever appear in text as decoding debris.
    static func normalized(utf8 bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            switch byte {
            case 0x0D:
                out.append(0x0A)
                if i + 1 < n && bytes[i + 1] == 0x0A { i += 1 }
            case 0x0C:
                out.append(0x0A)
            case 0x09, 0x0A:
                out.append(byte)
            case 0x00..<0x20, 0x7F:
                break
            case 0xC2 where i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F:
                i += 1
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                out.append(0x0A)
                i += 2
            default:
                out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
