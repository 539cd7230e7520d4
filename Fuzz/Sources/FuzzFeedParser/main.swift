import FeedParsing
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    _ = try? FeedParser.parse(input, url: "https://example.org/feed")
    _ = try? OPMLReader.subscriptions(in: input)
    return 0
}

@_cdecl("FuzzFeedParser_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzOne)
}
