import Foundation
import Stories

// Scores the story grouping on the development corpora, fed as one stream twice: in time order
// (undated articles last, at one instant), then with every time ignored (all at one instant, in a
// fixed shuffled order that keeps each cluster's articles in their order).
//
//     cd Benchmarks && swift run -c release StoryGrouping [CORPORA_FOLDER]
//
// Truth: each cluster is one story, the seeds are one, every other page is a story of its own,
// except that a near-duplicate (Tally's own duplicate index) belongs with its original.

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let corpora = CommandLine.arguments.count > 1 ? URL(fileURLWithPath: CommandLine.arguments[1])
    : repository.deletingLastPathComponent().appendingPathComponent("shared/corpora")
let articles = try Corpus.load(corpora: corpora, seeds: repository.appendingPathComponent("seeds"))
let adjudicated = SameEventPages.adjudicated(articles)
let clusters = Set(articles.map(\.truth).filter { !$0.contains("/") }).sorted()
print("\(articles.count) articles: \(articles.filter { !$0.truth.contains("/") }.count) in \(clusters.count) stories "
      + "(\(clusters.joined(separator: ", "))), \(articles.filter { $0.truth.contains("/") }.count) distractors, "
      + "\(articles.filter { $0.published != nil }.count) dated")

func report(_ title: String, _ stream: StoryStream) {
    let scores = GroupingScores(groups: stream.storyOf, truth: stream.truth)
    let f = GroupingScores.f1
    print("\n== \(title)")
    print(String(format: "stories %d, near-duplicates absorbed %d, assignment %.1f µs an article (duplicate check included)",
                 Set(stream.storyOf).count, stream.duplicates, stream.assignSeconds / Double(articles.count) * 1e6))
    print(String(format: "B-cubed   P %.3f  R %.3f  F1 %.3f", scores.bcubedPrecision, scores.bcubedRecall, f(scores.bcubedPrecision, scores.bcubedRecall)))
    print(String(format: "pairwise  P %.3f  R %.3f  F1 %.3f  (%d pairs grouped, %d true)", scores.pairPrecision, scores.pairRecall,
                 f(scores.pairPrecision, scores.pairRecall), scores.predictedPairs, scores.truePairs))
    // The same stream scored against the truth with the same-event distractor pairs together.
    let adjustedTruth = zip(stream.truth, articles.indices).map { truth, index in
        truth == articles[index].truth ? adjudicated[index].truth : truth
    }
    let adjusted = GroupingScores(groups: stream.storyOf, truth: adjustedTruth)
    print(String(format: "adjudicated (%d same-event pairs): B-cubed P %.3f R %.3f F1 %.3f; pairwise P %.3f R %.3f F1 %.3f",
                 SameEventPages.pairs.count, adjusted.bcubedPrecision, adjusted.bcubedRecall, f(adjusted.bcubedPrecision, adjusted.bcubedRecall),
                 adjusted.pairPrecision, adjusted.pairRecall, f(adjusted.pairPrecision, adjusted.pairRecall)))
    for cluster in clusters {
        let members = articles.indices.filter { articles[$0].truth == cluster }
        let pieces = Dictionary(grouping: members, by: { stream.storyOf[$0] }).sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        let description = pieces.map { story, members in
            let others = stream.storyOf.indices.filter { stream.storyOf[$0] == story && stream.truth[$0] != cluster }.count
            return "\(stream.slugs[story]!) \(members.count)" + (others > 0 ? " +\(others) others" : "")
        }
        let similarities = members.compactMap { stream.similarity[$0] }.map { String(format: "%.2f", $0) }
        print("  \(cluster): \(pieces.count) piece(s): \(description.joined(separator: "; ")); joined at \(similarities.joined(separator: " "))")
    }
    let joins = articles.indices.compactMap { index in stream.similarity[index].map { (index, $0) } }
    let right = joins.filter { index, _ in
        articles.indices.contains { $0 != index && stream.storyOf[$0] == stream.storyOf[index] && adjustedTruth[$0] == adjustedTruth[index] }
    }.map(\.1).sorted()
    let wrong = joins.map(\.1).filter { !right.contains($0) }.sorted()
    print("  joins to a story holding its own truth: \(right.count), similarity " + (right.isEmpty ? "-" : String(format: "min %.2f, median %.2f", right[0], right[right.count / 2])))
    print("  joins to a story of other truths only: \(wrong.count), similarity " + wrong.map { String(format: "%.2f", $0) }.joined(separator: " "))
    let mixed = Dictionary(grouping: articles.indices, by: { stream.storyOf[$0] }).filter { Set($0.value.map { stream.truth[$0] }).count > 1 }
    print("  stories mixing truths: \(mixed.count)")
    for (story, members) in mixed.sorted(by: { $0.key < $1.key }) {
        let titles = members.map { "\(articles[$0].truth.contains("/") ? articles[$0].name : articles[$0].truth): \((articles[$0].title ?? "").prefix(50))" }
        print("    \(stream.slugs[story]!): " + titles.joined(separator: " | "))
    }
}

