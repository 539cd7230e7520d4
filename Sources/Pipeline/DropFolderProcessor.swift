import DropFolder
#if canImport(Glibc)
import Glibc
#endif

/// Takes one finished file from the drop folder through the pipeline and puts it in its one
/// final place: `processed/` (ingested, near-duplicate, or bytes seen before) or `rejected/`
/// with its reason. The move comes last, after the database and the alert log have the
/// document's effects, so a file still in the drop folder is one whose work may be unfinished.
public final class DropFolderProcessor {
    public let pipeline: Pipeline
    public let layout: DropFolderLayout
    private let reader: DropFileReader
    private let mover: DropFolderMover

    public enum Result: Sendable, Equatable {
        /// The file is in `processed/` or `rejected/` under `finalName`.
        case done(IngestReport, finalName: String)
        /// Someone took the file away before Tally could read or move it.
        case vanished
        /// Still being written (it changed while read): try again after a pause.
        case stillChanging
    }

    public init(pipeline: Pipeline, layout: DropFolderLayout, maximumFileBytes: Int) {
        self.pipeline = pipeline
        self.layout = layout
        self.reader = DropFileReader(maximumBytes: maximumFileBytes)
        self.mover = DropFolderMover(layout: layout)
    }

    public func process(_ name: FileName) throws(PipelineError) -> Result {
        switch reader.read(name, in: layout.folder) {
        case .vanished:
            return .vanished
        case .stillChanging:
            return .stillChanging
        case .unavailable(let reason, let code):
            // Like a full disk: a failure of the machine, not of the file, which stays and is retried.
            throw .transient(TransientFailure(reason, code: code))
        case .refused(let reason):
            return try place(name, IngestReport(name: name.display, outcome: .rejected(reason: reason)))
        case .read(let file):
            let report = try pipeline.ingest(file.bytes, name: name.display, origin: .drop)
            return try place(name, report)
        }
    }

    private func place(_ name: FileName, _ report: IngestReport) throws(PipelineError) -> Result {
        do {
            if case .rejected(let reason) = report.outcome {
                return .done(report, finalName: try mover.reject(name, reason: reason).display)
            }
            return .done(report, finalName: try mover.moveToProcessed(name).display)
        } catch where error.code == ENOENT {
            // Read and recorded, then taken away before the move: the work is done all the same.
            return .vanished
        } catch {
            // The folder, not the document: a full disk, a folder made unwritable.
            throw .transient(TransientFailure(error.description, code: error.code))
        }
    }
}
