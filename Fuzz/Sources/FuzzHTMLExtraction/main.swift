import Documents
import Extraction
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    guard let document = try? DocumentDecoder.decode(input, fileName: "page.html") else { return 0 }
    _ = try? ArticleExtractor.extract(document)
    return 0
}

@_cdecl("FuzzHTMLExtraction_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzOne)
}
