/// Bytes to text: which encoding, and the decoding itself. The order follows the HTML
/// standard's (and RFC 7303's for XML): a byte-order mark, then what the transport declares,
/// then what the document declares (a `<meta>` in the first 1024 bytes of HTML, the XML
/// declaration), then detection: valid UTF-8, else the legacy encoding `EncodingDetector` is
/// sure of, else Windows-1252 when the bytes look like single-byte text. A declaration the bytes
/// cannot be in (bytes it leaves undefined, broken sequences) also gives way to a sure detection.
///
/// Two temperaments share the steps. Strict (dropped files): what cannot be read faithfully is
/// refused with a reason. Lenient (feeds, where one bad byte must not cost every entry): bad
/// bytes become U+FFFD, unknown declarations are ignored, and each such recovery is a warning.
enum TextDecoding {
    enum InDocumentDeclaration {
        case none
        case htmlMeta
        case xmlDeclaration
    }

    struct Rules {
        var declaration: InDocumentDeclaration
        var lenient: Bool
    }

    /// The dropped-file path: strict, and the page's own `<meta>` for HTML.
    static func decode(_ bytes: [UInt8], format: DocumentFormat, declaredCharset: String?) throws(DocumentError) -> ([UInt8], CharacterEncoding) {
        let rules = Rules(declaration: format == .html ? .htmlMeta : .none, lenient: false)
        let decoded = try decode(bytes, rules: rules, declaredCharset: declaredCharset)
        return (decoded.utf8, decoded.encoding)
    }

    static func decode(_ bytes: [UInt8], rules: Rules, declaredCharset: String?) throws(DocumentError) -> DecodedText {
        var warnings: [String] = []
        if let mark = ByteOrderMark(bytes) {
            return try decodeMarked(bytes, mark: mark, rules: rules)
        }

        var bytes = bytes
        var survey = ByteSurvey(bytes)
        if rules.declaration == .htmlMeta, StrayNULs.areTolerable(in: bytes, survey: survey) {
            bytes = StrayNULs.removed(from: bytes)
            survey = ByteSurvey(bytes)
        }
        var declared: CharacterEncoding?
        if let declaredCharset {
            declared = try supported(declaredCharset, origin: "", survey, rules: rules, warnings: &warnings)
        }
        // XML in UTF-16 or UTF-32 without a mark shows itself by its zero bytes; that beats a
        // transport label that says "UTF-16" without the byte order, or says something impossible.
        if rules.declaration == .xmlDeclaration, let unmarked = XMLEncodingDeclaration.unmarkedUnicode(bytes),
           declared == nil || declared?.isUTF16OrUTF32 == true || declared == .utf8 {
            if declared == .utf8 { warnings.append("the bytes are \(unmarked.rawValue) although the transport says UTF-8") }
            return decodeUnicode(bytes, from: 0, as: unmarked, warnings: warnings)
        }
        if let encoding = declared, encoding.isUTF16OrUTF32 {
            if !rules.lenient, encoding == .utf32LittleEndian || encoding == .utf32BigEndian {
                throw DocumentError("UTF-32 text (declared charset) is not supported: save it as UTF-8")
            }
            if rules.lenient { return decodeUnicode(bytes, from: 0, as: encoding, warnings: warnings) }
            let bigEndian = encoding == .utf16BigEndian
            let utf8 = try UTF16Decoding.transcodeToUTF8(bytes, from: 0, bigEndian: bigEndian)
            return DecodedText(utf8: TextNormalization.normalized(utf8: utf8), encoding: encoding)
        }
        let inDocument = declared == nil ? inDocumentLabel(bytes, rules.declaration) : nil
        // ISO-2022-JP switches character sets with ESC sequences: control bytes that are text there.
        let escapesAreText = (declared ?? inDocument.map { CharacterEncoding.label($0.0) }.flatMap {
            if case .supported(let encoding) = $0 { encoding } else { nil }
        }) == .iso2022JP
        if !escapesAreText, let reason = BinaryContent.rejection(bytes, from: 0, survey: survey) { throw DocumentError(reason) }
        if let (label, origin) = inDocument {
            declared = try supported(label, origin: origin, survey, rules: rules, warnings: &warnings)
            // A document cannot be UTF-16 or UTF-32 if its own ASCII declaration was readable.
            if declared?.isUTF16OrUTF32 == true {
                if rules.lenient { warnings.append("the document declares \(label) but is written in an ASCII-compatible encoding; read as UTF-8") }
                declared = .utf8
            }
        }

        // Valid multi-byte UTF-8 does not happen by accident in a legacy encoding: a declaration
        // that says otherwise is stale (a site converted to UTF-8 that kept its old label).
        if let legacy = declared, legacy != .utf8, survey.nonASCII > 0, survey.isValidUTF8 {
            if rules.lenient { warnings.append("declared \(legacy.rawValue) but the bytes are valid UTF-8; read as UTF-8") }
            declared = .utf8
        }

        if let encoding = declared, encoding != .utf8, let decoded = legacyText(bytes, encoding, survey) {
            let broken = encoding == .windows1252 ? survey.firstUndefinedInWindows1252 != nil : decoded.replacements > 0
            if broken, let detected = sureDetection(bytes, survey, unlike: encoding) {
                if rules.lenient { warnings.append("the bytes are not valid \(encoding.rawValue) as declared; read as \(detected.description), which they are") }
                return DecodedText(utf8: detected.utf8, encoding: detected.encoding, warnings: warnings)
            }
            if rules.lenient && decoded.replacements > 0 {
                warnings.append("\(Grouped(decoded.replacements)) byte sequences are not valid \(encoding.rawValue); replaced with U+FFFD")
            }
            return DecodedText(utf8: decoded.utf8, encoding: encoding, warnings: warnings)
        }
        if let encoding = declared, encoding != .utf8 {
            // The C library lacks this converter: say so rather than guess.
            if !rules.lenient { throw DocumentError("the \(encoding.rawValue) converter is not installed on this machine (glibc's gconv modules); convert the file to UTF-8") }
            warnings.append("the \(encoding.rawValue) converter is not installed on this machine; the encoding was guessed")
        }
        return try detect(bytes, survey, declaredUTF8: declared == .utf8, rules: rules, warnings: warnings)
    }

