import Foundation
import TestSupport
import Testing

/// A program run to its end, its output kept.
struct ToolRun {
    var status: Int32
    var output: String

    init(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(filePath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
    }
}

enum Deploy {
    static let folder = Corpus.repository.appendingPathComponent("Deploy")
    static var installScript: String { folder.appendingPathComponent("install.sh").path }
    static var unit: String { folder.appendingPathComponent("tally.service").path }
    static var configuration: String { folder.appendingPathComponent("tally.toml").path }
    static let systemdAnalyze = "/usr/bin/systemd-analyze"
    static let shellcheck = "/usr/bin/shellcheck"
}

@Suite struct InstallScriptTests {
    let destination = FileManager.default.temporaryDirectory.appendingPathComponent("tally-install-\(UUID().uuidString)").path

    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
    }

    func install(_ arguments: [String] = []) throws -> ToolRun {
        try ToolRun("/bin/bash", [Deploy.installScript, "--binary", Installation.binary] + arguments, environment: ["DESTDIR": destination])
    }

    struct Entry: Equatable, CustomStringConvertible {
        var path: String
        var mode: Int
        var bytes: Data?
        var description: String { "\(path) \(String(mode, radix: 8))" }
    }

    /// Every path under the staging root with its permissions and, for a file, its bytes.
    func listing() throws -> [Entry] {
        let manager = FileManager.default
        return try manager.subpathsOfDirectory(atPath: destination).sorted().map { path in
            let attributes = try manager.attributesOfItem(atPath: destination + "/" + path)
            let isFile = (attributes[.type] as? FileAttributeType) == .typeRegular
            return Entry(path: path, mode: (attributes[.posixPermissions] as? Int) ?? 0,
                         bytes: isFile ? manager.contents(atPath: destination + "/" + path) : nil)
        }
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: destination + path) }

    @Test func installingTwiceGivesTheSameFilesAndUninstallingKeepsTheData() throws {
        defer { try? FileManager.default.removeItem(atPath: destination) }
        let first = try install()
        #expect(first.status == 0, "\(first.output)")
        #expect(first.output.contains("skipped creating the user tally"))
        #expect(!first.output.contains("systemctl"), "no systemctl with DESTDIR: \(first.output)")
        #expect(contents("/usr/local/bin/tally") == FileManager.default.contents(atPath: Installation.binary))
        #expect(FileManager.default.isExecutableFile(atPath: destination + "/usr/local/bin/tally"))
        #expect(contents("/etc/systemd/system/tally.service") == FileManager.default.contents(atPath: Deploy.unit))
        #expect(contents("/etc/tally/tally.toml") == FileManager.default.contents(atPath: Deploy.configuration))
        let installed = try listing()
        #expect(installed.contains(Entry(path: "var/lib/tally/drop", mode: 0o2770)), "the drop folder is group-writable and setgid")
        #expect(installed.contains(Entry(path: "var/lib/tally", mode: 0o750)))
        #expect(installed.contains(Entry(path: "var/log/tally", mode: 0o750)))

        let second = try install()
        #expect(second.status == 0, "\(second.output)")
        #expect(try listing() == installed, "a second run changes nothing (and leaves no temporary file)")

        let uninstalled = try ToolRun("/bin/bash", [Deploy.installScript, "--uninstall"], environment: ["DESTDIR": destination])
        #expect(uninstalled.status == 0, "\(uninstalled.output)")
        #expect(contents("/usr/local/bin/tally") == nil)
        #expect(contents("/etc/systemd/system/tally.service") == nil)
        #expect(contents("/etc/tally/tally.toml") != nil)
        #expect(FileManager.default.fileExists(atPath: destination + "/var/lib/tally/drop"))
        #expect(uninstalled.output.contains("kept the configuration in /etc/tally, the state in /var/lib/tally"))
        #expect(uninstalled.output.contains("rm -rf /etc/tally /var/lib/tally /var/log/tally && userdel tally"))
    }

    @Test func anEditedConfigurationIsKeptAndTheNewDefaultGoesBesideIt() throws {
        defer { try? FileManager.default.removeItem(atPath: destination) }
        #expect(try install().status == 0)
        let edited = "[alerts]\nnew_figures = true\n"
        try edited.write(toFile: destination + "/etc/tally/tally.toml", atomically: true, encoding: .utf8)
        let again = try install()
        #expect(again.status == 0, "\(again.output)")
        #expect(contents("/etc/tally/tally.toml") == Data(edited.utf8))
        #expect(contents("/etc/tally/tally.toml.default") == FileManager.default.contents(atPath: Deploy.configuration))
        #expect(again.output.contains("kept your /etc/tally/tally.toml"))
    }

    @Test func aPrefixMovesTheBinaryAndTheUnitStartsItThere() throws {
        defer { try? FileManager.default.removeItem(atPath: destination) }
        let run = try install(["--prefix", "/opt/tally"])
        #expect(run.status == 0, "\(run.output)")
        #expect(FileManager.default.isExecutableFile(atPath: destination + "/opt/tally/bin/tally"))
        let unit = String(decoding: contents("/etc/systemd/system/tally.service") ?? Data(), as: UTF8.self)
        #expect(unit.contains("\nExecStart=/opt/tally/bin/tally run --config /etc/tally/tally.toml\n"))
    }

    @Test func anUnknownArgumentIsAUsageError() throws {
        let run = try install(["--frobnicate"])
        #expect(run.status == 64)
        #expect(run.output.contains("unknown argument --frobnicate"))
        #expect(!FileManager.default.fileExists(atPath: destination))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: Deploy.shellcheck)))
    func theScriptsAreShellcheckClean() throws {
        let scripts = ["install-build-deps.sh", "install-test-deps.sh", "install-packages.sh", "with-postgres.sh"].map { Deploy.folder.appendingPathComponent($0).path }
        let run = try ToolRun(Deploy.shellcheck, [Deploy.installScript] + scripts)
        #expect(run.status == 0, "\(run.output)")
    }
}

