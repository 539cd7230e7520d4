import Alerts
public import OrderedJSON
import Store

extension IngestReport {
    /// One line per document for `tally ingest --json`.
    public var json: JSONValue {
        var outcomeName: String
        var details: [(String, JSONValue?)] = []
        switch outcome {
        case .ingested:
            outcomeName = "ingested"
        case .duplicate(let original, let similarity):
            outcomeName = "duplicate"
            details.append(("duplicate_of", .fields([("article", .integer(original)), ("similarity", .number((similarity * 1000).rounded() / 1000))])))
        case .alreadySeen(let firstName):
            outcomeName = "already_seen"
            details.append(("same_bytes_as", .string(firstName)))
        case .rejected(let reason):
            outcomeName = "rejected"
            details.append(("reason", .string(reason)))
        }
        return .fields([
            ("file", .string(name)),
            ("outcome", .string(outcomeName)),
        ] + details + [
            ("document", documentID.map(JSONValue.integer)),
            ("article", articleID.map(JSONValue.integer)),
            ("title", title.map(JSONValue.string)),
            ("story", story.map(JSONValue.string)),
            ("claims", .integer(Int64(claims))),
            ("repeated_claims", repeatedClaims > 0 ? .integer(Int64(repeatedClaims)) : nil),
            ("alerts", .array(alerts.map { AlertLine.json($0.alert, id: $0.id, node: $0.node) })),
            ("notes", notes.isEmpty ? nil : .array(notes.map(JSONValue.string))),
        ])
    }
}
