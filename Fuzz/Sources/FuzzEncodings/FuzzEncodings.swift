import FuzzSupport
import FuzzTargets

/// libFuzzer harness for transfer encodings and charsets: the body is `FuzzTarget.encodings` in the main package.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.encodings.run(fuzzInput(data, size))
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzEncodings_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
