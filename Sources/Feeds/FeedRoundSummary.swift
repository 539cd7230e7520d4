import FeedScheduling
import Foundation

/// What the fetches since the last summary came to, for one log line instead of one per feed.
/// Pure: the service adds each fetch and decides when to log.
struct FeedRoundSummary: Equatable {
    /// When the first fetch of the round was handed to the fetcher.
    var started: Date?
    var notModified = 0
    var fresh = 0
    var newEntries = 0
    var failed = 0
    var throttled = 0
    /// Entry documents the pipeline finished (recorded or set aside) during the round.
    var entriesRecorded = 0

    var fetched: Int { notModified + fresh + failed + throttled }
    var isEmpty: Bool { fetched == 0 && entriesRecorded == 0 }

    mutating func add(_ result: FetchResult, newEntries: Int) {
        switch result {
        case .fresh:
            fresh += 1
            self.newEntries += newEntries
        case .notModified: notModified += 1
        case .throttled: throttled += 1
        case .failed: failed += 1
        }
    }

    /// "10000 feeds fetched in 1.2 s: 9500 not modified, 500 changed (1234 new entries), 0 failed; 1234 entries recorded; 3 feeds failing"
    func line(endedAt end: Date, failingFeeds: Int) -> String {
        let took = started.map { String(format: " in %.1f s", max(0, end.timeIntervalSince($0))) } ?? ""
        var parts = ["\(notModified) not modified", "\(fresh) changed (\(newEntries) new entries)", "\(failed) failed"]
        if throttled > 0 { parts.append("\(throttled) asked to slow down") }
        return "\(fetched) feeds fetched\(took): " + parts.joined(separator: ", ")
            + "; \(entriesRecorded) entries recorded; \(failingFeeds) feeds failing"
    }
}
