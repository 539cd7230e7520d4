import Foundation
import GRDB
import Model
@testable import Store
import StoreTestSupport
import Testing

/// Where a document came in is a type, stored as the strings Tally stored before it was one.
@Suite struct DocumentOriginTests {
    @Test(arguments: StoreKind.available)
    func originsReadBackAsWrittenAndAsOlderDatabasesHoldThem(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        try store.write { tx in
            for origin in DocumentOrigin.allCases {
                _ = try tx.insertDocument(NewDocument(contentHash: origin.rawValue, fileName: "a.txt", origin: origin, byteCount: 1,
                                                      receivedAt: Date(timeIntervalSince1970: 5)), outcome: .ingested)
            }
        }
        // As an older Tally wrote them, and a label this one does not know (the benchmarks' once).
        try state.raw("""
            INSERT INTO document (content_hash, file_name, origin, byte_count, received_at, outcome) VALUES
            ('older', 'b.txt', 'drop', 1, 5, 'ingested'), ('unknown', 'c.txt', 'benchmark', 1, 5, 'ingested')
            """)
        #expect(try store.read { try $0.documents() }.map(\.origin) == [.drop, .feed, .cli, .drop, nil])
        #expect(try state.raw("SELECT origin FROM document ORDER BY id") == ["drop", "feed", "cli", "drop", "benchmark"])
    }
}
