import FuzzSupport
import FuzzTargets

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The harness the environment chose (`FUZZ_TARGET=FuzzMbox` ...), set once before libFuzzer starts.
nonisolated(unsafe) private var selected: FuzzTarget? = nil

/// libFuzzer's entry: one input to the chosen target (its body is in the main package's `FuzzTargets`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected?.run(fuzzInput(data, size))
    return 0
}

/// The entry SwiftPM links this executable through: picks the target named by FUZZ_TARGET, then runs libFuzzer with
/// the process arguments (libFuzzer's own options and corpus folders).
@_cdecl("FuzzHarness_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    guard let name = getenv("FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTarget.named(name) else {
        let names = FuzzTarget.all.map(\.name).joined(separator: ", ")
        let text = Array("Sett FUZZ_TARGET til en av: \(names).\n".utf8)
        _ = write(2, text, text.count)
        return 2
    }
    selected = target
    return runFuzzer(argc, argv) { data, size in fuzzOne(data, size) }
}
