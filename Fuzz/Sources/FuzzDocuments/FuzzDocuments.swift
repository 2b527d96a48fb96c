import FuzzSupport
import FuzzTargets

/// libFuzzer harness for zip, DOCX/ODT XML, PDF and RTF: the body is `FuzzTarget.documents` in the main package.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.documents.run(fuzzInput(data, size))
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzDocuments_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
