import Logging
import Model
import Pipeline

/// One document where its source holds it (a file in the drop folder, a feed entry), as the
/// intake sees it: how to read it, and the source's own last step once the intake is done with
/// it. Everything else (ingesting, counting, metrics, the log line, tries) is the intake's, the
/// same for every source.
protocol DocumentAtSource {
    var origin: DocumentOrigin { get }
    /// Names the document in log lines.
    var logMetadata: Logger.Metadata { get }
    /// The level of the line that says what became of it.
    var outcomeLevel: Logger.Level { get }

    func read() throws(PipelineError) -> SourceRead
    /// The pipeline recorded the document, or the source refused it (`report.isRejected`): put
    /// it in its one final place.
    func settle(_ report: IngestReport) throws(PipelineError) -> Settlement
    /// The document kept failing for a reason of its own: set it aside with `reason`, so that it
    /// is not taken again.
    func setAside(reason: String) throws(PipelineError) -> Settlement
}

/// What a source gave when asked for its document.
enum SourceRead {
    case document(IncomingDocument)
    /// Not a document Tally will read (a FIFO, a file over the size limit): settled as rejected
    /// without the pipeline.
    case refused(name: String, reason: String)
    /// Gone before it could be read (someone took the file back).
    case vanished
    /// Still being written: try again after a pause.
    case stillChanging
}

/// Where a settled document went.
enum Settlement: Equatable {
    /// In its final place; what the log line adds about it (the name it was moved to).
    case settled(Logger.Metadata)
    /// Taken away before it could be put in place; its work is done all the same.
    case vanished
}
