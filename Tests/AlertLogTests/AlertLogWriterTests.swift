import AlertLog
import Foundation
import Glibc
import Synchronization
import Testing

@Suite struct AlertLogWriterTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-log-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("logs/alerts.jsonl").path }

    func contents() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func appendsCompleteLinesAndCreatesTheFolder() throws {
        let log = try AlertLogWriter(path: path)
        try log.append([#"{"id":1,"kind":"a"}"#, #"{"id":2,"kind":"b"}"#])
        try log.append([#"{"id":3,"kind":"c"}"#])
        #expect(try contents() == "{\"id\":1,\"kind\":\"a\"}\n{\"id\":2,\"kind\":\"b\"}\n{\"id\":3,\"kind\":\"c\"}\n")
    }

    @Test func aShortWriteIsCutBackSoNoHalfLineRemains() throws {
        let failNext = Atomic<Bool>(false)
        let calls = WriteCalls(write: { descriptor, bytes, count in
            // A disk that fills up part-way: half the bytes land, then ENOSPC.
            guard failNext.load(ordering: .relaxed) else { return Glibc.write(descriptor, bytes, count) }
            _ = Glibc.write(descriptor, bytes, count / 2)
            errno = ENOSPC
            return count / 2
        }, sync: { fdatasync($0) })
        let log = try AlertLogWriter(path: path, calls: calls)
        try log.append([#"{"id":1}"#])
        failNext.store(true, ordering: .relaxed)
        let error = #expect(throws: AlertLogError.self) { try log.append([#"{"id":2,"summary":"a long enough line"}"#]) }
        #expect(error?.code == ENOSPC)
        #expect(error?.description.contains("pending") == true)
        #expect(try contents() == "{\"id\":1}\n")
        failNext.store(false, ordering: .relaxed)
        try log.append([#"{"id":2,"summary":"a long enough line"}"#])
        #expect(try contents() == "{\"id\":1}\n{\"id\":2,\"summary\":\"a long enough line\"}\n")
    }

    @Test func aFullDeviceIsReportedAsENOSPC() throws {
        let log = try AlertLogWriter(path: "/dev/full")
        let error = #expect(throws: AlertLogError.self) { try log.append(["{\"id\":1}"]) }
        #expect(error?.code == ENOSPC)
    }

    @Test func aTornLastLineIsCutOffOnOpen() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "{\"id\":1}\n{\"id\":2,\"summ".write(toFile: path, atomically: false, encoding: .utf8)
        let log = try AlertLogWriter(path: path)
        #expect(try contents() == "{\"id\":1}\n")
        #expect(log.cutTornLine == "{\"id\":2,\"summ")
        #expect(try AlertLogWriter(path: path).cutTornLine == nil, "a clean log has nothing to cut")
        try log.append(["{\"id\":2}"])
        #expect(try contents() == "{\"id\":1}\n{\"id\":2}\n")
    }

    @Test func afterRotationTheNextAppendStartsAFreshFile() throws {
        let log = try AlertLogWriter(path: path)
        try log.append(["{\"id\":1}"])
        try FileManager.default.moveItem(atPath: path, toPath: path + ".1")
        try log.append(["{\"id\":2}"])
        #expect(try contents() == "{\"id\":2}\n")
        #expect(try String(contentsOfFile: path + ".1", encoding: .utf8) == "{\"id\":1}\n")
    }

    @Test func reopenFollowsThePathOnRequest() throws {
        let log = try AlertLogWriter(path: path)
        try log.append(["{\"id\":1}"])
        try FileManager.default.moveItem(atPath: path, toPath: path + ".old")
        try log.reopen()
        #expect(FileManager.default.fileExists(atPath: path))
        try log.append(["{\"id\":2}"])
        #expect(try contents() == "{\"id\":2}\n")
    }

    @Test func findsWhichAlertsAreAlreadyInTheLog() throws {
        let log = try AlertLogWriter(path: path)
        try log.append((1...5000).map { "{\"id\":\($0),\"pad\":\"\(String(repeating: "x", count: 40))\"}" })
        #expect(try log.loggedIDs(among: [4999, 5000, 5001]) == [4999, 5000])
        #expect(try log.loggedIDs(among: [1, 2]) == [1, 2])
        #expect(try log.loggedIDs(among: [9000]).isEmpty)
        #expect(try log.loggedIDs(among: []).isEmpty)
    }
}
