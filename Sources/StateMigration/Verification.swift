/// The check that ends a migration: every table holds as many rows in PostgreSQL as in the
/// SQLite snapshot copied. Rows are copied once each (a batch commits with its progress), so a
/// difference means something else wrote to the target meanwhile.
enum Verification {
    struct TableCount: Equatable, Sendable {
        var table: String
        var source: Int
        var target: Int
    }

    static func mismatches(_ counts: [TableCount]) -> [TableCount] {
        counts.filter { $0.source != $0.target }
    }

    static func failure(_ mismatches: [TableCount], target: String) -> MigrationError? {
        guard !mismatches.isEmpty else { return nil }
        let listing = mismatches.map { "\($0.table): \($0.source) rows in SQLite, \($0.target) in PostgreSQL" }.joined(separator: "; ")
        return .refused("the copy does not match its source (\(listing)): something else wrote to \(target) during the migration. "
                        + "Drop the database, create it again (createdb) and migrate anew, with no daemon or command using it")
    }
}
