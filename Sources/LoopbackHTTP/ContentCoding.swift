/// A `Content-Encoding` the server can apply to a response body.
public enum ContentCoding: String, Sendable, Equatable {
    case gzip
    /// HTTP's "deflate" is the zlib format (RFC 1950), not raw deflate.
    case deflate
    case brotli = "br"

    public func encode(_ body: [UInt8]) -> [UInt8] {
        switch self {
        case .gzip:
            let size = UInt32(truncatingIfNeeded: body.count)
            // Magic, method 8 (deflate), no flags, no time, no extra flags, OS unknown.
            return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] + Deflate.compress(body)
                + Self.littleEndian(Checksums.crc32(body)) + Self.littleEndian(size)
        case .deflate:
            // CMF 0x78 (deflate, 32 KiB window), FLG 0x01 so that CMF·256+FLG is a multiple of 31.
            return [0x78, 0x01] + Deflate.compress(body) + Self.bigEndian(Checksums.adler32(body))
        case .brotli:
            return BrotliStored.encode(body)
        }
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        littleEndian(value).reversed()
    }
}
