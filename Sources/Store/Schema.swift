import GRDB

/// The database layout, as migrations: a database written by an older Tally is brought up to
/// date on open, never rebuilt.
///
/// A feed entry is recorded when first seen, with what is needed to ingest it (`pending_json`),
/// in the same transaction as the feed's new validators; it is cleared in the transaction that
/// records its document. So a crash between the two leaves the entry pending, not lost: the next
/// conditional GET may well answer 304.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, articles, claims, positions, alerts") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    content_hash TEXT NOT NULL UNIQUE,
                    file_name TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    received_at DOUBLE NOT NULL,
                    outcome TEXT NOT NULL CHECK (outcome IN ('ingested', 'rejected')),
                    reason TEXT,
                    format TEXT,
                    encoding TEXT
                );
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL UNIQUE REFERENCES document(id),
                    title TEXT,
                    body TEXT NOT NULL,
                    source TEXT,
                    url TEXT,
                    published DOUBLE,
                    author TEXT,
                    language TEXT,
                    duplicate_of INTEGER REFERENCES article(id),
                    similarity DOUBLE
                );
                CREATE INDEX article_duplicate_of ON article(duplicate_of) WHERE duplicate_of IS NOT NULL;
                CREATE TABLE fingerprint (
                    article_id INTEGER PRIMARY KEY REFERENCES article(id),
                    bytes BLOB NOT NULL
                );
                CREATE TABLE claim (
                    id INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL REFERENCES article(id),
                    ordinal INTEGER NOT NULL,
                    key TEXT NOT NULL,
                    low DOUBLE NOT NULL,
                    high DOUBLE NOT NULL,
                    claimant TEXT,
                    repeated INTEGER NOT NULL DEFAULT 0,
                    claim_json TEXT NOT NULL,
                    UNIQUE (article_id, ordinal)
                );
                CREATE INDEX claim_by_key ON claim(key, id);
                CREATE TABLE position (
                    key TEXT NOT NULL,
                    slot INTEGER NOT NULL,
                    claimant TEXT,
                    observation_json TEXT NOT NULL,
                    PRIMARY KEY (key, slot)
                ) WITHOUT ROWID;
                CREATE TABLE alert (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES document(id),
                    kind TEXT NOT NULL,
                    key TEXT NOT NULL,
                    raised_at DOUBLE NOT NULL,
                    alert_json TEXT NOT NULL,
                    logged INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX alert_unlogged ON alert(id) WHERE logged = 0;
                CREATE INDEX alert_by_key ON alert(key, id);
                """)
        }
        migrator.registerMigration("v2: feeds and their entries") { db in
            try db.execute(sql: """
                CREATE TABLE feed (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    name TEXT,
                    tags TEXT NOT NULL DEFAULT '[]',
                    interval_seconds DOUBLE,
                    origin TEXT NOT NULL CHECK (origin IN ('config', 'added', 'opml')),
                    subscribed INTEGER NOT NULL DEFAULT 1,
                    etag TEXT,
                    last_modified TEXT,
                    next_due DOUBLE NOT NULL,
                    error_streak INTEGER NOT NULL DEFAULT 0,
                    last_attempt DOUBLE,
                    last_success DOUBLE,
                    last_status INTEGER,
                    last_error TEXT,
                    title TEXT,
                    site_url TEXT,
                    created_at DOUBLE NOT NULL
                );
                CREATE TABLE feed_entry (
                    feed_id INTEGER NOT NULL REFERENCES feed(id),
                    entry_key TEXT NOT NULL,
                    sequence INTEGER NOT NULL,
                    seen_at DOUBLE NOT NULL,
                    pending_json TEXT,
                    document_id INTEGER REFERENCES document(id),
                    PRIMARY KEY (feed_id, entry_key)
                ) WITHOUT ROWID;
                CREATE INDEX feed_entry_pending ON feed_entry(sequence) WHERE pending_json IS NOT NULL;
                -- The next sequence number is MAX(sequence): without this, a scan of every entry ever seen.
                CREATE INDEX feed_entry_sequence ON feed_entry(sequence);
                """)
        }
        migrator.registerMigration("v3: stories") { db in
            // A story's profile is JSON ([term, weight] pairs): read back whole to rebuild the story
            // index, never queried into. `touched` orders the stories for that rebuild.
            try db.execute(sql: """
                CREATE TABLE story (
                    id INTEGER PRIMARY KEY,
                    slug TEXT NOT NULL UNIQUE,
                    first_time DOUBLE NOT NULL,
                    last_time DOUBLE NOT NULL,
                    article_count INTEGER NOT NULL,
                    touched INTEGER NOT NULL UNIQUE,
                    profile_json TEXT NOT NULL
                );
                ALTER TABLE article ADD COLUMN story_id INTEGER REFERENCES story(id);
                CREATE INDEX article_story ON article(story_id) WHERE story_id IS NOT NULL;
                """)
        }
        migrator.registerMigration("v4: alert id floor") { db in
            // Ids an alert log already used that this database never knew (the operator started it
            // anew beside an existing log): new alerts are numbered after the highest, so that no
            // id repeats in the log.
            try db.execute(sql: "CREATE TABLE alert_id_floor (id INTEGER NOT NULL)")
        }
        migrator.registerMigration("v5: feed revisions and refresh requests") { db in
            // `revision` grows with every change a command makes to a subscription, so the daemon
            // reads only the feeds changed since its last look, not all of them every few seconds.
            // `refresh_requested`: `tally feeds refresh` asks the running daemon to fetch now.
            try db.execute(sql: """
                ALTER TABLE feed ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE feed ADD COLUMN refresh_requested INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX feed_revision ON feed(revision);
                """)
        }
        migrator.registerMigration("v6: feed entries set aside") { db in
            // An entry whose document kept failing for a reason of its own is no longer pending
            // (`pending_json` cleared, so it is neither fetched nor tried again) and keeps why.
            try db.execute(sql: """
                ALTER TABLE feed_entry ADD COLUMN failure TEXT;
                ALTER TABLE feed_entry ADD COLUMN failed_at DOUBLE;
                """)
        }
        migrator.registerMigration("v7: notifier deliveries") { db in
            // A delivery row per alert and notifier, committed with the alert and sent after the
            // commit: a crash before the send leaves it pending, so nothing is lost (it may be sent
            // twice, under the same idempotency key). `notifier_state` keeps each notifier's last
            // success and error for `tally notify status`.
            try db.execute(sql: """
                CREATE TABLE delivery (
                    id INTEGER PRIMARY KEY,
                    alert_id INTEGER NOT NULL REFERENCES alert(id),
                    notifier TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'given_up')),
                    attempts INTEGER NOT NULL DEFAULT 0,
                    created_at DOUBLE NOT NULL,
                    next_attempt DOUBLE NOT NULL,
                    last_attempt DOUBLE,
                    last_error TEXT,
                    UNIQUE (alert_id, notifier)
                );
                CREATE INDEX delivery_due ON delivery(next_attempt) WHERE state = 'pending';
                CREATE TABLE notifier_state (
                    notifier TEXT PRIMARY KEY,
                    last_success DOUBLE,
                    last_error TEXT,
                    last_error_at DOUBLE
                );
                """)
        }
        migrator.registerMigration("v8: figure summaries") { db in
            // One row per figure with what the list orders, filters, searches and counts by, kept
            // in step by the transactions that write claims and positions (FigureRecords.swift), so
            // a page of the list reads the rows it shows instead of every position and claim.
            // `last_seen` is distantPast for a figure with no position (only untracked claims).
            // The disputed index holds `disputed` too: SQLite reads a partial index alone only
            // when it covers every column the query names.
            try db.execute(sql: """
                CREATE TABLE figure (
                    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,
                    last_seen DOUBLE NOT NULL, mentions INTEGER NOT NULL DEFAULT 0, articles INTEGER NOT NULL DEFAULT 0,
                    disputed INTEGER NOT NULL DEFAULT 0, search_text TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX figure_recent ON figure(last_seen, key);
                CREATE INDEX figure_disputed ON figure(last_seen, key, disputed) WHERE disputed = 1;
                CREATE TABLE figure_sync (claim_id INTEGER NOT NULL);
                INSERT INTO figure_sync (claim_id) VALUES (0);
                """)
            try SQLiteTransaction.catchUpFigures(db)
        }
        return migrator
    }
}
