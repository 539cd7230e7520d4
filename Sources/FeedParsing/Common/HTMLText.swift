import CLibXML2

/// HTML reduced to the text a person reads in a title: tags removed, character references
/// decoded, whitespace collapsed. Linear, with no parser: titles are short and seldom hold more
/// than an <em> or an &amp;.
enum HTMLText {
    static func plainText(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var i = 0
        // Once no ">" follows some "<", none follows a later one: never search again (linear).
        var closingBracketsLeft = true
        func emit(_ scalar: Unicode.Scalar) {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "<", closingBracketsLeft, i + 1 < scalars.count,
               scalars[i + 1].properties.isAlphabetic || scalars[i + 1] == "/" || scalars[i + 1] == "!" || scalars[i + 1] == "?" {
                if let close = scalars[(i + 1)...].firstIndex(of: ">") {
                    i = close + 1
                    continue
                }
                closingBracketsLeft = false
            }
            if scalar == "&", let (decoded, next) = reference(scalars, at: i) {
                emit(decoded)
                i = next
                continue
            }
            emit(scalar)
            i += 1
        }
        return String(out)
    }

    /// A character reference at `start` ("&amp;", "&#8217;", "&#x2019;") and the offset after it.
    private static func reference(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        var j = start + 1
        var name = ""
        while j < scalars.count, j - start <= 32, scalars[j] != ";" {
            name.unicodeScalars.append(scalars[j])
            j += 1
        }
        guard j < scalars.count, scalars[j] == ";", !name.isEmpty else { return nil }
        var value: UInt32?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            value = UInt32(name.dropFirst(2), radix: 16)
        } else if name.hasPrefix("#") {
            value = UInt32(name.dropFirst())
        } else if name == "apos" {
            value = 0x27
        } else if let entity = htmlEntityLookup(name) {
            value = entity.pointee.value
        }
        guard let value, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, j + 1)
    }
}
