import Foundation
import ThiduaCore
#if THIDUA_FUZZ
import CFuzzerDriver
#endif

/// `thidua-fuzz HARNESS [libFuzzer options] [corpus folders or files…]`.
///
/// Built with `-DTHIDUA_FUZZ` and `--sanitize fuzzer` (see `make fuzz`) it
/// hands the arguments to libFuzzer. Built normally it only replays the
/// given files and folders through the harness, which is how a crash input
/// is checked without the sanitizer toolchain.
@main
enum FuzzMain {
    nonisolated(unsafe) static var harness = FuzzHarness.xlsx

    static func main() {
        var arguments = CommandLine.arguments
        guard arguments.count >= 2, let chosen = FuzzHarness(rawValue: arguments[1]) else {
            let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: thidua-fuzz HARNESS [options] [corpus…]; harnesses: \(names)\n".utf8))
            exit(2)
        }
        harness = chosen
        arguments.remove(at: 1)
        #if THIDUA_FUZZ
        var argc = Int32(arguments.count)
        var cStrings = arguments.map { strdup($0) } + [nil]
        let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var argv = buffer.baseAddress
            return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                FuzzMain.harness.run(Data(bytes: data!, count: size))
                return 0
            }
        }
        exit(status)
        #else
        var count = 0
        for path in arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                chosen.run(data)
                count += 1
            }
        }
        print("\(chosen.rawValue): \(count) inputs replayed without a crash")
        #endif
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
