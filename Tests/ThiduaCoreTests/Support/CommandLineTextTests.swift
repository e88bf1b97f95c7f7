import Testing
@testable import ThiduaSupport
@testable import ThiduaLoad
@testable import ThiduaModel
@testable import ThiduaRank
@testable import ThiduaChart
@testable import ThiduaRender
@testable import ThiduaWrite
@testable import ThiduaCore

/// swift-argument-parser's help and usage errors, as it printed them for
/// thidua 0.1.0 (swift-argument-parser 1.8.2), in the site's language.
struct CommandLineTextTests {
    private func vietnamese(_ text: String) -> String {
        CommandLineText.translate(text, english: .english, target: .vietnamese)
    }

    @Test func translatesTheHelp() {
        let help = """
            OVERVIEW: Dựng trang web từ thư mục nội dung.

            USAGE: thidua build [--content <content>] [--lang <lang>]

            OPTIONS:
              --content <content>     Thư mục nội dung (site.yml và mỗi phong trào một thư
                                      mục). (default: content)
              --lang <lang>           Ngôn ngữ của thông báo: vi hoặc en (default:
                                      `language` trong site.yml, nếu không có thì vi).
                                      (values: vi, en)
              --version               Show the version.
              -h, --help              Show help information.

            SUBCOMMANDS:
              build                   Dựng trang web từ thư mục nội dung.

              See 'thidua help <subcommand>' for detailed help.
            """
        #expect(vietnamese(help) == """
            TỔNG QUAN: Dựng trang web từ thư mục nội dung.

            CÁCH DÙNG: thidua build [--content <content>] [--lang <lang>]

            TUỲ CHỌN:
              --content <content>     Thư mục nội dung (site.yml và mỗi phong trào một thư
                                      mục). (mặc định: content)
              --lang <lang>           Ngôn ngữ của thông báo: vi hoặc en (mặc định:
                                      `language` trong site.yml, nếu không có thì vi).
                                      (giá trị: vi, en)
              --version               Hiện số phiên bản.
              -h, --help              Hiện trợ giúp này.

            LỆNH:
              build                   Dựng trang web từ thư mục nội dung.

              Xem 'thidua help <lệnh>' để biết chi tiết từng lệnh.
            """)
    }

    @Test func translatesUsageErrors() {
        let usage = "Usage: thidua build [--content <content>] [--output <output>]\n  See 'thidua build --help' for more information."
        let shownUsage = "Cách dùng: thidua build [--content <content>] [--output <output>]\n  Xem 'thidua build --help' để biết thêm."
        #expect(vietnamese("Error: Unknown option '--outptu'. Did you mean '--output'?\n" + usage)
            == "Lỗi: không có tuỳ chọn '--outptu'. Có phải ý bạn là '--output'?\n" + shownUsage)
        #expect(vietnamese("Error: Unknown option '--bogus'") == "Lỗi: không có tuỳ chọn '--bogus'")
        #expect(vietnamese("Error: The value 'xx' is invalid for '--lang <lang>'. Please provide one of 'vi' and 'en'.\n"
                           + "Help:  --lang <lang>  Ngôn ngữ của thông báo.")
            == "Lỗi: 'xx' không phải giá trị dùng được cho '--lang <lang>'. Hãy dùng một trong: 'vi' và 'en'.\n"
            + "Trợ giúp: --lang <lang>  Ngôn ngữ của thông báo.")
        #expect(vietnamese("Error: The value 'abc' is invalid for '--port <port>'")
            == "Lỗi: 'abc' không phải giá trị dùng được cho '--port <port>'")
        #expect(vietnamese("Error: Missing expected argument '<slug>'") == "Lỗi: thiếu tham số '<slug>'")
        #expect(vietnamese("Error: Missing value for '--content <content>'") == "Lỗi: thiếu giá trị cho '--content <content>'")
        #expect(vietnamese("Error: Unexpected argument 'extra'")
            == "Lỗi: không hiểu 'extra' (không phải lệnh hay tham số của lệnh này)")
        #expect(vietnamese("Error: 2 unexpected arguments: 'a', 'b'") == "Lỗi: không hiểu 2 tham số: 'a', 'b'")
        #expect(vietnamese("Error: The option '--no-wait' does not take any value, but 'x' was specified.")
            == "Lỗi: tuỳ chọn '--no-wait' không nhận giá trị, nhưng lại có 'x'.")
        // A problem the catalogue does not know keeps its words, under a Vietnamese prefix.
        #expect(vietnamese("Error: Something new") == "Lỗi: Something new")
        // A value typed by the user is kept as typed, braces included.
        #expect(vietnamese("Error: Unknown option '--{name}'") == "Lỗi: không có tuỳ chọn '--{name}'")
    }

    @Test func leavesEnglishAndUnknownLinesAlone() {
        let text = "OVERVIEW: Build the site.\n\n0.1.0"
        #expect(CommandLineText.translate(text, english: .english, target: .english) == text)
        #expect(vietnamese("0.1.0") == "0.1.0")
    }

    @Test func theLanguageIsReadBeforeParsing() {
        let fs = MemoryFileSystem(files: ["content/site.yml": "title: T\nlanguage: en\n", "other/site.yml": "title: T\n"])
        #expect(CommandLineText.language(arguments: ["build"], fileSystem: fs) == .en)
        #expect(CommandLineText.language(arguments: ["build", "--lang", "vi"], fileSystem: fs) == .vi)
        #expect(CommandLineText.language(arguments: ["build", "--content=other"], fileSystem: fs) == .vi)
        #expect(CommandLineText.language(arguments: ["build", "--content", "other", "--lang=EN"], fileSystem: fs) == .en)
        #expect(CommandLineText.language(arguments: ["new", "--", "--lang"], fileSystem: MemoryFileSystem(files: [:])) == .vi)
        #expect(CommandLineText.value(of: "--content", in: ["--content"]) == nil)
    }
}
