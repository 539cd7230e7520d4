import Foundation
import GRDB
import Store
import Testing
@testable import StateMigration

/// The pure parts: which tables, in which order, which columns, how values convert, what a run decides.
@Suite struct PlanTests {
    /// A new SQLite state, as this Tally makes it.
    func freshSchema() throws -> (tables: [String], references: [String: Set<String>]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-plan-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try TallyStore(path: folder + "/tally.sqlite").close()
        let queue = try DatabaseQueue(path: folder + "/tally.sqlite")
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .filter { !MigrationPlan.isBookkeeping($0) }
            var references: [String: Set<String>] = [:]
            for table in tables {
                references[table] = Set(try String.fetchAll(db, sql: "SELECT \"table\" FROM pragma_foreign_key_list(?)", arguments: [table]))
            }
            return (tables, references)
        }
    }

    @Test func thePlanCopiesEveryTableOfTheStateEachAfterTheTablesItRefersTo() throws {
        let schema = try freshSchema()
        #expect(Set(MigrationPlan.tables) == Set(schema.tables))
        #expect(MigrationPlan.tables.count == Set(MigrationPlan.tables).count)
        for (index, table) in MigrationPlan.tables.enumerated() {
            for referenced in schema.references[table] ?? [] where referenced != table {
                let at = try #require(MigrationPlan.tables.firstIndex(of: referenced))
                #expect(at < index, "\(table) refers to \(referenced), copied after it")
            }
        }
        #expect(MigrationPlan.tables.firstIndex(of: "figure_sync")! < MigrationPlan.tables.firstIndex(of: "claim")!,
                "the figures' sync point is copied before any claim, so that no store opened part way recounts figures")
    }

    @Test func aSourceFromAnotherVersionIsRefusedNotCopiedInPart() throws {
        let older = Set(MigrationPlan.tables).subtracting(["figure", "figure_sync"])
        let error = try #require(throws: MigrationError.self) {
            try MigrationPlan.tablePlans(sourceTables: older, sourceColumns: { _ in [] }, targetColumns: { _ in [] }, path: "/var/tally.sqlite")
        }
        #expect(error.description.contains("written by an older Tally (it has no figure, figure_sync table)"))
        let newer = Set(MigrationPlan.tables).union(["grdb_migrations", "sqlite_sequence", "node"])
        let refusal = try #require(throws: MigrationError.self) {
            try MigrationPlan.tablePlans(sourceTables: newer, sourceColumns: { _ in [] }, targetColumns: { _ in [] }, path: "/var/tally.sqlite")
        }
        #expect(refusal.description.contains("tables this Tally does not know (node)"))
    }

    @Test func aTableCopiesTheColumnsBothSidesHaveInTheSourcesKeyOrder() throws {
        let plan = try TableCopyPlan(table: "position",
                                     source: [SourceColumn(name: "key", primaryKeyPosition: 1), SourceColumn(name: "slot", primaryKeyPosition: 2),
                                              SourceColumn(name: "claimant", primaryKeyPosition: 0), SourceColumn(name: "legacy", primaryKeyPosition: 0)],
                                     target: [TargetColumn(name: "slot", type: .integer, isIdentity: false),
                                              TargetColumn(name: "key", type: .text, isIdentity: false),
                                              TargetColumn(name: "node", type: .text, isIdentity: false),
                                              TargetColumn(name: "claimant", type: .text, isIdentity: false)])
        #expect(plan.columns.map(\.name) == ["key", "slot", "claimant"], "target-only columns keep their defaults")
        #expect(plan.key == ["key", "slot"])
        #expect(plan.notCopied == ["legacy"])
        #expect(!plan.isCopiedWhole && !plan.hasIdentity)

        let floor = try TableCopyPlan(table: "alert_id_floor", source: [SourceColumn(name: "id", primaryKeyPosition: 0)],
                                      target: [TargetColumn(name: "id", type: .bigint, isIdentity: false)])
        #expect(floor.isCopiedWhole)
        #expect(throws: MigrationError.self) {
            try TableCopyPlan(table: "feed_entry", source: [SourceColumn(name: "feed_id", primaryKeyPosition: 1)],
                              target: [TargetColumn(name: "entry_key", type: .text, isIdentity: false)])
        }
    }

    @Test func valuesConvertByTheTargetColumnsType() throws {
        let cases: [(SourceValue, TargetType, TargetValue)] = [
            (.integer(1), .boolean, .boolean(true)), (.integer(0), .boolean, .boolean(false)),
            (.integer(Int64.max), .bigint, .bigint(Int64.max)), (.integer(7), .integer, .integer(7)), (.integer(-3), .smallint, .smallint(-3)),
            (.real(0.1), .doublePrecision, .doublePrecision(0.1)), (.integer(3), .doublePrecision, .doublePrecision(3)),
            (.real(4), .bigint, .bigint(4)), (.text("12"), .bigint, .bigint(12)),
            (.blob(Data([0, 1, 255])), .bytea, .bytes(Data([0, 1, 255]))), (.text("ab"), .bytea, .bytes(Data("ab".utf8))),
            (.text("troops/total"), .text, .text("troops/total")), (.integer(42), .text, .text("42")),
            (.null, .boolean, .null), (.null, .other("jsonb"), .null),
        ]
        for (value, type, expected) in cases {
            #expect(try ColumnConversion.convert(value, to: type) == expected, "\(value) to \(type)")
        }
        let bad: [(SourceValue, TargetType)] = [(.integer(Int64(Int32.max) + 1), .integer), (.real(1.5), .bigint), (.text("x"), .bigint),
                                                (.blob(Data([1])), .boolean), (.integer(1), .bytea), (.text("1"), .other("jsonb")),
                                                (.blob(Data([0xFF])), .text)]
        for (value, type) in bad {
            #expect(throws: ColumnConversion.Mismatch.self, "\(value) to \(type)") { try ColumnConversion.convert(value, to: type) }
        }
        #expect("\(ColumnConversion.Mismatch(value: .real(1.5), type: .bigint))" == "the real 1.5 does not fit PostgreSQL's bigint column")
        #expect(TargetType(dataType: "double precision") == .doublePrecision)
        #expect(TargetType(dataType: "timestamp with time zone") == .other("timestamp with time zone"))
    }

    @Test func theLastKeyCopiedSurvivesTheProgressRecordExactly() throws {
        let keys = [RowKey([.integer(Int64.max)]), RowKey([.text("north-korea/\"troops\"/sent"), .integer(-2)]),
                    RowKey([.real(0.1), .blob(Data([0, 255])), .null]), RowKey([])]
        for key in keys {
            #expect(try RowKey(json: key.json) == key, "\(key.json)")
        }
        #expect(RowKey([.integer(12), .text("a")]).json == #"[12,"a"]"#)
        #expect(throws: MigrationError.self) { try RowKey(json: "{") }
    }

    @Test func theSourceIsNamedAsSqliteColonPath() throws {
        #expect(try SourceArgument.path("sqlite:/var/lib/tally/tally.sqlite") == "/var/lib/tally/tally.sqlite")
        #expect(try SourceArgument.path("sqlite:///var/lib/tally/tally.sqlite") == "/var/lib/tally/tally.sqlite")
        #expect(try SourceArgument.path("SQLITE:var/tally.sqlite") == "var/tally.sqlite")
        for wrong in ["/var/lib/tally/tally.sqlite", "sqlite:", "postgresql://x/y"] {
            #expect(throws: MigrationError.self, "\(wrong)") { try SourceArgument.path(wrong) }
        }
    }

    @Test func aRunBeginsContinuesReportsOrRefusesByTheProgressRecord() throws {
        let file = SourceFile(identity: "2049:131", stamp: "8192 bytes, modified 1")
        func decide(_ record: ProgressRecord?, _ source: SourceFile = file, held: [(table: String, rows: Int)] = []) -> MigrationStart {
            MigrationStart.decide(record: record, sourcePath: "/b.sqlite", source: source, target: "postgresql:///tally") { held }
        }
        #expect(decide(nil) == .begin)
        #expect(decide(nil, held: [("document", 0), ("feed", 0)]) == .begin)
        guard case .refuse(let held) = decide(nil, held: [("document", 3), ("feed", 0), ("alert", 2)]) else { Issue.record("not refused"); return }
        #expect(held.description.contains("already holds Tally data (3 document rows, 2 alert rows)"), "\(held)")

        let begun = ProgressRecord(sourcePath: "/a.sqlite", source: file, steps: ["document": .init(lastKey: RowKey([.integer(9)]), rowsCopied: 9, done: false)])
        #expect(decide(begun) == .resume)
        guard case .refuse(let other) = decide(begun, SourceFile(identity: "2049:999", stamp: file.stamp)) else { Issue.record("not refused"); return }
        #expect(other.description.contains("a migration from /a.sqlite began there and is not finished"))
        guard case .refuse(let changed) = decide(begun, SourceFile(identity: file.identity, stamp: "9000 bytes, modified 2")) else {
            Issue.record("not refused"); return
        }
        #expect(changed.description.contains("was written to since this migration began"))

        var finished = begun
        finished.finishedAt = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(decide(finished) == .alreadyFinished(at: finished.finishedAt!, sourceChangedSince: false))
        #expect(decide(finished, SourceFile(identity: file.identity, stamp: "other")) == .alreadyFinished(at: finished.finishedAt!, sourceChangedSince: true))
    }

    @Test func theSummarySaysRowsPerTableTimeAndWhatNext() {
        let summary = MigrationSummary(sourcePath: "/var/lib/tally/tally.sqlite", target: "postgresql://tally@db/tally",
                                       tables: [.init(name: "document", rows: 12_345, copiedNow: 2_345), .init(name: "figure_sync", rows: 1, copiedNow: 1)],
                                       seconds: 2, resumed: true, alreadyFinishedAt: nil, sourceChangedSince: false, notCopied: ["feed.legacy"])
        #expect(summary.lines == [
            "Resumed and finished the migration of /var/lib/tally/tally.sqlite into postgresql://tally@db/tally: 2,346 rows copied in 2.0 s (1,173 rows/s), 10,000 before.",
            "  document     12,345 rows (2,345 this run)",
            "  figure_sync  1 row",
            "Row counts equal in every table; identity sequences set after the highest ids copied.",
            "Not copied, PostgreSQL having no such column: feed.legacy.",
            "Next: set [storage] url to this database in the configuration, then start the daemon.",
        ])
    }
}
