// CONTRACT STUB (skeleton): replaced by the real decoder (encodings, JSON envelope).
public enum DocumentDecoder {
    public static func decode(_ bytes: [UInt8], fileName: String, declaredCharset: String? = nil) throws(DocumentError) -> DecodedDocument {
        guard let format = DocumentFormat(fileName: fileName) else {
            throw DocumentError("unsupported file type: \(fileName)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw DocumentError("not UTF-8") }
        return DecodedDocument(markup: format == .html ? .html : .plainText, content: text, encoding: "UTF-8")
    }
}
