import Foundation
import GRDB
import Model
@testable import Store
import StoreTestSupport
import Testing

/// A store failure says, where it was born, whether it passes (the disk, the database's locks)
/// or belongs to the data written (a constraint, a value refused).
@Suite struct FailureKindTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-kinds-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("tally.sqlite").path }

    func document(_ hash: String) -> NewDocument {
        NewDocument(contentHash: hash, fileName: hash + ".txt", origin: .drop, byteCount: 1, receivedAt: Date(timeIntervalSince1970: 5))
    }

    @Test func aFullDatabaseIsTransient() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pages = try TallyStore(path: path).readDatabase { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        let store = try TallyStore(path: path, maximumBytes: (pages + 1) * 4096)
        let error = try #require(throws: StoreError.self) {
            try store.write { tx in
                for index in 0..<200 {
                    var large = document("h\(index)")
                    large.fileName = String(repeating: "x", count: 2_000)
                    _ = try tx.insertDocument(large, outcome: .ingested)
                }
            }
        }
        #expect(error.kind == .transient)
        #expect(error.description.contains("database or disk is full"))
    }

    @Test(arguments: StoreKind.available)
    func aConstraintTheDataViolatesIsPermanent(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        _ = try store.write { try $0.insertDocument(document("same"), outcome: .ingested) }
        let error = try #require(throws: StoreError.self) { try store.write { try $0.insertDocument(document("same"), outcome: .ingested) } }
        #expect(error.kind == .permanent)
    }

    @Test(arguments: StoreKind.available)
    func aValueTheEncoderRefusesIsPermanent(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let error = try #require(throws: StoreError.self) { try store.write { _ in try Coding.encode(Double.nan) } }
        #expect(error.kind == .permanent)
    }

    @Test func resultCodesOfTheMachineAreTransientAndTheRestPermanent() {
        for code in [ResultCode.SQLITE_FULL, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_IOERR, .SQLITE_IOERR_WRITE, .SQLITE_BUSY_SNAPSHOT, .SQLITE_CANTOPEN] {
            #expect(StoreError.kind(of: DatabaseError(resultCode: code)) == .transient, "\(code)")
        }
        for code in [ResultCode.SQLITE_CONSTRAINT, .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_MISMATCH, .SQLITE_TOOBIG, .SQLITE_ERROR, .SQLITE_RANGE] {
            #expect(StoreError.kind(of: DatabaseError(resultCode: code)) == .permanent, "\(code)")
        }
    }
}
