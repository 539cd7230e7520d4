import Foundation
import Lifecycle
import Synchronization
import Testing

@Suite struct ServiceThreadTests {
    final class Flags: Sendable {
        let iterations = Atomic<Int>(0)
        private let returnedFlag = Atomic<Bool>(false)
        var returned: Bool { returnedFlag.load(ordering: .sequentiallyConsistent) }
        func markReturned() { returnedFlag.store(true, ordering: .sequentiallyConsistent) }
    }

    @Test func stopReturnsOnlyOnceTheLoopHasReturned() {
        let thread = ServiceThread(name: "test-loop")
        let flags = Flags()
        thread.start {
            while !thread.sleep(until: Date().addingTimeInterval(0.01)) { flags.iterations.add(1, ordering: .relaxed) }
            // Work done on the way out (a last metrics write) is finished before stop returns.
            Thread.sleep(forTimeInterval: 0.1)
            flags.markReturned()
        }
        while flags.iterations.load(ordering: .relaxed) < 3 { Thread.sleep(forTimeInterval: 0.005) }
        thread.stop()
        #expect(flags.returned)
        #expect(thread.isStopping)
    }

    @Test func sleepEndsEarlyWhenAskedToStop() {
        let thread = ServiceThread(name: "test-sleeper")
        let started = Date()
        thread.start { _ = thread.sleep(until: Date().addingTimeInterval(3600)) }
        Thread.sleep(forTimeInterval: 0.05)
        thread.stop()
        #expect(Date().timeIntervalSince(started) < 60, "an hour's sleep cut short by stop")
    }

    @Test func wakeReachesALoopBlockedOutsideTheThreadsOwnWaits() throws {
        var pipe: [Int32] = [0, 0]
        try #require(Glibc.pipe(&pipe) == 0)
        defer { close(pipe[0]); close(pipe[1]) }
        let (readEnd, writeEnd) = (pipe[0], pipe[1])
        let thread = ServiceThread(name: "test-poller")
        let flags = Flags()
        thread.start {
            while !thread.isStopping {
                var descriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
                _ = poll(&descriptor, 1, -1)
                var byte: UInt8 = 0
                _ = read(readEnd, &byte, 1)
            }
            flags.markReturned()
        }
        Thread.sleep(forTimeInterval: 0.05)
        thread.stop {
            var byte: UInt8 = 1
            _ = write(writeEnd, &byte, 1)
        }
        #expect(flags.returned)
    }

    @Test func stoppingANeverStartedThreadOrTwiceReturnsAtOnce() {
        let idle = ServiceThread(name: "test-idle")
        idle.stop()
        idle.stop()
        #expect(idle.isStopping)
        let thread = ServiceThread(name: "test-twice")
        // Not .distantFuture: corelibs Foundation's NSCondition.wait(until:) traps on it (its
        // nanoseconds since 1970 overflow Int64) whenever the thread gets to wait before the stop.
        thread.start { while !thread.sleep(until: Date().addingTimeInterval(3_600)) {} }
        thread.stop()
        thread.stop()
    }

    /// A completion running on the loop's thread may shut its owner down: it must not wait for itself.
    @Test func aStopFromTheLoopsOwnThreadDoesNotWaitForItself() {
        let thread = ServiceThread(name: "test-self-stop")
        let flags = Flags()
        thread.start {
            #expect(thread.isCurrent)
            thread.stop()
            flags.markReturned()
        }
        thread.stop()
        #expect(flags.returned)
        #expect(!thread.isCurrent)
    }
}
