/// What the non-ASCII characters of a language's running text are, for telling a right decoding
/// from a wrong one. Only non-ASCII characters count: ASCII bytes read the same in every
/// candidate encoding, so they say nothing about which one is right.
///
/// A profile is a few classes of characters, each with its share of the non-ASCII characters of
/// news text. Inside a class a character's probability is its letter frequency (the percentages
/// of Wikipedia's "Letter frequency" tables and of the usual frequency lists; rough figures do:
/// a wrong decoding is off by orders of magnitude, not percents) or, for large classes, one
/// over the class size. Anything outside every class gets `ScriptStatistics.floor`.
struct LanguageProfile: Sendable {
    enum Script: Sendable { case latin, cyrillic, greek, hebrew, arabic, thai, japanese, chinese, korean }

    struct CharacterClass: Sendable {
        /// Relative weights of listed characters (lowercase for cased scripts)...
        var weights: [Unicode.Scalar: Double] = [:]
        /// ...or ranges of code points, each character equally likely...
        var ranges: [ClosedRange<UInt32>] = []
        /// ...among about this many of them in use (a range of ideographs is mostly rare ones).
        var members = 0
        var share: Double
    }

    let name: String
    let script: Script
    let classes: [CharacterClass]

    /// Whether the script has upper and lower case (the case model applies).
    var isCased: Bool { script == .latin || script == .cyrillic || script == .greek }

    init(_ name: String, _ script: Script, _ classes: [CharacterClass]) {
        self.name = name
        self.script = script
        self.classes = classes
    }
}

extension LanguageProfile.CharacterClass {
    /// "é 1.5 è 0.27": characters with their letter frequencies (percent of all letters).
    static func letters(_ table: String, share: Double) -> Self {
        var weights: [Unicode.Scalar: Double] = [:]
        // Split by scalars: a Thai tone mark after a space is one Character with it.
        let fields = table.unicodeScalars.split { $0 == " " || $0 == "\n" }
        for pair in stride(from: 0, to: fields.count - 1, by: 2) {
            if let scalar = fields[pair].first, let weight = Double(String(String.UnicodeScalarView(fields[pair + 1]))) { weights[scalar] = weight }
        }
        return Self(weights: weights, share: share)
    }

    /// Characters each as likely as the other.
    static func uniform(_ characters: String, share: Double) -> Self {
        Self(weights: Dictionary(characters.unicodeScalars.map { ($0, 1.0) }, uniquingKeysWith: { first, _ in first }), share: share)
    }

    static func ranges(_ ranges: [ClosedRange<UInt32>], share: Double, members: Int? = nil) -> Self {
        Self(ranges: ranges, members: members ?? ranges.reduce(0) { $0 + $1.count }, share: share)
    }
}

extension LanguageProfile {
    // Typographic punctuation of legacy-encoded text; non-breaking spaces most of all (&nbsp; saved as a byte).
    private static let westernPunctuation = "\u{A0}“”‘’„‚–—…«»‹›€£¥¢©®™°·•§¿¡×½"
    private static let cyrillicPunctuation = LanguageProfile.CharacterClass.uniform("\u{A0}«»„“”‘’—–…№©°·•", share: 0.06)
    private static let greekPunctuation = LanguageProfile.CharacterClass.uniform("\u{A0}«»“”‘’—–…΄΅·€©°", share: 0.05)
    private static let cjkPunctuation = LanguageProfile.CharacterClass.ranges([0x3000...0x303F, 0xFF01...0xFF5E, 0x2010...0x2027, 0x00B7...0x00B7, 0x30FB...0x30FB], share: 0.12)

    // Symbols Latin-1 has that text seldom uses, but uses: 1 in 100 non-ASCII characters.
    private static let westernSymbols = "¤¦¨ª¬¯±²³´µ¶¸¹º¼¾÷"

