import FeedFetching
/// One request on its way through the fetcher, across its redirect hops.
final class FetchJob {
    let request: HTTPRequest
    let completion: @Sendable (HTTPResponse) -> Void
    /// The current hop.
    var target: FetchTarget
    var redirects = 0
    var onlyPermanentRedirects = true
    /// Set when the first hop starts: time spent queued behind the limits is not counted.
    var deadline: ContinuousClock.Instant?

    init(request: HTTPRequest, target: FetchTarget, completion: @escaping @Sendable (HTTPResponse) -> Void) {
        self.request = request
        self.target = target
        self.completion = completion
    }

    func fail(_ failure: FetchFailure) {
        completion(.failed(request, at: target.url, failure))
    }
}
