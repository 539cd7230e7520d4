import Foundation
import Testing

/// The size a PNG says it is (its IHDR chunk), read to check a screenshot is a real image.
struct PNGHeader {
    let width: Int, height: Int, byteCount: Int

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        try #require(bytes.count > 24 && bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] && bytes[12..<16] == Array("IHDR".utf8)[...],
                     "not a PNG (\(bytes.count) bytes)")
        func integer(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        (width, height, byteCount) = (integer(16), integer(20), bytes.count)
    }
}
