import Documents
import Feeds
import Foundation
import Logging
import Model
import Pipeline
import Store

/// A feed entry's document, as the intake takes it. The pipeline marks the entry done in the
/// transaction that records its document; settling it only tells the feed service, whose window
/// of entries in progress then has room for the next. Set aside, the entry is marked failed
/// with its reason, so that it is neither fetched nor tried again.
struct FeedEntryAtSource: DocumentAtSource {
    let document: EntryDocument
    let store: any StoreBackend
    /// The feed service's `entryFinished`.
    let finished: (FeedEntryReference) -> Void

    var origin: DocumentOrigin { .feed }
    var logMetadata: Logger.Metadata { ["feed": "\(document.metadata.source ?? "")", "url": "\(document.metadata.url ?? document.name)"] }
    /// Thousands of feeds bring thousands of entries: the feed service's round summary counts them.
    var outcomeLevel: Logger.Level { .debug }

    func read() -> SourceRead {
        .document(IncomingDocument(bytes: document.bytes, name: document.name, origin: .feed, declaredCharset: document.declaredCharset,
                                   metadata: document.metadata, feedEntry: document.entry))
    }

    func settle(_ report: IngestReport) -> Settlement {
        finished(document.entry)
        return .settled([:])
    }

    func setAside(reason: String) throws(PipelineError) -> Settlement {
        do {
            try store.write { tx in try tx.failFeedEntry(document.entry, reason: reason, at: Date()) }
        } catch {
            throw PipelineError(error)
        }
        finished(document.entry)
        return .settled([:])
    }
}
