import Alerts
import ArgumentParser
import Model
import OrderedJSON
import Store

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Show every tracked figure: its current value, who states what, how many sources."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "One JSON object per figure.")
    var json = false

    @Argument(help: "Only keys containing this text.")
    var filter: String?

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            let figures = try store.read { try $0.figures() }.filter { figure in filter.map { figure.key.contains($0) } ?? true }
            for figure in figures {
                StandardOutput.line(json ? Self.json(figure).serialized : Self.text(figure))
            }
        }
    }

    static func text(_ figure: FigureSummary) -> String {
        let current = figure.current.map(FigureFormatting.value) ?? "?"
        var lines = ["\(figure.key)  \(current)  (\(figure.positions.count) claimants, \(figure.articles) sources, \(figure.mentions) mentions)"]
        for position in figure.positions {
            let where_ = position.latest.article.source ?? position.latest.article.file ?? "article \(position.latest.article.id)"
            lines.append("    \(FigureFormatting.value(position.latest))  \(position.claimant ?? "unattributed")  “\(position.latest.statedAs)”  \(where_)")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ figure: FigureSummary) -> JSONValue {
        .fields([
            ("key", .string(figure.key)),
            ("current", figure.current.map { .number($0.central) }),
            ("stated_as", figure.current.map { .string($0.statedAs) }),
            ("claimants", .array(figure.positions.map { position in
                .fields([
                    ("claimant", JSONValue(position.claimant)),
                    ("value", .number(position.latest.central)),
                    ("stated_as", .string(position.latest.statedAs)),
                    ("article", .integer(position.latest.article.id)),
                    ("source", position.latest.article.source.map(JSONValue.string)),
                    ("file", position.latest.article.file.map(JSONValue.string)),
                ])
            })),
            ("sources", .integer(Int64(figure.articles))),
            ("mentions", .integer(Int64(figure.mentions))),
            ("last_seen", figure.lastStated.map(JSONValue.timestamp) ?? .null),
        ])
    }
}
