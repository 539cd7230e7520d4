import PostgresNIO

/// The alert work the SQLite daemon left unfinished: alerts not yet appended to its alert log,
/// deliveries to notifiers not yet sent. On PostgreSQL each daemon logs and sends only the
/// alerts of its own node (`alert.node`), so the copied alerts, which have none, would wait for a
/// daemon that never comes; these are handed to the node that takes over from the SQLite one.
/// The other copied alerts keep no node: they were logged and sent by the single SQLite daemon.
public struct AlertHandover: Sendable, Equatable {
    /// The node that logs and sends them; nil: left to none (only a process without a node name,
    /// as the `tally` commands, sees them).
    public var node: String?
    public var unloggedAlerts: Int
    public var pendingDeliveries: Int

    /// Hands them over, in the caller's transaction; done again it changes nothing more.
    static func handOver(to node: String?, on target: PostgresTarget) throws -> AlertHandover {
        if let node {
            try target.execute("""
                UPDATE alert SET node = \(node)
                WHERE node IS NULL AND (NOT logged OR id IN (SELECT alert_id FROM delivery WHERE state = 'pending'))
                """)
        }
        let unlogged = try target.value("SELECT count(*) FROM alert WHERE NOT logged", as: Int64.self) ?? 0
        let pending = try target.value("SELECT count(*) FROM delivery WHERE state = 'pending'", as: Int64.self) ?? 0
        return AlertHandover(node: node, unloggedAlerts: Int(unlogged), pendingDeliveries: Int(pending))
    }
}
