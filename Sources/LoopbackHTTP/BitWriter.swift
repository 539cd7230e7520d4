/// Packs bits least significant first, the order both deflate and brotli use.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var pending: UInt64 = 0
    private var pendingCount = 0

    /// Writes the low `count` bits of `value` (count <= 32).
    mutating func write(_ value: UInt32, count: Int) {
        pending |= UInt64(value & UInt32(truncatingIfNeeded: (UInt64(1) << count) - 1)) << pendingCount
        pendingCount += count
        while pendingCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount -= 8
        }
    }

    /// Writes a Huffman code, which goes most significant bit first.
    mutating func writeCode(_ code: UInt32, length: Int) {
        var reversed: UInt32 = 0
        for bit in 0..<length where code & (1 << bit) != 0 {
            reversed |= 1 << (length - 1 - bit)
        }
        write(reversed, count: length)
    }

    /// Pads with zero bits to the next byte boundary.
    mutating func alignToByte() {
        if pendingCount > 0 { write(0, count: 8 - pendingCount) }
    }

    mutating func appendAligned(_ raw: ArraySlice<UInt8>) {
        alignToByte()
        bytes.append(contentsOf: raw)
    }
}
