import Foundation
import GRDB
import Glibc
import Model
import Pipeline
@testable import Store
import TestSupport
import Testing

/// The pipeline's failures keep the kind they were born with: the machine's pass, the
/// document's own do not.
@Suite struct PipelineFailureKindTests {
    @Test func aConstraintTheDocumentsRowViolatesIsPermanent() throws {
        let harness = try Harness()
        try harness.refuseDocuments(named: "poison.txt")
        let seed = try Corpus.seeds()[0]
        _ = try harness.pipeline.ingest(Array(seed.text.utf8), name: "fine.txt", origin: .drop)
        let error = try #require(throws: PipelineError.self) {
            try harness.pipeline.ingest(Array((seed.text + "\nAgain.").utf8), name: "poison.txt", origin: .drop)
        }
        guard case .permanent(let failure) = error else { Issue.record("not permanent: \(error)"); return }
        #expect(failure.description.contains("poison.txt is refused by a trigger"))
    }

    @Test func aFullDiskUnderTheAlertLogIsTransient() throws {
        let harness = try Harness()
        try harness.useFailingAlertLog()
        var failure: TransientFailure?
        for seed in try Corpus.seeds() where failure == nil {
            do {
                _ = try harness.pipeline.ingest(Array(seed.text.utf8), name: seed.name, origin: .drop)
            } catch {
                guard case .transient(let transient) = error else { Issue.record("not transient: \(error)"); return }
                failure = transient
            }
        }
        #expect(failure?.code == ENOSPC)
    }

    @Test func aFullDatabaseIsTransient() throws {
        let harness = try Harness()
        let size = (try FileManager.default.attributesOfItem(atPath: harness.databasePath)[.size] as? Int) ?? 0
        try harness.limitDatabase(to: size + 4096)
        let error = try #require(throws: PipelineError.self) {
            for seed in try Corpus.seeds() { _ = try harness.pipeline.ingest(Array(seed.text.utf8), name: seed.name, origin: .drop) }
        }
        guard case .transient = error else { Issue.record("not transient: \(error)"); return }
        #expect(error.description.contains("database or disk is full"))
    }
}

extension Harness {
    /// A trigger of the database's own refuses any document of this name: a constraint the
    /// document's row violates (SQLITE_CONSTRAINT) wherever and however often it is tried.
    func refuseDocuments(named name: String) throws {
        try #require(pipeline.store as? TallyStore).writeDatabase { db in
            try db.execute(sql: """
                CREATE TRIGGER "refuse \(name)" BEFORE INSERT ON document WHEN NEW.file_name = '\(name)'
                BEGIN SELECT RAISE(ABORT, '\(name) is refused by a trigger'); END
                """)
        }
    }
}
