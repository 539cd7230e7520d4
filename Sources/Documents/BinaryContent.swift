/// Tells files that are not text at all (images, PDFs, archives, UTF-16/32 without a mark)
/// from text, so the user hears what the file is rather than "invalid UTF-8".
enum BinaryContent {
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        (Array("%PDF-".utf8), "a PDF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Office document"),
    ]

    /// A reason the bytes are not a text document, or nil when they may be one. `start` skips a
    /// byte-order mark; `survey` is of the bytes from there. Only for byte-oriented (UTF-8 or
    /// single-byte) content.
    static func rejection(_ bytes: [UInt8], from start: Int, survey: ByteSurvey) -> String? {
        for signature in signatures where bytes.count - start >= signature.bytes.count {
            if bytes[start..<(start + signature.bytes.count)].elementsEqual(signature.bytes) {
                return "binary content (\(signature.name)): not a text, HTML or JSON document"
            }
        }
        if let firstNUL = survey.firstNUL {
            if looksLikeWideText(bytes, from: start) {
                return "NUL bytes at offset \(Grouped(firstNUL)) in otherwise ASCII text: looks like UTF-16 or UTF-32 "
                    + "without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)"
            }
            return "binary content (NUL bytes at offset \(Grouped(firstNUL))): not a text, HTML or JSON document"
        }
        // Text has tabs and line breaks but hardly any other control codes; binary data has many.
        guard let first = survey.firstControl, survey.controls > 8 && survey.controls * 100 > bytes.count - start else { return nil }
        return "binary content (\(Grouped(survey.controls)) control bytes, the first at offset \(Grouped(first))): "
            + "not a text, HTML or JSON document"
    }

    /// ASCII text stored in 2 or 4 bytes per character has a NUL in every other (or 3 of 4) bytes.
    private static func looksLikeWideText(_ bytes: [UInt8], from start: Int) -> Bool {
        let sample = bytes[start..<min(bytes.count, start + 4096)]
        let nuls = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        let printable = sample.reduce(0) { $0 + ($1 >= 0x20 && $1 < 0x7F ? 1 : 0) }
        return sample.count >= 4 && nuls * 3 >= sample.count && nuls + printable >= sample.count * 9 / 10
    }
}

/// A count for a message, with thousands separators: "1,234".
struct Grouped: CustomStringConvertible {
    let value: Int
    init(_ value: Int) { self.value = value }
    var description: String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
