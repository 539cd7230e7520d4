extension Daemon {
    /// The service's STATUS= line, what `systemctl status tally` shows under "Status:".
    public var statusText: String { Self.statusText(counters, pending: pendingDocuments) }

    public static func statusText(_ counters: Counters, pending: Int) -> String {
        "ingested \(counters.ingested), duplicates \(counters.duplicates), already seen \(counters.alreadySeen), "
            + "rejected \(counters.rejected), alerts \(counters.alerts), feed documents \(counters.feedDocuments), pending \(pending)"
            // Rare, and a sign of a bug worth a look: named only once it happened.
            + (counters.setAside > 0 ? ", set aside \(counters.setAside)" : "")
    }
}
