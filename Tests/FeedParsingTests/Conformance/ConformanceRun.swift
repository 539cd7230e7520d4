import Documents
import FeedParsing
import Foundation

/// Runs every case of the corpus through `FeedParser` and its expectation through the
/// evaluator, and tallies the outcomes.
struct ConformanceRun {
    enum Outcome {
        case passed
        case failed(String)
        /// "sanitisation": the expectation is about feedparser's HTML processing of content
        /// (sanitising, re-serialising, resolving URIs inside markup), which Tally leaves to its
        /// HTML extractor. Told by an expected string holding markup or a character reference.
        case failedMarkup(String)
        case skipped(String)
    }

    struct Result {
        var testCase: ConformanceCase
        var outcome: Outcome
        var seconds: Double
        /// What the parser threw, if it threw.
        var error: String?
    }

    var results: [Result] = []

    init(cases: [ConformanceCase]) {
        for testCase in cases {
            let start = DispatchTime.now().uptimeNanoseconds
            var document: FeedDocument?
            var error: String?
            do {
                document = try FeedParser.document(testCase.bytes, url: testCase.url, contentType: testCase.contentType)
            } catch let failure {
                error = failure.description
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let outcome = Self.judge(testCase, document: document)
            results.append(Result(testCase: testCase, outcome: outcome, seconds: seconds, error: error))
        }
    }

    private static func judge(_ testCase: ConformanceCase, document: FeedDocument?) -> Outcome {
        if let guardExpression = testCase.skipUnless, let reason = skipReason(guardExpression) { return .skipped(reason) }
        let expression: PythonExpression
        do {
            expression = try PythonExpression.parse(canonicalEncodingNames(testCase.expectation))
        } catch {
            return .skipped("expectation outside the supported Python subset: \(error)")
        }
        let names = document.map { FeedparserResult.names($0, headers: testCase.headers) } ?? FeedparserResult.failure()
        let why: String
        do {
            if try expression.evaluate(names).truthy { return .passed }
            why = "false"
        } catch {
            why = error.description
        }
        let markup = testCase.expectation.range(of: #"(['"])[^'"]*(<[a-zA-Z/!]|&[a-z#][a-z0-9]*;)[^'"]*(['"])"#, options: .regularExpression) != nil
        return markup ? .failedMarkup(why) : .failed(why)
    }

    /// `SkipUnless` guards: a codec lookup is honoured by asking whether Tally decodes that
    /// encoding; chardet (statistical charset guessing) and feedparser's URI-scheme whitelist
    /// (sanitising) are not things Tally has.
    private static func skipReason(_ guardExpression: String) -> String? {
        if guardExpression.contains("sys").self && guardExpression.contains("version") { return nil }
        if let open = guardExpression.range(of: "lookup('"), let close = guardExpression[open.upperBound...].firstIndex(of: "'") {
            let label = String(guardExpression[open.upperBound..<close])
            if case .supported = CharacterEncoding.label(pythonCodecLabel(label)) { return nil }
            return "codec \(label) not supported"
        }
        if guardExpression.contains("chardet") { return "needs statistical charset guessing (chardet)" }
        return "guard not honoured: \(guardExpression)"
    }

    /// Python's codec names ("utf_16", "u16", "utf32") in the spelling of the Encoding Standard's labels.
    private static func pythonCodecLabel(_ name: String) -> String {
        let dashed = name.lowercased().replacingOccurrences(of: "_", with: "-")
        let aliases = ["u16": "utf-16", "utf16": "utf-16", "u32": "utf-32", "utf32": "utf-32", "u8": "utf-8", "utf8": "utf-8"]
        return aliases[dashed] ?? dashed
    }

    /// `encoding == 'iso-8859-1'` compares under the WHATWG Encoding Standard's labels: Tally
    /// reports the encoding a label decodes as (ISO-8859-1 and US-ASCII decode as windows-1252).
    static func canonicalEncodingNames(_ expectation: String) -> String {
        var result = ""
        var rest = Substring(expectation)
        while let range = rest.range(of: "encoding == '") {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            guard let close = rest.firstIndex(of: "'") else { break }
            let label = String(rest[..<close])
            if case .supported(let encoding) = CharacterEncoding.label(label) {
                result += encoding.rawValue.lowercased()
            } else {
                result += label
            }
            rest = rest[close...]
        }
        return result + rest
    }

    // MARK: Report

    var passed: Int { results.filter { if case .passed = $0.outcome { true } else { false } }.count }

    func report(failuresShown: Int) -> String {
        var lines: [String] = []
        let groups = Dictionary(grouping: results, by: \.testCase.group).sorted { $0.key < $1.key }
        lines.append("feed conformance (feedparser corpus): \(results.count) files")
        func row(_ name: String, _ values: [Int]) -> String {
            name.padding(toLength: 22, withPad: " ", startingAt: 0) + values.enumerated().map { String($1).leftPadded($0 == 3 ? 13 : 8) }.joined()
        }
        lines.append("directory".padding(toLength: 22, withPad: " ", startingAt: 0)
            + ["files", "passed", "failed", "sanitisation", "skipped"].map { $0.leftPadded($0.count > 7 ? $0.count + 1 : 8) }.joined())
        func counts(_ subset: [Result]) -> [Int] {
            var counts = [subset.count, 0, 0, 0, 0]
            for result in subset {
                switch result.outcome {
                case .passed: counts[1] += 1
                case .failed: counts[2] += 1
                case .failedMarkup: counts[3] += 1
                case .skipped: counts[4] += 1
                }
            }
            return counts
        }
        for (group, subset) in groups { lines.append(row(group, counts(subset))) }
        lines.append(row("total", counts(results)))
        let slowest = results.max { $0.seconds < $1.seconds }
        lines.append(String(format: "slowest file: %.2f ms (%@); all files: %.1f ms", (slowest?.seconds ?? 0) * 1000,
                            (slowest?.testCase.path ?? "-") as NSString, results.reduce(0) { $0 + $1.seconds } * 1000))
        let failures = results.filter { if case .failed = $0.outcome { true } else { false } }
        lines.append("first \(min(failuresShown, failures.count)) of \(failures.count) failures:")
        for result in failures.prefix(failuresShown) {
            guard case .failed(let why) = result.outcome else { continue }
            lines.append("  \(result.testCase.path): \(result.testCase.expectation)")
            lines.append("      -> \(why)\(result.error.map { " [parser threw: \($0)]" } ?? "")")
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
