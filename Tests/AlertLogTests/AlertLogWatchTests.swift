import AlertLog
import Foundation
import Glibc
import Synchronization
import Testing

/// What a reader in another process learns from the watch: after each call, how many lines the
/// log held at that moment.
final class Announcements: Sendable {
    let path: String
    private let seen = Mutex<[Int]>([])

    init(path: String) { self.path = path }

    func changed() {
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").count ?? 0
        seen.withLock { $0.append(lines) }
    }

    /// Whether some call saw `lines` lines within `seconds`.
    func saw(lines: Int, within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if seen.withLock({ $0.contains(lines) }) { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return seen.withLock { $0.contains(lines) }
    }
}

@Suite struct AlertLogWatchTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-log-watch-\(UUID().uuidString)").path
    var path: String { folder + "/logs/alerts.jsonl" }

    func watching() throws -> (AlertLogWatch, Announcements) {
        let announcements = Announcements(path: path)
        let watch = try AlertLogWatch(path: path) { announcements.changed() }
        watch.start()
        return (watch, announcements)
    }

    @Test func eachAppendIsAnnounced() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try AlertLogWriter(path: path)
        let (watch, announcements) = try watching()
        defer { watch.stop() }
        for count in 1...3 {
            try log.append([#"{"id":\#(count)}"#])
            #expect(announcements.saw(lines: count, within: 10), "after append \(count)")
        }
    }

    @Test func aRotatedLogIsFollowedToItsNewFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try AlertLogWriter(path: path)
        try log.append([#"{"id":1}"#, #"{"id":2}"#])
        let (watch, announcements) = try watching()
        defer { watch.stop() }
        #expect(announcements.saw(lines: 2, within: 10), "the file there at the start is announced")
        // logrotate moves the file away; the writer's next append starts a new one.
        #expect(rename(path, path + ".1") == 0)
        try log.append([#"{"id":3}"#])
        #expect(announcements.saw(lines: 1, within: 10))
        try log.append([#"{"id":4}"#, #"{"id":5}"#, #"{"id":6}"#])
        #expect(announcements.saw(lines: 4, within: 10), "appends to the new file")
    }

    @Test func aLogOrFolderMadeAfterTheWatchStartedIsFollowed() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (watch, announcements) = try watching()
        defer { watch.stop() }
        // The folder is made by the writer, which the watch notices within a second or so.
        let log = try AlertLogWriter(path: path)
        try log.append([#"{"id":1}"#])
        #expect(announcements.saw(lines: 1, within: 10))
        try log.append([#"{"id":2}"#])
        #expect(announcements.saw(lines: 2, within: 10))
    }
}
