import Foundation
import TOMLKit

/// A parsed TOML file read section by section, so that every unknown or mistyped setting is
/// reported with its file and name instead of silently ignored.
struct TOMLDocument {
    let file: String
    private let table: TOMLTable
    private var known: Set<String> = []

    init(_ text: String, file: String) throws(ConfigurationError) {
        self.file = file
        if let (line, column, value) = Self.firstControlCharacter(in: text) {
            // TOML allows none outside escapes (tab, newline and carriage return aside), and the
            // parser TOMLKit wraps asserts on some of them instead of reporting an error.
            throw ConfigurationError("\(file): line \(line), column \(column): a control character (U+\(String(format: "%04X", value))) is not allowed in TOML; write it as an escape inside a string")
        }
        if let trap = TOMLParserTraps.firstMalformed(in: text) {
            throw ConfigurationError("\(file): \(trap.message)")
        }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError("\(file): line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)")
        } catch {
            throw ConfigurationError("\(file): \(error)")
        }
    }

    private static func firstControlCharacter(in text: String) -> (line: Int, column: Int, value: UInt32)? {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A:
                line += 1
                column = 1
                continue
            case 0x09, 0x0D:
                break
            case 0x00...0x1F, 0x7F:
                return (line, column, scalar.value)
            default:
                break
            }
            column += 1
        }
        return nil
    }

    mutating func section(_ name: String, keys: Set<String>, _ read: (Section) throws(ConfigurationError) -> Void) throws(ConfigurationError) {
        known.insert(name)
        guard let value = table[name] else { return }
        guard let sectionTable = value.table else {
            throw ConfigurationError("\(file): [\(name)] must be a table")
        }
        let section = Section(file: file, name: name, table: sectionTable)
        for key in sectionTable.keys where !keys.contains(key) {
            throw ConfigurationError("\(file): unknown setting \(name).\(key) (known: \(keys.sorted().joined(separator: ", ")))")
        }
        try read(section)
    }

    /// An array of tables (`[[name]]`), each read in file order; `[name.N]` in messages.
    mutating func tables(_ name: String, keys: Set<String>, _ read: (Section) throws(ConfigurationError) -> Void) throws(ConfigurationError) {
        known.insert(name)
        guard let value = table[name] else { return }
        guard let array = value.array else { throw ConfigurationError("\(file): [[\(name)]] must be an array of tables") }
        for (index, element) in array.enumerated() {
            guard let elementTable = element.table else { throw ConfigurationError("\(file): [[\(name)]] number \(index + 1) must be a table") }
            let section = Section(file: file, name: "\(name)[\(index + 1)]", table: elementTable)
            for key in elementTable.keys where !keys.contains(key) {
                throw ConfigurationError("\(file): unknown setting \(section.name).\(key) (known: \(keys.sorted().joined(separator: ", ")))")
            }
            try read(section)
        }
    }

    func rejectUnknownSections() throws(ConfigurationError) {
        for key in table.keys where !known.contains(key) {
            throw ConfigurationError("\(file): unknown section [\(key)] (known: \(known.sorted().joined(separator: ", ")))")
        }
    }

    struct Section {
        let file: String
        let name: String
        let table: TOMLTable

        func string(_ key: String) throws(ConfigurationError) -> String? {
            guard let value = table[key] else { return nil }
            guard let string = value.string else { throw wrongType(key, "a string") }
            return string
        }

        func integer(_ key: String) throws(ConfigurationError) -> Int? {
            guard let value = table[key] else { return nil }
            guard let integer = value.int else { throw wrongType(key, "an integer") }
            return integer
        }

        func number(_ key: String) throws(ConfigurationError) -> Double? {
            guard let value = table[key] else { return nil }
            if let double = value.double { return double }
            if let integer = value.int { return Double(integer) }
            throw wrongType(key, "a number")
        }

        func boolean(_ key: String) throws(ConfigurationError) -> Bool? {
            guard let value = table[key] else { return nil }
            guard let boolean = value.bool else { throw wrongType(key, "true or false") }
            return boolean
        }

        func strings(_ key: String) throws(ConfigurationError) -> [String]? {
            guard let value = table[key] else { return nil }
            guard let array = value.array else { throw wrongType(key, "a list of strings") }
            var strings: [String] = []
            for element in array {
                guard let string = element.string else { throw wrongType(key, "a list of strings") }
                strings.append(string)
            }
            return strings
        }

        func positiveInteger(_ key: String) throws(ConfigurationError) -> Int? {
            guard let value = try integer(key) else { return nil }
            guard value > 0 else { throw invalid(key, "must be a positive number") }
            return value
        }

        /// Seconds as a number, or a string with a unit ("90s", "15m", "2h", "1d").
        func duration(_ key: String, minimum: Double) throws(ConfigurationError) -> Double? {
            guard let value = table[key] else { return nil }
            let seconds = value.double ?? value.int.map(Double.init) ?? value.string.flatMap(DurationText.seconds)
            guard let seconds else { throw invalid(key, "must be a duration: seconds, or a number with s, m, h or d (\"15m\")") }
            guard seconds >= minimum else { throw invalid(key, "must be at least \(minimum) seconds") }
            return seconds
        }

        func invalid(_ key: String, _ message: String) -> ConfigurationError {
            ConfigurationError("\(file): \(name).\(key) \(message)")
        }

        private func wrongType(_ key: String, _ expected: String) -> ConfigurationError {
            ConfigurationError("\(file): \(name).\(key) must be \(expected)")
        }
    }
}
