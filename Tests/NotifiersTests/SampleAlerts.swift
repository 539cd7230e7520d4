import Foundation
import Model

/// Alerts built by hand, each field chosen for what a test looks at.
enum SampleAlerts {
    static func observation(_ value: Double, key: String, claimant: String? = "Ministry", counted: String? = nil,
                            quote: String = "The ministry said 12,000 troops were sent.", url: String? = "https://news.example/a") -> Observation {
        Observation(claimID: 1, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", counted: counted, claimant: claimant,
                    quote: quote, article: ArticleReference(id: 7, title: "Troops sent", url: url, source: "Example News"),
                    observedAt: Date(timeIntervalSince1970: 1_700_000_000))
    }

    static func changed(from old: Double = 10_000, to new: Double = 12_000, key: String = "2024-10-deploy/north-korea/troops/sent",
                        counted: String? = "North Korean soldiers") -> Alert {
        Alert(kind: .figureChanged, key: key, raisedAt: Date(timeIntervalSince1970: 1_700_000_000),
              new: observation(new, key: key, counted: counted), old: observation(old, key: key, counted: counted), positions: [])
    }

    static func new(_ value: Double = 5, key: String = "2024-10-deploy/ukraine/casualties") -> Alert {
        Alert(kind: .figureNew, key: key, raisedAt: Date(timeIntervalSince1970: 1_700_000_000),
              new: observation(value, key: key), old: nil, positions: [])
    }
}
