@testable import DropFolder
import Foundation
import Glibc
import Testing

final class TemporaryFolder {
    let path: String
    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-drop-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) {
        FileManager.default.createFile(atPath: path + "/" + name, contents: Data(text.utf8))
    }
}

@Suite struct DropFolderLayoutTests {
    @Test func listsFinishedFilesInNameOrderSkippingFoldersAndPartialNames() throws {
        let temp = TemporaryFolder()
        let layout = DropFolderLayout(folder: temp.path)
        try layout.prepare()
        for name in ["b.txt", "a.txt", ".hidden.txt", "c.txt.tmp", "d.part", "e.txt~", "10.html"] { temp.write(name, "x") }
        try FileManager.default.createDirectory(atPath: temp.path + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: temp.path + "/link.txt", withDestinationPath: "/etc/passwd")
        #expect(try layout.waitingFiles().map(\.display) == ["10.html", "a.txt", "b.txt", "link.txt"])
    }

    @Test func foldersOtherThanTheLayoutsOwnAreStray() throws {
        let temp = TemporaryFolder()
        let layout = DropFolderLayout(folder: temp.path, rejected: temp.path + "/set-aside/rejected")
        try layout.prepare()
        for folder in ["reports", "2024", "tmp.part"] {
            try FileManager.default.createDirectory(atPath: temp.path + "/" + folder, withIntermediateDirectories: true)
        }
        temp.write("a.txt", "x")
        // processed/ and the folder holding rejected/ are the layout's own.
        #expect(try layout.scan().strayFolders.map(\.display) == ["2024", "reports", "tmp.part"])
        #expect(try DropFolderLayout(folder: temp.path, processed: temp.path + "/../done", rejected: temp.path + "/./reports").scan().strayFolders.map(\.display)
            == ["2024", "processed", "set-aside", "tmp.part"])
    }

    @Test func aMissingFolderIsAnErrorThatNamesIt() {
        #expect(throws: DropFolderError.self) { try DropFolderLayout(folder: "/nonexistent/drop").waitingFiles() }
    }
}

@Suite struct DropFileReaderTests {
    let temp = TemporaryFolder()
    let reader = DropFileReader(maximumBytes: 1000)

    @Test func readsARegularFile() {
        temp.write("a.txt", "hello")
        guard case .read(let file) = reader.read(FileName("a.txt"), in: temp.path) else { Issue.record("not read"); return }
        #expect(file.bytes == Array("hello".utf8))
    }

    @Test func refusesSymbolicLinksWithoutFollowingThem() throws {
        try FileManager.default.createSymbolicLink(atPath: temp.path + "/outside.txt", withDestinationPath: "/etc/hostname")
        guard case .refused(let reason) = reader.read(FileName("outside.txt"), in: temp.path) else { Issue.record("followed"); return }
        #expect(reason.contains("symbolic link to /etc/hostname"))
    }

    @Test func refusesFilesOverTheLimitWithoutReadingThem() {
        temp.write("big.txt", String(repeating: "x", count: 1001))
        guard case .refused(let reason) = reader.read(FileName("big.txt"), in: temp.path) else { Issue.record("read"); return }
        #expect(reason.contains("too large"))
        #expect(reason.contains("drop.max_file_bytes"))
    }

    @Test func refusesAFIFOWithoutBlocking() {
        #expect(mkfifo(temp.path + "/pipe.txt", 0o644) == 0)
        guard case .refused(let reason) = reader.read(FileName("pipe.txt"), in: temp.path) else { Issue.record("read"); return }
        #expect(reason.contains("FIFO"))
    }

    @Test func aFileThatIsGoneIsVanished() {
        #expect(reader.read(FileName("never.txt"), in: temp.path) == .vanished)
    }

    @Test func namesThatAreNotUTF8ReachTheKernelByteForByte() {
        let name = FileName(bytes: Array("caf".utf8) + [0xE9] + Array("\nx.txt".utf8))
        let path = Array(temp.path.utf8) + [UInt8(ascii: "/")] + name.bytes + [0]
        let descriptor = path.withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) } }
        #expect(descriptor >= 0)
        _ = write(descriptor, "body", 4)
        close(descriptor)
        #expect(name.display == "caf\\xE9\\nx.txt")
        guard case .read(let file) = reader.read(name, in: temp.path) else { Issue.record("not read"); return }
        #expect(file.bytes == Array("body".utf8))
    }
}