let dated = articles.compactMap(\.published)
let undatedTime = (dated.max() ?? Date(timeIntervalSince1970: 0)).addingTimeInterval(365 * 86_400)
let timeOrder = articles.indices.sorted { (articles[$0].published ?? undatedTime, $0) < (articles[$1].published ?? undatedTime, $1) }
report("in time order", StoryStream(articles, order: timeOrder) { articles[$0].published ?? undatedTime })

// A fixed shuffle (SplitMix64), then each cluster's articles put back in their own order on its places.
var state: UInt64 = 2024
var shuffled = Array(articles.indices)
for i in stride(from: shuffled.count - 1, to: 0, by: -1) {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    shuffled.swapAt(i, Int((z ^ (z >> 31)) % UInt64(i + 1)))
}
for cluster in clusters + ["seeds"] {
    let places = shuffled.indices.filter { articles[shuffled[$0]].truth == cluster }
    for (place, member) in zip(places, places.map { shuffled[$0] }.sorted()) { shuffled[place] = member }
}
let now = Date(timeIntervalSince1970: 1_800_000_000)
report("times ignored (all at one instant, shuffled)", StoryStream(articles, order: shuffled) { _ in now })

// The thresholds argued: B-cubed F1 (adjudicated truth) and the clusters' pieces as they vary.
print("\n== join threshold and fade window (adjudicated B-cubed P/R, pieces of the 7 true stories, stories mixing truths)")
func summary(_ stream: StoryStream) -> String {
    let truth = zip(stream.truth, articles.indices).map { $0 == articles[$1].truth ? adjudicated[$1].truth : $0 }
    let scores = GroupingScores(groups: stream.storyOf, truth: truth)
    let pieces = (clusters).map { cluster in Set(articles.indices.filter { articles[$0].truth == cluster }.map { stream.storyOf[$0] }).count }
    let mixed = Dictionary(grouping: articles.indices, by: { stream.storyOf[$0] }).filter { Set($0.value.map { truth[$0] }).count > 1 }.count
    return String(format: "P %.3f R %.3f", scores.bcubedPrecision, scores.bcubedRecall) + " pieces \(pieces.reduce(0, +)) mixed \(mixed)"
}
for threshold in [0.2, 0.25, 0.3, 0.35, 0.4, 0.5] {
    let timed = summary(StoryStream(articles, order: timeOrder, joinThreshold: threshold) { articles[$0].published ?? undatedTime })
    let untimed = summary(StoryStream(articles, order: shuffled, joinThreshold: threshold) { _ in now })
    print(String(format: "  threshold %.2f: in time order %@; times ignored %@", threshold, timed, untimed))
}
for days in [1.0, 3, 5, 7, 10, 14, 30] {
    let timed = summary(StoryStream(articles, order: timeOrder, fadeWindow: days * 86_400) { articles[$0].published ?? undatedTime })
    print(String(format: "  fade window %2.0f days, in time order: %@", days, timed))
}
