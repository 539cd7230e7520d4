public import Foundation

/// What a run did, for the operator: rows per table, time, and what to do next.
public struct MigrationSummary: Sendable, Equatable {
    public struct Table: Sendable, Equatable {
        public var name: String
        /// The rows the target holds (and the source, verified equal).
        public var rows: Int
        /// Of those, the rows this run copied (less than `rows` on a resume).
        public var copiedNow: Int
    }

    public var sourcePath: String
    /// The database, as a URL without its password.
    public var target: String
    public var tables: [Table]
    public var seconds: Double
    /// Some rows had been copied by an earlier run that stopped.
    public var resumed: Bool
    /// Set when an earlier run had finished: this one did nothing.
    public var alreadyFinishedAt: Date?
    /// The source was written to after the finished migration.
    public var sourceChangedSince: Bool
    /// Source columns PostgreSQL has no column for ("table.column"): not copied.
    public var notCopied: [String]
    /// The alerts left to log or send, and the node they were handed to; nil when the run did nothing.
    public var handover: AlertHandover?

    public var lines: [String] {
        if let alreadyFinishedAt {
            var lines = ["The migration of \(sourcePath) into \(target) finished on \(Self.timestamp(alreadyFinishedAt)): nothing to do."]
            if sourceChangedSince {
                lines.append("Note: \(sourcePath) was written to since; those writes are not in PostgreSQL. To move them, migrate it anew "
                             + "into a new, empty database.")
            }
            return lines
        }
        let total = tables.reduce(0) { $0 + $1.rows }
        let copiedNow = tables.reduce(0) { $0 + $1.copiedNow }
        let rate = seconds > 0 ? " (\(Self.grouped(Int(Double(copiedNow) / seconds))) rows/s)" : ""
        var lines = [(resumed ? "Resumed and finished" : "Finished") + " the migration of \(sourcePath) into \(target): "
                     + "\(Self.grouped(copiedNow)) rows copied in \(String(format: "%.1f", seconds)) s\(rate)"
                     + (resumed ? ", \(Self.grouped(total - copiedNow)) before." : ".")]
        let width = tables.map(\.name.count).max() ?? 0
        for table in tables {
            let padded = table.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let now = resumed && table.copiedNow != table.rows ? " (\(Self.grouped(table.copiedNow)) this run)" : ""
            lines.append("  \(padded)  \(Self.grouped(table.rows)) row\(table.rows == 1 ? "" : "s")\(now)")
        }
        lines.append("Row counts equal in every table; identity sequences set after the highest ids copied.")
        if !notCopied.isEmpty {
            lines.append("Not copied, PostgreSQL having no such column: \(notCopied.joined(separator: ", ")).")
        }
        if let handover, handover.unloggedAlerts + handover.pendingDeliveries > 0 {
            let work = "\(Self.grouped(handover.unloggedAlerts)) alert\(handover.unloggedAlerts == 1 ? "" : "s") not yet in the alert log and "
                + "\(Self.grouped(handover.pendingDeliveries)) deliver\(handover.pendingDeliveries == 1 ? "y" : "ies") still to send"
            if let node = handover.node {
                lines.append("\(work): handed to node \"\(node)\", whose daemon logs and sends them ([cluster] node, the host's name by default).")
            } else {
                lines.append("\(work): left to no node; no daemon will log or send them.")
            }
        }
        lines.append("Next: set [storage] url to this database in the configuration, then start the daemon.")
        return lines
    }

    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (number < 0 ? "-" : "") + result
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
