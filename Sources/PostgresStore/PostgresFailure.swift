import NIOCore
import PostgresNIO
import Store

/// A PostgreSQL failure as a `StoreError`: its kind decided by its SQLSTATE (or, below the
/// server, by the connection), its message the server's own, with its detail and hint.
enum PostgresFailure {
    /// Transient: the server, the network or the machine cannot do it now, and trying again is
    /// right (a lost connection, a serialization failure or deadlock, a full disk, too many
    /// connections, a server shutting down). Permanent: what the data written met (a constraint,
    /// a value out of range) or a query the schema does not answer.
    static func kind(sqlState: String) -> StoreError.Kind {
        switch sqlState {
        case "40001", // serialization_failure
             "40P01", // deadlock_detected
             "55P03", // lock_not_available
             "57014", // query_canceled (statement_timeout)
             "25006", // read_only_sql_transaction (a standby, as SQLite's read-only file)
             "XX001", "XX002": // data_corrupted, index_corrupted: waited for, as SQLite's damaged file
            .transient
        default:
            switch sqlState.prefix(2) {
            case "08", // connection_exception
                 "53", // insufficient_resources: disk_full, out_of_memory, too_many_connections
                 "57", // operator_intervention: admin_shutdown, crash_shutdown, cannot_connect_now
                 "58": // system_error: io_error
                .transient
            default:
                .permanent
            }
        }
    }

    /// The store error for anything a call to the database threw; `doing` says what was being
    /// done ("database write failed (postgresql://…)").
    static func storeError(_ error: any Error, doing: String) -> StoreError {
        switch error {
        case let error as StoreError:
            return error
        case let error as PSQLError:
            return StoreError("\(doing): \(describe(error))", kind: kind(of: error))
        case let error as PostgresDecodingError:
            return StoreError("\(doing): a stored value could not be read back (column \(error.columnName), \(error.code)); was the database written by a newer Tally?")
        case is ConnectionLost, is ChannelError, is IOError, is NIOConnectionError:
            return StoreError("\(doing): the connection to PostgreSQL failed (\(error))", kind: .transient)
        default:
            return StoreError("\(doing): \(error)", kind: .permanent)
        }
    }

    static func kind(of error: PSQLError) -> StoreError.Kind {
        if error.code == .server { return kind(sqlState: error.serverInfo?[.sqlState] ?? "") }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown, .queryCancelled, .poolClosed,
             .messageDecodingFailure, .unexpectedBackendMessage:
            return .transient
        default:
            return .permanent
        }
    }

    /// The server's message, SQLSTATE, detail and hint; below the server, what the connection met.
    static func describe(_ error: PSQLError) -> String {
        if let info = error.serverInfo, let message = info[.message] {
            var text = message + (info[.sqlState].map { " (SQLSTATE \($0))" } ?? "")
            if let detail = info[.detail] { text += ". " + detail }
            if let hint = info[.hint] { text += " Hint: " + hint }
            return text
        }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
            return "the connection to PostgreSQL was lost (\(error.code))"
        case .connectionError:
            return "cannot connect to PostgreSQL: \(error.underlying.map { "\($0)" } ?? "\(error.code)")"
        default:
            return "\(error.code)" + (error.underlying.map { ": \($0)" } ?? "")
        }
    }
}
