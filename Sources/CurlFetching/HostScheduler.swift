import FeedFetching
/// Decides which queued item runs next under a per-host limit: first in, first out within a
/// host, round robin across hosts, so one host with a thousand feeds does not hold up the others.
/// Every operation is O(1) amortised.
struct HostScheduler<Item> {
    let perHost: Int
    private var waiting: [String: HostLine<Item>] = [:]
    private var active: [String: Int] = [:]
    /// Hosts with waiting items and a free slot, each at most once.
    private var ready = FIFO<String>()
    private var isReady: Set<String> = []
    private(set) var waitingCount = 0

    init(perHost: Int) {
        self.perHost = max(1, perHost)
    }

    /// Queues an item; a `continuing` one (the next hop of a fetch under way) goes ahead of new ones.
    mutating func enqueue(_ item: Item, host: String, continuing: Bool = false) {
        if continuing {
            waiting[host, default: HostLine()].continuing.append(item)
        } else {
            waiting[host, default: HostLine()].fresh.append(item)
        }
        waitingCount += 1
        markReadyIfPossible(host)
    }

    /// The next item allowed to run, counted as active for its host until `finished(host:)`.
    mutating func next() -> (item: Item, host: String)? {
        while let host = ready.popFirst() {
            isReady.remove(host)
            guard active[host, default: 0] < perHost, let item = waiting[host]?.popFirst() else { continue }
            waitingCount -= 1
            active[host, default: 0] += 1
            if waiting[host]?.isEmpty == true { waiting[host] = nil }
            markReadyIfPossible(host)
            return (item, host)
        }
        return nil
    }

    /// Whether more items wait for `host`.
    func hasWaiting(host: String) -> Bool {
        waiting[host]?.isEmpty == false
    }

    mutating func finished(host: String) {
        let remaining = active[host, default: 0] - 1
        active[host] = remaining > 0 ? remaining : nil
        markReadyIfPossible(host)
    }

    /// Empties every host's queue (at shutdown), in no particular order.
    mutating func removeAllWaiting() -> [Item] {
        let items = waiting.values.flatMap { $0.continuing.remaining + $0.fresh.remaining }
        waiting = [:]
        ready = FIFO()
        isReady = []
        waitingCount = 0
        return items
    }

    private mutating func markReadyIfPossible(_ host: String) {
        guard !isReady.contains(host), active[host, default: 0] < perHost, waiting[host]?.isEmpty == false else { return }
        ready.append(host)
        isReady.insert(host)
    }
}

/// One host's waiting items: fetches already under way (a redirect's next hop) go before new ones.
private struct HostLine<Item> {
    var continuing = FIFO<Item>()
    var fresh = FIFO<Item>()

    var isEmpty: Bool { continuing.isEmpty && fresh.isEmpty }

    mutating func popFirst() -> Item? {
        continuing.popFirst() ?? fresh.popFirst()
    }
}