    /// A Latin-script language: its letters beyond ASCII, and typographic punctuation and
    /// symbols for the rest.
    private static func latin(_ name: String, _ letters: String, letterShare: Double = 0.77) -> LanguageProfile {
        LanguageProfile(name, .latin, [.letters(letters, share: letterShare), .uniform(westernPunctuation, share: 0.99 - letterShare),
                                       .uniform(westernSymbols, share: 0.01)])
    }

    static let western: [LanguageProfile] = [
        // English has hardly any letters beyond ASCII: its non-ASCII characters are punctuation.
        latin("English", "é 1 ï 0.1 ö 0.1 ü 0.1 à 0.1 ç 0.1 ñ 0.1 è 0.1", letterShare: 0.05),
        latin("French", "é 1.504 è 0.271 ê 0.218 à 0.486 â 0.051 ç 0.085 ë 0.008 î 0.045 ï 0.005 ô 0.023 ù 0.058 û 0.060 œ 0.018"),
        latin("German", "ä 0.578 ö 0.443 ü 0.995 ß 0.307"),
        latin("Spanish", "á 0.502 é 0.433 í 0.725 ñ 0.311 ó 0.827 ú 0.168 ü 0.012"),
        latin("Portuguese", "à 0.072 â 0.562 á 0.118 ã 0.733 ç 0.530 é 0.337 ê 0.450 í 0.132 ó 0.296 ô 0.635 õ 0.040 ú 0.207"),
        latin("Italian", "à 0.635 è 0.263 é 0.1 ì 0.030 ò 0.002 ù 0.166"),
        latin("Catalan", "à 0.6 è 0.4 é 0.5 í 0.3 ï 0.05 ò 0.3 ó 0.3 ú 0.1 ü 0.05 ç 0.2 · 0.05"),
        latin("Dutch", "ë 0.1 é 0.05 ï 0.02 ö 0.01 è 0.01"),
        latin("Swedish", "å 1.338 ä 1.797 ö 1.305 é 0.05"),
        latin("Danish and Norwegian", "æ 0.872 ø 0.939 å 1.190 é 0.05"),
        latin("Finnish", "ä 3.577 ö 0.444 å 0.003"),
        latin("Icelandic", "á 1.799 é 0.647 í 1.570 ó 0.994 ú 0.613 ý 0.228 þ 1.455 æ 0.867 ö 0.777 ð 4.393"),
    ]

    static let centralEuropean: [LanguageProfile] = [
        latin("Polish", "ą 0.699 ć 0.743 ę 1.035 ł 2.109 ń 0.362 ó 1.141 ś 0.814 ź 0.078 ż 0.706"),
        latin("Czech", "á 0.867 č 0.462 ď 0.015 é 0.633 ě 1.222 í 1.643 ň 0.007 ó 0.024 ř 0.380 š 0.688 ť 0.006 ú 0.045 ů 0.204 ý 0.995 ž 0.721"),
        latin("Slovak", "á 2.1 ä 0.1 č 1.0 ď 0.1 é 0.7 í 1.5 ĺ 0.01 ľ 0.4 ň 0.1 ó 0.2 ô 0.3 ŕ 0.01 š 0.7 ť 0.3 ú 0.7 ý 1.0 ž 0.7"),
        latin("Hungarian", "á 3.6 é 3.9 í 0.5 ó 1.0 ö 1.0 ő 0.9 ú 0.3 ü 0.5 ű 0.1"),
        latin("Romanian", "ă 2.5 â 0.9 î 1.3 ş 1.3 ţ 1.0 ș 0.2 ț 0.2"),
        latin("Croatian, Serbian and Slovenian", "č 1.1 ć 0.5 đ 0.2 š 0.9 ž 0.8"),
    ]

    static let turkish = latin("Turkish", "ç 1.463 ğ 1.125 ı 5.114 İ 0.3 ö 0.777 ş 1.780 ü 1.854 â 0.05")

    static let baltic: [LanguageProfile] = [
        latin("Lithuanian", "ą 0.6 č 0.4 ę 0.2 ė 1.4 į 0.7 š 1.2 ų 0.8 ū 0.5 ž 0.8"),
        latin("Latvian", "ā 4.0 č 0.3 ē 1.7 ģ 0.1 ī 1.6 ķ 0.2 ļ 0.4 ņ 0.4 š 1.0 ū 0.5 ž 0.5"),
        latin("Estonian", "ä 1.0 õ 1.0 ö 0.2 ü 1.0 š 0.05 ž 0.05"),
    ]

