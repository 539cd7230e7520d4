import Foundation
import Testing

/// `tally claims` reads any text: a single line that article extraction refuses is read whole.
@Suite struct ClaimsOneLineTests {
    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Installation.binary), "build the executable first: swift build")
    }

    func values(_ result: Installation.Result) throws -> [Double] {
        try result.lines.map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let quantity = try #require(object["quantity"] as? [String: Any])
            return try #require(quantity["low"] as? Double)
        }
    }

    @Test func aSingleLineFromStdinIsReadWhole() throws {
        let cli = try Installation()
        let result = try cli.run(["claims", "-"], input: "Sales rose 6.2% to $1.45 billion.")
        #expect(result.status == 0, "\(result.errors)")
        #expect(try values(result) == [6.2, 1.45e9])
    }

    @Test func aBareFigureIsReadToo() throws {
        let cli = try Installation()
        let result = try cli.run(["claims"], input: "$20\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(try values(result) == [20])
    }

    @Test func aLineWithoutFiguresGivesNothingAndSucceeds() throws {
        let cli = try Installation()
        let result = try cli.run(["claims", "-"], input: "Send them a quick message.")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.lines.isEmpty)
    }

    @Test func aOneLineFileIsReadWhole() throws {
        let cli = try Installation()
        let path = cli.root + "/line.txt"
        try "The tunnel is 57 kilometres long.".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["claims", path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try values(result) == [57])
    }

    @Test func htmlWithNoArticleIsStillRefused() throws {
        let cli = try Installation()
        let result = try cli.run(["claims", "-"], input: "<html><body></body></html>")
        #expect(result.status == 65)
    }
}
