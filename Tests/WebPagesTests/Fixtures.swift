import Foundation
import Model
import Store

/// Store values as the store hands them out, built by hand.
enum Fixtures {
    static let day = Date(timeIntervalSince1970: 1_730_000_000)

    static func entry(id: Int64, claimant: String?, value: Double, daysLater: Double, quote: String = "The quote.",
                      title: String = "An article", url: String? = "https://example.org/a") -> HistoryEntry {
        let claim = Claim(key: "north-korea/troops/sent-to-russia", quantity: Quantity(value), hedge: nil, claimant: claimant,
                          sentence: quote, start: 0, end: 1, numberText: "\(Int(value))")
        return HistoryEntry(claim: StoredClaim(id: id, articleID: id, ordinal: 0, claim: claim, repeated: false),
                            article: ArticleReference(id: id, title: title, url: url, source: "Example News", published: day + daysLater * 86_400),
                            receivedAt: day + daysLater * 86_400, duplicateOf: nil)
    }

    static func observation(id: Int64, key: String, claimant: String?, value: Double, quote: String = "q",
                            url: String? = "https://example.org/a", title: String = "t") -> Observation {
        Observation(claimID: id, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", claimant: claimant, quote: quote,
                    article: ArticleReference(id: id, title: title, url: url, source: "Example News"), observedAt: day)
    }

    static func summary(key: String, _ positions: [(String?, Double)]) -> FigureSummary {
        FigureSummary(key: key, positions: positions.enumerated().map { index, position in
            Position(claimant: position.0, latest: observation(id: Int64(index), key: key, claimant: position.0, value: position.1))
        }, mentions: positions.count, articles: positions.count, lastSeen: day)
    }

    static func alert(id: Int64, key: String, old: Double, new: Double, claimant: String = "Ukraine", quote: String = "q") -> StoredAlert {
        let newObservation = observation(id: id, key: key, claimant: claimant, value: new, quote: quote)
        let oldObservation = observation(id: id - 1, key: key, claimant: claimant, value: old)
        return StoredAlert(id: id, documentID: id,
                           alert: Alert(kind: .figureChanged, key: key, raisedAt: day + Double(id) * 60, new: newObservation, old: oldObservation,
                                        positions: [Position(claimant: claimant, latest: newObservation)]),
                           logged: true)
    }

    /// An article written to attack the page: markup, a script URL and a right-to-left override.
    static let hostileQuote = "Officials said <script>alert('x')</script> 12,000 \u{202E}sdrawkcab\u{202C} troops <img src=x onerror=alert(1)>"
    static let hostileClaimant = "\"><svg onload=alert(1)>"
    static let hostileURL = "javascript:alert(document.cookie)"
}
