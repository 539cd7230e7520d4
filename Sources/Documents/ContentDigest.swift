import Crypto

/// SHA-256 of a document's bytes: the identity that lets the same bytes dropped twice be
/// recognised. Every document is hashed, so it goes through swift-crypto (BoringSSL, with the
/// processor's SHA instructions where it has them: about 8 times a Swift implementation's speed).
public enum ContentDigest {
    public static func sha256Hex<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in sha256(bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    public static func sha256<Bytes: Collection>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        if let digest = bytes.withContiguousStorageIfAvailable({ Array(SHA256.hash(data: UnsafeRawBufferPointer($0))) }) {
            return digest
        }
        return Array(SHA256.hash(data: Array(bytes)))
    }
}
