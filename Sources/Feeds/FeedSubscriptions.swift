import FeedParsing
import FeedScheduling
public import Foundation
public import Store

/// The feeds to fetch: those in the configuration (kept in step with it on start and SIGHUP),
/// those added with `tally feeds add`, and those imported from OPML. All live in the database,
/// where their state is.
public enum FeedSubscriptions {
    public struct Change: Sendable, Equatable {
        public var subscribed: [String] = []
        public var unsubscribed: [String] = []

        public init(subscribed: [String] = [], unsubscribed: [String] = []) {
            self.subscribed = subscribed
            self.unsubscribed = unsubscribed
        }
    }

    /// Makes the configuration's feeds (its `[[feed]]` tables) the subscribed configuration feeds.
    @discardableResult
    public static func sync(_ configured: [FeedSubscription], store: any StoreBackend, now: Date) throws(StoreError) -> Change {
        var random = SystemRandomNumberGenerator()
        return try store.write { tx in
            var change = Change()
            for feed in configured {
                let wasSubscribed = try tx.feed(url: feed.url)?.subscribed ?? false
                try tx.subscribe(feed, origin: .config,
                                 firstDue: FeedSchedule.firstDue(now: now, among: configured.count, using: &random), now: now)
                if !wasSubscribed { change.subscribed.append(feed.url) }
            }
            change.unsubscribed = try tx.unsubscribeConfigurationFeeds(except: Set(configured.map(\.url)))
            return change
        }
    }

    /// Subscribes one feed (`tally feeds add`).
    @discardableResult
    public static func add(_ subscription: FeedSubscription, origin: FeedOrigin, store: any StoreBackend, now: Date) throws(StoreError) -> FeedRecord? {
        try add([subscription], origin: origin, store: store, now: now).first
    }

    /// Subscribes feeds together (an OPML import), in one transaction, their first fetches spread.
    public static func add(_ subscriptions: [FeedSubscription], origin: FeedOrigin, store: any StoreBackend, now: Date) throws(StoreError) -> [FeedRecord] {
        var random = SystemRandomNumberGenerator()
        return try store.write { tx in
            try subscriptions.compactMap { subscription in
                try tx.subscribe(subscription, origin: origin, firstDue: FeedSchedule.firstDue(now: now, among: subscriptions.count, using: &random), now: now)
                return try tx.feed(url: subscription.url)
            }
        }
    }

    public enum RemovalOutcome: Equatable, Sendable {
        case removed
        case notSubscribed
        /// Configuration feeds are removed from the configuration, not from the command line.
        case inConfiguration
    }

    public static func remove(url: String, store: any StoreBackend) throws(StoreError) -> RemovalOutcome {
        try store.write { tx in
            guard let feed = try tx.feed(url: url), feed.subscribed else { return .notSubscribed }
            guard feed.origin != .config else { return .inConfiguration }
            try tx.unsubscribe(url: url)
            return .removed
        }
    }

    /// Subscribes every feed of an OPML file; folder titles become tags.
    public static func importOPML(_ bytes: [UInt8], store: any StoreBackend, now: Date) throws -> [FeedRecord] {
        let subscriptions = try OPMLReader.subscriptions(in: bytes)
        return try add(subscriptions.map { FeedSubscription(url: $0.feedURL, name: $0.title, tags: $0.tags) }, origin: .opml, store: store, now: now)
    }
}
