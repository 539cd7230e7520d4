public import DatabaseLocation
import Foundation
import PostgresStore
import Store

/// `tally migrate`: copies a SQLite state into a PostgreSQL database, resumably.
///
/// The source is read read-only, in one snapshot, under the daemon's own `flock` (a running
/// daemon is refused; none can start during the copy). The target is opened through
/// `PostgresStore`, so its schema is Tally's own, brought up to date by its migrations, and held
/// by the daemon lock (no daemon runs on it meanwhile). Then each table of `MigrationPlan`, in
/// batches (`TableCopy`) that each commit with the progress record (`ProgressRecord`); then the
/// identity sequences and the row counts. A run killed or failing anywhere is continued by the
/// next with the same source; a finished one is reported and left alone.
public struct StateMigrator {
    /// Rows a batch (one transaction) copies.
    public var batchSize = 2_000
    /// Test hook: called in each batch's transaction just before its commit; throwing there
    /// rolls the batch back and stops the run, as a process killed there would.
    public var checkpoint: ((MigrationCheckpoint) throws -> Void)?
    /// The node that takes over the alerts the SQLite daemon left unlogged or unsent (`AlertHandover`).
    public var node: String?
    /// Called once a table is copied (for progress lines).
    public var onTableCopied: ((MigrationSummary.Table) -> Void)?

    public init(batchSize: Int = 2_000, node: String? = nil) {
        self.batchSize = max(1, batchSize)
        self.node = node
    }

    public func migrate(from sourcePath: String, to location: PostgresLocation) throws(MigrationError) -> MigrationSummary {
        let started = ContinuousClock.now
        let lock = try SourceLock(databasePath: sourcePath)
        defer { lock.release() }
        let source = try SQLiteSource(path: sourcePath)
        defer { source.close() }
        guard let file = SourceFile(path: sourcePath) else { throw .refused("cannot inspect \(sourcePath)") }

        let store: PostgresStore
        do {
            store = try PostgresStore(location: location, maximumConnections: 1)
        } catch {
            throw .refused("cannot open the target: \(error.description)")
        }
        defer { try? store.close() }
        // Daemons of every node name: the lock taken below keeps out only a daemon without one.
        let running: Int
        do {
            running = try store.daemonsRunning()
        } catch {
            throw .refused(error.description)
        }
        guard running == 0 else {
            throw .refused("the database \(location) is in use: \(running == 1 ? "a tally daemon, or another tally migrate, holds" : "\(running) tally daemons hold") "
                           + "a daemon lock on it. Stop \(running == 1 ? "it" : "every node") first, then migrate")
        }
        let daemonLock: PostgresDaemonLock
        do {
            daemonLock = try store.holdDaemonLock()
        } catch where error.kind == .permanent {
            throw .refused("the database \(location) is in use: a tally daemon, or another tally migrate, holds a daemon lock on it. "
                           + "Stop it first, then migrate")
        } catch {
            throw .refused(error.description)
        }
        defer { daemonLock.release() }
        let target = try PostgresTarget(location: location)
        defer { target.close() }

        do {
            return try source.read { snapshot in
                try copy(snapshot, file: file, into: target, started: started)
            }
        } catch let error as MigrationError {
            throw error
        } catch {
            throw .failed(PostgresStore.describe(error, doing: "the migration stopped"))
        }
    }

    private func copy(_ snapshot: SourceSnapshot, file: SourceFile, into target: PostgresTarget, started: ContinuousClock.Instant) throws -> MigrationSummary {
        let plans = try MigrationPlan.tablePlans(sourceTables: try snapshot.tables(), sourceColumns: snapshot.columns(of:),
                                                 targetColumns: target.columns(of:), path: snapshot.path)
        let progress = ProgressTable(target: target)
        try progress.create()
        let keyed = plans.filter { !$0.isCopiedWhole }.map(\.table)
        let start = try MigrationStart.decide(record: try progress.load(), sourcePath: snapshot.path, source: file, target: "\(target.location)") {
            try keyed.map { (table: $0, rows: try target.count($0)) }
        }
        var summary = MigrationSummary(sourcePath: snapshot.path, target: "\(target.location)", tables: [], seconds: 0, resumed: start == .resume,
                                       alreadyFinishedAt: nil, sourceChangedSince: false,
                                       notCopied: plans.flatMap { plan in plan.notCopied.map { "\(plan.table).\($0)" } })
        switch start {
        case .refuse(let error):
            throw error
        case .alreadyFinished(let date, let changed):
            summary.alreadyFinishedAt = date
            summary.sourceChangedSince = changed
            return summary
        case .begin, .resume:
            break
        }
        // A step per table and the verification; a resume adds those a newer plan has.
        try target.transaction {
            try progress.addSteps(plans.map(\.table) + [ProgressRecord.verification], sourcePath: snapshot.path, source: file)
        }
        let record = try progress.load()
        var batches = 0
        for plan in plans {
            let step = record?.steps[plan.table] ?? ProgressRecord.Step(lastKey: nil, rowsCopied: 0, done: false)
            var copiedNow = 0
            if !step.done {
                copiedNow = try TableCopy(plan: plan, source: snapshot, target: target, progress: progress, batchSize: batchSize,
                                          checkpoint: checkpoint).run(from: step, batches: &batches)
            }
            let table = MigrationSummary.Table(name: plan.table, rows: try target.count(plan.table), copiedNow: copiedNow)
            summary.tables.append(table)
            onTableCopied?(table)
        }

        try IdentitySequences.reset(plans, on: target)
        let counts = try plans.map { Verification.TableCount(table: $0.table, source: try snapshot.count($0.table), target: try target.count($0.table)) }
        if let failure = Verification.failure(Verification.mismatches(counts), target: "\(target.location)") { throw failure }
        summary.handover = try target.transaction {
            try progress.advance(ProgressRecord.verification, to: nil, adding: 0, done: true)
            return try AlertHandover.handOver(to: node, on: target)
        }
        summary.seconds = (ContinuousClock.now - started) / .seconds(1)
        return summary
    }
}
