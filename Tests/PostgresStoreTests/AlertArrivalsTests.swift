import DatabaseLocation
import Foundation
import Glibc
import Model
@testable import PostgresStore
import Store
import StoreTestSupport
import Synchronization
import Testing

/// Following the alerts of every node on one database: word over LISTEN/NOTIFY, then a read of
/// the alerts after the last one seen. None missed, none twice, in commit order, across a
/// listening connection the server ends or that stops answering.
@Suite struct AlertArrivalsTests {
    static let serverAtHand = StoreKind.postgresURL != nil
    /// A server reached over a socket folder runs on this machine: its processes can be signalled.
    static let serverOnThisMachine: Bool = {
        guard let url = StoreKind.postgresURL, let location = try? PostgresLocation(url: url), case .socket = location.endpoint else { return false }
        return true
    }()
    /// Generous: a deadline for a loaded machine, not a measure of how prompt word is.
    static let patience: TimeInterval = 60

    static func alert(_ key: String) -> Alert {
        let new = Observation(claimID: 1, key: key, quantity: Quantity(1), statedAs: "1", claimant: nil, quote: "q",
                              article: ArticleReference(id: 1), observedAt: Date(timeIntervalSince1970: 1_700_000_000))
        return Alert(kind: .figureNew, key: key, raisedAt: new.observedAt, new: new, old: nil, positions: [Position(claimant: nil, latest: new)])
    }

    /// One commit of a node: a document and its alerts; their ids.
    @discardableResult
    static func commit(_ keys: [String], on node: any StoreBackend) throws -> [Int64] {
        try node.write { tx in
            let hash = UUID().uuidString
            let document = try tx.insertDocument(NewDocument(contentHash: hash, fileName: hash + ".txt", origin: .drop, byteCount: 1,
                                                             receivedAt: Date(timeIntervalSince1970: 1_700_000_000)), outcome: .ingested)
            return try tx.insertAlerts(keys.map(alert), documentID: document).map(\.id)
        }
    }

    /// What `tally alerts --follow` does: waits for word (or the timeout), reads the alerts after
    /// the last seen, again and again, until `count` have come or the patience runs out.
    static func follow(_ reader: any StoreBackend, _ arrivals: any AlertArrivals, after seen: Int64, until count: Int,
                       timeout: TimeInterval = 5) throws -> [StoredAlert] {
        var seen = seen
        var followed: [StoredAlert] = []
        let deadline = Date().addingTimeInterval(patience)
        while followed.count < count, Date() < deadline {
            _ = arrivals.waitForAlerts(timeout: timeout)
            let fresh = try reader.read { try $0.alerts(after: seen) }
            followed += fresh
            seen = fresh.last?.id ?? seen
        }
        return followed
    }

    @Test(arguments: StoreKind.available)
    func anAlertAnotherStoreCommitsEndsTheWaitAndIsRead(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let reader = try state.open()
        let writer = try state.open()
        let arrivals = try reader.alertArrivals()
        defer { arrivals.close() }
        let ids = try Self.commit(["a/b"], on: writer)
        #expect(arrivals.waitForAlerts(timeout: Self.patience))
        #expect(try reader.read { try $0.alerts(after: 0) }.map(\.id) == ids)
        arrivals.close()
        #expect(!arrivals.waitForAlerts(timeout: Self.patience))
    }

    @Test(.enabled(if: serverAtHand)) func wordOfAnAlertComesWhenItIsCommittedAndNotBefore() throws {
        let state = try TestStore(.postgres)
        let reader = try state.open()
        let writer = try state.open()
        let arrivals = try reader.alertArrivals()
        defer { arrivals.close() }
        // Nothing committed: no word, the wait times out.
        #expect(!arrivals.waitForAlerts(timeout: 0.2))
        // A write without alerts says nothing either.
        _ = try writer.write { tx in
            try tx.insertDocument(NewDocument(contentHash: "quiet", fileName: "quiet.txt", origin: .drop, byteCount: 1, receivedAt: Date()),
                                  outcome: .ingested)
        }
        #expect(!arrivals.waitForAlerts(timeout: 0.2))
        try Self.commit(["a/b", "a/c"], on: writer)
        #expect(arrivals.waitForAlerts(timeout: Self.patience))
    }

