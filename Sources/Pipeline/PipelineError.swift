public import AlertLog
public import Store
#if canImport(Glibc)
import Glibc
#endif

/// Why a document could not be taken through the pipeline now. Each kind says what to do next:
/// wait and try again (`transient`), try a few times and then set the document aside
/// (`permanent`), stop (`stopping`), or refuse to go on (`stateDisagrees`).
public enum PipelineError: Error, CustomStringConvertible, Sendable {
    /// The machine under Tally failed, not the document: see `TransientFailure`.
    case transient(TransientFailure)
    /// This document met a failure of its own: see `DocumentFailure`.
    case permanent(DocumentFailure)
    /// The daemon is stopping: the document was left unrecorded and is taken again on the next start.
    case stopping
    /// The database and the alert log tell different histories: nothing may be taken until the
    /// operator decides (see `StateAgreement`).
    case stateDisagrees(StateAgreement.Mismatch)

    public var description: String {
        switch self {
        case .transient(let failure): failure.description
        case .permanent(let failure): failure.description
        case .stopping: "stopping before the document was recorded; it is taken again on the next start"
        case .stateDisagrees(let mismatch): mismatch.description
        }
    }

    /// errno when the cause is a system call (ENOSPC for a full disk; ECANCELED when stopping), else 0.
    public var code: Int32 {
        switch self {
        case .transient(let failure): failure.code
        case .stopping: ECANCELED
        case .permanent, .stateDisagrees: 0
        }
    }

    /// A store failure keeps the kind the store gave it where it was born (from SQLite's result code).
    public init(_ error: StoreError) {
        switch error.kind {
        case .transient: self = .transient(TransientFailure(error.description))
        case .permanent: self = .permanent(DocumentFailure(error.description))
        }
    }

    /// The alert log is Tally's own machinery, shared by every document: a failure to read or
    /// write it (a full disk, a short write, a file moved away) passes, whatever the document.
    public init(_ error: AlertLogError) {
        self = .transient(TransientFailure(error.description, code: error.code))
    }
}

/// A failure of the machine under Tally: a full disk (ENOSPC, EDQUOT), a busy or locked
/// database, an I/O error, an alert log that cannot be written just now, the process out of file
/// descriptors. It passes (or an operator mends it), and the document is not at fault: it is tried
/// again for as long as it takes, and the failures do not count against it.
public struct TransientFailure: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String
    /// errno when the cause is a system call (ENOSPC for a full disk), else 0.
    public var code: Int32

    public init(_ description: String, code: Int32 = 0) {
        self.description = description
        self.code = code
    }
}

/// A failure this document met and another document would not: a constraint its data violates,
/// a value the database or the encoder refuses, an unexpected store error over its data, a bug
/// its content reaches. Trying it again is unlikely to help: it is tried a few times, then set
/// aside with this reason so that the documents behind it are taken.
public struct DocumentFailure: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
