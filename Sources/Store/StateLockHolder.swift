#if canImport(Glibc)
import Glibc
#endif

/// Who holds the `flock` on a SQLite state's `<database>.lock`: the daemon writes its pid into
/// the file, so that one refused the lock (a second daemon, a migration) can say which process to stop.
public enum StateLockHolder {
    /// The pid written in the lock file open at `descriptor`, if any.
    public static func pid(in descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).filter { !$0.isWhitespace })
    }
}
