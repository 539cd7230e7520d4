/// The answer to what a client sent: the exposition text for `GET /metrics`, a short error
/// otherwise. Every response closes the connection (one request each, as Prometheus scrapes). Pure.
enum MetricsEndpoint {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    static func response(to head: RequestHead, render: () -> [UInt8]) -> [UInt8] {
        switch head {
        case .request(let method, "/metrics") where method == "GET":
            return response(status: "200 OK", contentType: contentType, body: render())
        case .request(_, "/metrics"):
            return response(status: "405 Method Not Allowed", extraHeaders: "Allow: GET\r\n", body: Array("only GET /metrics\n".utf8))
        case .request:
            return response(status: "404 Not Found", body: Array("metrics are at /metrics\n".utf8))
        case .tooLarge:
            return response(status: "431 Request Header Fields Too Large", body: Array("request too large\n".utf8))
        case .malformed:
            return response(status: "400 Bad Request", body: Array("not an HTTP/1.x request\n".utf8))
        case .incomplete:
            // The client's time ran out before its request was in.
            return response(status: "408 Request Timeout", body: Array("request not received in time\n".utf8))
        }
    }

    private static func response(status: String, contentType: String = "text/plain; charset=utf-8", extraHeaders: String = "",
                                 body: [UInt8]) -> [UInt8] {
        let head = "HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\(extraHeaders)Connection: close\r\n\r\n"
        return Array(head.utf8) + body
    }
}
