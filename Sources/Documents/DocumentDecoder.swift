/// Reads a dropped file's bytes into text: picks the format by file name and the encoding by
/// byte-order mark, declaration and detection; unwraps a JSON envelope. Pure: bytes in, value
/// or a reason out.
public enum DocumentDecoder {
    /// - Parameter declaredCharset: the charset the transport states (an HTTP Content-Type's
    ///   `charset`); it overrides a page's own declaration but not a byte-order mark.
    public static func decode(_ bytes: [UInt8], fileName: String, declaredCharset: String? = nil) throws(DocumentError) -> DecodedDocument {
        guard let format = DocumentFormat(fileName: fileName) else {
            throw DocumentError("unsupported file type (\(fileName)): Tally reads .txt, .html/.htm and .json files")
        }
        guard !bytes.isEmpty else { throw DocumentError("empty file") }
        let (utf8, encoding) = try TextDecoding.decode(bytes, format: format, declaredCharset: declaredCharset)
        switch format {
        case .text:
            return DecodedDocument(markup: .plainText, utf8: utf8, encoding: encoding.rawValue)
        case .html:
            return DecodedDocument(markup: .html, utf8: utf8, encoding: encoding.rawValue)
        case .json:
            return try JSONEnvelope.document(from: String(decoding: utf8, as: UTF8.self), encoding: encoding)
        }
    }
}
