// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Hearing",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hearing", targets: ["Hearing"]),
        .library(name: "HearingCore", targets: ["HearingCore"]),
        .library(name: "Mail", targets: ["Mail"]),
        .library(name: "Documents", targets: ["Documents"]),
        .library(name: "FuzzTargets", targets: ["FuzzTargets"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            path: "Sources/CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CMicroHTTPD",
            path: "Sources/CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"]), .brew(["libmicrohttpd"])]
        ),
        // iconv is part of glibc on Linux and a library of its own on macOS.
        .target(name: "Mail", linkerSettings: [.linkedLibrary("iconv", .when(platforms: [.macOS]))]),
        .target(name: "Documents", dependencies: ["CZlib"]),
        .target(
            name: "HearingCore",
            dependencies: ["Mail", "Documents", "CSQLite"],
            plugins: ["EmbedTemplates"]
        ),
        // A local HTTP server that knows nothing of hearings, and the review site that knows nothing of sockets.
        .target(name: "WebServer", dependencies: ["CMicroHTTPD"]),
        .target(name: "HearingWeb", dependencies: ["HearingCore", "WebServer", "Documents"]),
        .executableTarget(name: "Hearing", dependencies: ["HearingCore", "HearingWeb", "Mail"]),
        // The bodies of the fuzz harnesses, shared by the libFuzzer package in Fuzz/ and the brief fuzzing in the
        // tests.
        .target(name: "FuzzTargets", dependencies: ["Mail", "Documents"]),
        .executableTarget(name: "TemplateEmbedder"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["TemplateEmbedder"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MailTests", dependencies: ["Mail", "TestSupport"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents"], exclude: ["Fixtures"]),
        .testTarget(
            name: "HearingCoreTests", dependencies: ["HearingCore", "Mail", "TestSupport"],
            exclude: ["Letters", "Corpus", "Idioms"]),
        .testTarget(name: "HearingTests", dependencies: ["Hearing", "StoreCrashProbe", "TestSupport"]),
        // A test helper that imports with every commit stalled, so a test can kill it inside the commit.
        .executableTarget(name: "StoreCrashProbe", dependencies: ["HearingCore"], path: "Tests/StoreCrashProbe"),
        .testTarget(
            name: "HearingWebTests",
            dependencies: ["HearingWeb", "HearingCore", "WebServer", "Documents", "TestSupport"]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"], exclude: ["Regressions"]),
    ]
)
