import DatabaseLocation
import Foundation
import PostgresStore
import Store
import StoreTestSupport
import Synchronization
import Testing

/// How nodes sharing one database split the feeds and their pending entries (`FeedLeasing`).
@Suite struct FeedLeaseTests {
    static let serverAtHand = StoreKind.postgresURL != nil
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// Two nodes on one fresh database (dropped with `state`), with feeds subscribed and due at `start`.
    private struct TwoNodes {
        let state: TestStore
        let a: PostgresStore
        let b: PostgresStore
        let feeds: [Int64]

        init(feeds count: Int = 3, dueAt start: Date) throws {
            state = try TestStore(.postgres)
            a = try PostgresStore(location: state.location!, node: "a", lease: 60)
            b = try PostgresStore(location: state.location!, node: "b", lease: 60)
            feeds = try a.write { store in
                try (0..<count).map { try store.subscribe(FeedSubscription(url: "http://feeds.test/\($0)"), origin: .config, firstDue: start, now: start) }
            }
        }
    }

    private func fetched(_ store: PostgresStore, _ feed: Int64, at date: Date, nextDue: Date, etag: String) throws {
        try store.write {
            try $0.recordFetch(feedID: feed, FeedFetchUpdate(etag: etag, keepValidators: false, nextDue: nextDue, errorStreak: 0,
                                                            lastAttempt: date, lastSuccess: date, status: 200, error: nil))
        }
    }

    @Test(.enabled(if: serverAtHand)) func aFeedIsLeasedToOneNodeAndTheOtherWaitsForTheLease() throws {
        let nodes = try TwoNodes(dueAt: start)
        let (a, b, feeds) = (nodes.a, nodes.b, nodes.feeds)
        let wanted = feeds.map { FeedLeaseRequest(feedID: $0, lastAttempt: nil) }
        let first = try a.leaseFeeds(wanted, now: start, until: start + 60)
        #expect(first.allSatisfy { if case .leased = $0 { true } else { false } })
        let second = try b.leaseFeeds(wanted, now: start + 1, until: start + 61)
        #expect(second == feeds.map { .busy(feedID: $0, until: start + 60) })
        // The holder asking again (a restart of the same node) keeps its lease.
        #expect(try a.leaseFeeds(wanted, now: start + 2, until: start + 62).map(\.feedID).sorted() == feeds)
    }

    @Test(.enabled(if: serverAtHand)) func aFeedFetchedElsewhereIsNotLeasedAgainButAdopted() throws {
        let nodes = try TwoNodes(feeds: 1, dueAt: start)
        let (a, b, feeds) = (nodes.a, nodes.b, nodes.feeds)
        let never = [FeedLeaseRequest(feedID: feeds[0], lastAttempt: nil)]
        _ = try a.leaseFeeds(never, now: start, until: start + 60)
        try fetched(a, feeds[0], at: start + 5, nextDue: start + 900, etag: "\"v1\"")
        // b still believes the feed was never fetched: it is told what a stored, not handed the feed.
        let answer = try #require(try b.leaseFeeds(never, now: start + 6, until: start + 66).first)
        guard case .fetchedElsewhere(let feed) = answer else { Issue.record("expected fetchedElsewhere, got \(answer)"); return }
        #expect(feed.etag == "\"v1\"")
        #expect(feed.nextDue == start + 900)
        // Knowing the last attempt now, b may lease it for the next round: the fetch ended a's lease.
        let next = try b.leaseFeeds([FeedLeaseRequest(feedID: feeds[0], lastAttempt: feed.lastAttempt)], now: start + 900, until: start + 960)
        guard case .leased(let leased)? = next.first else { Issue.record("expected leased, got \(next)"); return }
        #expect(leased.id == feeds[0])
    }

    @Test(.enabled(if: serverAtHand)) func aDeadNodesLeaseIsTakenOverOnceItRunsOut() throws {
        let nodes = try TwoNodes(feeds: 2, dueAt: start)
        let (a, b, feeds) = (nodes.a, nodes.b, nodes.feeds)
        let wanted = feeds.map { FeedLeaseRequest(feedID: $0, lastAttempt: nil) }
        _ = try a.leaseFeeds(wanted, now: start, until: start + 60)
        try a.renewLeases(feeds: [feeds[0]], entries: [], until: start + 120)
        // At start + 90 a has renewed only the first feed: b takes the second, not the first.
        let answers = try b.leaseFeeds(wanted, now: start + 90, until: start + 150)
        #expect(answers.contains(.busy(feedID: feeds[0], until: start + 120)))
        #expect(answers.contains { if case .leased(let feed) = $0 { feed.id == feeds[1] } else { false } })
        // b's renewal does not touch a lease it does not hold.
        try b.renewLeases(feeds: [feeds[0]], entries: [], until: start + 500)
        #expect(try b.leaseFeeds([wanted[0]], now: start + 121, until: start + 181).map(\.feedID) == [feeds[0]])
        #expect(try a.leaseFeeds([wanted[0]], now: start + 122, until: start + 182) == [.busy(feedID: feeds[0], until: start + 181)])
    }

