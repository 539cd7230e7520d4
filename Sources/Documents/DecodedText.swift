/// Bytes decoded to text, with the encoding they were read in and what was recovered from.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: CharacterEncoding
    /// Recoveries (bad bytes replaced, a declaration ignored or overruled); empty when the bytes
    /// were exactly what they were declared or detected to be.
    public var warnings: [String]

    public init(text: String, encoding: CharacterEncoding, warnings: [String] = []) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}
