/// Per-node text measures, summed bottom-up over the nodes still in play, so that every
/// question the scorer asks about a subtree is answered in O(1).
struct TextStatistics {
    /// Characters of text, with runs of white space counted as one.
    var textLength: [Int]
    /// Characters of text inside links (in-page "#" links weigh 0.3).
    var linkLength: [Double]
    var commas: [Int]

    init(_ tree: HTMLTree, excluded: [Bool]) {
        let count = tree.nodes.count
        textLength = [Int](repeating: 0, count: count)
        linkLength = [Double](repeating: 0, count: count)
        commas = [Int](repeating: 0, count: count)
        // Fields are read in place: copying a node costs a retain and a release per string in it.
        let nodes = tree.nodes
        for index in stride(from: count - 1, through: 0, by: -1) where !excluded[index] {
            if nodes[index].isText {
                textLength[index] = nodes[index].textLength
                commas[index] = nodes[index].commas
            } else if nodes[index].kind.contains(.link) {
                linkLength[index] = Double(textLength[index]) * (nodes[index].isFragmentLink ? 0.3 : 1)
            }
            let parent = nodes[index].parent
            if parent >= 0 {
                textLength[parent] += textLength[index]
                commas[parent] += commas[index]
                linkLength[parent] += linkLength[index]
            }
        }
    }

    func linkDensity(_ index: Int) -> Double {
        textLength[index] == 0 ? 0 : min(1, linkLength[index] / Double(textLength[index]))
    }

    /// Length with white-space runs collapsed (leading and trailing runs count as one space
    /// only between words), and the commas of the scripts that write them differently.
    static func measure(_ text: String) -> (Int, Int) {
        var text = text
        return text.withUTF8 { bytes in
            var length = 0, commas = 0
            var inSpace = true
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let scalar: UInt32
                if byte < 0x80 {
                    index += 1
                    scalar = UInt32(byte)
                } else {
                    scalar = UTF8Scalars.decode(bytes, at: &index)
                }
                if Whitespace.isSpace(scalar) {
                    if !inSpace { length += 1 }
                    inSpace = true
                    continue
                }
                inSpace = false
                length += 1
                switch scalar {
                case 0x2C, 0x060C, 0xFE50, 0xFE10, 0xFE11, 0x2E41, 0x2E34, 0x2E32, 0xFF0C: commas += 1
                default: break
                }
            }
            return (length, commas)
        }
    }
}
