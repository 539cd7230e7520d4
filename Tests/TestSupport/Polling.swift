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

/// `waitUntil` for async tests: it sleeps without holding one of Swift's cooperative threads,
/// which what is waited for (a server's stop) may need.
public func eventually(within seconds: TimeInterval = 10, _ condition: () throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try condition()
}
