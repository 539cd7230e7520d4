import DropFolder
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Stdin read up to the size a dropped file may have (drop.max_file_bytes): a command fed
/// /dev/zero or a runaway pipe stops at the limit with an error instead of filling memory.
enum BoundedStandardInput {
    static func read(maximumBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw CommandFailure("stdin: cannot read: \(String(cString: strerror(errno)))", exitCode: 74) // EX_IOERR
            }
            guard bytes.count + count <= maximumBytes else {
                throw CommandFailure("stdin: more than \(ByteCount.text(maximumBytes)), the limit a dropped file is held to "
                                     + "(setting drop.max_file_bytes): not read further", exitCode: 65) // EX_DATAERR
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
