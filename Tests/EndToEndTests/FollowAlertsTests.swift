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
        let nodes = [try database.open(), try database.open()]
        var ids = try Self.commit(["backlog/1", "backlog/2"], on: nodes[0])
        let configuration = try DaemonProcess(storage: "url = \"\(database.location!)\"")
        let errorsPath = configuration.root + "/follow.err"
        FileManager.default.createFile(atPath: errorsPath, contents: nil)

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
            kill(follower.processIdentifier, SIGTERM)
            follower.waitUntilExit()
        }
        func printedIDs() throws -> [Int64] {
            let lines = String(decoding: printed.withLock { $0 }, as: UTF8.self).split(separator: "\n")
            return try lines.map { line in
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
                return try #require((object["id"] as? NSNumber)?.int64Value, "\(line)")
            }
        }
        func errors() -> String { (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? "" }

        // The backlog, as --last 1 cuts it.
        #expect(try waitUntil(within: 30) { try printedIDs() == [ids[1]] }, "\(try printedIDs()) \(errors())")
        ids = [ids[1]]
        for round in 0..<5 {
            ids += try Self.commit(["node0/\(round)"], on: nodes[0])
            ids += try Self.commit(["node1/\(round)/a", "node1/\(round)/b"], on: nodes[1])
        }
        #expect(try waitUntil(within: 60) { try printedIDs().count >= ids.count }, "\(try printedIDs()) \(errors())")
        #expect(try printedIDs() == ids)
        #expect(follower.isRunning, "\(errors())")
    }
}
