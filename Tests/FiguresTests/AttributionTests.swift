import Figures
import Model
import Testing

/// Who says so: the attribution forms, resolved to the fullest name the article gives.
@Suite struct AttributionTests {
    struct Case: CustomTestStringConvertible {
        var text: String
        var claimant: String?
        var testDescription: String { text }
    }

    static let forms: [Case] = [
        .init(text: "At least 40 people died, Governor Maria Lopez said.", claimant: "Maria Lopez"),
        .init(text: "Governor Maria Lopez said at least 40 people died.", claimant: "Maria Lopez"),
        .init(text: "At least 40 people died, said Maria Lopez, the governor.", claimant: "Maria Lopez"),
        .init(text: "At least 40 people died, according to the Red Cross.", claimant: "Red Cross"),
        .init(text: "The Health Ministry estimates that 40 people died.", claimant: "Health Ministry"),
        .init(text: "Maria Lopez's statement that 40 people died was disputed.", claimant: "Maria Lopez"),
        .init(text: "The governor, Maria Lopez, has confirmed that 40 people died.", claimant: "Maria Lopez"),
        .init(text: "Maria Lopez toured the site, stating that 40 people died.", claimant: "Maria Lopez"),
        .init(text: "On Monday, Ms. Lopez visited the site but said 40 people died.", claimant: "Lopez"),
        .init(text: "Some 40 people reportedly died in the blaze.", claimant: nil),
    ]

    @Test(arguments: forms)
    func attributionForms(_ c: Case) throws {
        let claim = try #require(claims(c.text).first)
        #expect(claim.claimant == c.claimant)
    }

    @Test func shortFormsResolveToTheFullestName() throws {
        let text = """
        Governor Maria Lopez visited the flooded district on Monday.
        At least 40 people died, Ms. Lopez said.
        """
        #expect(claims(text).first?.claimant == "Maria Lopez")
    }

    @Test func pronounsResolveToTheLastSpeaker() throws {
        let text = """
        "We are overwhelmed," Mayor Tom Baker said on Friday.
        He said 1,200 homes were flooded.
        """
        #expect(claims(text).first?.claimant == "Tom Baker")
    }

    @Test func anUnnamedOfficialIsASourceButNoClaimant() throws {
        let claim = try #require(claims("About 300 soldiers were captured, a senior official said.").first)
        #expect(claim.claimant == nil)
        #expect(claim.source == "a senior official")
    }

    @Test func aSpeakerOfThisInformationOwnsThePreviousSentence() throws {
        let text = """
        Some 2,000 mercenaries have crossed the border.
        The Interior Ministry disclosed this information on Friday.
        """
        #expect(claims(text).first?.claimant == "Interior Ministry")
    }

    @Test func aSpeakerNamedInsideARelayIsTheClaimant() throws {
        let text = "According to Reuters, the Interior Ministry said 2,000 mercenaries had crossed the border."
        #expect(claims(text).first?.claimant == "Interior Ministry")
    }
}
