import Foundation
import ThiduaModel

#if THIDUA_FUZZ
// Built with -DTHIDUA_FUZZ and --sanitize fuzzer (see `make fuzz`): libFuzzer
// owns main and calls this for each input; the harness is named by
// THIDUA_FUZZ_HARNESS because libFuzzer reads every argument itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    FuzzSelection.harness.run(bytes)
    return 0
}

enum FuzzSelection {
    static let harness: FuzzHarness = {
        let name = ProcessInfo.processInfo.environment["THIDUA_FUZZ_HARNESS"] ?? ""
        guard let harness = FuzzHarness(rawValue: name) else {
            let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("set THIDUA_FUZZ_HARNESS to one of: \(names)\n".utf8))
            exit(2)
        }
        return harness
    }()
}
#else
/// `thidua-fuzz HARNESS FILE_OR_FOLDER…` replays inputs through a harness
/// without the sanitizer toolchain (a normal `swift build`), e.g. to check
/// a crash input from `make fuzz`.
@main
enum FuzzMain {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, let harness = FuzzHarness(rawValue: arguments[1]) else {
            let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: thidua-fuzz HARNESS FILE_OR_FOLDER…; harnesses: \(names)\n".utf8))
            exit(2)
        }
        var count = 0
        for path in arguments.dropFirst(2) {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                harness.run(data)
                count += 1
            }
        }
        print("\(harness.rawValue): \(count) inputs replayed without a crash")
    }

    /// The file itself, or the files of a folder in name order.
    static func files(at path: String) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { path + "/" + $0 }
    }
}
#endif
