import Foundation
/// The HTML standard's "prescan a byte stream to determine its encoding": the charset a page
/// declares in a `<meta charset>` or `<meta http-equiv="Content-Type" content="...; charset=...">`
/// within its first 1024 bytes. Comments and other tags are skipped as the standard says, so a
/// charset named in a comment or a script does not count.
enum HTMLCharsetPrescan {
    static let window = 1024

    /// The declared label, or nil when the page declares none.
    static func declaredCharset(_ bytes: [UInt8], from start: Int) -> String? {
        let end = min(bytes.count, start + window)
        var scanner = Scanner(bytes: bytes, position: start, end: end)
        while scanner.position < end {
            if scanner.starts(with: "<!--") {
                scanner.skip(past: "-->")
            } else if scanner.startsMetaTag() {
                scanner.position += 5
                if let label = scanner.metaCharset() { return label }
            } else if let nameOffset = scanner.tagNameOffset() {
                scanner.position += nameOffset
                scanner.skipTagName()
                while scanner.nextAttribute() != nil {}
            } else if scanner.starts(with: "<!") || scanner.starts(with: "</") || scanner.starts(with: "<?") {
                scanner.skip(past: ">")
            } else {
                scanner.position += 1
            }
        }
        return nil
    }

    /// The charset parameter of a Content-Type value: `text/html; charset="utf-8"` -> `utf-8`.
    static func charsetParameter(_ content: String) -> String? {
        var lower = Substring(content.lowercased())
        var rest: Substring
        repeat {
            guard let range = lower.range(of: "charset") else { return nil }
            lower = lower[range.upperBound...]
            rest = lower.drop(while: { $0 == " " || $0 == "\t" })
        } while rest.first != "="
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" })
        if let quote = rest.first, quote == "\"" || quote == "'" {
            let body = rest.dropFirst()
            guard let close = body.firstIndex(of: quote) else { return nil }
            return String(body[..<close])
        }
        let value = rest.prefix(while: { $0 != ";" && $0 != " " && $0 != "\t" })
        return value.isEmpty ? nil : String(value)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position: Int
        let end: Int

        func byte(at offset: Int = 0) -> UInt8? {
            position + offset < end ? bytes[position + offset] : nil
        }

        func starts(with text: String) -> Bool {
            var offset = 0
            for unit in text.utf8 {
                guard let byte = byte(at: offset), byte == unit else { return false }
                offset += 1
            }
            return true
        }

        func startsMetaTag() -> Bool {
            guard byte() == UInt8(ascii: "<") else { return false }
            for (k, letter) in "meta".utf8.enumerated() {
                guard let byte = byte(at: k + 1), byte | 0x20 == letter else { return false }
            }
            guard let after = byte(at: 5) else { return false }
            return Self.isSpace(after) || after == UInt8(ascii: "/")
        }

        /// 1 for `<x`, 2 for `</x` where x is an ASCII letter; nil otherwise.
        func tagNameOffset() -> Int? {
            guard byte() == UInt8(ascii: "<") else { return nil }
            let offset = byte(at: 1) == UInt8(ascii: "/") ? 2 : 1
            guard let letter = byte(at: offset).map({ $0 | 0x20 }),
                  letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") else { return nil }
            return offset
        }

        mutating func skip(past text: String) {
            while position < end && !starts(with: text) { position += 1 }
            position = min(end, position + text.utf8.count)
        }

        mutating func skipTagName() {
            while let byte = byte(), !Self.isSpace(byte), byte != UInt8(ascii: ">") { position += 1 }
        }

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        /// Reads the attributes of a meta tag and applies the standard's rules for which of
        /// them declares the charset.
        mutating func metaCharset() -> String? {
            var seen = Set<String>()
            var gotPragma = false
            var needPragma: Bool?
            var charset: String?
            while let (name, value) = nextAttribute() {
                guard seen.insert(name).inserted else { continue }
                switch name {
                case "http-equiv" where value == "content-type":
                    gotPragma = true
                case "content" where charset == nil:
                    if let found = HTMLCharsetPrescan.charsetParameter(value) {
                        charset = found
                        needPragma = true
                    }
                case "charset":
                    charset = value
                    needPragma = false
                default:
                    break
                }
            }
            guard let charset, let needPragma, !(needPragma && !gotPragma) else { return nil }
            return charset
        }

        /// The standard's "get an attribute" step; nil at the end of the tag.
        mutating func nextAttribute() -> (String, String)? {
            while let byte = byte(), Self.isSpace(byte) || byte == UInt8(ascii: "/") { position += 1 }
            guard let first = byte(), first != UInt8(ascii: ">") else {
                if position < end { position += 1 }
                return nil
            }
            var name: [UInt8] = []
            var value: [UInt8] = []
            nameLoop: while let byte = byte() {
                switch byte {
                case UInt8(ascii: "="):
                    if !name.isEmpty { break nameLoop }
                    name.append(byte)
                case UInt8(ascii: "/"), UInt8(ascii: ">"):
                    return (Self.lowered(name), "")
                case _ where Self.isSpace(byte):
                    while let next = self.byte(), Self.isSpace(next) { position += 1 }
                    if self.byte() != UInt8(ascii: "=") { return (Self.lowered(name), "") }
                    break nameLoop
                default:
                    name.append(byte)
                }
                position += 1
            }
            guard byte() == UInt8(ascii: "=") else { return (Self.lowered(name), "") }
            position += 1
            while let byte = byte(), Self.isSpace(byte) { position += 1 }
            guard let opening = byte() else { return (Self.lowered(name), "") }
            if opening == UInt8(ascii: "\"") || opening == UInt8(ascii: "'") {
                position += 1
                while let byte = byte(), byte != opening { value.append(byte); position += 1 }
                position += 1
            } else {
                while let byte = byte(), !Self.isSpace(byte), byte != UInt8(ascii: ">") { value.append(byte); position += 1 }
            }
            return (Self.lowered(name), Self.lowered(value))
        }

        private static func lowered(_ bytes: [UInt8]) -> String {
            String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }
}
