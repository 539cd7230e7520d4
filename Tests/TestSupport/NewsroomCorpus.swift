import Foundation

/// Synthetic reports of many independent stories, for runs that spread documents over several
/// daemons: each story is a place of its own (made-up words, so no two stories look alike), a
/// figure that moves from report to report, a second claimant who disputes it now and then,
/// and copies of the story's first report (the same bytes, and a wire copy with its own
/// credit line) to drop on other nodes.
///
/// A story's alerts depend only on the order of its own reports, so any interleaving of the
/// stories that keeps each story's order raises the same alerts. The copies are of the first
/// report, which comes first in any order, so they cannot change that.
public struct NewsroomCorpus {
    public struct Document: Sendable {
        public var name: String
        public var text: String
        /// Which story it belongs to; the node it is meant for in a cluster run is `story % nodes`,
        /// a copy goes to another node.
        public var story: Int
        public var isCopy: Bool
    }

    public let documents: [Document]

    /// `stories` stories of `reports` reports each, plus two exact copies and two wire copies of
    /// each story's first report.
    public init(stories: Int, reports: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var documents: [Document] = []
        for story in 0..<stories {
            let place = Self.word(&random, syllables: 3).capitalized
            let vocabulary = (0..<40).map { _ in Self.word(&random, syllables: Int.random(in: 2...3, using: &random)) }
            let officials = "The \(place) civil protection office"
            let critics = "The \(place) residents' association"
            var value = Int.random(in: 20...90, using: &random) * 100
            for report in 0..<reports {
                // Mostly up, sometimes the same, now and then disputed by the critics.
                if report > 0, Int.random(in: 0..<4, using: &random) > 0 { value += Int.random(in: 1...12, using: &random) * 100 }
                let disputed = report > 0 && Int.random(in: 0..<6, using: &random) == 0
                let claimant = disputed ? critics : officials
                let stated = disputed ? value + Int.random(in: 5...20, using: &random) * 100 : value
                let text = Self.report(place: place, vocabulary: vocabulary, number: report, claimant: claimant, value: stated, random: &random)
                let name = String(format: "s%04d-r%03d.html", story, report)
                documents.append(Document(name: name, text: text, story: story, isCopy: false))
                if report == 0 {
                    for copy in 1...2 { documents.append(Document(name: name.replacingOccurrences(of: ".html", with: "-copy\(copy).html"), text: text, story: story, isCopy: true)) }
                    for wire in 1...2 {
                        let credited = text.replacingOccurrences(of: "</article>", with: "<p>Reporting by the \(Self.word(&random, syllables: 2).capitalized) wire desk (\(wire)).</p></article>")
                        documents.append(Document(name: name.replacingOccurrences(of: ".html", with: "-wire\(wire).html"), text: credited, story: story, isCopy: true))
                    }
                }
            }
        }
        self.documents = documents
    }

    static func report(place: String, vocabulary: [String], number: Int, claimant: String, value: Int,
                       random: inout SplitMix64) -> String {
        func sentence() -> String {
            let words = (0..<Int.random(in: 9...14, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
            return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst() + " in \(place)."
        }
        let figure = "\(claimant) said \(value.formatted(.number.grouping(.automatic).locale(.init(identifier: "en_US")))) people had been evacuated from their homes."
        let paragraphs = [sentence() + " " + sentence(), figure, sentence() + " " + sentence(), sentence() + " " + sentence() + " " + sentence()]
        let title = "Floods in \(place): update \(number + 1)"
        return """
            <html><head><title>\(title)</title></head><body><article>
            <h1>\(title)</h1>
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article></body></html>
            """
    }

    static func word(_ random: inout SplitMix64, syllables: Int) -> String {
        let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "gr", "st", "tr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou"]
        return (0..<syllables).map { _ in onsets.randomElement(using: &random)! + vowels.randomElement(using: &random)! }.joined()
    }
}
