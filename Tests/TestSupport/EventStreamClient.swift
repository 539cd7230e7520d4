import Foundation

/// A client of a stream of server-sent events, over a raw socket so that a test can say how long
/// it waits for the next event: the response's head, then its chunked body read as it comes.
public final class EventStreamClient {
    public struct Event: Equatable, Sendable {
        public var id: String?
        public var name: String?
        public var data: String
    }

    public let response: HTTPExchange
    private let client: RawClient
    /// Bytes not yet de-chunked, and the body's text not yet read as events.
    private var raw: [UInt8]
    private var text = ""
    private var ended = false

    /// Connects and sends `GET path` with `headers`; returns once the response's head is in.
    public init(port: UInt16, path: String, headers: [String: String] = [:]) throws {
        client = try RawClient(port: port)
        let fields = headers.map { "\($0.key): \($0.value)\r\n" }.joined()
        client.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\(fields)\r\n")
        var received: [UInt8] = []
        let deadline = Date().addingTimeInterval(10)
        while received.headEnd == nil {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0, let bytes = client.receive(within: remaining), !bytes.isEmpty else { break }
            received += bytes
        }
        let split = received.headEnd ?? received.count
        response = HTTPExchange(String(decoding: received[..<split], as: UTF8.self) + "\r\n\r\n")
        raw = Array(received[min(split + 4, received.count)...])
        dechunk()
    }

    deinit { close(client.descriptor) }

    /// The next event (comments skipped), or nil when none came within `seconds` or the stream ended.
    public func next(within seconds: Double) -> Event? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            while let end = text.range(of: "\n\n") {
                let block = text[..<end.lowerBound]
                text = String(text[end.upperBound...])
                if let event = Self.event(block) { return event }
            }
            guard !ended, fill(until: deadline) else { return nil }
        }
    }

    /// Whether the response ended (its last chunk, or the connection closed) within `seconds`;
    /// events still arriving meanwhile are read and dropped.
    public func ends(within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !ended, fill(until: deadline) {}
        return ended
    }

    /// Reads what arrives before `deadline`; false when nothing did.
    private func fill(until deadline: Date) -> Bool {
        let remaining = deadline.timeIntervalSinceNow
        guard remaining > 0, let bytes = client.receive(within: remaining) else { return false }
        if bytes.isEmpty { ended = true }
        raw += bytes
        dechunk()
        return true
    }

    private func dechunk() {
        guard response.headers["transfer-encoding"] == "chunked" else {
            text += String(decoding: raw, as: UTF8.self)
            raw = []
            return
        }
        while let lineEnd = raw.firstRange(of: [13, 10]), let size = Int(String(decoding: raw[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) {
            if size == 0 {
                ended = true
                return
            }
            let start = lineEnd.upperBound
            guard raw.count >= start + size + 2 else { return }
            text += String(decoding: raw[start..<(start + size)], as: UTF8.self)
            raw.removeFirst(start + size + 2)
        }
    }

    private static func event(_ block: Substring) -> Event? {
        var event = Event(id: nil, name: nil, data: "")
        var hasData = false
        for line in block.split(separator: "\n") where !line.hasPrefix(":") {
            let (field, value) = line.firstIndex(of: ":").map { (line[..<$0], line[line.index(after: $0)...].drop { $0 == " " }) } ?? (line, "")
            switch field {
            case "id": event.id = String(value)
            case "event": event.name = String(value)
            case "data":
                event.data += (hasData ? "\n" : "") + value
                hasData = true
            default: break
            }
        }
        return hasData ? event : nil
    }
}

extension [UInt8] {
    fileprivate var headEnd: Int? { firstRange(of: [13, 10, 13, 10])?.lowerBound }
}
