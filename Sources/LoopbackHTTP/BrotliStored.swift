/// A valid brotli (RFC 7932) stream that stores the bytes uncompressed: enough to check that a
/// client decodes `Content-Encoding: br`, with no brotli library at hand.
enum BrotliStored {
    static func encode(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(0, count: 1) // WBITS: a single 0 bit means a 64 KiB window
        var start = 0
        while start < input.count {
            let end = min(start + blockLimit, input.count)
            writer.write(0, count: 1) // ISLAST: an uncompressed meta-block is never the last
            writer.write(0, count: 2) // MNIBBLES: 4 nibbles of length
            writer.write(UInt32(end - start - 1), count: 16) // MLEN - 1
            writer.write(1, count: 1) // ISUNCOMPRESSED
            writer.appendAligned(input[start..<end])
            start = end
        }
        writer.write(1, count: 1) // ISLAST
        writer.write(1, count: 1) // ISLASTEMPTY
        writer.alignToByte()
        return writer.bytes
    }

    /// The most 4 length nibbles can say.
    private static let blockLimit = 1 << 16
}
