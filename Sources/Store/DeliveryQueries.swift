import Foundation
import GRDB
import Model

extension SQLiteReading {
    func dueDeliveries(at date: Date, excluding ids: Set<Int64>, limit: Int) throws -> [PendingDelivery] {
        let excluded = ids.isEmpty ? "" : "AND delivery.id NOT IN (\(ids.map(String.init).joined(separator: ",")))"
        return try Row.fetchAll(db, sql: """
            SELECT delivery.id AS delivery_id, delivery.notifier, delivery.attempts, delivery.created_at, delivery.next_attempt, alert.*
            FROM delivery JOIN alert ON alert.id = delivery.alert_id
            WHERE delivery.state = 'pending' AND delivery.next_attempt <= ? \(excluded)
            ORDER BY delivery.next_attempt, delivery.id LIMIT ?
            """, arguments: [date.timeIntervalSince1970, limit]).map(PendingDelivery.init(row:))
    }

    func nextDeliveryDue(excluding ids: Set<Int64>) throws -> Date? {
        let excluded = ids.isEmpty ? "" : "AND id NOT IN (\(ids.map(String.init).joined(separator: ",")))"
        return try Double.fetchOne(db, sql: "SELECT min(next_attempt) FROM delivery WHERE state = 'pending' \(excluded)")
            .map(Date.init(timeIntervalSince1970:))
    }

    func deliverySummaries() throws -> [DeliverySummary] {
        try DeliverySummary.summaries(counts: try Row.fetchAll(db, sql: "SELECT notifier, state, COUNT(*) AS n FROM delivery GROUP BY notifier, state"),
                                      states: try Row.fetchAll(db, sql: "SELECT notifier, last_success, last_error, last_error_at FROM notifier_state"))
    }
}

extension SQLiteTransaction {
    func insertDeliveries(_ routes: [(alertID: Int64, notifiers: [String])], at date: Date) throws {
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO delivery (alert_id, notifier, state, attempts, created_at, next_attempt) VALUES (?, ?, 'pending', 0, ?, ?)
            """)
        for route in routes {
            for notifier in route.notifiers {
                try insert.execute(arguments: [route.alertID, notifier, date.timeIntervalSince1970, date.timeIntervalSince1970])
            }
        }
    }

    func recordDelivery(id: Int64, notifier: String, _ update: DeliveryUpdate) throws {
        switch update {
        case .sent(let date):
            try db.execute(sql: "UPDATE delivery SET state = 'sent', attempts = attempts + 1, last_attempt = ?, last_error = NULL WHERE id = ?",
                           arguments: [date.timeIntervalSince1970, id])
            try db.execute(sql: """
                INSERT INTO notifier_state (notifier, last_success) VALUES (?, ?)
                ON CONFLICT (notifier) DO UPDATE SET last_success = excluded.last_success
                """, arguments: [notifier, date.timeIntervalSince1970])
        case .retry(let next, let attempted, let error):
            try db.execute(sql: "UPDATE delivery SET attempts = attempts + 1, next_attempt = ?, last_attempt = ?, last_error = ? WHERE id = ?",
                           arguments: [next.timeIntervalSince1970, attempted.timeIntervalSince1970, error, id])
            try noteError(notifier: notifier, error, at: attempted)
        case .gaveUp(let date, let error):
            try db.execute(sql: "UPDATE delivery SET state = 'given_up', attempts = attempts + 1, last_attempt = ?, last_error = ? WHERE id = ?",
                           arguments: [date.timeIntervalSince1970, error, id])
            try noteError(notifier: notifier, error, at: date)
        }
    }

    private func noteError(notifier: String, _ error: String, at date: Date) throws {
        try db.execute(sql: """
            INSERT INTO notifier_state (notifier, last_error, last_error_at) VALUES (?, ?, ?)
            ON CONFLICT (notifier) DO UPDATE SET last_error = excluded.last_error, last_error_at = excluded.last_error_at
            """, arguments: [notifier, error, date.timeIntervalSince1970])
    }
}
