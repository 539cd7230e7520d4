@testable import Settings
import Foundation
import Testing

/// Why the configuration is refused, or nil when it is read.
func configurationError(_ toml: String, file: String) -> String? {
    do {
        _ = try TallyConfiguration.parse(toml, file: file)
        return nil
    } catch {
        return error.description
    }
}

/// Companions of the drop folder placed where the daemon would take them again are refused when
/// the configuration is read, with the reason.
@Suite struct FolderPlacementTests {
    func refusal(_ toml: String) -> String? { configurationError(toml, file: "tally.toml") }

    @Test(arguments: ["processed", "rejected"])
    func aMoveTargetThatIsTheDropFolderIsRefused(_ setting: String) throws {
        let message = try #require(refusal("[drop]\nfolder = \"/srv/drop\"\n\(setting) = \"/srv/drop/\""))
        #expect(message.contains("tally.toml"))
        #expect(message.contains("[drop] \(setting)"))
        #expect(message.contains("is the drop folder itself"))
        // Written another way, the same folder.
        #expect(refusal("[drop]\nfolder = \"/srv/drop\"\n\(setting) = \"/srv/drop/sub/..\"") != nil)
        #expect(refusal("[drop]\nfolder = \"./var/drop\"\n\(setting) = \"var/drop\"") != nil)
    }

    @Test func aMoveTargetReachedThroughALinkIsTheSameFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-placement-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/drop", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/done", withDestinationPath: root + "/drop")
        #expect(refusal("[drop]\nfolder = \"\(root)/drop\"\nprocessed = \"\(root)/done\"")?.contains("is the drop folder itself") == true)
    }

    @Test func stateFilesDirectlyInTheDropFolderAreRefused() throws {
        let database = try #require(refusal("[drop]\nfolder = \"/srv/drop\"\n[storage]\ndatabase = \"/srv/drop/tally.sqlite\""))
        #expect(database.contains("[storage] database") && database.contains("would take it as a document"))
        let log = try #require(refusal("[drop]\nfolder = \"/srv/drop\"\n[alerts]\nlog = \"/srv/drop/alerts.jsonl\""))
        #expect(log.contains("[alerts] log"))
    }

    @Test func subfoldersAndFoldersBesideTheDropFolderAreFine() throws {
        #expect(refusal("[drop]\nfolder = \"/srv/drop\"\nprocessed = \"/srv/drop/done\"\nrejected = \"/srv/bad\"") == nil)
        #expect(refusal("[drop]\nfolder = \"/srv/drop\"\n[storage]\ndatabase = \"/srv/drop/state/tally.sqlite\"") == nil)
        #expect(refusal("") == nil)
    }
}

/// Inputs the fuzzer found (Fuzz/run.sh), kept so they stay fixed.
@Suite struct ConfigurationFuzzFindingsTests {
    @Test func aControlCharacterInATableNameIsAnErrorNotACrash() throws {
        // Made the TOML parser assert (abort) before it was refused up front.
        let text = "[storage]\ndatabase = \"/tmp/t.sqlite\"\n[dsop]\nfolder = \"/tmp/drop\"\nsettle_seconds = 0.5\n[[\u{15}feed]]\nurl = \"htt\u{0}ps://ample.oe.org/feed.xml\"\n"
        let error = #expect(throws: ConfigurationError.self) { try TallyConfiguration.parse(text, file: "fuzz.toml") }
        #expect(error?.description == "fuzz.toml: line 6, column 3: a control character (U+0015) is not allowed in TOML; write it as an escape inside a string")
    }

    @Test func tabsAndCarriageReturnsAreStillFine() throws {
        #expect(throws: Never.self) { try TallyConfiguration.parse("[drop]\r\n\tfolder = \"/srv/drop\"\t# the drop folder\r\n") }
    }
}

@Suite struct TOMLParserTrapTests {
    func message(_ text: String) -> String? { configurationError(text, file: "t.toml") }

    @Test func aHeaderNotStartingWithANameIsAnErrorNotACrash() {
        // Found by Fuzz/run.sh: each made the TOML parser assert (abort).
        #expect(message("[storage]\ndatabase = \"/tmp/t.sqlite\"\n[[/feed.xml\"\n")
            == "t.toml: line 3, column 3: a table header must begin with a name (letters, digits, '-', '_', or a quoted name), not '/'")
        #expect(message("[ /x]")?.hasPrefix("t.toml: line 1, column 3:") == true)
        #expect(message("[[ ]]")?.hasSuffix("not ']'") == true)
        #expect(message("[")?.hasSuffix("not the end of the file") == true)
    }

    @Test func anArrayClosedByABraceIsAnErrorNotACrash() {
        // Found by Fuzz/run.sh: made the TOML parser assert (abort).
        #expect(message("# comment\n[alerts]\nacross_stories = [}\n") == "t.toml: line 3, column 19: an array must end with ']', not '}'")
        #expect(message("x = [1, }")?.hasSuffix("not '}'") == true)
        #expect(message("x = [ # open\n}")?.contains("line 2, column 1") == true)
        #expect(message("x = [[}]]")?.contains("an array must end with ']'") == true)
    }

    @Test func bracesInsideArraysAndStringsAreFine() {
        #expect(TOMLParserTraps.firstMalformed(in: "x = [{a = 1}, {b = [2]}]\ny = [\"}\", '}']\nz = {a = [1, 2]}\n") == nil)
        #expect(TOMLParserTraps.firstMalformed(in: "x = [\n  1,\n  2,\n]\n") == nil)
    }

    @Test func bracketsInValuesStringsAndCommentsAreNotHeaders() {
        #expect(TOMLParserTraps.firstMalformed(in: "x = [\n  [],\n  [ \"a\" ],\n]\n") == nil)
        #expect(TOMLParserTraps.firstMalformed(in: "x = \"\"\"\n[/not a header\n\"\"\"\n") == nil)
        #expect(TOMLParserTraps.firstMalformed(in: "x = '''\n[/not a header'''\n# [/ a comment\n") == nil)
        #expect(TOMLParserTraps.firstMalformed(in: "[\"quoted/name\"]\n['literal']\n[[ feed ]]\n") == nil)
        #expect(TOMLParserTraps.firstMalformed(in: "x = \"a\\\"[\"\n[/y]") == TOMLParserTraps.Malformed(line: 2, column: 2, what: .headerWithoutAName, found: "/"))
    }
}
