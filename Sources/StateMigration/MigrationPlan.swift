/// The tables copied, in the order they are copied: each after every table its foreign keys
/// refer to, so that every batch commits on its own.
///
/// The figure summaries come first. `figure_sync` says up to which claim `figure` accounts for,
/// and a PostgreSQL store opened on a database whose claims run past it recounts the figures
/// from the claims and positions it holds: on a resume (which opens the store), those of a half
/// copy. Copied before any claim, it accounts for every claim still to come.
public enum MigrationPlan {
    public static let tables = [
        "figure", "figure_sync",
        "document", "story", "article", "fingerprint", "claim", "position", "alert", "alert_id_floor",
        "feed", "feed_entry", "delivery", "notifier_state",
    ]

    /// SQLite tables that are not Tally's state: GRDB's record of the migrations applied (the
    /// target keeps its own), and SQLite's own.
    static func isBookkeeping(_ table: String) -> Bool {
        table == "grdb_migrations" || table.hasPrefix("sqlite_")
    }

    /// The plan for every table, from what the source and the target hold. A source that lacks a
    /// table of the plan was written by an older Tally; one that has a table the plan does not
    /// name, by a newer one: both are refused rather than copied in part.
    static func tablePlans(sourceTables: Set<String>, sourceColumns: (String) throws -> [SourceColumn],
                           targetColumns: (String) throws -> [TargetColumn], path: String) throws -> [TableCopyPlan] {
        let missing = tables.filter { !sourceTables.contains($0) }
        guard missing.isEmpty else {
            throw MigrationError.refused("\(path) was written by an older Tally (it has no \(missing.joined(separator: ", ")) table): "
                                         + "open it once with this version (run `tally figures` with its configuration), then migrate")
        }
        let unknown = sourceTables.filter { !isBookkeeping($0) && !tables.contains($0) }.sorted()
        guard unknown.isEmpty else {
            throw MigrationError.refused("\(path) holds tables this Tally does not know (\(unknown.joined(separator: ", "))): "
                                         + "it was written by a newer Tally; migrate with that version")
        }
        return try tables.map { table in
            let target = try targetColumns(table)
            guard !target.isEmpty else {
                throw MigrationError.refused("the PostgreSQL database has no \(table) table: it was prepared by another Tally version; "
                                             + "migrate with the version that prepared it, or into a new database")
            }
            return try TableCopyPlan(table: table, source: try sourceColumns(table), target: target)
        }
    }
}
