import PostgresNIO
public import Store

extension PostgresStore {
    /// How many daemons run on the database now, whatever their node names: the sessions that
    /// hold a node's daemon lock (`holdDaemonLock`, this store's own included). For a process that
    /// must not run beside any daemon (`tally migrate`), which the lock of one name cannot tell.
    public func daemonsRunning() throws(StoreError) -> Int {
        do {
            return try pool.withConnection { connection in
                // A lock on two 32-bit keys shows the first as classid, the second as objid, and objsubid 2.
                Int(try session(connection).value("""
                    SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2
                      AND classid = \(Int64(AdvisoryLock.nodeClass))::oid
                      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                    """, as: Int64.self) ?? 0)
            }
        } catch {
            throw PostgresFailure.storeError(error, doing: "cannot tell whether a daemon runs on \(location)")
        }
    }

    /// Whether a `tally migrate` into this database began and has not finished: its progress
    /// table (`state_migration`, made by the migration, not by the schema) shows no verification
    /// done. A daemon on half a state would number its rows among those still to come.
    public func migrationUnfinished() throws(StoreError) -> Bool {
        do {
            return try pool.withConnection { connection in
                let session = session(connection)
                // Two queries: a table that does not exist cannot even be named in the second.
                guard try session.value("SELECT to_regclass('state_migration') IS NOT NULL", as: Bool.self) == true else { return false }
                return try session.value("SELECT NOT EXISTS (SELECT 1 FROM state_migration WHERE step = 'verification' AND done)", as: Bool.self) ?? false
            }
        } catch {
            throw PostgresFailure.storeError(error, doing: "cannot tell whether a migration into \(location) is finished")
        }
    }
}
