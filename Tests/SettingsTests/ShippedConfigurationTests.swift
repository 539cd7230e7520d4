import Settings
import Foundation
import Testing

@Suite struct ShippedConfigurationTests {
    /// Deploy/tally.toml, installed as /etc/tally/tally.toml, must parse (unknown keys are
    /// errors), put every path where the systemd unit allows writes, and state the defaults for
    /// everything else.
    @Test func deployConfigurationIsTheDefaultsWithTheServicePaths() throws {
        let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = repository.appendingPathComponent("Deploy/tally.toml").path
        let shipped = try TallyConfiguration.parse(try String(contentsOfFile: path, encoding: .utf8), file: path)
        var expected = TallyConfiguration()
        expected.databasePath = "/var/lib/tally/tally.sqlite"
        expected.dropFolder = "/var/lib/tally/drop"
        expected.alertLogPath = "/var/log/tally/alerts.jsonl"
        #expect(shipped == expected)
    }

    /// `tally run` without --config (the README's first command) keeps its state under ./var.
    @Test func theBuiltInDefaultsStayRelative() throws {
        let defaults = try TallyConfiguration.load(path: nil)
        #expect(defaults.databasePath == "./var/tally.sqlite")
        #expect(defaults.dropFolder == "./var/drop")
        #expect(defaults.alertLogPath == "./var/alerts.jsonl")
    }
}
