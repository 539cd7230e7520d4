import Foundation
import LoopbackHTTP

/// The feeds of FeedRoundBenchmark, served from a process of their own so that the benchmark's
/// peak memory is Tally's alone. Prints "port N", then takes commands on standard input:
/// "edition" publishes a new edition (answering "ok"); end of input stops it. With `--pages`,
/// items link to article pages it serves too (see `FeedSite`).
///
///     swift build -c release --product FeedSiteServer
let site = FeedSite(servesPages: CommandLine.arguments.contains("--pages"))
let server = try LoopbackServer(recordsRequests: false) { site.answer($0) }
say("port \(server.port) changing-every \(site.changingEvery)")
while let line = readLine() {
    if line == "edition" {
        site.publishNewEdition()
        say("ok")
    }
}
server.stop()

/// One line, written at once: the benchmark waits for it.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
