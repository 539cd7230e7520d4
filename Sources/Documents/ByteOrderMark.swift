/// What the first bytes of a file say about its encoding. UTF-32 marks are told apart from
/// UTF-16 ones (FF FE 00 00 begins with the UTF-16LE mark) so they can be rejected by name.
enum ByteOrderMark: Equatable {
    case utf8, utf16LittleEndian, utf16BigEndian, utf32LittleEndian, utf32BigEndian

    init?(_ bytes: [UInt8]) {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && Array(bytes.prefix(prefix.count)) == prefix }
        if starts([0xFF, 0xFE, 0x00, 0x00]) { self = .utf32LittleEndian }
        else if starts([0x00, 0x00, 0xFE, 0xFF]) { self = .utf32BigEndian }
        else if starts([0xEF, 0xBB, 0xBF]) { self = .utf8 }
        else if starts([0xFF, 0xFE]) { self = .utf16LittleEndian }
        else if starts([0xFE, 0xFF]) { self = .utf16BigEndian }
        else { return nil }
    }

    var length: Int {
        switch self {
        case .utf8: 3
        case .utf16LittleEndian, .utf16BigEndian: 2
        case .utf32LittleEndian, .utf32BigEndian: 4
        }
    }
}
