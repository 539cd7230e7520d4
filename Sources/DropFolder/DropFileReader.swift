public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A finished document read from the drop folder.
public struct DropFile: Sendable, Equatable {
    public var name: FileName
    public var bytes: [UInt8]
    public var modified: Date
}

/// What reading a waiting file gave.
public enum DropFileRead: Sendable, Equatable {
    case read(DropFile)
    /// Not a document Tally will read; set it aside with this reason.
    case refused(String)
    /// Gone before it could be read (someone took it back).
    case vanished
    /// The system cannot open it just now (the process or the system is out of file
    /// descriptors, `code` EMFILE or ENFILE): nothing is wrong with the file; try again later.
    case unavailable(String, code: Int32)
    /// Still open for writing elsewhere, or its size or time changed while it was read: a writer
    /// is still at it; try again later.
    case stillChanging
}

/// Reads drop-folder files without following symbolic links, without blocking on FIFOs, without
/// taking a file another process still has open for writing, and without reading more than the
/// size limit.
public struct DropFileReader: Sendable {
    public var maximumBytes: Int

    public init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

    public func read(_ name: FileName, in folder: String) -> DropFileRead {
        let descriptor = SystemPath.with(folder, name) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return failedOpen(name, in: folder, code: errno) }
        defer { close(descriptor) }
        var before = stat()
        guard fstat(descriptor, &before) == 0 else { return .refused("cannot inspect the file: \(SystemPath.errorText(errno))") }
        switch before.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFIFO: return .refused("a named pipe (FIFO), not a file: Tally reads regular files only")
        case S_IFSOCK: return .refused("a socket, not a file: Tally reads regular files only")
        case S_IFCHR, S_IFBLK: return .refused("a device, not a file: Tally reads regular files only")
        default: return .refused("not a regular file: Tally reads regular files only")
        }
        if WriterCheck.writers(of: descriptor) == .openForWriting { return .stillChanging }
        guard Int(before.st_size) <= maximumBytes else {
            return .refused("too large: \(ByteCount.text(Int(before.st_size))), over the limit of \(ByteCount.text(maximumBytes)) (setting drop.max_file_bytes)")
        }
        var bytes = [UInt8](repeating: 0, count: Int(before.st_size))
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew past its stated size: keep reading up to the limit to see how far.
                guard bytes.count <= maximumBytes else { return .stillChanging }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count / 2)))
            }
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused("cannot read the file: \(SystemPath.errorText(errno))")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        var after = stat()
        guard fstat(descriptor, &after) == 0, after.st_size == before.st_size, filled == Int(before.st_size),
              after.st_mtim.tv_sec == before.st_mtim.tv_sec, after.st_mtim.tv_nsec == before.st_mtim.tv_nsec else {
            return .stillChanging
        }
        let modified = Date(timeIntervalSince1970: TimeInterval(after.st_mtim.tv_sec) + TimeInterval(after.st_mtim.tv_nsec) / 1e9)
        return .read(DropFile(name: name, bytes: bytes, modified: modified))
    }

    private func failedOpen(_ name: FileName, in folder: String, code: Int32) -> DropFileRead {
        switch code {
        case ENOENT:
            return .vanished
        case ELOOP:
            var target = [CChar](repeating: 0, count: 4096)
            let length = SystemPath.with(folder, name) { readlink($0, &target, target.count - 1) }
            let pointsTo = length > 0 ? " to \(FileName(bytes: target[0..<length].map { UInt8(bitPattern: $0) }).display)" : ""
            return .refused("a symbolic link\(pointsTo): Tally does not follow links out of the drop folder; move or copy the file itself in")
        case EACCES, EPERM:
            return .refused("permission denied: the daemon's user cannot read it")
        case EMFILE, ENFILE:
            return .unavailable(DescriptorShortage.message(code: code), code: code)
        default:
            return .refused("cannot open the file: \(SystemPath.errorText(code))")
        }
    }
}

/// A size as people read it ("16.0 MiB"); the commands' messages use it too.
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f %@", value, units[unit])
    }
}
