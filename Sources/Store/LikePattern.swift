import Foundation

/// Text in a LIKE pattern (written with `ESCAPE '\'`) matched as it is: its `\`, `%` and `_`
/// escaped. SQLite and PostgreSQL read it alike.
package enum LikePattern {
    package static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    package static func containing(_ text: String) -> String { "%" + literal(text) + "%" }
}
