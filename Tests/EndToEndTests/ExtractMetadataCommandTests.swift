import Foundation
import OrderedJSON
import Testing

/// `tally extract` and `tally extract --batch` report the metadata a page states.
@Suite struct ExtractMetadataCommandTests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
    }

    private static let page = """
        <html lang="en"><head><title>Reservoir levels fall to 31 percent | Example Water News</title>
        <meta property="og:site_name" content="Example Water News">
        <meta property="article:published_time" content="2024-08-01T09:00:00+02:00">
        <meta property="article:modified_time" content="2024-08-02T10:00:00+02:00">
        <meta name="description" content="A dry summer drains the reservoirs.">
        <meta name="author" content="Ana Lima and Rui Costa"></head>
        <body><article><h1>Reservoir levels fall to 31 percent</h1>
        <p>\(String(repeating: "Reservoirs across the region held 31 percent of their capacity on Thursday, down from 58 percent a year ago. ", count: 6))</p>
        </article></body></html>
        """

    @Test func extractPrintsAuthorsModifiedAndDescription() throws {
        let tally = try Installation()
        let path = tally.root + "/reservoirs.html"
        try Self.page.write(toFile: path, atomically: true, encoding: .utf8)
        let article = try JSONValue.parse(try tally.run(["extract", path]).output)
        #expect(article["author"]?.stringValue == "Ana Lima, Rui Costa")
        #expect(article["authors"] == .array([.string("Ana Lima"), .string("Rui Costa")]))
        #expect(article["published"]?.stringValue == "2024-08-01T07:00:00Z")
        #expect(article["modified"]?.stringValue == "2024-08-02T08:00:00Z")
        #expect(article["description"]?.stringValue == "A dry summer drains the reservoirs.")
    }

    @Test func batchMetaFilesKeepTitleAuthorAndDate() throws {
        let tally = try Installation()
        let input = tally.root + "/in", output = tally.root + "/out"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try Self.page.write(toFile: input + "/reservoirs.html", atomically: true, encoding: .utf8)
        #expect(try tally.run(["extract", "--batch", input, output]).status == 0)
        let meta = try JSONValue.parse(String(contentsOfFile: output + "/reservoirs.meta.json", encoding: .utf8))
        #expect(meta["title"]?.stringValue == "Reservoir levels fall to 31 percent")
        #expect(meta["author"]?.stringValue == "Ana Lima, Rui Costa")
        #expect(meta["date"]?.stringValue == "2024-08-01T07:00:00Z")
        #expect(meta["modified"]?.stringValue == "2024-08-02T08:00:00Z")
        #expect(meta["description"]?.stringValue == "A dry summer drains the reservoirs.")
    }
}
