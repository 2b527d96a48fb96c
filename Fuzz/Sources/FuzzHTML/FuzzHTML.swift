import Mail
import FuzzSupport

/// HTML to text on arbitrary bytes read as UTF-8.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = HTMLText.text(from: String(decoding: fuzzInput(data, size), as: UTF8.self))
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzHTML_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
