import CCurl
import FeedFetching

/// libcurl's process-wide set-up, done once before the first handle is made.
enum CurlGlobal {
    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// False when libcurl could not set itself up (no TLS library, out of memory).
    static func ensure() -> Bool { initialised }

    static func describe(_ code: CURLcode) -> String {
        curl_easy_strerror(code).map { String(cString: $0) } ?? "libcurl error \(code.rawValue)"
    }
}
