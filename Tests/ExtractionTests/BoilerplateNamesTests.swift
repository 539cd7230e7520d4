@testable import Extraction
import Testing

/// What class and id names say, as the readability family reads them.
@Suite struct BoilerplateNamesTests {
    @Test func unlikelyNamesAreRescuedByArticleLikeOnes() {
        #expect(BoilerplateNames.isUnlikely(BoilerplateNames.signals(class: "site-sidebar", id: nil)))
        #expect(!BoilerplateNames.isUnlikely(BoilerplateNames.signals(class: "main-header-content", id: nil)), "content rescues a header")
        #expect(BoilerplateNames.isUnlikely(BoilerplateNames.signals(class: "story", id: "comments")), "the id counts too")
        #expect(!BoilerplateNames.isUnlikely(BoilerplateNames.signals(class: "story-body", id: nil)))
    }

    @Test func classAndIDEachWeighTwentyFive() {
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "article-body", id: nil)) == 25)
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "article-body", id: "main-content")) == 50)
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "share-widget", id: nil)) == -25)
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "post", id: "related")) == 0, "+25 for the class, -25 for the id")
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "plain", id: nil)) == 0)
    }

    @Test func hidCountsOnlyAsAWholeClassName() {
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "hid", id: nil)) == -25)
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "box hid wide", id: nil)) == -25)
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "hide-on-mobile", id: nil)) == 0)
        #expect(BoilerplateNames.weight(BoilerplateNames.signals(class: "khidmat", id: nil)) == 0)
    }

    @Test func sharingAndBylinesAreTold() {
        #expect(BoilerplateNames.signals(class: "sharedaddy sd-sharing", id: nil).contains(.share))
        #expect(BoilerplateNames.signals(class: "meta", id: "p-author").contains(.byline))
        #expect(!BoilerplateNames.signals(class: "lead", id: nil).contains(.byline))
    }
}