    /// A legacy encoding's text, and how many byte sequences it does not define (Windows-1252
    /// drops its undefined bytes without counting); nil when the converter is missing.
    private static func legacyText(_ bytes: [UInt8], _ encoding: CharacterEncoding, _ survey: ByteSurvey) -> (utf8: [UInt8], replacements: Int)? {
        if encoding == .windows1252 { return (Windows1252.text(bytes, from: 0, nonASCII: survey.nonASCII), 0) }
        return IconvDecoding.transcodeToUTF8(bytes, from: 0, encoding: encoding).map { (TextNormalization.normalized(utf8: $0.utf8), $0.replacements) }
    }

    private struct Detected {
        var utf8: [UInt8]
        var encoding: CharacterEncoding
        var description: String
    }

    /// The text in the encoding detection is sure of, if it is sure and the bytes are fully that
    /// encoding's (Windows-1252 with undefined bytes is not: that stays a refusal).
    private static func sureDetection(_ bytes: [UInt8], _ survey: ByteSurvey, unlike declared: CharacterEncoding? = nil) -> Detected? {
        guard let verdict = EncodingDetector.detect(bytes), verdict.isConfident, verdict.best.encoding != declared,
              !(verdict.best.encoding == .windows1252 && survey.firstUndefinedInWindows1252 != nil),
              let decoded = legacyText(bytes, verdict.best.encoding, survey) else { return nil }
        return Detected(utf8: decoded.utf8, encoding: verdict.best.encoding, description: verdict.description)
    }

