@testable import Extraction
import Testing

/// Names out of bylines as readers see them.
@Suite struct BylineTextTests {
    @Test(arguments: [
        ("By Jane Doe", ["Jane Doe"]),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, John Roe and Max Moe, CNN", ["Jane Doe", "John Roe", "Max Moe"]),
        ("Par Sébastien Farcis", ["Sébastien Farcis"]),
        ("By Jane Doe May 20, 2019 | Reuters", ["Jane Doe"]),
        ("by Lucas Nolan22 Dec 2016", ["Lucas Nolan"]),
        ("By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU", ["Daniel Kahn Gillmor"]),
        ("Ben Silverman Games Editor", ["Ben Silverman"]),
        ("Written by Rob Ewaschuk Edited by Betsy Beyer", ["Rob Ewaschuk"]),
        ("Last Updated: January 7, 2025", []),
        ("Martin Untersinger (avec Damien Leloup et Morgane Tual)", ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
        ("By Brenda Goodman, MA", ["Brenda Goodman"]),
    ])
    func names(_ byline: String, _ names: [String]) {
        #expect(BylineText.names(byline) == names)
    }

    @Test func oneNameWrittenSurnameFirst() {
        #expect(BylineText.list("Jong, Michiel de") == ["Jong, Michiel de"])
        #expect(BylineText.list("Kooman, F.") == ["Kooman, F."])
    }

    /// "Mac & i" is a magazine, not Mac and i.
    @Test func conjunctionsSplitOnlyBetweenNames() {
        #expect(BylineText.list("Mac & i") == ["Mac & i"])
        #expect(BylineText.list("Ana Lima & Rui Costa") == ["Ana Lima", "Rui Costa"])
    }
}
