import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A sustained drop of documents into a running `tally run`: new reports whose figures move
/// (alerts), exact copies (the same bytes from another wire) and lightly edited copies
/// (near-duplicates). Prints, every 10 s and at the end: documents taken per second, the backlog
/// left in the drop folder, the daemon's resident memory, and the latency from a file's arrival
/// (renamed into the folder, closed) to its alert line being on disk in the alert log.
///
///     swift build -c release --product tally          # in the repository
///     cd Benchmarks && swift run -c release DropLoad [RATE] [SECONDS] [TALLY_BINARY]
///     (defaults: 200 documents/s for 300 s, ../.build/release/tally)
@main
struct DropLoad {
    static func main() throws {
        let arguments = CommandLine.arguments
        let rate = arguments.count > 1 ? Double(arguments[1]) ?? 200 : 200
        let duration = arguments.count > 2 ? Double(arguments[2]) ?? 300 : 300
        let binary = arguments.count > 3 ? arguments[3] : FileManager.default.currentDirectoryPath + "/../.build/release/tally"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            print("no tally binary at \(binary): run `swift build -c release --product tally` in the repository first")
            exit(1)
        }

        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-load-\(UUID().uuidString)").path
        let drop = root + "/drop", alertLog = root + "/alerts.jsonl"
        try FileManager.default.createDirectory(atPath: drop, withIntermediateDirectories: true)
        try """
            [storage]
            database = "\(root)/tally.sqlite"
            [drop]
            folder = "\(drop)"
            settle_seconds = 0
            [alerts]
            log = "\(alertLog)"
            [log]
            level = "warning"
            """.write(toFile: root + "/tally.toml", atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let arrivals = Arrivals()
        let latencies = LockedArray()

        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: binary)
        daemon.arguments = ["run", "--config", root + "/tally.toml"]
        daemon.environment = ProcessInfo.processInfo.environment.merging(["MALLOC_ARENA_MAX": "2"]) { $1 }
        try daemon.run()
        Thread.sleep(forTimeInterval: 1)

        // The alert log, read as it grows: each complete line's article file gives the arrival time.
        let readLog = alertLog
        Thread {
            var offset: off_t = 0
            var pending: [UInt8] = []
            while true {
                let descriptor = open(readLog, O_RDONLY)
                if descriptor >= 0 {
                    var buffer = [UInt8](repeating: 0, count: 1 << 16)
                    while true {
                        let count = pread(descriptor, &buffer, buffer.count, offset)
                        guard count > 0 else { break }
                        offset += off_t(count)
                        let seen = now()
                        pending.append(contentsOf: buffer[0..<count])
                        while let newline = pending.firstIndex(of: 0x0A) {
                            let line = String(decoding: pending[..<newline], as: UTF8.self)
                            pending.removeSubrange(...newline)
                            if let range = line.range(of: #""new":\{.*?"file":"([^"]+)""#, options: .regularExpression),
                               let file = line[range].split(separator: "\"").last, let arrived = arrivals.time(of: String(file)) {
                                latencies.append(seen - arrived)
                            }
                        }
                    }
                    close(descriptor)
                }
                usleep(2_000)
            }
        }.start()

        var newsroom = Newsroom()
        let start = now()
        var dropped = 0
        var nextReport = start + 10
        var memory: [Int] = []
        print("dropping \(Int(rate)) documents/s for \(Int(duration)) s into \(binary)")
        print("   time  dropped  waiting   memory  alerts  alert latency p50 / p99")
        while now() - start < duration {
            let due = Int((now() - start) * rate)
            while dropped < due {
                let name = String(format: "report-%07d.txt", dropped)
                let partial = drop + "/" + name + ".part"
                FileManager.default.createFile(atPath: partial, contents: Data(newsroom.next(dropped).utf8))
                rename(partial, drop + "/" + name)
                arrivals.record(name, at: now())
                dropped += 1
            }
            if now() >= nextReport {
                memory.append(residentMemory(daemon.processIdentifier))
                let sorted = latencies.all.sorted()
                print(String(format: "%6.0fs %8d %8d %6.1f MB %7d   %6.1f ms / %6.1f ms", now() - start, dropped, waiting(in: drop),
                             Double(memory.last ?? 0) / 1e6, sorted.count, percentile(sorted, 0.5) * 1000, percentile(sorted, 0.99) * 1000))
                nextReport += 10
            }
            usleep(1_000)
        }
        let dropEnd = now()
        // Let the backlog drain, then stop the daemon as systemd would.
        while waiting(in: drop) > 0, now() - dropEnd < 120 { usleep(10_000) }
        let drained = now() - dropEnd
        Thread.sleep(forTimeInterval: 0.5)
        let peak = residentMemory(daemon.processIdentifier)
        kill(daemon.processIdentifier, SIGTERM)
        daemon.waitUntilExit()
        let sorted = latencies.all.sorted()
        print(String(format: "dropped %d documents in %.0f s (%.1f/s); the backlog drained %.1f s after the last", dropped, dropEnd - start,
                     Double(dropped) / (dropEnd - start), drained))
        print(String(format: "daemon memory: first sample %.1f MB, last %.1f MB, highest %.1f MB", Double(memory.first ?? 0) / 1e6,
                     Double(memory.last ?? peak) / 1e6, Double(max(memory.max() ?? 0, peak)) / 1e6))
        print(String(format: "%d alerts; arrival to alert line on disk: p50 %.1f ms, p99 %.1f ms, max %.1f ms", sorted.count,
                     percentile(sorted, 0.5) * 1000, percentile(sorted, 0.99) * 1000, (sorted.last ?? .nan) * 1000))
        print("daemon exit status: \(daemon.terminationStatus)")
    }
}

