public import Foundation

/// Dates as documents state them: RFC 3339 / ISO 8601 ("2024-10-21T09:30:00+09:00", also with
/// the zone after a space or named UTC/GMT, and the basic "20241021T093000+0900"), RFC 822
/// as feeds and mail use it ("Mon, 21 Oct 2024 09:30:00 GMT"), and the English prose forms of
/// bylines ("October 21, 2024 at 9:30 am", "21 Oct. 2024"). Written by hand because
/// DateFormatter is slow, locale-dependent and needs one format per variant. A date without a
/// zone is read as UTC.
public enum PublicationDate {
    /// The date a whole value states, or nil when it is not a date in one of those forms.
    public static func parse(_ text: String) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.utf8.count <= maxLength else { return nil }
        let bytes = Array(trimmed.utf8)
        if let (date, end) = iso8601(bytes, at: 0), end == bytes.count { return date }
        if let date = iso8601Basic(bytes) { return date }
        return prose(trimmed)
    }

    /// The first date stated somewhere in a short line of text ("Published: 21 October 2024,
    /// 10:02 | Updated ..."), or nil.
    public static func firstDate(in text: String) -> Date? {
        guard text.utf8.count <= maxLength else { return nil }
        // Every form read here has a number in digits; most lines asked have none.
        guard text.utf8.contains(where: isDigit) else { return nil }
        let bytes = Array(text.utf8)
        for start in bytes.indices where isDigit(bytes[start]) && (start == 0 || !isDigit(bytes[start - 1])) {
            if let (date, end) = iso8601(bytes, at: start), end == bytes.count || !isDigit(bytes[end]) { return date }
            if start == 0 || bytes[start - 1] != UInt8(ascii: "."), let date = dottedDayFirst(bytes, at: start) { return date }
        }
        return prose(text)
    }

    /// A date as a feed's date element states it: RFC 3339 and W3C-DTF, partial ones included
    /// ("2003-12", "2003"), and RFC 822 with its variants (two-digit years, no seconds, named,
    /// numeric and military zones, a missing or wrong day name, asctime's order), normalised to
    /// UTC. Nil when the value is none of these; a date without a zone is read as UTC.
    public static func feedDate(_ text: String) -> Date? {
        // Feeds' date elements are short ASCII: trimmed by bytes, not by Foundation's character sets.
        let utf8 = text.utf8
        guard utf8.count <= maxLength * 2, let first = utf8.firstIndex(where: { $0 > 0x20 }),
              let last = utf8.lastIndex(where: { $0 > 0x20 }) else { return nil }
        let bytes = Array(utf8[first...last])
        guard bytes.count <= maxLength else { return nil }
        if let (date, end) = iso8601(bytes, at: 0), end == bytes.count { return date }
        if let date = partialW3CDTF(bytes) { return date }
        return prose(String(decoding: bytes, as: UTF8.self))
    }

    /// Lines longer than this are prose, not a dateline; the bound also caps the work.
    private static let maxLength = 300

    // MARK: ISO 8601 / RFC 3339

    /// YYYY-MM-DD (also with / or .), optionally followed by [T or space]hh:mm[:ss[.fff]] and a
    /// zone (Z, +hh, +hhmm, +hh:mm). Returns the date and the offset just past what was read.
    private static func iso8601(_ b: [UInt8], at start: Int) -> (Date, Int)? {
        var i = start
        guard let year = number(b, &i, digits: 4), i < b.count else { return nil }
        let separator = b[i]
        guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") || separator == UInt8(ascii: ".") else { return nil }
        i += 1
        guard let month = number(b, &i, digits: 2), i < b.count, b[i] == separator else { return nil }
        i += 1
        guard let day = number(b, &i, digits: 2) else { return nil }
        var seconds = 0.0
        var offset = 0
        let dateEnd = i
        if i + 1 < b.count, b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") || b[i] == UInt8(ascii: " "), isDigit(b[i + 1]) {
            var j = i + 1
            if let hour = number(b, &j, digits: 2), j < b.count, b[j] == UInt8(ascii: ":"), hour < 24 {
                j += 1
                if let minute = number(b, &j, digits: 2), minute < 60 {
                    seconds = Double(hour * 3600 + minute * 60)
                    if j < b.count, b[j] == UInt8(ascii: ":") {
                        j += 1
                        guard let second = number(b, &j, digits: 2), second <= 60 else { return nil }
                        seconds += Double(second)
                        if j + 1 < b.count, b[j] == UInt8(ascii: ".") || b[j] == UInt8(ascii: ","), isDigit(b[j + 1]) {
                            j += 1
                            var scale = 0.1
                            while j < b.count, isDigit(b[j]) {
                                seconds += Double(b[j] - 0x30) * scale
                                scale /= 10
                                j += 1
                            }
                        }
                    }
                    // The zone may follow a space: "2015-07-10 09:53:00 -0400", "09:30 UTC".
                    if let (zone, end) = zoneOffset(b, at: j) ?? (j < b.count && b[j] == UInt8(ascii: " ") ? zoneOffset(b, at: j + 1) : nil) {
                        offset = zone
                        j = end
                    }
                    i = j
                }
            }
        }
        guard let days = daysSinceEpoch(year: year, month: month, day: day) else { return nil }
        let date = Date(timeIntervalSince1970: Double(days) * 86_400 + seconds - Double(offset))
        return (date, i == start ? dateEnd : i)
    }

    /// D.M.YYYY, the order every country writing dates with dots uses ("11.04.2020",
    /// "4.6.2019"); a version number ("1.2.3", "10.15.2019" with no month 15) is not one.
    private static func dottedDayFirst(_ b: [UInt8], at start: Int) -> Date? {
        var i = start
        /// One or two digits and a dot.
        func part() -> Int? {
            guard let value = number(b, &i, digits: 2) ?? number(b, &i, digits: 1), i < b.count, b[i] == UInt8(ascii: ".") else { return nil }
            i += 1
            return value
        }
        guard let day = part(), let month = part(), let year = number(b, &i, digits: 4), (1900...2999).contains(year) else { return nil }
        // Not the start of a longer run of numbers ("1.2.2019.5", "1.2.20190").
        if i < b.count, isDigit(b[i]) || (b[i] == UInt8(ascii: ".") && i + 1 < b.count && isDigit(b[i + 1])) { return nil }
        guard let days = daysSinceEpoch(year: year, month: month, day: day) else { return nil }
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }

    /// ISO 8601's basic format as a whole value: YYYYMMDD, optionally with Thhmm[ss] and a zone
    /// ("20180619T055000+0900"). Only whole values: inside a line eight digits are rarely a date.
    private static func iso8601Basic(_ b: [UInt8]) -> Date? {
        var i = 0
        guard let year = number(b, &i, digits: 4), let month = number(b, &i, digits: 2), let day = number(b, &i, digits: 2),
              let days = daysSinceEpoch(year: year, month: month, day: day) else { return nil }
        var seconds = 0
        var offset = 0
        if i < b.count, b[i] == UInt8(ascii: "T") {
            i += 1
            guard let hour = number(b, &i, digits: 2), let minute = number(b, &i, digits: 2), hour < 24, minute < 60 else { return nil }
            seconds = hour * 3600 + minute * 60
            if i + 1 < b.count, isDigit(b[i]) {
                guard let second = number(b, &i, digits: 2), second <= 60 else { return nil }
                seconds += second
            }
            if let (zone, end) = zoneOffset(b, at: i) {
                offset = zone
                i = end
            }
        }
        guard i == b.count else { return nil }
        return Date(timeIntervalSince1970: Double(days * 86_400 + seconds - offset))
    }

    /// "YYYY-MM" or "YYYY": the first instant of that month or year.
    private static func partialW3CDTF(_ b: [UInt8]) -> Date? {
        var i = 0
        guard let year = number(b, &i, digits: 4), year >= 1000 else { return nil }
        var month = 1
        if i < b.count {
            guard b[i] == UInt8(ascii: "-") else { return nil }
            i += 1
            guard let value = number(b, &i, digits: 2) else { return nil }
            month = value
        }
        guard i == b.count, let days = daysSinceEpoch(year: year, month: month, day: 1) else { return nil }
        return Date(timeIntervalSince1970: Double(days) * 86_400)
    }

    /// Z, UTC, GMT, or +hh, +hhmm, +hh:mm (and the same with a minus sign), in seconds east of UTC.
    private static func zoneOffset(_ b: [UInt8], at start: Int) -> (Int, Int)? {
        guard start < b.count else { return nil }
        if b[start] == UInt8(ascii: "Z") || b[start] == UInt8(ascii: "z") { return (0, start + 1) }
        if start + 3 <= b.count, case let name = String(decoding: b[start..<(start + 3)], as: UTF8.self).lowercased(),
           name == "utc" || name == "gmt", start + 3 == b.count || !isLetter(b[start + 3]) {
            return (0, start + 3)
        }
        let sign: Int
        switch b[start] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        var i = start + 1
        guard let hours = number(b, &i, digits: 2), hours <= 18 else { return nil }
        var minutes = 0
        if i < b.count, b[i] == UInt8(ascii: ":") { i += 1 }
        if i + 1 < b.count, isDigit(b[i]) {
            guard let value = number(b, &i, digits: 2), value < 60 else { return nil }
            minutes = value
        }
        return (sign * (hours * 3600 + minutes * 60), i)
    }

    private static func number(_ b: [UInt8], _ i: inout Int, digits: Int) -> Int? {
        guard i + digits <= b.count else { return nil }
        var value = 0
        for k in i..<(i + digits) {
            guard isDigit(b[k]) else { return nil }
            value = value * 10 + Int(b[k] - 0x30)
        }
        i += digits
        return value
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

    // MARK: RFC 822 and English prose

    private enum Token: Equatable {
        case word(String)
        case number(Int, digits: Int)
        case time(hour: Int, minute: Int, second: Int)
        case offset(Int)
    }

    /// Finds a month name with a day next to it and a year close by; then a time, am/pm and a
    /// zone after them if present. asctime's order ("Sun Jan  4 16:29:06 2004") puts the year
    /// after the time. A word after the time that names no zone is ignored, which reads RFC 822's
    /// one-letter military zones as UTC, as RFC 2822 advises (RFC 822 got their signs wrong).
    private static func prose(_ text: String) -> Date? {
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            guard case .word(let word) = token, let month = months[word] else { continue }
            var day: Int?
            var year: Int?
            var cursor = index + 1
            // "21 October 2024" / "Mon, 21 Oct 2024": the day comes first.
            var before = index - 1
            if before > 0, case .word(let connector) = tokens[before], dateConnectors.contains(connector) { before -= 1 }
            if before >= 0, case .number(let value, let digits) = tokens[before], digits <= 2, (1...31).contains(value) {
                day = value
                if cursor + 1 < tokens.count, case .word(let connector) = tokens[cursor], dateConnectors.contains(connector) { cursor += 1 }
                if cursor < tokens.count, case .number(let value, let digits) = tokens[cursor], digits == 4 || digits == 2 {
                    year = digits == 2 ? (value < 50 ? 2000 + value : 1900 + value) : value
                    cursor += 1
                }
            } else if cursor < tokens.count, case .number(let value, let digits) = tokens[cursor], digits <= 2, (1...31).contains(value) {
                // "October 21, 2024" / "Oct. 21st 2024".
                day = value
                cursor += 1
                if cursor < tokens.count, case .word(let suffix) = tokens[cursor], ["st", "nd", "rd", "th"].contains(suffix) { cursor += 1 }
                if cursor < tokens.count, case .number(let value, let digits) = tokens[cursor], digits == 4 {
                    year = value
                    cursor += 1
                } else if cursor < tokens.count, case .time = tokens[cursor] {
                    // asctime: "Jan 4 16:29:06 [zone] 2004".
                    for k in (cursor + 1)..<min(tokens.count, cursor + 3) {
                        if case .number(let value, 4) = tokens[k] { year = value; break }
                    }
                }
            }
            guard let day, let year, (1000...2999).contains(year),
                  let days = daysSinceEpoch(year: year, month: month, day: day) else { continue }
            var seconds = 0
            var zone = 0
            // Within a few tokens ("at", "-", a weekday...), a time and maybe am/pm and a zone.
            var k = cursor
            while k < min(tokens.count, cursor + 3) {
                if case .time(var hour, let minute, let second) = tokens[k] {
                    k += 1
                    if k < tokens.count, case .word(let meridiem) = tokens[k], meridiem == "am" || meridiem == "pm" {
                        if hour == 12 { hour = 0 }
                        if meridiem == "pm" { hour += 12 }
                        k += 1
                    }
                    guard hour < 24, minute < 60, second <= 60 else { break }
                    seconds = hour * 3600 + minute * 60 + second
                    if k < tokens.count, case .offset(let value) = tokens[k] {
                        zone = value
                    } else if k < tokens.count, case .word(let name) = tokens[k], let value = zones[name] {
                        zone = value
                        if k + 1 < tokens.count, case .offset(let extra) = tokens[k + 1] { zone += extra }
                    }
                    break
                }
                k += 1
            }
            return Date(timeIntervalSince1970: Double(days * 86_400 + seconds - zone))
        }
        return nil
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.lowercased().unicodeScalars)
        func digitRun(_ from: Int) -> (value: Int, count: Int) {
            var value = 0, count = 0, j = from
            while j < scalars.count, count < 9, scalars[j].value >= 0x30 && scalars[j].value <= 0x39 {
                value = value * 10 + Int(scalars[j].value - 0x30)
                count += 1
                j += 1
            }
            return (value, count)
        }
        /// A numeric zone is only read right after a time or a zone name ("10:15 -0500", "GMT+0200").
        func offsetMayFollow() -> Bool {
            switch tokens.last {
            case .time?: true
            case .word(let name)?: zones[name] != nil
            default: false
            }
        }
        /// ASCII letters answered without a Unicode property lookup, which dominates the cost.
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") : scalar.properties.isAlphabetic
        }
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if isLetter(scalar) {
                var j = i
                while j < scalars.count, isLetter(scalars[j]) { j += 1 }
                let letters = scalars[i..<j]
                // Built from bytes when ASCII (nearly always): appending scalars one by one is slow.
                let word = letters.allSatisfy(\.isASCII) ? String(decoding: letters.lazy.map { UInt8($0.value) }, as: UTF8.self)
                    : String(String.UnicodeScalarView(letters))
                tokens.append(.word(word))
                i = j
            } else if case let (value, count) = digitRun(i), count > 0 {
                var j = i + count
                if j < scalars.count, scalars[j] == ":", digitRun(j + 1).count == 2 {
                    let minute = digitRun(j + 1).value
                    j += 3
                    var second = 0
                    if j < scalars.count, scalars[j] == ":", digitRun(j + 1).count == 2 {
                        second = digitRun(j + 1).value
                        j += 3
                    }
                    tokens.append(.time(hour: value, minute: minute, second: second))
                } else {
                    tokens.append(.number(value, digits: count))
                }
                i = j
            } else if scalar == "+" || scalar == "-", offsetMayFollow(), case let (value, count) = digitRun(i + 1), count == 4 || count == 2 {
                // +hhmm, +hh:mm or +hh.
                var minutes = count == 4 ? (value / 100) * 60 + value % 100 : value * 60
                i += 1 + count
                if count == 2, i < scalars.count, scalars[i] == ":", case let (extra, 2) = digitRun(i + 1) {
                    minutes += extra
                    i += 3
                }
                tokens.append(.offset((scalar == "+" ? 1 : -1) * minutes * 60))
            } else {
                i += 1
            }
        }
        return tokens
    }

    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
        // The other languages of the European web, written out (a byline's "4. Juni 2019",
        // "12 mars 2021", "3 de mayo de 2020", "7 października 2020"); abbreviations only where
        // they cannot be an ordinary word.
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "okt": 10,
        "dezember": 12, "dez": 12,
        "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "décembre": 12,
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
        "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
        "ottobre": 10, "dicembre": 12,
        "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
        "outubro": 10, "dezembro": 12,
        "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
        "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    ]

    /// Words between a day, a month and a year in Romance languages: "3 de mayo de 2020".
    private static let dateConnectors: Set<String> = ["de", "del", "di"]

    /// RFC 822's zone names plus the common ones bylines use, in seconds east of UTC.
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "bst": 3600, "cet": 3600, "cest": 7200,
        "est": -5 * 3600, "edt": -4 * 3600, "et": -5 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600,
        "mst": -7 * 3600, "mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600, "pt": -8 * 3600,
        "kst": 9 * 3600, "jst": 9 * 3600, "ast": -4 * 3600, "adt": -3 * 3600, "akst": -9 * 3600, "akdt": -8 * 3600,
        "hst": -10 * 3600, "eet": 2 * 3600, "eest": 3 * 3600, "wet": 0, "west": 3600, "msk": 3 * 3600,
        "aest": 10 * 3600, "aedt": 11 * 3600, "nzst": 12 * 3600, "nzdt": 13 * 3600,
    ]

    /// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil), or nil
    /// for a date that does not exist.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
