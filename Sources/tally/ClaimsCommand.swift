import ArgumentParser
import Settings
import Figures
import Foundation
import Model

struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "Print every numeric claim in a document, one JSON object per line.",
        discussion: "Spans (start, end) count Unicode scalars into the article text: the title, a blank line, the body (see `tally extract`). Plain text that is no article (a single line, a headline) is read whole as the body."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: "A .txt, .html or .json document; - or nothing for stdin.")
    var file: String?

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            let input = try DocumentInput.read(file, maximumBytes: configuration.maximumFileBytes)
            let (_, article) = try input.article(wholeTextIfRefused: true)
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for claim in ClaimExtractor().claims(title: article.title, body: article.body) {
                StandardOutput.line(String(decoding: try encoder.encode(claim), as: UTF8.self))
            }
        }
    }
}
