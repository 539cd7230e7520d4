import ArgumentParser
import Documents
import Extraction
import OrderedJSON

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article Tally reads from a document, as JSON (title, body, source, date, ...)."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: "A .txt, .html or .json document; - or nothing for stdin.")
    var file: String?

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            let input = try DocumentInput.read(file, maximumBytes: configuration.maximumFileBytes)
            let (decoded, article) = try input.article()
            StandardOutput.line(Self.json(article, decoded).serialized)
        }
    }

    static func json(_ article: Article, _ decoded: DecodedDocument) -> JSONValue {
        .fields([
            ("title", article.title.map(JSONValue.string)),
            ("author", article.author.map(JSONValue.string)),
            ("published", article.published.map(JSONValue.timestamp)),
            ("source", article.source.map(JSONValue.string)),
            ("url", article.url.map(JSONValue.string)),
            ("language", article.language.map(JSONValue.string)),
            ("format", .string(decoded.markup.rawValue)),
            ("encoding", .string(decoded.encoding)),
            ("body", .string(article.body)),
        ])
    }
}
