import CurlFetching
import FeedFetching
import Foundation

/// One round: every feed asked for at once, the call returns when the last answer is in.
struct FeedRound {
    struct Outcome {
        var statuses: [Int: Int] = [:]
        var failures: [String] = []
        var bodyBytes = 0
        var touched: UInt64 = 0
        /// Per feed, from its 200, for the next round's conditional GETs.
        var validators: [(etag: String?, lastModified: String?)]
    }

    let port: UInt16
    let feedCount: Int

    func requests(validators: [(etag: String?, lastModified: String?)]?) -> [HTTPRequest] {
        (0..<feedCount).map { number in
            HTTPRequest(url: "http://f\(number).localhost:\(port)/feed.xml", etag: validators?[number].etag,
                        lastModified: validators?[number].lastModified, tag: Int64(number))
        }
    }

    /// `touch`: read every body byte (an FNV-1a hash), as the cheapest stand-in for parsing.
    func run(_ fetcher: HTTPFetching, _ requests: [HTTPRequest], touch: Bool) -> Outcome {
        let collector = Collector(count: requests.count)
        for request in requests {
            fetcher.fetch(request) { response in
                let hash = touch ? Self.fnv1a(response.body) : 0
                collector.add(response, hash: hash)
            }
        }
        return collector.wait()
    }

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hash
    }
}

/// Gathers the answers (on the fetcher's thread) and wakes the caller after the last one.
private final class Collector: @unchecked Sendable {
    private let condition = NSCondition()
    private var outcome: FeedRound.Outcome
    private var remaining: Int

    init(count: Int) {
        remaining = count
        outcome = FeedRound.Outcome(validators: Array(repeating: (nil, nil), count: count))
    }

    func add(_ response: HTTPResponse, hash: UInt64) {
        condition.lock()
        defer { condition.unlock() }
        if let failure = response.failure {
            outcome.failures.append("\(response.requestedURL): \(failure)")
        } else {
            outcome.statuses[response.status, default: 0] += 1
        }
        outcome.bodyBytes += response.body.count
        outcome.touched ^= hash
        let index = Int(response.tag)
        if response.status == 200, outcome.validators.indices.contains(index) {
            outcome.validators[index] = (response.headers["etag"], response.headers["last-modified"])
        }
        remaining -= 1
        if remaining == 0 { condition.signal() }
    }

    func wait() -> FeedRound.Outcome {
        condition.lock()
        defer { condition.unlock() }
        while remaining > 0 { condition.wait() }
        return outcome
    }
}
