import Foundation

/// What a run does, from what the target's progress record says and which source it was given:
/// begin, continue, say it is done, or refuse. Nothing here touches a database.
enum MigrationStart: Equatable {
    case begin
    case resume
    /// The copy was finished before; `sourceChangedSince`: the file was written to since, and
    /// those writes are not in PostgreSQL.
    case alreadyFinished(at: Date, sourceChangedSince: Bool)
    case refuse(MigrationError)

    /// `heldRows`: the target's rows per table, asked only when no migration began there.
    static func decide(record: ProgressRecord?, sourcePath: String, source: SourceFile, target: String,
                       heldRows: () throws -> [(table: String, rows: Int)]) rethrows -> MigrationStart {
        guard let record else {
            let held = try heldRows().filter { $0.rows > 0 }
            guard held.isEmpty else {
                let listing = held.map { "\($0.rows) \($0.table) rows" }.joined(separator: ", ")
                return .refuse(.refused("the database \(target) already holds Tally data (\(listing)) that no migration from \(sourcePath) "
                                        + "copied: migrate into a new, empty database (createdb), or drop this one if its data is not needed"))
            }
            return .begin
        }
        guard record.source.identity == source.identity else {
            let state = record.finishedAt == nil ? "a migration from \(record.sourcePath) began there and is not finished"
                                                 : "it holds what was migrated from \(record.sourcePath)"
            return .refuse(.refused("the database \(target) is not for \(sourcePath): \(state). Finish that one "
                                    + "(run the command again with --from sqlite:\(record.sourcePath)), or migrate \(sourcePath) into a new, empty database"))
        }
        if let finishedAt = record.finishedAt {
            return .alreadyFinished(at: finishedAt, sourceChangedSince: record.source.stamp != source.stamp)
        }
        guard record.source.stamp == source.stamp else {
            return .refuse(.refused("\(sourcePath) was written to since this migration began (was the daemon or a tally command run on it?), "
                                    + "so what was copied may no longer match it: drop the database \(target), create it again (createdb) "
                                    + "and migrate anew, with the daemon stopped"))
        }
        return .resume
    }
}
