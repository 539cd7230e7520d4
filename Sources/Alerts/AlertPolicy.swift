import Foundation
public import Model

/// What the user asked to be told about. With the defaults every key is tracked, any change
/// counts, and first sightings stay quiet.
public struct AlertPolicy: Sendable, Equatable {
    /// Raise `figure_new` for the first value of a key.
    public var announceNewFigures: Bool
    /// Words ("troops", "casualties") or key patterns ("north-korea/*"); empty tracks everything.
    public var watchlist: [String]
    /// Smallest relative difference (0.05 = 5%) that is worth an alert.
    public var minimumRelativeChange: Double
    /// Figures followed across stories, as words or key patterns without the story
    /// ("north-korea/troops/*"): their statements in every story meet on one key,
    /// `across-stories/<figure>`, instead of one key per story.
    public var acrossStories: [String]

    public init(announceNewFigures: Bool = false, watchlist: [String] = [], minimumRelativeChange: Double = 0,
                acrossStories: [String] = []) {
        self.announceNewFigures = announceNewFigures
        self.watchlist = watchlist
        self.minimumRelativeChange = minimumRelativeChange
        self.acrossStories = acrossStories
    }

    /// The prefix of the key of a figure followed across stories.
    public static let acrossStoriesPrefix = "across-stories"

    public func tracks(_ observation: Observation) -> Bool {
        guard !watchlist.isEmpty else { return true }
        return watchlist.contains { entry in WatchlistEntry(entry).matches(key: observation.key, counted: observation.counted) }
    }

    /// The key a figure is tracked under: `<story>/<figure>`, or `across-stories/<figure>` when the
    /// user follows it across stories.
    public func trackingKey(figure: String, counted: String?, story: String) -> String {
        let followed = acrossStories.contains { WatchlistEntry($0).matches(key: figure, counted: counted, storyless: true) }
        return (followed ? Self.acrossStoriesPrefix : story) + "/" + figure
    }

    /// A difference counts when it reaches the minimum; from zero, any difference counts.
    public func isLargeEnough(from old: Double, to new: Double) -> Bool {
        guard minimumRelativeChange > 0 else { return old != new }
        guard old != 0 else { return new != 0 }
        return abs(new - old) / abs(old) >= minimumRelativeChange
    }
}

/// One watchlist line: a key pattern when it has a `/` or `*`, otherwise a word.
struct WatchlistEntry {
    let text: String

    init(_ text: String) { self.text = text.lowercased().trimmingCharacters(in: .whitespaces) }

    /// A pattern matches the whole key or the key without its story (its first segment), so
    /// "north-korea/*" finds "2024-10-north-korea-troops/north-korea/troops/sent-to-russia".
    /// A word matches a word of the figure (the story's words left out) or of the counted thing.
    func matches(key: String, counted: String?, storyless: Bool = false) -> Bool {
        let key = key.lowercased()
        let figure = storyless ? key : key.split(separator: "/", maxSplits: 1).dropFirst().first.map(String.init) ?? key
        if text.contains("/") || text.contains("*") {
            return Self.glob(text, matches: key) || Self.glob(text, matches: figure)
        }
        let wanted = Self.stem(text)
        let keyWords = figure.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { Self.stem(String($0)) }
        let countedWords = (counted ?? "").lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { Self.stem(String($0)) }
        return keyWords.contains(wanted) || countedWords.contains(wanted)
    }

    /// Plural and singular are one word for a watchlist: "troop" finds "troops", "casualty" finds "casualties".
    static func stem(_ word: String) -> String {
        if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 3 { return String(word.dropLast()) }
        return word
    }

    /// `*` matches any run of characters (slashes included); everything else literally.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let pattern = Array(pattern), text = Array(text)
        var p = 0, t = 0, starAt = -1, resumeAt = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "*" {
                starAt = p; resumeAt = t; p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1; t += 1
            } else if starAt >= 0 {
                p = starAt + 1; resumeAt += 1; t = resumeAt
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }
}
