/// Currencies, percentages and measures, mapped to one canonical unit code each.
enum Units {
    /// Symbols written before the amount ("$5", "€3bn") or after it ("900€", "10 $").
    static let currencySymbols: [String: String] = [
        "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₴": "UAH",
        "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "฿": "THB", "₫": "VND", "₿": "BTC", "₡": "CRC",
        "₾": "GEL", "₭": "LAK", "₸": "KZT",
    ]
    /// Letters before "$" that name another dollar ("US$", "A$", "HK$", "R$"); ISO codes with "$"
    /// ("NZD$15") are read as their code.
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "aus": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
        "hk": "HKD", "nz": "NZD", "s": "SGD", "sg": "SGD", "nt": "TWD", "r": "BRL", "mex": "MXN", "mx": "MXN",
    ]
    /// Letters written before an amount that are not ISO codes ("Rs 1.5 crore", "RM12.40").
    static let letterPrefixes: [String: String] = [
        "rs": "INR", "rp": "IDR", "rm": "MYR", "ksh": "KES", "dhs": "AED",
    ]
    /// ISO codes, written before ("USD 5 million", "EUR40m") or after ("115USD") the amount.
    static let currencyCodes: Set<String> = [
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "krw", "rub", "uah", "chf", "cad", "aud", "try", "brl",
        "zar", "ngn", "kes", "mxn", "sek", "nok", "dkk", "pln", "hkd", "sgd", "nzd", "twd", "myr", "idr", "thb",
        "php", "vnd", "aed", "sar", "ils", "egp", "pkr", "bdt", "lkr", "czk", "huf", "ron", "ars", "clp", "cop",
        "pen", "qar", "kwd", "btc",
    ]
    /// Codes that are also English words or names: a code only when written in capitals.
    static let wordLikeCodes: Set<String> = ["try", "pen", "ron", "php", "cop", "sar", "ars"]

    /// The currency an ISO code names ("rmb" is China's yuan).
    static func code(_ lower: String) -> String { lower == "rmb" ? "CNY" : lower.uppercased() }

    /// Units written after the amount, lowercased, longest phrases first. Letters that are a unit only
    /// when glued to the digits ("100m", "250g", "40C") are in `glued`; forms whose case decides
    /// ("Nm" torque, "Gb" gigabits) in `caseSensitive`.
    static let after = PhraseTable<String>([
        // Shares.
        ("%", "percent"), ("percent", "percent"), ("per cent", "percent"), ("pct", "percent"),
        ("percentage points", "percentage points"), ("percentage point", "percentage points"),
        ("ppts", "percentage points"), ("ppt", "percentage points"),
        ("basis points", "basis points"), ("basis point", "basis points"), ("bps", "basis points"),
        ("points", "points"), ("point", "points"), ("pts", "points"),
        // Money named after the amount.
        ("dollars", "USD"), ("dollar", "USD"), ("us dollars", "USD"), ("u.s. dollars", "USD"),
        ("australian dollars", "AUD"), ("canadian dollars", "CAD"), ("hong kong dollars", "HKD"),
        ("singapore dollars", "SGD"), ("new zealand dollars", "NZD"), ("taiwan dollars", "TWD"),
        ("new taiwan dollars", "TWD"), ("euros", "EUR"), ("euro", "EUR"), ("pounds sterling", "GBP"),
        ("sterling", "GBP"), ("egyptian pounds", "EGP"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
        ("rupees", "INR"), ("rupee", "INR"), ("pakistani rupees", "PKR"), ("sri lankan rupees", "LKR"),
        ("roubles", "RUB"), ("rubles", "RUB"), ("rouble", "RUB"), ("ruble", "RUB"), ("hryvnias", "UAH"),
        ("hryvnia", "UAH"), ("won", "KRW"), ("swiss francs", "CHF"), ("francs", "CHF"), ("cfa francs", "XOF"),
        ("lira", "TRY"), ("liras", "TRY"), ("turkish lira", "TRY"), ("pesos", "MXN"), ("mexican pesos", "MXN"),
        ("philippine pesos", "PHP"), ("reais", "BRL"), ("rand", "ZAR"), ("ringgit", "MYR"), ("baht", "THB"),
        ("dong", "VND"), ("naira", "NGN"), ("shillings", "KES"), ("dirhams", "AED"), ("riyals", "SAR"),
        ("kronor", "SEK"), ("kroner", "NOK"), ("zloty", "PLN"), ("zlotys", "PLN"), ("forint", "HUF"),
        ("rupiah", "IDR"), ("shekels", "ILS"), ("bitcoin", "BTC"), ("bitcoins", "BTC"),
        ("cents", "cents"), ("cent", "cents"), ("pence", "pence"), ("penny", "pence"), ("pennies", "pence"),
        // Length, area, volume.
        ("mm", "mm"), ("millimetres", "mm"), ("millimeters", "mm"), ("millimetre", "mm"), ("millimeter", "mm"),
        ("cm", "cm"), ("centimetres", "cm"), ("centimeters", "cm"), ("centimetre", "cm"), ("centimeter", "cm"),
        ("metres", "m"), ("meters", "m"), ("metre", "m"), ("meter", "m"),
        ("km", "km"), ("kms", "km"), ("kilometres", "km"), ("kilometers", "km"), ("kilometre", "km"),
        ("kilometer", "km"), ("inches", "in"), ("inch", "in"), ("ft", "ft"), ("feet", "ft"), ("foot", "ft"),
        ("yd", "yd"), ("yards", "yd"), ("yard", "yd"), ("mi", "mi"), ("miles", "mi"), ("mile", "mi"),
        ("nautical miles", "nmi"), ("nautical mile", "nmi"), ("light years", "ly"), ("light - years", "ly"),
        ("sq km", "km2"), ("square kilometres", "km2"), ("square kilometers", "km2"), ("square kilometre", "km2"),
        ("square kilometer", "km2"), ("km 2", "km2"), ("km ²", "km2"), ("sq mi", "mi2"), ("square miles", "mi2"),
        ("square mile", "mi2"), ("sq m", "m2"), ("square metres", "m2"), ("square meters", "m2"),
        ("square metre", "m2"), ("square meter", "m2"), ("m 2", "m2"), ("m ²", "m2"), ("sq ft", "ft2"),
        ("square feet", "ft2"), ("square foot", "ft2"), ("hectares", "ha"), ("hectare", "ha"), ("ha", "ha"),
        ("acres", "acres"), ("acre", "acres"),
        ("ml", "ml"), ("millilitres", "ml"), ("milliliters", "ml"), ("cl", "cl"), ("litres", "l"), ("liters", "l"),
        ("litre", "l"), ("liter", "l"), ("gallons", "gal"), ("gallon", "gal"), ("pints", "pt"), ("pint", "pt"),
        ("barrels", "barrels"), ("barrel", "barrels"), ("bpd", "barrels/day"), ("barrels per day", "barrels/day"),
        ("barrels a day", "barrels/day"), ("cubic metres", "m3"), ("cubic meters", "m3"), ("cubic metre", "m3"),
        ("cubic meter", "m3"), ("m 3", "m3"), ("m ³", "m3"), ("bcm", "bcm"), ("cubic feet", "ft3"),
        ("cubic foot", "ft3"), ("cu ft", "ft3"),
        // Mass.
        ("mg", "mg"), ("milligrams", "mg"), ("milligram", "mg"), ("micrograms", "µg"), ("grams", "g"),
        ("gram", "g"), ("grammes", "g"), ("kg", "kg"), ("kgs", "kg"), ("kilograms", "kg"), ("kilogram", "kg"),
        ("kilogrammes", "kg"), ("kilos", "kg"), ("kilo", "kg"), ("tonnes", "tonnes"), ("tonne", "tonnes"),
        ("tons", "tonnes"), ("ton", "tonnes"), ("metric tons", "tonnes"), ("metric tonnes", "tonnes"),
        ("metric ton", "tonnes"), ("lb", "lb"), ("lbs", "lb"), ("oz", "oz"), ("ounces", "oz"), ("ounce", "oz"),
        ("troy ounces", "oz"), ("carats", "ct"),
        // Temperature and angles.
        ("°", "degrees"), ("° c", "°C"), ("° f", "°F"), ("degrees", "degrees"), ("degree", "degrees"),
        ("degrees celsius", "°C"), ("degrees fahrenheit", "°F"), ("degrees centigrade", "°C"),
        ("degrees c", "°C"), ("degrees f", "°F"), ("degree celsius", "°C"), ("degree fahrenheit", "°F"),
        ("deg c", "°C"), ("deg f", "°F"), ("deg celsius", "°C"), ("deg fahrenheit", "°F"), ("deg", "degrees"),
        ("celsius", "°C"), ("centigrade", "°C"), ("fahrenheit", "°F"), ("kelvin", "K"),
        // Speed, power, energy, torque, frequency, data.
        ("mph", "mph"), ("km / h", "km/h"), ("kph", "km/h"), ("kmph", "km/h"), ("km / hr", "km/h"),
        ("kilometres per hour", "km/h"), ("kilometers per hour", "km/h"), ("kilometres an hour", "km/h"),
        ("kilometers an hour", "km/h"), ("miles per hour", "mph"), ("miles an hour", "mph"), ("knots", "knots"),
        ("m / s", "m/s"), ("metres per second", "m/s"), ("meters per second", "m/s"), ("mpg", "mpg"),
        ("watts", "W"), ("watt", "W"), ("kw", "kW"), ("kilowatts", "kW"), ("kilowatt", "kW"), ("mw", "MW"),
        ("megawatts", "MW"), ("megawatt", "MW"), ("gw", "GW"), ("gigawatts", "GW"), ("gigawatt", "GW"),
        ("hp", "hp"), ("bhp", "hp"), ("horsepower", "hp"),
        ("wh", "Wh"), ("kwh", "kWh"), ("mwh", "MWh"), ("gwh", "GWh"), ("twh", "TWh"), ("kilowatt hours", "kWh"),
        ("kilowatt - hours", "kWh"), ("megawatt hours", "MWh"), ("megawatt - hours", "MWh"),
        ("gigawatt hours", "GWh"), ("terawatt hours", "TWh"), ("mah", "mAh"), ("kj", "kJ"), ("calories", "kcal"),
        ("kcal", "kcal"), ("btu", "BTU"),
        ("lb - ft", "lb-ft"), ("lb ft", "lb-ft"), ("newton metres", "Nm"), ("newton meters", "Nm"),
        ("hz", "Hz"), ("khz", "kHz"), ("mhz", "MHz"), ("ghz", "GHz"),
        ("kb", "KB"), ("mb", "MB"), ("gb", "GB"), ("tb", "TB"), ("pb", "PB"), ("bytes", "B"),
        ("kilobytes", "KB"), ("megabytes", "MB"), ("gigabytes", "GB"), ("terabytes", "TB"), ("petabytes", "PB"),
        ("exabytes", "EB"), ("bits", "bit"), ("kbps", "kbit/s"), ("mbps", "Mbit/s"), ("gbps", "Gbit/s"),
        ("volts", "V"), ("kv", "kV"), ("kilovolts", "kV"), ("amps", "A"), ("amperes", "A"), ("psi", "psi"),
        ("hpa", "hPa"), ("millibars", "mbar"), ("mbar", "mbar"), ("decibels", "dB"), ("db", "dB"),
        ("msv", "mSv"), ("megapixels", "MP"),
        // Time.
        ("seconds", "seconds"), ("second", "seconds"), ("secs", "seconds"), ("minutes", "minutes"),
        ("minute", "minutes"), ("mins", "minutes"), ("min", "minutes"), ("hours", "hours"), ("hour", "hours"),
        ("hrs", "hours"), ("hr", "hours"), ("days", "days"), ("day", "days"), ("weeks", "weeks"),
        ("week", "weeks"), ("months", "months"), ("month", "months"), ("years", "years"), ("year", "years"),
        ("yrs", "years"), ("decades", "decades"), ("decade", "decades"), ("centuries", "centuries"),
        ("century", "centuries"), ("fortnights", "fortnights"), ("fortnight", "fortnights"),
        // Multipliers: "three times the cost", "a 10-fold rise".
        ("times", "times"), ("fold", "times"),
    ], first: .unitFirst)

    /// Letters that are a unit only glued to the digits: "100m", "250g", "40C", "96p", "7pc".
    static let glued: [String: String] = [
        "m": "m", "g": "g", "t": "tonnes", "l": "l", "L": "l", "C": "°C", "F": "°F", "p": "pence", "c": "cents",
        "W": "W", "V": "V", "h": "hours", "pc": "percent", "pp": "percentage points", "bp": "basis points",
        "in": "in",
    ]
    /// Forms whose case tells two units apart.
    static let caseSensitive: [String: String] = [
        "Nm": "Nm", "nm": "nm", "Gb": "Gbit", "Mb": "Mbit", "Kb": "kbit", "MB": "MB", "GB": "GB", "TB": "TB",
        "mW": "mW", "MW": "MW", "dB": "dB",
    ]

    /// What "per"/"a"/"/" can put after a unit to make a rate: "$5 a share", "3% a year", "$80 per barrel".
    static let perNouns: [String: String] = [
        "share": "share", "barrel": "barrel", "day": "day", "week": "week", "month": "month", "year": "year",
        "annum": "year", "hour": "hour", "hr": "hour", "h": "hour", "kg": "kg", "kilo": "kg", "kilogram": "kg",
        "tonne": "tonne", "ton": "tonne", "litre": "l", "liter": "l", "gallon": "gal", "head": "person",
        "person": "person", "capita": "person", "night": "night", "ounce": "oz", "oz": "oz", "pound": "lb",
        "lb": "lb", "dozen": "dozen", "mile": "mi", "km": "km", "kilometre": "km", "kilometer": "km",
        "unit": "unit", "seat": "seat", "passenger": "passenger", "mwh": "MWh", "kwh": "kWh", "sq": "sq",
        "square": "sq", "minute": "minute", "second": "s", "s": "s", "foot": "ft", "ft": "ft", "metre": "m",
        "meter": "m", "m": "m",
    ]

    /// Display resolutions written with "p" ("1080p"): not pence.
    static let resolutions: Set<String> = ["144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"]

    /// Units that are money ("USD", "pence", "USD/share"); the rest are measures, shares or durations.
    static func isMoney(_ unit: String) -> Bool {
        let base = unit.firstIndex(of: "/").map { String(unit[..<$0]) } ?? unit
        return moneyUnits.contains(base)
    }
    private static let moneyUnits: Set<String> = Set(currencySymbols.values).union(dollarPrefixes.values)
        .union(letterPrefixes.values).union(currencyCodes.map(code)).union(["XOF", "cents", "pence"])
    static func isShare(_ unit: String) -> Bool {
        unit == "percent" || unit == "percentage points" || unit == "basis points" || unit == "fraction"
    }
    static func isTemperature(_ unit: String) -> Bool { unit == "°C" || unit == "°F" || unit == "K" }
    static let durations: Set<String> = [
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "fortnights",
    ]
    static func isDuration(_ unit: String) -> Bool { durations.contains(unit) }

    /// What a unit measures, so a parenthetical conversion ("10 miles (16 km)") is known for one.
    static func dimension(_ unit: String) -> String {
        if isMoney(unit) { return "money" }
        switch unit {
        case "mm", "cm", "m", "km", "in", "ft", "yd", "mi", "nmi", "ly", "nm": return "length"
        case "km2", "mi2", "m2", "ft2", "ha", "acres": return "area"
        case "ml", "cl", "l", "gal", "pt", "barrels", "m3", "bcm", "ft3": return "volume"
        case "mg", "µg", "g", "kg", "tonnes", "lb", "oz", "ct": return "mass"
        case "°C", "°F", "K", "degrees": return "temperature"
        case "mph", "km/h", "knots", "m/s": return "speed"
        case "W", "kW", "MW", "GW", "hp", "mW": return "power"
        case "Wh", "kWh", "MWh", "GWh", "TWh", "kJ", "kcal", "BTU": return "energy"
        case "Nm", "lb-ft": return "torque"
        default: return unit
        }
    }
}
