import Foundation
import Glibc
import TestSupport
import Testing

/// What an operator can do to the daemon's state, on the real binary: the database deleted,
/// truncated or replaced, two daemons on one state, companions of the drop folder placed where
/// files would loop, odd things in the drop folder. The alert log is the user's record: no alert
/// id may ever repeat in it, and no document is lost.
@Suite(.serialized) struct StateSafetyTests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
    }

    /// The alert ids in the log, in file order.
    func loggedIDs(_ tally: Installation) throws -> [Int] {
        let text = (try? String(contentsOfFile: tally.root + "/alerts.jsonl", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? Int
        }
    }

    func removeDatabase(_ tally: Installation) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: tally.root + "/tally.sqlite" + suffix) }
    }

    @Test func aDatabaseDeletedBetweenRunsIsRefusedUntilTheOperatorDecides() throws {
        let tally = try Installation()
        #expect(try tally.run(["ingest"] + tally.seedPaths).status == 0)
        let before = try loggedIDs(tally)
        try #require(before.count == 5)
        removeDatabase(tally)

        let refused = try tally.run(["ingest", tally.seedPaths[0]])
        #expect(refused.status == 74)
        #expect(refused.errors.contains("the alert log holds alerts up to id 5, but the database knows no alert at all"))
        #expect(refused.errors.contains("--adopt-alert-log"))
        #expect(try loggedIDs(tally) == before, "nothing written while refused")

        // The operator keeps both: new alerts are numbered after the log's.
        #expect(try tally.run(["ingest", "--adopt-alert-log"] + tally.seedPaths).status == 0)
        let after = try loggedIDs(tally)
        #expect(after == Array(1...10))
        #expect(try tally.run(["ingest", tally.seedPaths[0]]).status == 0, "from then on they agree")
    }

    @Test func aDatabaseTruncatedToNothingBetweenRunsIsRefused() throws {
        let tally = try Installation()
        #expect(try tally.run(["ingest"] + tally.seedPaths).status == 0)
        removeDatabase(tally)
        FileManager.default.createFile(atPath: tally.root + "/tally.sqlite", contents: Data())
        let refused = try tally.run(["ingest", tally.seedPaths[0]])
        #expect(refused.status == 74)
        #expect(refused.errors.contains("deleted, truncated or replaced"))
    }

    enum Loss: CaseIterable { case deleted, truncated, replaced }

    @Test(arguments: Loss.allCases)
    func aDaemonWhoseDatabaseIsLostUnderItStopsTakingDocumentsAndSaysSo(_ loss: Loss) throws {
        let daemon = try DaemonProcess()
        try daemon.start()
        daemon.drop("first.txt", "At least 45 people have died in the floods in Riverton, the health ministry said on Monday, as rescue teams searched collapsed homes.")
        #expect(daemon.destination(of: "first.txt") == .processed)
        let database = daemon.root + "/var/tally.sqlite"
        switch loss {
        case .deleted:
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        case .truncated:
            #expect(truncate(database, 0) == 0)
        case .replaced:
            try FileManager.default.copyItem(atPath: database, toPath: database + ".copy")
            #expect(rename(database + ".copy", database) == 0)
        }
        daemon.drop("second.txt", "At least 60 people have died in the floods in Riverton, the health ministry said on Tuesday, as rescue teams searched collapsed homes.")
        let status = daemon.waitForExit(within: 20)
        #expect(status == 74)
        #expect(daemon.log.contains("was deleted, truncated or replaced while tally was running: stopped taking documents"))
        #expect(daemon.exists("second.txt"), "the document not taken stays in the drop folder")
        if loss == .deleted {
            #expect(!FileManager.default.fileExists(atPath: database), "no new database made behind the operator's back")
        }
    }

    @Test func aSecondDaemonOnTheSameStateIsRefused() throws {
        let first = try DaemonProcess()
        try first.start()
        let second = try DaemonProcess.runToExit(["run", "--config", first.configurationPath])
        #expect(second.status == 75)
        #expect(second.errors.contains("another tally daemon (pid "))
        #expect(second.errors.contains("is running on the database"))
        #expect(first.stop() == 0)
        try first.start()
        #expect(first.stop() == 0, "the lock went with the first process")
    }

    @Test(arguments: ["processed", "rejected"])
    func aMoveTargetThatIsTheDropFolderIsRefusedAtStart(_ setting: String) throws {
        let tally = try Installation()
        try "[storage]\ndatabase = \"\(tally.root)/tally.sqlite\"\n[drop]\nfolder = \"\(tally.root)/drop\"\n\(setting) = \"\(tally.root)/drop/.\"\n"
            .write(toFile: tally.configuration, atomically: true, encoding: .utf8)
        let refused = try tally.run(["run"])
        #expect(refused.status == 78)
        #expect(refused.errors.contains("is the drop folder itself"))
    }

    @Test func aFolderDroppedInTheDropFolderIsReportedOnceAndLeftAlone() throws {
        let daemon = try DaemonProcess()
        try FileManager.default.createDirectory(atPath: daemon.drop + "/before", withIntermediateDirectories: true)
        try daemon.start()
        try FileManager.default.createDirectory(atPath: daemon.drop + "/after", withIntermediateDirectories: true)
        daemon.drop("a.txt", "At least 45 people have died in the floods in Riverton, the health ministry said on Monday, as rescue teams searched collapsed homes.")
        #expect(daemon.destination(of: "a.txt") == .processed)
        #expect(waitUntil(within: 10) { daemon.log.contains("folder=after") })
        let mentions = daemon.log.split(separator: "\n").filter { $0.contains("a folder in the drop folder is left alone") }
        #expect(mentions.count == 2)
        #expect(mentions.contains { $0.contains("folder=before") })
        #expect(!daemon.log.contains("folder=processed") && !daemon.log.contains("folder=rejected"))
        #expect(daemon.exists("before") && daemon.exists("after"))
        #expect(daemon.stop() == 0)
    }

    @Test func aTornLastLineInTheAlertLogIsCutAndSaid() throws {
        let tally = try Installation()
        #expect(try tally.run(["ingest"] + tally.seedPaths).status == 0)
        let handle = try FileHandle(forWritingTo: URL(filePath: tally.root + "/alerts.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"id\":6,\"at\":\"2026-".utf8))
        try handle.close()
        let result = try tally.run(["ingest", tally.seedPaths[0]])
        #expect(result.status == 0)
        #expect(result.errors.contains("cut a torn last line off the alert log"))
        #expect(result.errors.contains("{\"id\":6,\"at\":\"2026-"))
        #expect(try loggedIDs(tally) == Array(1...5))
    }

    @Test func aGarbageDatabaseAndAMissingFileHaveTheirExitStatus() throws {
        let tally = try Installation()
        let missing = try tally.run(["ingest", tally.root + "/nonexistent.txt"])
        #expect(missing.status == 66)
        try Data(repeating: 0x5A, count: 8192).write(to: URL(filePath: tally.root + "/tally.sqlite"))
        let garbage = try tally.run(["figures"])
        #expect(garbage.status == 74)
        #expect(garbage.errors.contains("cannot open the database"))
        #expect(garbage.errors.contains("restore it from a backup"))
        let run = try tally.run(["run"])
        #expect(run.status == 74)
    }
}