@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: Deploy.systemdAnalyze)))
struct UnitFileTests {
    @Test func theUnitsExposureIsAtMostTwo() throws {
        let run = try ToolRun(Deploy.systemdAnalyze, ["security", "--offline=yes", Deploy.unit])
        let line = try #require(run.output.split(separator: "\n").first { $0.contains("Overall exposure level for tally.service:") })
        let exposure = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "\(line)")
        #expect(exposure <= 2.0, "\(line)")
    }

    /// `systemd-analyze verify` also checks that ExecStart's binary exists: the unit is verified
    /// as shipped except for that one path, which points at the binary just built.
    @Test func theUnitVerifiesClean() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-unit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let shipped = try String(contentsOfFile: Deploy.unit, encoding: .utf8)
        #expect(shipped.contains("ExecStart=/usr/local/bin/tally "))
        try shipped.replacingOccurrences(of: "ExecStart=/usr/local/bin/tally ", with: "ExecStart=\(Installation.binary) ")
            .write(toFile: folder + "/tally.service", atomically: true, encoding: .utf8)
        let run = try ToolRun(Deploy.systemdAnalyze, ["verify", folder + "/tally.service"])
        #expect(run.status == 0)
        #expect(run.output.isEmpty, "\(run.output)")
    }

    /// systemd must not kill the daemon while it is still within the stop bound it states.
    @Test func theStopTimeoutIsAboveTheDaemonsStopBound() throws {
        let help = try ToolRun(Installation.binary, ["run", "--help"]).output.replacingOccurrences(of: "\n", with: " ")
        let bound = try #require(help.firstMatch(of: /within (\d+)\s+seconds/).flatMap { Int($0.1) }, "\(help)")
        let unit = try String(contentsOfFile: Deploy.unit, encoding: .utf8)
        let timeout = try #require(unit.firstMatch(of: /\nTimeoutStopSec=(\d+)s\n/).flatMap { Int($0.1) })
        #expect(timeout > bound)
    }
}
