import Documents
import Extraction
import Foundation
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

    private func write(_ text: String, to name: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output + "/" + name))
        } catch {
            throw CommandFailure("\(output)/\(name): cannot write it: \(error.localizedDescription)", exitCode: 74)
        }
    }
}
