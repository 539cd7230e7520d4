/// Why the alert log could not be written (its alerts stay pending in the database until it can
/// be) or watched.
public struct AlertLogError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// errno of the failing call, e.g. ENOSPC, so the daemon can tell a full disk from a bad path.
    public var code: Int32

    public init(_ description: String, code: Int32 = 0) {
        self.description = description
        self.code = code
    }
}
