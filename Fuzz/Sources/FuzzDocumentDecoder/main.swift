import Documents
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    // The first byte picks how the file is named, so every format the decoder knows is reached.
    let names = ["a.txt", "a.html", "a.json", "a.htm", "a", "a.xml"]
    let name = names[Int(input.first ?? 0) % names.count]
    _ = try? DocumentDecoder.decode(Array(input.dropFirst()), fileName: name, declaredCharset: nil)
    return 0
}

@_cdecl("FuzzDocumentDecoder_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzOne)
}
