import CCurl
import FeedFetching

/// One hop of a fetch on one easy handle. libcurl's callbacks (on the fetcher's thread) feed it
/// the header lines and the decoded body; it enforces the body limit as the bytes arrive.
final class CurlTransfer {
    let easy: UnsafeMutableRawPointer
    let job: FetchJob
    private let limit: Int
    private(set) var headers = ResponseHeaders()
    private(set) var body: [UInt8] = []
    /// Set when the body (or its announced length) passed the limit; the transfer was aborted.
    private(set) var exceededLimit = false
    /// libcurl writes its detailed message for a failure here.
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?

    /// Configures `easy` (fresh or reset) for the job's current hop. `keepConnection`: leave the
    /// connection open for the next transfer to the same host.
    init(easy: UnsafeMutableRawPointer, job: FetchJob, settings: FetchSettings, timeout: Duration, keepConnection: Bool) {
        self.easy = easy
        self.job = job
        limit = max(0, settings.maxBodyBytes)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        configure(settings: settings, timeout: timeout, keepConnection: keepConnection)
    }

    deinit {
        curl_slist_free_all(requestHeaders)
        errorBuffer.deallocate()
    }

    /// libcurl's detail for a failure, or its generic text for `code`.
    func detail(for code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        return detail.isEmpty ? CurlGlobal.describe(code) : detail
    }

    var status: Int {
        var code = 0
        _ = tally_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    /// Where a 3xx points, made absolute by libcurl; nil without a Location.
    var redirectURL: String? {
        var url: UnsafeMutablePointer<CChar>?
        guard tally_easy_getinfo_string(easy, CURLINFO_REDIRECT_URL, &url) == CURLE_OK, let url else { return nil }
        return String(cString: url)
    }

    private func configure(settings: FetchSettings, timeout: Duration, keepConnection: Bool) {
        let userdata = Unmanaged.passUnretained(self).toOpaque()
        _ = tally_easy_setopt_string(easy, CURLOPT_URL, job.target.url)
        // Only http and https, also for anything libcurl itself might follow.
        _ = tally_easy_setopt_string(easy, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = tally_easy_setopt_string(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        // Redirects are followed hop by hop by the engine, which needs each hop's status.
        _ = tally_easy_setopt_long(easy, CURLOPT_FOLLOWLOCATION, 0)
        // A fetcher thread must not get SIGALRM from the resolver's time-outs.
        _ = tally_easy_setopt_long(easy, CURLOPT_NOSIGNAL, 1)
        // A stop must not wait for a name lookup that hangs: cleaning up leaves the resolver
        // thread behind instead of joining it.
        _ = tally_easy_setopt_long(easy, CURLOPT_QUICK_EXIT, 1)
        _ = tally_easy_setopt_string(easy, CURLOPT_USERAGENT, settings.userAgent)
        // libcurl 7.88 walks its whole DNS cache each time it closes a connection, and every
        // host it has ever evicted a cached connection of, each time it evicts one: with
        // thousands of feed hosts both grow into most of the fetcher's time. So no DNS cache (a
        // connection kept for a host's next transfer needs no lookup), and a connection is kept
        // only while its host has more transfers queued, which keeps libcurl's cache from
        // filling up and evicting. See TransferEngine.start.
        _ = tally_easy_setopt_long(easy, CURLOPT_DNS_CACHE_TIMEOUT, 0)
        _ = tally_easy_setopt_long(easy, CURLOPT_FORBID_REUSE, keepConnection ? 0 : 1)
        // "" asks for every encoding this libcurl can decode (gzip, deflate, br, zstd here).
        _ = tally_easy_setopt_string(easy, CURLOPT_ACCEPT_ENCODING, "")
        _ = tally_easy_setopt_long(easy, CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(settings.connectTimeout))
        _ = tally_easy_setopt_long(easy, CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        _ = tally_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer)
        _ = tally_easy_setopt_data_callback(easy, CURLOPT_WRITEFUNCTION, Self.receiveBody)
        _ = tally_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, userdata)
        _ = tally_easy_setopt_data_callback(easy, CURLOPT_HEADERFUNCTION, Self.receiveHeader)
        _ = tally_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, userdata)
        if let body = job.request.body {
            // COPYPOSTFIELDS copies the bytes, so nothing here must outlive the call; the size
            // first, as the body may hold NULs.
            _ = tally_easy_setopt_off(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            body.withUnsafeBytes { bytes in
                _ = tally_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: bytes.baseAddress ?? UnsafeRawPointer(errorBuffer)))
            }
        }
        for header in Self.conditionalHeaders(job.request) + Self.customHeaders(job.request) {
            requestHeaders = curl_slist_append(requestHeaders, header)
        }
        if requestHeaders != nil {
            _ = tally_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, requestHeaders)
        }
    }

    /// If-None-Match and If-Modified-Since from the request's validators. A validator with a
    /// line break or NUL is dropped: it would smuggle a header of its own.
    static func conditionalHeaders(_ request: HTTPRequest) -> [String] {
        let fields: [(String, String?)] = [("If-None-Match", request.etag), ("If-Modified-Since", request.lastModified)]
        return fields.compactMap { name, value in
            guard let value, !value.isEmpty, !value.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 0 }) else { return nil }
            return "\(name): \(value)"
        }
    }

    /// The caller's headers, those that cannot smuggle another dropped. A POST also sends an
    /// empty `Expect:`: libcurl would otherwise wait for a `100 Continue` before a larger body.
    static func customHeaders(_ request: HTTPRequest) -> [String] {
        let unsafe: (String) -> Bool = { $0.utf8.contains(where: { $0 == 10 || $0 == 13 || $0 == 0 }) }
        let fields = request.headers.compactMap { field -> String? in
            guard !field.name.isEmpty, !unsafe(field.name), !field.name.contains(":"), !unsafe(field.value) else { return nil }
            return "\(field.name): \(field.value)"
        }
        return request.body == nil ? fields : fields + ["Expect:"]
    }

    /// At least 1 ms: libcurl reads 0 as "no time-out".
    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64(Int.max / 2000) else { return Int.max / 2 }
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    private func take(body chunk: UnsafeRawBufferPointer) -> Bool {
        guard chunk.count <= limit - body.count else {
            exceededLimit = true
            return false
        }
        body.append(contentsOf: chunk)
        return true
    }

    private func take(headerLine line: UnsafeRawBufferPointer) -> Bool {
        headers.consume(line)
        let isEndOfHeaders = line.allSatisfy { $0 == 13 || $0 == 10 }
        if isEndOfHeaders, headers.announcesBody(longerThan: limit) {
            exceededLimit = true
            return false
        }
        return true
    }

    // C callbacks cannot capture: they find their transfer through the userdata pointer, which
    // the engine keeps alive while the handle is in the multi handle. Returning anything but the
    // byte count makes libcurl abort the transfer with CURLE_WRITE_ERROR.
    private static let receiveBody: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, userdata in
        guard let userdata else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size * count)
        return transfer.take(body: bytes) ? size * count : 0
    }

    private static let receiveHeader: @convention(c) (UnsafeMutablePointer<CChar>?, Int, Int, UnsafeMutableRawPointer?) -> Int = { data, size, count, userdata in
        guard let userdata else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(userdata).takeUnretainedValue()
        let line = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size * count)
        return transfer.take(headerLine: line) ? size * count : 0
    }
}
