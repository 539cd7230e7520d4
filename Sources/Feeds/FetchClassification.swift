import FeedFetching
import FeedScheduling
import Foundation
import Store

/// What a feed response means for the schedule and for the stored validators. Pure.
enum FetchClassification {
    static func result(of response: HTTPResponse, now: Date) -> FetchResult {
        if let failure = response.failure { return .failed(reason: failure.description, retryAfter: nil) }
        let retryAfter = RetryAfter.seconds(response.headers["retry-after"], now: now)
        switch response.status {
        case 200...299: return .fresh
        case 304: return .notModified
        case 429, 503: return .throttled(retryAfter: retryAfter)
        default: return .failed(reason: "HTTP \(response.status)", retryAfter: retryAfter)
        }
    }

    /// The row update: validators only from a 200 that gave a feed; a permanent move only when it
    /// led somewhere that worked.
    static func update(for response: HTTPResponse, result: FetchResult, schedule: FeedScheduleState,
                       title: String?, siteURL: String?) -> FeedFetchUpdate {
        let fresh = result == .fresh
        let error: String? = switch result {
        case .failed(let reason, _): reason
        case .throttled: "HTTP \(response.status): the server asks to slow down"
        case .fresh, .notModified: nil
        }
        return FeedFetchUpdate(movedTo: result.isSuccess ? response.permanentURL : nil,
                               etag: fresh ? response.headers["etag"] : nil,
                               lastModified: fresh ? response.headers["last-modified"] : nil,
                               keepValidators: !fresh, nextDue: schedule.nextDue, errorStreak: schedule.errorStreak,
                               lastAttempt: schedule.lastAttempt, lastSuccess: schedule.lastSuccess,
                               status: response.status == 0 ? nil : response.status, error: error, title: title, siteURL: siteURL)
    }
}