    static let cyrillic: [LanguageProfile] = [
        LanguageProfile("Russian", .cyrillic, [.letters("""
            о 10.97 е 8.45 а 8.01 и 7.35 н 6.70 т 6.26 с 5.47 р 4.73 в 4.54 л 4.40 к 3.49 м 3.21 д 2.98 п 2.81 \
            у 2.62 я 2.01 ы 1.90 ь 1.74 г 1.70 з 1.65 б 1.59 ч 1.44 й 1.21 х 0.97 ж 0.94 ш 0.73 ю 0.64 ц 0.48 \
            щ 0.36 э 0.32 ф 0.26 ъ 0.04 ё 0.04
            """, share: 0.94), cyrillicPunctuation]),
        LanguageProfile("Ukrainian", .cyrillic, [.letters("""
            о 9.4 а 8.4 н 6.5 и 6.1 і 5.7 в 5.4 т 5.0 е 4.8 р 4.7 с 4.1 л 3.7 к 3.5 у 3.4 д 3.3 м 3.0 п 2.8 \
            я 2.2 з 2.2 ь 1.6 б 1.6 г 1.3 ч 1.2 х 1.2 й 0.9 ж 0.8 ш 0.8 ц 0.8 ї 0.6 ю 0.5 щ 0.5 є 0.4 ф 0.3 ґ 0.01
            """, share: 0.94), cyrillicPunctuation]),
        LanguageProfile("Bulgarian", .cyrillic, [.letters("""
            а 9.0 о 8.5 е 8.0 и 8.0 т 7.0 н 6.5 р 5.0 с 4.5 в 4.2 л 3.5 к 3.5 д 3.5 п 3.0 м 2.8 ъ 2.5 я 2.0 \
            з 1.8 г 1.6 у 1.5 б 1.3 ч 1.3 ж 0.7 ц 0.6 ш 0.5 й 0.4 щ 0.4 х 0.4 ю 0.2 ф 0.2 ь 0.02
            """, share: 0.94), cyrillicPunctuation]),
    ]

    static let greek = LanguageProfile("Greek", .greek, [.letters("""
        α 10.0 ο 8.0 ι 6.5 ε 6.5 τ 8.3 ν 6.6 σ 4.0 ς 2.5 η 4.0 κ 4.0 π 4.0 ρ 4.7 υ 3.5 μ 3.3 λ 2.8 γ 1.8 \
        δ 1.8 θ 1.2 χ 1.1 ω 1.2 φ 0.8 β 0.8 ξ 0.4 ζ 0.4 ψ 0.1 ά 1.9 έ 1.5 ή 1.0 ί 1.7 ό 1.8 ύ 0.8 ώ 0.6 ϊ 0.05 ΐ 0.02 ϋ 0.01
        """, share: 0.95), greekPunctuation])

    static let hebrew = LanguageProfile("Hebrew", .hebrew, [.letters("""
        י 11 ו 10 ה 9 ל 7 מ 6 א 5.5 ר 5.5 ת 5 ב 5 ש 4.5 נ 4 ע 3 ם 3 ד 2.5 כ 2.5 ח 2.2 ק 2 ן 2 פ 1.5 ס 1.1 \
        ג 1.1 ט 1 צ 1 ז 0.8 ך 0.7 ף 0.4 ץ 0.3
        """, share: 0.93), .uniform("\u{A0}–—…“”‘’״׳₪", share: 0.07)])

