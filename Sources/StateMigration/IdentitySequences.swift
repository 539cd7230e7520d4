import PostgresNIO

/// After the copy, every identity column's sequence is set to the highest id copied, so that
/// the next row a store inserts is numbered after the migrated ones instead of clashing with
/// id 1. (Alert ids are not an identity: a new alert takes the highest held or floored plus one.)
enum IdentitySequences {
    static func reset(_ plans: [TableCopyPlan], on target: PostgresTarget) throws {
        for plan in plans {
            for column in plan.columns where column.isIdentity {
                // pg_get_serial_sequence reads its first argument as SQL (quoted), its second as a plain name.
                try target.execute(PostgresQuery(unsafeSQL: """
                    SELECT setval(pg_get_serial_sequence($1, $2), highest) FROM (SELECT max(\(quoted(column.name))) AS highest
                    FROM \(quoted(plan.table))) AS copied WHERE highest IS NOT NULL
                    """, binds: bindings(quoted(plan.table), column.name)))
            }
        }
    }

    private static func bindings(_ values: String...) -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return bindings
    }
}
