import Foundation

/// The JSON form other tools hand documents over in:
/// `{"url", "title", "published", "source", "author", "text" | "html"}`. Every field but one of
/// "text" and "html" may be missing or null. When both are given, "text" is used: it is what
/// the other tool already extracted.
enum JSONEnvelope {
    static func document(from json: String, encoding: CharacterEncoding) throws(DocumentError) -> DecodedDocument {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw DocumentError("malformed JSON envelope" + (detail.map { ": " + $0 } ?? ""))
        }
        guard let fields = object as? [String: Any] else {
            throw DocumentError("JSON envelope must be an object with a \"text\" or \"html\" field")
        }
        let text = try string(fields, "text")
        let html = try string(fields, "html")
        var metadata = DocumentMetadata(
            url: try string(fields, "url"), title: try string(fields, "title"),
            source: try string(fields, "source"), author: try string(fields, "author"))
        metadata.published = try published(fields["published"])

        if let text, !text.isEmpty {
            return DecodedDocument(markup: .plainText, utf8: normalized(text), encoding: encoding.rawValue, metadata: metadata)
        }
        if let html, !html.isEmpty {
            return DecodedDocument(markup: .html, utf8: normalized(html), encoding: encoding.rawValue, metadata: metadata)
        }
        if text != nil || html != nil {
            throw DocumentError("JSON envelope's \"\(text != nil ? "text" : "html")\" is empty")
        }
        throw DocumentError("JSON envelope has neither \"text\" nor \"html\"")
    }

    /// A string field; missing, null and blank are all nil.
    private static func string(_ fields: [String: Any], _ key: String) throws(DocumentError) -> String? {
        switch fields[key] {
        case nil, is NSNull:
            return nil
        case let value as String:
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty && key != "text" && key != "html" ? nil : value
        default:
            throw DocumentError("JSON envelope field \"\(key)\" must be a string")
        }
    }

    /// A date string in RFC 3339 / ISO 8601 / RFC 822 form, or a Unix time in seconds.
    private static func published(_ value: Any?) throws(DocumentError) -> Date? {
        switch value {
        case nil, is NSNull:
            return nil
        case let text as String:
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            guard let date = PublicationDate.parse(text) else {
                throw DocumentError("JSON envelope field \"published\" (\"\(text.prefix(60))\") is not an RFC 3339, ISO 8601 or RFC 822 date")
            }
            return date
        case let number as NSNumber where !(number is Bool) && number.doubleValue.isFinite:
            return Date(timeIntervalSince1970: number.doubleValue)
        default:
            throw DocumentError("JSON envelope field \"published\" must be a date string or a Unix time in seconds")
        }
    }

    /// The envelope's strings escape line breaks as they like ("\r\n"); the rest of Tally sees "\n".
    private static func normalized(_ text: String) -> [UInt8] {
        TextNormalization.normalized(utf8: Array(text.utf8))
    }
}
