import Foundation

/// Slims a page before libxml2 reads it: cuts `<script>` and `<style>` elements and comments
/// (keeping the bodies of JSON-LD scripts for the metadata), and drops from every start tag the
/// attributes the extractor never reads (`data-*`, `src`, `srcset`, `alt`, event handlers...).
/// Half the bytes of a typical news page are scripts, styles and comments, and most of the
/// rest is tags; libxml2 reads raw text and attribute values a character at a time, while
/// finding where each ends is a byte search here.
///
/// Indentation between tags (a quarter of what is left of a typical page) becomes one space or
/// one line break, outside `<pre>`: it renders the same, and libxml2 no longer steps through it.
///
/// The rules are the HTML tokenizer's: a comment ends at the first `-->`, a script or style at
/// the first `</script` or `</style` whatever comes between, an unclosed one runs to the end of
/// the page; attribute values may be quoted with `"` or `'` and then hold `>`. A tag that does
/// not end is left as it is.
enum MarkupPrefilter {
    struct Result {
        var html: [UInt8]
        /// Bodies of `<script type="application/ld+json">`, in page order.
        var jsonLD: [String]
    }

    /// How a start tag is treated, told by its name.
    private enum TagKind {
        /// Raw text to the matching end tag: cut out.
        case script, style
        /// Every attribute may matter to the page's metadata (meta, link, html, base): copied whole.
        case copiedWhole
        case slimmed
    }

    private static func kind(_ page: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TagKind {
        switch end - start {
        case 4:
            if equalsIgnoringCase(page, start, "meta") || equalsIgnoringCase(page, start, "link")
                || equalsIgnoringCase(page, start, "html") || equalsIgnoringCase(page, start, "base") { return .copiedWhole }
        case 5 where equalsIgnoringCase(page, start, "style"): return .style
        case 6 where equalsIgnoringCase(page, start, "script"): return .script
        default: break
        }
        return .slimmed
    }

    private static func equalsIgnoringCase(_ page: UnsafeBufferPointer<UInt8>, _ start: Int, _ name: StaticString) -> Bool {
        var position = start
        for expected in UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount) {
            let byte = page[position]
            guard (isASCIIUpper(byte) ? byte | 0x20 : byte) == expected else { return false }
            position += 1
        }
        return true
    }

