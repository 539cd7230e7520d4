/// The stored form of a fingerprint (at most 299 bytes), all integers little-endian:
///
///     version (1 byte) | sketch count (1) | key count (1) | shingle count (4)
///     | sketch hashes (4 each) | key hashes (4 each) | checksum (4: FNV-1a of all bytes before it)
///
/// Reading checks the checksum and every invariant a real fingerprint has, so a damaged or foreign
/// blob is rejected instead of silently matching the wrong articles.
extension Fingerprint {
    private static let formatVersion: UInt8 = 1
    private static let headerSize = 7
    private static let checksumSize = 4

    public var bytes: [UInt8] {
        var bytes: [UInt8] = [Self.formatVersion, UInt8(sketch.count), UInt8(keys.count)]
        bytes.reserveCapacity(Self.headerSize + 4 * (sketch.count + keys.count) + Self.checksumSize)
        Self.append(UInt32(shingleCount), to: &bytes)
        for value in sketch { Self.append(value, to: &bytes) }
        for value in keys { Self.append(value, to: &bytes) }
        Self.append(Self.checksum(bytes[...]), to: &bytes)
        return bytes
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count >= Self.headerSize + Self.checksumSize, bytes[0] == Self.formatVersion else { return nil }
        let sketchCount = Int(bytes[1])
        let keyCount = Int(bytes[2])
        let bodyEnd = Self.headerSize + 4 * (sketchCount + keyCount)
        guard bytes.count == bodyEnd + Self.checksumSize,
              Self.checksum(bytes[..<bodyEnd]) == Self.readUInt32(bytes, at: bodyEnd)
        else { return nil }

        let shingleCount = Int(Self.readUInt32(bytes, at: 3))
        let sketch = (0..<sketchCount).map { Self.readUInt32(bytes, at: Self.headerSize + 4 * $0) }
        let keys = (0..<keyCount).map { Self.readUInt32(bytes, at: Self.headerSize + 4 * (sketchCount + $0)) }
        guard Self.isConsistent(shingleCount: shingleCount, sketch: sketch, keys: keys) else { return nil }
        self.init(shingleCount: shingleCount, sketch: sketch, keys: keys)
    }

    /// What `init(shingleHashes:)` guarantees: the sketch is the `sketchSize` smallest distinct hashes
    /// (or all of them), the keys are distinct shingles whose smallest is the overall minimum, and a
    /// key no larger than the sketch's largest value is in the sketch.
    private static func isConsistent(shingleCount: Int, sketch: [UInt32], keys: [UInt32]) -> Bool {
        guard sketch.count == min(shingleCount, sketchSize),
              keys.count <= min(shingleCount, keyCount),
              keys.isEmpty == sketch.isEmpty,
              isStrictlyAscending(sketch), isStrictlyAscending(keys),
              keys.first == sketch.first
        else { return false }
        let threshold = shingleCount > sketchSize ? sketch[sketchSize - 1] : .max
        return keys.allSatisfy { $0 > threshold || contains(sketch, $0) }
    }

    private static func isStrictlyAscending(_ values: [UInt32]) -> Bool {
        zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
    }

    private static func contains(_ sorted: [UInt32], _ value: UInt32) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
        }
    }

    private static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << UInt32(8 * $1) }
    }

    private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reduce(0x811C_9DC5) { ($0 ^ UInt32($1)) &* 0x0100_0193 }
    }
}
