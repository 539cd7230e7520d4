#if canImport(Glibc)
import Glibc
#endif

/// An exporter could not do its work: what failed and the system's reason.
public struct TelemetryError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    init(_ what: String, code: Int32) {
        description = "\(what): \(String(cString: strerror(code)))"
    }
}
