import Settings
import Testing

/// `[cluster]`: a node's name and lease, for daemons sharing one PostgreSQL database.
@Suite struct ClusterSettingsTests {
    let storage = "[storage]\nurl = \"postgres:///tally?host=/run/postgresql\"\n"

    func problem(_ toml: String) -> String? { configurationError(toml, file: "configuration") }

    @Test func aNodeIsNamedAndLeasesAsSet() throws {
        let cluster = try TallyConfiguration.parse(storage + "[cluster]\nnode = \"tally-2.eu\"\nlease = 30\n").cluster
        #expect(cluster.nodeName == "tally-2.eu")
        #expect(cluster.lease == 30)
    }

    @Test func withoutANameANodeGoesByTheHostsName() throws {
        let cluster = try TallyConfiguration.parse(storage).cluster
        #expect(cluster.node == nil)
        #expect(!cluster.nodeName.isEmpty)
        #expect(cluster.lease == 120)
    }

    @Test(arguments: ["", "two words", "node/1", String(repeating: "n", count: 65)])
    func aNameUnfitForLogsIsRefused(name: String) throws {
        let message = try #require(problem(storage + "[cluster]\nnode = \"\(name)\"\n"))
        #expect(message.contains("[cluster] node") || message.contains("cluster.node"), "\(message)")
    }

    @Test func aLeaseTooShortToRenewIsRefused() throws {
        let message = try #require(problem(storage + "[cluster]\nlease = 1\n"))
        #expect(message.contains("lease"))
    }

    @Test func aClusterOnSQLiteIsRefusedSayingWhatToSet() throws {
        let message = try #require(problem("[cluster]\nnode = \"a\"\n"))
        #expect(message.contains("set [storage] url"))
    }
}
