@testable import Extraction
import Testing

/// Each kind of furniture, told by its features, and the lines that look close but are not.
@Suite struct BlockClassifierTests {
    private func kind(_ text: String) -> BlockKind { BlockClassifier.kind(of: TextBlock(text)) }

    @Test(arguments: ["spot_imgspot_img", "{{ related_posts }}", "<img src=x>"])
    func markupResidue(_ line: String) { #expect(kind(line) == .furniture(.markupResidue)) }

    @Test(arguments: ["Get in Touch", "Latest Posts", "Home Back", "Share this article", "Follow us on Facebook, X and Instagram",
                      "Sign up for our newsletter", "Advertisement", "About The Author", "Original Source", "Become a Patron!",
                      "Skip to main content", "Story continues below advertisement"])
    func navigation(_ line: String) { #expect(kind(line) == .furniture(.navigation)) }

    @Test(arguments: ["(Visited 2 times, 1 visits today)", "1,204 views", "5 min read", "Comments (12)"])
    func counters(_ line: String) {
        #expect([.furniture(.counter), .furniture(.navigation)].contains(kind(line)))
    }

    @Test func datelinesInOtherLanguages() {
        #expect(kind("Aktualisiert: 11.04.2020, 10:27") == .furniture(.dateline))
        #expect(kind("Dienstag, 4. Juni 2019, 15:54") == .furniture(.dateline))
        #expect(kind("Am 4. Juni 2019 stieg der Pegel der Elbe in Dresden auf über acht Meter.") == .paragraph)
    }

    /// Chinese and Japanese are written without spaces: a paragraph of them is many words, not
    /// one, while a short line stays a heading.
    @Test func textWithoutSpacesIsCountedByItsCharacters() {
        #expect(kind("所以，当宇航员在地球轨道上时，将还不得不满足于通过欣赏外面的景色来振作精神，而不要指望沉溺于烈酒中。") == .paragraph)
        #expect(TextBlock("所以，当宇航员在地球轨道上时，将还不得不满足于通过欣赏外面的景色来振作精神。").wordCount >= 15)
        #expect(kind("欲張りなイヌ") == .heading)
        #expect(TextBlock("The river rose by 2 metres.").wordCount == 6)
    }

    @Test func counterNeedsEveryNumberToCountSomething() {
        #expect(kind("(Visited 2 times, 1 visits today)") == .furniture(.counter))
        #expect(kind("Prices rose 3 times in 2023") == .heading)
        #expect(kind("The virus spread 3 times faster than in 2020.") == .paragraph)
    }

    @Test(arguments: ["Read more: Vaccine stocks run low as outbreaks spread", "Related:", "See also: How the count works", "Also read: Markets slide"])
    func labels(_ line: String) { #expect(kind(line) == .furniture(.label)) }

    /// French typography sets a space before the colon; the label ends before it.
    @Test(arguments: ["À lire aussi : Les inondations ont fait 12 morts", "Lire aussi » Le bilan s'alourdit", "Veja Também: O balanço"])
    func labelsWithTheColonApart(_ line: String) { #expect(kind(line) == .furniture(.label)) }

    @Test func aColonApartAfterOrdinaryWordsIsNoLabel() {
        #expect(kind("Le ministre a précisé : 1 200 personnes ont été évacuées.") == .paragraph)
    }

    @Test(arguments: ["Related Coverage", "Über den Autor", "Das könnte Sie auch interessieren!", "You might also like", "Schon gelesen?",
                      "Weitere Informationen:", "Externer Inhalt", "Inhaltsverzeichnis", "Kostenlos zum Newsletter anmelden"])
    func headersOfRelatedAndServiceBoxes(_ line: String) {
        #expect([.furniture(.navigation), .furniture(.label)].contains(kind(line)))
    }

    @Test func aHeadingNamingCoverageOfAnEventIsNotFurniture() {
        #expect(kind("Coverage of the flood in Dresden") == .heading)
        #expect(kind("Information for residents of the valley") == .heading)
    }

    @Test func labelNeedsFurnitureWordsBeforeTheColon() {
        #expect(kind("Seoul: North Korea has not made any public statements about the troops.") == .paragraph)
    }

    @Test(arguments: ["thedefensepost.com 3 days ago", "By Jane Doe, Reuters", "Updated 2 hours ago", "Published: 21 October 2024, 10:02",
                      "October 21, 2024", "Jane Doe | 21 Oct 2024"])
    func datelines(_ line: String) { #expect(kind(line) == .furniture(.dateline)) }

    @Test func sentencesWithDatesAreNotDatelines() {
        #expect(kind("By Monday, the death toll had risen to 40 across the region.") == .paragraph)
        #expect(kind("Floods of March 3, 2024 kill 40 in river towns") == .heading)
    }

    @Test(arguments: ["North Korean troops during a military parade in Pyongyang. Photo: KCNA", "Rescue workers at the site. (Image by Lena Park)",
                      "Credit: Getty Images"])
    func captions(_ line: String) { #expect(kind(line) == .furniture(.caption)) }

    @Test func contactAndLinks() {
        #expect(kind("— Mike Glenn can be reached at mglenn@washingtontimes.com.") == .furniture(.contact))
        #expect(kind("https://example.org/story/123 https://example.org/story/124") == .furniture(.links))
        #expect(kind("© 2024 HealthWire Media. All rights reserved.") == .furniture(.copyright))
    }

    @Test(arguments: [
        "Please read our comment policy before commenting.",
        "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
        "Sign up for our newsletter to get the latest health news delivered to your inbox every morning.",
        "You could close this page. Or you could join our community and help us produce more materials like this.",
        "Independent reporting like this depends on readers like you. If you value our coverage, please consider a donation to support our newsroom.",
    ])
    func callsToAction(_ line: String) { #expect(kind(line) == .furniture(.callToAction)) }

    @Test(arguments: [
        "Jetzt für unseren Newsletter anmelden und keine Nachricht verpassen.",
        "Melden Sie sich an, um den Newsletter zu abonnieren.",
        "Um den Artikel zu kommentieren, müssen Sie eingeloggt sein.",
        "Zapraszamy też do subskrypcji naszego serwisu.",
        "Únete a nuestro canal y suscríbete al boletín.",
        "Abonnez-vous à notre newsletter pour recevoir nos articles.",
    ])
    func callsToActionInOtherLanguages(_ line: String) { #expect(kind(line) == .furniture(.callToAction)) }

    /// Lower-case "sie" is "they": a report of what others subscribed to addresses no reader;
    /// an appeal in quotation marks (of any language) is someone's speech.
    @Test(arguments: [
        "« Abonnez-vous à notre chaîne », a lancé le ministre devant 3 000 personnes.",
        "Nach Angaben der Behörde haben sie den Newsletter der Stadt abonniert, um Warnungen zu erhalten.",
        "„Abonnieren Sie unseren Kanal“, hieß es in der Nachricht, die 12.000 Menschen erhielten.",
        "Sie sind aktuell mehr als 40.000 Abonnenten, sagte der Sprecher des Senders am Montag.",
    ])
    func reportingInOtherLanguagesIsNotACallToAction(_ line: String) { #expect(kind(line) == .paragraph) }

    @Test func formalAddressIsToldByItsCapitalInsideASentence() {
        #expect(BlockClassifier.addressesFormally(TextBlock("Lesen Sie auch unseren Bericht").tokens))
        #expect(!BlockClassifier.addressesFormally(TextBlock("Sie lesen den Bericht").tokens))
        #expect(!BlockClassifier.addressesFormally(TextBlock("Dann kamen sie zurück").tokens))
    }

    @Test(arguments: [
        "“We sternly denounce this and strongly warn them to halt it,” said the ministry spokesperson, who asked readers not to share rumours.",
        "We should support the bill, and our leaders must help the districts that need it most.",
        "If you need help, support lines are open around the clock, the health ministry said.",
        "“What’s important is that our partners don’t turn a blind eye to it,” Mr. Zelenskyy said in a statement on X.",
    ])
    func reportingIsNotACallToAction(_ line: String) { #expect(kind(line) == .paragraph) }

    @Test func headingsAndParagraphs() {
        #expect(kind("Part of Defense Pact") == .heading)
        #expect(kind("Sent to Become ‘Cannon Fodder’") == .heading)
        #expect(kind("“Aggressors must be stopped.”") == .paragraph)
        #expect(kind("He declined.") == .paragraph)
    }
}
