import CurlFetching
import FeedFetching
import LoopbackHTTP
import Testing

/// Without the time-out under test each of these would wait for an hour (the other time-out);
/// a 30 s watchdog turns that into a failure instead of a hung run.
@Suite struct TimeoutTests {
    static let watchdog = Duration.seconds(30)

    @Test func aConnectThatNeverCompletesTimesOut() async throws {
        let stalled = try StalledListener()
        let fetcher = CurlFetcher(settings: FetchSettings(connectTimeout: .milliseconds(300), totalTimeout: .seconds(3600)))
        defer { fetcher.shutdown() }
        let response = await fetcher.fetch(stalled.url("/feed.xml"), watchdog: Self.watchdog)
        #expect(response?.failure == .timedOut)
        #expect(response?.status == 0)
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let rig = try Rig(settings: FetchSettings(connectTimeout: .seconds(3600), totalTimeout: .milliseconds(300))) { _ in .hang }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/feed.xml"), watchdog: Self.watchdog)
        #expect(response?.failure == .timedOut)
    }

    @Test func aBodyThatTricklesPastTheTotalTimeOut() async throws {
        let rig = try Rig(settings: FetchSettings(connectTimeout: .seconds(3600), totalTimeout: .milliseconds(400))) { _ in
            LoopbackResponse(status: 200, body: Array(sampleFeed("Earthquake aftershocks", items: 20).utf8), trickle: .init(bytes: 16, every: .milliseconds(50)))
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/feed.xml"), watchdog: Self.watchdog)
        #expect(response?.failure == .timedOut)
        #expect(rig.server.requestCount == 1)
    }

    @Test func theTotalTimeOutCoversTheWholeRedirectChain() async throws {
        // Each hop answers within 150 ms, but three of them cannot fit in 300 ms.
        let rig = try Rig(settings: FetchSettings(connectTimeout: .seconds(3600), totalTimeout: .milliseconds(300))) { request in
            let hop = Int(request.path.dropFirst()) ?? 0
            var response = hop < 3 ? LoopbackResponse.redirect(302, to: "/\(hop + 1)") : LoopbackResponse(status: 200, text: "ok")
            response.delay = .milliseconds(150)
            return response
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/0"), watchdog: Self.watchdog)
        #expect(response?.failure == .timedOut)
    }

    @Test func aSlowButTimelyAnswerArrives() async throws {
        let rig = try Rig(settings: FetchSettings(totalTimeout: .seconds(30))) { _ in
            LoopbackResponse(status: 200, body: Array("market close: 4,120 points".utf8), delay: .milliseconds(100), trickle: .init(bytes: 8, every: .milliseconds(10)))
        }
        defer { rig.stop() }
        let response = await rig.fetcher.fetch(rig.url("/close"))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "market close: 4,120 points")
    }
}
