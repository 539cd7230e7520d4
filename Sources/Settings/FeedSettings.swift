public import Foundation

/// How feeds are fetched; every value has a default.
public struct FeedSettings: Sendable, Equatable {
    /// Fetch interval of a feed that sets none.
    public var interval: TimeInterval = 15 * 60
    public var userAgent = "Tally/0.1 (figure tracker; feed fetcher)"
    /// Transfers at once, overall and to one host.
    public var maxTransfers = 64
    public var maxTransfersPerHost = 2
    public var connectTimeout: TimeInterval = 10
    public var timeout: TimeInterval = 30
    public var maxBodyBytes = 10 * 1024 * 1024
    public var maxRedirects = 5
    /// Longest wait between retries of a failing feed.
    public var backoffCeiling: TimeInterval = 6 * 3600
    /// Fetch the linked page when an entry carries only a summary.
    public var fetchArticles = true

    public init() {}
}

/// A `[[feed]]` table.
public struct FeedConfiguration: Sendable, Equatable {
    public var url: String
    public var name: String?
    public var interval: TimeInterval?
    public var tags: [String]

    public init(url: String, name: String? = nil, interval: TimeInterval? = nil, tags: [String] = []) {
        self.url = url
        self.name = name
        self.interval = interval
        self.tags = tags
    }
}

/// "90" or 90 (seconds), "90s", "15m", "2h", "1d".
public enum DurationText {
    public static func seconds(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            if let number = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number >= 0 {
                return number * factor
            }
        }
        return Double(trimmed).flatMap { $0 >= 0 ? $0 : nil }
    }
}
