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
            name: "CDeflate", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(
            name: "ThiduaCore",
            dependencies: [
                "CCmark",
                "CRsvg",
                "CDeflate",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
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
            dependencies: ["ThiduaCore"]),
        .testTarget(
            name: "ThiduaCoreTests",
            dependencies: ["ThiduaCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ]
)
