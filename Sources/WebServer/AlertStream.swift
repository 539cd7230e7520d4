import HTTPTypes
import OrderedJSON
import Store
import WebPages

/// `/api/alerts/stream`: the alerts after the one the client last saw, then each new one as
/// it is committed, as server-sent events. The stream sleeps until `alertsCommitted` rings
/// (or the server stops), so a new alert goes out as soon as it is committed, and an idle
/// stream costs no reads.
enum AlertStream {
    /// What a reconnecting EventSource sends: the id of the last event it got.
    static let lastEventID = HTTPField.Name("Last-Event-ID")!
    /// Alerts read and sent at a time.
    static let batch = 100

    /// After the later of `?after=` and `Last-Event-ID` (a page that reconnects keeps its first
    /// URL), so a client that comes back gets only what it has not seen.
    static func start(after: String?, lastEventID: String?) -> Int64 {
        max(0, after.flatMap { Int64($0) } ?? 0, lastEventID.flatMap { Int64($0) } ?? 0)
    }

    static func run(after start: Int64, alertsCommitted: Broadcast, stopping: Broadcast, fallback: Duration,
                    read: @Sendable (Int64) async throws -> [StoredAlert], write: (String) async throws -> Void) async throws {
        var after = start
        try await write(": tally alerts\n\n")
        while stopping.rings == 0, !Task.isCancelled {
            // Counted before the read: a commit after it rings past this count.
            let seen = alertsCommitted.rings
            let alerts = try await read(after)
            for stored in alerts {
                try await write(event(stored))
                after = stored.id
            }
            guard alerts.count < batch else { continue }
            // The fallback is a safety net for a signal that never comes, not the way alerts arrive.
            let rang = await Broadcast.any(of: [(alertsCommitted, seen), (stopping, 0)], within: fallback)
            // A comment on a quiet stream: a client that went away fails the write and ends the
            // stream, and a proxy sees a live connection.
            if !rang { try await write(":\n\n") }
        }
    }

    /// One alert as an event named `alert`, its id the alert's (what a reconnecting client
    /// sends back), its data the alert log's line.
    static func event(_ stored: StoredAlert) -> String {
        "id: \(stored.id)\nevent: alert\ndata: \(APIBodies.alerts([stored]).arrayFirst)\n\n"
    }
}

extension JSONValue {
    fileprivate var arrayFirst: String {
        if case .array(let values) = self, let first = values.first { return first.serialized }
        return serialized
    }
}