@Suite struct DropFolderMoverTests {
    let temp = TemporaryFolder()
    var layout: DropFolderLayout { DropFolderLayout(folder: temp.path) }

    @Test func processedFilesKeepTheirNameAndNeverOverwrite() throws {
        try layout.prepare()
        let mover = DropFolderMover(layout: layout)
        temp.write("a.txt", "one")
        #expect(try mover.moveToProcessed(FileName("a.txt")).display == "a.txt")
        temp.write("a.txt", "two")
        #expect(try mover.moveToProcessed(FileName("a.txt")).display == "a.2.txt")
        #expect(try String(contentsOfFile: layout.processed + "/a.txt", encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: layout.processed + "/a.2.txt", encoding: .utf8) == "two")
        #expect(try layout.waitingFiles().isEmpty)
    }

    @Test func aNameAtTheLengthLimitKeepsItsExtensionWhenNumbered() throws {
        try layout.prepare()
        let mover = DropFolderMover(layout: layout)
        // 251 bytes: "é" is two bytes, so a cut at a fixed byte count could halve one.
        let long = String(repeating: "é", count: 123) + ".html"
        var moved: [FileName] = []
        for text in ["one", "two"] {
            temp.write(long, text)
            moved.append(try mover.moveToProcessed(FileName(long)))
        }
        #expect(moved.allSatisfy { $0.pathExtension == "html" && $0.bytes.count <= 255 && String(validating: $0.bytes, as: UTF8.self) != nil })
        #expect(moved[0] != moved[1])
        #expect(try String(contentsOfFile: layout.processed + "/" + moved[1].display, encoding: .utf8) == "two")
        temp.write(long, "three")
        let rejected = try mover.reject(FileName(long), reason: "x")
        #expect(rejected.pathExtension == "html")
        #expect(FileManager.default.fileExists(atPath: layout.rejected + "/" + rejected.display + ".reason"))
    }

    @Test func shorteningKeepsAShortExtensionOnly() {
        #expect(FileName("abcdefgh.txt").shortened(toAtMost: 8).display == "abcd.txt")
        #expect(FileName("abcdefgh").shortened(toAtMost: 5).display == "abcde")
        #expect(FileName("a.final-version-for-the-board").shortened(toAtMost: 10).display == "a.final-ve")
        #expect(FileName("short.txt").shortened(toAtMost: 230) == FileName("short.txt"))
    }

    @Test func rejectedFilesGetTheirReasonBeside() throws {
        try layout.prepare()
        let mover = DropFolderMover(layout: layout)
        temp.write("bad.bin", "\u{0}\u{1}")
        let name = try mover.reject(FileName("bad.bin"), reason: "binary content")
        #expect(name.display == "bad.bin")
        #expect(try String(contentsOfFile: layout.rejected + "/bad.bin.reason", encoding: .utf8) == "binary content\n")
        #expect(FileManager.default.fileExists(atPath: layout.rejected + "/bad.bin"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: layout.rejected).sorted() == ["bad.bin", "bad.bin.reason"])
    }

    @Test func movingAFileThatVanishedSaysSo() throws {
        try layout.prepare()
        let error = #expect(throws: DropFolderError.self) { try DropFolderMover(layout: layout).moveToProcessed(FileName("gone.txt")) }
        #expect(error?.code == ENOENT)
    }
}

@Suite struct FolderWatchTests {
    let temp = TemporaryFolder()

    func collect(_ watch: FolderWatch, until done: ([FolderWatch.Event]) -> Bool) -> [FolderWatch.Event] {
        var events: [FolderWatch.Event] = []
        let deadline = Date().addingTimeInterval(5)
        while !done(events), Date() < deadline { events += watch.next(timeoutMilliseconds: 100) }
        return events
    }

    @Test func aFileCountsOnlyOnceItsWriterClosesIt() throws {
        let watch = try FolderWatch(folder: temp.path)
        let descriptor = open(temp.path + "/slow.txt", O_WRONLY | O_CREAT, 0o644)
        for piece in ["first ", "second ", "third"] {
            _ = write(descriptor, piece, piece.utf8.count)
            #expect(watch.next(timeoutMilliseconds: 50).isEmpty)
        }
        close(descriptor)
        #expect(collect(watch) { !$0.isEmpty } == [.finished(FileName("slow.txt"))])
    }

