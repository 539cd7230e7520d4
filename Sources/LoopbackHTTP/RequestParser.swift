/// Reads HTTP/1.1 requests off the front of a connection's input.
enum RequestParser {
    enum Result: Equatable {
        /// Not all of it has arrived yet.
        case incomplete
        /// A request and how many input bytes it took.
        case request(LoopbackRequest, consumed: Int, keepAlive: Bool)
        /// Answer with this status and close.
        case invalid(status: Int)
    }

    static let maxHeadBytes = 64 * 1024
    static let maxBodyBytes = 1 << 20

    /// `scanFrom`: how many leading bytes of `input` are already known not to hold the end of the
    /// head (so a head that arrives a byte at a time is not scanned over and over).
    static func parse(_ input: ArraySlice<UInt8>, connection: Int, scanFrom: Int = 0) -> Result {
        guard let headEnd = endOfHead(input, from: input.startIndex + max(0, scanFrom)) else {
            return input.count > maxHeadBytes ? .invalid(status: 431) : .incomplete
        }
        guard headEnd - input.startIndex <= maxHeadBytes else { return .invalid(status: 431) }
        let head = String(decoding: input[input.startIndex..<headEnd], as: UTF8.self)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)[...]
        // Robustness (RFC 9112, 2.2): ignore empty lines before the request line.
        while lines.first?.isEmpty == true { lines = lines.dropFirst() }
        let requestLine = lines.first?.split(separator: " ", omittingEmptySubsequences: false) ?? []
        guard requestLine.count == 3, !requestLine[0].isEmpty, requestLine[1].hasPrefix("/") || requestLine[1].hasPrefix("http"),
              requestLine[2].hasPrefix("HTTP/1.") else { return .invalid(status: 400) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else {
                if line.isEmpty { continue }
                return .invalid(status: 400)
            }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingBlanks()
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        if headers["transfer-encoding"] != nil { return .invalid(status: 501) }
        let bodyLength = headers["content-length"].map { Int($0) } ?? 0
        guard let bodyLength, bodyLength >= 0 else { return .invalid(status: 400) }
        guard bodyLength <= maxBodyBytes else { return .invalid(status: 413) }
        let bodyStart = headEnd + 4
        guard input.endIndex - bodyStart >= bodyLength else { return .incomplete }
        let (path, query) = splitTarget(String(requestLine[1]))
        let connectionHeader = headers["connection"]?.lowercased() ?? ""
        let keepAlive = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains("close") : connectionHeader.contains("keep-alive")
        let request = LoopbackRequest(method: String(requestLine[0]), path: path, query: query, headers: headers,
                                      body: Array(input[bodyStart..<(bodyStart + bodyLength)]), connection: connection)
        return .request(request, consumed: bodyStart + bodyLength - input.startIndex, keepAlive: keepAlive)
    }

    /// The index of the CR of the blank line that ends the head.
    private static func endOfHead(_ input: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 3 < input.endIndex {
            if input[index] == 13, input[index + 1] == 10, input[index + 2] == 13, input[index + 3] == 10 { return index }
            index += 1
        }
        return nil
    }

    /// An absolute-form target ("http://host/path?q") is reduced to its path and query.
    private static func splitTarget(_ target: String) -> (String, String?) {
        var rest = Substring(target)
        if !rest.hasPrefix("/") {
            // Past "scheme://authority".
            let afterScheme = rest.split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
            rest = afterScheme.count == 3 ? afterScheme[2].firstIndex(of: "/").map { afterScheme[2][$0...] } ?? "/" : "/"
        }
        guard let mark = rest.firstIndex(of: "?") else { return (String(rest), nil) }
        return (String(rest[..<mark]), String(rest[rest.index(after: mark)...]))
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(self[first...last])
    }
}
