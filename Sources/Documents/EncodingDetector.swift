import Foundation

/// Which legacy encoding undeclared (or impossibly declared) bytes are in, in the way of
/// chardet, uchardet and ICU: every candidate encoding reads the bytes; a reading that breaks
/// the encoding's grammar is ruled out; each remaining reading is scored by how likely its
/// characters are in the languages written in that encoding (`ScriptStatistics`), and the best
/// wins when it leads the next reading by a clear margin. Pure and synchronous.
enum EncodingDetector {
    struct Reading: Sendable, Equatable {
        var encoding: CharacterEncoding
        var language: String
        /// ln P of the reading's non-ASCII characters (invalid sequences included, at their cost).
        var logLikelihood: Double
    }

    struct Verdict: Sendable, Equatable {
        var best: Reading
        var isConfident: Bool
        /// "Shift_JIS (Japanese)".
        var description: String { "\(best.encoding.rawValue) (\(best.language))" }
    }

    // Thresholds, from the readings of the test pages and of the readability corpus converted to
    // each encoding (see EncodingDetectionTests):
    // - A reading with more than 1 invalid sequence in 50 characters is out. Real legacy text has
    //   next to none (a truncated last character); wrong multi-byte readings of single-byte text
    //   break the grammar at a third or more of their characters, of Shift_JIS read as EUC at
    //   most of them.
    // - The winner must lead the next different reading by `margin` nats (odds of e^12, about
    //   160,000 to 1). One letter only the right code page makes (Polish ł against a rare ³) is
    //   worth about 6; a Russian sentence read in the wrong Cyrillic code page loses 2 or more at
    //   every letter. A lone accented byte in English text is worth less and stays undetermined.
    //   Against a reading in the same language (ISO-8859-7 and windows-1253 for Greek,
    //   ISO-8859-2 and windows-1250 for Polish) `sameLanguageMargin` (odds of 20 to 1) will do:
    //   the two texts differ in a few characters only, so a mistake costs those, not the text.
    // - It must score more than `plausibility` nats per non-ASCII byte: right readings score -2
    //   to -5 (two-byte kana and hanzi about -4), while bytes that are no text in any candidate
    //   (a mangled file) fall towards the floor of ln 1e-5 = -11.5.
    static let invalidShare = 0.02
    static let margin = 12.0
    static let sameLanguageMargin = 3.0
    static let plausibility = -8.0

    /// Enough non-ASCII bytes for the statistics to settle; past it detection costs nothing more.
    static let sampleBudget = 16_384

    static func detect(_ bytes: [UInt8], from start: Int = 0) -> Verdict? {
        let sample = Self.sample(bytes, from: start)
        let histogram = ByteHistogram(sample)
        guard histogram.nonASCII > 0 else { return nil }
        var readings: [(Reading, decoding: ReadingKey)] = []
        for candidate in singleByteCandidates {
            if let reading = candidate.read(histogram) { readings.append((reading, .codePage(candidate.codePage, histogram.present))) }
        }
        for (encoding, statistics) in multiByteCandidates {
            if let reading = readMultiByte(sample, nonASCII: histogram.nonASCII, encoding, statistics) { readings.append((reading, .multiByte(reading.encoding))) }
        }
        let ranked = readings.sorted { $0.0.logLikelihood > $1.0.logLikelihood }
        guard let first = ranked.first else { return nil }
        // Among readings that decode the bytes alike, the earliest candidate (the more common
        // encoding) speaks for them all.
        let encoding = readings.first { $0.decoding == first.decoding }?.0.encoding ?? first.0.encoding
        // The best reading that decodes the bytes differently, if any candidate does.
        let runnerUp = ranked.first { $0.decoding != first.decoding }?.0
        let needed = runnerUp?.language == first.0.language ? sameLanguageMargin : margin
        let leads = runnerUp.map { first.0.logLikelihood - $0.logLikelihood >= needed } ?? true
        let plausible = first.0.logLikelihood / Double(histogram.nonASCII) > plausibility
        return Verdict(best: Reading(encoding: encoding, language: first.0.language, logLikelihood: first.0.logLikelihood),
                       isConfident: leads && plausible)
    }

    /// The bytes up to the `sampleBudget`th non-ASCII one, cut after a space, line break or
    /// `<`: bytes no multi-byte character continues with, so the cut splits none.
    static func sample(_ bytes: [UInt8], from start: Int) -> ArraySlice<UInt8> {
        var seen = 0
        var i = start
        while i < bytes.count && seen < sampleBudget {
            if bytes[i] >= 0x80 { seen += 1 }
            i += 1
        }
        while i < bytes.count, ![0x09, 0x0A, 0x0D, 0x20, 0x3C].contains(bytes[i]) { i += 1 }
        return bytes[start..<i]
    }

    /// What makes two readings the same text: a multi-byte encoding's own, a code page's
    /// characters for the bytes present.
    private enum ReadingKey: Equatable {
        case codePage([Unicode.Scalar?])
        case multiByte(CharacterEncoding)

