import Figures
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    // Title and body split at the first newline, as an article has them.
    let text = String(decoding: input, as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    _ = ClaimExtractor().claims(title: parts.count > 1 ? String(parts[0]) : nil, body: String(parts.last ?? ""), year: 2024)
    return 0
}

@_cdecl("FuzzClaims_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzOne)
}
