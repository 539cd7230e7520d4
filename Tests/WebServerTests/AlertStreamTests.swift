import AlertLog
import Foundation
import OrderedJSON
import TestSupport
import Testing
@testable import WebServer

/// `/api/alerts/stream` wakes on commits, not on a timer: every server here looks on its own only
/// once an hour, so an alert that arrives in a test arrived through the signal.
@Suite(.serialized) struct AlertStreamTests {
    @Test func anAlertAnotherProcessWritesReachesAnOpenStreamThroughTheAlertLogWatch() throws {
        let served = try ServedStore()
        let writer = try SeedWriter(folder: served.folder)
        let alertsCommitted = served.alertsCommitted
        // As `tally serve` does: the daemon is another process, its alert log the signal.
        let watch = try AlertLogWatch(path: served.folder + "/alerts.jsonl") { alertsCommitted.ring() }
        watch.start()
        defer { watch.stop() }
        let client = try EventStreamClient(port: UInt16(served.port), path: "/api/alerts/stream")
        #expect(client.response.statusLine == "HTTP/1.1 200 OK")
        #expect(client.response.headers["content-type"] == "text/event-stream")

        let first = try writer.ingest(4)
        try #require(!first.isEmpty, "the first seeds raise alerts")
        for id in first { #expect(client.next(within: 10)?.id == String(id)) }
        let later = try writer.ingest(1)
        try #require(!later.isEmpty)
        for id in later {
            let event = try #require(client.next(within: 10))
            #expect(event.id == String(id))
            #expect(event.name == "alert")
            #expect(try JSONValue.parse(event.data)["id"]?.integerValue == id, "the data is the alert's line")
        }
    }

    /// A stop that waited for the streams would never return: the time limit fails it.
    @Test(.timeLimit(.minutes(1))) func stoppingTheServerEndsOpenStreams() async throws {
        let served = try ServedStore()
        let clients = try (0..<2).map { _ in try EventStreamClient(port: UInt16(served.port), path: "/api/alerts/stream") }
        for client in clients { #expect(client.response.statusLine == "HTTP/1.1 200 OK") }
        let server = served.server
        try await offThePool { server.stop() }
        for client in clients { #expect(client.ends(within: 10)) }
    }

    @Test func aClientThatComesBackGetsOnlyTheAlertsItHasNotSeen() throws {
        let served = try ServedStore()
        let ids = try SeedWriter(folder: served.folder).ingest(5)
        try #require(ids.count >= 3)
        let seen = ids[1]
        // An EventSource that reconnects sends Last-Event-ID and keeps its first URL (alerts.js
        // opens `?after=` the newest alert on its page).
        let reconnections: [(path: String, headers: [String: String])] = [
            ("/api/alerts/stream", ["Last-Event-ID": "\(seen)"]),
            ("/api/alerts/stream?after=\(seen)", [:]),
            ("/api/alerts/stream?after=\(ids[0])", ["Last-Event-ID": "\(seen)"]),
        ]
        for (path, headers) in reconnections {
            let client = try EventStreamClient(port: UInt16(served.port), path: path, headers: headers)
            for id in ids where id > seen { #expect(client.next(within: 10)?.id == String(id), "\(path) \(headers)") }
        }
    }

    @Test func theStartIsTheLaterOfAfterAndLastEventID() {
        #expect(AlertStream.start(after: nil, lastEventID: nil) == 0)
        #expect(AlertStream.start(after: "7", lastEventID: nil) == 7)
        #expect(AlertStream.start(after: "7", lastEventID: "9") == 9)
        #expect(AlertStream.start(after: "12", lastEventID: "9") == 12)
        #expect(AlertStream.start(after: "x", lastEventID: "-3") == 0)
    }
}
