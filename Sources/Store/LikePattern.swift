import Foundation

/// Text in a LIKE pattern (written with `ESCAPE '\'`) matched as it is: its `\`, `%` and `_` escaped.
enum LikePattern {
    static func literal(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
    }

    static func containing(_ text: String) -> String { "%" + literal(text) + "%" }
}
