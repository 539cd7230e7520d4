import CCurl
import FeedFetching

/// What one finished hop means for its fetch: another hop to make, or the response to deliver.
enum HopOutcome {
    struct Redirect {
        var target: FetchTarget
        var isPermanent: Bool
    }

    case redirect(Redirect)
    case response(HTTPResponse)

    private static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    init(_ transfer: CurlTransfer, code: CURLcode, settings: FetchSettings) {
        let job = transfer.job
        if let failure = Self.failure(transfer, code: code, settings: settings) {
            self = .response(.failed(job.request, at: job.target.url, failure))
            return
        }
        let status = transfer.status
        if job.request.body == nil, Self.redirectStatuses.contains(status), let location = transfer.redirectURL {
            guard job.redirects < settings.maxRedirects else {
                self = .response(.failed(job.request, at: job.target.url, .tooManyRedirects))
                return
            }
            guard let target = FetchTarget(location) else {
                self = .response(.failed(job.request, at: job.target.url, .unsupportedURL(location)))
                return
            }
            self = .redirect(Redirect(target: target, isPermanent: status == 301 || status == 308))
            return
        }
        let moved = job.redirects > 0 && job.onlyPermanentRedirects
        self = .response(HTTPResponse(
            tag: job.request.tag, requestedURL: job.request.url, finalURL: job.target.url,
            permanentURL: moved ? job.target.url : nil, status: status,
            headers: transfer.headers.fields, body: transfer.body))
    }

    private static func failure(_ transfer: CurlTransfer, code: CURLcode, settings: FetchSettings) -> FetchFailure? {
        // The limit aborts the transfer from a callback, which libcurl reports as a write error.
        if transfer.exceededLimit { return .tooLarge(limit: max(0, settings.maxBodyBytes)) }
        switch code {
        case CURLE_OK: return nil
        case CURLE_OPERATION_TIMEDOUT: return .timedOut
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT: return .unsupportedURL(transfer.job.target.url)
        case CURLE_BAD_CONTENT_ENCODING: return .connection("cannot decode the response body: " + transfer.detail(for: code))
        default: return .connection(transfer.detail(for: code))
        }
    }
}
