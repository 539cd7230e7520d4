import Foundation

/// A value as SQLite stores it: one of its five storage classes.
enum SourceValue: Equatable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// The PostgreSQL types a SQLite value is converted to, by `information_schema.columns.data_type`.
enum TargetType: Equatable, Sendable {
    case bigint, integer, smallint
    case doublePrecision, real
    case boolean
    case text
    case bytea
    /// A type the copy cannot convert to: an error only when the source has a value for it.
    case other(String)

    init(dataType: String) {
        switch dataType.lowercased() {
        case "bigint": self = .bigint
        case "integer": self = .integer
        case "smallint": self = .smallint
        case "double precision": self = .doublePrecision
        case "real": self = .real
        case "boolean": self = .boolean
        case "text", "character varying", "character": self = .text
        case "bytea": self = .bytea
        default: self = .other(dataType)
        }
    }
}

/// A value ready to bind to a PostgreSQL parameter of the column's type.
enum TargetValue: Equatable, Sendable {
    case null
    case bigint(Int64)
    case integer(Int32)
    case smallint(Int16)
    case doublePrecision(Double)
    case real(Float)
    case boolean(Bool)
    case text(String)
    case bytes(Data)
}

/// SQLite's value converted by the target column's type: integer 0/1 to boolean, blob to bytea,
/// real to double precision (bit for bit), and the lenient storage SQLite allows (an integer
/// in a text column, a whole number stored as real) to what the column holds. A value that
/// does not fit is an error that says which.
enum ColumnConversion {
    struct Mismatch: Error, Equatable {
        var value: SourceValue
        var type: TargetType
    }

    static func convert(_ value: SourceValue, to type: TargetType) throws(Mismatch) -> TargetValue {
        if case .null = value { return .null }
        let mismatch = Mismatch(value: value, type: type)
        switch type {
        case .bigint:
            guard let integer = wholeNumber(value) else { throw mismatch }
            return .bigint(integer)
        case .integer:
            guard let integer = wholeNumber(value), let narrow = Int32(exactly: integer) else { throw mismatch }
            return .integer(narrow)
        case .smallint:
            guard let integer = wholeNumber(value), let narrow = Int16(exactly: integer) else { throw mismatch }
            return .smallint(narrow)
        case .doublePrecision:
            guard let real = realNumber(value) else { throw mismatch }
            return .doublePrecision(real)
        case .real:
            guard let real = realNumber(value) else { throw mismatch }
            return .real(Float(real))
        case .boolean:
            switch value {
            case .integer(let integer): return .boolean(integer != 0)
            case .real(let real): return .boolean(real != 0)
            case .text(let text):
                switch text.lowercased() {
                case "1", "true", "t": return .boolean(true)
                case "0", "false", "f": return .boolean(false)
                default: throw mismatch
                }
            case .null, .blob: throw mismatch
            }
        case .text:
            switch value {
            case .text(let text): return .text(text)
            case .integer(let integer): return .text(String(integer))
            case .real(let real): return .text(String(real))
            case .blob(let data):
                guard let text = String(data: data, encoding: .utf8) else { throw mismatch }
                return .text(text)
            case .null: return .null
            }
        case .bytea:
            switch value {
            case .blob(let data): return .bytes(data)
            case .text(let text): return .bytes(Data(text.utf8))
            case .null, .integer, .real: throw mismatch
            }
        case .other:
            throw mismatch
        }
    }

    private static func wholeNumber(_ value: SourceValue) -> Int64? {
        switch value {
        case .integer(let integer): integer
        case .real(let real): Int64(exactly: real)
        case .text(let text): Int64(text)
        case .null, .blob: nil
        }
    }

    private static func realNumber(_ value: SourceValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .real(let real): real
        case .text(let text): Double(text)
        case .null, .blob: nil
        }
    }
}

extension ColumnConversion.Mismatch: CustomStringConvertible {
    var description: String {
        let stored = switch value {
        case .null: "NULL"
        case .integer(let integer): "the integer \(integer)"
        case .real(let real): "the real \(real)"
        case .text(let text): "the text \"\(text.prefix(40))\(text.count > 40 ? "…" : "")\""
        case .blob(let data): "a blob of \(data.count) bytes"
        }
        let column = switch type {
        case .bigint: "bigint"
        case .integer: "integer"
        case .smallint: "smallint"
        case .doublePrecision: "double precision"
        case .real: "real"
        case .boolean: "boolean"
        case .text: "text"
        case .bytea: "bytea"
        case .other(let name): name
        }
        return "\(stored) does not fit PostgreSQL's \(column) column"
    }
}