    /// After a byte-order mark nothing else is consulted.
    private static func decodeMarked(_ bytes: [UInt8], mark: ByteOrderMark, rules: Rules) throws(DocumentError) -> DecodedText {
        let start = mark.length
        switch mark {
        case .utf32LittleEndian, .utf32BigEndian:
            guard rules.declaration == .xmlDeclaration else {
                throw DocumentError("UTF-32 text (byte-order mark \(mark == .utf32BigEndian ? "00 00 FE FF" : "FF FE 00 00")) is not supported: save it as UTF-8")
            }
            return decodeUnicode(bytes, from: start, as: mark == .utf32BigEndian ? .utf32BigEndian : .utf32LittleEndian, warnings: [])
        case .utf8:
            let survey = ByteSurvey(bytes, from: start)
            let text = bytes.withUnsafeBufferPointer {
                TextNormalization.normalized(utf8: $0, from: start, needed: survey.utf8NeedsNormalization, knownValid: survey.isValidUTF8)
            }
            if let bad = survey.firstInvalidUTF8 {
                guard rules.lenient else {
                    throw DocumentError("invalid UTF-8 at byte \(Grouped(bad)) although the file starts with a UTF-8 byte-order mark")
                }
                return DecodedText(utf8: text, encoding: .utf8,
                                   warnings: ["invalid UTF-8 at byte \(Grouped(bad)) after a UTF-8 byte-order mark; bad bytes replaced with U+FFFD"])
            }
            return DecodedText(utf8: text, encoding: .utf8)
        case .utf16LittleEndian, .utf16BigEndian:
            let encoding: CharacterEncoding = mark == .utf16BigEndian ? .utf16BigEndian : .utf16LittleEndian
            if rules.lenient { return decodeUnicode(bytes, from: start, as: encoding, warnings: []) }
            let utf8 = try UTF16Decoding.transcodeToUTF8(bytes, from: start, bigEndian: encoding == .utf16BigEndian)
            return DecodedText(utf8: TextNormalization.normalized(utf8: utf8), encoding: encoding)
        }
    }

    /// UTF-16 or UTF-32 read leniently: bad units replaced, and a warning saying how many.
    private static func decodeUnicode(_ bytes: [UInt8], from start: Int, as encoding: CharacterEncoding, warnings: [String]) -> DecodedText {
        var warnings = warnings
        let utf8: [UInt8]
        let replacements: Int
        if encoding == .utf16LittleEndian || encoding == .utf16BigEndian {
            (utf8, replacements) = UTF16Decoding.transcodeToUTF8Replacing(bytes, from: start, bigEndian: encoding == .utf16BigEndian)
        } else if let decoded = IconvDecoding.transcodeToUTF8(bytes, from: start, encoding: encoding) {
            (utf8, replacements) = (decoded.utf8, decoded.replacements)
        } else {
            (utf8, replacements) = ([], 0)
            warnings.append("the \(encoding.rawValue) converter is not installed on this machine; nothing could be read")
        }
        if replacements > 0 { warnings.append("\(Grouped(replacements)) code units are not valid \(encoding.rawValue); replaced with U+FFFD") }
        return DecodedText(utf8: TextNormalization.normalized(utf8: utf8), encoding: encoding, warnings: warnings)
    }

    private static func inDocumentLabel(_ bytes: [UInt8], _ kind: InDocumentDeclaration) -> (String, String)? {
        switch kind {
        case .none: nil
        case .htmlMeta: HTMLCharsetPrescan.declaredCharset(bytes, from: 0).map { ($0, " (in the page's <meta>)") }
        case .xmlDeclaration: XMLEncodingDeclaration.declaredCharset(bytes, from: 0).map { ($0, " (in the XML declaration)") }
        }
    }

