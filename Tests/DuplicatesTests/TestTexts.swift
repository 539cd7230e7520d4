import Foundation
import TestSupport

/// Texts the tests read and the variants they derive from them.
enum TestTexts {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The five seed reports (same event, different reports), in file-name order.
    static let seeds: [String] = {
        let folder = repositoryRoot.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap {
            try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }()

    /// The readability corpus's expected texts, tags stripped crudely, by page name.
    static let readabilityPages: [(name: String, text: String)] = {
        let folder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/readability")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            let file = folder.appendingPathComponent(name).appendingPathComponent("expected.html")
            guard let html = try? String(contentsOf: file, encoding: .utf8) else { return nil }
            return (name, stripTags(html))
        }
    }()

    static func stripTags(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&nbsp;", with: " ")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
    }

    /// The text with `fraction` of its words replaced by made-up words at random positions.
    static func replacingWords(_ text: String, fraction: Double, seed: UInt64) -> String {
        var words = words(text).map(String.init)
        var generator = SplitMix64(seed: seed)
        let positions = Array(words.indices).shuffled(using: &generator)
        for position in positions.prefix(Int((Double(words.count) * fraction).rounded())) {
            words[position] = "qx\(generator.next() % 1_000_000)"
        }
        return words.joined(separator: " ")
    }

    /// The first half of the text's words.
    static func firstHalf(_ text: String) -> String {
        let words = words(text)
        return words.prefix(words.count / 2).joined(separator: " ")
    }

    static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
