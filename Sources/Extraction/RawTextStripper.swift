import Foundation

/// Cuts `<script>` and `<style>` elements and comments out of a page before libxml2 reads it,
/// keeping the bodies of JSON-LD scripts for the metadata. Half the bytes of a typical news page
/// are scripts, styles and comments, none of it article text, and libxml2 reads raw text a
/// character at a time; finding where each ends is a byte search here. The rules are the HTML
/// tokenizer's: a comment ends at the first `-->`, a script or style at the first `</script` or
/// `</style` whatever comes between, an unclosed one runs to the end of the page.
enum RawTextStripper {
    struct Result {
        var html: [UInt8]
        /// Bodies of `<script type="application/ld+json">`, in page order.
        var jsonLD: [String]
    }

    static func strip(_ page: UnsafeBufferPointer<UInt8>) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(page.count)
        var jsonLD: [String] = []
        do {
            let count = page.count
            var copiedUpTo = 0
            var index = 0
            while let open = nextByte(UInt8(ascii: "<"), in: page, from: index) {
                index = open + 1
                if startsWith(page, at: open + 1, "!--") {
                    output.append(contentsOf: page[copiedUpTo..<open])
                    let close = find(page, "-->", from: open + 4) ?? count
                    index = min(count, close + 3)
                    copiedUpTo = index
                } else if let element = rawTextElement(page, at: open + 1) {
                    guard let tagEnd = endOfTag(page, from: open + 1 + element.count) else { break }
                    output.append(contentsOf: page[copiedUpTo..<open])
                    let closing = find(page, "</" + element, from: tagEnd + 1, caseInsensitive: true) ?? count
                    if element == "script", isJSONLD(page[(open + 1 + element.count)..<tagEnd]) {
                        jsonLD.append(String(decoding: page[(tagEnd + 1)..<closing], as: UTF8.self))
                    }
                    index = closing < count ? (endOfTag(page, from: closing + 2 + element.count) ?? count - 1) + 1 : count
                    copiedUpTo = index
                }
            }
            output.append(contentsOf: page[copiedUpTo..<count])
        }
        return Result(html: output, jsonLD: jsonLD)
    }

    /// "script" or "style" when the tag at `index` (just after "<") opens one.
    private static func rawTextElement(_ page: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
        for name in ["script", "style"] where startsWith(page, at: index, name, caseInsensitive: true) {
            let after = index + name.utf8.count
            guard after < page.count else { return nil }
            switch page[after] {
            case UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: " "), 0x09, 0x0A, 0x0C, 0x0D: return name
            default: return nil
            }
        }
        return nil
    }

    /// The `>` that ends the tag whose attributes start at `index`; quoted values may hold `>`.
    private static func endOfTag(_ page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        var quote: UInt8?
        var position = index
        while position < page.count {
            let byte = page[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position
            }
            position += 1
        }
        return nil
    }

    private static func isJSONLD(_ attributes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        ASCIIText.contains(String(decoding: attributes, as: UTF8.self), "application/ld+json", ignoringCase: true)
    }

    private static func nextByte(_ byte: UInt8, in page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < page.count, let base = page.baseAddress,
              let found = memchr(base + index, Int32(byte), page.count - index) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func startsWith(_ page: UnsafeBufferPointer<UInt8>, at index: Int, _ text: String, caseInsensitive: Bool = false) -> Bool {
        var position = index
        for expected in text.utf8 {
            guard position < page.count else { return false }
            let byte = page[position]
            let folded = caseInsensitive && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            guard folded == expected else { return false }
            position += 1
        }
        return true
    }

    /// The first occurrence of `text` (ASCII) at or after `index`.
    private static func find(_ page: UnsafeBufferPointer<UInt8>, _ text: String, from index: Int, caseInsensitive: Bool = false) -> Int? {
        let needle = Array(text.utf8)
        var position = index
        while let candidate = nextByte(needle[0], in: page, from: position) {
            if startsWith(page, at: candidate, text, caseInsensitive: caseInsensitive) { return candidate }
            position = candidate + 1
        }
        return nil
    }
}