    @Test func aRenameIntoTheFolderCountsAndPartialNamesWait() throws {
        let watch = try FolderWatch(folder: temp.path)
        temp.write("report.txt.part", "x")
        temp.write(".staging", "y")
        #expect(watch.next(timeoutMilliseconds: 100).isEmpty)
        #expect(rename(temp.path + "/report.txt.part", temp.path + "/report.txt") == 0)
        #expect(collect(watch) { !$0.isEmpty } == [.finished(FileName("report.txt"))])
    }

    @Test func deletingTheFolderEndsTheWatch() throws {
        let watch = try FolderWatch(folder: temp.path)
        try FileManager.default.removeItem(atPath: temp.path)
        #expect(collect(watch) { $0.contains(.folderGone) }.contains(.folderGone))
    }

    @Test func wakeReturnsABlockedWait() throws {
        let watch = try FolderWatch(folder: temp.path)
        let thread = Thread { Thread.sleep(forTimeInterval: 0.05); watch.wake() }
        thread.start()
        let started = Date()
        #expect(watch.next(timeoutMilliseconds: 10_000).isEmpty)
        #expect(Date().timeIntervalSince(started) < 9)
    }

    @Test func overflowAndDirectoriesAreInterpreted() {
        #expect(FolderWatch.interpret(mask: UInt32(IN_Q_OVERFLOW), name: FileName(bytes: [])) == .event(.overflow))
        #expect(FolderWatch.interpret(mask: UInt32(IN_MOVED_TO) | UInt32(IN_ISDIR), name: FileName("reports")) == .event(.subfolderAppeared(FileName("reports"))))
        #expect(FolderWatch.interpret(mask: UInt32(IN_CREATE) | UInt32(IN_ISDIR), name: FileName("processed")) == .event(.subfolderAppeared(FileName("processed"))))
        #expect(FolderWatch.interpret(mask: UInt32(IN_DELETE) | UInt32(IN_ISDIR), name: FileName("reports")) == nil)
        #expect(FolderWatch.interpret(mask: UInt32(IN_UNMOUNT), name: FileName(bytes: [])) == .event(.folderGone))
        #expect(FolderWatch.interpret(mask: UInt32(IN_CREATE), name: FileName("link.txt")) == .created(FileName("link.txt")))
        #expect(FolderWatch.interpret(mask: UInt32(IN_CREATE), name: FileName("draft.tmp")) == nil, "partial names wait whatever they are")
    }
}

@Suite struct DropFolderComebackTests {
    @Test func afterTheFolderWasDeletedAndRecreatedFilesStillReachTheirPlace() throws {
        let temp = TemporaryFolder()
        let layout = DropFolderLayout(folder: temp.path + "/drop")
        try layout.prepare()
        try FileManager.default.removeItem(atPath: layout.folder)
        try FileManager.default.createDirectory(atPath: layout.folder, withIntermediateDirectories: true)
        let mover = DropFolderMover(layout: layout)
        FileManager.default.createFile(atPath: layout.folder + "/a.txt", contents: Data("a".utf8))
        FileManager.default.createFile(atPath: layout.folder + "/b.txt", contents: Data("b".utf8))
        #expect(try mover.moveToProcessed(FileName("a.txt")).display == "a.txt")
        #expect(try mover.reject(FileName("b.txt"), reason: "bad").display == "b.txt")
        #expect(FileManager.default.fileExists(atPath: layout.processed + "/a.txt"))
        #expect(FileManager.default.fileExists(atPath: layout.rejected + "/b.txt.reason"))
    }
}

@Suite struct WriterCheckTests {
    @Test func aFileStillOpenForWritingIsNotTakenEvenWhenItsWriterPauses() throws {
        let temp = TemporaryFolder()
        let reader = DropFileReader(maximumBytes: 1000)
        let writer = open(temp.path + "/open.txt", O_WRONLY | O_CREAT, 0o644)
        _ = write(writer, "partial", 7)
        #expect(reader.read(FileName("open.txt"), in: temp.path) == .stillChanging)
        close(writer)
        guard case .read(let file) = reader.read(FileName("open.txt"), in: temp.path) else { Issue.record("not read after close"); return }
        #expect(file.bytes == Array("partial".utf8))
    }

    @Test func readersDoNotCountAsWriters() throws {
        let temp = TemporaryFolder()
        temp.write("shared.txt", "text")
        let otherReader = open(temp.path + "/shared.txt", O_RDONLY)
        defer { close(otherReader) }
        guard case .read = DropFileReader(maximumBytes: 1000).read(FileName("shared.txt"), in: temp.path) else { Issue.record("refused"); return }
    }
}
