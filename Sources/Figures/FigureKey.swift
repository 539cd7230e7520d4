/// The figure key: `[<owner>/]<counted class>[/<aspect>][/<scope>...]`, lowercase and
/// `/`-separated, e.g. "north-korea/troops/sent-to-russia", "deaths/in-al-haouz",
/// "injuries/serious", "acme/revenue/change-percent". The pipeline puts the story in front.
///
/// Built only from normalised parts (a country slug, a lexicon class, an aspect word and a
/// destination country) so differently worded reports of one quantity meet on one key, while
/// the aspect keeps apart quantities about the same thing (sent vs already there vs a first batch,
/// a level vs a stated change) and the scope keeps a part apart from its total.
struct FigureKey: Sendable, Equatable {
    /// Whose figure it is; nil when the text does not say, or when it is the country the whole
    /// article is about (a toll "in Morocco" in a report on Morocco is the toll).
    var owner: String?
    var counted: String
    /// "sent", "present", "first-group", "pledged" ...; nil for a plain count.
    var aspect: String?
    /// Destination (for movements) or country of location (for presence and batches).
    var place: String?
    /// A narrower group for outcome classes ("civilians" in civilian deaths).
    var group: String?
    /// What narrows the figure below its whole, in reading order: a place below the country
    /// ("in-al-haouz"), a severity ("serious"), a cause ("gunshot"), a period ("new", "daily"), a
    /// projection ("projected").
    var scope: [String] = []
    var isChange: Bool
    var changeUnit: String?

    var string: String {
        var parts = [owner ?? "", counted]
        var tail: [String] = []
        if let aspect {
            var a = aspect
            if let place {
                a += Predicates.movements.contains(aspect) ? "-to-" + place : "-in-" + place
            }
            tail.append(a)
        }
        if let group { tail.append(group) }
        tail.append(contentsOf: scope)
        if isChange { tail.append(changeUnit.map { "change-" + $0 } ?? "change") }
        parts.append(contentsOf: tail)
        return parts.filter { !$0.isEmpty }.joined(separator: "/")
    }

    /// Classes that count what happened to people; their key takes no aspect.
    static let outcomeClasses: Set<String> = [
        "deaths", "injuries", "casualties", "cases", "displaced", "evacuated", "arrests", "missing", "rescued",
        "hospitalisations", "layoffs", "refugees", "hostages", "prisoners", "without-power", "identified",
        "discharged", "under-observation", "on-board",
    ]

    /// The class for a figure with no counted noun: what its unit measures.
    static func unitClass(_ unit: String?) -> String? {
        guard let unit else { return nil }
        if Units.isMoney(unit) { return "money" }
        if Units.isShare(unit) { return "percent" }
        return Slug.make(unit)
    }
}
