import Figures
import Foundation
import Model
import TestSupport
import Testing

/// `tally claims` (the command, through extraction) against the hand annotation of the seeds.
@Suite struct ClaimsCommandScoreTests {
    static let binary = Corpus.repository.appendingPathComponent(".build/debug/tally").path
    static let gold = Corpus.repository.deletingLastPathComponent().appendingPathComponent("shared/corpora/seeds-figures.json")

    @Test func precisionRecallAndKeyGroupingOnTheSeeds() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build the executable first: swift build")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var predictions: [String: [Claim]] = [:]
        for seed in try Corpus.seeds() {
            let output = try run(["claims", Corpus.seedsFolder.appendingPathComponent(seed.name).path])
            predictions[seed.name] = try output.split(separator: "\n").map { try decoder.decode(Claim.self, from: Data($0.utf8)) }
        }
        let score = try SeedScorer(goldJSON: Data(contentsOf: Self.gold)).score(predictions)
        print("tally claims on the seeds: \(score.summary)")
        for (file, claim) in score.unmatchedPredictions { print("  not in the gold: \(file): \(claim.numberText) \(claim.key)") }
        for id in score.missedGold { print("  missed: \(id)") }
        #expect(score.precision >= 0.95)
        #expect(score.recall >= 0.95)
        #expect(score.grouping >= 0.95)
    }

    private func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(filePath: Self.binary)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}
