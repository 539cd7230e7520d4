@testable import CurlFetching
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    // A response head as libcurl hands it over: one line at a time, CRLF included.
    var headers = ResponseHeaders()
    var lineStart = 0
    for (index, byte) in input.enumerated() where byte == UInt8(ascii: "\n") {
        input[lineStart...index].withUnsafeBytes { headers.consume($0) }
        lineStart = index + 1
    }
    if lineStart < input.count { input[lineStart...].withUnsafeBytes { headers.consume($0) } }
    _ = headers.announcesBody(longerThan: 1 << 20)
    return 0
}

@_cdecl("FuzzHTTPHeaders_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzOne)
}
