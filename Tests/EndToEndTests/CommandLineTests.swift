import Foundation
import OrderedJSON
import TestSupport
import Testing

/// The `tally` executable, as a user runs it.
final class Installation {
    static let binary = Corpus.repository.appendingPathComponent(".build/debug/tally").path
    let root: String
    let configuration: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        configuration = root + "/tally.toml"
        try """
            [storage]
            database = "\(root)/tally.sqlite"
            [drop]
            folder = "\(root)/drop"
            [alerts]
            log = "\(root)/alerts.jsonl"
            """.write(toFile: configuration, atomically: true, encoding: .utf8)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var lines: [String] { output.split(separator: "\n").map(String.init) }
    }

    func run(_ arguments: [String], configured: Bool = true, input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(filePath: Self.binary)
        process.arguments = arguments + (configured ? ["--config", configuration] : [])
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    var seedPaths: [String] {
        ((try? Corpus.seeds()) ?? []).map { Corpus.seedsFolder.appendingPathComponent($0.name).path }
    }
}

@Suite struct CommandLineTests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
    }

    @Test(arguments: ["run", "ingest", "extract", "claims", "figures", "history", "alerts",
                      "feeds list", "feeds add", "feeds remove", "feeds refresh", "feeds import", "feeds parse"])
    func everyCommandExplainsItself(_ command: String) throws {
        let result = try Installation().run(command.split(separator: " ").map(String.init) + ["--help"], configured: false)
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: tally \(command)"))
        #expect(result.output.contains("--config"))
    }

    @Test func ingestReportsEachFileAndTheSameBytesTwiceAreNotCountedAgain() throws {
        let tally = try Installation()
        let first = try tally.run(["ingest", "--json"] + tally.seedPaths)
        #expect(first.status == 0)
        let reports = try first.lines.map { try JSONValue.parse($0) }
        #expect(reports.map { $0["outcome"]?.stringValue } == Array(repeating: "ingested", count: 5))
        let alertCount = reports.compactMap { report -> Int? in
            guard case .array(let alerts)? = report["alerts"] else { return nil }
            return alerts.count
        }.reduce(0, +)
        #expect(alertCount > 0)

        let again = try tally.run(["ingest", "--json"] + tally.seedPaths)
        #expect(try again.lines.map { try JSONValue.parse($0)["outcome"]?.stringValue } == Array(repeating: "already_seen", count: 5))

        let log = try String(contentsOfFile: tally.root + "/alerts.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(log.count == alertCount)
        #expect(try tally.run(["alerts", "--json"]).lines == log)
        #expect(try tally.run(["alerts", "--json", "--last", "1"]).lines == [log.last!])
        #expect(try tally.run(["alerts"]).output.contains("figure_changed"))
    }

    @Test func figuresAndHistoryShowWhatWasRead() throws {
        let tally = try Installation()
        _ = try tally.run(["ingest"] + tally.seedPaths)
        let figures = try tally.run(["figures", "--json"]).lines.map { try JSONValue.parse($0) }
        // The seeds make one story; the key names it first.
        let total = try #require(figures.first { $0["key"]?.stringValue?.hasSuffix("-north-korea-deploys/north-korea/troops/sent-to-russia") == true })
        guard case .array(let claimants)? = total["claimants"] else { Issue.record("no claimants"); return }
        #expect(claimants.count >= 3)
        #expect((total["sources"]?.integerValue ?? 0) >= 4)

        let history = try tally.run(["history", "north-korea/troops/sent-to-russia", "--json"])
        #expect(history.status == 0)
        // Stated figures only: "thousands of troops" is in the history too, as the range 2,000–10,000.
        let statements = try history.lines.map { try JSONValue.parse($0) }.filter { $0["low"]?.doubleValue == $0["high"]?.doubleValue }
        let values = Set(statements.map { $0["low"]?.doubleValue })
        #expect(values == [10_000, 11_000, 12_000])
        #expect(try tally.run(["history", "no/such/key"]).status == 1)
        #expect(try tally.run(["figures"]).output.contains("north-korea/brigades/sent-to-russia"))
    }

    @Test func extractAndClaimsReadFilesAndStandardInput() throws {
        let tally = try Installation()
        let article = try JSONValue.parse(try tally.run(["extract", tally.seedPaths[2]]).output)
        #expect(article["title"]?.stringValue == "US Monitoring Potential Deployment of N. Korean Troops in Ukraine")
        #expect(article["source"]?.stringValue == "thedefensepost.com")
        #expect(article["body"]?.stringValue?.contains("People are also reading") == false)

        let claims = try tally.run(["claims"], input: "The company said it would cut 1,200 jobs, about 8% of its workforce.")
        #expect(claims.status == 0)
        let numbers = try claims.lines.map { try JSONValue.parse($0)["number_text"]?.stringValue }
        #expect(numbers == ["1,200", "8%"] || numbers == ["1,200", "8"])
    }

    @Test func mistakesAreReportedWithTheRightExitStatus() throws {
        let tally = try Installation()
        try "[drop]\nfoldr = \"x\"\n".write(toFile: tally.configuration, atomically: true, encoding: .utf8)
        let badConfiguration = try tally.run(["figures"])
        #expect(badConfiguration.status == 78)
        #expect(badConfiguration.errors.contains("unknown setting drop.foldr"))
        let missing = try Installation().run(["extract", "/nonexistent/file.txt"])
        #expect(missing.status == 66)
        let unknown = try Installation().run(["frobnicate"], configured: false)
        #expect(unknown.status == 64)
    }
}
