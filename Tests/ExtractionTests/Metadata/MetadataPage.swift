@testable import Extraction
import Foundation

/// Small pages written for the metadata tests, read the way the extractor reads them.
enum MetadataPage {
    /// "Now" for every test: 2025-01-01T00:00:00Z, so that "in the future" means the same always.
    static let now = Date(timeIntervalSince1970: 1_735_689_600)

    static func metadata(head: String = "", body: String = "") -> HTMLMetadata {
        let (tree, page) = HTMLParser.parse("<!DOCTYPE html><html><head>\(head)</head><body>\(body)</body></html>")
        return HTMLMetadata(page, tree, now: now)
    }

    static func meta(_ key: String, _ content: String) -> String {
        let attribute = key.contains(":") && !key.hasPrefix("twitter:") ? "property" : "name"
        return "<meta \(attribute)=\"\(key)\" content=\"\(content)\">"
    }

    static func jsonLD(_ json: String) -> String {
        "<script type=\"application/ld+json\">\(json)</script>"
    }

    /// An instant written independently of the parser under test.
    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)!
    }
}
