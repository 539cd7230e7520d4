/// A file name as the kernel has it: bytes, not necessarily UTF-8, possibly with a newline.
/// Every system call gets these exact bytes; `display` is for logs and JSON.
public struct FileName: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { bytes = Array(string.utf8) }

    public static func < (lhs: FileName, rhs: FileName) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }

    /// Readable form: UTF-8 as is, control characters and undecodable bytes escaped (`\n`, `\xFF`).
    public var display: String {
        var output = ""
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = Self.decodeScalar(bytes, at: index) {
                switch scalar {
                case "\n": output += "\\n"
                case "\t": output += "\\t"
                case "\r": output += "\\r"
                case "\\": output += "\\\\"
                default:
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        output += Self.hexEscape(UInt8(scalar.value))
                    } else {
                        output.unicodeScalars.append(scalar)
                    }
                }
                index += length
            } else {
                output += Self.hexEscape(bytes[index])
                index += 1
            }
        }
        return output
    }

    public var description: String { display }

    /// The extension as written after the last dot, lowercased ("txt"), if any.
    public var pathExtension: String? {
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, dot < bytes.count - 1 else { return nil }
        return String(decoding: bytes[(dot + 1)...], as: UTF8.self).lowercased()
    }

    public func appending(_ suffix: String) -> FileName { FileName(bytes: bytes + Array(suffix.utf8)) }

    /// `report.txt` -> `report.2.txt`: a free name beside a taken one, keeping the extension.
    public func numbered(_ number: Int) -> FileName {
        let mark = Array(".\(number)".utf8)
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0 {
            return FileName(bytes: Array(bytes[..<dot]) + mark + Array(bytes[dot...]))
        }
        return FileName(bytes: bytes + mark)
    }

    /// The name cut to at most `limit` bytes with its extension kept (`…long title.html`), the
    /// cut falling between characters: the format is read from the extension, so losing it would
    /// change how the file is read if it is taken again.
    public func shortened(toAtMost limit: Int) -> FileName {
        guard bytes.count > limit else { return self }
        var ending: ArraySlice<UInt8> = []
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot > 0, bytes.count - dot <= Self.longestExtension {
            ending = bytes[dot...]
        }
        var stemEnd = limit - ending.count
        // Back off continuation bytes so no character is cut in half.
        while stemEnd > 0, bytes[stemEnd] & 0xC0 == 0x80 { stemEnd -= 1 }
        return FileName(bytes: Array(bytes[..<stemEnd]) + ending)
    }

    /// Longer "extensions" are part of the name ("report.final-version-for-the-board").
    private static let longestExtension = 16

    private static func hexEscape(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "\\x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar): return (scalar, UTF8.width(scalar))
        default: return nil
        }
    }
}
