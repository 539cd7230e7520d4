/// Currencies, percentages and measures, mapped to one canonical unit code each.
enum Units {
    /// Symbols written before the amount.
    static let currencySymbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₴": "UAH",
        "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "฿": "THB", "₫": "VND",
    ]
    /// Letters glued before "$" that name another dollar ("US$", "A$", "HK$").
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD", "s": "SGD",
        "nt": "TWD",
    ]
    /// ISO codes written before the amount ("USD 5 million").
    static let currencyCodes: Set<String> = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "krw", "rub", "uah", "chf", "cad", "aud", "try", "brl",
        "zar", "ngn", "kes", "mxn", "sek", "nok", "dkk", "pln",
    ]

    /// Units written after the amount, longest phrases first.
    static let after = PhraseTable<String>([
        ("%", "percent"), ("percent", "percent"), ("per cent", "percent"), ("pct", "percent"),
        ("percentage points", "percentage points"), ("percentage point", "percentage points"),
        ("basis points", "basis points"), ("bps", "basis points"),
        ("dollars", "USD"), ("us dollars", "USD"), ("euros", "EUR"), ("euro", "EUR"), ("pounds sterling", "GBP"),
        ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"), ("rupees", "INR"), ("roubles", "RUB"),
        ("rubles", "RUB"), ("hryvnias", "UAH"), ("hryvnia", "UAH"), ("won", "KRW"), ("francs", "CHF"),
        ("usd", "USD"), ("eur", "EUR"),
        ("km", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"), ("kilometer", "km"),
        ("square kilometres", "km2"), ("square kilometers", "km2"), ("sq km", "km2"),
        ("miles", "mi"), ("mile", "mi"), ("square miles", "mi2"),
        ("metres", "m"), ("meters", "m"), ("m", "m"), ("cm", "cm"), ("mm", "mm"), ("feet", "ft"), ("ft", "ft"),
        ("kg", "kg"), ("kilograms", "kg"), ("kilogrammes", "kg"), ("grams", "g"),
        ("tonnes", "tonnes"), ("tons", "tonnes"), ("tonne", "tonnes"), ("metric tons", "tonnes"),
        ("litres", "l"), ("liters", "l"), ("gallons", "gal"), ("barrels", "barrels"), ("bpd", "barrels/day"),
        ("barrels per day", "barrels/day"), ("cubic metres", "m3"), ("cubic meters", "m3"),
        ("hectares", "ha"), ("acres", "acres"),
        ("degrees", "degrees"), ("° c", "°C"), ("° f", "°F"), ("celsius", "°C"), ("fahrenheit", "°F"),
        ("mw", "MW"), ("gw", "GW"), ("kwh", "kWh"), ("mwh", "MWh"), ("gwh", "GWh"), ("twh", "TWh"),
        ("mph", "mph"), ("km / h", "km/h"), ("knots", "knots"),
    ], first: .unitFirst)

    /// Units that are money; the rest are measures or shares.
    static func isMoney(_ unit: String) -> Bool {
        unit.count == 3 && unit.uppercased() == unit
    }
    static func isShare(_ unit: String) -> Bool {
        unit == "percent" || unit == "percentage points" || unit == "basis points"
    }
}
