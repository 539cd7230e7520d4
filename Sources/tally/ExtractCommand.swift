import ArgumentParser
import Settings
import Documents
import Extraction
import Model
import OrderedJSON

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the article Tally reads from a document, as JSON (title, authors, dates, source, description, body, ...)."
    )

    @OptionGroup var options: CommonOptions

    @Flag(help: "Extract every IN/<id>.html into OUT/<id>.txt and OUT/<id>.meta.json (title, author, date, modified, description), and write OUT/_timing.json.")
    var batch = false

    @Argument(help: "A .txt, .html or .json document; - or nothing for stdin. With --batch: IN OUT.")
    var files: [String] = []

    func validate() throws {
        if batch ? files.count != 2 : files.count > 1 {
            throw ValidationError(batch ? "--batch takes two folders: IN OUT" : "one document at a time (or --batch IN OUT)")
        }
    }

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            if batch {
                try BatchExtraction(input: files[0], output: files[1], maximumBytes: configuration.maximumFileBytes).run()
                return
            }
            let input = try DocumentInput.read(files.first, maximumBytes: configuration.maximumFileBytes)
            let (decoded, article) = try input.article()
            StandardOutput.line(Self.json(article, decoded).serialized)
        }
    }

    static func json(_ article: Article, _ decoded: DecodedDocument) -> JSONValue {
        .fields([
            ("title", article.title.map(JSONValue.string)),
            ("author", article.author.map(JSONValue.string)),
            ("authors", article.authors.isEmpty ? nil : .array(article.authors.map(JSONValue.string))),
            ("published", article.published.map(JSONValue.timestamp)),
            ("modified", article.modified.map(JSONValue.timestamp)),
            ("source", article.source.map(JSONValue.string)),
            ("url", article.url.map(JSONValue.string)),
            ("language", article.language.map(JSONValue.string)),
            ("description", article.description.map(JSONValue.string)),
            ("format", .string(decoded.markup.rawValue)),
            ("encoding", .string(decoded.encoding)),
            ("body", .string(article.body)),
        ])
    }
}
