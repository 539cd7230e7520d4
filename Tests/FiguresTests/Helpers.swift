import Figures
import Model

/// Claims of a one-paragraph article with no title.
func claims(_ body: String) -> [Claim] {
    ClaimExtractor().claims(title: nil, body: body)
}

/// The values of every claim, in order.
func values(_ body: String) -> [Double] {
    claims(body).map(\.quantity.low)
}

/// The key of the single claim with `value` in `body`, or nil when there is not exactly one.
func key(of value: Double, in body: String) -> String? {
    let hits = claims(body).filter { $0.quantity.low == value || $0.quantity.high == value }
    return hits.count == 1 ? hits[0].key : nil
}
