import FuzzSupport
import FuzzTargets

/// libFuzzer harness for RFC 2047 words, RFC 2231 parameters, addresses and dates: the body is `FuzzTarget.headers` in the main package.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.headers.run(fuzzInput(data, size))
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzHeaders_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
