import Foundation
public import Model

/// How figures read in alerts: "12,000", "1.6 million" stays "1,600,000", "5%", "−1,000".
public enum FigureFormatting {
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let negative = rounded < 0
        let magnitude = abs(rounded)
        let whole = magnitude.rounded(.down)
        var digits = String(format: "%.0f", whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        let fraction = magnitude - whole
        if fraction > 0.004 {
            let decimals = String(format: "%.2f", fraction).dropFirst(1) // ".25"
            grouped += decimals.hasSuffix("0") ? String(decimals.dropLast()) : String(decimals)
        }
        return (negative ? "−" : "") + grouped
    }

    public static func value(_ observation: Observation) -> String {
        let low = number(observation.quantity.low), high = number(observation.quantity.high)
        let base = low == high ? low : "\(low)–\(high)"
        return withUnit(base, observation.unit)
    }

    public static func signed(_ delta: Double, unit: String?) -> String {
        let text = number(delta)
        return withUnit(delta > 0 ? "+" + text : text, unit)
    }

    public static func percent(_ fraction: Double) -> String {
        let value = (fraction * 1000).rounded() / 10
        let text = value == value.rounded() ? String(format: "%.0f", abs(value)) : String(format: "%.1f", abs(value))
        return (value > 0 ? "+" : value < 0 ? "−" : "") + text + "%"
    }

    private static func withUnit(_ text: String, _ unit: String?) -> String {
        switch unit?.lowercased() {
        case nil, "": text
        case "percent", "%": text + "%"
        case "usd", "$": "$" + text
        case "eur", "€": "€" + text
        case "gbp", "£": "£" + text
        case let other?: text + " " + other
        }
    }
}
