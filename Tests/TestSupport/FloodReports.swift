import Foundation

/// Reports of a flood whose toll moves from report to report, worded differently each time; among
/// them, as feeds and wires deliver them, exact copies under other names (the same bytes) and
/// lightly edited copies (near-duplicates that restate the figures).
public enum FloodReports {
    public static func make(count: Int, seed: UInt64) -> [(name: String, text: String)] {
        var random = SplitMix64(seed: seed)
        let claimants = ["the regional health ministry said", "Governor Ana Silva told reporters", "according to the Red Cross"]
        let filler = ["rescue", "crews", "worked", "through", "the", "night", "along", "the", "river", "banks", "while", "residents",
                      "waited", "on", "rooftops", "for", "boats", "and", "helicopters", "as", "roads", "stayed", "closed", "after", "heavy", "rain"]
        var reports: [(name: String, text: String)] = []
        for index in 0..<count {
            let name = String(format: "flood-%05d.txt", index)
            if index >= 10, index % 10 == 0 {
                reports.append((name, reports[Int.random(in: 0..<index, using: &random)].text))
                continue
            }
            if index >= 10, index % 7 == 0 {
                reports.append((name, reports[index - 1 - Int.random(in: 0..<5, using: &random)].text + "\n\nThis story has been updated."))
                continue
            }
            let deaths = 10 + Int.random(in: 0...4, using: &random) * 3
            let evacuated = 1000 * Int.random(in: 2...6, using: &random)
            let who = claimants[Int.random(in: 0..<claimants.count, using: &random)]
            let story = (0..<60).map { _ in filler[Int.random(in: 0..<filler.count, using: &random)] }.joined(separator: " ")
            reports.append((name, """
                Riverton flood: update \(index + 1)

                At least \(deaths) people have died in the Riverton floods, \(who). About \(evacuated) residents were evacuated from low-lying districts.

                \(story.prefix(1).uppercased() + story.dropFirst()).
                """))
        }
        return reports
    }
}
