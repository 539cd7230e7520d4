/// Quoted speech in running text, so the voice of a paragraph can be judged without it.
enum Quotations {
    /// Each opening quotation mark and the marks that close it: English “…”, German and Polish
    /// „…“ or „…”, French, Spanish and Italian «…», and straight quotes. ("»" opens German
    /// quotes too, but as often points to a link, so it opens nothing here.)
    private static let closing: [Character: Set<Character>] = [
        "“": ["”"], "„": ["“", "”"], "«": ["»"], "\"": ["\""],
    ]

    /// The text with every quoted span removed. An unclosed quote runs to the end of the text.
    static func removed(from text: String) -> String {
        var out = ""
        var awaited: Set<Character>?
        for character in text {
            if let marks = awaited {
                if marks.contains(character) { awaited = nil }
                continue
            }
            if let marks = closing[character] { awaited = marks; continue }
            out.append(character)
        }
        return out
    }
}
