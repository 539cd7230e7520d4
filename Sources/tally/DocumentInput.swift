import Documents
import DropFolder
import Extraction
import Foundation
import Model

/// A document named on the command line, or read from stdin.
struct DocumentInput {
    var name: String
    var bytes: [UInt8]

    static func read(_ path: String?, maximumBytes: Int) throws -> DocumentInput {
        guard let path, path != "-" else {
            let bytes = try BoundedStandardInput.read(maximumBytes: maximumBytes)
            return DocumentInput(name: "stdin." + sniffedExtension(bytes), bytes: bytes)
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        switch DropFileReader(maximumBytes: maximumBytes).read(FileName(name), in: folder.isEmpty ? "." : folder) {
        case .read(let file): return DocumentInput(name: name, bytes: file.bytes)
        case .refused(let reason): throw CommandFailure("\(path): \(reason)", exitCode: 66)
        case .vanished: throw CommandFailure("\(path): no such file", exitCode: 66)
        case .stillChanging: throw CommandFailure("\(path): the file changed while it was read", exitCode: 75)
        case .unavailable(let reason, _): throw CommandFailure("\(path): \(reason)", exitCode: 71) // EX_OSERR
        }
    }

    /// Stdin has no name: HTML and JSON announce themselves in their first character.
    static func sniffedExtension(_ bytes: [UInt8]) -> String {
        let start = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        switch start.first {
        case UInt8(ascii: "<"): return "html"
        case UInt8(ascii: "{"): return "json"
        default: return "txt"
        }
    }

    /// The article the document carries. With `wholeTextIfRefused`, plain text that extraction
    /// refuses (one line, a headline, a list) is read whole as the body instead of failing: reading
    /// the figures of a sentence needs no article around it.
    func article(wholeTextIfRefused: Bool = false) throws -> (DecodedDocument, Article) {
        let decoded: DecodedDocument
        do {
            decoded = try DocumentDecoder.decode(bytes, fileName: name)
        } catch {
            throw CommandFailure("\(name): \(error.description)", exitCode: 65)
        }
        do {
            return (decoded, try ArticleExtractor.extract(decoded))
        } catch {
            if wholeTextIfRefused, decoded.markup == .plainText { return (decoded, Article(body: decoded.content)) }
            throw CommandFailure("\(name): \(error.description)", exitCode: 65)
        }
    }
}
