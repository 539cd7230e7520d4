import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Puts each file in its one final place: `processed/` or `rejected/` (with `NAME.reason`
/// beside it). Moves are renames; a taken name gets a number (`a.txt` -> `a.2.txt`), so nothing
/// is ever overwritten.
public struct DropFolderMover: Sendable {
    public var layout: DropFolderLayout

    public init(layout: DropFolderLayout) { self.layout = layout }

    /// Returns the name the file has in `processed/`.
    public func moveToProcessed(_ name: FileName) throws(DropFolderError) -> FileName {
        let target = try freeName(for: name, in: layout.processed, alsoFree: nil)
        try rename(name, from: layout.folder, to: target, in: layout.processed)
        return target
    }

    /// Writes the reason, then moves the file beside it; returns the name it has in `rejected/`.
    public func reject(_ name: FileName, reason: String) throws(DropFolderError) -> FileName {
        let target = try freeName(for: name, in: layout.rejected, alsoFree: ".reason")
        try writeReason(reason + "\n", as: target.appending(".reason"))
        try rename(name, from: layout.folder, to: target, in: layout.rejected)
        return target
    }

    private func rename(_ name: FileName, from folder: String, to target: FileName, in targetFolder: String) throws(DropFolderError) {
        let attempt = {
            SystemPath.with(folder, name) { source in
                SystemPath.with(targetFolder, target) { destination in Glibc.rename(source, destination) }
            }
        }
        var result = attempt()
        if result != 0, errno == ENOENT, sourceExists(name, in: folder) {
            // The drop folder was deleted and brought back without its subfolders.
            try? FileManager.default.createDirectory(atPath: targetFolder, withIntermediateDirectories: true)
            result = attempt()
        }
        guard result == 0 else {
            let code = errno
            throw DropFolderError("cannot move \(name.display) to \(targetFolder): \(SystemPath.errorText(code))", code: code)
        }
        SystemPath.syncFolder(targetFolder)
        SystemPath.syncFolder(folder)
    }

    /// The reason file appears whole or not at all: written under a hidden name, then renamed.
    private func writeReason(_ text: String, as name: FileName) throws(DropFolderError) {
        try? FileManager.default.createDirectory(atPath: layout.rejected, withIntermediateDirectories: true)
        let staging = FileName(bytes: Array(".".utf8) + name.bytes.prefix(200) + Array(".tmp".utf8))
        let descriptor = SystemPath.with(layout.rejected, staging) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else {
            let code = errno
            throw DropFolderError("cannot write the reason for \(name.display) in \(layout.rejected): \(SystemPath.errorText(code))", code: code)
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        guard written == bytes.count, synced else {
            _ = SystemPath.with(layout.rejected, staging) { unlink($0) }
            throw DropFolderError("cannot write the reason for \(name.display): \(SystemPath.errorText(code))", code: code)
        }
        try rename(staging, from: layout.rejected, to: name, in: layout.rejected)
    }

    private func freeName(for name: FileName, in folder: String, alsoFree suffix: String?) throws(DropFolderError) -> FileName {
        // Leave room for ".reason" and a number within the 255-byte name limit.
        let base = name.shortened(toAtMost: 230)
        for number in 1...10_000 {
            let candidate = number == 1 ? base : base.numbered(number)
            if !exists(candidate, in: folder), suffix.map({ !exists(candidate.appending($0), in: folder) }) ?? true {
                return candidate
            }
        }
        throw DropFolderError("no free name for \(name.display) in \(folder) after 10,000 tries")
    }

    private func sourceExists(_ name: FileName, in folder: String) -> Bool { exists(name, in: folder) }

    private func exists(_ name: FileName, in folder: String) -> Bool {
        var status = stat()
        return SystemPath.with(folder, name) { lstat($0, &status) } == 0
    }
}
