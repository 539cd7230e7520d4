import Alerts
import Figures
import Model

/// The claim as the alert rules and the alert line show it.
enum ClaimFields {
    /// The figure as written, hedge included: "about 12,000", "up to 12,000".
    static func statedAs(_ claim: Claim) -> String {
        (claim.hedge.map { $0 + " " } ?? "") + claim.numberText
    }

    /// What a watchlist word is matched against: the words the article used, and the class.
    static func counted(_ claim: Claim) -> String? {
        [claim.countedText, claim.counted].compactMap { $0 }.joined(separator: " ").nilIfEmpty
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
