import CLibXML2

/// Feeds use HTML's named entities (&nbsp;, &eacute;, &mdash;) without a DTD that declares them,
/// and bare ampersands in URLs ("?a=1&b=2"); XML drops both as errors, losing the character or
/// the rest of a link. Before parsing, an undeclared HTML entity becomes a numeric reference and
/// a bare ampersand becomes &amp;. Numeric references to C1 controls (&#146;) are what
/// Windows-1252 text converted by hand looks like: they become the Windows-1252 character, as
/// HTML reads them (valid XML, so no warning). Names the document declares itself, comments and CDATA sections are left
/// alone. One linear pass; the bytes are copied only when something changes.
enum EntityRepair {
    struct Result {
        var bytes: [UInt8]
        var htmlEntities = 0
        var bareAmpersands = 0
    }

    private static let xmlPredefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    private static let cdataOpen = Array("<![CDATA[".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let entityDeclaration = Array("<!ENTITY".utf8)

    static func repaired(_ bytes: [UInt8]) -> Result {
        var result = Result(bytes: [])
        var out: [UInt8] = []
        var copied = 0
        var declared: Set<String> = []
        var changed = false
        var i = 0
        let n = bytes.count
        func replace(_ range: Range<Int>, with replacement: String) {
            if !changed {
                out.reserveCapacity(n + n / 16)
                changed = true
            }
            out += bytes[copied..<range.lowerBound]
            out += Array(replacement.utf8)
            copied = range.upperBound
        }
        while i < n {
            let byte = bytes[i]
            if byte == UInt8(ascii: "<") {
                guard i + 1 < n, bytes[i + 1] == UInt8(ascii: "!") else { i += 1; continue }
                if starts(bytes, at: i, with: cdataOpen) {
                    i = index(of: cdataClose, in: bytes, from: i + cdataOpen.count).map { $0 + cdataClose.count } ?? n
                    continue
                }
                if starts(bytes, at: i, with: commentOpen) {
                    i = index(of: commentClose, in: bytes, from: i + commentOpen.count).map { $0 + commentClose.count } ?? n
                    continue
                }
                if starts(bytes, at: i, with: entityDeclaration) {
                    var j = i + entityDeclaration.count
                    while j < n, bytes[j].isXMLWhitespace || bytes[j] == UInt8(ascii: "%") { j += 1 }
                    let nameStart = j
                    while j < n, isNameByte(bytes[j]) { j += 1 }
                    declared.insert(String(decoding: bytes[nameStart..<j], as: UTF8.self))
                    i = j
                    continue
                }
                i += 1
                continue
            }
            guard byte == UInt8(ascii: "&") else { i += 1; continue }
            var j = i + 1
            if j < n, bytes[j] == UInt8(ascii: "#") {
                j += 1
                let hex = j < n && (bytes[j] == UInt8(ascii: "x") || bytes[j] == UInt8(ascii: "X"))
                if hex { j += 1 }
                let digitsStart = j
                while j < n, j - digitsStart < 10, isDigit(bytes[j], hex: hex) { j += 1 }
                if j > digitsStart, j < n, bytes[j] == UInt8(ascii: ";") {
                    let digits = String(decoding: bytes[digitsStart..<j], as: UTF8.self)
                    if let value = UInt32(digits, radix: hex ? 16 : 10), let replacement = windows1252(value) {
                        replace(i..<(j + 1), with: "&#\(replacement);")
                    }
                    i = j + 1
                    continue
                }
            } else {
                while j < n, j - i <= 32, isNameByte(bytes[j]) { j += 1 }
                if j > i + 1, j < n, bytes[j] == UInt8(ascii: ";") {
                    let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self)
                    if !xmlPredefined.contains(name), !declared.contains(name), let entity = htmlEntityLookup(name) {
                        replace(i..<(j + 1), with: "&#\(entity.pointee.value);")
                        result.htmlEntities += 1
                    }
                    i = j + 1
                    continue
                }
            }
            replace(i..<(i + 1), with: "&amp;")
            result.bareAmpersands += 1
            i += 1
        }
        guard changed else {
            result.bytes = bytes
            return result
        }
        out += bytes[copied..<n]
        result.bytes = out
        return result
    }

    /// The character Windows-1252 has where Latin-1 has the C1 control `value`, if any.
    private static func windows1252(_ value: UInt32) -> UInt32? {
        guard value >= 0x80 && value <= 0x9F else { return nil }
        let table: [UInt32] = [
            0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
        ]
        let mapped = table[Int(value - 0x80)]
        return mapped == 0 ? nil : mapped
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (hex && ((byte >= 0x61 && byte <= 0x66) || (byte >= 0x41 && byte <= 0x46)))
    }

    private static func starts(_ bytes: [UInt8], at offset: Int, with prefix: [UInt8]) -> Bool {
        bytes.count - offset >= prefix.count && bytes[offset..<(offset + prefix.count)].elementsEqual(prefix)
    }

    /// Offset of the first occurrence of `needle` at or after `start` (needles here are 3 bytes).
    private static func index(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var i = start
        while i + needle.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
