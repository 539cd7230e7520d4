import Figures
import Model
import Testing

/// Whose figure, where, and what an elliptical number counts.
@Suite struct OwnerLocationTests {
    @Test func aDemonymInTheNounPhraseOwnsTheFigure() throws {
        let claim = try #require(claims("Kyiv says 4,000 Belarusian volunteers have joined its army.").first)
        #expect(claim.owner == "Belarus")
        #expect(claim.counted == "troops" || claim.counted == "volunteers")
    }

    @Test func theClauseSubjectOwnsTheFigure() throws {
        let claim = try #require(claims("Analysts believe that Iran is preparing to send 200 drones to Sudan.").first)
        #expect(claim.owner == "Iran")
        #expect(claim.key == "iran/drones/sent-to-sudan")
    }

    @Test func aPossessiveOwnsTheFigure() throws {
        let claim = try #require(claims("Chile's copper exports rose to 5.2 million tonnes.").first)
        #expect(claim.owner == "Chile")
        #expect(claim.unit == "tonnes")
    }

    @Test func anOfComplementOwnsTheFigure() throws {
        let claim = try #require(claims("Observers counted three battalions of Egyptian infantry near the border.").first)
        #expect(claim.owner == "Egypt")
        #expect(claim.counted == "battalions")
    }

    @Test func theSpeakerIsNotTheOwner() throws {
        let claim = try #require(claims("The Indian army said that 300 Chinese soldiers crossed the line.").first)
        #expect(claim.owner == "China")
    }

    @Test func locationsAreKeptAsWritten() throws {
        let a = try #require(claims("About 1,500 marines are already stationed in Japan’s Okinawa Prefecture.").first)
        #expect(a.location == "Japan’s Okinawa Prefecture")
        let b = try #require(claims("Some 800 medics have arrived in the combat zone.").first)
        #expect(b.location == "the combat zone")
    }

    @Test func anEllipticalNumberBorrowsTheNounBeforeIt() throws {
        let found = claims("Turkey has sent 2,000 commandos to Libya, and 500 already stationed in Tripoli.")
        #expect(found.count == 2)
        let second = try #require(found.last)
        #expect(second.countedText == "commandos")
        #expect(second.owner == "Turkey")
        #expect(second.key == "turkey/troops/present-in-libya")
        #expect(found.first?.key == "turkey/troops/sent-to-libya")
    }

    @Test func theArticleGivesADestinationOnce() throws {
        let text = """
        Iran is sending military advisers to Syria, officials said.
        The deployment of 300 Iranian advisers was confirmed on Monday.
        """
        #expect(claims(text).first?.key == "iran/advisers/sent-to-syria")
    }

    @Test func titleAndBodySpansCountIntoTheJoinedText() throws {
        let title = "Ghana Sends 900 Peacekeepers to Lebanon"
        let body = "Ghana will deploy about 900 peacekeepers, the army said."
        let found = ClaimExtractor().claims(title: title, body: body)
        #expect(found.count == 2)
        let joined = Array((title + "\n\n" + body).unicodeScalars)
        for c in found {
            #expect(String(String.UnicodeScalarView(joined[c.numberStart..<c.numberEnd])) == "900")
        }
        #expect(found.first?.key == found.last?.key)
        #expect(found.last?.claimant == nil)
        #expect(found.last?.source == "the army")
    }

    @Test func anEmptyTitleIsNoTitle() {
        let body = "Officials counted 12,000 protesters."
        #expect(ClaimExtractor().claims(title: "", body: body).first?.start == 18)
        #expect(ClaimExtractor().claims(title: nil, body: body).first?.start == 18)
    }
}
