/// Bytes decoded to text, with the encoding they were read in and what was recovered from.
public struct DecodedText: Sendable, Equatable {
    /// Valid UTF-8, normalised (`TextNormalization`).
    public var utf8: [UInt8]
    public var encoding: CharacterEncoding
    /// Recoveries (bad bytes replaced, a declaration ignored or overruled); empty when the bytes
    /// were exactly what they were declared or detected to be.
    public var warnings: [String]

    public init(utf8: [UInt8], encoding: CharacterEncoding, warnings: [String] = []) {
        self.utf8 = utf8
        self.encoding = encoding
        self.warnings = warnings
    }

    /// The text as a `String`, made anew on each call.
    public var text: String { String(decoding: utf8, as: UTF8.self) }
}
