import Settings
import Testing

@Suite struct MetricsSettingsTests {
    @Test func bothExportersAreOffByDefault() throws {
        let metrics = try TallyConfiguration.parse("").metrics
        #expect(metrics.file == nil)
        #expect(metrics.listen == nil)
        #expect(metrics.interval == 15)
        #expect(try TallyConfiguration.parse("[metrics]\nfile = \"\"\nlisten = \"\"\n").metrics == metrics)
    }

    @Test func readsEveryMetricsSetting() throws {
        let metrics = try TallyConfiguration.parse("""
            [metrics]
            file = "/var/lib/node_exporter/textfile/tally.prom"
            interval = "1m"
            listen = "127.0.0.1:9464"
            """).metrics
        #expect(metrics == MetricsSettings(file: "/var/lib/node_exporter/textfile/tally.prom", interval: 60,
                                           listen: ListenAddress(host: "127.0.0.1", port: 9464, family: .ipv4)))
    }

    @Test(arguments: [
        ("127.0.0.1:9464", ListenAddress(host: "127.0.0.1", port: 9464, family: .ipv4)),
        ("localhost:9100", ListenAddress(host: "127.0.0.1", port: 9100, family: .ipv4)),
        ("[::1]:9464", ListenAddress(host: "::1", port: 9464, family: .ipv6)),
        ("0.0.0.0:80", ListenAddress(host: "0.0.0.0", port: 80, family: .ipv4)),
        ("[::]:65535", ListenAddress(host: "::", port: 65535, family: .ipv6)),
    ])
    func aListenAddressIsANumericHostAndAPort(text: String, address: ListenAddress) throws {
        #expect(try ListenAddress.parse(text) == address)
    }

    @Test func aListenAddressPrintsAsItIsWritten() {
        #expect(ListenAddress(host: "::1", port: 9464, family: .ipv6).description == "[::1]:9464")
        #expect(ListenAddress(host: "127.0.0.1", port: 9464, family: .ipv4).description == "127.0.0.1:9464")
    }

    @Test(arguments: [
        ("9464", "is not an address"),
        (":9464", "the host must be a numeric address"),
        ("example.org:9464", "the host must be a numeric address"),
        ("::1:9464", "is not an address"),
        ("[::1]9464", "is not an address"),
        ("[127.0.0.1]:9464", "the host must be a numeric address"),
        ("127.0.0.1:0", "the port must be a number from 1 to 65535"),
        ("127.0.0.1:70000", "the port must be a number from 1 to 65535"),
        ("127.0.0.1:http", "the port must be a number from 1 to 65535"),
    ])
    func aBadListenAddressIsAnErrorNamingTheKey(text: String, reason: String) {
        let error = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[metrics]\nlisten = \"\(text)\"\n", file: "t.toml") }
        #expect(error?.description.hasPrefix("t.toml: metrics.listen \"\(text)\"") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
    }

    @Test func aFileTheTextfileCollectorWouldNotReadIsAnError() {
        let error = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[metrics]\nfile = \"/tmp/tally.txt\"\n", file: "t.toml") }
        #expect(error?.description == "t.toml: metrics.file must end in .prom: node_exporter's textfile collector reads only *.prom files")
    }

    @Test func theIntervalIsADurationOfAtLeastASecond() {
        let short = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[metrics]\ninterval = \"500ms\"\n", file: "t.toml") }
        #expect(short?.description == "t.toml: metrics.interval must be at least 1.0 seconds")
        let unknown = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse("[metrics]\nport = 9464\n", file: "t.toml") }
        #expect(unknown?.description == "t.toml: unknown setting metrics.port (known: file, interval, listen)")
    }
}
