import DropFolder
import Logging
import Model
import Pipeline
#if canImport(Glibc)
import Glibc
#endif

/// The drop folder as a source of documents: a waiting file is read into an `IncomingDocument`,
/// and once the intake is done with it the file goes to its one final place: `processed/`
/// (ingested, near-duplicate, or bytes seen before) or `rejected/` with its reason (not a
/// document Tally reads, or set aside after failing too often). The move comes last, after the
/// database and the alert log have the document's effects, so a file still in the drop folder is
/// one whose work may be unfinished.
struct DropFolderSource: Sendable {
    let layout: DropFolderLayout
    private let reader: DropFileReader
    private let mover: DropFolderMover

    init(layout: DropFolderLayout, maximumFileBytes: Int) {
        self.layout = layout
        self.reader = DropFileReader(maximumBytes: maximumFileBytes)
        self.mover = DropFolderMover(layout: layout)
    }

    /// A waiting file, for the intake.
    func file(_ name: FileName) -> DroppedFile { DroppedFile(name: name, folder: self) }

    fileprivate func read(_ name: FileName) throws(PipelineError) -> SourceRead {
        switch reader.read(name, in: layout.folder) {
        case .vanished:
            return .vanished
        case .stillChanging:
            return .stillChanging
        case .unavailable(let reason, let code):
            // Like a full disk: a failure of the machine, not of the file, which stays and is retried.
            throw PipelineError.transient(TransientFailure(reason, code: code))
        case .refused(let reason):
            return .refused(name: name.display, reason: reason)
        case .read(let file):
            return .document(IncomingDocument(bytes: file.bytes, name: name.display, origin: .drop))
        }
    }

    fileprivate func move(_ name: FileName, rejectedFor reason: String?) throws(PipelineError) -> Settlement {
        do {
            let finalName: FileName
            if let reason {
                finalName = try mover.reject(name, reason: reason)
            } else {
                finalName = try mover.moveToProcessed(name)
            }
            return .settled(["moved_to": "\(finalName.display)"])
        } catch where error.code == ENOENT {
            // Read and recorded, then taken away before the move: the work is done all the same.
            return .vanished
        } catch {
            // The folder, not the document: a full disk, a folder made unwritable.
            throw PipelineError.transient(TransientFailure(error.description, code: error.code))
        }
    }
}

/// One file of the drop folder, as the intake takes it.
struct DroppedFile: DocumentAtSource {
    let name: FileName
    let folder: DropFolderSource

    var origin: DocumentOrigin { .drop }
    var logMetadata: Logger.Metadata { ["file": "\(name.display)"] }
    var outcomeLevel: Logger.Level { .info }

    func read() throws(PipelineError) -> SourceRead { try folder.read(name) }

    func settle(_ report: IngestReport) throws(PipelineError) -> Settlement {
        if case .rejected(let reason) = report.outcome { return try folder.move(name, rejectedFor: reason) }
        return try folder.move(name, rejectedFor: nil)
    }

    func setAside(reason: String) throws(PipelineError) -> Settlement {
        try folder.move(name, rejectedFor: reason)
    }
}
