import Foundation
import Model
import Store
import Testing
@testable import WebPages

@Suite struct ChartLayoutTests {
    @Test func labelsStayInsideTheDrawing() {
        let placed = ChartLayout.place([.init(x: 755, y: 100, width: 40), .init(x: 1, y: 200, width: 40)], drawingWidth: 760, fontSize: 11)
        #expect(placed == [738, 22])
    }

    @Test func aLabelThatWouldCoverAnEarlierOneIsLeftOut() {
        let placed = ChartLayout.place([
            .init(x: 300, y: 100, width: 40),
            .init(x: 330, y: 104, width: 40),  // overlaps the first
            .init(x: 330, y: 130, width: 40),  // below it, clear
            .init(x: 345, y: 100, width: 40),  // beside it, clear
        ], drawingWidth: 760, fontSize: 11)
        #expect(placed == [300, nil, 330, 345])
    }
}

@Suite struct TimelineChartLayoutTests {
    @Test func theLegendIsAListBesideTheDrawingInTheSeriesColours() {
        let names = (1...8).map { "Ministry of Defence of Country Number \($0) <b>" }
        let history = names.enumerated().map { Fixtures.entry(id: Int64($0.offset), claimant: $0.element, value: 1_000 + Double($0.offset), daysLater: Double($0.offset)) }
        let svg = TimelineChart.svg(key: "k", history: history), legend = TimelineChart.legend(history: history)
        let texts = svg.components(separatedBy: "<text").dropFirst().map { $0.components(separatedBy: "</text>")[0] }
        #expect(!texts.isEmpty && !texts.contains { $0.contains("Ministry") }, "no name drawn as text in the chart, however long")
        let entries = legend.components(separatedBy: "<li ").dropFirst()
        #expect(entries.count == 9, "one entry per claimant and the dispute ring")
        for (index, entry) in entries.prefix(8).enumerated() {
            let colour = TimelineChart.palette[index % TimelineChart.palette.count]
            #expect(entry.contains("fill=\"\(colour)\"") && entry.contains("Number \(index + 1) &lt;b&gt;</li>"))
            #expect(svg.contains("<g class=\"series\" data-claimant=\"Ministry of Defence of Country Number \(index + 1) &lt;b&gt;\">"))
        }
        #expect(entries.last?.hasPrefix("class=\"dispute\"") == true)
        #expect(TimelineChart.legend(history: []).isEmpty)
    }

    @Test func crowdedLabelsAreThinnedNotStacked() {
        // 40 statements of one moment: spread evenly 16 px apart, too close for every label.
        let history = (0..<40).map { Fixtures.entry(id: Int64($0), claimant: "Ukraine", value: 10_000 + Double($0 % 2) * 10, daysLater: 0) }
        let svg = TimelineChart.svg(key: "k", history: history)
        let labels = svg.components(separatedBy: "<text ").filter { $0.contains("font-size=\"11\" fill=") }
        #expect(svg.components(separatedBy: "class=\"point\"").count - 1 == 40, "every statement is still a point")
        #expect(labels.count > 5 && labels.count < 40)
    }

    @Test func aRangesLabelSitsAboveItsBarNotAcrossIt() throws {
        var range = Fixtures.entry(id: 1, claimant: "Ukraine", value: 2_000, daysLater: 0)
        range.claim.claim.quantity = Quantity(low: 2_000, high: 10_000)
        let svg = TimelineChart.svg(key: "k", history: [range, Fixtures.entry(id: 2, claimant: "Ukraine", value: 12_000, daysLater: 1)])
        let bar = try #require(svg.components(separatedBy: "stroke-width=\"4\"").first?.components(separatedBy: "<line ").last)
        let barTop = try #require(bar.components(separatedBy: "y2=\"").last?.components(separatedBy: "\"").first.flatMap(Double.init))
        let label = try #require(svg.components(separatedBy: "2,000–10,000</text>").first?.components(separatedBy: "<text ").last)
        let baseline = try #require(label.components(separatedBy: " y=\"").last?.components(separatedBy: "\"").first.flatMap(Double.init))
        #expect(baseline < barTop, "the label's baseline \(baseline) is above the bar's top \(barTop)")
    }
}
