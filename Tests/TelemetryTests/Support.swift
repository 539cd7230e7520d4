import Foundation

/// A folder of its own under the temporary directory, removed with the value.
final class ScratchFolder {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-telemetry-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
