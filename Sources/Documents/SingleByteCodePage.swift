/// The characters a single-byte encoding gives bytes 0x80-0xFF, read once from the C library's
/// converter (Windows-1252 from its own table), so that detection scores a candidate from byte
/// counts without decoding the text.
struct SingleByteCodePage: Sendable {
    let encoding: CharacterEncoding
    /// Indexed by byte - 0x80; nil where the encoding leaves the byte undefined or puts a C1
    /// control there (text never holds one: such a byte means another encoding).
    let characters: [Unicode.Scalar?]

    /// nil when this machine has no converter for the encoding.
    init?(_ encoding: CharacterEncoding) {
        self.encoding = encoding
        if encoding == .windows1252 {
            characters = (0x80...0xFF).map { Self.printable(Windows1252.scalar(UInt8($0))) }
            return
        }
        // All 128 bytes in one conversion, each followed by a line feed to find where it ends.
        let probe: [UInt8] = (0x80...0xFF).flatMap { byte -> [UInt8] in [UInt8(byte), 0x0A] }
        guard let decoded = IconvDecoding.transcodeToUTF8(probe, from: 0, encoding: encoding) else { return nil }
        let lines = decoded.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.count == 129 else { return nil }
        characters = lines.prefix(128).map { line in
            let scalars = String(decoding: line, as: UTF8.self).unicodeScalars
            return scalars.count == 1 ? scalars.first.flatMap(Self.printable) : nil
        }
    }

    private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        scalar.value >= 0x80 && scalar.value <= 0x9F || scalar == "\u{FFFD}" ? nil : scalar
    }
}
