import CurlFetching
import FeedFetching
import Foundation
import LoopbackHTTP
import Testing

@Suite struct ConcurrencyTests {
    @Test func noHostGetsMoreThanItsShareWhileOtherHostsGoOn() async throws {
        let settings = FetchSettings(maxTransfersPerHost: 2, maxTransfers: 16)
        let rig = try Rig(settings: settings) { request in
            var response = LoopbackResponse(status: 200, text: sampleFeed(request.host))
            if request.host == "slow.localhost" { response.delay = .milliseconds(100) }
            return response
        }
        defer { rig.stop() }
        let finished = Locked<[String]>([])
        // Eight to the slow host go first; the quick hosts' requests must not wait behind them.
        let requests = (0..<8).map { HTTPRequest(url: rig.url("/\($0)", host: "slow.localhost")) }
            + (0..<4).map { HTTPRequest(url: rig.url("/\($0)", host: "quick\($0 % 2).localhost")) }
        await withTaskGroup(of: Void.self) { group in
            for request in requests {
                group.addTask {
                    let response = await rig.fetcher.fetch(request)
                    finished.withLock { $0.append(URL(string: response.requestedURL)?.host ?? "") }
                }
            }
        }
        #expect(rig.server.peakConcurrentRequests(host: "slow.localhost") == 2)
        #expect(rig.server.peakConcurrentRequests(host: "quick0.localhost") <= 2)
        let order = finished.withLock { $0 }
        #expect(order.count == 12)
        // Every quick request is done before the last slow one.
        #expect(order.last == "slow.localhost")
        let lastQuick = order.lastIndex { $0.hasPrefix("quick") } ?? order.count
        #expect(order[(lastQuick + 1)...].count >= 2)
    }

    @Test func theOverallLimitHolds() async throws {
        let rig = try Rig(settings: FetchSettings(maxTransfersPerHost: 4, maxTransfers: 5)) { _ in
            LoopbackResponse(status: 200, body: Array("ok".utf8), delay: .milliseconds(30))
        }
        defer { rig.stop() }
        let requests = (0..<40).map { HTTPRequest(url: rig.url("/", host: "h\($0 % 10).localhost")) }
        let responses = await rig.fetcher.fetchAll(requests)
        #expect(responses.allSatisfy { $0.status == 200 })
        #expect(rig.server.peakConcurrentRequests == 5)
    }

    @Test func aThousandTransfersRunTogetherOnOneThread() async throws {
        let rig = try Rig(settings: FetchSettings(maxTransfersPerHost: 2, maxTransfers: 64)) { request in
            LoopbackResponse(status: 200, body: Array("figure \(request.path.dropFirst())".utf8), delay: .milliseconds(5))
        }
        defer { rig.stop() }
        let threads = Locked<Set<UInt>>([])
        let requests = (0..<1000).map { HTTPRequest(url: rig.url("/\($0)", host: "site\($0 % 100).localhost"), tag: Int64($0)) }
        let responses: [HTTPResponse] = await withTaskGroup(of: HTTPResponse.self) { group in
            for request in requests {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        rig.fetcher.fetch(request) { response in
                            threads.withLock { _ = $0.insert(UInt(pthread_self())) }
                            continuation.resume(returning: response)
                        }
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(responses.count == 1000)
        #expect(responses.allSatisfy { $0.status == 200 && String(decoding: $0.body, as: UTF8.self) == "figure \($0.tag)" })
        #expect(threads.withLock { $0.count } == 1)
        #expect(rig.server.peakConcurrentRequests > 2)
        #expect(rig.server.peakConcurrentRequests <= 64)
    }

    @Test func aConnectionServesTheNextTransfersQueuedForItsHost() async throws {
        let rig = try Rig(settings: FetchSettings(maxTransfersPerHost: 1)) { request in
            LoopbackResponse(status: 200, body: Array(sampleFeed("Harvest").utf8), delay: request.path == "/first.xml" ? .milliseconds(200) : .zero)
        }
        defer { rig.stop() }
        // The first starts alone; the five queued behind it while it runs share one connection.
        // All are submitted at once from this thread, through the callback, so they are queued
        // while the first is answered slowly (waiting for a thread of the cooperative pool, which
        // the other tests keep busy, could take longer than the first's answer).
        let responses = Locked<[HTTPResponse]>([])
        for path in ["/first.xml"] + (0..<5).map({ "/feed\($0).xml" }) {
            rig.fetcher.fetch(HTTPRequest(url: rig.url(path, host: "farm.localhost"))) { response in responses.withLock { $0.append(response) } }
        }
        #expect(await eventually { responses.withLock { $0.count } == 6 })
        #expect(responses.withLock { $0 }.allSatisfy { $0.status == 200 })
        #expect(rig.server.requests.first?.path == "/first.xml")
        let connections = rig.server.requests.map(\.connection)
        #expect(connections.count == 6)
        #expect(Set(connections.dropFirst()).count == 1)
    }

    @Test func anIdleConnectionIsNotKept() async throws {
        // Nothing else queued for the host: the connection closes after the answer instead of
        // waiting in libcurl's cache, where thousands of hosts' connections would pile up.
        let rig = try Rig { _ in LoopbackResponse(status: 200, text: sampleFeed("Tides")) }
        defer { rig.stop() }
        for index in 0..<3 {
            let response = await rig.fetcher.fetch(rig.url("/feed\(index).xml"))
            #expect(response.status == 200)
        }
        #expect(rig.server.connectionCount == 3)
    }
}
