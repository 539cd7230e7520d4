import Alerts
import ArgumentParser
import Model
import OrderedJSON
import Store

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show every statement of one figure, oldest first: value, claimant, article, quote."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "One JSON object per statement.")
    var json = false

    @Argument(help: "The figure key, e.g. 2024-10-north-korea-deploys/north-korea/troops/sent-to-russia (see `tally figures`), or the part after the story for the figure in every story.")
    var key: String

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            let entries = try store.read { try $0.history(key: key) }
            guard !entries.isEmpty else { throw CommandFailure("no figure with key \(key) (see `tally figures`)", exitCode: 1) }
            for entry in entries {
                StandardOutput.line(json ? Self.json(entry).serialized : Self.text(entry))
            }
        }
    }

    static func text(_ entry: HistoryEntry) -> String {
        let claim = entry.claim.claim
        let value = FigureFormatting.number(claim.quantity.low) + (claim.quantity.low == claim.quantity.high ? "" : "–" + FigureFormatting.number(claim.quantity.high))
        let note = entry.claim.repeated ? "  (repeated by a near-duplicate)" : ""
        let place = entry.article.source ?? entry.article.file ?? "article \(entry.article.id)"
        return "\(ISO8601.string(from: entry.receivedAt))  \(value)  \(claim.claimant ?? "unattributed")  \(place)\(note)\n    “\(claim.sentence)”"
    }

    static func json(_ entry: HistoryEntry) -> JSONValue {
        let claim = entry.claim.claim
        return .fields([
            ("claim", .integer(entry.claim.id)),
            ("key", .string(claim.key)),
            ("received_at", .timestamp(entry.receivedAt)),
            ("low", .number(claim.quantity.low)),
            ("high", .number(claim.quantity.high)),
            ("hedge", claim.hedge.map(JSONValue.string)),
            ("claimant", JSONValue(claim.claimant)),
            ("repeated", .bool(entry.claim.repeated)),
            ("article", .integer(entry.article.id)),
            ("duplicate_of", entry.duplicateOf.map(JSONValue.integer)),
            ("title", entry.article.title.map(JSONValue.string)),
            ("source", entry.article.source.map(JSONValue.string)),
            ("file", entry.article.file.map(JSONValue.string)),
            ("quote", .string(claim.sentence)),
        ])
    }
}