        static func codePage(_ page: SingleByteCodePage, _ present: [Bool]) -> ReadingKey {
            .codePage(page.characters.indices.map { present[$0] ? page.characters[$0] : nil })
        }
    }

    private struct SingleByteCandidate: Sendable {
        /// What a byte is in the code page, for the context models.
        enum Kind { case undefined, other, mark, small, capital, uncasedLetter }

        let codePage: SingleByteCodePage
        /// Indexed by byte - 0x80, like the code page.
        let kinds: [Kind]
        /// Latin letters that make no word alone (see `ScriptStatistics.loneLatinLetter`).
        let loneIsUnlikely: [Bool]
        /// Each language with ln P of each byte's character, worked out once.
        let languages: [(statistics: ScriptStatistics, logProbabilities: [Double])]

        init(_ codePage: SingleByteCodePage, languages: [LanguageProfile]) {
            self.codePage = codePage
            kinds = codePage.characters.map { scalar in
                guard let scalar else { return .undefined }
                let properties = scalar.properties
                if properties.generalCategory == .nonspacingMark { return .mark }
                guard properties.isAlphabetic else { return .other }
                guard properties.changesWhenCaseMapped else { return .uncasedLetter }
                return properties.isUppercase ? .capital : .small
            }
            loneIsUnlikely = codePage.characters.map { scalar in
                scalar.map { $0.properties.isAlphabetic && !ScriptStatistics.oneLetterWords.contains(ScriptStatistics.lowercase($0)) } ?? false
            }
            self.languages = languages.map { profile in
                let statistics = ScriptStatistics(profile)
                return (statistics, codePage.characters.map { $0.map(statistics.logProbability) ?? 0 })
            }
        }

        /// The best language's reading, or nil when the code page cannot be the one.
        func read(_ histogram: ByteHistogram) -> Reading? {
            var invalid = 0
            for byte in 0..<128 where kinds[byte] == .undefined { invalid += histogram.count[byte] }
            guard Double(invalid) <= EncodingDetector.invalidShare * Double(histogram.nonASCII) else { return nil }
            let readings = languages.map { language in
                Reading(encoding: codePage.encoding, language: language.statistics.profile.name,
                        logLikelihood: logLikelihood(histogram, language) + Double(invalid) * ScriptStatistics.invalid)
            }
            return readings.max { $0.logLikelihood < $1.logLikelihood }
        }

        private func logLikelihood(_ histogram: ByteHistogram, _ language: (statistics: ScriptStatistics, logProbabilities: [Double])) -> Double {
            let cased = language.statistics.profile.isCased
            let latin = language.statistics.profile.script == .latin
            var total = 0.0
            for byte in 0..<128 where histogram.count[byte] > 0 {
                let kind = kinds[byte]
                guard kind != .undefined else { continue }
                total += Double(histogram.count[byte]) * language.logProbabilities[byte]
                let afterASCIILetter = histogram.afterASCIISmall[byte] + histogram.afterASCIICapital[byte]
                switch kind {
                case .mark:
                    // After ASCII or at the start there is no letter of the script to carry it.
                    total += Double(afterASCIILetter + histogram.afterOther[byte]) * ScriptStatistics.markWithoutLetter
                case .small, .capital, .uncasedLetter:
                    if !latin { total += Double(afterASCIILetter) * ScriptStatistics.afterLatinLetter }
                    if latin && loneIsUnlikely[byte] { total += Double(histogram.alone[byte]) * ScriptStatistics.loneLatinLetter }
                    guard cased, kind != .uncasedLetter else { continue }
                    let capital = kind == .capital
                    total += Double(histogram.afterASCIISmall[byte]) * ScriptStatistics.caseLogProbability(capital: capital, after: .smallLetter)
                    total += Double(histogram.afterASCIICapital[byte]) * ScriptStatistics.caseLogProbability(capital: capital, after: .capital)
                    total += Double(histogram.afterOther[byte]) * ScriptStatistics.caseLogProbability(capital: capital, after: .nonLetter)
                case .undefined, .other:
                    break
                }
            }
            for pair in histogram.pairs {
                let kind = kinds[pair.byte], previous = kinds[pair.previous]
                switch kind {
                case .mark:
                    // Thai stacks a tone mark on a vowel mark, so a mark may carry one too.
                    if previous == .other || previous == .undefined { total += Double(pair.count) * ScriptStatistics.markWithoutLetter }
                case .small, .capital:
                    guard cased else { continue }
                    let preceding: ScriptStatistics.Preceding = switch previous {
                    case .capital: .capital
                    case .small, .uncasedLetter, .mark: .smallLetter
                    case .other, .undefined: .nonLetter
                    }
                    total += Double(pair.count) * ScriptStatistics.caseLogProbability(capital: kind == .capital, after: preceding)
                case .uncasedLetter, .other, .undefined:
                    break
                }
            }
            return total
        }
    }

