import Documents
import FuzzSupport

/// The zip reader, DOCX/ODT XML, PDF text extraction and RTF, each given the input; errors are expected, crashes
/// and hangs are not.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzInput(data, size)
    for format in [DocumentFormat.docx, .odt, .pdf, .rtf] { _ = try? format.text(bytes) }
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzDocuments_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
