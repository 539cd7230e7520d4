import Alerts
public import Foundation
import Model
public import Store

/// A figure's timeline as SVG, drawn on the server so the page needs no script: one series per
/// claimant (the unattributed figure is a series of its own), a point per statement placed by
/// when its article was published (or received), a range drawn as a bar, a ring round each
/// statement that disagreed with another claimant's value at the time (a dispute), and each
/// point a link to its row in the history table, where the quote and the article are. Pure.
public enum TimelineChart {
    public struct Point: Sendable, Equatable {
        public var claimID: Int64
        public var claimant: String
        public var date: Date
        public var low: Double
        public var high: Double
        public var label: String
        public var quote: String
        /// Another claimant's value stood different when this was stated.
        public var disputed: Bool
        public var central: Double { (low + high) / 2 }
    }

    static let width = 760.0, height = 320.0
    static let left = 90.0, right = 20.0, top = 20.0, bottom = 30.0
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"]

    /// The points in the order stated, with each one's dispute worked out against the others'
    /// latest values as they stood.
    public static func points(_ history: [HistoryEntry]) -> [Point] {
        var latest: [String: (low: Double, high: Double)] = [:]
        return history.map { entry in
            let claim = entry.claim.claim
            let claimant = claim.claimant ?? "unattributed"
            let (low, high) = (claim.quantity.low, claim.quantity.high)
            let disputed = latest.contains { other, value in other != claimant && !(same(value.low, low) && same(value.high, high)) }
            latest[claimant] = (low, high)
            let label = FigureFormatting.number(low) + (low == high ? "" : "–" + FigureFormatting.number(high)) + (claim.unit.map { " " + $0 } ?? "")
            return Point(claimID: entry.claim.id, claimant: claimant, date: entry.article.published ?? entry.receivedAt,
                         low: low, high: high, label: label, quote: claim.sentence, disputed: disputed)
        }
    }

