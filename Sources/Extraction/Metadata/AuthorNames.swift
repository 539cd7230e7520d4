/// Names of people (or agencies) told from what sites put where a name belongs: addresses,
/// handles, the site's own name, "Staff", "Follow Author", a sentence.
enum AuthorNames {
    /// A name of more words than this is a phrase or several names run together.
    static let maximumWords = 5

    /// The names stated in structured values (JSON-LD, `<meta>`): "By" dropped, several in one
    /// value apart, handles and addresses in brackets removed ("Bradley M. Kuhn (http://...)").
    static func fromValues(_ values: [String]) -> [String] {
        values.flatMap { value -> [String] in
            var text = CollapsedWhitespace.of(value)
            if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")"),
               text[open...close].contains("://") || text[open...close].contains("@") {
                text = CollapsedWhitespace.of(text[..<open] + text[text.index(after: close)...])
            }
            if let first = text.split(separator: " ").first, BylineText.introducers.contains(first.lowercased()) {
                text = String(text.dropFirst(first.count).drop { $0 == " " })
            }
            return BylineText.list(text)
        }
    }

    /// The names that are names, each once. A name the site declares as its own is not an
    /// author's, unless JSON-LD types it as a person (`people`); one its address spells may be
    /// (a personal site: hakibenita.com, Haki Benita).
    static func accepted(_ names: [String], siteNames: SiteNames, people: [String] = []) -> [String] {
        var seen: Set<String> = []
        return names.map(CollapsedWhitespace.of).filter { name in
            isName(name) && (!siteNames.declares(name) || people.contains { CollapsedWhitespace.of($0) == name }) && seen.insert(name.lowercased()).inserted
        }
    }

    static func isName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard name.count >= 2, words.count <= maximumWords, !name.contains(where: \.isNumber),
              !name.contains("@"), !name.contains("://"), !name.lowercased().hasPrefix("www.") else { return false }
        let lowered = words.map(word)
        guard !lowered.contains(where: jobs.contains), !lowered.allSatisfy({ generic.contains($0) || $0.isEmpty }),
              lowered.contains(where: { $0.count >= 2 }) else { return false }
        // In a script with capitals, a name has one; "nationaldesk" or a sentence has none.
        let cased = name.filter { $0.isUppercase || $0.isLowercase }
        return cased.isEmpty || cased.contains(where: \.isUppercase)
    }

    /// A word that says what someone does, not who they are ("Senior Editor").
    static func isRoleWord(_ token: Substring) -> Bool {
        generic.contains(word(token))
    }

    /// A token as a word: lower case, without the punctuation around it ("Editor," -> "editor").
    static func word(_ token: Substring) -> String {
        guard let first = token.firstIndex(where: { !$0.isPunctuation }), let last = token.lastIndex(where: { !$0.isPunctuation }) else { return "" }
        return token[first...last].lowercased()
    }

    /// What people are employed as: "Games Editor", "Staff Writer", "Times Staff" name no one.
    static let jobs: Set<String> = [
        "staff", "editor", "writer", "reporter", "correspondent", "columnist", "contributor", "producer", "photographer",
    ]

    /// Roles, desks and page furniture: a name made only of these names nobody.
    static let generic: Set<String> = [
        "staff", "admin", "administrator", "editor", "editors", "editorial", "team", "desk", "news", "newsroom",
        "reporter", "reporters", "correspondent", "contributor", "contributors", "columnist", "writer", "writers",
        "senior", "chief", "deputy", "associate", "assistant", "managing", "executive", "producer", "photographer",
        "analyst", "technologist", "director", "manager", "founder", "guest", "web", "online", "digital", "national",
        "international", "wire", "service", "redaktion", "rédaction", "redacción", "redazione", "author", "authors",
        "follow", "unknown", "anonymous", "user", "username", "profile", "posts", "view", "more", "share", "email",
        "subscribe", "print", "the", "of", "and", "by",
    ]
}
