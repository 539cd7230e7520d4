import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Appends alert lines to the JSON Lines log that people `tail -F`.
///
/// A batch of lines goes out in one `write()` on an O_APPEND descriptor and is flushed with
/// `fdatasync` before `append` returns, so a reader never sees half a line and an alert that
/// `append` confirmed survives a crash. A short write (disk full) is cut back off the file.
/// When the file is moved away (logrotate) or `reopen()` is called (SIGHUP), the next append
/// goes to a fresh file at the configured path. Use from one thread.
public final class AlertLogWriter {
    public let path: String
    private let calls: WriteCalls
    private var descriptor: Int32 = -1
    private var openedIdentity: (device: UInt, inode: UInt) = (0, 0)
    /// The torn last line cut off when the log was opened (what a crash mid-write left), as
    /// text, for the daemon to say what it cut; nil when the log ended cleanly.
    public private(set) var cutTornLine: String?

    /// Opens (creating folders and file as needed) and cuts off a torn last line, if a power
    /// cut left one; the alert it held is still pending in the database and is written again.
    public init(path: String, calls: WriteCalls = .posix) throws(AlertLogError) {
        self.path = path
        self.calls = calls
        try open()
        try repairTornTail()
    }

    deinit { close() }

    public func close() {
        if descriptor >= 0 { Glibc.close(descriptor) }
        descriptor = -1
    }

    /// Reopens the file at `path`: after rotation, or on SIGHUP.
    public func reopen() throws(AlertLogError) {
        close()
        try open()
    }

    /// Writes the lines (each without its newline) as one write, flushed to disk.
    public func append(_ lines: [String]) throws(AlertLogError) {
        guard !lines.isEmpty else { return }
        try reopenIfMovedAway()
        var buffer = Array(lines.joined(separator: "\n").utf8)
        buffer.append(UInt8(ascii: "\n"))
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot stat") }
        let sizeBefore = status.st_size
        let written = buffer.withUnsafeBytes { calls.write(descriptor, $0.baseAddress, $0.count) }
        if written != buffer.count {
            let code = written < 0 ? errno : ENOSPC
            // Leave no partial line behind: the whole batch is retried later.
            _ = ftruncate(descriptor, sizeBefore)
            throw AlertLogError("cannot append to the alert log \(path): \(String(cString: strerror(code))); the alerts stay pending and are written when it can", code: code)
        }
        if calls.sync(descriptor) != 0 {
            let code = errno
            _ = ftruncate(descriptor, sizeBefore)
            throw AlertLogError("cannot flush the alert log \(path) to disk: \(String(cString: strerror(code)))", code: code)
        }
    }

    /// Which of `ids` already have a line in the current file. Lines are appended in id order,
    /// so the scan walks back from the end and stops at the first id below the smallest wanted.
    public func loggedIDs(among ids: Set<Int64>) throws(AlertLogError) -> Set<Int64> {
        guard let smallest = ids.min() else { return [] }
        var found: Set<Int64> = []
        for line in try linesFromTheEnd() {
            guard let id = Self.leadingID(line) else { continue }
            if ids.contains(id) { found.insert(id) }
            if id < smallest || found.count == ids.count { break }
        }
        return found
    }

    /// The id of the last alert line in the current file (ids grow down the file); nil for a
    /// file with none.
    public func highestLoggedID() throws(AlertLogError) -> Int64? {
        for line in try linesFromTheEnd() {
            if let id = Self.leadingID(line) { return id }
        }
        return nil
    }

    /// The id of a line written by Tally: lines start with `{"id":N,`.
    static func leadingID(_ line: ArraySlice<UInt8>) -> Int64? {
        let prefix = Array(#"{"id":"#.utf8)
        guard line.count > prefix.count, line.starts(with: prefix) else { return nil }
        var value: Int64 = 0
        var sawDigit = false
        for byte in line.dropFirst(prefix.count) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
            value = value &* 10 &+ Int64(byte - UInt8(ascii: "0"))
            sawDigit = true
        }
        return sawDigit ? value : nil
    }

