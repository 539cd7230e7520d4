/// A story as the index holds it: its profile by term number, for look-ups.
struct HeldStory {
    var id: Int64
    var slug: String
    var firstTime: Double
    var lastTime: Double
    var articleCount: Int
    var touched: Int64
    /// Ascending; `weights` in the same order.
    var termIDs: [UInt32]
    var weights: [Float]
    /// Of the profile, summed in its stored order.
    var norm: Double

    func weight(of termID: UInt32) -> Float? {
        var low = 0
        var high = termIDs.count
        while low < high {
            let middle = (low + high) / 2
            if termIDs[middle] < termID { low = middle + 1 } else { high = middle }
        }
        return low < termIDs.count && termIDs[low] == termID ? weights[low] : nil
    }

    /// Whether an article of this time can join: it falls within the fade window of the story's span.
    func isActive(at time: Double, fadeWindow: Double) -> Bool {
        time >= firstTime - fadeWindow && time <= lastTime + fadeWindow
    }
}

/// The order in which stories were last touched, oldest first: what eviction takes from.
struct TouchEntry: Comparable {
    var touched: Int64
    var storyID: Int64

    static func < (a: TouchEntry, b: TouchEntry) -> Bool {
        (a.touched, a.storyID) < (b.touched, b.storyID)
    }
}
