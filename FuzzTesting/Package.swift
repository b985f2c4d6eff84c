// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the readers of ospo, one executable each; built and
// run by scripts/fuzz.sh (see README.md). They depend on the main package by
// path, so they fuzz the code of this checkout.
// libFuzzer brings `main`; each target only defines LLVMFuzzerTestOneInput, so
// its main.swift is read as a library file. Set here rather than with
// -Xswiftc, which would also reach the main package's own executables.
let entryPoint: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "FuzzTesting",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ospo", path: ".."),
    ],
    targets: [
        // The check of every target; Tests/MaturityKitTests links to its
        // files, so the replay test makes the same check.
        .target(
            name: "FuzzCommon",
            dependencies: [.product(name: "MaturityKit", package: "ospo")]
        ),
        .executableTarget(name: "FuzzContentYAML", dependencies: ["FuzzCommon"], swiftSettings: entryPoint),
        .executableTarget(name: "FuzzAnswersYAML", dependencies: ["FuzzCommon"], swiftSettings: entryPoint),
        .executableTarget(name: "FuzzLongCSV", dependencies: ["FuzzCommon"], swiftSettings: entryPoint),
        .executableTarget(name: "FuzzWideCSV", dependencies: ["FuzzCommon"], swiftSettings: entryPoint),
        .executableTarget(name: "FuzzMapping", dependencies: ["FuzzCommon"], swiftSettings: entryPoint),
        .executableTarget(name: "FuzzSurveyCSV", dependencies: ["FuzzCommon"], swiftSettings: entryPoint),
        .executableTarget(
            name: "FuzzBundle",
            dependencies: ["FuzzCommon", .product(name: "MaturityStore", package: "ospo")],
            swiftSettings: entryPoint
        ),
    ]
)
