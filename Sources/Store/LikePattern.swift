import Foundation

/// Text matched literally inside a LIKE pattern whose escape character is `\` (`LIKE ? ESCAPE '\'`),
/// in SQLite and PostgreSQL alike.
package enum LikePattern {
    package static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }
}