    @Test(.enabled(if: serverAtHand)) func everyNodesAlertsArriveInCommitOrderOnce() throws {
        let state = try TestStore(.postgres)
        let reader = try state.open()
        let nodes = [try state.open(), try state.open()]
        let arrivals = try reader.alertArrivals()
        defer { arrivals.close() }
        let backlog = try Self.commit(["before/1"], on: nodes[0])
        let seen = try reader.read { try $0.alerts() }.last?.id ?? 0
        #expect(seen == backlog.last)

        let committed = Mutex<[Int64]>([])
        let failures = Mutex<[String]>([])
        let writing = DispatchGroup()
        for (index, node) in nodes.enumerated() {
            DispatchQueue.global().async(group: writing) {
                for round in 0..<15 {
                    do {
                        let ids = try Self.commit((0...(round % 3)).map { "node\(index)/\(round)/\($0)" }, on: node)
                        committed.withLock { $0 += ids }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
            }
        }
        let total = 2 * (0..<15).reduce(0) { $0 + $1 % 3 + 1 }
        let followed = try Self.follow(reader, arrivals, after: seen, until: total)
        writing.wait()
        #expect(failures.withLock { $0 }.isEmpty)
        let ids = followed.map(\.id)
        #expect(ids.count == total)
        #expect(ids == committed.withLock { $0 }.sorted())
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 })
        #expect(Set(followed.map { $0.alert.key.prefix(5) }) == ["node0", "node1"])
        // Nothing more to come: the last read after the last id finds none.
        #expect(try reader.read { try $0.alerts(after: ids.last ?? 0) }.isEmpty)
    }

    /// The server ends the listening connection (an operator, a restart): the alerts committed
    /// before the listener is back are read once it is, and word comes again afterwards.
    @Test(.enabled(if: serverAtHand)) func alertsCommittedWhileTheListenerWasCutOffArriveOnce() throws {
        let state = try TestStore(.postgres)
        let reader = try PostgresStore(location: state.location!)
        defer { try? reader.close() }
        let nodes = [try state.open(), try state.open()]
        let arrivals = try reader.listenForAlerts()
        defer { arrivals.close() }
        let first = try #require(arrivals.backendProcessID)
        var ids = try Self.commit(["before/1"], on: nodes[0])
        var followed = try Self.follow(reader, arrivals, after: 0, until: 1)

        let ended = try TestDatabases.run("SELECT pg_terminate_backend(\(first))::text", in: state.location!)
        #expect(ended == ["true"])
        ids += try Self.commit(["outage/1", "outage/2"], on: nodes[0])
        ids += try Self.commit(["outage/3"], on: nodes[1])
        followed += try Self.follow(reader, arrivals, after: followed.last?.id ?? 0, until: 3)
        #expect(followed.map(\.id) == ids)
        let second = try #require(arrivals.backendProcessID)
        #expect(second != first)

        // Listening again: word of the next commit comes (once what is pending is taken).
        while arrivals.waitForAlerts(timeout: 0) {}
        ids += try Self.commit(["after/1"], on: nodes[1])
        #expect(arrivals.waitForAlerts(timeout: Self.patience))
        followed += try reader.read { try $0.alerts(after: followed.last?.id ?? 0) }
        #expect(followed.map(\.id) == ids)
    }

    /// A listening connection that stops answering without closing (a network path that died)
    /// is found by the question asked after a quiet spell, and replaced; what was committed
    /// meanwhile is read. Simulated by stopping its server process (SIGSTOP), which only a
    /// server on this machine allows.
    @Test(.enabled(if: serverOnThisMachine)) func aListenerThatStopsAnsweringIsReplaced() throws {
        let state = try TestStore(.postgres)
        let reader = try PostgresStore(location: state.location!)
        defer { try? reader.close() }
        let writer = try state.open()
        let arrivals = try reader.listenForAlerts(quietLimit: 0.2, patience: 1)
        defer { arrivals.close() }
        let first = try #require(arrivals.backendProcessID)
        let command = (try? String(contentsOfFile: "/proc/\(first)/cmdline", encoding: .utf8)) ?? ""
        try #require(command.hasPrefix("postgres"), "the listening connection's server process is not on this machine")
        try #require(kill(first, SIGSTOP) == 0, "cannot stop the server process: \(String(cString: strerror(errno)))")
        defer { kill(first, SIGCONT) }

        let ids = try Self.commit(["silent/1", "silent/2"], on: writer)
        let followed = try Self.follow(reader, arrivals, after: 0, until: 2, timeout: 0.5)
        #expect(followed.map(\.id) == ids)
        #expect(arrivals.backendProcessID != first)
    }
}
