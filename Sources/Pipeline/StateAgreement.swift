import AlertLog
import Store

/// Whether the database and the alert log tell one history. The log is the user's record: every
/// alert id in it must be unique. A database that knows fewer alerts than the log holds was
/// deleted, truncated or replaced by an older copy; taking documents on it would number new alerts
/// with ids the log already has (and lose the figures' history silently).
public enum StateAgreement: Equatable, Sendable {
    case agrees
    /// The operator chose to go on: new alerts are numbered after the log's highest id.
    case adopted(logHighest: Int64, databaseHighest: Int64)

    /// The verdict, pure: the log's highest id against the database's.
    public static func judge(logHighest: Int64?, databaseHighest: Int64) -> Mismatch? {
        guard let logHighest, logHighest > databaseHighest else { return nil }
        return Mismatch(logHighest: logHighest, databaseHighest: databaseHighest)
    }

    public struct Mismatch: Error, Equatable, CustomStringConvertible, Sendable {
        public var logHighest: Int64
        public var databaseHighest: Int64

        public var description: String {
            let known = databaseHighest == 0 ? "knows no alert at all" : "knows alerts only up to id \(databaseHighest)"
            return "the alert log holds alerts up to id \(logHighest), but the database \(known): the database was deleted, "
                + "truncated or replaced by an older copy, and new alerts would repeat ids already in the log. Restore the database "
                + "from a backup; or move the alert log away to start a new one; or, to keep this database and this log, start with "
                + "--adopt-alert-log (new alerts are then numbered after \(logHighest))"
        }
    }
}

extension Pipeline {
    /// Checks the database against the alert log before any document is taken; with `adopt`,
    /// a database behind the log numbers its next alerts after the log's highest id instead of
    /// being refused.
    public func checkStateAgreement(adopt: Bool) throws(PipelineError) -> StateAgreement {
        let logHighest: Int64?
        do {
            logHighest = try alertLog.highestLoggedID()
        } catch {
            throw PipelineError(error)
        }
        let databaseHighest = try read { try $0.highestAlertID() }
        guard let mismatch = StateAgreement.judge(logHighest: logHighest, databaseHighest: databaseHighest) else { return .agrees }
        guard adopt else { throw .stateDisagrees(mismatch) }
        try write { tx in try tx.numberAlerts(after: mismatch.logHighest) }
        return .adopted(logHighest: mismatch.logHighest, databaseHighest: databaseHighest)
    }
}
