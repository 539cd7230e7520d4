import Figures
import Model
import Testing

/// An expected quantity: a point (written as a number literal) or a range (`.r(10, 12)`).
struct Q: Equatable, CustomStringConvertible, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    var low: Double
    var high: Double
    init(integerLiteral value: Int) { low = Double(value); high = Double(value) }
    init(floatLiteral value: Double) { low = value; high = value }
    init(_ quantity: Quantity) { low = quantity.low; high = quantity.high }
    private init(low: Double, high: Double) { self.low = low; self.high = high }
    static func r(_ low: Double, _ high: Double) -> Q { Q(low: low, high: high) }
    /// A point computed from an expression: `.v(2.0 / 3)`.
    static func v(_ value: Double) -> Q { Q(low: value, high: value) }

    /// Equal up to the last digits of a double (2/3 written as 0.6666666666666666).
    static func == (a: Q, b: Q) -> Bool {
        abs(a.low - b.low) <= 1e-9 * max(1, abs(a.low)) && abs(a.high - b.high) <= 1e-9 * max(1, abs(a.high))
    }
    var description: String { low == high ? "\(low)" : "\(low)–\(high)" }
}

/// A sentence and every quantity it states, in order.
struct ValueCase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [Q]
    init(_ text: String, _ expected: [Q]) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { text }
}

extension Q: @unchecked Sendable {}

/// A sentence, the value of one of its claims and the unit that claim must carry.
struct UnitCase: CustomTestStringConvertible, Sendable {
    var text: String
    var value: Q
    var unit: String?
    init(_ text: String, _ value: Q, _ unit: String?) {
        self.text = text
        self.value = value
        self.unit = unit
    }
    var testDescription: String { text }
}

/// The quantities of every claim in a one-paragraph text, in order.
func quantities(_ text: String) -> [Q] {
    claims(text).map { Q($0.quantity) }
}

/// The one claim with this value, or nil.
func claim(_ value: Q, in text: String) -> Claim? {
    let hits = claims(text).filter { Q($0.quantity) == value }
    return hits.count == 1 ? hits[0] : nil
}
