public import Foundation

/// Where a subscription came from: the configuration file, `tally feeds add`, or an OPML import.
public enum FeedOrigin: String, Codable, Sendable, CaseIterable {
    case config
    case added
    case opml
}

/// A subscription as the user states it.
public struct FeedSubscription: Sendable, Equatable {
    public var url: String
    public var name: String?
    public var tags: [String]
    /// nil: the default interval.
    public var interval: TimeInterval?

    public init(url: String, name: String? = nil, tags: [String] = [], interval: TimeInterval? = nil) {
        self.url = url
        self.name = name
        self.tags = tags
        self.interval = interval
    }
}

/// A feed and where it stands.
public struct FeedRecord: Sendable, Equatable {
    public var id: Int64
    public var url: String
    public var name: String?
    public var tags: [String]
    public var interval: TimeInterval?
    public var origin: FeedOrigin
    public var subscribed: Bool
    public var etag: String?
    public var lastModified: String?
    public var nextDue: Date
    public var errorStreak: Int
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var lastStatus: Int?
    public var lastError: String?
    /// As the feed itself says.
    public var title: String?
    public var siteURL: String?
    /// `tally feeds refresh` asked for a fetch that the daemon has not taken up yet.
    public var refreshRequested: Bool
    /// Grows with each change a command makes to the subscription (see `feedChanges(after:)`).
    public var revision: Int64
    /// nil when not counted (the daemon's reads skip the count, which scans every entry seen).
    public var entriesSeen: Int?
    public var entriesPending: Int?

    /// The name people know the feed by.
    public var displayName: String { name ?? title ?? url }
}

/// Which feeds `tally feeds refresh` asks to be fetched now.
public enum FeedRefreshSelection: Sendable, Equatable {
    case url(String)
    case all
    /// Those whose last fetch failed.
    case failing
}

/// What a fetch changed about a feed.
public struct FeedFetchUpdate: Sendable, Equatable {
    /// A permanent redirect's target, which becomes the feed's URL.
    public var movedTo: String?
    public var etag: String?
    public var lastModified: String?
    /// Keep the validators already stored (a 304, or a failure).
    public var keepValidators: Bool
    public var nextDue: Date
    public var errorStreak: Int
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var status: Int?
    public var error: String?
    public var title: String?
    public var siteURL: String?

    public init(movedTo: String? = nil, etag: String? = nil, lastModified: String? = nil, keepValidators: Bool, nextDue: Date, errorStreak: Int,
                lastAttempt: Date?, lastSuccess: Date?, status: Int?, error: String?, title: String? = nil, siteURL: String? = nil) {
        self.movedTo = movedTo
        self.etag = etag
        self.lastModified = lastModified
        self.keepValidators = keepValidators
        self.nextDue = nextDue
        self.errorStreak = errorStreak
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.status = status
        self.error = error
        self.title = title
        self.siteURL = siteURL
    }
}

/// An entry seen in a feed whose document is not recorded yet.
public struct PendingFeedEntry: Sendable, Equatable {
    public var feedID: Int64
    public var key: String
    /// Its place in the order entries were first seen, across feeds.
    public var sequence: Int64
    /// Opaque to the store: what the feed service needs to ingest the entry.
    public var payload: String
}

/// An entry set aside because its document kept failing for a reason of its own.
public struct FailedFeedEntry: Sendable, Equatable {
    public var feedID: Int64
    public var key: String
    public var reason: String
    public var failedAt: Date

    public init(feedID: Int64, key: String, reason: String, failedAt: Date) {
        self.feedID = feedID
        self.key = key
        self.reason = reason
        self.failedAt = failedAt
    }
}

/// Names one entry of one feed.
public struct FeedEntryReference: Sendable, Hashable {
    public var feedID: Int64
    public var key: String

    public init(feedID: Int64, key: String) {
        self.feedID = feedID
        self.key = key
    }
}
