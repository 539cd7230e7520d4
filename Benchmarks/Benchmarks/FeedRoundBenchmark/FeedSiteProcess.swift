import Foundation

/// FeedSiteServer, started beside the benchmark, driven over its standard input and output.
final class FeedSiteProcess {
    let port: UInt16
    /// One feed in this many changes with each new edition.
    let changingEvery: Int
    private let process = Process()
    private let commands = Pipe()
    private let replies = Pipe()

    init() throws {
        // Built beside the benchmark: `swift build -c release --product FeedSiteServer`.
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("FeedSiteServer")
        precondition(FileManager.default.isExecutableFile(atPath: binary.path),
                     "\(binary.path) is missing: run `swift build -c release --product FeedSiteServer` in Benchmarks/ first")
        process.executableURL = binary
        process.standardInput = commands
        process.standardOutput = replies
        try process.run()
        let words = Self.readLine(replies.fileHandleForReading).split(separator: " ")
        guard words.count == 4, let port = UInt16(words[1]), let every = Int(words[3]) else { fatalError("FeedSiteServer said: \(words)") }
        self.port = port
        changingEvery = every
    }

    deinit {
        try? commands.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    func publishNewEdition() {
        commands.fileHandleForWriting.write(Data("edition\n".utf8))
        precondition(Self.readLine(replies.fileHandleForReading) == "ok")
    }

    private static func readLine(_ handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while let byte = try? handle.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") { bytes.append(byte) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
