import Foundation
import GRDB
import Model
@testable import Store
import StoreTestSupport
import Testing

/// The figures list read a page at a time from the `figure` table, against a real SQLite store.
@Suite struct FigurePagingTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-figures-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("tally.sqlite").path }

    typealias Statement = FigureStatements.Statement

    func keys(_ page: FigurePage) -> [String] { page.figures.map(\.key) }

    /// The SQLite store under statements, for the tests of SQLite's own migration and its rows.
    func sqlite(_ statements: FigureStatements) throws -> TallyStore { try #require(statements.store as? TallyStore) }

    @Test(arguments: StoreKind.available)
    func pagesAreSlicesOfTheListMostRecentFirstThenByKey(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        var statements = FigureStatements(store: try state.open())
        for minute in 0..<120 {
            try statements.article(minutes: Double(minute), [Statement(key: "place-\(minute)/deaths", claimant: "Ministry", value: Double(minute))])
        }
        // Two figures stated at the same moment: the later key first, as the list always had it.
        try statements.article(minutes: 500, [Statement(key: "tie/a", claimant: nil, value: 1), Statement(key: "tie/b", claimant: nil, value: 2)])
        let expected = ["tie/b", "tie/a"] + (0..<120).reversed().map { "place-\($0)/deaths" }
        let store = statements.store

        for size in [50, 7] {
            for offset in stride(from: 0, through: expected.count + size, by: size) {
                let page = try store.read { try $0.figures(matching: "", disputedOnly: false, offset: offset, limit: size) }
                #expect(page.total == 122)
                #expect(keys(page) == Array(expected[min(offset, expected.count)..<min(offset + size, expected.count)]), "offset \(offset), size \(size)")
            }
        }
        // The pages past the middle are read from the other end: their edges too.
        for offset in [60, 61, 62, 71, 72, 115, 121] {
            let page = try store.read { try $0.figures(matching: "", disputedOnly: false, offset: offset, limit: 10) }
            #expect(keys(page) == Array(expected[offset..<min(offset + 10, expected.count)]), "offset \(offset)")
        }
        #expect(try store.read { try $0.figures(matching: "", disputedOnly: false, offset: .max, limit: 50) } == FigurePage(figures: [], total: 122))
        #expect(try store.read { try $0.figures(matching: "", disputedOnly: false, offset: 0, limit: 0) } == FigurePage(figures: [], total: 122))
        #expect(try store.read { try $0.figures() }.map(\.key) == expected)
        #expect(try store.read { try $0.figure(key: "place-3/deaths") }?.current?.quantity == Quantity(3))
        #expect(try store.read { try $0.figure(key: "place-3") } == nil)
    }

    @Test(arguments: StoreKind.available)
    func theDisputedFilterFollowsTheDisputeRule(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        var statements = FigureStatements(store: try state.open())
        try statements.article(minutes: 1, [Statement(key: "k/rounding", claimant: "A", value: 12_011),
                                            Statement(key: "k/disputed", claimant: "A", value: 12_000),
                                            Statement(key: "k/revised", claimant: "A", value: 10_000),
                                            Statement(key: "k/settled", claimant: "A", value: 12_000),
                                            Statement(key: "k/unattributed", claimant: "A", value: 7)])
        try statements.article(minutes: 2, [Statement(key: "k/rounding", claimant: "B", value: 12_000, bound: .approximate),
                                            Statement(key: "k/disputed", claimant: "B", value: 10_000),
                                            Statement(key: "k/revised", claimant: "A", value: 12_000),
                                            Statement(key: "k/settled", claimant: "B", value: 10_000),
                                            Statement(key: "k/unattributed", claimant: nil, value: 5)])
        let store = statements.store
        #expect(try store.read { try $0.figure(key: "k/settled") }?.isDisputed == true)
        try statements.article(minutes: 3, [Statement(key: "k/settled", claimant: "B", value: 12_000)])

        let all = try store.read { try $0.figures() }
        let disputed = try store.read { try $0.figures(matching: "", disputedOnly: true, offset: 0, limit: 50) }
        #expect(keys(disputed) == ["k/unattributed", "k/disputed"])
        #expect(disputed.total == 2)
        #expect(keys(disputed) == all.filter { Dispute.exists(among: $0.positions) }.map(\.key))
        #expect(try store.read { try $0.figures(matching: "", disputedOnly: true, offset: 1, limit: 50) }.figures.map(\.key) == ["k/disputed"])
    }

    @Test(arguments: StoreKind.available)
    func aSearchFindsEveryWordInTheKeyClaimantsSourcesOrTitlesInAnyCase(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        var statements = FigureStatements(store: try state.open())
        try statements.article(title: "Pyongyang sends troops", source: "Kyiv Independent", minutes: 1,
                               [Statement(key: "north-korea/troops/sent-to-russia", claimant: "Ukraine", value: 11_000)])
        try statements.article(title: "Floods", minutes: 2, [Statement(key: "place-7/deaths", claimant: "Ministry 1", value: 7),
                                                            Statement(key: "place-70/deaths", claimant: "Ministry 2", value: 70)])
        try statements.article(title: "Odds", source: nil, minutes: 3, [Statement(key: "odd/100%_sure", claimant: nil, value: 1)])
        let store = statements.store
        func found(_ search: String, disputedOnly: Bool = false) throws -> [String] {
            let page = try store.read { try $0.figures(matching: search, disputedOnly: disputedOnly, offset: 0, limit: 50) }
            #expect(page.total == page.figures.count)
            return keys(page)
        }
        #expect(try found("north korea") == ["north-korea/troops/sent-to-russia"])
        #expect(try found("south korea").isEmpty)
        #expect(try found("UKRAINE  kyiv\tPYONGYANG") == ["north-korea/troops/sent-to-russia"])
        #expect(try found("place-7/") == ["place-7/deaths"])
        #expect(try found("place-7") == ["place-70/deaths", "place-7/deaths"])
        #expect(try found("ministry example news") == ["place-70/deaths", "place-7/deaths"])
        #expect(try found("floods 2") == ["place-70/deaths"])
        // LIKE's wildcards are looked for as themselves.
        #expect(try found("%") == ["odd/100%_sure"])
        #expect(try found("_") == ["odd/100%_sure"])
        #expect(try found("  ").count == 4)
        #expect(try found("korea", disputedOnly: true).isEmpty)

        // The text searched is the figure's as it is now: Ukraine restated it elsewhere, and Kyiv
        // Independent is no longer where Ukraine's figure was read.
        try statements.article(title: "Update", source: "Reuters", minutes: 4,
                               [Statement(key: "north-korea/troops/sent-to-russia", claimant: "Ukraine", value: 12_000)])
        #expect(try found("kyiv").isEmpty)
        #expect(try found("reuters update") == ["north-korea/troops/sent-to-russia"])
    }

    /// A search with few matches finds them all in one pass and orders them itself; one with many
    /// reads the page in the list's order: either way the pages are slices of the list.
    @Test(arguments: StoreKind.available)
    func aSearchsPagesAreSlicesOfTheListFewMatchesOrMany(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        var statements = FigureStatements(store: try state.open())
        try statements.article(minutes: 1, (0..<2_100).map { Statement(key: "bulk/\($0)", claimant: "Agency", value: 1) }
            + ["rare/z", "rare/é", "rare/a", "rare/Z"].map { Statement(key: $0, claimant: "Agency", value: 1) })
        try statements.article(minutes: 2, ["bulk/5", "bulk/1999", "rare/a"].map { Statement(key: $0, claimant: "Office", value: 2) })
        let store = statements.store
        let list = try store.read { try $0.figures() }.map(\.key)
        for (search, prefix) in [("BULK", "bulk/"), ("rare/", "rare/")] {
            let expected = list.filter { $0.hasPrefix(prefix) }
            for offset in [0, 1, 50, 1_000, 1_100, 2_060, expected.count - 1, expected.count] {
                let page = try store.read { try $0.figures(matching: search, disputedOnly: false, offset: offset, limit: 50) }
                #expect(page.total == expected.count)
                #expect(keys(page) == Array(expected[min(offset, expected.count)..<min(offset + 50, expected.count)]), "\(search) at \(offset)")
            }
        }
        #expect(list.filter { $0.hasPrefix("rare/") } == ["rare/a", "rare/é", "rare/z", "rare/Z"])
    }

    @Test(arguments: StoreKind.available)
    func theSummaryFollowsAFigureAsItChanges(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        var statements = FigureStatements(store: try state.open())
        try statements.article(minutes: 1, [Statement(key: "k", claimant: "A", value: 10)])
        try statements.article(minutes: 2, [Statement(key: "j", claimant: "A", value: 5)])
        let store = statements.store
        #expect(try store.read { try $0.figures() }.map(\.key) == ["j", "k"])

        // One article stating k three times (once untracked) and a key with untracked claims alone.
        try statements.article(minutes: 3, [Statement(key: "k", claimant: "A", value: 11), Statement(key: "k", claimant: "B", value: 20),
                                            Statement(key: "k", claimant: nil, value: 99, untracked: true),
                                            Statement(key: "u", claimant: nil, value: 1, untracked: true)])
        let k = try #require(try store.read { try $0.figure(key: "k") })
        #expect((k.mentions, k.articles) == (4, 2))
        #expect(k.positions.map(\.claimant) == ["B", "A"])
        #expect(k.isDisputed)
        #expect(k.lastSeen == Date(timeIntervalSince1970: 1_730_000_180))
        let u = try #require(try store.read { try $0.figure(key: "u") })
        #expect(u.positions.isEmpty && u.lastSeen == .distantPast && u.mentions == 1)
        #expect(try store.read { try $0.figures() }.map(\.key) == ["k", "j", "u"])
        if kind == .sqlite {
            #expect(try store.read { try $0.figures() } == (try TallyStore(path: state.path!).readDatabase(FigureStatements.recomputed)))
        }
    }

    /// A database a Tally before the `figure` table wrote is brought up to date on open: the
    /// table is filled with what the list computed from every claim and position until then.
    @Test func theMigrationFillsTheTableAsTheOldQueryComputedIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var statements = FigureStatements(store: try TallyStore(path: path))
        for minute in 0..<40 {
            let claimant = ["A", "B", nil][minute % 3]
            try statements.article(title: "Title \(minute % 5)", source: ["Reuters", "Le Monde", "El País", "Kyodo"][minute % 4], minutes: Double(minute),
                                   [Statement(key: "k\(minute % 13)", claimant: claimant, value: Double(minute % 4)),
                                    Statement(key: "k\(minute % 7)", claimant: "C", value: 3, bound: minute % 2 == 0 ? .approximate : .exact),
                                    Statement(key: "agreed", claimant: minute % 2 == 0 ? "A" : "B", value: 5),
                                    Statement(key: "untracked-\(minute % 3)", claimant: nil, value: 1, untracked: true)])
        }
        let maintained = try statements.store.read { try $0.figures() }
        #expect(maintained == (try sqlite(statements).readDatabase(FigureStatements.recomputed)))
        #expect(maintained.contains(where: \.isDisputed) && maintained.contains { !$0.isDisputed && $0.positions.count > 1 })
        try sqlite(statements).writeDatabase { db in
            try db.execute(sql: "DROP TABLE figure; DROP TABLE figure_sync; DELETE FROM grdb_migrations WHERE identifier = 'v8: figure summaries'")
        }
        try statements.store.close()

        let migrated = try TallyStore(path: path)
        #expect(try migrated.read { try $0.figures() } == maintained)
        #expect(try migrated.read { try $0.figures(matching: "", disputedOnly: true, offset: 0, limit: 500) }.figures
            == maintained.filter(\.isDisputed))
        let kyodo = maintained.filter { $0.positions.contains { $0.latest.article.source == "Kyodo" } }
        #expect(!kyodo.isEmpty && kyodo.count < maintained.count)
        #expect(try migrated.read { try $0.figures(matching: "KYODO", disputedOnly: false, offset: 0, limit: 500) }.figures == kyodo)
    }

    /// Rolled back to a Tally from before the `figure` table, then upgraded again: the figures it
    /// stated meanwhile are brought up to date when the database is next opened.
    @Test func figuresAnOlderTallyWroteAreCaughtUpOnOpen() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var statements = FigureStatements(store: try TallyStore(path: path))
        try statements.article(minutes: 1, [Statement(key: "k", claimant: "A", value: 10), Statement(key: "j", claimant: "A", value: 1)])
        try statements.article(minutes: 2, byAnOlderTally: true,
                               [Statement(key: "k", claimant: "B", value: 20), Statement(key: "fresh", claimant: "C", value: 3)])
        #expect(try statements.store.read { try $0.figures() }.map(\.key) == ["k", "j"]) // as the older Tally left it
        try statements.store.close()

        statements = FigureStatements(store: try TallyStore(path: path), articles: statements.articles)
        let figures = try statements.store.read { try $0.figures() }
        #expect(figures == (try sqlite(statements).readDatabase(FigureStatements.recomputed)))
        #expect(figures.map(\.key) == ["k", "fresh", "j"])
        #expect(try statements.store.read { try $0.figures(matching: "", disputedOnly: true, offset: 0, limit: 50) }.figures.map(\.key) == ["k"])
        #expect(try statements.store.read { try $0.figures(matching: "fresh", disputedOnly: false, offset: 0, limit: 50) }.figures.map(\.key) == ["fresh"])
        // And kept so from then on.
        try statements.article(minutes: 3, [Statement(key: "j", claimant: "B", value: 1)])
        #expect(try statements.store.read { try $0.figures() } == (try sqlite(statements).readDatabase(FigureStatements.recomputed)))
    }
}

