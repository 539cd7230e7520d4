/// The subset of Python the corpus's `Expect:` lines use: and/or/not, ==/!= (chained), in and
/// not in, subscripts, attribute access (a feedparser dict's keys), .get() and .has_key(),
/// len(), ord(), locals(), and string/number/None/True/False/tuple/list/dict literals.
/// Parsed into a tree once and evaluated against the feedparser-shaped result.
indirect enum PythonExpression {
    case literal(PyValue)
    case name(String)
    case tuple([PythonExpression])
    case list([PythonExpression])
    case dict([(PythonExpression, PythonExpression)])
    case index(PythonExpression, PythonExpression)
    case attribute(PythonExpression, String)
    case call(PythonExpression, [PythonExpression])
    case not(PythonExpression)
    case and(PythonExpression, PythonExpression)
    case or(PythonExpression, PythonExpression)
    /// a op1 b op2 c... (Python chains comparisons).
    case comparison(PythonExpression, [(String, PythonExpression)])
    case negative(PythonExpression)

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    // MARK: Parsing

    static func parse(_ source: String) throws(Failure) -> PythonExpression {
        var parser = Parser(tokens: try tokenize(source))
        let expression = try parser.expression()
        guard parser.position == parser.tokens.count else { throw Failure("unexpected \(parser.tokens[parser.position]) in \(source)") }
        return expression
    }

    enum Token: Equatable, CustomStringConvertible {
        case name(String)
        case string(String)
        case int(Int)
        case float(Double)
        case op(String)

        var description: String {
            switch self {
            case .name(let n): n
            case .string(let s): "'\(s)'"
            case .int(let i): String(i)
            case .float(let f): String(f)
            case .op(let o): o
            }
        }
    }

    static func tokenize(_ source: String) throws(Failure) -> [Token] {
        let s = Array(source.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
            if c.properties.isAlphabetic || c == "_" {
                var j = i
                while j < s.count, s[j].properties.isAlphabetic || s[j] == "_" || ("0"..."9").contains(s[j]) { j += 1 }
                let word = String(String.UnicodeScalarView(s[i..<j]))
                // String prefixes (u'', r'', b'') are plain strings here.
                if j < s.count, s[j] == "'" || s[j] == "\"", ["u", "r", "b"].contains(word.lowercased()) { i = j; continue }
                tokens.append(.name(word))
                i = j
                continue
            }
            if ("0"..."9").contains(c) {
                var j = i
                var isFloat = false
                while j < s.count, ("0"..."9").contains(s[j]) || s[j] == "." {
                    if s[j] == "." { isFloat = true }
                    j += 1
                }
                let text = String(String.UnicodeScalarView(s[i..<j]))
                if isFloat, let value = Double(text) { tokens.append(.float(value)) } else if let value = Int(text) { tokens.append(.int(value)) } else {
                    throw Failure("bad number \(text)")
                }
                i = j
                continue
            }
            if c == "'" || c == "\"" {
                let triple = i + 2 < s.count && s[i + 1] == c && s[i + 2] == c
                var j = i + (triple ? 3 : 1)
                var value = String.UnicodeScalarView()
                while true {
                    guard j < s.count else { throw Failure("unterminated string") }
                    if triple ? (j + 2 < s.count && s[j] == c && s[j + 1] == c && s[j + 2] == c) : s[j] == c { break }
                    if s[j] == "\\", j + 1 < s.count {
                        let (scalar, next) = try escape(s, at: j)
                        value.append(scalar)
                        j = next
                        continue
                    }
                    value.append(s[j])
                    j += 1
                }
                tokens.append(.string(String(value)))
                i = j + (triple ? 3 : 1)
                continue
            }
            let two = i + 1 < s.count ? String(String.UnicodeScalarView([c, s[i + 1]])) : ""
            if ["==", "!=", "<=", ">="].contains(two) {
                tokens.append(.op(two))
                i += 2
                continue
            }
            if "()[]{},.:<>-".unicodeScalars.contains(c) {
                tokens.append(.op(String(c)))
                i += 1
                continue
            }
            throw Failure("unexpected character \(c)")
        }
        return tokens
    }

    private static func escape(_ s: [Unicode.Scalar], at j: Int) throws(Failure) -> (Unicode.Scalar, Int) {
        func hex(_ count: Int) throws(Failure) -> (Unicode.Scalar, Int) {
            guard j + 2 + count <= s.count else { throw Failure("bad escape") }
            let digits = String(String.UnicodeScalarView(s[(j + 2)..<(j + 2 + count)]))
            guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else { throw Failure("bad escape \\\(digits)") }
            return (scalar, j + 2 + count)
        }
        switch s[j + 1] {
        case "x": return try hex(2)
        case "u": return try hex(4)
        case "U": return try hex(8)
        case "n": return ("\n", j + 2)
        case "t": return ("\t", j + 2)
        case "r": return ("\r", j + 2)
        case "0": return ("\0", j + 2)
        default: return (s[j + 1], j + 2)
        }
    }

    private struct Parser {
        let tokens: [Token]
        var position = 0

        func peek(_ offset: Int = 0) -> Token? { position + offset < tokens.count ? tokens[position + offset] : nil }

        mutating func take(_ token: Token) -> Bool {
            guard peek() == token else { return false }
            position += 1
            return true
        }

        mutating func expect(_ token: Token) throws(Failure) {
            guard take(token) else { throw Failure("expected \(token), found \(peek().map(\.description) ?? "end")") }
        }

        mutating func expression() throws(Failure) -> PythonExpression {
            var left = try andTest()
            while take(.name("or")) { left = .or(left, try andTest()) }
            return left
        }

        mutating func andTest() throws(Failure) -> PythonExpression {
            var left = try notTest()
            while take(.name("and")) { left = .and(left, try notTest()) }
            return left
        }

        mutating func notTest() throws(Failure) -> PythonExpression {
            if take(.name("not")) { return .not(try notTest()) }
            return try comparison()
        }

        mutating func comparison() throws(Failure) -> PythonExpression {
            let first = try primary()
            var rest: [(String, PythonExpression)] = []
            while true {
                if case .op(let op)? = peek(), ["==", "!=", "<", ">", "<=", ">="].contains(op) {
                    position += 1
                    rest.append((op, try primary()))
                } else if take(.name("in")) {
                    rest.append(("in", try primary()))
                } else if peek() == .name("not"), peek(1) == .name("in") {
                    position += 2
                    rest.append(("not in", try primary()))
                } else {
                    break
                }
            }
            return rest.isEmpty ? first : .comparison(first, rest)
        }

        mutating func primary() throws(Failure) -> PythonExpression {
            var value = try atom()
            while true {
                if take(.op("[")) {
                    value = .index(value, try expression())
                    try expect(.op("]"))
                } else if take(.op(".")) {
                    guard case .name(let name)? = peek() else { throw Failure("expected a name after '.'") }
                    position += 1
                    value = .attribute(value, name)
                } else if take(.op("(")) {
                    value = .call(value, try sequence(closing: ")"))
                } else {
                    return value
                }
            }
        }

        mutating func sequence(closing: String) throws(Failure) -> [PythonExpression] {
            var items: [PythonExpression] = []
            while !take(.op(closing)) {
                items.append(try expression())
                if !take(.op(",")) {
                    try expect(.op(closing))
                    break
                }
            }
            return items
        }

        mutating func atom() throws(Failure) -> PythonExpression {
            guard let token = peek() else { throw Failure("unexpected end") }
            position += 1
            switch token {
            case .string(var text):
                // Adjacent literals concatenate.
                while case .string(let more)? = peek() {
                    text += more
                    position += 1
                }
                return .literal(.string(text))
            case .int(let value): return .literal(.int(value))
            case .float(let value): return .literal(.float(value))
            case .name("None"): return .literal(.none)
            case .name("True"): return .literal(.bool(true))
            case .name("False"): return .literal(.bool(false))
            case .name(let name): return .name(name)
            case .op("-"): return .negative(try atom())
            case .op("("):
                let items = try sequenceKeepingTrailingComma()
                return items.values.count == 1 && !items.trailingComma ? items.values[0] : .tuple(items.values)
            case .op("["): return .list(try sequence(closing: "]"))
            case .op("{"):
                var pairs: [(PythonExpression, PythonExpression)] = []
                while !take(.op("}")) {
                    let key = try expression()
                    try expect(.op(":"))
                    pairs.append((key, try expression()))
                    if !take(.op(",")) {
                        try expect(.op("}"))
                        break
                    }
                }
                return .dict(pairs)
            default:
                throw Failure("unexpected \(token)")
            }
        }

        mutating func sequenceKeepingTrailingComma() throws(Failure) -> (values: [PythonExpression], trailingComma: Bool) {
            var items: [PythonExpression] = []
            var trailing = false
            while !take(.op(")")) {
                items.append(try expression())
                trailing = take(.op(","))
                if !trailing {
                    try expect(.op(")"))
                    break
                }
            }
            return (items, trailing)
        }
    }

    // MARK: Evaluation

    func evaluate(_ names: [String: PyValue]) throws(Failure) -> PyValue {
        switch self {
        case .literal(let value): return value
        case .name(let name):
            guard let value = names[name] else { throw Failure("NameError: \(name)") }
            return value
        case .tuple(let items): return .tuple(try items.map { item throws(Failure) in try item.evaluate(names) })
        case .list(let items): return .list(try items.map { item throws(Failure) in try item.evaluate(names) })
        case .dict(let pairs):
            var dict = PyDict()
            for (key, value) in pairs {
                guard case .string(let name) = try key.evaluate(names) else { throw Failure("non-string dict key") }
                dict[raw: name] = try value.evaluate(names)
            }
            return .dict(dict)
        case .index(let container, let index):
            return try Self.subscripted(try container.evaluate(names), try index.evaluate(names))
        case .attribute(let container, let name):
            guard case .dict(let dict) = try container.evaluate(names), dict.isFeedParserDict, let value = dict.lookup(name) else {
                throw Failure("AttributeError: \(name)")
            }
            return value
        case .call(let function, let arguments):
            let values = try arguments.map { argument throws(Failure) in try argument.evaluate(names) }
            return try Self.call(function, values, names)
        case .not(let operand): return .bool(!(try operand.evaluate(names).truthy))
        case .and(let left, let right):
            let value = try left.evaluate(names)
            return value.truthy ? try right.evaluate(names) : value
        case .or(let left, let right):
            let value = try left.evaluate(names)
            return value.truthy ? value : try right.evaluate(names)
        case .comparison(let first, let rest):
            var left = try first.evaluate(names)
            for (op, operand) in rest {
                let right = try operand.evaluate(names)
                guard try Self.compare(left, op, right) else { return .bool(false) }
                left = right
            }
            return .bool(true)
        case .negative(let operand):
            switch try operand.evaluate(names) {
            case .int(let value): return .int(-value)
            case .float(let value): return .float(-value)
            default: throw Failure("TypeError: bad operand for unary -")
            }
        }
    }

    private static func subscripted(_ container: PyValue, _ index: PyValue) throws(Failure) -> PyValue {
        switch (container, index) {
        case (.dict(let dict), .string(let key)):
            guard let value = dict.lookup(key) else { throw Failure("KeyError: '\(key)'") }
            return value
        case (.list(let items), .int(let position)), (.tuple(let items), .int(let position)):
            let resolved = position < 0 ? items.count + position : position
            guard items.indices.contains(resolved) else { throw Failure("IndexError: \(position)") }
            return items[resolved]
        case (.string(let text), .int(let position)):
            let scalars = Array(text.unicodeScalars)
            guard scalars.indices.contains(position) else { throw Failure("IndexError: \(position)") }
            return .string(String(scalars[position]))
        default:
            throw Failure("TypeError: \(container) is not subscriptable by \(index)")
        }
    }

    private static func call(_ function: PythonExpression, _ arguments: [PyValue], _ names: [String: PyValue]) throws(Failure) -> PyValue {
        switch function {
        case .name("len"):
            switch arguments.first {
            case .string(let text)?: return .int(text.unicodeScalars.count)
            case .list(let items)?, .tuple(let items)?: return .int(items.count)
            case .dict(let dict)?: return .int(dict.pairs.count)
            default: throw Failure("TypeError: len()")
            }
        case .name("ord"):
            guard case .string(let text)? = arguments.first, text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
                throw Failure("TypeError: ord() expected a character")
            }
            return .int(Int(scalar.value))
        case .name("locals"):
            return .dict(PyDict(names.map { ($0.key, $0.value) }))
        case .attribute(let receiver, "get"):
            guard case .dict(let dict) = try receiver.evaluate(names), case .string(let key)? = arguments.first else { throw Failure("TypeError: get()") }
            return dict.lookup(key) ?? (arguments.count > 1 ? arguments[1] : .none)
        case .attribute(let receiver, "has_key"):
            guard case .dict(let dict) = try receiver.evaluate(names), case .string(let key)? = arguments.first else { throw Failure("TypeError: has_key()") }
            return .bool(dict.lookup(key) != nil)
        default:
            throw Failure("unsupported call")
        }
    }

    private static func compare(_ left: PyValue, _ op: String, _ right: PyValue) throws(Failure) -> Bool {
        switch op {
        case "==": return PyValue.equal(left, right)
        case "!=": return !PyValue.equal(left, right)
        case "in", "not in":
            let found: Bool
            switch right {
            case .string(let text):
                guard case .string(let needle) = left else { throw Failure("TypeError: 'in <string>' needs a string") }
                found = needle.isEmpty || text.contains(needle)
            case .list(let items), .tuple(let items): found = items.contains { PyValue.equal($0, left) }
            case .dict(let dict):
                guard case .string(let key) = left else { return false }
                found = dict.lookup(key) != nil
            default: throw Failure("TypeError: argument of 'in' is not iterable")
            }
            return op == "in" ? found : !found
        default:
            guard let x = left.number, let y = right.number else { throw Failure("TypeError: ordering of non-numbers") }
            switch op {
            case "<": return x < y
            case ">": return x > y
            case "<=": return x <= y
            default: return x >= y
            }
        }
    }
}
