/// How a grouping compares with the truth, over every article.
struct GroupingScores {
    var bcubedPrecision: Double
    var bcubedRecall: Double
    var pairPrecision: Double
    var pairRecall: Double
    var predictedPairs: Int
    var truePairs: Int

    static func f1(_ p: Double, _ r: Double) -> Double { p + r > 0 ? 2 * p * r / (p + r) : 0 }

    /// `groups[i]` and `truth[i]` name article i's story and its true story.
    init(groups: [Int64], truth: [String]) {
        var groupSize: [Int64: Int] = [:]
        var truthSize: [String: Int] = [:]
        var both: [Pair: Int] = [:]
        for (group, truth) in zip(groups, truth) {
            groupSize[group, default: 0] += 1
            truthSize[truth, default: 0] += 1
            both[Pair(group: group, truth: truth), default: 0] += 1
        }
        var precision = 0.0
        var recall = 0.0
        for (group, truth) in zip(groups, truth) {
            let together = Double(both[Pair(group: group, truth: truth)]!)
            precision += together / Double(groupSize[group]!)
            recall += together / Double(truthSize[truth]!)
        }
        let count = Double(groups.count)
        bcubedPrecision = precision / count
        bcubedRecall = recall / count
        func pairs(_ n: Int) -> Int { n * (n - 1) / 2 }
        predictedPairs = groupSize.values.map(pairs).reduce(0, +)
        truePairs = truthSize.values.map(pairs).reduce(0, +)
        let correct = both.values.map(pairs).reduce(0, +)
        pairPrecision = predictedPairs > 0 ? Double(correct) / Double(predictedPairs) : 1
        pairRecall = truePairs > 0 ? Double(correct) / Double(truePairs) : 1
    }

    private struct Pair: Hashable {
        var group: Int64
        var truth: String
    }
}
