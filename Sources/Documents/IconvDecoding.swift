#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes in a legacy encoding (or UTF-32) to UTF-8 through the C library's iconv, which knows
/// every encoding the Encoding Standard lists; glibc's is on every Debian machine. A sequence
/// the encoding does not define becomes U+FFFD, so the rest of the text survives one bad byte.
enum IconvDecoding {
    struct Result {
        var utf8: [UInt8]
        /// How many bad sequences were replaced.
        var replacements: Int
    }

    /// nil when the C library cannot convert from this encoding at all (its converter is not installed).
    static func transcodeToUTF8(_ bytes: [UInt8], from start: Int, encoding: CharacterEncoding) -> Result? {
        guard let name = encoding.iconvName else { return nil }
        let descriptor = iconv_open("UTF-8", name)
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }

        var result = Result(utf8: [], replacements: 0)
        result.utf8.reserveCapacity((bytes.count - start) * 2)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        let unit = encoding.codeUnitSize
        let scratchSize = 1 << 16
        var scratch = [UInt8](repeating: 0, count: scratchSize)
        bytes.withUnsafeBytes { input in
            guard let base = input.baseAddress, start < input.count else { return }
            var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base + start).assumingMemoryBound(to: CChar.self)
            var inLeft = input.count - start
            scratch.withUnsafeMutableBytes { output in
                guard let outBase = output.baseAddress else { return }
                while inLeft > 0 {
                    var outPointer: UnsafeMutablePointer<CChar>? = outBase.assumingMemoryBound(to: CChar.self)
                    var outLeft = scratchSize
                    let status = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                    result.utf8.append(contentsOf: output[0..<(scratchSize - outLeft)])
                    guard status == -1 else { continue }
                    switch errno {
                    case E2BIG:
                        continue
                    case EILSEQ:
                        // Skip one code unit and go on; never loop without consuming input.
                        let skip = min(unit, inLeft)
                        inPointer = inPointer.map { $0 + skip }
                        inLeft -= skip
                        result.utf8 += replacement
                        result.replacements += 1
                    default:
                        // EINVAL: the text ends inside a sequence.
                        result.utf8 += replacement
                        result.replacements += 1
                        inLeft = 0
                    }
                }
            }
        }
        return result
    }
}
