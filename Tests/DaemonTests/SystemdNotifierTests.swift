@testable import Daemon
import Foundation
import Logging
import Synchronization
import TestSupport
import Testing

@Suite struct SystemdNotifierTests {
    @Test func theSocketAddressIsAPathOrAnAbstractNameAndAnythingElseIsAnError() throws {
        #expect(try NotifySocketAddress.parse("/run/systemd/notify") == .path("/run/systemd/notify"))
        #expect(try NotifySocketAddress.parse("@/org/freedesktop/systemd1/notify/42") == .abstract("/org/freedesktop/systemd1/notify/42"))
        #expect(try NotifySocketAddress.parse(nil) == nil)
        #expect(try NotifySocketAddress.parse("") == nil)
        #expect(throws: SystemdNotifyError.self) { try NotifySocketAddress.parse("run/notify") }
        #expect(throws: SystemdNotifyError.self) { try NotifySocketAddress.parse("/" + String(repeating: "x", count: 107)) }
        // 107 bytes and the NUL fill sun_path exactly; an abstract name has no NUL at the end.
        #expect(try NotifySocketAddress.parse("/" + String(repeating: "x", count: 106)) != nil)
        #expect(try NotifySocketAddress.parse("@" + String(repeating: "x", count: 107)) != nil)
    }

    @Test func aDatagramIsOneAssignmentPerLineAndAStatusCannotAddLines() {
        #expect(ServiceState.datagram([.ready, .status("ingested 3")]) == "READY=1\nSTATUS=ingested 3")
        #expect(ServiceState.datagram([.stopping]) == "STOPPING=1")
        #expect(ServiceState.datagram([.watchdog]) == "WATCHDOG=1")
        #expect(ServiceState.status("two\nlines").assignment == "STATUS=two lines")
    }

    @Test func theWatchdogIsOursUnlessItNamesAnotherProcess() throws {
        let timing = try #require(try WatchdogTiming.parse(microseconds: "30000000", pid: nil, ownPID: 77))
        #expect(timing.interval == .seconds(30))
        #expect(timing.pingEvery == .seconds(15))
        #expect(timing.idleWake == .milliseconds(7500))
        #expect(try WatchdogTiming.parse(microseconds: "30000000", pid: "77", ownPID: 77) == timing)
        #expect(try WatchdogTiming.parse(microseconds: "30000000", pid: "78", ownPID: 77) == nil)
        #expect(try WatchdogTiming.parse(microseconds: nil, pid: nil, ownPID: 77) == nil)
        #expect(throws: SystemdNotifyError.self) { try WatchdogTiming.parse(microseconds: "30s", pid: nil, ownPID: 77) }
        #expect(throws: SystemdNotifyError.self) { try WatchdogTiming.parse(microseconds: "0", pid: nil, ownPID: 77) }
        #expect(throws: SystemdNotifyError.self) { try WatchdogTiming.parse(microseconds: "1000", pid: "init", ownPID: 77) }
    }

    @Test func anIdleWorkerMustComeRoundOftenAndABusyOneGetsTheWorkBudget() {
        let start = ContinuousClock.now
        let idle = Heartbeat.Stamp(at: start, working: false)
        let busy = Heartbeat.Stamp(at: start, working: true)
        let stale = Duration.seconds(15), budget = Duration.seconds(300)
        #expect(WorkerLiveness.isResponsive(idle, now: start + .seconds(14), staleAfter: stale, workBudget: budget))
        #expect(!WorkerLiveness.isResponsive(idle, now: start + .seconds(15), staleAfter: stale, workBudget: budget))
        #expect(WorkerLiveness.isResponsive(busy, now: start + .seconds(299), staleAfter: stale, workBudget: budget))
        #expect(!WorkerLiveness.isResponsive(busy, now: start + .seconds(300), staleAfter: stale, workBudget: budget))
    }

    @Test func theStatusLineNamesEveryCounter() {
        var counters = Daemon.Counters()
        counters.ingested = 12
        counters.duplicates = 3
        counters.alreadySeen = 1
        counters.rejected = 2
        counters.alerts = 7
        counters.feedDocuments = 40
        #expect(Daemon.statusText(counters, pending: 5)
            == "ingested 12, duplicates 3, already seen 1, rejected 2, alerts 7, feed documents 40, pending 5")
        counters.setAside = 1
        #expect(Daemon.statusText(counters, pending: 0).hasSuffix("pending 0, set aside 1"), "named once a document was set aside")
    }

    @Test(arguments: [false, true])
    func aDatagramReachesAPathOrAnAbstractSocket(abstract: Bool) throws {
        let listener = try NotifySocketListener(abstract: abstract)
        let notifier = try SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address])
        #expect(notifier.isListening)
        try notifier.send([.ready, .status("up")])
        #expect(listener.receive(within: 2)?.text == "READY=1\nSTATUS=up")
    }

    @Test func withoutNotifySocketSendingDoesNothing() throws {
        let notifier = try SystemdNotifier(environment: [:])
        #expect(!notifier.isListening)
        try notifier.send([.ready])
    }

    @Test func aSocketNobodyListensOnIsAnErrorNamingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-nobody-\(UUID().uuidString).sock").path
        let notifier = try SystemdNotifier(environment: ["NOTIFY_SOCKET": path])
        let error = #expect(throws: SystemdNotifyError.self) { try notifier.send([.ready]) }
        #expect(error?.description.contains(path) == true)
    }
}