    private func open() throws(AlertLogError) {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw AlertLogError("cannot create the folder of the alert log \(path): \(error.localizedDescription)")
            }
        }
        let existed = access(path, F_OK) == 0
        descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot open") }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot stat") }
        openedIdentity = (UInt(status.st_dev), UInt(status.st_ino))
        if !existed { syncFolder(folder.isEmpty ? "." : folder) }
    }

    /// A new file's directory entry must be durable too, or a crash can lose the whole file.
    private func syncFolder(_ folder: String) {
        let folderDescriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folderDescriptor >= 0 else { return }
        _ = fsync(folderDescriptor)
        Glibc.close(folderDescriptor)
    }

    private func reopenIfMovedAway() throws(AlertLogError) {
        var status = stat()
        if descriptor < 0 || stat(path, &status) != 0 || UInt(status.st_dev) != openedIdentity.device || UInt(status.st_ino) != openedIdentity.inode {
            try reopen()
        }
    }

    private func repairTornTail() throws(AlertLogError) {
        let readDescriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard readDescriptor >= 0 else { throw failure("cannot read") }
        defer { Glibc.close(readDescriptor) }
        let size = lseek(readDescriptor, 0, SEEK_END)
        guard size > 0 else { return }
        var last: UInt8 = 0
        guard pread(readDescriptor, &last, 1, size - 1) == 1 else { throw failure("cannot read") }
        guard last != UInt8(ascii: "\n") else { return }
        var end = size - 1
        let chunk = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: chunk)
        while end > 0 {
            let start = max(0, end - off_t(chunk))
            let count = Int(end - start)
            guard pread(readDescriptor, &buffer, count, start) == count else { throw failure("cannot read") }
            if let newline = buffer[0..<count].lastIndex(of: UInt8(ascii: "\n")) {
                end = start + off_t(newline) + 1
                break
            }
            end = start
        }
        var torn = [UInt8](repeating: 0, count: Int(min(size - end, off_t(Self.tornLineShown))))
        _ = pread(readDescriptor, &torn, torn.count, end)
        guard ftruncate(descriptor, end) == 0 else { throw failure("cannot repair the torn last line of") }
        let shown = String(decoding: torn, as: UTF8.self)
        cutTornLine = size - end > off_t(Self.tornLineShown) ? "\(shown)… (\(size - end) bytes)" : shown
    }

    /// How much of a cut line is quoted back: enough to recognise it.
    private static let tornLineShown = 200

    /// Complete lines of the current file, last first, read in chunks from the end.
    private func linesFromTheEnd() throws(AlertLogError) -> AnySequence<ArraySlice<UInt8>> {
        let readDescriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard readDescriptor >= 0 else {
            if errno == ENOENT { return AnySequence([]) }
            throw failure("cannot read")
        }
        let size = lseek(readDescriptor, 0, SEEK_END)
        return AnySequence(BackwardLines(descriptor: readDescriptor, end: size))
    }

    private func failure(_ what: String) -> AlertLogError {
        let code = errno
        return AlertLogError("\(what) the alert log \(path): \(String(cString: strerror(code)))", code: code)
    }
}

/// The two calls whose failures matter most (a full disk shows up in them), replaceable so tests
/// can make them fail part-way the way a real disk does.
public struct WriteCalls: Sendable {
    public var write: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int
    public var sync: @Sendable (Int32) -> Int32

    public init(write: @escaping @Sendable (Int32, UnsafeRawPointer?, Int) -> Int, sync: @escaping @Sendable (Int32) -> Int32) {
        self.write = write
        self.sync = sync
    }

    public static let posix = WriteCalls(write: { Glibc.write($0, $1, $2) }, sync: { fdatasync($0) })
}

/// Yields a file's lines from last to first without reading the whole file. Owns and closes
/// the descriptor.
private final class BackwardLines: Sequence, IteratorProtocol {
    private let descriptor: Int32
    private var position: off_t
    /// Unreturned bytes just before the last line handed out, without its newline.
    private var pending: [UInt8] = []
    private var finished = false

    init(descriptor: Int32, end: off_t) {
        self.descriptor = descriptor
        self.position = end
        if fill(), pending.last == UInt8(ascii: "\n") { pending.removeLast() }
    }

    deinit { close(descriptor) }

    func next() -> ArraySlice<UInt8>? {
        while !finished {
            if let newline = pending.lastIndex(of: UInt8(ascii: "\n")) {
                let line = pending[(newline + 1)...]
                defer { pending.removeSubrange(newline...) }
                return line
            }
            if position > 0, fill() { continue }
            finished = true
            return pending[...]
        }
        return nil
    }

    /// Prepends the next chunk towards the start of the file.
    private func fill() -> Bool {
        guard position > 0 else { return false }
        let start = Swift.max(0, position - 64 * 1024)
        var chunk = [UInt8](repeating: 0, count: Int(position - start))
        guard pread(descriptor, &chunk, chunk.count, start) == chunk.count else { position = 0; return false }
        pending = chunk + pending
        position = start
        return true
    }
}
