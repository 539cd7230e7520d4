#if canImport(Glibc)
import Glibc
#endif

/// The server could not start: what failed, with the system's reason.
public struct LoopbackError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public var code: Int32

    init(_ what: String, code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))"
        self.code = code
    }
}
