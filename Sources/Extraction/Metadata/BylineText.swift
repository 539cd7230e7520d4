/// The names in a byline as readers see it: "By Jane Doe and John Roe", "Par Sébastien Farcis",
/// "By Jane Doe, John Roe and Max Moe, CNN", "Jane Doe May 20, 2019 | Reuters".
enum BylineText {
    /// Words that introduce the names, in the languages bylines are commonly written in.
    static let introducers: Set<String> = ["by", "by:", "par", "por", "von", "door", "di", "av", "written"]

    /// The names after a leading introducer (or one inside: "Tech by Jane Doe"), up to the
    /// first date, number, handle, separator or job ("Ben Silverman Games Editor": a section
    /// before the job goes with it). Empty when there is no name.
    static func names(_ byline: String) -> [String] {
        var tokens = byline.split(whereSeparator: \.isWhitespace)
        if let by = tokens.firstIndex(where: { introducers.contains($0.lowercased()) }), by < tokens.count - 1 {
            tokens = Array(tokens[(by + 1)...])
            if tokens.first?.lowercased() == "by" { tokens.removeFirst() }  // "Written by"
        }
        var kept: [Substring] = []
        for (position, token) in tokens.enumerated() {
            let word = AuthorNames.word(token)
            // "May 20, 2019" is a date, "Laura June Topolsky" a name.
            let startsDate = DateWords.all.contains(word) && (position + 1 == tokens.count || tokens[position + 1].first?.isNumber == true)
            if let digit = token.firstIndex(where: \.isNumber) {
                // Text run together across elements: "Lucas Nolan22 Dec 2016".
                if token.distance(from: token.startIndex, to: digit) >= 2 { kept.append(token[..<digit]) }
                break
            }
            if token.contains(where: { $0 == "@" || $0 == "|" || $0 == "•" || $0 == "·" || $0 == "/" }) || startsDate { break }
            if FurnitureVocabulary.datelineWords.contains(word) || AuthorNames.jobs.contains(word) {
                if kept.isEmpty { continue }  // "Last updated ...", "Posted ..."
                if kept.count >= 3, AuthorNames.jobs.contains(word) { kept.removeLast() }
                break
            }
            kept.append(token)
        }
        return list(kept.joined(separator: " "))
    }

    /// Names written in one string, apart: "A and B", "A & B", "A, B and C", "A; B", "A (with
    /// B and C)". A comma separates names only when every part is a full name: "Jane Doe,
    /// Senior Editor" is Jane Doe, "Kooman, F." one name. A closing affiliation in capitals
    /// (", CNN") is not a name.
    static func list(_ text: String) -> [String] {
        if text.contains(";") { return text.split(separator: ";").flatMap { list(String($0)) } }
        var parts = coauthorsOutOfBrackets(text).split(separator: ",").map(trimmed).filter { !$0.isEmpty }
        if parts.count > 1, let last = parts.last, isAcronym(last) { parts.removeLast() }
        parts = parts.map(withoutLeadingConjunction)
        if parts.count > 1, !parts.flatMap(splitOnConjunctions).allSatisfy(isFullName) {
            // "Surname, Given Names" is one name; otherwise what follows the first comma is a role.
            parts = parts.count == 2 && !parts[0].contains(" ") ? [parts.joined(separator: ", ")] : [parts[0]]
        }
        return parts.flatMap(splitOnConjunctions).map(trimmed).filter { !$0.isEmpty }
    }

    /// "Martin Untersinger (avec Damien Leloup et Morgane Tual)" -> "Martin Untersinger, Damien
    /// Leloup et Morgane Tual": brackets opening on a lower-case word ("with", "avec", "mit")
    /// hold more names. Brackets opening on a capital are part of a name ("Bruno (Henrique) Rodrigues").
    private static func coauthorsOutOfBrackets(_ text: String) -> String {
        guard let open = text.firstIndex(of: "("), let first = text[text.index(after: open)...].first, first.isLowercase,
              let space = text[open...].firstIndex(of: " ") else { return text }
        let inside = text[text.index(after: space)...].split(separator: ")", maxSplits: 1)
        return trimmed(text[..<open]) + ", " + (inside.first.map(String.init) ?? "")
    }

    private static let conjunctions: Set<String> = ["and", "&", "und", "et", "y", "e", "og", "och"]

    /// Split on a conjunction only between names, each starting with a capital: "Mac & i" is one.
    private static func splitOnConjunctions(_ part: String) -> [String] {
        let words = part.split(separator: " ")
        guard words.contains(where: { conjunctions.contains($0.lowercased()) }) else { return [part] }
        var pieces: [[Substring]] = [[]]
        for word in words {
            if conjunctions.contains(word.lowercased()) { pieces.append([]) } else { pieces[pieces.count - 1].append(word) }
        }
        let names = pieces.map { $0.joined(separator: " ") }
        return names.allSatisfy({ $0.first.map { !$0.isLowercase } ?? false }) ? names : [part]
    }

    private static func withoutLeadingConjunction(_ part: String) -> String {
        guard let first = part.split(separator: " ").first, conjunctions.contains(first.lowercased()) else { return part }
        return String(part.dropFirst(first.count).drop { $0 == " " })
    }

    /// Two to four words, capitalised at both ends ("Lauren del Valle"), none of them a role.
    private static func isFullName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard (2...4).contains(words.count), let first = words.first?.first, let last = words.last?.first else { return false }
        return !first.isLowercase && !last.isLowercase && !words.contains { AuthorNames.isRoleWord($0) }
    }

    /// "CNN", "AP", "BBC": an organisation's initials, not initials of a name ("F.").
    private static func isAcronym(_ part: String) -> Bool {
        part.count >= 2 && part.allSatisfy { $0.isUppercase }
    }

    /// Separators and quotes around a name go; a closing period ("Jr.", "F.") stays.
    private static let edges: Set<Character> = [",", ";", ":", "|", "–", "—", "-", "•", "·", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", " "]

    private static func trimmed<S: StringProtocol>(_ text: S) -> String {
        guard let first = text.firstIndex(where: { !edges.contains($0) }), let last = text.lastIndex(where: { !edges.contains($0) }) else { return "" }
        return String(text[first...last])
    }
}
