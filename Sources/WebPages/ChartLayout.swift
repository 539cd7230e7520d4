/// Where the timeline's value labels go so that none runs off the drawing or over another: a
/// label stays inside the drawing and is left out where it would cover an earlier one (the
/// point's title and its history row still give the value). The server has no font metrics,
/// so text widths are estimated on the wide side. Pure.
enum ChartLayout {
    /// In DejaVu Sans (Liberation Sans is narrower) a digit advances 0.64 em, a comma 0.32 em,
    /// a dash 0.5 em: 0.64 em a character errs wide for values.
    static func textWidth(_ text: String, fontSize: Double) -> Double { Double(text.count) * fontSize * 0.64 }

    struct Label {
        /// Where the label would be centred, and its baseline.
        var x: Double, y: Double
        var width: Double
    }

    /// The x each label is centred at, moved inside `0...drawingWidth`, or nil for a label that
    /// would overlap one placed before it (labels are placed in the order given).
    static func place(_ labels: [Label], drawingWidth: Double, fontSize: Double) -> [Double?] {
        var placed: [(minX: Double, maxX: Double, minY: Double, maxY: Double)] = []
        return labels.map { label in
            let half = label.width / 2
            let x = min(max(label.x, half + 2), drawingWidth - half - 2)
            let box = (minX: x - half, maxX: x + half, minY: label.y - fontSize, maxY: label.y + fontSize * 0.25)
            guard !placed.contains(where: { $0.minX < box.maxX && box.minX < $0.maxX && $0.minY < box.maxY && box.minY < $0.maxY }) else { return nil }
            placed.append(box)
            return x
        }
    }
}
