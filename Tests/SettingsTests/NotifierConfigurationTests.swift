import Settings
import Model
import Notifiers
import Testing

@Suite struct NotifierConfigurationTests {
    @Test func readsEachKindWithItsFilterAndRetrySettings() throws {
        let configuration = try TallyConfiguration.parse("""
            [[notify]]
            name = "ops-hook"
            kind = "webhook"
            url = "https://hooks.example/tally"
            secret = "s3cret"
            watchlist = ["troops", "north-korea/*"]
            kinds = ["figure_changed", "figure_disputed"]
            min_relative_change = 0.1
            timeout = "5s"
            retry_initial = "2s"
            retry_max = "5m"
            give_up_after = "12h"

            [[notify]]
            name = "newsroom"
            kind = "slack"
            url = "https://hooks.slack.com/services/T/B/X"

            [[notify]]
            name = "phone"
            kind = "ntfy"
            url = "https://ntfy.sh/my-figures"
            priority = 4
            tags = ["chart_with_upwards_trend"]

            [[notify]]
            name = "script"
            kind = "exec"
            command = ["/usr/local/bin/page-editor", "--desk", "world"]
            """)
        #expect(configuration.notifiers.map(\.name) == ["ops-hook", "newsroom", "phone", "script"])
        let hook = configuration.notifiers[0]
        #expect(hook.target == .webhook(url: "https://hooks.example/tally", secret: "s3cret"))
        #expect(hook.filter == NotifierFilter(watchlist: ["troops", "north-korea/*"], kinds: [.figureChanged, .figureDisputed], minimumRelativeChange: 0.1))
        #expect(hook.retry == RetrySchedule(initialDelay: 2, maximumDelay: 300, giveUpAfter: 43_200))
        #expect(hook.timeout == 5)
        #expect(configuration.notifiers[1].target == .slack(url: "https://hooks.slack.com/services/T/B/X"))
        #expect(configuration.notifiers[2].target == .ntfy(url: "https://ntfy.sh/my-figures", priority: 4, tags: ["chart_with_upwards_trend"]))
        #expect(configuration.notifiers[3].target == .exec(command: ["/usr/local/bin/page-editor", "--desk", "world"]))
        #expect(configuration.notifiers[3].retry == RetrySchedule())
    }

    private func problem(_ table: String) -> String {
        do {
            _ = try TallyConfiguration.parse("[[notify]]\n" + table, file: "tally.toml")
            return "accepted"
        } catch {
            return error.description
        }
    }

    @Test func mistakesAreReportedWithTheTableAndWhatToDo() {
        #expect(problem("kind = \"webhook\"") == "tally.toml: notify[1].name is required: it names the notifier in `tally notify test NAME`, its status and its metrics")
        #expect(problem("name = \"a\"\nkind = \"email\"").hasPrefix("tally.toml: notify[1].kind \"email\" is not a notifier kind: one of exec, ntfy, slack, webhook"))
        #expect(problem("name = \"a\"\nkind = \"webhook\"\nurl = \"https://h/x\"").hasPrefix("tally.toml: notify[1].secret is required"))
        #expect(problem("name = \"a\"\nkind = \"slack\"").hasPrefix("tally.toml: notify[1].url is required"))
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"ftp://h/x\"").hasPrefix("tally.toml: notify[1].url is required: an http:// or https:// address"))
        #expect(problem("name = \"a\"\nkind = \"exec\"\ncommand = []").hasPrefix("tally.toml: notify[1].command is required"))
        #expect(problem("name = \"a\"\nkind = \"exec\"\ncommand = \"/bin/page --all\"") == "tally.toml: notify[1].command must be a list of strings")
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"https://h/x\"\nsecret = \"x\"").hasPrefix("tally.toml: notify[1].secret does not apply to a slack notifier"))
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"https://h/x\"\nkinds = [\"figure_moved\"]").hasPrefix("tally.toml: notify[1].kinds holds \"figure_moved\""))
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"https://h/x\"\nwatchlist = [\" \"]").hasPrefix("tally.toml: notify[1].watchlist holds"))
        #expect(problem("name = \"a\"\nkind = \"ntfy\"\nurl = \"https://h/x\"\npriority = 9").hasPrefix("tally.toml: notify[1].priority must be 1 (min) to 5"))
        #expect(problem("name = \"a b\"\nkind = \"slack\"\nurl = \"https://h/x\"").hasPrefix("tally.toml: notify[1].name may hold only"))
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"https://h/x\"\nretry_initial = 60\nretry_max = 10").hasPrefix("tally.toml: notify[1].retry_max must be at least"))
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"https://h/x\"\nendpoint = 1").hasPrefix("tally.toml: unknown setting notify[1].endpoint"))
        #expect(problem("name = \"a\"\nkind = \"slack\"\nurl = \"https://h/x\"\n[[notify]]\nname = \"a\"\nkind = \"slack\"\nurl = \"https://h/y\"")
            == "tally.toml: notify[2].name \"a\" is used by another [[notify]] table")
    }
}
