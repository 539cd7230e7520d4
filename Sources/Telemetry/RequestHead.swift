/// What the bytes received so far on a connection come to: the request line of an HTTP/1.x
/// request once its head (up to the blank line) is in. Headers are not needed to answer, so they
/// are only counted against the limit. Pure.
enum RequestHead: Equatable {
    case incomplete
    /// The head is longer than the limit, or no blank line came within it.
    case tooLarge
    case malformed
    case request(method: String, path: String)

    static func parse(_ bytes: [UInt8], limit: Int) -> RequestHead {
        let end = Array("\r\n\r\n".utf8)
        guard let headEnd = firstIndex(of: end, in: bytes.prefix(limit + end.count)) else {
            return bytes.count >= limit + end.count ? .tooLarge : .incomplete
        }
        guard headEnd <= limit else { return .tooLarge }
        let lineEnd = firstIndex(of: Array("\r\n".utf8), in: bytes[..<(headEnd + 2)]) ?? headEnd
        let parts = bytes[..<lineEnd].split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[1].first == UInt8(ascii: "/"),
              parts[2].starts(with: "HTTP/1.".utf8) else { return .malformed }
        let target = parts[1].prefix { $0 != UInt8(ascii: "?") }
        return .request(method: String(decoding: parts[0], as: UTF8.self), path: String(decoding: target, as: UTF8.self))
    }

    private static func firstIndex(of needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (bytes.startIndex...(bytes.endIndex - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
