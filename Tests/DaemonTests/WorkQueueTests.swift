@testable import Daemon
import DropFolder
import Foundation
import Testing

@Suite struct WorkQueueTests {
    let a = FileName("a.txt"), b = FileName("b.txt"), c = FileName("c.txt")

    @Test func filesComeInTheOrderAnnouncedAndOnlyOnce() {
        let queue = WorkQueue()
        queue.add(a, fromScan: true)
        queue.add(b, fromScan: true)
        queue.add(a, fromScan: false) // announced again by inotify: still once, now as an event
        #expect(queue.next() == .file(a, fromScan: false))
        #expect(queue.next() == .file(b, fromScan: true))
        #expect(queue.pendingCount == 0)
    }

    /// At start the watch may announce a file that just arrived before the scan lists those that
    /// were waiting: the scan's name order still holds.
    @Test func aFileAnnouncedWhileStartingDoesNotOvertakeFilesWaitingLonger() {
        let queue = WorkQueue()
        queue.add(c, fromScan: false)
        queue.addScanned([a, b, c])
        #expect(queue.next() == .file(a, fromScan: true))
        #expect(queue.next() == .file(b, fromScan: true))
        #expect(queue.next() == .file(c, fromScan: false), "still ready at once, as inotify said")
        #expect(queue.pendingCount == 0)
        // Announced after the scan listed the folder: it arrived after everything the scan found.
        queue.add(c, fromScan: false)
        queue.addScanned([a, b])
        #expect([queue.next(), queue.next(), queue.next()] == [.file(a, fromScan: true), .file(b, fromScan: true), .file(c, fromScan: false)])
    }

    @Test func stopAndReloadComeBeforeFiles() {
        let queue = WorkQueue()
        queue.add(a, fromScan: false)
        queue.requestReload()
        queue.requestStop()
        #expect(queue.next() == .stop)
        let other = WorkQueue()
        other.add(a, fromScan: false)
        other.requestRescan()
        other.requestReload()
        #expect(other.next() == .reload)
        #expect(other.next() == .rescan)
        #expect(other.next() == .file(a, fromScan: false))
    }

    @Test func aHeldFileWaitsUntilItsTimeUnlessInotifyAnnouncesIt() {
        let queue = WorkQueue()
        queue.hold(a, until: Date().addingTimeInterval(0.2))
        queue.add(b, fromScan: true)
        #expect(queue.next() == .file(b, fromScan: true))
        let started = Date()
        #expect(queue.next() == .file(a, fromScan: true))
        #expect(Date().timeIntervalSince(started) >= 0.15)

        queue.hold(c, until: Date().addingTimeInterval(60))
        queue.add(c, fromScan: false)
        #expect(queue.next() == .file(c, fromScan: false))
    }

    @Test func aRetriedFileComesFirstAfterThePause() {
        let queue = WorkQueue()
        queue.add(b, fromScan: true)
        queue.retry(.file(a, fromScan: true), after: Date().addingTimeInterval(0.2))
        let started = Date()
        #expect(queue.next() == .file(a, fromScan: true))
        #expect(Date().timeIntervalSince(started) >= 0.15)
        #expect(queue.next() == .file(b, fromScan: true))
    }

    @Test func aStopReachesAWaitingWorker() {
        let queue = WorkQueue()
        let done = DispatchSemaphore(value: 0)
        Thread { _ = queue.next(); done.signal() }.start()
        Thread.sleep(forTimeInterval: 0.05)
        queue.requestStop()
        #expect(done.wait(timeout: .now() + 5) == .success)
    }

    /// The watchdog's heartbeat: an idle worker comes round after `idleFor` with nothing to do;
    /// work that is there, or becomes due meanwhile, comes first.
    @Test func anIdleWaitEndsWithNothingAfterItsLimit() {
        let queue = WorkQueue()
        let started = Date()
        #expect(queue.next(idleFor: 0.2) == nil)
        #expect(Date().timeIntervalSince(started) >= 0.19)
        #expect(Date().timeIntervalSince(started) < 2)
        queue.add(a, fromScan: false)
        #expect(queue.next(idleFor: 0.2) == .file(a, fromScan: false))
        queue.hold(b, until: Date().addingTimeInterval(0.1))
        #expect(queue.next(idleFor: 5) == .file(b, fromScan: true))
    }
}

@Suite struct WorkQueueOrderTests {
    @Test func filesHeldUntilTheSameTimeLeaveInNameOrder() {
        let queue = WorkQueue()
        let due = Date().addingTimeInterval(0.1)
        let names = (0..<20).map { FileName(String(format: "%03d.txt", $0)) }
        for name in names.shuffled() { queue.hold(name, until: due) }
        #expect((0..<20).map { _ in queue.next() } == names.map { .file($0, fromScan: true) })
    }
}