@Suite struct NewestAlertsTests {
    @Test(arguments: StoreKind.available)
    func theNewestAreReadNewestFirstWhateverGapsTheIdsHave(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let observation = Observation(claimID: 1, key: "k", quantity: Quantity(1), statedAs: "1", claimant: nil, quote: "q",
                                      article: ArticleReference(id: 1), observedAt: Date(timeIntervalSince1970: 0))
        func insert(_ count: Int) throws {
            try store.write { tx in
                let documentID = try tx.insertDocument(NewDocument(contentHash: UUID().uuidString, fileName: "a", origin: .drop, byteCount: 1,
                                                                   receivedAt: Date()), outcome: .ingested)
                let alert = Alert(kind: .figureNew, key: "k", raisedAt: Date(), new: observation, old: nil, positions: [])
                _ = try tx.insertAlerts(Array(repeating: alert, count: count), documentID: documentID)
            }
        }
        #expect(try store.read { try $0.newestAlerts(limit: 100) }.isEmpty)
        try insert(30)
        try store.write { try $0.numberAlerts(after: 1_000) }
        try insert(30)
        #expect(try store.read { try $0.newestAlerts(limit: 100) }.map(\.id) == Array(1_001...1_030).reversed() + Array(1...30).reversed())
        #expect(try store.read { try $0.newestAlerts(limit: 3) }.map(\.id) == [1_030, 1_029, 1_028])
    }
}
