import AlertLog
import DatabaseLocation
import Foundation
import Pipeline
import PostgresStore
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Documents per second through `tally run` daemons sharing one PostgreSQL database (1, 2 and 3
/// nodes) against one daemon on SQLite, on the same synthetic newsroom (independent stories
/// with moving and disputed figures, exact and wire copies dropped on other nodes); then the
/// database round trips one document costs, counted in-process by `PostgresStore.roundTrips`.
///
///     swift build -c release --product tally                                  # in the repository
///     Deploy/with-postgres.sh bash -c 'cd Benchmarks && swift run -c release ClusterThroughput [STORIES] [TALLY_BINARY]'
///     (defaults: 40 stories of 46 reports plus 4 copies each, 2,000 documents; ../.build/release/tally)
///
/// Every node runs on this machine, beside the database server: the nodes share its cores
/// rather than adding their own, which is what the printed CPU use shows.
@main
struct ClusterThroughput {
    static func main() throws {
        let arguments = CommandLine.arguments
        let stories = arguments.count > 1 ? Int(arguments[1]) ?? 40 : 40
        let binary = arguments.count > 2 ? arguments[2] : FileManager.default.currentDirectoryPath + "/../.build/release/tally"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            fail("no tally binary at \(binary): run `swift build -c release --product tally` in the repository first")
        }
        guard let url = ProcessInfo.processInfo.environment["TALLY_TEST_POSTGRES_URL"], let server = try? PostgresLocation(url: url) else {
            fail("TALLY_TEST_POSTGRES_URL names no PostgreSQL server: run this under Deploy/with-postgres.sh")
        }
        let corpus = NewsroomCorpus(stories: stories, reports: 46, seed: 14)
        print("\(corpus.documents.count) documents: \(stories) stories of 46 reports, 2 exact and 2 wire copies of each first report")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; nodes and the PostgreSQL server share them")
        print("")
        print("backend      nodes  seconds  documents/s  CPU busy  alerts")

        let sqlite = try run(corpus, nodes: 1, binary: binary, database: nil)
        print(sqlite.row(backend: "SQLite"))
        for nodes in 1...3 {
            let database = try createDatabase(on: server, named: "tally_cluster_bench_\(nodes)")
            let result = try run(corpus, nodes: nodes, binary: binary, database: database)
            print(result.row(backend: "PostgreSQL"))
            if result.alerts != sqlite.alerts { print("  (alert count differs from SQLite's: \(result.alerts) against \(sqlite.alerts))") }
        }
        print("")
        try countRoundTrips(corpus, database: try createDatabase(on: server, named: "tally_cluster_bench_trips"))
    }

    struct Result {
        var nodes: Int
        var seconds: Double
        var documents: Int
        var busy: Double
        var alerts: Int

        func row(backend: String) -> String {
            let rate = Double(documents) / seconds
            return "\(backend.padding(toLength: 12, withPad: " ", startingAt: 0)) \(pad(nodes, 5))  \(pad(String(format: "%.1f", seconds), 7))"
                + "  \(pad(String(format: "%.0f", rate), 11))  \(pad(String(format: "%.0f%%", busy * 100), 8))  \(pad(alerts, 6))"
        }
    }

    /// Starts `nodes` daemons with empty drop folders, then moves every document into the folder
    /// of the node its story belongs to (copies to another) and times until all are taken.
    static func run(_ corpus: NewsroomCorpus, nodes: Int, binary: String, database: PostgresLocation?) throws -> Result {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-cluster-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let staging = root + "/staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        var daemons: [Process] = []
        defer {
            for daemon in daemons where daemon.isRunning {
                daemon.interrupt()
                daemon.waitUntilExit()
            }
        }
        for node in 0..<nodes {
            let home = root + "/node-\(node)"
            try FileManager.default.createDirectory(atPath: home + "/drop", withIntermediateDirectories: true)
            let storage = database.map { "url = \"\($0)\"\n[cluster]\nnode = \"node-\(node)\"" } ?? "database = \"\(home)/tally.sqlite\""
            try """
                [storage]
                \(storage)
                [drop]
                folder = "\(home)/drop"
                settle_seconds = 0
                [alerts]
                log = "\(home)/alerts.jsonl"
                [log]
                level = "notice"
                """.write(toFile: home + "/tally.toml", atomically: true, encoding: .utf8)
            FileManager.default.createFile(atPath: home + "/daemon.log", contents: nil)
            let daemon = Process()
            daemon.executableURL = URL(fileURLWithPath: binary)
            daemon.arguments = ["run", "--config", home + "/tally.toml"]
            daemon.standardError = FileHandle(forWritingAtPath: home + "/daemon.log")
            try daemon.run()
            daemons.append(daemon)
        }
        for node in 0..<nodes {
            guard wait(within: 60, until: { log(of: root, node: node).contains("tally is running") }) else {
                fail("node \(node) did not start:\n\(log(of: root, node: node))")
            }
        }
        var placed: [(staged: String, drop: String)] = []
        for document in corpus.documents {
            let home = document.story % nodes
            let node = document.isCopy && nodes > 1 ? (home + 1 + document.name.count % (nodes - 1)) % nodes : home
            let staged = staging + "/" + document.name
            FileManager.default.createFile(atPath: staged, contents: Data(document.text.utf8))
            placed.append((staged, root + "/node-\(node)/drop/" + document.name))
        }
        let cpuBefore = CPUTime.now()
        let start = Date()
        for file in placed { rename(file.staged, file.drop) }
        let taken = wait(within: 3_600) {
            (0..<nodes).allSatisfy { node in
                ((try? FileManager.default.contentsOfDirectory(atPath: root + "/node-\(node)/drop")) ?? []).allSatisfy { !$0.hasSuffix(".html") }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        guard taken else { fail("the documents were not all taken within an hour") }
        let busy = CPUTime.now().busy(since: cpuBefore)
        let alerts = (0..<nodes).reduce(0) { count, node in
            count + ((try? String(contentsOfFile: root + "/node-\(node)/alerts.jsonl", encoding: .utf8)) ?? "").split(separator: "\n").count
        }
        return Result(nodes: nodes, seconds: seconds, documents: corpus.documents.count, busy: busy, alerts: alerts)
    }

    /// Round trips per document through the pipeline on PostgreSQL, by kind of document.
    static func countRoundTrips(_ corpus: NewsroomCorpus, database: PostgresLocation) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-trips-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = try PostgresStore(location: database)
        let pipeline = Pipeline(store: store, alertLog: try AlertLogWriter(path: root + "/alerts.jsonl"))
        var trips: [String: [Int]] = [:]
        var seen = Set<String>()
        for document in corpus.documents {
            let bytes = Array(document.text.utf8)
            let kind = !seen.insert(document.text).inserted ? "the same bytes again" : document.isCopy ? "a wire copy (near-duplicate)" : "a new report"
            let before = store.roundTrips
            _ = try pipeline.ingest(bytes, name: document.name, origin: .cli)
            trips[kind, default: []].append(store.roundTrips - before)
        }
        print("round trips to PostgreSQL per document (pipeline in-process, one node):")
        for (kind, counts) in trips.sorted(by: { $0.key < $1.key }) {
            let sorted = counts.sorted()
            print("  \(kind): median \(sorted[sorted.count / 2]), min \(sorted.first!), max \(sorted.last!) (\(counts.count) documents)")
        }
        try store.close()
    }

    static func createDatabase(on server: PostgresLocation, named name: String) throws -> PostgresLocation {
        guard case .socket(let folder) = server.endpoint, let bin = postgresBin() else {
            fail("expected the socket cluster of Deploy/with-postgres.sh and PostgreSQL's tools")
        }
        let user = server.user ?? "tally"
        for tool in ["dropdb", "createdb"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: bin + "/" + tool)
            process.arguments = ["-h", folder, "-U", user] + (tool == "dropdb" ? ["--if-exists"] : []) + [name]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { fail("\(tool) \(name) failed") }
        }
        var location = server
        location.database = name
        return location
    }

    static func postgresBin() -> String? {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.compactMap(Int.init).max().map { "/usr/lib/postgresql/\($0)/bin" }
    }

    static func log(of root: String, node: Int) -> String {
        (try? String(contentsOfFile: root + "/node-\(node)/daemon.log", encoding: .utf8)) ?? ""
    }

    static func wait(within seconds: TimeInterval, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(1)
    }
}

/// The machine's CPU time from /proc/stat, all cores together.
struct CPUTime {
    var busy: Double
    var total: Double

    static func now() -> CPUTime {
        let line = ((try? String(contentsOfFile: "/proc/stat", encoding: .utf8)) ?? "").split(separator: "\n").first ?? ""
        let fields = line.split(separator: " ").dropFirst().compactMap { Double($0) }
        guard fields.count >= 5 else { return CPUTime(busy: 0, total: 0) }
        let idle = fields[3] + fields[4]
        let total = fields.reduce(0, +)
        return CPUTime(busy: total - idle, total: total)
    }

    /// The share of all cores busy since `earlier`.
    func busy(since earlier: CPUTime) -> Double {
        total > earlier.total ? (busy - earlier.busy) / (total - earlier.total) : 0
    }
}

func pad(_ value: some CustomStringConvertible, _ width: Int) -> String {
    let text = value.description
    return String(repeating: " ", count: max(0, width - text.count)) + text
}
