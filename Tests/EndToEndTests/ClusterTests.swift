import Foundation
import Model
import Store
import StoreTestSupport
import TestSupport
import Testing

/// Several `tally run` daemons ("nodes") on one PostgreSQL database, as a newsroom runs them:
/// each with its own drop folder, one killed and restarted on the way, ending where one daemon
/// on SQLite ends with the same documents.
@Suite(.serialized) struct ClusterTests {
    static let postgres = StoreKind.postgresURL != nil

    /// What an alert says, without its id, node or time (those differ between runs).
    static func said(_ line: String) throws -> String {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return ["kind", "key", "claimant", "old_value", "new_value", "pairing"].map { "\($0)=\(object[$0] ?? "none")" }.joined(separator: " ")
    }

    /// Each figure's positions: who states what.
    static func figures(_ store: any StoreBackend) throws -> [String: [String]] {
        try store.read { reader in
            let keys = try reader.figures().map(\.key)
            return try reader.positions(forKeys: keys).mapValues { positions in
                positions.map { "\($0.claimant ?? "-"): \($0.latest.quantity.low)-\($0.latest.quantity.high)" }.sorted()
            }
        }
    }

    /// Files still waiting in a drop folder (not yet moved to processed/ or rejected/).
    static func waiting(in folder: String) -> Int {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".html") }.count
    }

    static func place(_ documents: [NewsroomCorpus.Document], in folder: String) {
        for document in documents { _ = FileManager.default.createFile(atPath: folder + "/" + document.name, contents: Data(document.text.utf8)) }
    }

    static func moved(_ daemon: DaemonProcess) -> (processed: Int, rejected: Int) {
        let count = { (sub: String) in ((try? FileManager.default.contentsOfDirectory(atPath: daemon.drop + "/" + sub)) ?? []).filter { $0.hasSuffix(".html") }.count }
        return (count("processed"), count("rejected"))
    }

    @Test(.enabled(if: postgres, Comment(rawValue: StoreKind.postgresMissing)))
    func threeNodesWithOneKilledTwiceEndAsOneSQLiteNodeEnds() throws {
        let corpus = NewsroomCorpus(stories: 60, reports: 46, seed: 14)
        #expect(corpus.documents.count == 3_000)

        // One daemon on SQLite, every document in its folder.
        let single = try DaemonProcess()
        Self.place(corpus.documents, in: single.drop)
        try single.start()
        #expect(waitUntil(within: 600) { Self.waiting(in: single.drop) == 0 }, "\(single.log.suffix(2_000))")
        #expect(single.stop() == 0)
        let expectedAlerts = try single.alertLines.map(Self.said).sorted()
        let expectedFigures = try Self.figures(try single.store())
        #expect(expectedAlerts.count > 1_000)

        // Three daemons on one PostgreSQL database; each story's reports on one node, its copies on the others.
        let database = try TestStore(.postgres)
        let nodes = try (0..<3).map { index in
            try DaemonProcess(extra: "[cluster]\nnode = \"node-\(index)\"\nlease = \"5s\"", storage: "url = \"\(database.location!)\"")
        }
        for document in corpus.documents {
            let home = document.story % 3
            let node = document.isCopy ? (home + 1 + document.name.count % 2) % 3 : home
            Self.place([document], in: nodes[node].drop)
        }
        for node in nodes { try node.start() }
        // Node 0 is killed mid-way twice, and started again each time.
        let total = Self.waiting(in: nodes[0].drop)
        for fraction in [3, 2] {
            #expect(waitUntil(within: 600) { Self.waiting(in: nodes[0].drop) <= total - total / fraction })
            nodes[0].killAbruptly()
            try nodes[0].start()
        }
        for node in nodes {
            #expect(waitUntil(within: 600) { Self.waiting(in: node.drop) == 0 }, "\(node.log.suffix(2_000))")
        }
        for node in nodes { #expect(node.stop() == 0) }

        let lines = nodes.flatMap(\.alertLines)
        let ids = try lines.map { line in try #require((try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int) }
        #expect(Set(ids).count == ids.count, "an alert id in two logs, or twice in one")
        let store = try database.open()
        #expect(try store.read { try $0.alerts() }.count == lines.count, "every alert in the database is in one node's log")
        #expect(try lines.map(Self.said).sorted() == expectedAlerts)
        #expect(try Self.figures(store) == expectedFigures)
        let moved: Int = nodes.map(Self.moved).reduce(0) { $0 + $1.processed + $1.rejected }
        #expect(moved == corpus.documents.count)
    }
}
