import Documents
import Extraction
import Foundation
import Testing

@Test func dumpSeeds() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let seeds = root.appendingPathComponent("../shared/seeds").standardized
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
        let bytes = try [UInt8](Data(contentsOf: seeds.appendingPathComponent(name)))
        let article = try ArticleExtractor.extract(try DocumentDecoder.decode(bytes, fileName: name))
        print("=====", name, "title:", article.title ?? "-", "| source:", article.source ?? "-", "| author:", article.author ?? "-")
        print(article.body)
    }
}
