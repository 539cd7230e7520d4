/// A piece of human-readable text as a feed carries it (Atom's text constructs; also what an
/// RSS title or description holds), with what kind of markup its value is.
public struct TextConstruct: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Plain text; characters like "<" are just characters.
        case text
        /// HTML markup (unescaped: the value is markup, ready for an HTML parser).
        case html
        /// XHTML markup, serialised (for Atom 1.0, the children of the wrapping div).
        case xhtml
    }

    public var kind: Kind
    public var value: String
    /// The type attribute as written, when there was one ("html", "text/plain", ...).
    public var declaredType: String?
    /// The effective xml:base and xml:lang at the element.
    public var base: String?
    public var language: String?

    public init(kind: Kind, value: String, declaredType: String? = nil, base: String? = nil, language: String? = nil) {
        self.kind = kind
        self.value = value
        self.declaredType = declaredType
        self.base = base
        self.language = language
    }

    /// The value as plain text: markup removed and character references decoded.
    public var plainText: String {
        kind == .text ? value : HTMLText.plainText(value)
    }
}
