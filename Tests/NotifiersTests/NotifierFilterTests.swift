import Model
import Notifiers
import Testing

@Suite struct NotifierFilterTests {
    @Test func anEmptyFilterTakesEveryAlert() {
        #expect(NotifierFilter().matches(SampleAlerts.changed()))
        #expect(NotifierFilter().matches(SampleAlerts.new()))
    }

    @Test func kindsLimitWhichAlertsPass() {
        let filter = NotifierFilter(kinds: [.figureChanged])
        #expect(filter.matches(SampleAlerts.changed()))
        #expect(!filter.matches(SampleAlerts.new()))
    }

    @Test func watchlistWordsAndKeyPatternsReadAsTheAlertsWatchlist() {
        #expect(NotifierFilter(watchlist: ["troop"]).matches(SampleAlerts.changed()))
        #expect(NotifierFilter(watchlist: ["soldier"]).matches(SampleAlerts.changed()), "a word of the counted thing")
        #expect(NotifierFilter(watchlist: ["north-korea/*"]).matches(SampleAlerts.changed()), "a pattern on the key without its story")
        #expect(!NotifierFilter(watchlist: ["ukraine/*", "casualty"]).matches(SampleAlerts.changed()))
        #expect(NotifierFilter(watchlist: ["ukraine/*", "casualty"]).matches(SampleAlerts.new()))
    }

    @Test func minimumRelativeChangeDropsSmallMovesButNotNewFigures() {
        let filter = NotifierFilter(minimumRelativeChange: 0.25)
        #expect(!filter.matches(SampleAlerts.changed(from: 10_000, to: 12_000)))
        #expect(filter.matches(SampleAlerts.changed(from: 10_000, to: 12_500)))
        #expect(filter.matches(SampleAlerts.changed(from: 10_000, to: 7_000)), "a fall counts as much as a rise")
        #expect(filter.matches(SampleAlerts.new()))
        #expect(filter.matches(SampleAlerts.changed(from: 0, to: 3)), "any move from zero is large")
    }

    @Test func routesNameTheMatchingNotifiersInOrder() {
        let notifiers = [
            Notifier(name: "all", target: .slack(url: "http://chat/hook")),
            Notifier(name: "new-only", target: .exec(command: ["/bin/true"]), filter: NotifierFilter(kinds: [.figureNew])),
            Notifier(name: "troops", target: .webhook(url: "http://h/x", secret: "s"), filter: NotifierFilter(watchlist: ["troops"])),
        ]
        #expect(Notifier.routes(notifiers, for: SampleAlerts.changed()) == ["all", "troops"])
        #expect(Notifier.routes(notifiers, for: SampleAlerts.new()) == ["all", "new-only"])
    }
}