    @Test(.enabled(if: serverAtHand)) func anUnsubscribedFeedIsGone() throws {
        let nodes = try TwoNodes(feeds: 1, dueAt: start)
        let (a, feeds) = (nodes.a, nodes.feeds)
        _ = try a.write { try $0.unsubscribe(url: "http://feeds.test/0") }
        #expect(try a.leaseFeeds([FeedLeaseRequest(feedID: feeds[0], lastAttempt: nil)], now: start, until: start + 60) == [.gone(feedID: feeds[0])])
    }

    @Test(.enabled(if: serverAtHand)) func newEntriesAreClaimedByTheNodeThatSawThemUntilItsClaimRunsOut() throws {
        let nodes = try TwoNodes(feeds: 1, dueAt: start)
        let (a, b, feeds) = (nodes.a, nodes.b, nodes.feeds)
        try a.write { try $0.recordNewEntries(feedID: feeds[0], [(key: "e1", payload: "{}"), (key: "e2", payload: "{}")], at: start) }
        // a's claims run to start + 60 (its lease length): b gets nothing before, a gets both.
        #expect(try b.claimPendingFeedEntries(after: 0, limit: 10, now: start + 30, until: start + 90).isEmpty)
        #expect(try a.claimPendingFeedEntries(after: 0, limit: 10, now: start + 30, until: start + 90).map(\.key) == ["e1", "e2"])
        // a keeps working on e1 only; once e2's claim runs out b takes it up.
        try a.renewLeases(feeds: [], entries: [FeedEntryReference(feedID: feeds[0], key: "e1")], until: start + 200)
        #expect(try b.claimPendingFeedEntries(after: 0, limit: 10, now: start + 100, until: start + 160).map(\.key) == ["e2"])
        // A completed entry is no longer pending for anyone.
        try a.write { try $0.completeFeedEntry(FeedEntryReference(feedID: feeds[0], key: "e1"), documentID: nil) }
        #expect(try b.claimPendingFeedEntries(after: 0, limit: 10, now: start + 300, until: start + 360).map(\.key) == ["e2"])
    }

    /// Nodes racing for the same due feeds: each feed leased once per round, never to two nodes.
    @Test(.enabled(if: serverAtHand)) func nodesRacingForTheSameFeedsLeaseEachOnce() throws {
        let state = try TestStore(.postgres)
        let nodes = try (0..<4).map { try PostgresStore(location: state.location!, node: "n\($0)", lease: 60) }
        let feeds = try nodes[0].write { store in
            try (0..<200).map { try store.subscribe(FeedSubscription(url: "http://feeds.test/\($0)"), origin: .config, firstDue: start, now: start) }
        }
        let wanted = feeds.map { FeedLeaseRequest(feedID: $0, lastAttempt: nil) }
        let leasedBy = Mutex<[Int64: [Int]]>([:])
        DispatchQueue.concurrentPerform(iterations: nodes.count) { index in
            // Each node asks in its own order, as due feeds come up at different moments on each.
            let order = index % 2 == 0 ? wanted : wanted.reversed()
            for chunk in stride(from: 0, to: order.count, by: 25).map({ Array(order[$0..<min($0 + 25, order.count)]) }) {
                guard let answers = try? nodes[index].leaseFeeds(chunk, now: start, until: start + 60) else { continue }
                for case .leased(let feed) in answers { leasedBy.withLock { $0[feed.id, default: []].append(index) } }
            }
        }
        let leases = leasedBy.withLock { $0 }
        #expect(leases.values.allSatisfy { $0.count == 1 }, "a feed leased to two nodes at once: \(leases.filter { $0.value.count > 1 })")
        // A feed skipped while another node held its row locked is leased on the next ask.
        let left = wanted.filter { leases[$0.feedID] == nil }
        let retried = try nodes[0].leaseFeeds(left, now: start, until: start + 60)
        let retriedLeases = retried.compactMap { if case .leased(let feed) = $0 { feed.id } else { nil } }
        #expect(retriedLeases.count == left.count)
        #expect(Set(leases.keys).union(retriedLeases) == Set(feeds))
    }
}
