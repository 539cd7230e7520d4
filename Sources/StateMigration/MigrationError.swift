/// Why a migration would not start or stopped, said so that an operator can act on it.
public struct MigrationError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The migration will not run as asked (the source is not Tally's, a daemon holds it, the
        /// target holds other data): nothing was changed, and the message says what to do.
        case refused
        /// It ran and failed part way (the server went away, a value would not convert): what
        /// was committed stays, and running the same command again continues from there.
        case failed
    }

    public var description: String
    public var kind: Kind

    public init(_ description: String, kind: Kind) {
        self.description = description
        self.kind = kind
    }

    static func refused(_ description: String) -> MigrationError { MigrationError(description, kind: .refused) }

    /// A failure part way, with the advice every such failure shares.
    static func failed(_ description: String) -> MigrationError {
        MigrationError(description + ". What was copied is kept: run the same command again to continue", kind: .failed)
    }
}
