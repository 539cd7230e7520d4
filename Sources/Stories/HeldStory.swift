/// What the index keeps of a story besides its profile.
struct HeldStory {
    var id: Int64
    var slug: String
    var firstTime: Double
    var lastTime: Double
    var articleCount: Int
    var touched: Int64
    /// Of the profile, summed in its stored order.
    var norm: Double
}

/// The order in which stories were last touched, oldest first: what eviction takes from.
struct TouchEntry: Comparable {
    var touched: Int64
    var storyID: Int64

    static func < (a: TouchEntry, b: TouchEntry) -> Bool {
        (a.touched, a.storyID) < (b.touched, b.storyID)
    }
}
