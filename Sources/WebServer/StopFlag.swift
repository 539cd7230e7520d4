import Synchronization

/// Set once the server is asked to stop: a stream of events ends at its next look, so a
/// graceful shutdown does not wait for a client that never hangs up.
final class StopFlag: Sendable {
    private let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}
