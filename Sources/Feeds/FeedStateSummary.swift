import Foundation
public import Store

/// How many feeds stand where, for the line `tally feeds list` opens with: with thousands of
/// feeds, the counts say more than the list. Pure.
public struct FeedStateSummary: Sendable, Equatable {
    public var feeds = 0
    public var ok = 0
    public var failing = 0
    public var neverFetched = 0
    public var unsubscribed = 0
    public var refreshRequested = 0
    public var entriesSeen = 0
    public var entriesPending = 0

    public init(_ records: [FeedRecord]) {
        for feed in records {
            feeds += 1
            entriesSeen += feed.entriesSeen ?? 0
            entriesPending += feed.entriesPending ?? 0
            if feed.refreshRequested { refreshRequested += 1 }
            switch FeedState(feed) {
            case .unsubscribed: unsubscribed += 1
            case .neverFetched: neverFetched += 1
            case .failing: failing += 1
            case .ok: ok += 1
            }
        }
    }

    /// "10000 feeds: 9990 ok, 7 failing, 3 never fetched; 101000 entries seen, 12 pending"
    public var line: String {
        var states = ["\(ok) ok", "\(failing) failing", "\(neverFetched) never fetched"]
        if unsubscribed > 0 { states.append("\(unsubscribed) unsubscribed") }
        if refreshRequested > 0 { states.append("\(refreshRequested) waiting to be refreshed") }
        return "\(feeds) feeds: \(states.joined(separator: ", ")); \(entriesSeen) entries seen, \(entriesPending) pending"
    }
}

/// Where one feed stands, as `tally feeds list` groups them.
public enum FeedState: String, Sendable, Equatable {
    case ok
    case failing
    case neverFetched = "never fetched"
    case unsubscribed

    public init(_ feed: FeedRecord) {
        self = if !feed.subscribed { .unsubscribed } else if feed.errorStreak > 0 { .failing } else if feed.lastAttempt == nil { .neverFetched } else { .ok }
    }
}

/// `tally feeds list WORD`: the feeds whose address, name, title or a tag contains the word,
/// in any case. Pure.
public struct FeedFilter: Sendable, Equatable {
    public var words: String

    public init(_ words: String) { self.words = words }

    public func matches(_ feed: FeedRecord) -> Bool {
        ([feed.url, feed.name, feed.title] + feed.tags).contains { $0?.localizedCaseInsensitiveContains(words) ?? false }
    }
}