    /// Undeclared, or declared UTF-8: valid UTF-8, else the encoding detection is sure of, else
    /// the usual mislabelled Windows-1252 when the bytes can be that.
    private static func detect(_ bytes: [UInt8], _ survey: ByteSurvey, declaredUTF8: Bool, rules: Rules, warnings: [String]) throws(DocumentError) -> DecodedText {
        var warnings = warnings
        guard let invalid = survey.firstInvalidUTF8 else {
            // Valid UTF-8 with nothing to normalise is the text as it is: no copy.
            let text = survey.utf8NeedsNormalization
                ? bytes.withUnsafeBufferPointer { TextNormalization.normalized(utf8: $0, from: 0, needed: true, knownValid: true) } : bytes
            return DecodedText(utf8: text, encoding: .utf8, warnings: warnings)
        }
        let notUTF8 = "invalid UTF-8 at byte \(Grouped(invalid))\(declaredUTF8 ? " although declared UTF-8" : "")"
        let damage = DamagedUTF8.counts(bytes)
        if DamagedUTF8.isDamaged(damage) {
            let what = "\(notUTF8): the text is UTF-8 (\(Grouped(damage.validMultiByte)) valid multi-byte characters) with \(Grouped(damage.invalid)) damaged byte sequence\(damage.invalid == 1 ? "" : "s")"
            if !rules.lenient && declaredUTF8 && DamagedUTF8.isSparse(damage, of: bytes.count) {
                return DecodedText(utf8: TextNormalization.normalized(utf8: bytes), encoding: .utf8, warnings: warnings)
            }
            guard rules.lenient else { throw DocumentError(what + "; repair the file or save it again as UTF-8") }
            warnings.append(what + "; read as UTF-8 with the damaged bytes replaced by U+FFFD")
            return DecodedText(utf8: TextNormalization.normalized(utf8: bytes), encoding: .utf8, warnings: warnings)
        }
        if let detected = sureDetection(bytes, survey) {
            if rules.lenient {
                warnings.append(detected.encoding == .windows1252 ? "\(notUTF8); read as Windows-1252" : "\(notUTF8); read as \(detected.description), detected")
            }
            return DecodedText(utf8: detected.utf8, encoding: detected.encoding, warnings: warnings)
        }
        let notUndeclaredUTF8 = "invalid UTF-8 at byte \(Grouped(invalid))"
        var refusal: String?
        if let undefined = survey.firstUndefinedInWindows1252 {
            refusal = "\(notUndeclaredUTF8) and not Windows-1252 text either (byte 0x\(String(bytes[undefined], radix: 16, uppercase: true)) at \(Grouped(undefined)) is undefined there)\(Self.unclearDetection(bytes)); declare its charset or save it as UTF-8"
        } else if Windows1252.looksLikeMultiByteEncoding(bytes, from: 0) {
            refusal = "\(notUndeclaredUTF8) and not Windows-1252 text either (runs of non-ASCII bytes suggest a multi-byte encoding such as Shift_JIS, GBK or EUC-KR)\(Self.unclearDetection(bytes)); declare its charset or save it as UTF-8"
        }
        if let refusal {
            guard rules.lenient else { throw DocumentError(refusal) }
            warnings.append(refusal.replacingLastClause(with: "read as UTF-8 with bad bytes replaced by U+FFFD"))
            return DecodedText(utf8: TextNormalization.normalized(utf8: bytes), encoding: .utf8, warnings: warnings)
        }
        if rules.lenient { warnings.append("\(notUTF8); read as Windows-1252") }
        return DecodedText(utf8: Windows1252.text(bytes, from: 0, nonASCII: survey.nonASCII), encoding: .windows1252, warnings: warnings)
    }

    /// What detection made of bytes it is not sure of, for a refusal: the user who knows the
    /// language can then name the charset.
    private static func unclearDetection(_ bytes: [UInt8]) -> String {
        guard let verdict = EncodingDetector.detect(bytes) else { return "" }
        return "; they read most like \(verdict.description), but not clearly enough to be sure"
    }

    /// The encoding a declaration names. Strictly, an unsupported one is an error unless the bytes
    /// are valid UTF-8: multi-byte UTF-8 does not happen by accident in a legacy encoding, so such
    /// a declaration is stale (a page converted to UTF-8 that kept its old `<meta>`). Leniently,
    /// it is ignored with a warning and detection decides.
    private static func supported(_ label: String, origin: String, _ survey: ByteSurvey, rules: Rules, warnings: inout [String]) throws(DocumentError) -> CharacterEncoding? {
        switch CharacterEncoding.label(label) {
        case .supported(let encoding):
            return encoding
        case .unsupported where survey.isValidUTF8:
            if rules.lenient { warnings.append("declared charset \(shown(label))\(origin) is not supported; the bytes are valid UTF-8 and were read as such") }
            return .utf8
        case .unsupported(let name):
            guard rules.lenient else {
                throw DocumentError("declared charset \(shown(name))\(origin) is not supported: Tally reads UTF-8, UTF-16, Windows-1252/Latin-1 and the other encodings web browsers read; convert the file to UTF-8")
            }
            warnings.append("declared charset \(shown(name))\(origin) is not supported; ignored")
            return nil
        }
    }

    private static func shown(_ name: String) -> String {
        let trimmed = name.trimmingASCIIWhitespaceAndQuotes()
        return trimmed.isEmpty ? "(empty)" : String(trimmed.prefix(40))
    }
}

extension String {
    /// "reason; advice" with the advice replaced.
    fileprivate func replacingLastClause(with clause: String) -> String {
        guard let semicolon = lastIndex(of: ";") else { return self + "; " + clause }
        return self[..<semicolon] + "; " + clause
    }
}