    /// The encodings single-byte text is told among, most common on the web first, each with
    /// the languages written in it.
    private static let singleByteCandidates: [SingleByteCandidate] = {
        let table: [(CharacterEncoding, [LanguageProfile])] = [
            (.windows1252, LanguageProfile.western), (.iso8859_15, LanguageProfile.western),
            (.windows1250, LanguageProfile.centralEuropean), (.iso8859_2, LanguageProfile.centralEuropean),
            (.windows1251, LanguageProfile.cyrillic), (.koi8R, LanguageProfile.cyrillic), (.koi8U, LanguageProfile.cyrillic),
            (.iso8859_5, LanguageProfile.cyrillic),
            (.iso8859_7, [LanguageProfile.greek]), (.windows1253, [LanguageProfile.greek]),
            (.windows1254, [LanguageProfile.turkish]),
            (.windows1257, LanguageProfile.baltic), (.iso8859_13, LanguageProfile.baltic),
            (.windows1255, [LanguageProfile.hebrew]),
            (.windows1256, [LanguageProfile.arabic]), (.iso8859_6, [LanguageProfile.arabic]),
            (.windows874, [LanguageProfile.thai]),
        ]
        return table.compactMap { encoding, languages in
            SingleByteCodePage(encoding).map { SingleByteCandidate($0, languages: languages) }
        }
    }()

    private static let multiByteCandidates: [(CharacterEncoding, ScriptStatistics)] = [
        (.shiftJIS, ScriptStatistics(LanguageProfile.japanese)), (.eucJP, ScriptStatistics(LanguageProfile.japanese)),
        (.gbk, ScriptStatistics(LanguageProfile.chinese)), (.big5, ScriptStatistics(LanguageProfile.chinese)),
        (.eucKR, ScriptStatistics(LanguageProfile.korean)),
    ]

    /// The grammar first (cheap); only a reading that keeps to it is decoded and scored.
    private static func readMultiByte(_ sample: ArraySlice<UInt8>, nonASCII: Int, _ encoding: CharacterEncoding, _ statistics: ScriptStatistics) -> Reading? {
        // No more characters than non-ASCII bytes: past this many broken bytes the share is too high.
        let tally = MultiByteGrammar.tally(sample, as: encoding, invalidLimit: Int(invalidShare * Double(nonASCII)))
        func tooBroken(_ invalid: Int) -> Bool { Double(invalid) > invalidShare * Double(tally.characters + invalid) }
        guard tally.characters > 0, !tooBroken(tally.invalid) else { return nil }
        let reported: CharacterEncoding = encoding == .gbk && tally.fourByte > 0 ? .gb18030 : encoding
        // The converter also refuses well-formed sequences the encoding leaves unassigned.
        guard let decoded = IconvDecoding.transcodeToUTF8(Array(sample), from: 0, encoding: encoding), !tooBroken(decoded.replacements) else { return nil }
        let scored = statistics.logLikelihood(of: String(decoding: decoded.utf8, as: UTF8.self))
        return Reading(encoding: reported, language: statistics.profile.name,
                       logLikelihood: scored + Double(decoded.replacements) * ScriptStatistics.invalid)
    }
}

/// How often each non-ASCII byte occurs in a sample and after what: the counts a single-byte
/// reading is scored from, collected in one pass for all candidates.
struct ByteHistogram {
    /// Indexed by byte - 0x80.
    var count = [Int](repeating: 0, count: 128)
    var afterASCIISmall = [Int](repeating: 0, count: 128)
    var afterASCIICapital = [Int](repeating: 0, count: 128)
    /// After an ASCII byte that is not a letter, or at the start.
    var afterOther = [Int](repeating: 0, count: 128)
    /// Between ASCII bytes that are not letters (or the ends of the sample).
    var alone = [Int](repeating: 0, count: 128)
    /// Non-ASCII bytes after non-ASCII bytes (byte - 0x80 each).
    var pairs: [(previous: Int, byte: Int, count: Int)] = []
    var nonASCII = 0
    var present: [Bool] { count.map { $0 > 0 } }

    init(_ sample: ArraySlice<UInt8>) {
        var pairCounts = [Int](repeating: 0, count: 128 * 128)
        func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
        var previous: UInt8 = 0x20
        for (offset, byte) in zip(sample.indices, sample) {
            defer { previous = byte }
            guard byte >= 0x80 else { continue }
            let next = offset + 1 < sample.endIndex ? sample[offset + 1] : 0x20
            if previous < 0x80 && !isASCIILetter(previous) && next < 0x80 && !isASCIILetter(next) { alone[Int(byte - 0x80)] += 1 }
            let index = Int(byte - 0x80)
            count[index] += 1
            nonASCII += 1
            if previous >= 0x80 {
                pairCounts[Int(previous - 0x80) * 128 + index] += 1
            } else if previous >= 0x61 && previous <= 0x7A {
                afterASCIISmall[index] += 1
            } else if previous >= 0x41 && previous <= 0x5A {
                afterASCIICapital[index] += 1
            } else {
                afterOther[index] += 1
            }
        }
        for (key, count) in pairCounts.enumerated() where count > 0 { pairs.append((key / 128, key % 128, count)) }
    }
}
