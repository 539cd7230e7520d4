import FeedFetching
import FetchingDoubles
import Foundation
import Testing

@Suite struct ScriptedFetcherTests {
    @Test func repliesPerURLAndRecordsEveryRequest() async {
        let fetcher = ScriptedFetcher(replies: ["https://news.example/feed": .ok(sampleFeed("Storm"), headers: ["ETag": "\"s1\""])])
        let response = await fetcher.fetch(HTTPRequest(url: "https://news.example/feed", tag: 5))
        #expect(response.status == 200)
        #expect(response.tag == 5)
        #expect(response.headers["etag"] == "\"s1\"")
        let unknown = await fetcher.fetch("https://elsewhere.example/feed")
        #expect(unknown.failure == .connection("no scripted reply for https://elsewhere.example/feed"))
        #expect(fetcher.requests.map(\.url) == ["https://news.example/feed", "https://elsewhere.example/feed"])
    }

    @Test func aScriptSeesTheValidators() async {
        let fetcher = ScriptedFetcher { request in
            request.etag == "\"v2\"" ? .notModified : ScriptedReply(status: 200, headers: ["ETag": "\"v2\""], body: Array("polls".utf8))
        }
        let first = await fetcher.fetch("https://polls.example/rss")
        let second = await fetcher.fetch(HTTPRequest(url: "https://polls.example/rss", etag: first.headers["etag"]))
        #expect(first.status == 200)
        #expect(second.status == 304)
        fetcher.setReply(.failed(.timedOut), for: "https://polls.example/rss")
        let third = await fetcher.fetch("https://polls.example/rss")
        #expect(third.failure == .timedOut)
        #expect(third.status == 0)
    }

    @Test func completionsComeLaterNotFromInsideFetch() {
        let fetcher = ScriptedFetcher(replies: ["https://a.example/": .notModified])
        let caller = pthread_self()
        let insideFetch = Locked(true)
        let calledFromInside = Locked<Bool?>(nil)
        fetcher.fetch(HTTPRequest(url: "https://a.example/")) { _ in
            let inside = insideFetch.withLock { $0 } && pthread_equal(pthread_self(), caller) != 0
            calledFromInside.withLock { $0 = inside }
        }
        insideFetch.withLock { $0 = false }
        fetcher.waitUntilDelivered()
        #expect(calledFromInside.withLock { $0 } == false)
    }

    @Test func shutdownCancelsWhatIsNotDeliveredAndWhatComesAfter() async {
        let fetcher = ScriptedFetcher { _ in .notModified }
        fetcher.shutdown()
        let response = await fetcher.fetch("https://a.example/")
        #expect(response.failure == .cancelled)
    }

    @Test func aScriptedRedirectSaysWhereTheFeedMoved() async {
        let fetcher = ScriptedFetcher(replies: ["http://old.example/rss": ScriptedReply(status: 200, finalURL: "https://new.example/rss", permanentURL: "https://new.example/rss")])
        let response = await fetcher.fetch("http://old.example/rss")
        #expect(response.permanentURL == "https://new.example/rss")
        #expect(response.finalURL == "https://new.example/rss")
        #expect(response.requestedURL == "http://old.example/rss")
    }
}
