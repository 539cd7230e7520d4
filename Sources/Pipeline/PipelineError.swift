#if canImport(Glibc)
import Glibc
#endif

/// A failure of Tally's own machinery (database, alert log), not of the document: the document
/// stays where it is and is tried again.
public struct PipelineError: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// errno when the cause is a system call (ENOSPC for a full disk), else 0.
    public var code: Int32
    public var kind: Kind

    public enum Kind: Sendable, Equatable {
        /// Worth trying again (a full disk, a busy database).
        case failure
        /// The database and the alert log tell different histories: nothing may be taken until
        /// the operator decides (see `StateAgreement`).
        case stateDisagrees
    }

    public init(_ description: String, code: Int32 = 0, kind: Kind = .failure) {
        self.description = description
        self.code = code
        self.kind = kind
    }
}

extension PipelineError {
    /// The daemon is stopping: the document was left unrecorded and is taken again on the next start.
    public static let stopping = PipelineError("stopping before the document was recorded; it is taken again on the next start", code: ECANCELED)
}
