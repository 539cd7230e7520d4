import Foundation
import Model
import Store

/// A database of tracked figures shaped like a long-running Tally's, written through the store's
/// own transactions (so the `figure` table is kept as the pipeline keeps it): stories of 40
/// figures each (5 owners × 8 measures); every figure first stated by one article of eight;
/// then three follow-up articles a story, each restating eight of its figures: tolls revised by
/// the same claimant (a history of several entries), others confirmed or contradicted by a
/// second claimant (some disputed). Deterministic: the same count gives the same database.
struct SyntheticFigures {
    static let places = ["kenya", "peru", "nepal", "chile", "ghana", "haiti", "laos", "mali", "niger", "oman", "chad", "cuba", "fiji",
                         "iraq", "togo", "yemen", "benin", "bolivia", "brazil", "burundi", "cambodia", "colombia", "ecuador", "egypt",
                         "ethiopia", "guatemala", "honduras", "india", "indonesia", "jamaica", "jordan", "lebanon", "liberia", "malawi"]
    static let events = ["floods", "earthquake", "cyclone", "outbreak", "drought", "landslide", "wildfire", "heatwave", "clashes", "strike"]
    static let measures = ["people/dead", "people/injured", "people/displaced", "homes/destroyed", "cases/confirmed", "troops/sent",
                           "usd/aid-pledged", "schools/closed"]
    static let claimants = ["Ministry of Health", "Red Cross", "United Nations", "Police", "Governor", "Civil Defence", "WHO",
                            "Interior Ministry", "Army", "Local officials"]
    static let sources = ["Reuters", "Associated Press", "AFP", "BBC News", "Al Jazeera", "The Guardian", "Example Wire", "Daily Star",
                          "Kyiv Independent", "Le Monde", "El País", "Nation Africa"]
    static let figuresPerStory = 40

    let count: Int
    /// The first day's time; each story starts an hour after the one before.
    let start = Date(timeIntervalSince1970: 1_704_067_200)

    var storyCount: Int { (count + Self.figuresPerStory - 1) / Self.figuresPerStory }

    /// The key of figure `index`: its story, owner and measure.
    func key(_ index: Int) -> String {
        let story = index / Self.figuresPerStory, slot = index % Self.figuresPerStory
        return "\(slug(story))/\(Self.places[(story + slot / 8) % Self.places.count])/\(Self.measures[slot % 8])"
    }

    func slug(_ story: Int) -> String {
        let month = 1 + story % 12
        return "2024-\(month < 10 ? "0" : "")\(month)-\(Self.places[story % Self.places.count])-\(Self.events[story / Self.places.count % Self.events.count])-\(story)"
    }

    /// Spreads an index over a list without a random generator (Knuth's multiplicative hash).
    static func pick<T>(_ list: [T], _ index: Int) -> T { list[Int(((UInt64(index) &* 2_654_435_761) >> 7) % UInt64(list.count))] }

    struct Statement {
        var figure: Int
        var claimant: String
        var value: Double
    }

    /// Every article of a story in the order read: five first reports, three follow-ups.
    func articles(ofStory story: Int) -> [[Statement]] {
        let first = story * Self.figuresPerStory
        let figures = Array(first..<min(first + Self.figuresPerStory, count))
        let reports = stride(from: 0, to: figures.count, by: 8).map { offset in
            figures[offset..<min(offset + 8, figures.count)].map { Statement(figure: $0, claimant: claimant($0, 0), value: value($0, 0)) }
        }
        let followUps = (1...3).map { round in
            figures.filter { ($0 + round) % 5 == 0 || $0 % 8 == 0 }.prefix(8).map { figure -> Statement in
                if figure % 8 == 0 { return Statement(figure: figure, claimant: claimant(figure, 0), value: value(figure, round)) } // a rising toll
                // A second claimant: most agree, every third contradicts.
                let disagrees = (figure / 5 + round) % 3 == 0
                return Statement(figure: figure, claimant: claimant(figure, round), value: value(figure, 0) * (disagrees ? 1.5 : 1))
            }
        }.filter { !$0.isEmpty }
        return reports + followUps
    }

    func claimant(_ figure: Int, _ round: Int) -> String { Self.claimants[(figure * 7 + round * 3) % Self.claimants.count] }

    func value(_ figure: Int, _ round: Int) -> Double { Double(100 + figure % 997 * 13 + round * 41) }

    /// Writes every figure; returns how many articles and claims it took.
    func write(to store: any StoreBackend) throws -> (articles: Int, claims: Int) {
        var articleCount = 0, claimCount = 0
        let body = String(repeating: "Rescue crews worked through the night while residents waited on rooftops for boats. ", count: 12)
        for firstStory in stride(from: 0, to: storyCount, by: 25) {
            try store.write { tx in
                for story in firstStory..<min(firstStory + 25, storyCount) {
                    for (number, statements) in articles(ofStory: story).enumerated() {
                        let at = start + Double(story) * 3_600 + Double(number) * 300
                        let source = Self.pick(Self.sources, story * 8 + number)
                        let title = "\(Self.events[story / Self.places.count % Self.events.count].capitalized) in \(Self.places[story % Self.places.count].capitalized): update \(number + 1)"
                        let documentID = try tx.insertDocument(NewDocument(contentHash: "story-\(story)-\(number)", fileName: "story-\(story)-\(number).txt",
                                                                           origin: .drop, byteCount: body.utf8.count, receivedAt: at), outcome: .ingested)
                        let articleID = try tx.insertArticle(Article(title: title, body: body, source: source), documentID: documentID,
                                                             duplicateOf: nil, similarity: nil)
                        let written = statements.map { statement in
                            Claim(key: key(statement.figure), quantity: Quantity(statement.value), hedge: nil, claimant: statement.claimant,
                                  sentence: "\(statement.claimant) said \(Int(statement.value)) were affected.", start: 0, end: 1,
                                  numberText: "\(Int(statement.value))")
                        }
                        let ids = try tx.insertClaims(written.map { ($0, false) }, articleID: articleID)
                        let reference = ArticleReference(id: articleID, title: title, source: source, file: "story-\(story)-\(number).txt")
                        var positions = try tx.positions(forKeys: written.map(\.key))
                        for (claim, id) in zip(written, ids) {
                            let observation = Observation(claimID: id, key: claim.key, quantity: claim.quantity, statedAs: claim.numberText,
                                                          claimant: claim.claimant, quote: claim.sentence, article: reference, observedAt: at)
                            positions[claim.key, default: []].removeAll { $0.claimant == claim.claimant }
                            positions[claim.key, default: []].append(Position(claimant: claim.claimant, latest: observation))
                        }
                        try tx.replacePositions(positions)
                        articleCount += 1
                        claimCount += written.count
                    }
                }
            }
        }
        return (articleCount, claimCount)
    }
}
