import Documents
import Foundation

/// The dates a line of visible text states: "Published 21 October 2024 | Updated 22 October",
/// "April 28, 2019 at 6:01 am Updated April 29, 2019", "Last updated: 3 May 2024".
struct DateLine {
    var published: Date?
    var modified: Date?

    /// Words that say the date after them is the last change.
    static let updateWords = ["updated", "modified", "aktualisiert", "mis à jour", "actualizado", "atualizado", "aggiornato"]

    init(_ line: String) {
        let lowered = line.lowercased()
        guard lowered.count == line.count,
              let update = Self.updateWords.compactMap({ lowered.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else {
            published = PublicationDate.firstDate(in: line)
            return
        }
        // The same offsets in both: lower-casing kept the length.
        let offset = lowered.distance(from: lowered.startIndex, to: update.lowerBound)
        let split = line.index(line.startIndex, offsetBy: offset)
        published = PublicationDate.firstDate(in: String(line[..<split]))
        modified = PublicationDate.firstDate(in: String(line[split...]))
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
