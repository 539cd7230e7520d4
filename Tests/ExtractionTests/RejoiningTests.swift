@testable import Extraction
import Testing

@Suite struct RejoiningTests {
    private func paragraphs(_ text: String) -> [String] { LineRejoining.paragraphs(of: text) }

    @Test func lineEndingOnAFunctionWordContinues() {
        #expect(paragraphs("the potential domestic repercussions of\nsending soldiers to war.") == ["the potential domestic repercussions of sending soldiers to war."])
        #expect(paragraphs("Aid was flown in by\nUnited Nations agencies on Friday.") == ["Aid was flown in by United Nations agencies on Friday."])
    }

    @Test func lowercaseStartContinues() {
        #expect(paragraphs("Prices rose in most regions\nafter the storm passed.") == ["Prices rose in most regions after the storm passed."])
    }

    @Test func sentenceEndsAndHeadingsDoNotContinue() {
        #expect(paragraphs("The count ended on Monday.\nTurnout was 61 percent.") == ["The count ended on Monday.", "Turnout was 61 percent."])
        #expect(paragraphs("Part of Defense Pact\nEarlier this month, the two signed a pact.") == ["Part of Defense Pact", "Earlier this month, the two signed a pact."])
    }

    @Test func listItemsStaySeparate() {
        #expect(paragraphs("Key figures:\n- 40 dead\n- 1,200 displaced") == ["Key figures:", "- 40 dead", "- 1,200 displaced"])
    }

    @Test func wordCutInTwoIsMendedWhenTheWholeIsAWord() {
        #expect(paragraphs("as part of its response strate\ngy.") == ["as part of its response strategy."])
        #expect(paragraphs("the vote was coun\nted twice.") == ["the vote was counted twice."])
    }

    @Test func documentVocabularyIsEvidenceToo() {
        // "Pyongyang" is no common English word, but the document writes it whole elsewhere.
        let text = "Pyongyang denied it.\n\nOfficials in Pyong\nyang said nothing."
        #expect(paragraphs(text) == ["Pyongyang denied it.", "Officials in Pyongyang said nothing."])
        // Without that evidence the break stays a space: no wild guesses.
        #expect(paragraphs("Officials in Pyong\nyang said nothing.") == ["Officials in Pyong yang said nothing."])
    }

    @Test func twoRealWordsAreNotGlued() {
        #expect(paragraphs("people came from some\nwhere else.") == ["people came from some where else."])
        #expect(paragraphs("a new deal for the north\nern regions was signed.") == ["a new deal for the northern regions was signed."])
    }

    @Test func hyphenatedBreaks() {
        #expect(paragraphs("data showed infla-\ntion slowed.") == ["data showed inflation slowed."])
        #expect(paragraphs("a well-\nknown figure.") == ["a well-known figure."])
    }

    @Test func hardWrapIsDetectedFromLineLengths() {
        let wrapped = """
            The regional governor said 86 homes had been destroyed and a further
            410 damaged. Emergency shelters had been set up for 2,000 people in
            schools and sports halls.
            Rail services were suspended.

            Engineers inspected 23 bridges and tunnels on the line between the two
            largest towns before services resumed on Tuesday morning at 6 a.m.
            """
        #expect(LineRejoining.paragraphs(of: wrapped) == [
            "The regional governor said 86 homes had been destroyed and a further 410 damaged. Emergency shelters had been set up for 2,000 people in schools and sports halls.",
            "Rail services were suspended.",
            "Engineers inspected 23 bridges and tunnels on the line between the two largest towns before services resumed on Tuesday morning at 6 a.m.",
        ])
    }

    @Test func shortLinesAreNotTakenForAWrap() {
        #expect(LineRejoining.wrapWidth([["Deaths: 12", "Injured: 40", "Missing: 7", "Displaced: 1,200"]]) == nil)
    }
}
