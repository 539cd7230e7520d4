#if canImport(Glibc)
import Glibc
#endif

/// Replaces a file so that a reader finds the previous contents or the new, never a part: the
/// bytes go to a temporary file beside the target (same filesystem, so the rename is atomic),
/// reach the disk, and the temporary file is renamed over the target. The temporary name starts
/// with a dot and does not end in `.prom`, so node_exporter never reads it.
enum AtomicFile {
    static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(directory).\(name).tmp"
    }

    static func replace(_ path: String, with bytes: [UInt8]) throws(TelemetryError) {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw TelemetryError("cannot create \(temporary)", code: errno) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return try abandon(temporary, descriptor, "cannot write \(temporary)") }
            written += result
        }
        guard fsync(descriptor) == 0 else { return try abandon(temporary, descriptor, "cannot sync \(temporary)") }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw TelemetryError("cannot rename \(temporary) to \(path)", code: code)
        }
    }

    /// Leaves nothing half-written behind and reports why.
    private static func abandon(_ temporary: String, _ descriptor: Int32, _ what: String) throws(TelemetryError) {
        let code = errno
        close(descriptor)
        unlink(temporary)
        throw TelemetryError(what, code: code)
    }
}