    public static func svg(key: String, history: [HistoryEntry]) -> String {
        let points = points(history)
        let claimants = claimants(points)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"timeline-title\">"
        out += "<title id=\"timeline-title\">Timeline of \(Markup.escape(key))</title>"
        guard !points.isEmpty else {
            return out + "<text x=\"\(Int(width / 2))\" y=\"\(Int(height / 2))\" text-anchor=\"middle\">No statement yet</text></svg>"
        }
        var lowest = points.map(\.low).min()!, highest = points.map(\.high).max()!
        if highest - lowest < 1e-9 { lowest -= max(1, abs(lowest) * 0.1); highest += max(1, abs(highest) * 0.1) }
        let padding = (highest - lowest) * 0.1
        lowest -= padding; highest += padding
        let first = points.map(\.date).min()!.timeIntervalSince1970, last = points.map(\.date).max()!.timeIntervalSince1970
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ point: Point, _ index: Int) -> Double {
            // Statements of one day spread evenly rather than stack on one spot.
            last - first < 1 ? left + plotWidth * (Double(index) + 0.5) / Double(points.count)
                : left + plotWidth * (point.date.timeIntervalSince1970 - first) / (last - first)
        }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - (value - lowest) / (highest - lowest)) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }

        // Axes and three value ticks.
        out += "<g class=\"axes\" stroke=\"#888\" fill=\"none\"><line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + plotHeight))\"/>"
        out += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(width - right))\" y2=\"\(f(top + plotHeight))\"/></g>"
        out += "<g class=\"ticks\" font-size=\"11\" fill=\"#444\">"
        for fraction in [0.0, 0.5, 1.0] {
            let value = lowest + padding + (highest - lowest - 2 * padding) * fraction
            out += "<text x=\"\(f(left - 6))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\">\(Markup.escape(FigureFormatting.number(value)))</text>"
        }
        let dates = [points.map(\.date).min()!, points.map(\.date).max()!]
        out += "<text x=\"\(f(left))\" y=\"\(f(top + plotHeight + 16))\">\(Markup.escape(WebDate.text(dates[0])))</text>"
        if last - first >= 1 {
            out += "<text x=\"\(f(width - right))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"end\">\(Markup.escape(WebDate.text(dates[1])))</text>"
        }
        out += "</g>"

        let indexed = Array(points.enumerated())
        // Labels above the point, or above a range's bar, placed in the order stated: one that
        // would cover an earlier label is left out.
        func labelY(_ point: Point) -> Double { y(point.high) - 12 }
        let labelX = ChartLayout.place(indexed.map { index, point in
            ChartLayout.Label(x: x(point, index), y: labelY(point), width: ChartLayout.textWidth(point.label, fontSize: 11))
        }, drawingWidth: width, fontSize: 11)
        for (seriesIndex, claimant) in claimants.enumerated() {
            let colour = palette[seriesIndex % palette.count]
            let series = indexed.filter { $0.element.claimant == claimant }
            out += "<g class=\"series\" data-claimant=\"\(Markup.escape(claimant))\">"
            if series.count > 1 {
                let line = series.map { "\(f(x($0.element, $0.offset))),\(f(y($0.element.central)))" }.joined(separator: " ")
                out += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
            }
            for (index, point) in series {
                let px = f(x(point, index))
                out += "<a class=\"point\" href=\"#claim-\(point.claimID)\" data-claimant=\"\(Markup.escape(claimant))\" data-value=\"\(Markup.escape(point.label))\"\(point.disputed ? " data-disputed=\"true\"" : "")>"
                out += "<title>\(Markup.escape(claimant)): \(Markup.escape(point.label)) on \(Markup.escape(WebDate.text(point.date)))\(point.disputed ? " (disputed)" : "") — “\(Markup.escape(point.quote))”</title>"
                if point.low != point.high {
                    out += "<line x1=\"\(px)\" y1=\"\(f(y(point.low)))\" x2=\"\(px)\" y2=\"\(f(y(point.high)))\" stroke=\"\(colour)\" stroke-width=\"4\"/>"
                }
                if point.disputed {
                    out += "<circle class=\"dispute\" cx=\"\(px)\" cy=\"\(f(y(point.central)))\" r=\"10\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
                }
                out += "<circle cx=\"\(px)\" cy=\"\(f(y(point.central)))\" r=\"5\" fill=\"\(colour)\"/>"
                if let labelX = labelX[index] {
                    out += "<text x=\"\(f(labelX))\" y=\"\(f(labelY(point)))\" text-anchor=\"middle\" font-size=\"11\" fill=\"\(colour)\">\(Markup.escape(point.label))</text>"
                }
                out += "</a>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }

    /// The key to the chart's colours, as HTML beside it rather than text inside the drawing,
    /// so that the browser lays out names of any length: one entry per claimant in the
    /// series' colour, and the dispute ring when a point has one.
    public static func legend(history: [HistoryEntry]) -> String {
        let points = points(history)
        guard !points.isEmpty else { return "" }
        func swatch(_ shape: String) -> String { "<svg class=\"swatch\" viewBox=\"0 0 20 20\" aria-hidden=\"true\">\(shape)</svg>" }
        var out = "<ul class=\"legend\">"
        for (index, claimant) in claimants(points).enumerated() {
            out += "<li data-claimant=\"\(Markup.escape(claimant))\">\(swatch("<circle cx=\"10\" cy=\"10\" r=\"6\" fill=\"\(palette[index % palette.count])\"/>"))\(Markup.escape(claimant))</li>"
        }
        if points.contains(where: \.disputed) {
            out += "<li class=\"dispute\">\(swatch("<circle cx=\"10\" cy=\"10\" r=\"8\" fill=\"none\" stroke=\"#c00\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"))disputed</li>"
        }
        return out + "</ul>"
    }

    /// The claimants in the order they first state the figure: the series' order, which gives
    /// each its colour.
    static func claimants(_ points: [Point]) -> [String] {
        var claimants: [String] = []
        for point in points where !claimants.contains(point.claimant) { claimants.append(point.claimant) }
        return claimants
    }

    static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
}
