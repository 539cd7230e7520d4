import Configuration
import Foundation
import Testing

@Suite struct ShippedConfigurationTests {
    /// The commented configuration in Deploy/ must parse and state exactly the defaults.
    @Test func deployConfigurationIsTheDefaults() throws {
        let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = repository.appendingPathComponent("Deploy/tally.toml").path
        #expect(try TallyConfiguration.load(path: path) == TallyConfiguration())
    }
}
