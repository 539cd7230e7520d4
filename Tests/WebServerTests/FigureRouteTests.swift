import Foundation
import Model
import Store
import Testing

/// The figures routes read one page or one key from the store. In the serialized suite: a
/// server's start and stop wait on a cooperative thread, and two at once can take both of a
/// 2-core machine's.
extension WebServerTests {
    /// `count` figures, one per article a minute apart, the last disputed.
    func state(_ count: Int, in store: TallyStore) throws {
        try store.write { tx in
            for index in 0..<count {
                let at = Date(timeIntervalSince1970: 1_730_000_000 + Double(index) * 60)
                let documentID = try tx.insertDocument(NewDocument(contentHash: "h\(index)", fileName: "a\(index).txt", origin: .drop,
                                                                   byteCount: 1, receivedAt: at), outcome: .ingested)
                let articleID = try tx.insertArticle(Article(title: "Report \(index)", body: "b", source: "Wire"), documentID: documentID,
                                                     duplicateOf: nil, similarity: nil)
                let key = "place-\(index)/deaths"
                let claimants = index == count - 1 ? ["Ministry", "Red Cross"] : ["Ministry"]
                let claims = claimants.enumerated().map { offset, claimant in
                    Claim(key: key, quantity: Quantity(Double(index + offset)), hedge: nil, claimant: claimant, sentence: "s", start: 0, end: 1)
                }
                let ids = try tx.insertClaims(claims.map { ($0, false) }, articleID: articleID)
                try tx.replacePositions([key: zip(claims, ids).map { claim, id in
                    Position(claimant: claim.claimant, latest: Observation(
                        claimID: id, key: key, quantity: claim.quantity, statedAs: "\(claim.quantity.low)", claimant: claim.claimant, quote: "s",
                        article: ArticleReference(id: articleID, title: "Report \(index)", source: "Wire"), observedAt: at))
                }])
            }
        }
    }

    func object(_ body: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
    }

    @Test func theListAndTheAPIServeThePageAsked() async throws {
        let served = try ServedStore()
        try state(120, in: served.store)

        let third = try object(try await served.get("/api/figures?page=3").body)
        #expect(third["total"] as? Int == 120)
        #expect((third["figures"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == (0..<20).reversed().map { "place-\($0)/deaths" })
        let disputed = try object(try await served.get("/api/figures?disputed=1").body)
        #expect((disputed["figures"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["place-119/deaths"])

        let page = try await served.get("/figures?q=place-11&page=2&per_page=5")
        #expect(page.body.contains("11 figures, page 2 of 3"))
        #expect(page.body.contains("href=\"/figures/place-114/deaths\""))
        #expect(try await served.get("/figures?page=99").body.contains("No figure matches."))

        let one = try object(try await served.get("/api/figures/place-7/deaths").body)
        #expect((one["summary"] as? [String: Any])?["mentions"] as? Int == 1)
        #expect((one["history"] as? [Any])?.count == 1)
        #expect(try await served.get("/figures/place-119/deaths").body.contains("<p class=\"badge\">disputed</p>"))
        #expect(try await served.get("/api/figures/place-7").status == 404)
    }
}
