public import Foundation

/// The repository and its sample input, for tests of the pipeline and of the binary.
public enum Corpus {
    public static let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static var seedsFolder: URL { repository.appendingPathComponent("seeds") }

    public static func seeds() throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).filter { $0.hasSuffix(".txt") }.sorted().map {
            ($0, try String(contentsOf: seedsFolder.appendingPathComponent($0), encoding: .utf8))
        }
    }
}
