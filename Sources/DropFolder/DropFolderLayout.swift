public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The drop folder and the two places every file in it ends: `processed/` or `rejected/`.
/// Both default to subfolders of the drop folder, which keeps every move a rename on one
/// filesystem (atomic, nothing copied).
public struct DropFolderLayout: Sendable, Equatable {
    public var folder: String
    public var processed: String
    public var rejected: String

    public init(folder: String, processed: String? = nil, rejected: String? = nil) {
        self.folder = folder
        self.processed = processed ?? (folder as NSString).appendingPathComponent("processed")
        self.rejected = rejected ?? (folder as NSString).appendingPathComponent("rejected")
    }

    /// Creates the three folders when missing.
    public func prepare() throws(DropFolderError) {
        for path in [folder, processed, rejected] {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw DropFolderError("cannot create \(path): \(error.localizedDescription)")
            }
        }
    }

    /// Finished documents waiting in the drop folder, in name order (the order they are taken).
    /// Subfolders are skipped; symbolic links and other odd entries are listed so they can be
    /// set aside with a reason.
    public func waitingFiles() throws(DropFolderError) -> [FileName] {
        try scan().waiting
    }

    /// One listing of the drop folder: the files waiting (as `waitingFiles`) and the folders other
    /// than `processed/` and `rejected/` (or a folder holding them), which Tally leaves alone: it
    /// takes only the files directly in the drop folder.
    public func scan() throws(DropFolderError) -> (waiting: [FileName], strayFolders: [FileName]) {
        guard let directory = opendir(folder) else {
            let code = errno
            throw DropFolderError("cannot list the drop folder \(folder): \(SystemPath.errorText(code))", code: code)
        }
        defer { closedir(directory) }
        let own = Set([processed, rejected].compactMap(firstComponentInside))
        var waiting: [FileName] = []
        var strayFolders: [FileName] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                FileName(bytes: Array(raw.prefix(while: { $0 != 0 })))
            }
            if name.bytes == Array(".".utf8) || name.bytes == Array("..".utf8) { continue }
            if isFolder(name, type: entry.pointee.d_type) {
                if !own.contains(name) { strayFolders.append(name) }
            } else if ReadinessRule.isReady(name) {
                waiting.append(name)
            }
        }
        return (waiting.sorted(), strayFolders.sorted())
    }

    /// For a path inside the drop folder, the name of the drop folder's entry that leads to it.
    private func firstComponentInside(_ path: String) -> FileName? {
        let base = Self.absolute(folder)
        let inner = Self.absolute(path)
        guard inner.hasPrefix(base + "/") else { return nil }
        return inner.dropFirst(base.count + 1).split(separator: "/").first.map { FileName(String($0)) }
    }

    private static func absolute(_ path: String) -> String {
        let rooted = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (rooted as NSString).standardizingPath
    }

    private func isFolder(_ name: FileName, type: UInt8) -> Bool {
        if type == UInt8(DT_DIR) { return true }
        guard type == UInt8(DT_UNKNOWN) else { return false }
        var status = stat()
        return SystemPath.with(folder, name) { lstat($0, &status) } == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }
}

extension DropFolderLayout {
    /// When a waiting file was last written, without opening it (nil when it is gone).
    public func modificationTime(of name: FileName) -> Date? {
        var status = stat()
        guard SystemPath.with(folder, name, { lstat($0, &status) }) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(status.st_mtim.tv_sec) + TimeInterval(status.st_mtim.tv_nsec) / 1e9)
    }
}
