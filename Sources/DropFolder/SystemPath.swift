#if canImport(Glibc)
import Glibc
#endif

/// Builds NUL-terminated paths from a folder and a raw file name, so names that are not UTF-8
/// reach the kernel byte for byte.
enum SystemPath {
    static func with<T>(_ folder: String, _ name: FileName, _ body: (UnsafePointer<CChar>) -> T) -> T {
        var bytes = Array(folder.utf8)
        if bytes.last != UInt8(ascii: "/") { bytes.append(UInt8(ascii: "/")) }
        bytes += name.bytes
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    static func errorText(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Makes renames and new entries in a folder durable.
    static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
