// swift-tools-version:6.0
// libFuzzer harnesses for the Mail and Documents modules. Build and run with ../scripts/fuzz.sh (Linux only):
// the targets have no main of their own; -sanitize=fuzzer supplies it.
import PackageDescription

let package = Package(
    name: "HearingFuzz",
    dependencies: [.package(name: "Hearing", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzMbox", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
        .executableTarget(name: "FuzzMessage", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
        .executableTarget(name: "FuzzHeaders", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
        .executableTarget(name: "FuzzEncodings", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
        .executableTarget(name: "FuzzDocuments", dependencies: ["FuzzSupport", .product(name: "FuzzTargets", package: "Hearing")]),
    ]
)
