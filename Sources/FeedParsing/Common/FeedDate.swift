import Documents
public import Foundation

/// A date element as written, and what it means (UTC) when it could be read.
public struct FeedDate: Sendable, Equatable {
    public var text: String
    /// Nil when the text is not a date Tally reads; the entry is kept either way.
    public var date: Date?

    public init(text: String) {
        self.text = text
        self.date = PublicationDate.feedDate(text)
    }
}
