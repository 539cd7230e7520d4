/// Finds a table header whose name does not start like a key (`[/feed]`, `[[ ]]`). The TOML parser
/// TOMLKit wraps asserts on those (the process aborts) instead of reporting an error, so they are
/// looked for first. Strings, comments and arrays are skipped the way TOML reads them, so that a
/// `[` inside a value or a multi-line string is never taken for a header.
enum TOMLTableHeaders {
    struct Malformed: Equatable {
        var line: Int
        var column: Int
        /// What stands where the name should start; nil at the end of the text.
        var found: Unicode.Scalar?
    }

    static func firstMalformed(in text: String) -> Malformed? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var lineStart = 0
        var onlyBlanksSoFar = true
        var arrayDepth = 0
        var inlineTableDepth = 0

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
                skipString(scalar)
            case "[" where onlyBlanksSoFar && arrayDepth == 0 && inlineTableDepth == 0:
                onlyBlanksSoFar = false
                index += peek(1) == "[" ? 2 : 1
                while let blank = peek(0), blank == " " || blank == "\t" { index += 1 }
                guard let first = peek(0), isKeyStart(first) else {
                    return Malformed(line: line, column: index - lineStart + 1, found: peek(0))
                }
            default:
                onlyBlanksSoFar = false
                switch scalar {
                case "[": arrayDepth += 1
                case "]": arrayDepth = max(0, arrayDepth - 1)
                case "{": inlineTableDepth += 1
                case "}": inlineTableDepth = max(0, inlineTableDepth - 1)
                default: break
                }
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
