/// The 4-word-shingle scoring of article-extraction benchmarks, as shared/tools/extract_eval.py
/// does it: tokens are runs of word characters, shingles are 4-token windows compared as
/// multisets, each page's counts are normalised so pages weigh the same, and precision and
/// recall are averaged over pages.
struct ShingleScore {
    struct Page {
        var truePositive: Double, falsePositive: Double, falseNegative: Double

        var precision: Double {
            falsePositive == 0 && falseNegative == 0 ? 1 : truePositive + falsePositive > 0 ? truePositive / (truePositive + falsePositive) : 0
        }
        var recall: Double {
            falsePositive == 0 && falseNegative == 0 ? 1 : truePositive + falseNegative > 0 ? truePositive / (truePositive + falseNegative) : 0
        }
        var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
    }

    static func shingles(_ text: String) -> [String: Int] {
        let words = tokens(text)
        guard !words.isEmpty else { return [:] }
        guard words.count >= 4 else { return [words.joined(separator: " "): 1] }
        var bag: [String: Int] = [:]
        for start in 0...(words.count - 4) { bag[words[start..<(start + 4)].joined(separator: " "), default: 0] += 1 }
        return bag
    }

    static func page(truth: String, prediction: String) -> Page {
        let expected = shingles(truth), got = shingles(prediction)
        var tp = 0, fp = 0, fn = 0
        for (shingle, count) in got {
            let matched = min(count, expected[shingle] ?? 0)
            tp += matched
            fp += count - matched
        }
        for (shingle, count) in expected { fn += max(0, count - (got[shingle] ?? 0)) }
        let total = Double(tp + fp + fn)
        guard total > 0 else { return Page(truePositive: 0, falsePositive: 0, falseNegative: 0) }
        return Page(truePositive: Double(tp) / total, falsePositive: Double(fp) / total, falseNegative: Double(fn) / total)
    }

    /// Corpus precision, recall and F1 (the harmonic mean of the two averages).
    static func corpus(_ pages: [Page]) -> (precision: Double, recall: Double, f1: Double) {
        let precisions = pages.filter { $0.truePositive + $0.falsePositive > 0 }.map(\.precision)
        let recalls = pages.filter { $0.truePositive + $0.falseNegative > 0 }.map(\.recall)
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
    }
}
