#if canImport(Glibc)
import Glibc
#endif

/// inotify could not be set up: what failed, the system's reason, and what may help.
public struct InotifyError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public var code: Int32

    init(_ what: String, hint: String = "", code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))\(hint)"
        self.code = code
    }
}
