/// Finds the invalid TOML that the parser TOMLKit wraps asserts on (the process aborts) instead of
/// reporting an error, so that it is reported first: a table header whose name does not start like
/// a key (`[/feed]`, `[[ ]]`), and a `}` where an array expects a value (`[}`, `[1, }`). Strings
/// and comments are skipped the way TOML reads them, so that a bracket inside a string is never
/// taken for one of these.
enum TOMLParserTraps {
    struct Malformed: Equatable {
        var line: Int
        var column: Int
        var what: What
        /// What stands there; nil at the end of the text.
        var found: Unicode.Scalar?

        enum What: Equatable {
            case headerWithoutAName
            case arrayClosedByABrace
        }

        var message: String {
            let found = found.map { "'\($0)'" } ?? "the end of the file"
            switch what {
            case .headerWithoutAName:
                return "line \(line), column \(column): a table header must begin with a name (letters, digits, '-', '_', or a quoted name), not \(found)"
            case .arrayClosedByABrace:
                return "line \(line), column \(column): an array must end with ']', not \(found)"
            }
        }
    }

    static func firstMalformed(in text: String) -> Malformed? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var lineStart = 0
        var onlyBlanksSoFar = true
        /// The open arrays (`[`) and inline tables (`{`) of the value being read, innermost last.
        var containers: [Unicode.Scalar] = []
        /// Just after an array's `[` or `,`: a value or the `]` comes next.
        var arrayAwaitsValue = false

        func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func newline() {
            line += 1
            lineStart = index + 1
        }
        /// Moves past a string starting at `index`; newlines inside a multi-line one are counted.
        func skipString(_ quote: Unicode.Scalar) {
            let multiLine = peek(1) == quote && peek(2) == quote
            index += multiLine ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if quote == "\"" && scalar == "\\" {
                    index += 2
                    continue
                }
                if scalar == "\n" {
                    if !multiLine { return }
                    newline()
                } else if scalar == quote && (!multiLine || (peek(1) == quote && peek(2) == quote)) {
                    index += multiLine ? 3 : 1
                    // A multi-line string may end with up to two more quotes of its own.
                    while multiLine, index < scalars.count, scalars[index] == quote { index += 1 }
                    return
                }
                index += 1
            }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\n":
                newline()
                onlyBlanksSoFar = true
                index += 1
            case " ", "\t", "\r":
                index += 1
            case "#":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            case "\"", "'":
                onlyBlanksSoFar = false
                arrayAwaitsValue = false
                skipString(scalar)
            case "[" where onlyBlanksSoFar && containers.isEmpty:
                onlyBlanksSoFar = false
                index += peek(1) == "[" ? 2 : 1
                while let blank = peek(0), blank == " " || blank == "\t" { index += 1 }
                guard let first = peek(0), isKeyStart(first) else {
                    return Malformed(line: line, column: index - lineStart + 1, what: .headerWithoutAName, found: peek(0))
                }
            case "}" where arrayAwaitsValue && containers.last == "[":
                return Malformed(line: line, column: index - lineStart + 1, what: .arrayClosedByABrace, found: "}")
            default:
                onlyBlanksSoFar = false
                switch scalar {
                case "[", "{": containers.append(scalar)
                case "]", "}": if !containers.isEmpty { containers.removeLast() }
                default: break
                }
                arrayAwaitsValue = containers.last == "[" && (scalar == "[" || scalar == ",")
                index += 1
            }
        }
        return nil
    }

    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "-", "_", "\"", "'": true
        default: false
        }
    }
}
