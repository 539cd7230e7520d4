import Foundation

/// A place mention resolved to its country (or bloc).
struct Place: Sendable, Equatable {
    enum Form: Sendable { case name, demonym, capital }
    var slug: String
    var display: String
    var form: Form
}

/// Country names, demonyms and capitals ("North Korea", "North Korean", "Pyongyang") -> one place.
enum Gazetteer {
    static let table: PhraseTable<Place> = {
        var entries: [(String, Place)] = []
        for line in GazetteerData.table.split(separator: "\n") {
            let fields = line.trimmingCharacters(in: .whitespaces).split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count >= 5 else { continue }
            let slug = String(fields[0]), display = String(fields[1])
            let forms: [(Substring, Place.Form)] = [(fields[2], .name), (fields[3], .demonym), (fields[4], .capital)]
            for (list, form) in forms {
                for alias in list.split(separator: ";") where !alias.isEmpty {
                    entries.append((String(alias), Place(slug: slug, display: display, form: form)))
                }
            }
        }
        return PhraseTable(entries, first: .placeFirst)
    }()

    /// The place named at token `i`, if any. Proper nouns only: "US" is a country, "us" a pronoun.
    static func match(_ t: [Token], at i: Int, limit: Int? = nil) -> (place: Place, end: Int)? {
        guard i < t.count, t[i].kind == .word, t[i].isCapitalized else { return nil }
        guard let hit = table.match(t, at: i, limit: limit) else { return nil }
        return (hit.value, hit.end)
    }

    /// Whether token `k` lies inside a place name that starts up to three tokens earlier
    /// ("Korea" in "North Korea").
    static func covers(_ t: [Token], _ k: Int) -> Bool {
        for s in stride(from: k, through: max(0, k - 3), by: -1) {
            if let hit = match(t, at: s), hit.end > k { return true }
        }
        return false
    }
}
