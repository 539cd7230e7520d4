public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `[cluster]`: how this daemon shares a PostgreSQL database with other daemons ("nodes").
/// Each node needs a name of its own; feeds and their entries are split between nodes by leases
/// that run out after `lease` seconds, so a dead node's work passes to another within that.
public struct ClusterSettings: Sendable, Equatable {
    /// This node's name in the database and in its alert lines. nil: the host's name.
    public var node: String?
    public var lease: TimeInterval = 120

    public init() {}

    /// The name this node goes by: the one set, or the host's.
    public var nodeName: String { node ?? Self.hostName() }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }

    /// Why a name cannot be a node's (nil: it can): it is shown in logs and alert lines, so it is short and printable.
    static func problem(withName name: String) -> String? {
        guard !name.isEmpty, name.count <= 64 else { return "must be 1 to 64 characters" }
        guard name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }) else {
            return "may hold letters, digits, '-', '_' and '.' only"
        }
        return nil
    }
}
