/// One page of the tracked figures, in the list's order (most recently stated first, then by
/// key, last to first), and how many figures matched in all.
public struct FigurePage: Sendable, Equatable {
    public var figures: [FigureSummary]
    public var total: Int

    public init(figures: [FigureSummary], total: Int) {
        self.figures = figures
        self.total = total
    }
}
