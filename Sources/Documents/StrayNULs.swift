/// NUL bytes scattered in an HTML page that is otherwise text (a save padded with zeros where a
/// write was cut short). The HTML standard's parser ignores U+0000 in a page, so a browser shows
/// it whole; dropping them reads the page as the browser did. Only markup qualifies (the first
/// non-blank byte is `<`), and only a small share: binary data, and ASCII stored two or four bytes
/// a character, have NULs in every few bytes and stay refused.
enum StrayNULs {
    /// At most one NUL per this many bytes.
    static let bytesPerTolerableNUL = 1024

    static func areTolerable(in bytes: [UInt8], survey: ByteSurvey) -> Bool {
        guard survey.firstNUL != nil, let first = bytes.firstIndex(where: { !isBlank($0) }), bytes[first] == UInt8(ascii: "<") else { return false }
        let nuls = bytes.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        return nuls * bytesPerTolerableNUL <= bytes.count
    }

    static func removed(from bytes: [UInt8]) -> [UInt8] {
        bytes.filter { $0 != 0 }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
