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
        var word = Array(lowercased.unicodeScalars)
        if word.count > 4, word.hasSuffix("ies"), !word.hasSuffix("eies"), !word.hasSuffix("aies") {
            word.removeLast(3)
            word.append("y")
        } else if word.count > 3, word.hasSuffix("es"), !["aes", "ees", "oes", "ses", "xes"].contains(where: word.hasSuffix) {
            word.removeLast()
        } else if word.count > 3, word.hasSuffix("s"), !["us", "ss", "is"].contains(where: word.hasSuffix) {
            word.removeLast()
        }
        for ending in ["ian", "ia", "an", "ese", "i", "a", "o", "e"] where word.hasSuffix(ending) && word.count - ending.unicodeScalars.count >= 4 {
            word.removeLast(ending.unicodeScalars.count)
            break
        }
        var key = String.UnicodeScalarView()
        key.append(contentsOf: word)
        return String(key)
    }
}

private extension Array where Element == Unicode.Scalar {
    func hasSuffix(_ ending: String) -> Bool {
        let scalars = Array(ending.unicodeScalars)
        return count >= scalars.count && self[(count - scalars.count)...].elementsEqual(scalars)
    }
}
