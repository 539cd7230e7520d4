/// Quoted speech in running text, so the voice of a paragraph can be judged without it.
enum Quotations {
    /// The text with every span between typographic (“…”) or straight double quotes removed. An
    /// unclosed quote runs to the end of the text.
    static func removed(from text: String) -> String {
        var out = ""
        var open: Character?
        for character in text {
            if let opening = open {
                if (opening == "“" && character == "”") || (opening == "\"" && character == "\"") { open = nil }
                continue
            }
            if character == "“" || character == "\"" { open = character; continue }
            out.append(character)
        }
        return out
    }
}
