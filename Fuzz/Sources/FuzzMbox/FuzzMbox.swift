import Mail
import FuzzSupport

/// The mbox splitter, fed in chunks of a size taken from the input, then every message parsed; the split must not
/// depend on the chunk size.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = fuzzInput(data, size)
    let chunk = 1 + Int(bytes.first ?? 0) % 64
    let messages = MailboxReader.splitMbox(bytes, chunkSize: chunk)
    let whole = MailboxReader.splitMbox(bytes)
    precondition(messages.map(\.bytes) == whole.map(\.bytes), "chunk size changed the split")
    for message in messages { _ = MessageParser().parse(message.bytes).text }
    return 0
}

/// The entry SwiftPM links this executable through.
@_cdecl("FuzzMbox_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
