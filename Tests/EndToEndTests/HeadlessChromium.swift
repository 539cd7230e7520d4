import Foundation

/// Debian's Chromium run headless, once per page: the DOM after the page loaded, or a
/// screenshot. Each run gets a throwaway profile and a time bound (coreutils `timeout`, which
/// signals the browser's whole process group), so a hung browser fails its test rather than
/// hanging the suite.
struct HeadlessChromium {
    static let installHint = "install it with Deploy/install-test-deps.sh (Debian's chromium package)"
    static let timeLimit = 60

    let executable: String

    /// The `chromium` on PATH, or an error that says how to install it.
    static func located() throws(HeadlessChromiumError) -> HeadlessChromium {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: folder + "/chromium") {
            return HeadlessChromium(executable: folder + "/chromium")
        }
        throw HeadlessChromiumError(description: "chromium is not on PATH: \(installHint)")
    }

    /// The page's DOM once it loaded, serialized (`--dump-dom`).
    func dumpDOM(_ url: String) throws(HeadlessChromiumError) -> String {
        try run(["--dump-dom", url])
    }

    /// A PNG of the page's first `width` × `height` pixels, written to `path`.
    func screenshot(_ url: String, to path: String, width: Int, height: Int) throws(HeadlessChromiumError) {
        _ = try run(["--screenshot=" + path, "--window-size=\(width),\(height)", "--hide-scrollbars", url])
    }

    private func run(_ arguments: [String]) throws(HeadlessChromiumError) -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tally-chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let output = scratch + "/stdout", errors = scratch + "/stderr"
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/timeout")
        // Root (a container, CI) cannot use Chromium's sandbox; the pages are our own.
        process.arguments = ["--kill-after=5", "\(Self.timeLimit)", executable, "--headless", "--no-sandbox", "--disable-gpu",
                             "--no-first-run", "--force-device-scale-factor=1", "--user-data-dir=" + scratch + "/profile"] + arguments
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: output, contents: nil)
            FileManager.default.createFile(atPath: errors, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(filePath: output))
            process.standardError = try FileHandle(forWritingTo: URL(filePath: errors))
            try process.run()
        } catch {
            throw HeadlessChromiumError(description: "cannot start \(executable): \(error)")
        }
        process.waitUntilExit()
        let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus != 124, process.terminationStatus != 137 else {
            throw HeadlessChromiumError(description: "chromium did not finish within \(Self.timeLimit) s: \(arguments.joined(separator: " "))\n\(said.suffix(2000))")
        }
        guard process.terminationStatus == 0 else {
            throw HeadlessChromiumError(description: "chromium exited \(process.terminationStatus): \(arguments.joined(separator: " "))\n\(said.suffix(2000))")
        }
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }
}

struct HeadlessChromiumError: Error, CustomStringConvertible {
    var description: String
}
