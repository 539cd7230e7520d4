import Figures
import Model
import Testing

/// Different quantities about the same thing get different keys.
@Suite struct KeySeparationTests {
    @Test func partAndWholeInOneClauseDiffer() throws {
        let text = "Russia has deployed 50,000 troops to Belarus, including 5,000 special forces."
        let whole = try #require(key(of: 50000, in: text))
        let part = try #require(key(of: 5000, in: text))
        #expect(whole != part)
    }

    @Test func alreadyStationedDiffersFromSent() throws {
        let text = "Russia will send 10,000 troops to Belarus, with 2,000 already stationed in Belarus."
        let sent = try #require(key(of: 10000, in: text))
        let present = try #require(key(of: 2000, in: text))
        #expect(sent != present)
        #expect(sent.hasPrefix("russia/troops/"))
        #expect(present.hasPrefix("russia/troops/"))
    }

    @Test func firstBatchDiffersFromTotal() throws {
        let total = try #require(key(of: 40, in: "Germany will send 40 tanks to Ukraine."))
        let batch = try #require(key(of: 12, in: "The first batch of 12 German tanks arrived in Ukraine on Monday."))
        #expect(total != batch)
        #expect(batch.contains("first-group"))
    }

    @Test func deathsInDifferentPlacesDiffer() throws {
        let text = "Floods killed 40 people in Spain and 12 in France."
        let spain = try #require(key(of: 40, in: text))
        let france = try #require(key(of: 12, in: text))
        #expect(spain == "spain/deaths")
        #expect(france == "france/deaths")
    }

    @Test func deathsAndInjuriesDiffer() throws {
        // Nigeria is the only country the report names: its toll is the whole.
        let text = "The attack in Nigeria killed 12 people and injured 40."
        #expect(key(of: 12, in: text) == "deaths")
        #expect(key(of: 40, in: text) == "injuries")
    }

    @Test func childrenAmongTheDeadAreTheirOwnFigure() throws {
        let text = "The strike in Syria killed 45 people, including 12 children."
        #expect(key(of: 45, in: text) == "deaths")
        #expect(key(of: 12, in: text) == "deaths/children")
    }

    @Test func aChangeDiffersFromALevel() throws {
        let text = "Acme's revenue rose 5% to $3.2 billion."
        let change = try #require(claims(text).first { $0.quantity.low == 5 })
        let level = try #require(claims(text).first { $0.quantity.low == 3.2e9 })
        #expect(change.direction == .up && change.role == .change)
        #expect(level.direction == .up && level.role == .level)
        #expect(change.key != level.key)
        #expect(change.key.hasSuffix("change-percent"))
    }

    @Test func unitsOfDifferentThingsDiffer() throws {
        let text = "Pyongyang could deploy four brigades, including up to 12,000 troops, to assist Russia."
        #expect(key(of: 4, in: text) != key(of: 12000, in: text))
    }

    @Test func differentOwnersDiffer() throws {
        #expect(key(of: 500000, in: "Russian casualties have surpassed 500,000.")
                != key(of: 400000, in: "Ukrainian casualties have surpassed 400,000."))
    }

    @Test func differentDestinationsDiffer() throws {
        #expect(key(of: 3000, in: "The US will send 3,000 troops to Poland.")
                != key(of: 2000, in: "The US will send 2,000 troops to Romania."))
    }
}

extension KeySeparationTests {
    @Test func aPartOfAWholeDiffersFromTheWhole() throws {
        let text = "The ruling party won 187 of the 360 seats in Kenya's parliament."
        let part = try #require(key(of: 187, in: text))
        let whole = try #require(key(of: 360, in: text))
        #expect(part != whole)
        #expect(whole.hasSuffix("/total"))
    }

    @Test func aRateMoveAndItsNewLevelShareTheThing() throws {
        let text = "Brazil's central bank raised its key rate by 50 basis points to 13.75%."
        let move = try #require(claims(text).first { $0.quantity.low == 50 })
        let level = try #require(claims(text).first { $0.quantity.low == 13.75 })
        #expect(move.counted == "rate" && level.counted == "rate")
        #expect(move.direction == .up && move.role == .change)
        #expect(level.direction == .up && level.role == .level)
        #expect(move.key != level.key)
    }

    @Test func aTrailingMoveBelongsToTheFigureBeforeIt() throws {
        let found = claims("Acme sold 231 million phones last year, up 3 per cent.")
        #expect(found.map(\.quantity.low) == [231e6, 3])
        #expect(found.last?.counted == found.first?.counted)
        #expect(found.last?.direction == .up)
        #expect(found.first?.owner == "Acme")
    }
}
