// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "thidua",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "thidua", targets: ["ThiduaCLI"]),
        .library(name: "ThiduaCore", targets: ["ThiduaCore"]),
        .executable(name: "thidua-fuzz", targets: ["ThiduaFuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
        .systemLibrary(
            name: "CRsvg", pkgConfig: "librsvg-2.0",
            providers: [.apt(["librsvg2-dev"]), .brew(["librsvg"])]),
        .systemLibrary(
            name: "CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"]), .brew(["pango"])]),
        .systemLibrary(
            name: "CDeflate", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev", "libdeflate-dev", "libisal-dev"]), .brew(["zlib", "libdeflate", "isa-l"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        // One target per pipeline stage, each depending only on earlier ones, so that the
        // compiler keeps the arrows Load → Model → Rank → Chart → Render → Write
        // (scripts/package/check_stage_order.py, run by `make test`, reads this graph).
        .target(
            name: "ThiduaSupport",
            dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "ThiduaLoad",
            dependencies: ["ThiduaSupport"]),
        .target(
            name: "ThiduaModel",
            dependencies: [
                "ThiduaLoad",
                "CCmark",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(
            name: "ThiduaRank",
            dependencies: ["ThiduaModel"]),
        .target(
            name: "ThiduaChart",
            dependencies: ["ThiduaRank"]),
        .target(
            name: "ThiduaRender",
            dependencies: ["ThiduaChart"]),
        .target(
            name: "ThiduaWrite",
            dependencies: ["ThiduaRender", "CRsvg", "CPango", "CDeflate"]),
        // The build as a whole (Pipeline), publishing and scaffolding: what the command line imports.
        .target(
            name: "ThiduaCore",
            dependencies: ["ThiduaWrite", "CDeflate"]),
        .target(
            name: "ThiduaServe",
            dependencies: ["ThiduaCore", .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(
            name: "ThiduaCLI",
            dependencies: [
                "ThiduaCore",
                "ThiduaServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "ThiduaFuzz",
            dependencies: ["ThiduaModel"]),
        .testTarget(
            name: "ThiduaCoreTests",
            dependencies: [
                "ThiduaSupport", "ThiduaLoad", "ThiduaModel", "ThiduaRank", "ThiduaChart", "ThiduaRender", "ThiduaWrite",
                "ThiduaCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The golden files are read from the repository by path (`Golden.folder`), not bundled.
            exclude: ["Golden"]),
    ]
)
