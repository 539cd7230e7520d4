import GRDB

/// A database problem, said so that an operator can act on it, with its kind decided where it
/// was born: whether it passes (the machine) or belongs to the data written (the document).
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The database or the disk under it cannot do it now: full (SQLITE_FULL, the size cap),
        /// busy or locked, an I/O error, a file that cannot be opened (out of descriptors) or
        /// written, a damaged file. The data is not at fault: it passes, or an operator mends
        /// it, and trying again is right.
        case transient
        /// What the data written met: a constraint it violates, a value SQLite or the encoder
        /// refuses, a stored value that cannot be read back, a bug its content reaches. Another
        /// document would not meet it; trying this one again will not help.
        case permanent
    }

    public var description: String
    public var kind: Kind

    public init(_ description: String, kind: Kind = .permanent) {
        self.description = description
        self.kind = kind
    }

    /// The kind of an SQLite failure, from its (primary) result code.
    static func kind(of error: DatabaseError) -> Kind {
        switch error.resultCode {
        case .SQLITE_FULL, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR, .SQLITE_NOMEM, .SQLITE_CANTOPEN, .SQLITE_PROTOCOL,
             .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_INTERRUPT, .SQLITE_NOLFS,
             // A damaged database fails every document alike: waited for (loudly) as a full
             // disk is, rather than setting each document aside in turn.
             .SQLITE_CORRUPT, .SQLITE_NOTADB:
            .transient
        default:
            .permanent
        }
    }

    /// The kind of anything a database call threw: SQLite's by its result code; a store error
    /// keeps its own; anything else (an encoder refusing a value) belongs to the data.
    static func kind(of error: any Error) -> Kind {
        switch error {
        case let error as DatabaseError: kind(of: error)
        case let error as StoreError: error.kind
        default: .permanent
        }
    }
}
