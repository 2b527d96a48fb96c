// swift-tools-version:6.0
// libFuzzer harnesses for the Mail and Documents modules. Build and run with ../scripts/fuzz.sh (Linux only):
// the targets have no main of their own; -sanitize=fuzzer supplies it.
import PackageDescription

let package = Package(
    name: "HearingFuzz",
    dependencies: [.package(name: "Hearing", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        // One executable for every harness; FUZZ_TARGET names the one to run (see ../scripts/fuzz.sh).
        .executableTarget(
            name: "FuzzHarness", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
    ]
)
