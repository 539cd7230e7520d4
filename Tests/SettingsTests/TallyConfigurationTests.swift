import Alerts
import Settings
import Testing

@Suite struct TallyConfigurationTests {
    @Test func noFileMeansTheEmbeddedDefaults() throws {
        let configuration = try TallyConfiguration.load(path: nil)
        #expect(configuration.databasePath == "./var/tally.sqlite")
        #expect(configuration.dropFolder == "./var/drop")
        #expect(configuration.alertLogPath == "./var/alerts.jsonl")
        #expect(configuration.alertPolicy == AlertPolicy())
        #expect(try TallyConfiguration.parse("") == configuration)
    }

    @Test func readsEverySetting() throws {
        let configuration = try TallyConfiguration.parse("""
            [storage]
            database = "/var/lib/tally/tally.sqlite"
            max_database_bytes = 2_000_000_000
            [drop]
            folder = "/srv/drop"
            processed = "/srv/done"
            rejected = "/srv/bad"
            max_file_bytes = 1_000_000
            settle_seconds = 0.5
            [alerts]
            log = "/var/log/tally/alerts.jsonl"
            new_figures = true
            watchlist = ["troops", "casualties", "north-korea/*"]
            min_relative_change = 0.05
            [duplicates]
            recent_articles = 250_000
            [log]
            level = "debug"
            """)
        #expect(configuration.duplicateWindow == 250_000)
        #expect(configuration.databasePath == "/var/lib/tally/tally.sqlite")
        #expect(configuration.maximumDatabaseBytes == 2_000_000_000)
        #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[storage]\nmax_database_bytes = 1000\n") }
        #expect(configuration.dropFolder == "/srv/drop")
        #expect(configuration.processedFolder == "/srv/done")
        #expect(configuration.rejectedFolder == "/srv/bad")
        #expect(configuration.maximumFileBytes == 1_000_000)
        #expect(configuration.settleSeconds == 0.5)
        #expect(configuration.alertLogPath == "/var/log/tally/alerts.jsonl")
        #expect(configuration.alertPolicy == AlertPolicy(announceNewFigures: true, watchlist: ["troops", "casualties", "north-korea/*"], minimumRelativeChange: 0.05))
        #expect(configuration.logLevel == .debug)
    }

    @Test func anUnknownSettingIsNamedNotIgnored() {
        let error = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[drop]\nfoldr = \"x\"\n", file: "tally.toml") }
        #expect(error?.description == "tally.toml: unknown setting drop.foldr (known: folder, max_file_bytes, processed, rejected, settle_seconds)")
        let section = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[alert]\nlog = \"x\"\n") }
        #expect(section?.description.contains("unknown section [alert]") == true)
    }

    @Test func aWrongTypeSaysWhatIsExpected() {
        let error = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[drop]\nmax_file_bytes = \"big\"\n", file: "t.toml") }
        #expect(error?.description == "t.toml: drop.max_file_bytes must be an integer")
    }

    @Test func aSyntaxErrorGivesLineAndColumn() {
        let error = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[drop]\nfolder = \n", file: "t.toml") }
        #expect(error?.description.hasPrefix("t.toml: line 2, column") == true)
    }

    @Test func outOfRangeValuesAreRefused() {
        #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[alerts]\nmin_relative_change = -1\n") }
        #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[drop]\nmax_file_bytes = 0\n") }
        #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[log]\nlevel = \"loud\"\n") }
    }
}

@Suite struct FeedConfigurationTests {
    @Test func feedsAndTheirSettings() throws {
        let configuration = try TallyConfiguration.parse("""
            [feeds]
            interval = "30m"
            max_transfers_per_host = 1
            timeout = 20
            backoff_ceiling = "12h"
            fetch_articles = false

            [[feed]]
            url = "https://example.org/rss.xml"
            name = "Example"
            interval = "1h"
            tags = ["conflict", "korea"]

            [[feed]]
            url = "http://wire.example.com/atom"
            """)
        #expect(configuration.feedSettings.interval == 1800)
        #expect(configuration.feedSettings.maxTransfersPerHost == 1)
        #expect(configuration.feedSettings.timeout == 20)
        #expect(configuration.feedSettings.backoffCeiling == 43_200)
        #expect(configuration.feedSettings.fetchArticles == false)
        #expect(configuration.feeds == [
            FeedConfiguration(url: "https://example.org/rss.xml", name: "Example", interval: 3600, tags: ["conflict", "korea"]),
            FeedConfiguration(url: "http://wire.example.com/atom"),
        ])
    }

    @Test func feedMistakesAreNamed() {
        let scheme = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[[feed]]\nurl = \"ftp://x/y\"\n", file: "t.toml") }
        #expect(scheme?.description == "t.toml: feed[1].url must be an http:// or https:// address")
        let missing = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[[feed]]\nname = \"x\"\n", file: "t.toml") }
        #expect(missing?.description.contains("feed[1].url") == true)
        let typo = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[[feed]]\nurl = \"https://a/b\"\nintervall = 5\n", file: "t.toml") }
        #expect(typo?.description.contains("unknown setting feed[1].intervall") == true)
        let duration = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[feeds]\ninterval = \"soon\"\n", file: "t.toml") }
        #expect(duration?.description.contains("feeds.interval must be a duration") == true)
        #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[feeds]\ninterval = 1\n") }
    }
}