@Suite struct ServiceReporterTests {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    /// Ping times relative to `origin`, in seconds.
    static func pings(_ messages: [NotifySocketListener.Message], since origin: ContinuousClock.Instant) -> [Double] {
        messages.filter { $0.assignments.contains("WATCHDOG=1") }.map { origin.duration(to: $0.at).timeInterval }
    }

    @Test func pingsGoOnWhileTheWorkerComesRoundAndStopWhenItDoesNot() throws {
        let listener = try NotifySocketListener()
        let heartbeat = Heartbeat(idleWake: .milliseconds(100))
        let watchdog = WatchdogTiming(interval: .milliseconds(400))
        let reporter = ServiceReporter(notifier: try SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address]),
                                       watchdog: watchdog, heartbeat: heartbeat, logger: Self.logger) { "idle" }
        let beating = Atomic(true)
        let worker = Thread {
            while beating.load(ordering: .relaxed) {
                heartbeat.waiting()
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        worker.start()
        let origin = ContinuousClock.now
        reporter.ready()
        #expect(listener.receive(within: 2)?.text == "READY=1\nSTATUS=idle")
        let whileBeating = listener.collect(for: 1.0)
        beating.store(false, ordering: .relaxed)
        let stoppedAt = origin.duration(to: .now).timeInterval
        let afterwards = listener.collect(for: 1.2)
        let beatingPings = Self.pings(whileBeating, since: origin)
        // Every 0.2 s: about 5 in the second the worker beat.
        #expect((3...6).contains(beatingPings.count), "pings at \(beatingPings)")
        // Stale 0.2 s after the last beat (at most 0.05 s after the flag), then at most one ping
        // period to the next look: none later than that, with some slack for a loaded machine.
        let late = Self.pings(afterwards, since: origin).filter { $0 > stoppedAt + 0.6 }
        #expect(late.isEmpty, "pings at \(late) after the worker stopped at \(stoppedAt)")
    }

    @Test func aWorkerBusyWithADocumentIsPingedForUntilItsBudgetRunsOut() throws {
        let listener = try NotifySocketListener()
        let heartbeat = Heartbeat(idleWake: .milliseconds(100))
        let reporter = ServiceReporter(notifier: try SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address]),
                                       watchdog: WatchdogTiming(interval: .milliseconds(400)), heartbeat: heartbeat,
                                       logger: Self.logger, workBudget: .milliseconds(700)) { "busy" }
        let origin = ContinuousClock.now
        heartbeat.working()
        reporter.ready()
        let pings = Self.pings(listener.collect(for: 1.6), since: origin)
        // Past the 0.2 s an idle worker gets, up to the 0.7 s budget, then no more.
        #expect(pings.filter { $0 > 0.3 && $0 < 0.65 }.count >= 1, "pings at \(pings)")
        #expect(pings.filter { $0 > 0.95 }.isEmpty, "pings at \(pings)")
    }

    @Test func aStatusIsSentWhenItChangesAndNoMoreOnceStopping() throws {
        let listener = try NotifySocketListener()
        let text = Mutex("ingested 0")
        let reporter = ServiceReporter(notifier: try SystemdNotifier(environment: ["NOTIFY_SOCKET": listener.address]),
                                       watchdog: nil, heartbeat: Heartbeat(idleWake: nil), logger: Self.logger,
                                       statusEvery: .milliseconds(50)) { text.withLock { $0 } }
        reporter.ready()
        #expect(listener.receive(within: 2)?.text == "READY=1\nSTATUS=ingested 0")
        #expect(listener.collect(for: 0.3).isEmpty, "an unchanged status is not sent again")
        text.withLock { $0 = "ingested 1" }
        #expect(listener.receive(within: 2)?.text == "STATUS=ingested 1")
        reporter.stopping()
        #expect(listener.receive(within: 2)?.text == "STOPPING=1\nSTATUS=stopping: finishing the work in hand")
        text.withLock { $0 = "ingested 2" }
        #expect(listener.collect(for: 0.3).isEmpty)
    }
}
