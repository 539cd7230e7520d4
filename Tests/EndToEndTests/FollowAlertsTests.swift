import Foundation
import Glibc
import Model
import Store
import StoreTestSupport
import Synchronization
import TestSupport
import Testing

/// `tally alerts --follow --json` on PostgreSQL, as an operator runs it beside several nodes:
/// the backlog, then every alert any node commits, each once, in the order committed.
@Suite struct FollowAlertsTests {
    static func commit(_ keys: [String], on node: any StoreBackend) throws -> [Int64] {
        try node.write { tx in
            let hash = UUID().uuidString
            let at = Date(timeIntervalSince1970: 1_700_000_000)
            let document = try tx.insertDocument(NewDocument(contentHash: hash, fileName: hash + ".txt", origin: .drop, byteCount: 1, receivedAt: at),
                                                 outcome: .ingested)
            let alerts = keys.map { key in
                let new = Observation(claimID: 1, key: key, quantity: Quantity(1), statedAs: "1", claimant: nil, quote: "q",
                                      article: ArticleReference(id: 1), observedAt: at)
                return Alert(kind: .figureNew, key: key, raisedAt: at, new: new, old: nil, positions: [Position(claimant: nil, latest: new)])
            }
            return try tx.insertAlerts(alerts, documentID: document).map(\.id)
        }
    }

    @Test(.enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresMissing)))
    func followPrintsEveryNodesAlertsOnceInCommitOrder() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DaemonProcess.binary), "build the executable first: swift build")
        let database = try TestStore(.postgres)
        let nodes = [try database.open(node: "alpha"), try database.open(node: "beta")]
        var ids = try Self.commit(["backlog/1", "backlog/2"], on: nodes[0])
        let configuration = try DaemonProcess(storage: "url = \"\(database.location!)\"")
        let errorsPath = configuration.root + "/follow.err"
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)

        let follower = Process()
        follower.executableURL = URL(filePath: DaemonProcess.binary)
        follower.arguments = ["alerts", "--follow", "--json", "--last", "1", "--config", configuration.configurationPath]
        let output = Pipe()
        follower.standardOutput = output
        follower.standardError = try FileHandle(forWritingTo: URL(filePath: errorsPath))
        let printed = Mutex(Data())
        let reading = output.fileHandleForReading
        Thread {
            while case let data = reading.availableData, !data.isEmpty { printed.withLock { $0.append(data) } }
        }.start()
        try follower.run()
        defer {
            // SIGKILL: the test process may block SIGTERM on the thread that spawned it, and the child inherits that mask.
            kill(follower.processIdentifier, SIGKILL)
            follower.waitUntilExit()
        }
        /// The id and node of each complete line printed so far; a line that is not an alert's JSON as (-1, the line).
        func lines() -> [(id: Int64, node: String)] {
            String(decoding: printed.withLock { $0 }, as: UTF8.self).split(separator: "\n").map { line in
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                      let id = (object["id"] as? NSNumber)?.int64Value else { return (-1, String(line)) }
                return (id, object["node"] as? String ?? "")
            }
        }
        func errors() -> String { (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "" }

        // The backlog, as --last 1 cuts it.
        #expect(waitUntil(within: 30) { lines().map(\.id) == [ids[1]] }, "\(lines()) \(errors())")
        ids = [ids[1]]
        var nodeOf: [Int64: String] = [ids[0]: "alpha"]
        for round in 0..<5 {
            for id in try Self.commit(["alpha/\(round)"], on: nodes[0]) { nodeOf[id] = "alpha"; ids.append(id) }
            for id in try Self.commit(["beta/\(round)/a", "beta/\(round)/b"], on: nodes[1]) { nodeOf[id] = "beta"; ids.append(id) }
        }
        #expect(waitUntil(within: 60) { lines().count >= ids.count }, "\(lines()) \(errors())")
        #expect(lines().map(\.id) == ids)
        #expect(lines().map(\.node) == ids.map { nodeOf[$0] ?? "" })
        #expect(follower.isRunning, "\(errors())")
    }
}
