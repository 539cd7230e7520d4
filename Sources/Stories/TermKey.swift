/// The key under which a word counts as a story term: forms of one word, and a country with its
/// people's adjective, share a key, so that "earthquakes" meets "earthquake", "Moroccan" meets
/// "Morocco" and "Ukrainian" meets "Ukraine".
///
/// Two suffix rules, no dictionary: a plural "s" ("ies" -> "y", "es" -> "e" after a consonant
/// cluster the plural adds it to), then one ending of "ian", "ia", "an", "ese", "i", "a", "o", "e" when
/// at least four letters remain. The second maps Morocco/Moroccan, Russia/Russian, Korea/Korean,
/// China/Chinese, Israel/Israeli, Georgia/Georgian, Mexico/Mexican, India/Indian to one key; it also
/// joins a few unrelated words ("Christ"/"Christian"), which costs little: a story match rests on
/// many terms, never on one.
enum TermKey {
    static func key(_ lowercased: String) -> String {
        // Every ending is ASCII, so it can be matched on the UTF-8 bytes (an ASCII byte never occurs
        // inside a longer character); lengths are counted in characters.
        var word = Array(lowercased.utf8)
        var letters = word.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        func endsWith(_ ending: [UInt8]) -> Bool {
            word.count >= ending.count && word[(word.count - ending.count)...].elementsEqual(ending)
        }
        func cut(_ count: Int) {
            word.removeLast(count)
            letters -= count
        }
        if letters > 4, endsWith(Endings.ies), !endsWith(Endings.eies), !endsWith(Endings.aies) {
            cut(3)
            word.append(UInt8(ascii: "y"))
            letters += 1
        } else if letters > 3, endsWith(Endings.es), !Endings.esKept.contains(where: endsWith) {
            cut(1)
        } else if letters > 3, endsWith(Endings.s), !Endings.sKept.contains(where: endsWith) {
            cut(1)
        }
        for ending in Endings.people where endsWith(ending) && letters - ending.count >= 4 {
            cut(ending.count)
            break
        }
        return String(decoding: word, as: UTF8.self)
    }

    private enum Endings {
        static let ies = Array("ies".utf8)
        static let eies = Array("eies".utf8)
        static let aies = Array("aies".utf8)
        static let es = Array("es".utf8)
        static let esKept = ["aes", "ees", "oes", "ses", "xes"].map { Array($0.utf8) }
        static let s = Array("s".utf8)
        static let sKept = ["us", "ss", "is"].map { Array($0.utf8) }
        /// A country's people and adjective: Russia/Russian, China/Chinese, Israel/Israeli.
        static let people = ["ian", "ia", "an", "ese", "i", "a", "o", "e"].map { Array($0.utf8) }
    }
}
