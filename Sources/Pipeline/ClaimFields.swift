import Alerts
import Figures

/// The claim fields the alert rules read, in one place while the claim model grows.
enum ClaimFields {
    static func statedAs(_ claim: Claim) -> String {
        let number = FigureFormatting.number(claim.quantity.low) + (claim.quantity.low == claim.quantity.high ? "" : "–" + FigureFormatting.number(claim.quantity.high))
        return (claim.hedge.map { $0 + " " } ?? "") + number
    }

    static func unit(_ claim: Claim) -> String? { nil }

    static func counted(_ claim: Claim) -> String? { nil }
}

/// Which claimant names denote the same claimant.
enum ClaimantMatching {
    @Sendable static func same(_ a: String, _ b: String) -> Bool { a.caseInsensitiveCompare(b) == .orderedSame }
}
