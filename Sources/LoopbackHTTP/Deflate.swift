/// A small deflate (RFC 1951) compressor: greedy LZ77 matching over a one-entry hash table and
/// the fixed Huffman codes. Far from zlib's ratio on text, but repetitive data shrinks a
/// hundredfold, which is what a test of a decompression bomb needs.
enum Deflate {
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, count: 1) // BFINAL: one block
        writer.write(1, count: 2) // BTYPE 01: fixed Huffman codes
        var lastSeen = [Int32](repeating: -1, count: 1 << hashBits)
        var position = 0
        while position < input.count {
            var matchLength = 0
            var distance = 0
            if position + 3 <= input.count {
                let hash = hash3(input, position)
                let candidate = Int(lastSeen[hash])
                lastSeen[hash] = Int32(position)
                if candidate >= 0, position - candidate <= maxDistance {
                    let longest = min(maxMatch, input.count - position)
                    while matchLength < longest, input[candidate + matchLength] == input[position + matchLength] { matchLength += 1 }
                    distance = position - candidate
                }
            }
            if matchLength >= 3 {
                writeLength(matchLength, &writer)
                writeDistance(distance, &writer)
                position += matchLength
            } else {
                writeLiteral(Int(input[position]), &writer)
                position += 1
            }
        }
        writeLiteral(256, &writer) // end of block
        writer.alignToByte()
        return writer.bytes
    }

    private static let hashBits = 15
    private static let maxDistance = 32768
    private static let maxMatch = 258

    private static func hash3(_ bytes: [UInt8], _ at: Int) -> Int {
        let value = UInt32(bytes[at]) << 16 | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2])
        return Int((value &* 2_654_435_761) >> (32 - UInt32(hashBits)))
    }

    /// The fixed literal/length code of RFC 1951, 3.2.6.
    private static func writeLiteral(_ symbol: Int, _ writer: inout BitWriter) {
        switch symbol {
        case 0...143: writer.writeCode(UInt32(0x30 + symbol), length: 8)
        case 144...255: writer.writeCode(UInt32(0x190 + symbol - 144), length: 9)
        case 256...279: writer.writeCode(UInt32(symbol - 256), length: 7)
        default: writer.writeCode(UInt32(0xC0 + symbol - 280), length: 8)
        }
    }

    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func writeLength(_ length: Int, _ writer: inout BitWriter) {
        let index = (lengthBases.lastIndex { $0 <= length }) ?? 0
        writeLiteral(257 + index, &writer)
        writer.write(UInt32(length - lengthBases[index]), count: lengthExtraBits[index])
    }

    private static func writeDistance(_ distance: Int, _ writer: inout BitWriter) {
        let index = (distanceBases.lastIndex { $0 <= distance }) ?? 0
        writer.writeCode(UInt32(index), length: 5)
        writer.write(UInt32(distance - distanceBases[index]), count: distanceExtraBits[index])
    }
}
