/// `Whitespace.collapsed` for the many short values metadata passes around, most of which are
/// collapsed already: those are recognised by a scan of their bytes and returned as they are.
enum CollapsedWhitespace {
    static func of<S: StringProtocol>(_ text: S) -> String {
        isCollapsed(text) ? String(text) : Whitespace.collapsed(text)
    }

    /// No ASCII white space but single inner spaces, and no byte that can start one of the
    /// Unicode spaces or zero-width characters `Whitespace.collapsed` removes (U+0085, U+00A0,
    /// U+00AD, U+1680, U+2000..., U+3000, U+FEFF lead with C2, E1, E2, E3 or EF).
    private static func isCollapsed<S: StringProtocol>(_ text: S) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case 0x20 where previous == 0x20: return false
            case 0x09...0x0D, 0xC2, 0xE1, 0xE2, 0xE3, 0xEF: return false
            default: previous = byte
            }
        }
        return previous != 0x20
    }
}