/// When each file was closed in the drop folder, by name; read by the alert-log reader.
final class Arrivals: @unchecked Sendable {
    private let lock = NSLock()
    private var times: [String: Double] = [:]
    func record(_ name: String, at time: Double) { lock.withLock { times[name] = time } }
    func time(of name: String) -> Double? { lock.withLock { times[name] } }
}

@Sendable func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

final class LockedArray: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []
    func append(_ value: Double) { lock.withLock { values.append(value) } }
    var all: [Double] { lock.withLock { values } }
}

/// Reports about floods in 40 countries; each new report restates its country's figure, which
/// moves now and then (an alert); a fifth are exact copies of an earlier report, a fifth lightly
/// edited ones.
struct Newsroom {
    var random = SystemRandomNumberGenerator()
    let countries = ["Kenya", "Peru", "Nepal", "Chile", "Ghana", "Haiti", "Laos", "Mali", "Niger", "Oman", "Chad", "Cuba", "Fiji", "Iran",
                     "Iraq", "Togo", "Yemen", "Benin", "Bolivia", "Brazil", "Burundi", "Cambodia", "Colombia", "Ecuador", "Egypt",
                     "Ethiopia", "Guatemala", "Honduras", "India", "Indonesia", "Jamaica", "Jordan", "Lebanon", "Liberia", "Malawi",
                     "Mexico", "Morocco", "Mozambique", "Nigeria", "Pakistan"]
    lazy var figures = countries.map { _ in 1_000 * Int.random(in: 2...9) }
    var written: [String] = []
    let words = ["rescue", "crews", "worked", "through", "the", "night", "along", "river", "banks", "while", "residents",
                 "waited", "on", "rooftops", "for", "boats", "and", "helicopters", "as", "roads", "stayed", "closed", "after",
                 "heavy", "rain", "officials", "said", "shelters", "schools", "hospitals", "power", "water", "supplies"]

    mutating func next(_ index: Int) -> String {
        let kind = Int.random(in: 0..<10, using: &random)
        if kind < 2, let earlier = written.randomElement(using: &random) { return earlier }
        if kind < 4, let earlier = written.randomElement(using: &random) { return earlier + "\n\nThis story was updated at \(index)." }
        let story = Int.random(in: 0..<figures.count, using: &random)
        if Int.random(in: 0..<8, using: &random) == 0 { figures[story] += 500 * Int.random(in: -2...3, using: &random) }
        let body = (0..<300).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
        let text = """
            Flood report \(index) from \(countries[story])

            About \(figures[story]) people were evacuated in \(countries[story]) after the floods, the regional government said on day \(index / 1000).

            \(body.prefix(1).uppercased() + body.dropFirst()).
            """
        if written.count < 2_000 { written.append(text) } else { written[index % 2_000] = text }
        return text
    }
}

func residentMemory(_ pid: Int32) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
}

func waiting(in drop: String) -> Int {
    ((try? FileManager.default.contentsOfDirectory(atPath: drop)) ?? []).filter { $0.hasSuffix(".txt") }.count
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

