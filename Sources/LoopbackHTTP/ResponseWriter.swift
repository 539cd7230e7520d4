/// Turns a `LoopbackResponse` into the bytes on the wire.
enum ResponseWriter {
    /// The head and the framed (and coded) body, and whether the connection must close after.
    static func serialize(_ response: LoopbackResponse, method: String, keepAlive: Bool) -> (head: [UInt8], body: [UInt8], close: Bool) {
        let close = !keepAlive || response.closesConnection || response.framing == .closeDelimited
        let coded = response.coding.map { $0.encode(response.body) } ?? response.body
        var lines = ["HTTP/1.1 \(response.status) \(reason(response.status))"]
        lines += response.headers.map { "\($0.name): \($0.value)" }
        if let coding = response.coding { lines.append("Content-Encoding: \(coding.rawValue)") }
        let hasBody = method != "HEAD" && response.status != 204 && response.status != 304 && !(100..<200).contains(response.status)
        var body = hasBody ? coded : []
        switch response.framing {
        case .contentLength:
            if response.header("content-length") == nil, response.status != 204, response.status != 304 {
                lines.append("Content-Length: \(coded.count)")
            }
        case .chunked:
            lines.append("Transfer-Encoding: chunked")
            if hasBody { body = chunked(coded) }
        case .closeDelimited:
            break
        }
        if close { lines.append("Connection: close") }
        let head = Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        return (head, body, close)
    }

    private static func chunked(_ body: [UInt8]) -> [UInt8] {
        var wire: [UInt8] = []
        wire.reserveCapacity(body.count + body.count / 1000 + 16)
        var start = 0
        while start < body.count {
            let end = min(start + 4096, body.count)
            wire += Array((String(end - start, radix: 16) + "\r\n").utf8)
            wire += body[start..<end]
            wire += [13, 10]
            start = end
        }
        wire += Array("0\r\n\r\n".utf8)
        return wire
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 303: "See Other"
        case 304: "Not Modified"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 413: "Content Too Large"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        default: "Status \(status)"
        }
    }
}
