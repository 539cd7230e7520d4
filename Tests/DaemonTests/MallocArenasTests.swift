import Daemon
import Testing

@Suite struct MallocArenasTests {
    @Test func theOperatorsLimitIsLeftToGlibc() {
        #expect(MallocArenas.limit(environment: ["MALLOC_ARENA_MAX": "4"]) == 4)
    }

    @Test func withoutOneTheDaemonKeepsToItsOwn() {
        #expect(MallocArenas.limit(environment: [:]) == MallocArenas.daemonLimit)
        #expect(MallocArenas.limit(environment: ["MALLOC_ARENA_MAX": "many"]) == MallocArenas.daemonLimit)
    }
}
