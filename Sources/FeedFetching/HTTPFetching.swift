/// Fetches over HTTP(S). `completion` is called exactly once per request, on the fetcher's own
/// thread; it must not block.
public protocol HTTPFetching: AnyObject, Sendable {
    func fetch(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void)
    /// Stops: transfers in flight complete with a failure; later fetches fail at once.
    func shutdown()
}
