public import Foundation

/// How daemons ("nodes") sharing one database split the feeds: a node fetches a feed only while
/// it holds the feed's lease, and takes up only the pending entries it has claimed. A lease and
/// a claim run until a time the node renews while it works; a node that dies stops renewing,
/// and another takes its feeds and entries over once that time has passed.
///
/// A feed is leased only if no node fetched it since this node last knew it (its last attempt
/// is still the one this node saw), so a round fetches each feed once, whichever node gets to
/// it first. A node with the database to itself (SQLite) needs none of this.
public protocol FeedLeasing: AnyObject, Sendable {
    /// This node's name.
    var nodeName: String { get }
    /// Asks for the leases of `wanted` (each with the last attempt this node knows of), until `until`.
    func leaseFeeds(_ wanted: [FeedLeaseRequest], now: Date, until: Date) throws(StoreError) -> [FeedLeaseAnswer]
    /// Claims pending entries after `sequence`, oldest first: those no node claimed, those this
    /// node claimed before (a restart), and those whose claim ran out.
    func claimPendingFeedEntries(after sequence: Int64, limit: Int, now: Date, until: Date) throws(StoreError) -> [PendingFeedEntry]
    /// Extends the leases of `feeds` and the claims on `entries` (those this node still works
    /// on) to `until`.
    func renewLeases(feeds: Set<Int64>, entries: Set<FeedEntryReference>, until: Date) throws(StoreError)
}

public struct FeedLeaseRequest: Sendable, Equatable {
    public var feedID: Int64
    /// The last fetch attempt this node knows of (nil: never fetched).
    public var lastAttempt: Date?

    public init(feedID: Int64, lastAttempt: Date?) {
        self.feedID = feedID
        self.lastAttempt = lastAttempt
    }
}

public enum FeedLeaseAnswer: Sendable, Equatable {
    /// This node fetches the feed; the record is as stored now.
    case leased(FeedRecord)
    /// Another node fetched the feed since: its schedule and validators as stored now.
    case fetchedElsewhere(FeedRecord)
    /// Another node holds the lease: ask again then.
    case busy(feedID: Int64, until: Date)
    /// No longer subscribed.
    case gone(feedID: Int64)

    public var feedID: Int64 {
        switch self {
        case .leased(let feed), .fetchedElsewhere(let feed): feed.id
        case .busy(let id, _), .gone(let id): id
        }
    }
}
