import Foundation
import Glibc
import Model
import Store
import TestSupport
import Testing

/// Every input has a bound, and so has a stop (issue 11, items 3–6), checked on the real binary:
/// out-of-range dates and oversized text in envelopes, `tally claims` fed without end, a stop with
/// a large document in hand, and a daemon that runs out of file descriptors.
@Suite struct BoundsTests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DaemonProcess.binary), "build the executable first: swift build")
    }

    /// A daemon that alerts on every new figure, so each document's fields reach the alert log.
    private func alertingDaemon() throws -> DaemonProcess {
        let daemon = try DaemonProcess()
        let configuration = try String(contentsOfFile: daemon.configurationPath, encoding: .utf8)
        try configuration.replacingOccurrences(of: "[alerts]\n", with: "[alerts]\nnew_figures = true\n")
            .write(toFile: daemon.configurationPath, atomically: true, encoding: .utf8)
        return daemon
    }

    private func envelope(title: String, published: Any, district: Int) throws -> [UInt8] {
        let text = "Officials said \(100 + district) people were evacuated from district \(district) of Riverton on Monday, "
            + "and \(10 + district) homes were destroyed when the river broke its banks overnight."
        return Array(try JSONSerialization.data(withJSONObject: ["title": title, "published": published, "text": text]))
    }

    private func expectDistinctIDs(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let ids = try lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require(object["id"] as? Int, "alert line without an id: \(line)")
        }
        #expect(Set(ids).count == ids.count, "an alert id repeats: \(ids)", sourceLocation: sourceLocation)
    }

    // MARK: Item 3: publication dates

    @Test func publicationDatesOutOfRangeAreTreatedAsAbsentAndNoted() throws {
        let daemon = try alertingDaemon()
        try daemon.start()
        let cases: [(name: String, published: Any, shown: String)] = [
            ("far-future.json", 1e30, "Unix time 1e+30"),
            ("far-past.json", -1e30, "Unix time -1e+30"),
            ("year-one.json", "0001-01-01T00:00:00Z", "Unix time -62135596800.0"),
            ("year-2999.json", "2999-01-01T00:00:00Z", "2999-01-01T00:00:00Z"),
        ]
        for (index, item) in cases.enumerated() {
            daemon.drop(item.name, try envelope(title: "Riverton flood update \(index)", published: item.published, district: index + 1))
        }
        daemon.drop("in-range.json", try envelope(title: "Riverton flood update 9", published: "2024-10-21T09:30:00Z", district: 9))
        for name in cases.map(\.name) + ["in-range.json"] {
            #expect(daemon.destination(of: name) == .processed, "\(name)")
        }
        let documents = try daemon.store().read { try $0.documents() }
        for item in cases {
            let record = try #require(documents.first { $0.fileName == item.name })
            #expect(record.outcome == .ingested)
            #expect(record.reason == "published date ignored: \(item.shown) is not between 1900-01-01 and two days from now", "\(item.name)")
            #expect(daemon.log.contains("(published date ignored: \(item.shown)"), "\(item.name): the log line says so")
        }
        #expect(documents.first { $0.fileName == "in-range.json" }?.reason == nil)
        let articles = try daemon.store().read { try $0.articles() }
        #expect(articles.filter { $0.article.published != nil }.map(\.article.title) == ["Riverton flood update 9"])

        let lines = daemon.alertLines
        #expect(lines.count >= 10, "two new figures a document")
        // The articles' dates in the alert lines: only the one in range is stated.
        let published = lines.flatMap { line in
            line.components(separatedBy: "\"published\":\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(!published.isEmpty && published.allSatisfy { $0.hasPrefix("2024-10-21T09:30:00") }, "\(Set(published))")
        try expectDistinctIDs(lines)
        #expect(daemon.stop() == 0)
    }

    // MARK: Item 4: text bounds

    @Test func aFiveMegabyteTitleIsCutAtAWordAndTheAlertLinesStaySmall() throws {
        let daemon = try alertingDaemon()
        try daemon.start()
        let title = String(repeating: "Riverton flood waters rise ", count: 200_000) // 5.4 MB
        daemon.drop("long-title.json", try envelope(title: title, published: NSNull(), district: 3))
        #expect(daemon.destination(of: "long-title.json") == .processed)
        let record = try #require(try daemon.store().read { try $0.documents() }.first { $0.fileName == "long-title.json" })
        #expect(record.reason == "title cut to 300 characters (it had more)")
        let stored = try #require(try daemon.store().read { try $0.articles() }.first?.article.title)
        #expect(stored.count <= 300 && stored.hasSuffix("rise…") && title.hasPrefix(String(stored.dropLast())), "\(stored)")
        let lines = daemon.alertLines
        #expect(lines.count >= 2)
        #expect(lines.allSatisfy { $0.utf8.count < 4_000 }, "longest alert line: \(lines.map(\.utf8.count).max() ?? 0) bytes")
        try expectDistinctIDs(lines)
        // The daemon's own log line is bounded too.
        #expect(daemon.log.utf8.count < 10_000)
        #expect(daemon.stop() == 0)
    }

    @Test func claimsReadingStdinWithoutEndStopsAtTheDropFolderLimit() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-stdin-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "[drop]\nmax_file_bytes = 1048576\n".write(toFile: root + "/tally.toml", atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(filePath: DaemonProcess.binary)
        process.arguments = ["claims", "--config", root + "/tally.toml", "-"]
        process.standardInput = try #require(FileHandle(forReadingAtPath: "/dev/zero"))
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let finished = waitUntil(within: 20) { !process.isRunning }
        if !finished { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(finished, "still reading /dev/zero after 20 s")
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(process.terminationStatus == 65)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("stdin: more than 1.0 MiB, the limit a dropped file is held to (setting drop.max_file_bytes)"), "\(message)")
    }

    // MARK: Item 5: the stop bound

    /// Plain text of about `bytes`, many sentences each stating figures.
    private static func report(bytes: Int) -> String {
        var random = SplitMix64(seed: 5)
        var text = "Riverton floods: the full record\n\n"
        var index = 0
        while text.utf8.count < bytes {
            text += "At least \(Int.random(in: 10...9_999, using: &random)) people were evacuated from district \(index), the ministry said, "
                + "while crews worked along the river banks through the night. Volunteers handed out blankets and water at the "
                + "shelter beside the old bridge, and the mayor thanked them.\(index % 20 == 19 ? "\n\n" : " ")"
            index += 1
        }
        return text
    }

    /// Seconds from SIGTERM until the process is gone, and its exit status.
    private func stop(_ daemon: DaemonProcess) throws -> (seconds: TimeInterval, status: Int32) {
        let started = Date()
        let status = daemon.stop()
        return (Date().timeIntervalSince(started), status)
    }

    @Test func aStopWithAFifteenMegabyteDocumentInHandEndsWithinFiveSeconds() throws {
        let daemon = try DaemonProcess()
        try daemon.start()
        daemon.drop("huge.txt", Self.report(bytes: 15_000_000))
        Thread.sleep(forTimeInterval: 1) // let the worker take it: a debug build reads it for far longer than 5 s
        let (seconds, status) = try stop(daemon)
        #expect(seconds < 5, "the stop took \(seconds) s")
        #expect(status == 0)
        // Nothing of it was committed; the file waits to be taken again.
        #expect(daemon.exists("huge.txt"))
        #expect(try daemon.store().read { try $0.documents() }.isEmpty)
    }

    @Test func aStopBetweenStagesLeavesTheDocumentUnrecordedAndItIsTakenOnTheNextStart() throws {
        let daemon = try DaemonProcess()
        try daemon.start()
        // Half a second of work in a debug build on an idle machine, nearly all of it reading figures.
        daemon.drop("report.txt", Self.report(bytes: 150_000))
        Thread.sleep(forTimeInterval: 0.15)
        let (seconds, status) = try stop(daemon)
        #expect(status == 0)
        #expect(seconds < 5, "the stop took \(seconds) s")
        #expect(daemon.log.contains("stopping: the document in hand was left unrecorded; it is taken again on the next start file=report.txt"),
                "log:\n\(daemon.log)")
        #expect(!daemon.log.contains("exiting now"))
        #expect(daemon.exists("report.txt"))
        #expect(try daemon.store().read { try $0.documents() }.isEmpty)

        try daemon.start()
        // Generous: the whole suite's daemons share two cores.
        #expect(waitUntil(within: 120) { daemon.exists("processed/report.txt") }, "log:\n\(daemon.log)")
        #expect(try daemon.store().read { try $0.documents() }.count == 1)
        #expect(daemon.stop() == 0)
    }

    // MARK: Item 6: file descriptors

    private func dropFifty(_ daemon: DaemonProcess) throws -> [String] {
        (10..<60).map { index in
            let name = "doc\(index).txt"
            daemon.drop(name, "Flood update \(index)\n\nOfficials said \(100 + index) people were evacuated from district \(index) on Monday, "
                        + "and \(10 + index) homes were destroyed by the river.\n")
            return name
        }
    }

    @Test func aLimitTooLowIsSaidAtStartAndTheWaitingFilesWaitWithoutACrash() throws {
        let daemon = try DaemonProcess()
        let names = try dropFifty(daemon)
        try daemon.start(openFileLimit: (13, 13))
        #expect(daemon.log.contains("the open file limit is too low for this configuration"), "log:\n\(daemon.log)")
        #expect(daemon.log.contains("limit=13") && daemon.log.contains("needed=48"))
        // Which descriptors the start took decides what follows: with the watch's descriptor free,
        // all are ingested; otherwise it keeps saying why files wait (the scan, the database or
        // the file fails), with a growing pause.
        #expect(waitUntil(within: 20) {
            names.allSatisfy { daemon.exists("processed/" + $0) }
                || daemon.log.split(separator: "\n").filter { $0.contains("retry_in_seconds=") }.count >= 2
        }, "log:\n\(daemon.log)")
        // A stop is clean: no SIGILL from libdispatch, which could not open its descriptors.
        #expect(daemon.stop() == 0, "log:\n\(daemon.log)")
        #expect(daemon.log.contains("tally stopped"))
        // Nothing lost, nothing set aside: each file waits or was ingested.
        let processed = names.filter { daemon.exists("processed/" + $0) }
        #expect(names.allSatisfy { daemon.exists($0) || processed.contains($0) })
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: daemon.drop + "/rejected")) ?? []).isEmpty)
        #expect(try daemon.store().read { try $0.documents() }.count == processed.count)
        try expectDistinctIDs(daemon.alertLines)
    }

    @Test func runningOutOfDescriptorsHoldsFilesBackUntilSomeAreFree() throws {
        let daemon = try DaemonProcess()
        try daemon.start(openFileLimit: (64, 64))
        let pid = try #require(daemon.processIdentifier)
        // Lower the limit below what the daemon holds already: every open fails until it is raised.
        #expect(Self.prlimit(pid, "--nofile=12:64") == 0)
        let names = try dropFifty(daemon)
        #expect(waitUntil(within: 10) { daemon.log.components(separatedBy: "the daemon is out of file descriptors (the limit is 12)").count > 2 },
                "log:\n\(daemon.log)")
        #expect(names.allSatisfy { daemon.exists($0) }, "nothing taken or set aside while descriptors are out")
        #expect(Self.prlimit(pid, "--nofile=64:64") == 0)
        for name in names {
            #expect(daemon.destination(of: name) == .processed, "\(name)")
        }
        #expect(try daemon.store().read { try $0.documents() }.count == 50)
        try expectDistinctIDs(daemon.alertLines)
        #expect(daemon.stop() == 0)
    }

    private static func prlimit(_ pid: Int32, _ argument: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/prlimit")
        process.arguments = ["--pid", "\(pid)", argument]
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
