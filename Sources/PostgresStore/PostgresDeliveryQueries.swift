import Foundation
import PostgresNIO
import Store

extension PostgresReading {
    func dueDeliveries(at date: Date, excluding ids: Set<Int64>, limit: Int) throws -> [PendingDelivery] {
        try session.rows("""
            SELECT delivery.id AS delivery_id, delivery.notifier, delivery.attempts, delivery.created_at, delivery.next_attempt, alert.*
            FROM delivery JOIN alert ON alert.id = delivery.alert_id
            WHERE delivery.state = 'pending' AND delivery.next_attempt <= \(date.timeIntervalSince1970) AND delivery.id <> ALL(\(Array(ids)))
              AND alert.node IS NOT DISTINCT FROM \(node)
            ORDER BY delivery.next_attempt, delivery.id LIMIT \(limit)
            """).map(PendingDelivery.init(row:))
    }

    func nextDeliveryDue(excluding ids: Set<Int64>) throws -> Date? {
        try session.value("""
            SELECT min(next_attempt) FROM delivery JOIN alert ON alert.id = delivery.alert_id
            WHERE delivery.state = 'pending' AND delivery.id <> ALL(\(Array(ids))) AND alert.node IS NOT DISTINCT FROM \(node)
            """, as: Double.self)
            .map(Date.init(timeIntervalSince1970:))
    }

    func deliverySummaries() throws -> [DeliverySummary] {
        try DeliverySummary.summaries(counts: try session.rows("SELECT notifier, state, COUNT(*) AS n FROM delivery GROUP BY notifier, state"),
                                      states: try session.rows("SELECT notifier, last_success, last_error, last_error_at FROM notifier_state"))
    }
}

extension PostgresTransaction {
    func insertDeliveries(_ routes: [(alertID: Int64, notifiers: [String])], at date: Date) throws {
        let rows = routes.flatMap { route in
            route.notifiers.map { notifier -> MultiRowInsert.Row in
                [route.alertID, notifier, "pending", 0, date.timeIntervalSince1970, date.timeIntervalSince1970]
            }
        }
        for batch in MultiRowInsert.batches(of: rows) {
            try session.execute(MultiRowInsert.query("INSERT INTO delivery (alert_id, notifier, state, attempts, created_at, next_attempt)", rows: batch,
                                                     then: "ON CONFLICT DO NOTHING"))
        }
    }

    func recordDelivery(id: Int64, notifier: String, _ update: DeliveryUpdate) throws {
        switch update {
        case .sent(let date):
            try session.execute("""
                UPDATE delivery SET state = 'sent', attempts = attempts + 1, last_attempt = \(date.timeIntervalSince1970), last_error = NULL
                WHERE id = \(id)
                """)
            try session.execute("""
                INSERT INTO notifier_state (notifier, last_success) VALUES (\(notifier), \(date.timeIntervalSince1970))
                ON CONFLICT (notifier) DO UPDATE SET last_success = excluded.last_success
                """)
        case .retry(let next, let attempted, let error):
            try session.execute("""
                UPDATE delivery SET attempts = attempts + 1, next_attempt = \(next.timeIntervalSince1970),
                                    last_attempt = \(attempted.timeIntervalSince1970), last_error = \(error)
                WHERE id = \(id)
                """)
            try noteError(notifier: notifier, error, at: attempted)
        case .gaveUp(let date, let error):
            try session.execute("""
                UPDATE delivery SET state = 'given_up', attempts = attempts + 1, last_attempt = \(date.timeIntervalSince1970), last_error = \(error)
                WHERE id = \(id)
                """)
            try noteError(notifier: notifier, error, at: date)
        }
    }

    private func noteError(notifier: String, _ error: String, at date: Date) throws {
        try session.execute("""
            INSERT INTO notifier_state (notifier, last_error, last_error_at) VALUES (\(notifier), \(error), \(date.timeIntervalSince1970))
            ON CONFLICT (notifier) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at
            """)
    }
}
