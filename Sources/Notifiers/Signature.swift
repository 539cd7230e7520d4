import Crypto
import Foundation

/// The webhook signature, as GitHub and Miniflux send it: `sha256=` and the hex HMAC-SHA256 of
/// the body under the shared secret. A receiver recomputes it over the bytes it got.
public enum Signature {
    public static let header = "X-Tally-Signature"

    public static func sign(_ body: [UInt8], secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Array(secret.utf8)))
        return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
    }

    /// Constant time in the signature's length, so a receiver built on this leaks nothing by timing.
    public static func verify(_ body: [UInt8], secret: String, signature: String) -> Bool {
        let expected = Array(sign(body, secret: secret).utf8)
        let given = Array(signature.utf8)
        guard expected.count == given.count else { return false }
        return zip(expected, given).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
