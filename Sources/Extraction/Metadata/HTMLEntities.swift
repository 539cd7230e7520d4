import CLibXML2

/// Character references left in text that no HTML parser decoded: JSON-LD is a script, so
/// "Tom &amp; Jerry" or "It&#8217;s" written into it by a template stay as they are.
enum HTMLEntities {
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            // A reference is short: "&#x1F600;", "&thetasym;".
            if let semicolon = rest.prefix(12).firstIndex(of: ";"), let scalar = scalar(named: rest[rest.index(after: ampersand)..<semicolon]) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result.append("&")
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    /// "#8217", "#x2019" or a name HTML defines ("amp", "eacute"), as libxml2's table has them.
    private static func scalar(named name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              let entity = htmlEntityLookup(String(name)) else { return nil }
        return Unicode.Scalar(entity.pointee.value)
    }
}
