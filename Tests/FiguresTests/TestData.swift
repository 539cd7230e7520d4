import Foundation

/// Paths to the repository's seeds and the shared corpora beside the repository.
enum TestData {
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seedsFolder = repoRoot.appendingPathComponent("seeds")
    static let goldFile = repoRoot.appendingPathComponent("../shared/corpora/seeds-figures.json").standardizedFileURL

    /// Seed file name -> raw text.
    static func seeds() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).filter { $0.hasSuffix(".txt") }
        var out: [String: String] = [:]
        for name in names {
            out[name] = try String(contentsOf: seedsFolder.appendingPathComponent(name), encoding: .utf8)
        }
        return out
    }
}
