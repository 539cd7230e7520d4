import CoreMetrics

/// `tally_notifications_total{notifier, outcome}`: sent, failed (an attempt to be retried) and
/// given_up, each by notifier.
struct DeliveryMetrics {
    let factory: any MetricsFactory
    private var counters: [String: Counter] = [:]

    init(factory: any MetricsFactory) {
        self.factory = factory
    }

    mutating func count(notifier: String, outcome: String) {
        let key = notifier + "\u{0}" + outcome
        let counter = counters[key] ?? Counter(label: "tally_notifications_total", dimensions: [("notifier", notifier), ("outcome", outcome)], factory: factory)
        counters[key] = counter
        counter.increment()
    }
}
