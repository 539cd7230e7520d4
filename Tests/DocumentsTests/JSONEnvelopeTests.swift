import Documents
import Foundation
import Testing

@Suite struct JSONEnvelopeTests {
    private func decode(_ json: String) throws -> DecodedDocument {
        try DocumentDecoder.decode(Array(json.utf8), fileName: "drop.json")
    }

    private func reason(_ json: String) -> String {
        do {
            _ = try DocumentDecoder.decode(Array(json.utf8), fileName: "drop.json")
            return "decoded"
        } catch {
            return error.description
        }
    }

    @Test func textEnvelopeCarriesItsMetadata() throws {
        let document = try decode("""
            {"url": "https://example.org/a", "title": "Flood toll rises", "published": "2024-10-21T09:30:00+02:00",
             "source": "Example News", "author": "Ana Ruiz", "text": "Line one\\r\\nLine two"}
            """)
        #expect(document.markup == .plainText)
        #expect(document.content == "Line one\nLine two")
        #expect(document.metadata.url == "https://example.org/a")
        #expect(document.metadata.title == "Flood toll rises")
        #expect(document.metadata.source == "Example News")
        #expect(document.metadata.author == "Ana Ruiz")
        #expect(document.metadata.published == Date(timeIntervalSince1970: 1_729_495_800))
    }

    @Test func htmlEnvelopeIsHTML() throws {
        let document = try decode(#"{"html": "<p>Turnout was 61%</p>"}"#)
        #expect(document.markup == .html)
        #expect(document.content == "<p>Turnout was 61%</p>")
        #expect(document.metadata == DocumentMetadata())
    }

    @Test func missingAndNullFieldsAreNil() throws {
        let document = try decode(#"{"title": null, "text": "Body."}"#)
        #expect(document.metadata.title == nil)
        #expect(document.metadata.published == nil)
    }

    @Test func unixTimeIsAccepted() throws {
        let document = try decode(#"{"published": 1700000000, "text": "Body."}"#)
        #expect(document.metadata.published == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func neitherTextNorHTMLIsRejected() {
        #expect(reason(#"{"title": "Only a title"}"#) == "JSON envelope has neither \"text\" nor \"html\"")
    }

    @Test func malformedJSONIsRejected() {
        #expect(reason(#"{"text": "unterminated"#).hasPrefix("malformed JSON envelope"))
    }

    @Test func nonObjectIsRejected() {
        #expect(reason(#"["text"]"#).hasPrefix("JSON envelope must be an object"))
    }

    @Test func wrongTypeIsRejected() {
        #expect(reason(#"{"title": 5, "text": "x"}"#) == "JSON envelope field \"title\" must be a string")
    }

    @Test func unreadableDateIsRejected() {
        #expect(reason(#"{"published": "last Tuesday", "text": "x"}"#).contains("is not an RFC 3339, ISO 8601 or RFC 822 date"))
    }
}
