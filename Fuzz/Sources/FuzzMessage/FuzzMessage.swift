import Mail
import FuzzSupport

/// The header and MIME parser with everything below it: RFC 2047/2231, addresses, dates, transfer encodings,
/// charsets, format=flowed, HTML to text, attachments.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let message = MessageParser().parse(fuzzInput(data, size))
    _ = (message.text, message.subject, message.from, message.date)
    for attachment in message.attachments { _ = attachment.filename }
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzMessage_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
