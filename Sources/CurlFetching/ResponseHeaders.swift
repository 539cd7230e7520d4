import FeedFetching
/// Collects the header lines libcurl hands over for one exchange. A status line starts afresh,
/// so that only the last response counts (not a `100 Continue` or a proxy's `CONNECT` answer).
struct ResponseHeaders {
    private(set) var fields: [String: String] = [:]
    /// From the last status line seen.
    private(set) var status: Int?
    private var lastName: String?

    /// One line as received, CRLF included.
    mutating func consume(_ line: UnsafeRawBufferPointer) {
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: "\r") || line[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: line[0..<end]), as: UTF8.self)
        consume(text)
    }

    mutating func consume(_ line: String) {
        if line.hasPrefix("HTTP/") {
            fields = [:]
            lastName = nil
            status = line.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap { Int($0) }
            return
        }
        // An obsolete folded line continues the previous header's value.
        if let first = line.first, first == " " || first == "\t" {
            if let name = lastName, let value = fields[name] {
                fields[name] = value + " " + trimmed(Substring(line))
            }
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = trimmed(line[..<colon]).lowercased()
        guard !name.isEmpty else { return }
        fields[name] = trimmed(line[line.index(after: colon)...])
        lastName = name
    }

    /// Whether the response announces a body longer than `limit`. A 304 may announce the size of
    /// the representation it does not send, and a 1xx or 204 has no body: those never do.
    func announcesBody(longerThan limit: Int) -> Bool {
        guard let status, !(100..<200).contains(status), status != 204, status != 304,
              let length = fields["content-length"].flatMap({ Int($0) }) else { return false }
        return length > limit
    }

    private func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }
}