    static let arabic = LanguageProfile("Arabic", .arabic, [.letters("""
        ا 12.5 ل 11 ي 6.5 م 6 و 5.7 ن 5.7 ر 4.5 ه 4 ب 3.8 ت 3.5 ع 3.3 ة 3 ف 2.8 د 2.8 أ 2.7 س 2.5 ق 2.4 \
        ك 2.3 ح 1.9 ج 1.4 ى 1.2 ش 1.1 ص 0.9 إ 0.8 ط 0.8 خ 0.8 ذ 0.7 ث 0.6 ض 0.5 ز 0.5 ئ 0.4 غ 0.4 ء 0.3 \
        ظ 0.2 آ 0.2 ؤ 0.2
        """, share: 0.93), .uniform("\u{A0}،؛؟«»–—…ـ", share: 0.07)])

    // Consonants, vowels and tone marks alike, from Thai letter-frequency counts.
    static let thai = LanguageProfile("Thai", .thai, [.letters("""
        า 8.5 น 7.0 ร 5.8 ่ 5.0 อ 4.8 ก 4.5 เ 4.3 ง 4.0 ม 3.9 ย 3.2 ้ 3.2 ล 3.0 ว 3.0 ด 2.8 ั 2.8 ท 2.6 \
        ต 2.5 ี 2.4 ิ 2.4 ส 2.3 ะ 2.0 บ 2.0 ค 1.9 ห 1.9 ป 1.7 แ 1.6 จ 1.4 พ 1.4 ข 1.3 ไ 1.3 ุ 1.2 ใ 1.1 \
        ำ 1.0 ็ 1.0 ื 1.0 ช 1.0 ์ 0.8 โ 0.8 ู 0.6 ถ 0.6 ึ 0.5 ผ 0.5 ซ 0.5 ณ 0.5 ธ 0.5 ศ 0.5 ษ 0.3 ญ 0.3 \
        ภ 0.3 ฟ 0.3 ๆ 0.3 ฐ 0.2 ๊ 0.2 ฝ 0.1 ฉ 0.1 ฒ 0.1 ฎ 0.1 ฏ 0.1 ฑ 0.1 ฤ 0.1 ฮ 0.1 ๋ 0.1 ฆ 0.05 ฯ 0.05 ฬ 0.05
        """, share: 0.97), .uniform("\u{A0}–—…“”‘’", share: 0.03)])

    // Japanese news text: about 38% hiragana, 38% kanji, 10% katakana, 12% punctuation and
    // full-width forms. Half-width katakana is rare outside old mail and ads.
    static let japanese = LanguageProfile("Japanese", .japanese, [
        .ranges([0x3041...0x309F], share: 0.38),
        .ranges([0x30A0...0x30FF], share: 0.10),
        .ranges([0x4E00...0x9FFF], share: 0.38, members: 3000),
        cjkPunctuation,
        .ranges([0xFF61...0xFF9F], share: 0.002),
    ])

    /// The most frequent Chinese characters (Jun Da's frequency list), simplified and their
    /// traditional forms: about 40% of running text, while a wrong decoding lands on them by
    /// chance (about 130 of 7,000 and more common ideographs, 2%).
    static let frequentHanzi = """
        的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着下自之\
        年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主\
        样樣理心她本前开開但因只从從想实實日新中市月元社
        """

    static let chinese = LanguageProfile("Chinese", .chinese, [
        .uniform(frequentHanzi, share: 0.35),
        .ranges([0x4E00...0x9FFF], share: 0.50, members: 6000),
        cjkPunctuation,
    ])

    /// The most frequent Hangul syllables of Korean news text: about half of its syllables, and
    /// 4% of the 2,350 syllables a wrong decoding lands on evenly.
    static let frequentHangul = """
        이다는의에가고하을지서로기한사리자도대어시를인수나아게정일해으있국들전그부적여라상주면제우장경만위소보원성화학문동과중비\
        했것요내무재세신공구오조회미니연관마거스방식모생개분와까히운통물된선은러계간발
        """

    static let korean = LanguageProfile("Korean", .korean, [
        .uniform(frequentHangul, share: 0.45),
        .ranges([0xAC00...0xD7A3], share: 0.40, members: 2350),
        .ranges([0x4E00...0x9FFF], share: 0.01, members: 4888),
        cjkPunctuation,
    ])
}
