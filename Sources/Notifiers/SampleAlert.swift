public import Foundation
public import Model

/// What `tally notify test NAME` sends: an alert that says it is a test, shaped as a real one.
public enum SampleAlert {
    public static func make(at date: Date) -> Alert {
        let key = "tally-test/notifier/test-figure"
        let article = ArticleReference(id: 0, title: "Tally notifier test", url: "https://example.org/tally-notifier-test", source: "tally notify test")
        let observation = { (value: Double, claimant: String) in
            Observation(claimID: 0, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", counted: "test figures", claimant: claimant,
                        quote: "This is a test notification from `tally notify test`: no figure changed.", article: article, observedAt: date)
        }
        return Alert(kind: .figureChanged, key: key, raisedAt: date, new: observation(12, "Tally"), old: observation(10, "Tally"), positions: [])
    }
}
