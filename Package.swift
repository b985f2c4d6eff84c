// swift-tools-version: 6.1
import PackageDescription

// Layers, from the domain up: MaturityKit (pure domain, no I/O) →
// MaturityStore (the SQLite workspace) and MaturityReports (renderers) →
// MaturityUseCases (what every front end asks for: resolve content, score,
// plan, import, report) → ospo (the command line: parses, calls one use
// case, prints). ShippedContent carries the YAML of rubrics/ and
// questionnaires/ inside the binary. scripts/check-layers.sh keeps the
// layers apart.
let package = Package(
    name: "ospo",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "ospo", targets: ["ospo"]),
        .library(name: "MaturityKit", targets: ["MaturityKit"]),
        // For FuzzTesting/, whose bundle reader target needs the workspace.
        .library(name: "MaturityStore", targets: ["MaturityStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        .target(
            name: "MaturityKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(
            name: "MaturityStore",
            dependencies: [
                "MaturityKit",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "MaturityReports",
            dependencies: [
                "MaturityKit",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "ContentEmbedder",
            path: "Sources/ContentEmbedder"
        ),
        .plugin(
            name: "EmbedContent",
            capability: .buildTool(),
            dependencies: ["ContentEmbedder"]
        ),
        .target(
            name: "ShippedContent",
            plugins: ["EmbedContent"]
        ),
        .target(
            name: "MaturityUseCases",
            dependencies: [
                "MaturityKit",
                "MaturityStore",
                "MaturityReports",
                "ShippedContent",
                // SHA-256 of invitation, account setup and session tokens.
                .product(name: "Crypto", package: "swift-crypto"),
                // bcrypt of account passwords.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        // The respondent's web pages (ospo serve): routes and templates over
        // the use cases; never the database directly.
        .target(
            name: "MaturityWeb",
            dependencies: [
                "MaturityKit",
                "MaturityReports",
                "MaturityUseCases",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .executableTarget(
            name: "ospo",
            dependencies: [
                "MaturityKit",
                "MaturityStore",
                "MaturityReports",
                "MaturityUseCases",
                "MaturityWeb",
                "ShippedContent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MaturityKitTests",
            dependencies: ["MaturityKit", .product(name: "CSV", package: "CSV.swift")]
        ),
        .testTarget(
            name: "MaturityStoreTests",
            dependencies: ["MaturityKit", "MaturityStore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "MaturityReportsTests",
            dependencies: ["MaturityKit", "MaturityReports"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "MaturityUseCasesTests",
            dependencies: ["MaturityUseCases", "MaturityKit", "MaturityStore", "MaturityReports"]
        ),
        .testTarget(
            name: "MaturityWebTests",
            dependencies: [
                "MaturityWeb", "MaturityUseCases", "MaturityKit", "MaturityStore", "MaturityReports",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "OspoTests",
            dependencies: ["ospo", "MaturityKit", "ShippedContent"]
        ),
    ]
)
