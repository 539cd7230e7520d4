public import Foundation

/// Polls until `condition` holds or `seconds` pass; a last look decides. For tests that watch
/// another thread or process (a daemon, a service) do its work.
public func waitUntil(within seconds: TimeInterval = 10, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: 0.02)
    }
    return try condition()
}
