import DatabaseLocation
import Settings
import Testing

/// `[storage] url`: which PostgreSQL database, read as libpq reads a URL, and what is wrong with one that is not.
@Suite struct StorageURLTests {
    func location(_ url: String) throws -> PostgresLocation? {
        try TallyConfiguration.parse("[storage]\nurl = \"\(url)\"\n").postgres
    }

    func problem(_ toml: String) -> String? { configurationError(toml, file: "configuration") }

    @Test func withoutAURLTheStateIsInSQLite() throws {
        #expect(try TallyConfiguration.parse("").postgres == nil)
        #expect(try location("") == nil)
    }

    @Test func aURLOverTCPGivesUserPasswordHostPortAndDatabase() throws {
        let parsed = try #require(try location("postgresql://tally:s%40cret@db.example.org:6432/tally_prod?sslmode=verify-full"))
        #expect(parsed == PostgresLocation(endpoint: .host("db.example.org"), port: 6432, user: "tally", password: "s@cret", database: "tally_prod",
                                           tls: .verifyFull))
        // The password stays out of what is shown.
        #expect(parsed.description == "postgresql://tally@db.example.org:6432/tally_prod?sslmode=verify-full")
        let defaults = try #require(try location("postgres://reader@10.0.0.5/tally"))
        #expect(defaults.port == 5432 && defaults.tls == .prefer && defaults.password == nil)
        #expect(try location("postgresql://tally@[::1]:5433/tally")?.endpoint == .host("::1"))
        #expect(try location("postgresql://tally@[::1]:5433/tally")?.port == 5433)
    }

    @Test func aSocketIsNamedByItsFolder() throws {
        let socket = try #require(try location("postgres:///tally?host=/run/postgresql"))
        #expect(socket == PostgresLocation(endpoint: .socket(folder: "/run/postgresql"), database: "tally"))
        #expect(socket.tls == .disable && socket.user == nil)
        #expect(socket.description == "postgresql:///tally?host=/run/postgresql")
        #expect(try location("postgresql://tally@%2Fvar%2Frun%2Fpostgresql/tally")?.endpoint == .socket(folder: "/var/run/postgresql"))
        #expect(try location("postgresql:///tally")?.endpoint == .socket(folder: PostgresLocation.defaultSocketFolder))
        let parameters = try #require(try location("postgresql:///?host=/tmp/pg&port=5433&user=tally&dbname=tally_test&password=x"))
        #expect(parameters == PostgresLocation(endpoint: .socket(folder: "/tmp/pg"), port: 5433, user: "tally", password: "x", database: "tally_test"))
        #expect(parameters.description == "postgresql://tally@/tally_test?host=/tmp/pg&port=5433")
    }

    @Test func whatIsWrongWithAURLIsSaid() {
        let cases = [
            ("mysql://tally@db/tally", "must start with postgresql:// or postgres://"),
            ("postgresql:/tally", "two slashes"),
            ("postgresql://tally@db:99999/tally", "the port \"99999\" is not a number from 1 to 65535"),
            ("postgresql://tally@db:x/tally", "the port \"x\""),
            ("postgresql://tally@db/tally?sslmode=allow", "sslmode=allow is not supported (supported: disable, prefer, require, verify-full)"),
            ("postgresql://tally@db/tally?connect_timeout=3", "unknown parameter connect_timeout"),
            ("postgresql://tally@db/tally%zz", "not followed by two hexadecimal digits"),
            ("postgresql://a,b/tally", "several hosts"),
            ("postgresql://tally@[::1/tally", "closing"),
            ("postgres:///tally?host=/run/postgresql&sslmode=require", "a socket does not use TLS"),
        ]
        for (url, expected) in cases {
            let message = problem("[storage]\nurl = \"\(url)\"\n")
            #expect(message?.contains("storage.url") == true, "\(url)")
            #expect(message?.contains(expected) == true, "\(url): \(message ?? "accepted")")
        }
    }

    @Test func aURLExcludesTheSQLiteSettings() {
        #expect(problem("[storage]\nurl = \"postgres:///tally\"\ndatabase = \"/var/lib/tally/tally.sqlite\"\n")?.contains("keep one") == true)
        #expect(problem("[storage]\nurl = \"postgres:///tally\"\nmax_database_bytes = 2_000_000_000\n")?.contains("caps a SQLite file only") == true)
    }

    /// With PostgreSQL there is no database file the daemon could take from the drop folder.
    @Test func theDefaultDatabasePathIsNotCheckedAgainstTheDropFolderWithAURL() {
        let elsewhere = "[drop]\nfolder = \"./var\"\n[alerts]\nlog = \"./log/alerts.jsonl\"\n"
        #expect(problem(elsewhere)?.contains("[storage] database = \"./var/tally.sqlite\" lies directly in the drop folder") == true)
        #expect(problem(elsewhere + "[storage]\nurl = \"postgres:///tally\"\n") == nil)
    }
}
