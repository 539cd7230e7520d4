import ArgumentParser
import Settings
import Foundation

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "TOML configuration file (default: built-in defaults, state under ./var).")
    var config: String?

    func load() throws -> TallyConfiguration {
        do {
            return try TallyConfiguration.load(path: config)
        } catch {
            throw CommandFailure(error.description, exitCode: 78) // EX_CONFIG
        }
    }
}

/// A failure reported as one line on stderr with a meaningful exit status.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32
    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `CommandFailure` into a message and an exit status.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("tally: \(failure.description)\n".utf8))
            throw ExitCode(failure.exitCode)
        }
    }
}

enum StandardOutput {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
