import FeedScheduling
import Pipeline

/// Where a document came from: the `source` label.
public enum DocumentSource: String, Sendable, CaseIterable {
    case drop, feed
}

/// The `outcome` label of `tally_documents_total`.
enum OutcomeLabel: String, CaseIterable {
    case ingested, duplicate, alreadySeen = "already_seen", rejected

    init(_ outcome: IngestReport.Outcome) {
        switch outcome {
        case .ingested: self = .ingested
        case .duplicate: self = .duplicate
        case .alreadySeen: self = .alreadySeen
        case .rejected: self = .rejected
        }
    }
}

/// The `result` label of `tally_feed_fetches_total`.
enum FetchResultLabel: String {
    case fresh, notModified = "not_modified", throttled, failed

    init(_ result: FetchResult) {
        switch result {
        case .fresh: self = .fresh
        case .notModified: self = .notModified
        case .throttled: self = .throttled
        case .failed: self = .failed
        }
    }
}

/// The `status` label of `tally_feed_fetches_total`: the codes feeds commonly answer with as
/// themselves, any other by its class, so the number of series stays small whatever servers send.
enum StatusLabel {
    static let named: Set<Int> = [200, 304, 400, 401, 403, 404, 410, 429, 500, 502, 503, 504]

    static func of(_ status: Int) -> String {
        switch status {
        // No HTTP response at all: name resolution, connection, TLS, time-out.
        case 0: "none"
        case _ where named.contains(status): String(status)
        case 100...599: "\(status / 100)xx"
        default: "other"
        }
    }
}
