import AlertLog
import Model
import Pipeline
import Store
import TestSupport

/// What the daemon does, from a database connection and an alert log writer of its own: the
/// other process a server's store only reads after. It rings nothing in this process.
final class SeedWriter {
    private let pipeline: Pipeline
    private var seeds: ArraySlice<(name: String, text: String)>

    init(folder: String) throws {
        pipeline = Pipeline(store: try TallyStore(path: folder + "/tally.sqlite"), alertLog: try AlertLogWriter(path: folder + "/alerts.jsonl"))
        try pipeline.recover()
        seeds = try Corpus.seeds()[...]
    }

    /// Ingests the next `count` seeds (committed, their alerts in the log); returns the ids of
    /// the alerts they raised.
    @discardableResult
    func ingest(_ count: Int) throws -> [Int64] {
        var ids: [Int64] = []
        for seed in seeds.prefix(count) {
            ids += try pipeline.ingest(Array(seed.text.utf8), name: seed.name, origin: .drop).alerts.map(\.id)
        }
        seeds = seeds.dropFirst(count)
        return ids
    }
}
