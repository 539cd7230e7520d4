import Foundation

/// One file of feedparser's conformance corpus: its bytes and what its header comment says
/// (`Header:` lines, `SkipUnless:`, `Description:`, `Expect:`), extracted the way feedparser's
/// own harness does (tests/helpers.py), after sniffing UTF-16/32 the way it does.
struct ConformanceCase {
    var path: String
    var bytes: [UInt8]
    var description: String
    var expectation: String
    var headers: [(name: String, value: String)]
    var skipUnless: String?

    /// The directory the case is reported under: "wellformed/rss", "encoding", "illformed/chardet"...
    var group: String {
        let parts = path.split(separator: "/").dropLast()
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    var contentType: String? {
        headers.first { $0.name.lowercased() == "content-type" }?.value
    }

    /// feedparser's test server address, for the files it serves over HTTP.
    var url: String? {
        guard path.contains("http") else { return nil }
        let served = "http://127.0.0.1:8097/tests/" + path
        guard let location = headers.first(where: { $0.name.lowercased() == "content-location" })?.value,
              let base = URL(string: served), let resolved = URL(string: location, relativeTo: base) else { return served }
        return resolved.absoluteString
    }

    static func all(in root: URL) throws -> [ConformanceCase] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var cases: [ConformanceCase] = []
        for case let file as URL in walker where ["xml", "json"].contains(file.pathExtension) {
            let bytes = Array(try Data(contentsOf: file))
            let relative = String(file.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            cases.append(ConformanceCase(path: relative, bytes: bytes))
        }
        return cases.sorted { $0.path < $1.path }
    }

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        let text = Self.commentText(bytes)
        headers = text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("Header:") else { return nil }
            let rest = line.dropFirst(7).drop { $0 == " " || $0 == "\t" }
            guard let colon = rest.firstIndex(of: ":") else { return nil }
            return (String(rest[..<colon]), String(rest[rest.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        skipUnless = Self.field("SkipUnless:", in: text).map { String($0.prefix { $0 != "\n" }).trimmingCharacters(in: .whitespaces) }
        description = Self.field("Description:", in: text).map { String($0.prefix { $0 != "\n" }) }?.trimmingCharacters(in: .whitespaces) ?? ""
        var expect = Self.field("Expect:", in: text).map { String($0.prefix { $0 != "\n" }) } ?? ""
        if let end = expect.range(of: "-->", options: .backwards) { expect = String(expect[..<end.lowerBound]) }
        expectation = expect.trimmingCharacters(in: .whitespaces)
    }

    private static func field(_ label: String, in text: String) -> Substring? {
        guard let range = text.range(of: label) else { return nil }
        return text[range.upperBound...].drop { $0 == " " || $0 == "\t" }
    }

    /// The file as text for reading its comment: UTF-32/UTF-16 by mark or by the zero bytes
    /// around "<", else UTF-8 (bad bytes replaced; the comment itself is ASCII).
    private static func commentText(_ bytes: [UInt8]) -> String {
        let head = Array(bytes.prefix(4)) + [1, 1, 1, 1]
        func units(_ size: Int, bigEndian: Bool, skip: Int) -> String {
            var scalars = String.UnicodeScalarView()
            var i = skip
            while i + size <= bytes.count {
                var value: UInt32 = 0
                for k in 0..<size {
                    let byte = UInt32(bytes[bigEndian ? i + k : i + size - 1 - k])
                    value = value << 8 | byte
                }
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
                i += size
            }
            return String(scalars)
        }
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): return units(4, bigEndian: true, skip: 4)
        case (0xFF, 0xFE, 0x00, 0x00): return units(4, bigEndian: false, skip: 4)
        case (0x00, 0x00, 0x00, _): return units(4, bigEndian: true, skip: 0)
        case (_, 0x00, 0x00, 0x00): return units(4, bigEndian: false, skip: 0)
        case (0xFE, 0xFF, _, _): return units(2, bigEndian: true, skip: 2)
        case (0xFF, 0xFE, _, _): return units(2, bigEndian: false, skip: 2)
        case (0x00, _, 0x00, _): return units(2, bigEndian: true, skip: 0)
        case (_, 0x00, _, 0x00): return units(2, bigEndian: false, skip: 0)
        default: return String(decoding: bytes, as: UTF8.self)
        }
    }
}
