import Testing
import Timekeeping

@Suite struct DoublingBackoffTests {
    @Test func doublesFromTheFirstWaitUpToTheCeiling() {
        let waits = (1...6).map { DoublingBackoff.delay(afterFailures: $0, first: 5, ceiling: 60) }
        #expect(waits == [5, 10, 20, 40, 60, 60])
    }

    @Test func noFailureYetWaitsTheFirstWaitAndAnEndlessStreakStaysFinite() {
        #expect(DoublingBackoff.delay(afterFailures: 0, first: 5, ceiling: 60) == 5)
        #expect(DoublingBackoff.delay(afterFailures: .max, first: 5, ceiling: .infinity).isFinite)
    }
}