    static func filter(_ page: UnsafeBufferPointer<UInt8>, keeps: (UnsafeBufferPointer<UInt8>) -> Bool) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(page.count / 2)
        var jsonLD: [String] = []
        let count = page.count
        var copiedUpTo = 0
        var index = 0
        var tag = Tag()
        var preDepth = 0
        while let open = nextByte(UInt8(ascii: "<"), in: page, from: index) {
            index = open + 1
            guard open + 1 < count else { break }
            if preDepth == 0 {
                var runStart = open
                while runStart > copiedUpTo && isSpace(page[runStart - 1]) { runStart -= 1 }
                if open - runStart >= 2, runStart > 0, page[runStart - 1] == UInt8(ascii: ">") {
                    output.append(contentsOf: page[copiedUpTo..<runStart])
                    output.append(page[runStart..<open].contains(0x0A) ? 0x0A : 0x20)
                    copiedUpTo = open
                }
            }
            let next = page[open + 1]
            if next == UInt8(ascii: "/"), isNamed(page, at: open + 2, "pre") { preDepth = max(0, preDepth - 1) }
            if next == UInt8(ascii: "!") && startsWith(page, at: open + 1, "!--") {
                output.append(contentsOf: page[copiedUpTo..<open])
                let close = find(page, "-->", from: open + 4) ?? count
                index = min(count, close + 3)
                copiedUpTo = index
                continue
            }
            guard isASCIILetter(next) else { continue }
            let nameEnd = endOfName(page, from: open + 1)
            if nameEnd - open - 1 == 3 && equalsIgnoringCase(page, open + 1, "pre") { preDepth += 1 }
            let kind = kind(page, open + 1, nameEnd)
            if kind == .script || kind == .style {
                let name = kind == .script ? "script" : "style"
                guard let tagEnd = endOfTag(page, from: nameEnd) else { break }
                output.append(contentsOf: page[copiedUpTo..<open])
                let closing = find(page, "</" + name, from: tagEnd + 1, caseInsensitive: true) ?? count
                if kind == .script, isJSONLD(page[nameEnd..<tagEnd]) {
                    jsonLD.append(String(decoding: page[(tagEnd + 1)..<closing], as: UTF8.self))
                }
                index = closing < count ? (endOfTag(page, from: closing + 2 + name.utf8.count) ?? count - 1) + 1 : count
                copiedUpTo = index
                continue
            }
            if kind == .copiedWhole { continue }
            guard parseAttributes(page, from: nameEnd, into: &tag) else { break }
            index = tag.end + 1
            var dropped = false
            for attribute in tag.attributes where !keeps(UnsafeBufferPointer(rebasing: page[attribute.name])) { dropped = true }
            guard dropped else { continue }
            output.append(contentsOf: page[copiedUpTo..<nameEnd])
            for attribute in tag.attributes where keeps(UnsafeBufferPointer(rebasing: page[attribute.name])) {
                output.append(UInt8(ascii: " "))
                output.append(contentsOf: page[attribute.whole])
            }
            if tag.selfClosing { output.append(UInt8(ascii: "/")) }
            output.append(UInt8(ascii: ">"))
            copiedUpTo = index
        }
        output.append(contentsOf: page[copiedUpTo..<count])
        return Result(html: output, jsonLD: jsonLD)
    }

    private struct Tag {
        var attributes: [(name: Range<Int>, whole: Range<Int>)] = []
        var selfClosing = false
        /// The index of the closing `>`.
        var end = 0
    }

    /// Reads the attributes of the start tag whose name ends at `index` into `tag` (its storage
    /// reused from tag to tag); false when the tag never ends.
    private static func parseAttributes(_ page: UnsafeBufferPointer<UInt8>, from index: Int, into tag: inout Tag) -> Bool {
        tag.attributes.removeAll(keepingCapacity: true)
        tag.selfClosing = false
        var position = index
        let count = page.count
        while position < count {
            let byte = page[position]
            if isSpace(byte) { position += 1; continue }
            if byte == UInt8(ascii: ">") {
                tag.end = position
                return true
            }
            if byte == UInt8(ascii: "/") {
                tag.selfClosing = position + 1 < count && page[position + 1] == UInt8(ascii: ">")
                position += 1
                continue
            }
            tag.selfClosing = false
            let start = position
            position += 1
            while position < count, !isSpace(page[position]), page[position] != UInt8(ascii: "/"),
                  page[position] != UInt8(ascii: ">"), page[position] != UInt8(ascii: "=") { position += 1 }
            let nameEnd = position
            var valueEnd = position
            var lookahead = position
            while lookahead < count, isSpace(page[lookahead]) { lookahead += 1 }
            if lookahead < count, page[lookahead] == UInt8(ascii: "=") {
                lookahead += 1
                while lookahead < count, isSpace(page[lookahead]) { lookahead += 1 }
                guard lookahead < count else { return false }
                let quote = page[lookahead]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let close = nextByte(quote, in: page, from: lookahead + 1) else { return false }
                    valueEnd = close + 1
                } else {
                    valueEnd = lookahead
                    while valueEnd < count, !isSpace(page[valueEnd]), page[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
                }
                position = valueEnd
            }
            tag.attributes.append((start..<nameEnd, start..<valueEnd))
        }
        return false
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

    private static func endOfName(_ page: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        while position < page.count, !isSpace(page[position]), page[position] != UInt8(ascii: "/"), page[position] != UInt8(ascii: ">") {
            position += 1
        }
        return position
    }

    /// Whether the tag name at `index` is `name` (lower-case ASCII), in any case.
    private static func isNamed(_ page: UnsafeBufferPointer<UInt8>, at index: Int, _ name: StaticString) -> Bool {
        let end = index + name.utf8CodeUnitCount
        return end < page.count && equalsIgnoringCase(page, index, name) && !isASCIILetter(page[end])
    }

    private static func isJSONLD(_ attributes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        ASCIIText.contains(String(decoding: attributes, as: UTF8.self), "application/ld+json", ignoringCase: true)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isASCIIUpper(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "A") < 26 }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 }

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
            let folded = caseInsensitive && isASCIIUpper(byte) ? byte | 0x20 : byte
            guard folded == expected else { return false }
            position += 1
        }
        return true
    }

    /// The first occurrence of `text` (ASCII, starting with a non-letter) at or after `index`.
    private static func find(_ page: UnsafeBufferPointer<UInt8>, _ text: String, from index: Int, caseInsensitive: Bool = false) -> Int? {
        let first = text.utf8.first!
        var position = index
        while let candidate = nextByte(first, in: page, from: position) {
            if startsWith(page, at: candidate, text, caseInsensitive: caseInsensitive) { return candidate }
            position = candidate + 1
        }
        return nil
    }
}
