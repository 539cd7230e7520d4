import Extraction
import Foundation
import Model
import Testing

/// The five real scrapes in shared/seeds: what is furniture there and what is not.
@Suite struct SeedScrapeTests {
    private func seed(_ prefix: String) throws -> Model.Article {
        let folder = TestData.shared.appendingPathComponent("seeds")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        return try TestData.article(file: folder.appendingPathComponent(name))
    }

    @Test func leadingResidueAndTrailingContactLinesGo() throws {
        let article = try seed("000_")
        #expect(article.title == "North Korea Deploys 12,000 Troops to Aid Russia in Ukraine Conflict")
        #expect(article.body.hasPrefix("Seoul: North Korea has not made"))
        #expect(article.body.hasSuffix("North Korea’s propaganda efforts."))
        #expect(!article.body.contains("spot_img"))
        #expect(!article.body.contains("Get in Touch"))
        #expect(!article.body.contains("Latest Posts"))
        #expect(TestData.paragraphs(article).count == 5)
    }

    @Test func wrappedLineAndSplitWordAreRejoined() throws {
        let body = try seed("000_").body
        #expect(body.contains("the potential domestic repercussions of sending soldiers to an active war zone"))
        #expect(body.contains("as part of its response strategy."))
    }

    @Test func textStartingWithAParagraphHasNoTitle() throws {
        let article = try seed("001_")
        #expect(article.title == nil)
        #expect(article.body.hasPrefix("North Korea’s reported decision"))
        #expect(TestData.paragraphs(article).count == 14)
        #expect(try seed("003_").title == nil)
    }

    @Test func contactLineAndCommentPolicyGo() throws {
        let body = try seed("001_").body
        #expect(body.hasSuffix("“Aggressors must be stopped.”"))
        #expect(!body.contains("mglenn@"))
        #expect(!body.contains("comment policy"))
    }

    @Test func navigationSourceLineAltAndCaptionGoButSubheadsStay() throws {
        let article = try seed("002_")
        #expect(article.title == "US Monitoring Potential Deployment of N. Korean Troops in Ukraine")
        #expect(article.source == "thedefensepost.com")
        #expect(article.body.hasPrefix("The US government is closely monitoring"))
        #expect(!article.body.contains("Home Back"))
        #expect(!article.body.contains("Photo: KCNA"))
        #expect(!article.body.contains("People are also reading"))
        let paragraphs = TestData.paragraphs(article)
        #expect(paragraphs.contains("Sent to Become ‘Cannon Fodder’"))
        #expect(paragraphs.contains("Part of Defense Pact"))
        #expect(paragraphs.contains("“We’ve seen the kinds of casualties that Russian forces have taken.”"))
        #expect(paragraphs.last?.hasSuffix("1.6 million artillery shells allegedly delivered since August 2022.") == true)
    }

    @Test func everyLineOfAParagraphPerLineScrapeIsKept() throws {
        let article = try seed("003_")
        #expect(TestData.paragraphs(article).count == 7)
        #expect(article.body.hasSuffix("with North Korean forces involved."))
    }

    @Test func donationAppealAndTrailingFurnitureGo() throws {
        let article = try seed("004_")
        #expect(article.title == "South Korea considers sending personnel to Ukraine as North deploys troops to Russia")
        #expect(article.body.hasSuffix("“see a lot of contradictory information” from South Korea and the US."))
        for furniture in ["Related:", "You could close this page", "Become a Patron", "Original Source", "Visited", "About The Author"] {
            #expect(!article.body.contains(furniture), "\(furniture)")
        }
        #expect(TestData.paragraphs(article).count == 7)
    }
}
