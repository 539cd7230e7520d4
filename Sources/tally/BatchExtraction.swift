import Documents
import Extraction
import Foundation
#if canImport(Glibc)
import Glibc
import Model
#endif
import OrderedJSON

/// `tally extract --batch IN OUT`: the batch interface of article-extraction benchmarks. Every
/// IN/<id>.html (or .htm, .txt, .json) becomes OUT/<id>.txt (the body) and OUT/<id>.meta.json
/// (title, author, date, modified, description); OUT/_timing.json holds the seconds spent
/// reading, extracting and writing, without start-up. A page that cannot be read gets an empty
/// .txt and a line on stderr.
struct BatchExtraction {
    var input: String
    var output: String
    var maximumBytes: Int

    func run() throws {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: input) else { throw CommandFailure("\(input): cannot read the folder", exitCode: 66) }
        do {
            try manager.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("\(output): cannot create the folder: \(error.localizedDescription)", exitCode: 73)
        }
        let documents = names.filter { DocumentFormat(fileName: $0) != nil && !$0.hasPrefix(".") }.sorted()
        let start = ContinuousClock.now
        var failures = 0
        for name in documents {
            let id = (name as NSString).deletingPathExtension
            var body = ""
            var meta = JSONValue.fields([("title", nil), ("author", nil), ("date", nil)])
            do {
                let (_, article) = try DocumentInput.read(input + "/" + name, maximumBytes: maximumBytes).article()
                body = article.body
                meta = .fields([
                    ("title", article.title.map(JSONValue.string)),
                    ("author", article.author.map(JSONValue.string)),
                    ("date", article.published.map(JSONValue.timestamp)),
                    ("modified", article.modified.map(JSONValue.timestamp)),
                    ("description", article.description.map(JSONValue.string)),
                ])
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("tally: \(error)\n".utf8))
            }
            try write(body + (body.isEmpty ? "" : "\n"), to: id + ".txt")
            try write(meta.serialized + "\n", to: id + ".meta.json")
        }
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        try write(JSONValue.fields([("seconds", .number(seconds)), ("pages", .integer(Int64(documents.count))),
                                    ("failures", .integer(Int64(failures)))]).serialized + "\n", to: "_timing.json")
    }

    /// A plain write: Foundation's `Data.write` syncs every file to disk, which a batch of
    /// throw-away outputs does not need and which would be most of the time measured.
    private func write(_ text: String, to name: String) throws {
        let path = output + "/" + name
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CommandFailure("\(path): cannot write it: \(String(cString: strerror(errno)))", exitCode: 74) }
        defer { close(descriptor) }
        var text = text
        let complete = text.withUTF8 { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
        guard complete else { throw CommandFailure("\(path): cannot write it: \(String(cString: strerror(errno)))", exitCode: 74) }
    }
}
