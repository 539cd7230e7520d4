import Foundation
import Model
import Stories

/// The records as both backends read them out of rows named as the schema names its columns.
extension DocumentRecord {
    /// A `document` row with its article's id as `article_id` (NULL: none).
    package init(row: some StoredRow) throws {
        self.init(id: try row.integer("id"), contentHash: try row.text("content_hash"), fileName: try row.text("file_name"),
                  origin: DocumentOrigin(rawValue: try row.text("origin")), byteCount: try row.int("byte_count"),
                  receivedAt: try row.date("received_at"), outcome: DocumentOutcome(rawValue: try row.text("outcome")) ?? .rejected,
                  reason: try row.optionalText("reason"), articleID: try row.optionalInteger("article_id"))
    }
}

extension StoredArticle {
    package init(row: some StoredRow) throws {
        let article = Article(title: try row.optionalText("title"), body: try row.text("body"), source: try row.optionalText("source"),
                              url: try row.optionalText("url"), published: try row.optionalDate("published"),
                              author: try row.optionalText("author"), language: try row.optionalText("language"))
        self.init(id: try row.integer("id"), documentID: try row.integer("document_id"), article: article,
                  duplicateOf: try row.optionalInteger("duplicate_of"), similarity: try row.optionalDouble("similarity"))
    }
}

extension StoredClaim {
    package init(row: some StoredRow) throws {
        self.init(id: try row.integer("id"), articleID: try row.integer("article_id"), ordinal: try row.int("ordinal"),
                  claim: try Coding.decode(Claim.self, try row.text("claim_json")), repeated: try row.flag("repeated"))
    }
}

extension StoredAlert {
    package init(row: some StoredRow) throws {
        self.init(id: try row.integer("id"), documentID: try row.integer("document_id"),
                  alert: try Coding.decode(Alert.self, try row.text("alert_json")), logged: try row.flag("logged"),
                  node: row.has("node") ? try row.optionalText("node") : nil)
    }
}

extension HistoryEntry {
    /// A `claim` row with its article's title, source, url, published and duplicate_of, and its
    /// document's file_name and received_at.
    package init(row: some StoredRow) throws {
        let article = ArticleReference(id: try row.integer("article_id"), title: try row.optionalText("title"), url: try row.optionalText("url"),
                                       source: try row.optionalText("source"), file: try row.text("file_name"),
                                       published: try row.optionalDate("published"))
        self.init(claim: try StoredClaim(row: row), article: article, receivedAt: try row.date("received_at"),
                  duplicateOf: try row.optionalInteger("duplicate_of"))
    }
}

extension Position {
    /// A `position` row: its observation, kept whole.
    package init(row: some StoredRow) throws {
        let observation = try Coding.decode(Observation.self, try row.text("observation_json"))
        self.init(claimant: observation.claimant, latest: observation)
    }
}

extension FigureSummary {
    /// What `history(key:)` matches when no figure has the key itself: the figure in every story,
    /// as a LIKE pattern with `\` as its escape ("%/north-korea/troops" for "north-korea/troops").
    package static func inEveryStoryPattern(_ key: String) -> String {
        "%/" + LikePattern.literal(key)
    }
}

extension FeedRecord {
    /// A `feed` row, with `entries_seen` and `entries_pending` when counted.
    package init(row: some StoredRow, counted: Bool) throws {
        let tags = (try? JSONDecoder().decode([String].self, from: Data(try row.text("tags").utf8))) ?? []
        self.init(id: try row.integer("id"), url: try row.text("url"), name: try row.optionalText("name"), tags: tags,
                  interval: try row.optionalDouble("interval_seconds"), origin: FeedOrigin(rawValue: try row.text("origin")) ?? .added,
                  subscribed: try row.flag("subscribed"), etag: try row.optionalText("etag"), lastModified: try row.optionalText("last_modified"),
                  nextDue: try row.date("next_due"), errorStreak: try row.int("error_streak"), lastAttempt: try row.optionalDate("last_attempt"),
                  lastSuccess: try row.optionalDate("last_success"), lastStatus: try row.optionalInt("last_status"),
                  lastError: try row.optionalText("last_error"), title: try row.optionalText("title"), siteURL: try row.optionalText("site_url"),
                  refreshRequested: try row.flag("refresh_requested"), revision: try row.integer("revision"),
                  entriesSeen: counted ? try row.int("entries_seen") : nil, entriesPending: counted ? try row.int("entries_pending") : nil)
    }
}

extension PendingFeedEntry {
    package init(row: some StoredRow) throws {
        self.init(feedID: try row.integer("feed_id"), key: try row.text("entry_key"), sequence: try row.integer("sequence"),
                  payload: try row.text("pending_json"))
    }
}

extension FailedFeedEntry {
    package init(row: some StoredRow) throws {
        self.init(feedID: try row.integer("feed_id"), key: try row.text("entry_key"), reason: try row.text("failure"), failedAt: try row.date("failed_at"))
    }
}

extension PendingDelivery {
    /// A `delivery` row (its id as `delivery_id`) joined with its alert's row.
    package init(row: some StoredRow) throws {
        self.init(id: try row.integer("delivery_id"), alert: try StoredAlert(row: row), notifier: try row.text("notifier"),
                  attempts: try row.int("attempts"), createdAt: try row.date("created_at"), nextAttempt: try row.date("next_attempt"))
    }
}

extension DeliverySummary {
    /// Each notifier's deliveries by name: `counts` rows (notifier, state, n), `states` rows of
    /// `notifier_state` (notifier, last_success, last_error, last_error_at).
    package static func summaries(counts: [some StoredRow], states: [some StoredRow]) throws -> [DeliverySummary] {
        var summaries: [String: DeliverySummary] = [:]
        for row in counts {
            let name = try row.text("notifier")
            var summary = summaries[name] ?? DeliverySummary(notifier: name)
            let count = try row.int("n")
            switch try row.text("state") {
            case "pending": summary.pending = count
            case "sent": summary.sent = count
            default: summary.givenUp = count
            }
            summaries[name] = summary
        }
        for row in states {
            let name = try row.text("notifier")
            var summary = summaries[name] ?? DeliverySummary(notifier: name)
            summary.lastSuccess = try row.optionalDate("last_success")
            summary.lastError = try row.optionalText("last_error")
            summary.lastErrorAt = try row.optionalDate("last_error_at")
            summaries[name] = summary
        }
        return summaries.values.sorted { $0.notifier < $1.notifier }
    }
}

extension Story {
    package init(row: some StoredRow) throws {
        self.init(id: try row.integer("id"), slug: try row.text("slug"), firstTime: try row.date("first_time"), lastTime: try row.date("last_time"),
                  profile: try Coding.decode([WeightedTerm].self, try row.text("profile_json")), articleCount: try row.int("article_count"),
                  touched: try row.integer("touched"))
    }

    /// `slug`, or on a clash with a slug `isTaken` says is used, the first of "slug-2", "slug-3", ... that is free.
    package static func uniqueSlug(_ slug: String, isTaken: (String) throws -> Bool) rethrows -> String {
        var candidate = slug
        var suffix = 1
        while try isTaken(candidate) {
            suffix += 1
            candidate = "\(slug)-\(suffix)"
        }
        return candidate
    }
}
