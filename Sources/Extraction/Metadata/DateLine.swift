import Documents
import Foundation

/// The dates a line of visible text states: "Published 21 October 2024 | Updated 22 October",
/// "April 28, 2019 at 6:01 am Updated April 29, 2019", "Last updated: 3 May 2024".
struct DateLine {
    var published: Date?
    var modified: Date?

    /// Words that say the date after them is the last change.
    static let updateWords: Set<String> = ["updated", "update", "modified", "aktualisiert", "actualisé", "actualizado", "atualizado", "aggiornato"]

    init(_ line: String) {
        let words = line.split(whereSeparator: { !$0.isLetter })
        guard let update = words.first(where: { Self.updateWords.contains($0.lowercased()) }) else {
            published = PublicationDate.firstDate(in: line)
            return
        }
        published = PublicationDate.firstDate(in: String(line[..<update.startIndex]))
        modified = PublicationDate.firstDate(in: String(line[update.startIndex...]))
    }

    /// The first publication and update dates of a few lines.
    static func first(in lines: [String]) -> DateLine {
        var found = DateLine(published: nil, modified: nil)
        for line in lines where line.contains(where: \.isNumber) {
            let dates = DateLine(line)
            found.published = found.published ?? dates.published
            found.modified = found.modified ?? dates.modified
        }
        return found
    }

    private init(published: Date?, modified: Date?) {
        self.published = published
        self.modified = modified
    }
}
