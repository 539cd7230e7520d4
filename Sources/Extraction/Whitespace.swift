/// Whitespace as the body promises it: one space between words, none at the ends. Works on the
/// UTF-8 bytes: every text node of every page passes through here, and most of it is ASCII.
enum Whitespace {
    /// Collapses every run of white space (tabs, no-break and other Unicode spaces, line breaks)
    /// to one space and drops zero-width characters; trims both ends.
    static func collapsed<S: StringProtocol>(_ text: S) -> String {
        var out = Collapsing()
        out.append(String(text))
        return out.text
    }

    /// Text collapsed as it is appended, piece by piece: a run of white space that spans two
    /// pieces is still one space.
    struct Collapsing {
        private(set) var bytes: [UInt8] = []
        private var pendingSpace = false

        var isEmpty: Bool { bytes.isEmpty }
        var text: String { String(decoding: bytes, as: UTF8.self) }

        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { append($0) }
        }

        mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
            var index = 0
            let count = text.count
            while index < count {
                let byte = text[index]
                // ASCII, most text, byte by byte; the rest a scalar at a time.
                if byte < 0x80 {
                    index += 1
                    if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                        pendingSpace = !bytes.isEmpty
                        continue
                    }
                    if pendingSpace {
                        bytes.append(UInt8(ascii: " "))
                        pendingSpace = false
                    }
                    bytes.append(byte)
                    continue
                }
                let start = index
                let scalar = UTF8Scalars.decode(text, at: &index)
                if Whitespace.isSpace(scalar) {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                if Whitespace.isZeroWidth(scalar) { continue }
                if pendingSpace {
                    bytes.append(UInt8(ascii: " "))
                    pendingSpace = false
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            }
        }

        /// A space before whatever comes next, unless nothing came yet.
        mutating func appendSpace() { pendingSpace = !bytes.isEmpty }

        mutating func removeAll() {
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
    }

    /// Unicode's White_Space property, spelled out (a property lookup per character costs more
    /// than the rest of the work).
    static func isSpace(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x09...0x0D: true
        case 0..<0x80: false
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    static func isZeroWidth(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: true
        default: false
        }
    }
}

/// The Unicode scalars of UTF-8 text with the bytes that spell each, without building
/// `Character`s or `Unicode.Scalar`s. Text here comes from a `String`, so it is valid UTF-8.
enum UTF8Scalars {
    static func forEach<S: StringProtocol>(in text: S, _ body: (UInt32, UnsafeBufferPointer<UInt8>) -> Void) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ forEach(in: $0, body) }) { return done }
        var copy = String(text)
        copy.withUTF8 { forEach(in: $0, body) }
    }

    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count {
            let start = index
            let scalar = decode(bytes, at: &index)
            body(scalar, UnsafeBufferPointer(start: base + start, count: index - start))
        }
    }

    /// The scalar starting at `index`, which moves past it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(bytes.count, index + length)
        var scalar: UInt32
        switch length {
        case 2: scalar = UInt32(lead & 0x1F)
        case 3: scalar = UInt32(lead & 0x0F)
        case 4: scalar = UInt32(lead & 0x07)
        default: scalar = UInt32(lead)
        }
        if length > 1 {
            for position in (index + 1)..<end { scalar = scalar << 6 | UInt32(bytes[position] & 0x3F) }
        }
        index = end
        return scalar
    }
}
