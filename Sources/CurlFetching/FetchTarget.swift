import CCurl
import FeedFetching

/// A URL the fetcher will fetch, as libcurl's own parser reads it: http or https with a host.
struct FetchTarget: Equatable {
    /// Normalised by libcurl (what it will request).
    let url: String
    /// What the per-host limit counts: lowercased host name and port, the port made explicit.
    let hostKey: String

    /// Nil for anything but an absolute http or https URL with a host.
    init?(_ text: String) {
        guard let handle = curl_url() else { return nil }
        defer { curl_url_cleanup(handle) }
        guard curl_url_set(handle, CURLUPART_URL, text, 0) == CURLUE_OK,
              let scheme = Self.part(handle, CURLUPART_SCHEME)?.lowercased(), scheme == "http" || scheme == "https",
              let host = Self.part(handle, CURLUPART_HOST), !host.isEmpty,
              let port = Self.part(handle, CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT)),
              let url = Self.part(handle, CURLUPART_URL) else { return nil }
        self.url = url
        hostKey = host.lowercased() + ":" + port
    }

    private static func part(_ handle: OpaquePointer, _ part: CURLUPart, flags: UInt32 = 0) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(handle, part, &value, flags) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}
