import Foundation
import Store
import StoreTestSupport
import TestSupport
import Testing

/// `tally run` on PostgreSQL, as an operator runs it: the seeds dropped one by one raise the
/// alerts they raise on SQLite, and the commands read what the daemon wrote.
@Suite struct PostgresDaemonTests {
    /// What an alert says, without when it was raised (the runs are seconds apart).
    static func said(_ line: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return ["id", "kind", "key", "summary", "claimant", "old_value", "new_value"].map { "\($0)=\(object[$0] ?? "none")" }
    }

    /// Runs the daemon on `storage`, drops each seed and waits for it to be processed; returns the alert lines.
    static func alertsRaised(storage: String?) throws -> [[String]] {
        let daemon = try DaemonProcess(storage: storage)
        try daemon.start()
        for seed in try Corpus.seeds() {
            daemon.drop(seed.name, seed.text)
            #expect(daemon.destination(of: seed.name) == .processed, "\(seed.name): \(daemon.log)")
        }
        #expect(daemon.stop() == 0)
        let figures = try DaemonProcess.runToExit(["figures", "--config", daemon.configurationPath])
        #expect(figures.status == 0, "\(figures.errors)")
        return try daemon.alertLines.map(said)
    }

    @Test(.enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresMissing)))
    func theSeedsRaiseTheSameAlertsOnPostgreSQLAsOnSQLite() throws {
        let onSQLite = try Self.alertsRaised(storage: nil)
        let database = try TestStore(.postgres)
        let onPostgres = try Self.alertsRaised(storage: "url = \"\(database.location!)\"")
        #expect(!onSQLite.isEmpty)
        #expect(onPostgres == onSQLite)
        // The daemon's state is in the database, read back here as the commands read it.
        let store = try database.open()
        #expect(try store.read { try $0.documents() }.count == (try Corpus.seeds()).count)
        #expect(try store.read { try $0.alerts() }.count == onPostgres.count)
    }

    @Test func aServerThatIsNotThereStopsTheStartWithWhereItLooked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-no-server-\(UUID().uuidString)").path
        let daemon = try DaemonProcess(storage: "url = \"postgres:///tally?host=\(folder)\"")
        let (status, errors) = try DaemonProcess.runToExit(["run", "--config", daemon.configurationPath])
        #expect(status == 74)
        #expect(errors.contains("cannot connect to PostgreSQL at postgresql:///tally?host=\(folder)"))
        #expect(errors.contains("Is the server running"))
    }
}
