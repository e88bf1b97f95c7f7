// The default theme's message catalogues (themes/default/i18n/messages.*.yml), built into
// thidua for a binary that finds no theme. Written by
// `THIDUA_RECORD=1 swift test --filter MessageCatalogueTests`, and a test fails when it
// differs from the theme's files: do not edit by hand.

extension MessageCatalogue {
    /// The catalogue texts by language.
    static let builtInTexts: [Language: String] = [
        .vi: #"""
# Thông báo của lệnh thidua, tiếng Việt. `{name}` là chỗ thidua điền giá trị vào.
# Mỗi khoá phải có cả trong messages.en.yml và là một case của MessageKey (Sources/ThiduaSupport/Messages).
warningPrefix: "cảnh báo"
didYouMean: ". Có phải ý bạn là `{word}`?"
moreProblemsNotShown: "… và {count} lỗi khác chưa hiện; hãy sửa các lỗi trên rồi chạy lại"

# Sources/ThiduaCore/Model/YAMLFields.swift
keyRequired: "thiếu khoá `{key}` (bắt buộc)"
mustBeText: "`{key}` phải là văn bản, không phải {kind}"
keyEmpty: "`{key}` đang để trống"
dateRequired: "thiếu khoá `{key}` (bắt buộc, là một ngày viết YYYY-MM-DD)"
dateInvalid: "`{key}` phải là một ngày viết theo dạng YYYY-MM-DD, ví dụ 2024-09-01"
boolInvalid: "`{key}` phải là true (có) hoặc false (không)"
numberInvalid: "`{key}` phải là một số, ví dụ 1 hoặc 0.5"
listInvalid: "`{key}` phải là một danh sách (các dòng bắt đầu bằng \"- \"), không phải {kind}"
unknownKey: "khoá `{key}` trong {context} không hợp lệ nên bị bỏ qua; các khoá hợp lệ: {known}{suggestion}"

# Sources/ThiduaCore/FileSystem/DiskFileSystem.swift
fileNotFound: "không tìm thấy tệp"
notOrdinaryFile: "đây là {kind}, không phải tệp; thidua chỉ đọc tệp thông thường: hãy xoá nó, hoặc đưa số liệu vào một tệp"
cannotReadFile: "không đọc được tệp ({localizedDescription})"
cannotListFolder: "không xem được nội dung thư mục"
cannotCreateLockFile: "không tạo được tệp khoá ({value})"
cannotLockFile: "không khoá được tệp ({value})"
cannotWriteFile: "không ghi được tệp ({localizedDescription})"
cannotCreateFolder: "không tạo được thư mục ({value})"
cannotRemove: "không xoá được ({localizedDescription})"
cannotRename: "không đổi tên được thành {to} ({localizedDescription})"

# Sources/ThiduaCore/FileSystem/MemoryFileSystem.swift
nothingToRename: "không có gì để đổi tên"

# Sources/ThiduaCore/Render/RenderStage.swift
twoPagesOnePath: "hai trang của trang web sẽ cùng ghi vào đường dẫn này; hãy đổi mã của đơn vị hoặc phong trào tạo ra nó"
twoImagesOnePath: "hai ảnh của trang web sẽ cùng ghi vào đường dẫn này; hãy đổi mã của chỉ số hoặc đơn vị tạo ra nó"
reportNotRendered: "không tạo được báo cáo PDF ({detail})"
publishNotMap: "`publish` phải là một nhóm khoá: host, path, và nếu cần user, port, keep"
publishHostInvalid: "`host` phải là tên hoặc địa chỉ máy chủ, ví dụ portal.example.gov.vn"
publishUserInvalid: "`user` phải là tên đăng nhập, ví dụ thidua"
publishPathInvalid: "`path` phải là một thư mục trên máy chủ, ví dụ /srv/thidua (không phải / hay ~)"
publishWholeNumber: "`{key}` phải là một số nguyên từ {low} đến {high}"

# Sources/ThiduaCore/Render/UIStrings.swift
themeNoUIStrings: "giao diện (theme) không có chuỗi giao diện cho ngôn ngữ \"{lang}\""
uiStringNotText: "chuỗi giao diện `{key}` phải là văn bản"

# Sources/ThiduaCore/Render/Templates/TemplateLibrary.swift
themeNoTemplate: "giao diện (theme) thiếu mẫu trang \"{name}\""
templateUnclosedSection: "không đọc được mẫu trang ({error}); hãy kiểm tra mỗi {{#section}} đều được đóng bằng {{/section}} cùng tên"
templateUnreadable: "không đọc được mẫu trang: {error}"

# Sources/ThiduaCore/Scaffold/CampaignScaffold.swift
campaignFolderInvalid: "tên thư mục phong trào \"{slug}\" là địa chỉ URL của phong trào và {problem}"
campaignExists: "thư mục đã có; thidua new không bao giờ ghi đè một phong trào: hãy chọn tên khác, hoặc chuyển thư mục này đi nơi khác trước"

# Sources/ThiduaCore/Pipeline/Pipeline.swift
noBaseURL: "chưa khai báo `base_url`: các trang sẽ không có thẻ ảnh chia sẻ (og:image), liên kết chia sẻ, nguồn tin (feed) và sơ đồ trang (sitemap), vì những thứ này cần địa chỉ tuyệt đối; hãy thêm ví dụ base_url: \"https://example.gov.vn/thidua/\" vào site.yml hoặc dùng --base-url"

# Sources/ThiduaCore/Pipeline/Preview.swift
unexpectedError: "{error}"

# Sources/ThiduaCore/Model/SnapshotReader.swift
snapshotFileName: "tên tệp số liệu phải là ngày của số liệu, dạng YYYY-MM-DD.csv hoặc YYYY-MM-DD.xlsx (ví dụ 2024-07-16.csv)"
headerColumnTwice: "dòng tiêu đề có nhiều hơn một cột {what}: {value}; chỉ giữ một cột"
metricColumnTaken: "số liệu \"{id}\" (cột \"{column}\") sẽ đọc cột {value}, là cột đã dùng cho {owner}; mỗi số liệu trong campaign.md cần một cột riêng"
metricHasNoColumn: "thiếu cột \"{column}\" của số liệu \"{id}\" trong dòng tiêu đề; hãy thêm cột này hoặc sửa `column:` trong campaign.md{suggestion}"
metricColumnAmbiguous: "số liệu \"{id}\": \"{column}\" có thể là bất kỳ cột nào trong các cột {value}; hãy ghi đầy đủ tiêu đề cột vào `column:` trong campaign.md, ví dụ \"{value2}\""

# Sources/ThiduaCore/Model/GrantsReader.swift
awardsColumnsMissing: "awards.csv cần các cột award,unit (có thể thêm decision,date,person), ví dụ award,unit,decision,date,person"
grantNoAward: "dòng này không ghi hình thức khen thưởng; hãy ghi mã khen thưởng của phong trào ({awardIDs})"
grantUnknownAward: "không có hình thức khen thưởng \"{awardID}\"; cần một mã khen thưởng khai báo trong campaign.md: {ids}{suggestion}"
grantNoUnit: "dòng này không ghi đơn vị; hãy ghi mã đơn vị hoặc tên đơn vị như trong units.csv"
grantUnitAmbiguous: "\"{unitText}\" trùng với nhiều đơn vị ({ids}); hãy ghi mã đơn vị"
grantUnknownUnit: "không có đơn vị \"{unitText}\"; hãy ghi mã hoặc tên đơn vị có trong units.csv{suggestion}"
grantBadDate: "\"{text}\" không phải là ngày; hãy ghi ngày quyết định theo dạng dd/mm/yyyy (ví dụ 15/01/2025) hoặc yyyy-mm-dd"
grantTwice: "khen thưởng \"{awardID}\" đã được trao cho {person}đơn vị \"{unit}\" ở dòng {earlier}; hãy xoá một trong hai dòng"

# Sources/ThiduaCore/Model/PlanFiguresReader.swift
planFigureNotMap: "mỗi số liệu của kế hoạch là một tập khoá, ví dụ {id: total, value: 114251, date: 2024-07-16, source: \"Mục I.1\"}"
planFigureUnknownId: "số liệu kế hoạch \"{id}\" không phải là số liệu hay chỉ số; cần một trong các mã: {ids}{suggestion}"
planFigureNeedsValue: "số liệu kế hoạch \"{id}\" cần `value`: con số đúng như kế hoạch ghi, ví dụ 114251 hoặc \"32%\""
planFigureBadValue: "`value` của số liệu kế hoạch \"{id}\" phải là một số, ví dụ 114251, 114.251 hoặc \"32%\""
planFigureNoSnapshot: "số liệu kế hoạch \"{id}\" ghi ngày {date}, nhưng không có tệp số liệu ngày đó; hãy dùng ngày của một tệp số liệu: {dates}"
planFigureUnknownGroup: "không có khối \"{text}\" (số liệu kế hoạch \"{id}\"); cần một trong các khối: {ids}{suggestion}"

# Sources/ThiduaCore/Model/FrontMatter.swift
planTooLarge: "campaign.md dung lượng {value} MB; một kế hoạch nên dưới {value2} MB — hãy bỏ các bảng hoặc hình ảnh dán vào (số liệu để trong thư mục data/)"
planNoFrontMatter: "campaign.md phải bắt đầu bằng một dòng \"---\", tiếp theo là các quy định viết bằng YAML, rồi một dòng \"---\" nữa"
frontMatterNotClosed: "phần quy định mở bằng \"---\" ở dòng 1 chưa được đóng; hãy thêm một dòng \"---\" sau các quy định"

# Sources/ThiduaCore/Model/RulesReader.swift
groupNeedsIdName: "mỗi khối cần có `id` và `name`, ví dụ `- {id: so-nganh, name: \"Các Sở, ngành\"}`"
groupIdInvalid: "mã khối \"{id}\" {problem}"
groupIdUsedTwice: "mã khối \"{id}\" bị dùng hai lần"
bracketBoundsNotRising: "các mốc nhóm quy mô phải tăng dần: {value} không lớn hơn {last}"
bracketBoundNotNumber: "mốc nhóm quy mô phải là một số, ví dụ 1500"
bracketsNeedBounds: "`brackets` cần `bounds`, là danh sách các số, ví dụ [1500, 3500]"
metricsMissing: "thiếu `metrics` (bắt buộc): hãy liệt kê các số liệu gốc trong tệp số liệu, ví dụ `- {id: total, name: \"Tổng số hồ sơ\"}`"
metricNeedsId: "mỗi số liệu cần có `id`, ví dụ `- {id: total, name: \"Tổng số hồ sơ\"}`"
metricIdReserved: "mã số liệu \"{id}\" trùng với một từ của ngôn ngữ quy định ({reservedWords}); hãy chọn mã khác, ví dụ {id2}_count"
metricIdInvalid: "mã số liệu \"{id}\" phải bắt đầu bằng chữ cái và chỉ gồm chữ a-z, chữ số và _ (ví dụ received_online)"
metricIdUsedTwice: "mã số liệu \"{id}\" bị dùng hai lần"
metricsShareColumn: "hai số liệu \"{id}\" và \"{id2}\" cùng đọc cột \"{column}\""
toleranceInvalid: "`tolerance` phải là một số từ 0 trở lên, ví dụ 1% (một điểm phần trăm) hoặc 5"
metricCheckUsesItself: "phép kiểm tra của số liệu \"{id}\" dùng chính số liệu đó; hãy so sánh với các số liệu khác, ví dụ check: \"received_online / total\""
indicatorsMissing: "thiếu `indicators` (bắt buộc): hãy liệt kê các chỉ số dùng để đánh giá đơn vị, ví dụ `- {id: received_rate, formula: \"received_online / total\", format: percent}`"
indicatorNeedsIdFormula: "mỗi chỉ số cần có `id` và `formula`"
indicatorIdReserved: "mã chỉ số \"{id}\" trùng với một từ của ngôn ngữ quy định ({reservedWords}); hãy chọn mã khác, ví dụ {id2}_rate"
indicatorIdInvalid: "mã chỉ số \"{id}\" phải bắt đầu bằng chữ cái và chỉ gồm chữ a-z, chữ số và _ (ví dụ received_rate)"
indicatorIdIsMetric: "mã chỉ số \"{id}\" đã là mã của một số liệu; hãy chọn mã khác"
indicatorIdUsedTwice: "mã chỉ số \"{id}\" bị dùng hai lần"
weightNegative: "`weight` (trọng số) không được là số âm"
valueNotAllowed: "`{key}` là \"{text}\"; giá trị hợp lệ: {allowed}"
rankingNeedsBy: "`ranking` cần `by`: mã một chỉ số, score (điểm), hoặc danh sách các mục này, ví dụ [score, received_rate]"
rankingByUnknown: "`ranking.by` ghi \"{value}\", không phải là một chỉ số; cần một trong các mã: {ids}{suggestion}"
rankingByEmpty: "`ranking.by` không ghi chỉ số nào"
rankingByTwice: "`ranking.by` ghi \"{value}\" hai lần; mỗi tiêu chí xếp hạng chỉ dùng một lần"
rankingByScoreNoWeight: "`ranking.by: score` cần ít nhất một chỉ số có trọng số (weight) lớn hơn 0"

# Sources/ThiduaCore/Model/YAMLNode.swift
yamlAnchors: "YAML không hỗ trợ neo (&tên) và bí danh (*tên); hãy viết đầy đủ từng giá trị"
yamlUnreadable: "không đọc được YAML: {value}; hãy kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép"
yamlKeyNotWord: "khoá phải là một từ đơn giản, ví dụ `title`"
yamlKeyTwice: "`{name}` được ghi hai lần; chỉ giữ một"

# Sources/ThiduaCore/Model/CampaignReader.swift
campaignFolderReserved: "tên thư mục phong trào \"{slug}\" đã dành cho các tệp riêng của trang web; hãy đổi tên thư mục"
frontMatterNotMap: "phần quy định đầu tệp phải là một tập khoá, ví dụ `title: \"…\"`"
periodBackwards: "thời gian phong trào kết thúc ({end}) trước khi bắt đầu ({start})"
periodMissing: "thiếu `period` (bắt buộc): `period: {start: 2024-09-01, end: 2024-10-31}`"
bracketMetricUnknown: "số liệu của nhóm quy mô \"{metricName}\" không phải là số liệu; cần một trong các mã: {ids}{suggestion}"
rosterMissing: "thiếu tệp units.csv; hãy liệt kê các đơn vị thi đua với các cột id,name{value}"
noSnapshots: "phong trào chưa có số liệu; hãy thêm một tệp số liệu data/YYYY-MM-DD.csv (hoặc .xlsx)"
baselineNoSnapshot: "ngày gốc (baseline) {day} không có tệp số liệu; hãy thêm data/{day}.csv hoặc dùng một trong các ngày: {dates}"
noSnapshotInPeriod: "không có tệp số liệu nào ghi ngày trước hoặc đúng ngày kết thúc phong trào ({end}); tệp sớm nhất là {first}"

# Sources/ThiduaCore/Model/Site.swift
siteNotMap: "site.yml phải là một tập khoá, ví dụ `title: \"…\"`"
baseURLFlagInvalid: "\"{override}\" không phải là địa chỉ URL tuyệt đối; hãy viết ví dụ https://example.gov.vn/thidua/"
baseURLInvalid: "`base_url` phải là địa chỉ URL tuyệt đối, ví dụ https://example.gov.vn/thidua/"

# Sources/ThiduaCore/Model/AwardsReader.swift
awardNeedsIdName: "mỗi hình thức khen thưởng cần có `id` và `name`"
awardIdInvalid: "mã khen thưởng \"{id}\" {problem}"
awardIdUsedTwice: "mã khen thưởng \"{id}\" bị dùng hai lần"
awardTopInvalid: "`top` phải là số nguyên từ 1 trở lên"
awardPerBracketNoBrackets: "khen thưởng \"{id}\" xét theo nhóm quy mô, nhưng không khối nào có `brackets`: sẽ xét theo khối; hãy ghi per: group, hoặc thêm nhóm quy mô"
awardUnknownGroup: "không có khối \"{group}\" (khen thưởng \"{id}\"); cần một trong các khối: {ids}{suggestion}"
awardDecidedWithTop: "khen thưởng \"{id}\" là `require: decided`: không có quy tắc nào xếp hạng, nên `top` và `per` không có tác dụng; hãy bỏ hai khoá này, hoặc viết quy tắc thành một điều kiện"
awardRequireInvalid: "`require` phải là all_targets, none, decided, hoặc một điều kiện trong dấu ngoặc kép, ví dụ \"all_targets and violations == 0\""

# Sources/ThiduaCore/Model/RosterReader.swift
rosterNoIdColumn: "thiếu cột `id` trong dòng tiêu đề; units.csv cần các cột id,name{value}"
rosterNoNameColumn: "thiếu cột `name` trong dòng tiêu đề; units.csv cần các cột id,name{value}"
rosterNoGroupColumn: "phong trào có các khối ({ids}) nhưng units.csv thiếu cột `group`"
unitIdInvalid: "mã đơn vị \"{id}\" {problem}"
unitIdReserved: "mã đơn vị \"{id}\" đã dành cho một trang của phong trào; hãy chọn mã khác"
unitIdTwice: "mã đơn vị \"{id}\" đã dùng ở dòng {earlier}; mỗi đơn vị phải có mã riêng"
unitNoName: "đơn vị \"{id}\" chưa có tên"
unitUnknownGroup: "không có khối \"{group}\" (đơn vị \"{id}\"); cần một trong các khối: {ids}{suggestion}"
unitNameIsAlias: "đơn vị \"{id}\" có tên \"{name}\", trùng với tên gọi khác của đơn vị \"{unit}\" (dòng {line}); hãy bỏ tên gọi khác đó"
rosterEmpty: "units.csv chưa có đơn vị nào; hãy thêm mỗi đơn vị thi đua một dòng"

# Sources/ThiduaCore/Model/TargetsReader.swift
targetUnknownKey: "chỉ tiêu không dùng khoá `{key}`; chỉ tiêu dạng tập khoá gồm `value` (và `or`), hoặc `when`, có thể thêm `label` và `illustrative`{suggestion}"
targetValueAndWhen: "chỉ tiêu chỉ có `value` (có thể kèm `or`) hoặc `when`, không có cả hai; hãy chuyển điều kiện sang `or`"
targetOrWithoutValue: "`or` cần có `value` đi kèm, ví dụ {value: \">= 20%\", or: \"received_rate >= 100%\"}; nếu chỉ có điều kiện thì viết {when: \"…\"}"
targetNeedsValue: "chỉ tiêu dạng tập khoá cần `value` (ví dụ {value: \">= 20%\"}) hoặc `when` (ví dụ {when: \"received_rate >= 50%\"})"
targetConditionNotText: "`{key}` phải là một điều kiện trong dấu ngoặc kép, ví dụ \"received_rate >= 100%\""
inContext: "trong {context}: {message}"
inContext2: "trong {context}: {error}"
targetNotText: "chỉ tiêu phải là văn bản như \">= 50%\" hoặc một số"
targetInvalid: "chỉ tiêu \"{raw}\" không hợp lệ; hãy viết ví dụ \">= 50%\", \"> 90%\", \"<= 5%\" hoặc một số"

# Sources/ThiduaCore/Model/XLSX/XLSXReader.swift
xlsxIsXlsOrEncrypted: "tệp là sổ tính Excel 97–2003 (.xls) hoặc có đặt mật khẩu; hãy mở bằng Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" không mật khẩu"
xlsxNotWorkbook: "tệp không phải là sổ tính Excel (.xlsx); hãy lưu từ Excel dạng \"Excel Workbook (.xlsx)\", hoặc dạng \"CSV UTF-8\" với đuôi .csv"
xlsxNoSuchSheet: "sổ tính không có trang tính tên \"{wanted}\" (data.sheet trong campaign.md); các trang tính hiện có: {sheets}{suggestion}"
xlsxDamaged: "không đọc được sổ tính Excel: {message}; hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng \"Excel Workbook (.xlsx)\""

# Sources/ThiduaCore/Model/Checks/CheckRules.swift
checkNotRule: "mỗi phép kiểm tra là một quy tắc, ví dụ \"received_online <= total\", hoặc {rule: \"…\", level: error}"
checkComparesNothing: "phép kiểm tra \"{text}\" không so sánh gì; hãy viết ví dụ \"received_online <= total\" (các phép <=, <, >=, >, ==, !=; and, or, not), hoặc một trong các phép có sẵn: {builtIn}"
checkNoMetric: "phép kiểm tra \"{text}\" không nêu số liệu nào; hãy so sánh các số liệu, ví dụ \"received_online <= total\""
checkComparesNothingSimple: "phép kiểm tra \"{text}\" không so sánh gì; hãy viết ví dụ \"received_online <= total\" (các phép <=, <, >=, >, ==), hoặc một trong các phép có sẵn: {builtIn}"
inCheck: "trong phép kiểm tra \"{text}\": {message}"
inCheck2: "trong phép kiểm tra \"{text}\": {error}"

# Sources/ThiduaCore/Model/Checks/MarkdownEmphasisCheck.swift
emphasisMore: "… và còn {skipped} chỗ dấu sao hoặc gạch dưới in ra nguyên văn trong kế hoạch; hãy sửa các chỗ trên rồi chạy lại"

# Sources/ThiduaCore/Model/Table/CSVTableReader.swift
csvUnclosedQuote: "một ô ở đây mở dấu ngoặc kép (\") nhưng không đóng, nên phần còn lại của tệp sẽ bị đọc thành một ô; hãy thêm dấu ngoặc kép đóng (dấu ngoặc kép bên trong ô được viết hai lần: \"\")"
csvCannotRead: "không đọc được tệp CSV ({error})"
csvEmpty: "tệp trống; tệp cần một dòng tiêu đề và mỗi đơn vị một dòng"

# Sources/ThiduaCore/Model/Table/DataOptions.swift
dataNotMap: "`data` phải là một tập khoá, ví dụ `data: {sheet: \"Tổng hợp\", header_row: 4}`"
headerRowInvalid: "`header_row` phải là số thứ tự hàng từ 1 trở lên, như Excel hiển thị (ví dụ 4)"
namePrefixNotText: "mỗi tiền tố tên phải là văn bản, ví dụ \"UBND xã\""

# Sources/ThiduaCore/Model/Formula/FormulaParser.swift
formulaEmpty: "công thức đang để trống"
conditionEmpty: "điều kiện đang để trống; hãy viết ví dụ received_rate >= 50%"
formulaConditionNotNumber: "phần này là một điều kiện (đúng hoặc sai), không phải một số; hãy tính bằng các số rồi so sánh kết quả, ví dụ online / total >= 50%"
conditionNumberNotCondition: "phần này là một số, không phải điều kiện; hãy so sánh nó, ví dụ received_rate >= 50%"
comparisonChained: "không được viết liền nhiều phép so sánh; hãy nối chúng bằng and, ví dụ a >= 1 and a <= 5"
formulaLoneBang: "dấu \"!\" không đúng chỗ; viết != cho \"khác\", hoặc not trước một điều kiện"
formulaDividesByZero: "phép chia này chia cho 0, nên {noun} không có giá trị cho đơn vị nào; hãy chia cho một số liệu, ví dụ online / total"
formulaTooDeep: "{noun} lồng nhau quá {maximumDepth} cấp"
formulaEndsEarly: "{noun} kết thúc quá sớm; cần một số, một mã hoặc \"(\""
allTargetsOutsideRequire: "all_targets chỉ dùng được trong `require` của một hình thức khen thưởng"
formulaUnexpectedWord: "\"{word}\" không đúng chỗ; trước nó cần một số, một mã hoặc \"(\""
formulaUnexpectedCharacter: "\"{c}\" không đúng chỗ; cần một số, một mã hoặc \"(\""
formulaBadNumber: "\"{text}\" không phải là số; phần thập phân viết bằng dấu chấm, ví dụ 0.5 hoặc 50%"
baselineNeedsParenthesis: "sau baseline cần có \"(\", ví dụ baseline(received_rate)"
indicatorRefersToItself: "chỉ số \"{name}\" không được dùng chính nó"
indicatorDefinedLater: "chỉ số \"{name}\" được khai báo ở sau; một chỉ số chỉ dùng được các chỉ số khai báo trước nó"

# Sources/ThiduaCore/Write/OutputLock.swift
outputLocked: "{who} đang ghi thư mục này; hãy chờ lần dựng đó xong, hoặc chạy lại không có --no-wait để tự chờ"
lockFailed: "không lấy được khoá"

# Sources/ThiduaCore/Write/CardCache.swift
shareImageFailed: "không tạo được ảnh chia sẻ ({error})"

# Sources/ThiduaCore/Write/RemovalGuard.swift
noCampaigns: "không có phong trào nào để đăng: không thư mục nào ở đây có campaign.md; trang web trong {output}/ được giữ nguyên. Hãy kiểm tra --content, hoặc dùng --allow-empty để đăng một trang web không có phong trào"
campaignsWouldBeRemoved: "trang web trong {output}/ có phong trào {names}, nhưng thư mục nội dung không còn nữa; nếu dựng tiếp, các trang của phong trào này sẽ bị xoá. Hãy khôi phục thư mục phong trào, hoặc dùng --allow-removal để xoá các trang đó"

# Sources/ThiduaCore/Load/ContentLoader.swift
contentNotFound: "không tìm thấy thư mục nội dung; hãy chạy thidua trong thư mục chứa content/, hoặc dùng --content THƯ_MỤC"
siteYmlMissing: "thiếu tệp site.yml; hãy tạo tệp này với ít nhất một dòng `title: \"…\"`"
folderWithoutPlan: "thư mục không có campaign.md nên được bỏ qua"
themeNotFound: "không tìm thấy thư mục giao diện (theme); hãy dùng --theme THƯ_MỤC hoặc để themes/default cạnh thư mục content/"
fileTooLarge: "tệp dung lượng {value} MB, vượt quá {value2} MB mà thidua đọc được; có đúng tệp không? Hãy chia tệp xuất quá lớn theo từng kỳ"
fileLinksOutside: "tệp là liên kết tới {resolved}, nằm ngoài {root}; hãy sao chép tệp vào thư mục thay vì tạo liên kết"

# Sources/ThiduaCore/Load/SourceFile.swift
fileIsUTF16: "tệp là văn bản UTF-16; hãy lưu lại dạng \"CSV UTF-8\" (hoặc văn bản UTF-8)"
fileNotUTF8: "tệp không phải là văn bản UTF-8; hãy lưu lại dạng \"CSV UTF-8\" (hoặc văn bản UTF-8)"
fileNameNotUTF8: "tên tệp (hoặc thư mục) không phải là văn bản UTF-8, thường do giải nén tệp ZIP tạo trên Windows, nên không đọc được; hãy đổi tên, ví dụ tệp số liệu thành YYYY-MM-DD.csv"

# Sources/ThiduaCore/Rank/RankStage.swift
grantNotEligible: "khen thưởng \"{id}\" được trao cho đơn vị \"{unit}\", nhưng theo quy định của kế hoạch đơn vị này chưa đủ điều kiện vào ngày {date}; trang web vẫn hiện là đã quyết định khen thưởng — hãy kiểm tra dòng này, hoặc ghi `require: decided` cho hình thức khen thưởng không xét theo quy tắc"

# Sources/ThiduaCore/Rank/PlanFigureCheck.swift
planFigureNoTotal: "{printed}, nhưng từ các tệp số liệu không tính được con số này cho {scope} (thiếu số liệu, hoặc một số liệu có `aggregate: none`); hãy kiểm tra số liệu hoặc bỏ con số này"
planFigureDiffers: "{printed}, nhưng các tệp số liệu cho ra {value} đối với {scope} ({apart}); hãy sửa số liệu hoặc con số trong kế hoạch"

# Sources/ThiduaCore/Model/Formula/FormulaParser.swift (continued)
formulaUnmatchedClosing: "dấu \")\" không có dấu mở tương ứng"
formulaExpectedOperator: "\"{c}\" không đúng chỗ; cần một phép tính (+ - * /)"
conditionExpectedOperator: "\"{c}\" không đúng chỗ; cần một phép tính (+ - * /, một phép so sánh như >=, and, or)"
nounCondition: "điều kiện"
nounFormula: "công thức"
formulaUnclosedParenthesis: "dấu \"(\" chưa được đóng"
formulaExpectedClosing: "\"{c}\" không đúng chỗ; cần \")\""
baselineInDataCheck: "không dùng được baseline(…) trong phép kiểm tra số liệu; hãy so sánh các số liệu cùng một tệp"
baselineNeedsDate: "baseline(…) cần ngày gốc: hãy thêm `baseline: YYYY-MM-DD` (ngày của một tệp số liệu) vào phần quy định đầu tệp"
formulaUnknownMetric: "không có mã \"{name}\"; cần mã một số liệu ({known}){suggestion}"
formulaUnknownId: "không có mã \"{name}\"; cần mã một số liệu hoặc một chỉ số khai báo trước ({known}){suggestion}"
noneDefined: "chưa khai báo mã nào"

# Sources/ThiduaCore/Model/Checks/DataChecks.swift
cellPrefix: "ô {cell}: "
unitLabel: "đơn vị \"{id}\" ({name})"
figureEquals: "{text} = {value}"
figureEqualsInputs: "{text} = {value} ({inputs})"
noData: "không có số liệu"
checkFails: "{cell}{unit} không đạt phép kiểm tra \"{check}\" ({inputs}); hãy sửa số liệu trong tệp này, hoặc sửa phép kiểm tra trong campaign.md"
checkLarger: "{cell}{left} lớn hơn {right} ở {unit}, trái với phép kiểm tra \"{check}\"; hãy sửa số liệu trong tệp này, hoặc sửa phép kiểm tra trong campaign.md"
checkSmaller: "{cell}{left} nhỏ hơn {right} ở {unit}, trái với phép kiểm tra \"{check}\"; hãy sửa số liệu trong tệp này, hoặc sửa phép kiểm tra trong campaign.md"
checkNotSmaller: "{cell}{left} không nhỏ hơn {right} ở {unit}, trái với phép kiểm tra \"{check}\"; hãy sửa số liệu trong tệp này, hoặc sửa phép kiểm tra trong campaign.md"
checkNotLarger: "{cell}{left} không lớn hơn {right} ở {unit}, trái với phép kiểm tra \"{check}\"; hãy sửa số liệu trong tệp này, hoặc sửa phép kiểm tra trong campaign.md"
checkDiffers: "{cell}{left} khác {right} ở {unit}, trái với phép kiểm tra \"{check}\"; hãy sửa số liệu trong tệp này, hoặc sửa phép kiểm tra trong campaign.md"
percentagePoint: "{count} điểm phần trăm"
percentagePoints: "{count} điểm phần trăm"
reportedFigureDiffers: "{cell}{metric} của {unit} được báo cáo là {reported}, nhưng {computed}, lệch quá {tolerance}; hãy sửa con số báo cáo hoặc các số liệu dùng để tính nó"
cumulativeDrops: "{cell}{metric} của {unit} giảm từ {before} ngày {earlierDate} xuống {value} ngày {date}, nhưng đây là số liệu luỹ kế (cộng dồn thì không giảm); hãy sửa con số ở tệp này hoặc ở {earlierFile}, hoặc bỏ `cumulative: true` khỏi số liệu"
rosterLine: ", {path} dòng {line}"
unitHasNoRow: "đơn vị \"{id}\" ({name}{line}) không có dòng nào trong tệp số liệu mới nhất ({date}) nên không được xếp hạng; hãy thêm dòng của đơn vị, hoặc xoá đơn vị khỏi units.csv nếu không còn tham gia"
moreUnitsHaveNoRow: "còn {count} đơn vị khác trong units.csv không có dòng nào trong tệp số liệu mới nhất ({date}): {ids}"

# Sources/ThiduaCore/Model/SnapshotReader.swift (continued)
wordLine: "dòng"
wordRow: "hàng"
columnWhatUnit: "`unit`"
columnWhatUnitName: "tên đơn vị"
headerRowDeclared: " (dòng tiêu đề là hàng {row}, theo `data.header_row` trong campaign.md)"
headerRowTaken: " (hàng {row} được coi là dòng tiêu đề; hãy chỉ đúng hàng bằng `data: {header_row: N}` trong campaign.md)"
noUnitOrNameColumn: "thiếu cột `unit` và cột \"{name}\" (data.name_column trong campaign.md) trong dòng tiêu đề; hãy thêm cột `unit` ghi mã đơn vị như units.csv, hoặc sửa `name_column`{hint}{suggestion}"
noUnitColumn: "thiếu cột `unit` trong dòng tiêu đề; cột đầu tiên phải là `unit` (mã đơn vị như units.csv), hoặc `name` (tên đơn vị như units.csv){hint}{suggestion}"
ownerUnitNames: "tên đơn vị"
ownerUnitIds: "mã đơn vị"
ownerMetric: "số liệu \"{id}\""
unitIdName: "{id} ({name})"
unitNameAmbiguous: "{cell}\"{label}\" ở cột \"{column}\" có thể là nhiều đơn vị trong units.csv: {units}; hãy ghi đầy đủ tên đơn vị như trong units.csv, hoặc dùng cột `unit` ghi mã đơn vị"
rowHasNoUnitName: "{cell}dòng này không có tên đơn vị"
rowHasNoUnitId: "{cell}dòng này không có mã đơn vị"
unknownUnitNameNoPrefixes: "{cell}không có đơn vị \"{label}\" (cột \"{column}\"): units.csv không có đơn vị nào mang tên này; hãy ghi tên như trong units.csv (hoặc khai báo các tiền tố được bỏ qua bằng `data: {name_prefixes: [\"UBND xã\"]}`){suggestion}"
unknownUnitName: "{cell}không có đơn vị \"{label}\" (cột \"{column}\"): units.csv không có đơn vị nào mang tên này; hãy ghi tên như trong units.csv{suggestion}"
unknownUnitId: "{cell}không có đơn vị \"{label}\"; mọi đơn vị trong tệp số liệu đều phải có trong units.csv{suggestion}"
unitRowTwice: "{cell}đơn vị \"{id}\" đã có ở {row} {earlier}; mỗi đơn vị chỉ một dòng"
excelErrorCell: "{cell}lỗi Excel {code} ở cột \"{column}\" ({metric}) được coi là không có số liệu; hãy sửa công thức, hoặc để trống ô"
unsavedFormula: "{cell}công thức ở cột \"{column}\" ({metric}) chưa có kết quả được lưu (tệp không được lưu bằng Excel) nên được coi là không có số liệu; hãy mở tệp bằng Excel và lưu lại"
cellNotNumber: "{cell}\"{text}\" ở cột \"{column}\" ({metric}) không phải là số; hãy viết ví dụ 18.775, 0,5 hoặc 93,5% (để trống ô khi chưa có số liệu)"
cellNumberTooLarge: "{cell}số ở cột \"{column}\" ({metric}) có {digits} chữ số: quá lớn so với mọi số liệu (sẽ bị đọc thành vô cùng); hãy kiểm tra ô này"
cellNegative: "{cell}{value} ở cột \"{column}\" ({metric}) là số âm, trong khi số lượng hay số tiền không thể âm; hãy sửa ô này, hoặc thêm `allow_negative: true` vào số liệu \"{metric}\" nếu con số có thể nhỏ hơn 0"

# Sources/ThiduaCore/Model/Checks/MarkdownEmphasisCheck.swift (continued)
emphasisLiteral: "\"{run}\" sẽ in ra thành {printed} trong kế hoạch, không thành chữ đậm hay nghiêng: Markdown chỉ ghép cặp dấu mở với dấu đóng trong cùng một đoạn khi mỗi dấu sát vào chữ được nhấn mạnh và phía ngoài có khoảng trắng hoặc dấu câu, còn ở đây {place}; hãy dời dấu (\"**tối thiểu 45%²**.\", không phải \"**tối thiểu 45%**²\"), thêm khoảng trắng hoặc viết lại câu, hoặc viết {escaped} cho mỗi {kind} cần hiện ra"
literalAsterisk: "dấu sao nguyên văn"
literalAsterisks: "các dấu sao nguyên văn"
literalUnderscore: "dấu gạch dưới nguyên văn"
literalUnderscores: "các dấu gạch dưới nguyên văn"
wordAsterisk: "dấu sao"
wordUnderscore: "dấu gạch dưới"
emphasisSpaced: "hai bên dấu đều có khoảng trắng"
emphasisBetween: "dấu nằm giữa {before} và {after}"
lineStart: "đầu dòng"
lineEnd: "cuối dòng"

# Sources/ThiduaCore/Write/OutputGuard.swift, WriteStage.swift
outputIsRoot: "thư mục xuất không được là thư mục gốc; hãy chọn thư mục khác bằng --output"
outputIsHome: "thư mục xuất không được là thư mục nhà (home); hãy chọn thư mục khác bằng --output"
outputIsContent: "thư mục xuất sẽ thay thế thư mục nội dung {folder}; hãy chọn thư mục khác bằng --output"
outputIsTheme: "thư mục xuất sẽ thay thế thư mục giao diện {folder}; hãy chọn thư mục khác bằng --output"
outputIsFile: "đường dẫn xuất là một tệp; hãy chọn một thư mục bằng --output"
outputNotOurs: "thư mục đã có, không trống và không do thidua tạo ra; hãy xoá thư mục hoặc chọn --output khác"
siteNotWritten: "không ghi được trang web ({error}); trang web cũ vẫn giữ nguyên"
siteNotSwapped: "trang web mới không thay được trang web cũ ({error}); trang web cũ vẫn giữ nguyên"
pathReason: "{path}: {reason}"

# Sources/ThiduaCore/Model/Table/HeaderLayout.swift
headerRowBeyondData: "`data.header_row` trong campaign.md là {row}, nhưng tệp chỉ có số liệu đến hàng {last}; hãy ghi hàng chứa tên các cột"
headerRowEmpty: "`data.header_row` trong campaign.md là {row}, nhưng hàng đó trống; hãy ghi hàng chứa tên các cột"

# Sources/ThiduaSupport/Slug.swift
slugEmpty: "đang để trống"
slugTooLong: "dài quá 100 ký tự"
slugCharacters: "chỉ được gồm chữ thường a-z không dấu, chữ số và \"-\" (không đứng đầu hay cuối), ví dụ \"{example}\""

# Sources/ThiduaCore/Model/YAMLNode.swift (continued)
kindScalar: "một giá trị đơn"
kindList: "một danh sách"
kindMapping: "một tập khoá"

# Sources/ThiduaCore/Write/OutputLock.swift (continued)
anotherBuild: "một lần dựng thidua khác"
anotherBuildProcess: "một lần dựng thidua khác (tiến trình {process})"
waitingForBuild: "Đang chờ: {who} đang ghi {folder}/ …"

# Sources/ThiduaCore/Model/GrantsReader.swift (continued)
noneDeclared: "chưa khai báo hình thức nào"
grantPerson: "\"{person}\" thuộc "

# Sources/ThiduaCore/Rank/PlanFigureCheck.swift (continued)
scopeGroup: "khối \"{group}\""
scopeCampaign: "toàn phong trào"
planPrints: "kế hoạch ghi {name} = {value} ngày {date}{source}"
apartPoints: "{sign}{value} điểm phần trăm"
apartPercent: "{sign}{value}%"
apartNumber: "{sign}{value}"

# Sources/ThiduaCore/Model/XLSX (damaged workbooks)
xlsxPartDamagedAt: "phần {part} của tệp bị hỏng (dòng {line}, cột {column}: {problem})"
xlsxMissingSharedString: "ô {cell} trỏ tới chuỗi dùng chung số {index}, nhưng sổ tính không có chuỗi này"
xlsxPartNotUnpacking: "phần {part} của tệp bị hỏng (không giải nén được)"
xlsxPartTooLarge: "phần {part} quá lớn so với một trang tính xuất ra"
xlsxPartMissing: "phần {part} không có trong danh mục của tệp nén"
xlsxNoWorkbook: "tệp không có phần sổ tính ({part})"
xlsxNoSheet: "sổ tính không có trang tính nào"
xlsxSheetNoPart: "trang tính \"{sheet}\" không có phần nội dung trong tệp"
xlsxSheetMissingPart: "trang tính \"{sheet}\" thiếu phần {part}"

# Where a key or formula is (the {context} of other messages)
ctxPlanFigure: "số liệu kế hoạch"
ctxGroup: "khối"
ctxMetric: "số liệu"
ctxIndicator: "chỉ số"
ctxNamed: "{name}"
ctxFrontMatter: "phần quy định đầu tệp"
ctxAward: "hình thức khen thưởng"
ctxCheck: "phép kiểm tra"
ctxMetricCheck: "phép kiểm tra của số liệu \"{id}\""
ctxFormulaOf: "công thức của \"{id}\""
ctxAwardRequire: "`require` của khen thưởng \"{id}\""
ctxTargetKey: "`{key}` của chỉ tiêu"
ctxTheCheck: "phép kiểm tra"
ctxQuoted: "{context} \"{text}\""

# Sources/ThiduaCore/Model/YAMLNode.swift: libyaml's problems
yamlProblem: "{problem}"
yamlProblemInContext: "{problem} ({context} bắt đầu ở dòng {line})"
yamlColonNotAllowed: "không được có dấu hai chấm ở đây (có thể thiếu dấu ngoặc kép quanh giá trị chứa \": \")"
yamlNoColon: "thiếu dấu hai chấm \":\" sau khoá"
yamlNoKey: "không thấy khoá như mong đợi (có thể thụt lề sai)"
yamlNoValue: "thiếu giá trị"
yamlNoDash: "thiếu dấu \"-\" của mục danh sách"
yamlNoCloseBracket: "thiếu dấu \",\" hoặc \"]\""
yamlNoCloseBrace: "thiếu dấu \",\" hoặc \"}\""
yamlEndOfFile: "hết tệp mà chưa đóng"
yamlBadCharacter: "có ký tự không được đứng đầu giá trị (như @ hoặc `); hãy đặt giá trị trong dấu ngoặc kép"
yamlTab: "có ký tự tab trong phần thụt lề; hãy thụt lề bằng dấu cách"
yamlBadEscape: "có ký tự thoát (\\) không hợp lệ trong dấu ngoặc kép"
yamlDashNotAllowed: "không được có mục danh sách \"- \" ở đây (có thể thụt lề sai)"
yamlInKey: "khi đọc một khoá"
yamlInQuoted: "khi đọc một giá trị trong dấu ngoặc kép"
yamlInPlain: "khi đọc một giá trị"
yamlInBlockMapping: "khi đọc một tập khoá"
yamlInBlockList: "khi đọc một danh sách"
yamlInFlowList: "khi đọc một danh sách trong dấu [ ]"
yamlInFlowMapping: "khi đọc một tập khoá trong dấu { }"
yamlInNode: "khi đọc một giá trị"

# Sources/ThiduaCLI/Thidua.swift, Sources/ThiduaServe, Sources/ThiduaCore/Pipeline/Preview.swift
summaryOneError: "thidua: 1 lỗi; chưa ghi gì"
summaryErrors: "thidua: {count} lỗi; chưa ghi gì"
summaryWarnings: "; {count} cảnh báo"
summaryCards: "; ảnh chia sẻ: {rendered} ảnh mới, {reused} ảnh dùng lại"
summaryReports: "; báo cáo (PDF): {rendered} tệp mới, {reused} tệp dùng lại"
buildUnchanged: "Không thay đổi: {output}/ đã chứa trang web này ({files} tệp); không ghi gì, mất {seconds} giây{warnings}"
buildDone: "Đã dựng {campaigns} phong trào, {units} đơn vị vào {output}/ trong {seconds} giây: ghi {written} tệp ({kib} KiB), {kept} tệp không đổi, xoá {removed} tệp{cards}{warnings}"
stageTime: "{stage} {seconds} giây"
stageLoad: "đọc"
stageModel: "phân tích"
stageRank: "xếp hạng"
stageChart: "biểu đồ"
stageRender: "tạo trang"
stageCards: "ảnh chia sẻ"
stageReports: "báo cáo"
stageWrite: "ghi"
checkOK: "Nội dung hợp lệ"
checkOKWarnings: "Nội dung hợp lệ ({count} cảnh báo)"
newCreated: "Đã tạo {path}"
newNext: "Tiếp theo: sửa {plan} và units.csv, đặt số liệu vào {data}/YYYY-MM-DD.csv hoặc .xlsx, rồi chạy: thidua build --content {content}"
serveBuildFailed: "Dựng trang thất bại; vẫn đang phục vụ trang web trước đó."
serveRebuilt: "Đã dựng lại (phiên bản {version})."
serveListening: "Đang phục vụ tại {address} — sửa content/ hoặc themes/ thì trang đang mở tự tải lại. Nhấn Ctrl-C để dừng."
previewFailedBanner: "thidua: lần dựng gần nhất thất bại; đây là trang web trước đó."
previewNotFound: "Không tìm thấy trang."

# Sources/ThiduaCore/Load/ContentLoader.swift, RosterReader.swift, TargetsReader.swift, XLSXReader.swift (continued)
xlsNotInstalled: "tệp Excel 97–2003 (.xls) cần LibreOffice để đọc, nhưng máy này chưa cài; cài bằng lệnh: sudo apt install libreoffice-calc-nogui — hoặc mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\""
xlsTimedOut: "LibreOffice chưa chuyển xong tệp .xls sau {seconds} giây và đã bị dừng; hãy thử lại, hoặc mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\""
xlsNotConverted: "LibreOffice không đọc được tệp .xls này (tệp hỏng hoặc có mật khẩu?){detail}; hãy mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" không đặt mật khẩu"
xlsHTMLTable: "tệp mang đuôi .xls nhưng thực chất là trang web (HTML), kiểu tệp một số hệ thống xuất ra; hãy mở tệp trong Excel và lưu lại dạng \"Excel Workbook (.xlsx)\" hoặc \"CSV UTF-8\" để số liệu được đọc đúng"
xlsNotAWorkbook: "tệp mang đuôi .xls nhưng không phải sổ tính Excel; hãy lưu lại từ Excel dạng \"Excel Workbook (.xlsx)\", hoặc \"CSV UTF-8\" với đuôi .csv"
notSnapshotFile: "không phải tệp .csv, .xlsx hay .xls nên bị bỏ qua (tệp số liệu là data/YYYY-MM-DD.csv, .xlsx hoặc .xls)"
aliasTwice: "tên gọi khác \"{alias}\" của đơn vị \"{id}\" cũng là tên gọi khác của đơn vị \"{other}\" (dòng {line}); mỗi tên chỉ được chỉ một đơn vị: hãy bỏ tên này ở một trong hai đơn vị"
aliasIsName: "tên gọi khác \"{alias}\" của đơn vị \"{id}\" trùng với tên của đơn vị \"{other}\" (dòng {line}); hãy bỏ tên gọi khác này"
targetGroupsWithoutGroups: "chỉ tiêu theo khối cần khai báo `groups` trong phần quy định; hoặc hãy ghi một chỉ tiêu chung, ví dụ \">= 50%\""
targetUnknownGroup: "không có khối \"{group}\" (chỉ tiêu); cần một trong các khối: {ids}{suggestion}"
sheetEmpty: "trang tính \"{sheet}\" trống; trang tính cần một dòng tiêu đề và mỗi đơn vị một dòng"
sheetEmptyFirstOfSeveral: "trang tính \"{sheet}\" trống; trang tính cần một dòng tiêu đề và mỗi đơn vị một dòng (thidua đọc trang tính hiện đầu tiên; chọn trang khác bằng `data: {sheet: \"…\"}` trong campaign.md)"
xlsxUnreadable: "không đọc được sổ tính Excel ({error}); hãy mở bằng Excel hoặc LibreOffice và lưu lại dạng \"Excel Workbook (.xlsx)\""

# Sources/ThiduaCore/FileSystem/DiskFileSystem.swift (continued)
kindFifo: "một ống dẫn có tên (FIFO)"
kindSocket: "một socket"
kindCharacterDevice: "một thiết bị ký tự"
kindBlockDevice: "một thiết bị khối"

# Sources/ThiduaCore/Model/XLSX/XMLEventReader.swift
xmlPartEmpty: "phần này trống"
xmlPartTooLarge: "phần này quá lớn"
xmlCannotOpen: "libxml2 không mở được"
xmlNotUTF8: "có byte không phải văn bản UTF-8 ({bytes})"
xmlDoctype: "có khai báo kiểu tài liệu (<!DOCTYPE …>), điều Excel không bao giờ ghi"

# Sources/ThiduaCore/Publish/PublishMessage.swift
publishNoTarget: "chưa biết gửi trang đi đâu: thêm mục `publish:` (host, path) vào {siteFile}, hoặc dùng --to nguoidung@may-chu:/thu-muc"
publishInvalidTo: "--to \"{text}\" không đúng dạng; viết nguoidung@may-chu:/thu-muc, ví dụ thidua@portal.example.gov.vn:/srv/thidua"
publishInvalidOption: "{option} phải là số nguyên từ {low} đến {high}"
publishSiteMissing: "{folder}/ không chứa trang do thidua dựng; chạy `thidua build --output {folder}` trước, rồi chạy lại"
publishToolMissing: "không tìm thấy chương trình `{tool}` trên máy này; cài bằng: sudo apt install rsync openssh-client"
publishGzipFailed: "không tạo được bản nén .gz: {detail}"
publishUnreachable: "không kết nối được tới máy chủ {host} ({reason}); kiểm tra tên máy chủ, cổng và mạng, rồi chạy lại. Trang đang chạy không thay đổi"
publishUnknownHost: "không có máy chủ nào mang tên này"
publishRefused: "máy chủ từ chối kết nối ở cổng này"
publishConnectTimedOut: "hết thời gian chờ"
publishNoRoute: "mạng không tới được máy chủ"
publishClosed: "máy chủ đóng kết nối ngay"
publishHostKeyUnknown: "máy này chưa biết máy chủ (khoá nhận dạng chưa có trong known_hosts); chạy `ssh {login}` một lần, so dấu vân tay với quản trị máy chủ, trả lời yes, rồi chạy lại"
publishHostKeyChanged: "khoá nhận dạng của máy chủ {host} đã thay đổi: có thể máy chủ được cài lại, hoặc có kẻ giả mạo. Hỏi quản trị máy chủ trước khi làm gì tiếp; không gửi gì cả"
publishPermissionDenied: "máy chủ từ chối đăng nhập {login}: khoá SSH của bạn chưa được cho phép. Nhờ quản trị thêm khoá công khai của bạn (hoặc chạy ssh-copy-id {login}), kiểm tra ~/.ssh/config và ssh-agent, rồi chạy lại"
publishNotWritable: "không ghi được vào thư mục {path} trên máy chủ; nhờ quản trị tạo thư mục đó và cho tài khoản đăng nhập quyền ghi, rồi chạy lại. Trang đang chạy không thay đổi"
publishDiskFull: "ổ đĩa của máy chủ đã đầy, không ghi tiếp được vào {path}; nhờ quản trị giải phóng chỗ (hoặc giảm `keep` trong site.yml), rồi chạy lại. Trang đang chạy không thay đổi"
publishRemoteRsyncMissing: "máy chủ {host} chưa cài rsync; nhờ quản trị cài (sudo apt install rsync), rồi chạy lại"
publishCurrentNotLink: "{path}/current trên máy chủ là một thư mục thật, không phải liên kết do thidua tạo; đổi tên nó (ví dụ mv current current.cu) rồi chạy lại"
publishBusy: "một lần gửi khác (có thể từ máy khác) vẫn đang gửi trang tới {host}; đợi nó xong rồi chạy lại. Trang đang chạy không thay đổi"
publishInterrupted: "việc gửi bị ngắt giữa chừng (mất kết nối). Trang đang chạy không thay đổi; chạy lại `thidua publish` (phần gửi dở sẽ được dọn)"
publishTimedOut: "máy chủ không trả lời quá lâu, việc gửi đã dừng. Trang đang chạy không thay đổi; kiểm tra mạng rồi chạy lại"
publishUploadFailed: "rsync không gửi được trang (mã {code}{detail}). Trang đang chạy không thay đổi"
publishVerifyFailed: "bản vừa gửi không khớp với trang trên máy này ({count} tệp khác); chưa chuyển sang bản mới. Trang đang chạy không thay đổi; chạy lại"
publishSSHFailed: "lệnh trên máy chủ không chạy được (ssh mã {code}{detail})"
publishDetail: ": {detail}"
publishNoRelease: "trên máy chủ chưa có bản nào đang chạy; không có gì để quay lại"
publishNoPrevious: "không có bản nào cũ hơn bản đang chạy ({current}) để quay lại"
publishWaitingForBuild: "Đang chờ: một lệnh thidua build khác đang ghi {folder}/ …"
publishWaitingForOther: "Đang chờ: {host} đang nhận một lần gửi khác (hoặc một lần vừa bị ngắt); chờ tối đa {seconds} giây…"
publishCompressed: "Bản nén .gz cho máy chủ web: {written} tệp mới nén, {reused} tệp không đổi."
publishRemovedPartial: "Đã dọn {count} bản gửi dở từ lần chạy trước."
publishUnchanged: "Không có gì thay đổi: trang trên máy chủ (bản {release}) đã giống hệt trang trên máy này; không tạo bản mới."
publishSending: "Đang gửi trang tới {target} (bản {release} giờ Việt Nam{base})…"
publishSendingChanges: ", chỉ gửi phần khác bản đang chạy {release}"
publishSendingAll: ", lần đầu: gửi toàn bộ"
publishUploading: "Đang gửi: {percent}% · {speed}{left}"
publishTimeLeft: " · còn khoảng {time}"
publishKilobytesPerSecond: "{value} KB/s"
publishMegabytesPerSecond: "{value} MB/s"
publishSent: "Đã gửi {files} tệp ({size}); {linked} tệp không đổi, dùng lại từ bản trước."
publishBytes: "{value} byte"
publishKilobytes: "{value} KB"
publishMegabytes: "{value} MB"
publishLive: "Trang mới đã được đưa lên: {path}/current → bản {release}.{previous}"
publishPreviousKept: " Bản trước ({release}) vẫn được giữ: `thidua publish --rollback` để quay lại."
publishPruned: "Đã xoá {count} bản cũ (giữ {keep} bản gần nhất)."
publishRolledBack: "Đã quay lại: {path}/current → bản {to} (thay cho bản {from}, bản này vẫn còn trên máy chủ)."
publishReleaseTime: "{vietnam}"

# Sources/ThiduaCLI/Thidua.swift: the commands' help
helpThidua: "Dựng trang bảng xếp hạng công khai cho các phong trào thi đua."
helpContent: "Thư mục nội dung (site.yml và mỗi phong trào một thư mục)."
helpTheme: "Thư mục giao diện (mặc định: themes/default cạnh thư mục nội dung)."
helpLang: "Ngôn ngữ của thông báo: vi hoặc en (mặc định: `language` trong site.yml, nếu không có thì vi)."
helpBuild: "Dựng trang web từ thư mục nội dung."
helpOutput: "Thư mục kết quả; chỉ được thay toàn bộ khi dựng xong không lỗi."
helpBaseURL: "Địa chỉ đầy đủ của trang, ví dụ https://example.gov.vn/thidua/ (thay cho site.yml)."
helpNoWait: "Dừng ngay khi một lệnh dựng khác đang ghi cùng thư mục kết quả, thay vì chờ."
helpAllowEmpty: "Vẫn dựng khi thư mục nội dung không có phong trào nào (nếu không: báo lỗi và giữ trang cũ)."
helpAllowRemoval: "Xoá trang của các phong trào có trong thư mục kết quả mà nội dung không còn (nếu không: báo lỗi)."
helpCheck: "Kiểm tra nội dung; không ghi gì."
helpServe: "Xem trước trang trên máy này; tự dựng lại và tải lại khi nội dung hoặc giao diện thay đổi."
helpHost: "Địa chỉ lắng nghe (mặc định: chỉ máy này)."
helpPort: "Cổng lắng nghe."
helpNew: "Tạo thư mục cho một phong trào: campaign.md có chú thích, units.csv và một tệp số liệu mẫu; sau đó chạy thidua build."
helpSlug: "Tên thư mục của phong trào, cũng là đường dẫn URL: a-z, 0-9 và \"-\" (ví dụ dvc-2025)."
helpNewContent: "Thư mục nội dung (site.yml được tạo ở đó nếu chưa có)."
helpNewLang: "Ngôn ngữ của thông báo: vi hoặc en (mặc định: vi)."
helpPublish: "Gửi trang đã dựng lên máy chủ web qua SSH (rsync); trang mới chỉ chạy khi đã gửi đủ."
helpPublishDiscussion: "Nơi gửi là mục `publish:` trong site.yml (host, path, và nếu cần user, port, keep) hoặc --to. Khoá đăng nhập lấy từ cấu hình SSH của bạn (~/.ssh/config, ssh-agent). Mỗi lần gửi là một thư mục mới <path>/releases/<thời điểm>; <path>/current trỏ tới bản đang chạy."
helpPublishContent: "Thư mục nội dung, có site.yml ghi nơi gửi."
helpPublishOutput: "Trang đã dựng cần gửi (--output của thidua build)."
helpTo: "Nơi gửi, dạng nguoidung@may-chu:/thu-muc (thay cho site.yml)."
helpSSHPort: "Cổng SSH (thay cho site.yml)."
helpKeep: "Số bản giữ lại trên máy chủ, kể cả bản đang chạy (mặc định 5)."
helpSSHConfig: "Tệp cấu hình ssh dùng thay cho ~/.ssh/config."
helpRollback: "Đưa bản liền trước bản đang chạy trở lại."
helpPublishLang: "Ngôn ngữ của thông báo: vi hoặc en (mặc định: ngôn ngữ của site.yml)."

# Sources/ThiduaSupport/Messages/CommandLineText.swift: swift-argument-parser's own words;
# the English texts are exactly what it prints, and are matched line by line
cliOverview: "TỔNG QUAN: {text}"
cliUsage: "CÁCH DÙNG: {usage}"
cliOptions: "TUỲ CHỌN:"
cliArguments: "THAM SỐ:"
cliSubcommands: "LỆNH:"
cliSeeSubcommandHelp: "  Xem '{command} <lệnh>' để biết chi tiết từng lệnh."
cliSeeMore: "  Xem '{command}' để biết thêm."
cliUsageLine: "Cách dùng: {usage}"
cliHelpLine: "Trợ giúp: {help}"
cliUnknownOptionSuggestion: "Lỗi: không có tuỳ chọn '{name}'. Có phải ý bạn là '{suggestion}'?"
cliUnknownOption: "Lỗi: không có tuỳ chọn '{name}'"
cliMissingValue: "Lỗi: thiếu giá trị cho '{name}'"
cliMissingArgument: "Lỗi: thiếu tham số '{name}'"
cliUnexpectedArgument: "Lỗi: không hiểu '{value}' (không phải lệnh hay tham số của lệnh này)"
cliUnexpectedArguments: "Lỗi: không hiểu {count} tham số: '{values}'"
cliInvalidChoice: "Lỗi: '{value}' không phải giá trị dùng được cho '{name}'. Hãy dùng một trong: {choices}."
cliInvalidValue: "Lỗi: '{value}' không phải giá trị dùng được cho '{name}'"
cliNoValueTaken: "Lỗi: tuỳ chọn '{name}' không nhận giá trị, nhưng lại có '{value}'."
cliError: "Lỗi: {problem}"
cliShowVersion: "Hiện số phiên bản."
cliShowHelp: "Hiện trợ giúp này."
cliDefault: "(mặc định:"
cliAnd: "' và '"
cliValues: "(giá trị:"

"""#,
        .en: #"""
# Messages of the thidua command, English. `{name}` marks a value filled in by thidua.
# Every key must also be in messages.vi.yml and be a case of MessageKey (Sources/ThiduaSupport/Messages).
warningPrefix: "warning"
didYouMean: "; did you mean `{word}`?"
moreProblemsNotShown: "… and {count} more problems not shown; fix the ones above and run again"

# Sources/ThiduaCore/Model/YAMLFields.swift
keyRequired: "`{key}` is required"
mustBeText: "`{key}` must be text, not {kind}"
keyEmpty: "`{key}` is empty"
dateRequired: "`{key}` is required (a date, YYYY-MM-DD)"
dateInvalid: "`{key}` must be a date written YYYY-MM-DD, e.g. 2024-09-01"
boolInvalid: "`{key}` must be true or false"
numberInvalid: "`{key}` must be a number such as 1 or 0.5"
listInvalid: "`{key}` must be a list (lines starting with \"- \"), not {kind}"
unknownKey: "unknown key `{key}` in {context} is ignored; known keys: {known}{suggestion}"

# Sources/ThiduaCore/FileSystem/DiskFileSystem.swift
fileNotFound: "file not found"
notOrdinaryFile: "this is {kind}, not a file; thidua reads only ordinary files: remove it, or put the data in a file"
cannotReadFile: "cannot read the file ({localizedDescription})"
cannotListFolder: "cannot list the folder"
cannotCreateLockFile: "cannot create the lock file ({value})"
cannotLockFile: "cannot lock the file ({value})"
cannotWriteFile: "cannot write the file ({localizedDescription})"
cannotCreateFolder: "cannot create the folder ({value})"
cannotRemove: "cannot remove ({localizedDescription})"
cannotRename: "cannot rename to {to} ({localizedDescription})"

# Sources/ThiduaCore/FileSystem/MemoryFileSystem.swift
nothingToRename: "nothing to rename"

# Sources/ThiduaCore/Render/RenderStage.swift
twoPagesOnePath: "two pages of the site would be written to this path; rename the unit or campaign whose id makes it"
twoImagesOnePath: "two images of the site would be written to this path; rename the indicator or unit whose id makes it"
reportNotRendered: "the report could not be rendered as PDF ({detail})"
publishNotMap: "`publish` must be a set of keys: host, path, and optionally user, port, keep"
publishHostInvalid: "`host` must be a server name or address such as portal.example.gov.vn"
publishUserInvalid: "`user` must be a login name such as thidua"
publishPathInvalid: "`path` must be a folder on the server such as /srv/thidua (not / or ~)"
publishWholeNumber: "`{key}` must be a whole number from {low} to {high}"

# Sources/ThiduaCore/Render/UIStrings.swift
themeNoUIStrings: "the theme has no UI strings for language \"{lang}\""
uiStringNotText: "UI string `{key}` must be text"

# Sources/ThiduaCore/Render/Templates/TemplateLibrary.swift
themeNoTemplate: "the theme has no template \"{name}\""
templateUnclosedSection: "the template cannot be read ({error}); check that every {{#section}} is closed by {{/section}} with the same name"
templateUnreadable: "the template cannot be read: {error}"

# Sources/ThiduaCore/Scaffold/CampaignScaffold.swift
campaignFolderInvalid: "the campaign folder name \"{slug}\" is its URL and {problem}"
campaignExists: "already exists; thidua new never overwrites a campaign: choose another name, or move the folder away first"

# Sources/ThiduaCore/Pipeline/Pipeline.swift
noBaseURL: "no `base_url`: pages get no share image tags (og:image), share links, feed or sitemap, which need absolute URLs; add e.g. base_url: \"https://example.gov.vn/thidua/\" to site.yml or pass --base-url"

# Sources/ThiduaCore/Pipeline/Preview.swift
unexpectedError: "{error}"

# Sources/ThiduaCore/Model/SnapshotReader.swift
snapshotFileName: "a snapshot's file name must be its date, YYYY-MM-DD.csv or YYYY-MM-DD.xlsx (e.g. 2024-07-16.csv)"
headerColumnTwice: "the header has more than one {what} column: {value}; keep one"
metricColumnTaken: "metric \"{id}\" (column \"{column}\") would read column {value}, which already holds {owner}; give each metric its own column in campaign.md"
metricHasNoColumn: "metric \"{id}\" has no column \"{column}\" in the header; add the column or fix `column:` in campaign.md{suggestion}"
metricColumnAmbiguous: "metric \"{id}\": \"{column}\" could be any of the columns {value}; write the column's full header in `column:` in campaign.md, e.g. \"{value2}\""

# Sources/ThiduaCore/Model/GrantsReader.swift
awardsColumnsMissing: "awards.csv needs the columns award,unit (and optionally decision,date,person), e.g. award,unit,decision,date,person"
grantNoAward: "the row names no award; write an award id of the campaign ({awardIDs})"
grantUnknownAward: "unknown award \"{awardID}\"; expected an award id of campaign.md: {ids}{suggestion}"
grantNoUnit: "the row names no unit; write the unit's id or its name as in units.csv"
grantUnitAmbiguous: "\"{unitText}\" names several units ({ids}); write the unit's id instead"
grantUnknownUnit: "unknown unit \"{unitText}\"; write a unit id or name from units.csv{suggestion}"
grantBadDate: "\"{text}\" is not a date; write the decision's date as dd/mm/yyyy (e.g. 15/01/2025) or yyyy-mm-dd"
grantTwice: "award \"{awardID}\" is granted to {person}unit \"{unit}\" already on line {earlier}; remove one of the two rows"

# Sources/ThiduaCore/Model/PlanFiguresReader.swift
planFigureNotMap: "each plan figure is a map such as {id: total, value: 114251, date: 2024-07-16, source: \"Mục I.1\"}"
planFigureUnknownId: "plan figure \"{id}\" is not a metric or an indicator; expected one of: {ids}{suggestion}"
planFigureNeedsValue: "plan figure \"{id}\" needs `value`: the figure as the plan prints it, e.g. 114251 or \"32%\""
planFigureBadValue: "`value` of plan figure \"{id}\" must be a number such as 114251, 114.251 or \"32%\""
planFigureNoSnapshot: "plan figure \"{id}\" is dated {date}, which has no snapshot; use the date of a data file: {dates}"
planFigureUnknownGroup: "unknown group \"{text}\" in plan figure \"{id}\"; expected one of: {ids}{suggestion}"

# Sources/ThiduaCore/Model/FrontMatter.swift
planTooLarge: "campaign.md is {value} MB; a plan should be under {value2} MB — remove pasted tables or images (the figures belong in data/)"
planNoFrontMatter: "campaign.md must start with a line \"---\", then the rules in YAML, then another \"---\""
frontMatterNotClosed: "the front matter opened by \"---\" on line 1 is never closed; add a line \"---\" after the rules"

# Sources/ThiduaCore/Model/RulesReader.swift
groupNeedsIdName: "each group needs `id` and `name`, e.g. `- {id: so-nganh, name: \"Các Sở, ngành\"}`"
groupIdInvalid: "group id \"{id}\" {problem}"
groupIdUsedTwice: "group id \"{id}\" is used twice"
bracketBoundsNotRising: "bracket bounds must go up: {value} is not above {last}"
bracketBoundNotNumber: "a bracket bound must be a number, e.g. 1500"
bracketsNeedBounds: "`brackets` needs `bounds`, a list of numbers such as [1500, 3500]"
metricsMissing: "`metrics` is required: list the raw figures of the data files, e.g. `- {id: total, name: \"Tổng số hồ sơ\"}`"
metricNeedsId: "each metric needs an `id`, e.g. `- {id: total, name: \"Tổng số hồ sơ\"}`"
metricIdReserved: "metric id \"{id}\" is a word of the rules language ({reservedWords}); choose another id, e.g. {id2}_count"
metricIdInvalid: "metric id \"{id}\" must start with a letter and use only letters a-z, digits and _ (e.g. received_online)"
metricIdUsedTwice: "metric id \"{id}\" is used twice"
metricsShareColumn: "metrics \"{id}\" and \"{id2}\" read the same column \"{column}\""
toleranceInvalid: "`tolerance` must be a number of 0 or more, e.g. 1% (one percentage point) or 5"
metricCheckUsesItself: "the check of metric \"{id}\" uses the metric itself; compare it with other metrics, e.g. check: \"received_online / total\""
indicatorsMissing: "`indicators` is required: list what units are measured on, e.g. `- {id: received_rate, formula: \"received_online / total\", format: percent}`"
indicatorNeedsIdFormula: "each indicator needs `id` and `formula`"
indicatorIdReserved: "indicator id \"{id}\" is a word of the rules language ({reservedWords}); choose another id, e.g. {id2}_rate"
indicatorIdInvalid: "indicator id \"{id}\" must start with a letter and use only letters a-z, digits and _ (e.g. received_rate)"
indicatorIdIsMetric: "indicator id \"{id}\" is already a metric id; choose another id"
indicatorIdUsedTwice: "indicator id \"{id}\" is used twice"
weightNegative: "`weight` cannot be negative"
valueNotAllowed: "`{key}` is \"{text}\"; expected one of: {allowed}"
rankingNeedsBy: "`ranking` needs `by`: an indicator id, score, or a list of these such as [score, received_rate]"
rankingByUnknown: "`ranking.by` names \"{value}\", which is not an indicator; expected one of: {ids}{suggestion}"
rankingByEmpty: "`ranking.by` lists no indicator"
rankingByTwice: "`ranking.by` lists \"{value}\" twice; each key decides once"
rankingByScoreNoWeight: "`ranking.by: score` needs at least one indicator with a weight above 0"

# Sources/ThiduaCore/Model/YAMLNode.swift
yamlAnchors: "YAML anchors (&name) and aliases (*name) are not supported; write each value out"
yamlUnreadable: "the YAML cannot be read: {value}; check indentation, colons and quotes"
yamlKeyNotWord: "a key must be a plain word such as `title`"
yamlKeyTwice: "`{name}` is written twice; keep only one"

# Sources/ThiduaCore/Model/CampaignReader.swift
campaignFolderReserved: "the campaign folder name \"{slug}\" is reserved for the site's own files; rename the folder"
frontMatterNotMap: "the front matter must be a set of keys such as `title: \"…\"`"
periodBackwards: "the period ends ({end}) before it starts ({start})"
periodMissing: "`period` is required: `period: {start: 2024-09-01, end: 2024-10-31}`"
bracketMetricUnknown: "bracket metric \"{metricName}\" is not a metric; expected one of: {ids}{suggestion}"
rosterMissing: "units.csv is missing; list the competing units with the columns id,name{value}"
noSnapshots: "the campaign has no data; add a snapshot data/YYYY-MM-DD.csv (or .xlsx)"
baselineNoSnapshot: "baseline {day} has no snapshot; add data/{day}.csv or use one of: {dates}"
noSnapshotInPeriod: "no snapshot is dated on or before the end of the period ({end}); the first is {first}"

# Sources/ThiduaCore/Model/Site.swift
siteNotMap: "site.yml must be a set of keys such as `title: \"…\"`"
baseURLFlagInvalid: "\"{override}\" is not an absolute URL; write e.g. https://example.gov.vn/thidua/"
baseURLInvalid: "`base_url` must be an absolute URL such as https://example.gov.vn/thidua/"

# Sources/ThiduaCore/Model/AwardsReader.swift
awardNeedsIdName: "each award needs `id` and `name`"
awardIdInvalid: "award id \"{id}\" {problem}"
awardIdUsedTwice: "award id \"{id}\" is used twice"
awardTopInvalid: "`top` must be a whole number of 1 or more"
awardPerBracketNoBrackets: "award \"{id}\" is given per bracket, but no group has `brackets`: it is given per group; write per: group, or add brackets"
awardUnknownGroup: "unknown group \"{group}\" in award \"{id}\"; expected one of: {ids}{suggestion}"
awardDecidedWithTop: "award \"{id}\" is `require: decided`: no rule ranks it, so `top` and `per` do not apply; remove them, or write the rule as a condition"
awardRequireInvalid: "`require` is all_targets, none, decided, or a condition in quotes such as \"all_targets and violations == 0\""

# Sources/ThiduaCore/Model/RosterReader.swift
rosterNoIdColumn: "the header has no `id` column; units.csv needs the columns id,name{value}"
rosterNoNameColumn: "the header has no `name` column; units.csv needs the columns id,name{value}"
rosterNoGroupColumn: "the campaign has groups ({ids}) but units.csv has no `group` column"
unitIdInvalid: "unit id \"{id}\" {problem}"
unitIdReserved: "unit id \"{id}\" is reserved for a page of the campaign; choose another id"
unitIdTwice: "unit id \"{id}\" is already used on line {earlier}; ids must be unique"
unitNoName: "unit \"{id}\" has no name"
unitUnknownGroup: "unknown group \"{group}\" for unit \"{id}\"; expected one of: {ids}{suggestion}"
unitNameIsAlias: "unit \"{id}\" is named \"{name}\", which is an alias of unit \"{unit}\" (line {line}); remove that alias"
rosterEmpty: "units.csv lists no units; add one row per competing unit"

# Sources/ThiduaCore/Model/TargetsReader.swift
targetUnknownKey: "unknown key `{key}` in a target; a target map has `value` (and `or`), or `when`, and may have `label` and `illustrative`{suggestion}"
targetValueAndWhen: "a target has either `value` (with an optional `or`) or `when`, not both; move the condition to `or`"
targetOrWithoutValue: "`or` needs a `value` beside it, e.g. {value: \">= 20%\", or: \"received_rate >= 100%\"}; for a condition alone write {when: \"…\"}"
targetNeedsValue: "a target map needs `value` (e.g. {value: \">= 20%\"}) or `when` (e.g. {when: \"received_rate >= 50%\"})"
targetConditionNotText: "`{key}` must be a condition in quotes, e.g. \"received_rate >= 100%\""
inContext: "in {context}: {message}"
inContext2: "in {context}: {error}"
targetNotText: "a target must be text such as \">= 50%\" or a number"
targetInvalid: "bad target \"{raw}\"; write e.g. \">= 50%\", \"> 90%\", \"<= 5%\" or a number"

# Sources/ThiduaCore/Model/XLSX/XLSXReader.swift
xlsxIsXlsOrEncrypted: "the file is an Excel 97–2003 workbook (.xls) or is protected by a password; open it in Excel and save it as \"Excel Workbook (.xlsx)\" without a password"
xlsxNotWorkbook: "the file is not an Excel workbook (.xlsx); save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\" with the .csv extension"
xlsxNoSuchSheet: "the workbook has no sheet named \"{wanted}\" (data.sheet in campaign.md); its sheets are: {sheets}{suggestion}"
xlsxDamaged: "the Excel workbook cannot be read: {message}; open it in Excel or LibreOffice and save it again as \"Excel Workbook (.xlsx)\""

# Sources/ThiduaCore/Model/Checks/CheckRules.swift
checkNotRule: "each check is a rule such as \"received_online <= total\", or {rule: \"…\", level: error}"
checkComparesNothing: "the check \"{text}\" compares nothing; write e.g. \"received_online <= total\" (operators <=, <, >=, >, ==, !=; and, or, not), or one of: {builtIn}"
checkNoMetric: "the check \"{text}\" names no metric; compare metrics, e.g. \"received_online <= total\""
checkComparesNothingSimple: "the check \"{text}\" compares nothing; write e.g. \"received_online <= total\" (operators <=, <, >=, >, ==), or one of: {builtIn}"
inCheck: "in the check \"{text}\": {message}"
inCheck2: "in the check \"{text}\": {error}"

# Sources/ThiduaCore/Model/Checks/MarkdownEmphasisCheck.swift
emphasisMore: "… and {skipped} more asterisks or underscores printed as literal text in the plan; fix the ones above and run again"

# Sources/ThiduaCore/Model/Table/CSVTableReader.swift
csvUnclosedQuote: "a cell here starts with a quote (\") that is never closed, so the rest of the file would be read as that one cell; add the closing quote (a quote inside a quoted cell is written twice: \"\")"
csvCannotRead: "the CSV cannot be read ({error})"
csvEmpty: "the file is empty; it needs a header row and one row per unit"

# Sources/ThiduaCore/Model/Table/DataOptions.swift
dataNotMap: "`data` must be a set of keys, e.g. `data: {sheet: \"Tổng hợp\", header_row: 4}`"
headerRowInvalid: "`header_row` must be a row number of 1 or more, as Excel shows it (e.g. 4)"
namePrefixNotText: "each name prefix must be text, e.g. \"UBND xã\""

# Sources/ThiduaCore/Model/Formula/FormulaParser.swift
formulaEmpty: "the formula is empty"
conditionEmpty: "the condition is empty; write e.g. received_rate >= 50%"
formulaConditionNotNumber: "this part is a condition (true or false), not a number; compute with numbers and compare the result, e.g. online / total >= 50%"
conditionNumberNotCondition: "this part is a number, not a condition; compare it, e.g. received_rate >= 50%"
comparisonChained: "comparisons cannot be chained; join them with and, e.g. a >= 1 and a <= 5"
formulaLoneBang: "unexpected \"!\"; write != for \"not equal\", or not before a condition"
formulaDividesByZero: "this divides by zero, so the {noun} has no value for any unit; divide by a figure, e.g. online / total"
formulaTooDeep: "the {noun} nests deeper than {maximumDepth} levels"
formulaEndsEarly: "the {noun} ends too early; expected a number, an id or \"(\""
allTargetsOutsideRequire: "all_targets can only be used in an award's `require`"
formulaUnexpectedWord: "unexpected \"{word}\"; expected a number, an id or \"(\" before it"
formulaUnexpectedCharacter: "unexpected \"{c}\"; expected a number, an id or \"(\""
formulaBadNumber: "\"{text}\" is not a number; write decimals with a point, e.g. 0.5 or 50%"
baselineNeedsParenthesis: "expected \"(\" after baseline, as in baseline(received_rate)"
indicatorRefersToItself: "indicator \"{name}\" cannot refer to itself"
indicatorDefinedLater: "indicator \"{name}\" is defined later; an indicator can only use indicators listed before it"

# Sources/ThiduaCore/Write/OutputLock.swift
outputLocked: "{who} is writing this folder; wait for it to finish, or run again without --no-wait to wait for it"
lockFailed: "the lock could not be taken"

# Sources/ThiduaCore/Write/CardCache.swift
shareImageFailed: "the share image could not be rendered ({error})"

# Sources/ThiduaCore/Write/RemovalGuard.swift
noCampaigns: "no campaign to publish: no folder here has a campaign.md; the site in {output}/ is kept. Check --content, or pass --allow-empty to publish a site with no campaign"
campaignsWouldBeRemoved: "the site in {output}/ has the campaign(s) {names}, which the content no longer has; building would remove their pages. Restore the campaign folder(s), or pass --allow-removal to remove them"

# Sources/ThiduaCore/Load/ContentLoader.swift
contentNotFound: "content folder not found; run thidua in the folder that holds content/, or pass --content DIR"
siteYmlMissing: "site.yml is missing; create it with at least a line `title: \"…\"`"
folderWithoutPlan: "folder has no campaign.md and is skipped"
themeNotFound: "theme folder not found; pass --theme DIR or keep themes/default next to content/"
fileTooLarge: "the file is {value} MB, more than the {value2} MB thidua reads; is it the right file? Split a very large export by period"
fileLinksOutside: "the file is a link to {resolved}, outside {root}; copy the file into the folder instead of linking to it"

# Sources/ThiduaCore/Load/SourceFile.swift
fileIsUTF16: "the file is UTF-16 text; save it again as \"CSV UTF-8\" (or UTF-8 text)"
fileNotUTF8: "the file is not UTF-8 text; save it again as \"CSV UTF-8\" (or UTF-8 text)"
fileNameNotUTF8: "the name of this file (or folder) is not UTF-8 text, often from unpacking a ZIP made on Windows, so it cannot be read; rename it, e.g. a data file to YYYY-MM-DD.csv"

# Sources/ThiduaCore/Rank/RankStage.swift
grantNotEligible: "award \"{id}\" is granted to unit \"{unit}\", which the plan's rules do not make eligible on {date}; the site shows the grant as decided — check the row, or write `require: decided` for an award no rule gives"

# Sources/ThiduaCore/Rank/PlanFigureCheck.swift
planFigureNoTotal: "{printed}, but the data files cannot give it for {scope} (a figure is missing, or a metric has `aggregate: none`); check the data or remove the figure"
planFigureDiffers: "{printed}, but the data files give {value} for {scope} ({apart}); correct the data or the figure"

# Sources/ThiduaCore/Model/Formula/FormulaParser.swift (continued)
formulaUnmatchedClosing: "unmatched \")\""
formulaExpectedOperator: "unexpected \"{c}\"; expected an operator (+ - * /)"
conditionExpectedOperator: "unexpected \"{c}\"; expected an operator (+ - * /, a comparison such as >=, and, or)"
nounCondition: "condition"
nounFormula: "formula"
formulaUnclosedParenthesis: "\"(\" is never closed"
formulaExpectedClosing: "unexpected \"{c}\"; expected \")\""
baselineInDataCheck: "baseline(…) cannot be used in a data check; compare figures of the same snapshot"
baselineNeedsDate: "baseline(…) needs a baseline date: add `baseline: YYYY-MM-DD` (the date of a snapshot) to the front matter"
formulaUnknownMetric: "unknown id \"{name}\"; expected a metric ({known}){suggestion}"
formulaUnknownId: "unknown id \"{name}\"; expected a metric or an earlier indicator ({known}){suggestion}"
noneDefined: "none defined"

# Sources/ThiduaCore/Model/Checks/DataChecks.swift
cellPrefix: "cell {cell}: "
unitLabel: "unit \"{id}\" ({name})"
figureEquals: "{text} = {value}"
figureEqualsInputs: "{text} = {value} ({inputs})"
noData: "no data"
checkFails: "{cell}{unit} fails the check \"{check}\" ({inputs}); correct the figures in this file, or the check in campaign.md"
checkLarger: "{cell}{left} is larger than {right} for {unit}, against the check \"{check}\"; correct the figures in this file, or the check in campaign.md"
checkSmaller: "{cell}{left} is smaller than {right} for {unit}, against the check \"{check}\"; correct the figures in this file, or the check in campaign.md"
checkNotSmaller: "{cell}{left} is not smaller than {right} for {unit}, against the check \"{check}\"; correct the figures in this file, or the check in campaign.md"
checkNotLarger: "{cell}{left} is not larger than {right} for {unit}, against the check \"{check}\"; correct the figures in this file, or the check in campaign.md"
checkDiffers: "{cell}{left} differs from {right} for {unit}, against the check \"{check}\"; correct the figures in this file, or the check in campaign.md"
percentagePoint: "{count} percentage point"
percentagePoints: "{count} percentage points"
reportedFigureDiffers: "{cell}{metric} of {unit} is reported as {reported}, but {computed}, more than {tolerance} apart; correct the reported figure or the figures it is computed from"
cumulativeDrops: "{cell}{metric} of {unit} drops from {before} on {earlierDate} to {value} on {date}, but it is cumulative (a running total never goes down); correct the figure here or in {earlierFile}, or remove `cumulative: true` from the metric"
rosterLine: ", {path} line {line}"
unitHasNoRow: "unit \"{id}\" ({name}{line}) has no row in the current snapshot ({date}), so it has no rank; add its row, or remove it from units.csv if it no longer takes part"
moreUnitsHaveNoRow: "{count} more units of units.csv have no row in the current snapshot ({date}): {ids}"

# Sources/ThiduaCore/Model/SnapshotReader.swift (continued)
wordLine: "line"
wordRow: "row"
columnWhatUnit: "`unit`"
columnWhatUnitName: "unit name"
headerRowDeclared: " (the header is row {row}, from `data.header_row` in campaign.md)"
headerRowTaken: " (row {row} was taken as the header; name the right row with `data: {header_row: N}` in campaign.md)"
noUnitOrNameColumn: "the header has no `unit` column and no column \"{name}\" (data.name_column in campaign.md); add a `unit` column with the ids of units.csv, or fix `name_column`{hint}{suggestion}"
noUnitColumn: "the header has no `unit` column; the first column must be `unit` (the unit ids of units.csv), or `name` with the units' names as in units.csv{hint}{suggestion}"
ownerUnitNames: "the unit names"
ownerUnitIds: "the unit ids"
ownerMetric: "metric \"{id}\""
unitIdName: "{id} ({name})"
unitNameAmbiguous: "{cell}\"{label}\" in column \"{column}\" could be more than one unit of units.csv: {units}; write the unit's name in full as in units.csv, or use a `unit` column with the ids"
rowHasNoUnitName: "{cell}the row has no unit name"
rowHasNoUnitId: "{cell}the row has no unit id"
unknownUnitNameNoPrefixes: "{cell}unknown unit \"{label}\" in column \"{column}\": no unit of units.csv has this name; write the name as in units.csv (or declare prefixes to ignore with `data: {name_prefixes: [\"UBND xã\"]}`){suggestion}"
unknownUnitName: "{cell}unknown unit \"{label}\" in column \"{column}\": no unit of units.csv has this name; write the name as in units.csv{suggestion}"
unknownUnitId: "{cell}unknown unit \"{label}\"; every unit in a snapshot must be listed in units.csv{suggestion}"
unitRowTwice: "{cell}unit \"{id}\" already has a row on {row} {earlier}; keep one row per unit"
excelErrorCell: "{cell}the Excel error {code} in column \"{column}\" ({metric}) is read as no data; fix the formula, or leave the cell empty"
unsavedFormula: "{cell}the formula in column \"{column}\" ({metric}) has no saved result (the file was not saved by Excel) and is read as no data; open the file in Excel and save it again"
cellNotNumber: "{cell}\"{text}\" in column \"{column}\" ({metric}) is not a number; write e.g. 18.775, 0,5 or 93,5% (leave the cell empty when there is no data)"
cellNumberTooLarge: "{cell}the number in column \"{column}\" ({metric}) has {digits} digits: too large for any figure (it would read as infinity); check the cell"
cellNegative: "{cell}{value} in column \"{column}\" ({metric}) is negative, which a count or an amount cannot be; correct the cell, or add `allow_negative: true` to metric \"{metric}\" if the figure can be below zero"

# Sources/ThiduaCore/Model/Checks/MarkdownEmphasisCheck.swift (continued)
emphasisLiteral: "\"{run}\" is printed as {printed} in the plan, not as bold or italic: Markdown pairs an opening run with a closing one in the same paragraph only when each touches the emphasised words and has a space or punctuation on its outer side, and here {place}; move it (\"**tối thiểu 45%²**.\", not \"**tối thiểu 45%**²\"), add a space or rewrite the text, or write {escaped} for each {kind} meant to be shown"
literalAsterisk: "a literal asterisk"
literalAsterisks: "literal asterisks"
literalUnderscore: "a literal underscore"
literalUnderscores: "literal underscores"
wordAsterisk: "asterisk"
wordUnderscore: "underscore"
emphasisSpaced: "it has spaces on both sides"
emphasisBetween: "it stands between {before} and {after}"
lineStart: "the start of the line"
lineEnd: "the end of the line"

# Sources/ThiduaCore/Write/OutputGuard.swift, WriteStage.swift
outputIsRoot: "the output folder cannot be the root folder; choose another folder with --output"
outputIsHome: "the output folder cannot be the home folder; choose another folder with --output"
outputIsContent: "the output folder would replace the content folder {folder}; choose another folder with --output"
outputIsTheme: "the output folder would replace the theme folder {folder}; choose another folder with --output"
outputIsFile: "the output path is a file; choose a folder with --output"
outputNotOurs: "the folder exists, is not empty and was not made by thidua; remove it or choose another --output"
siteNotWritten: "the site could not be written ({error}); the previous site is unchanged"
siteNotSwapped: "the new site could not replace the old one ({error}); the previous site is unchanged"
pathReason: "{path}: {reason}"

# Sources/ThiduaCore/Model/Table/HeaderLayout.swift
headerRowBeyondData: "`data.header_row` in campaign.md is {row}, but the file has data only up to row {last}; give the row that holds the column names"
headerRowEmpty: "`data.header_row` in campaign.md is {row}, but that row is empty; give the row that holds the column names"

# Sources/ThiduaSupport/Slug.swift
slugEmpty: "is empty"
slugTooLong: "is longer than 100 characters"
slugCharacters: "may only contain lowercase letters a-z, digits and \"-\" (not at the start or end), e.g. \"{example}\""

# Sources/ThiduaCore/Model/YAMLNode.swift (continued)
kindScalar: "a single value"
kindList: "a list"
kindMapping: "a set of keys"

# Sources/ThiduaCore/Write/OutputLock.swift (continued)
anotherBuild: "another thidua build"
anotherBuildProcess: "another thidua build (process {process})"
waitingForBuild: "Waiting: {who} is writing {folder}/ …"

# Sources/ThiduaCore/Model/GrantsReader.swift (continued)
noneDeclared: "none is declared"
grantPerson: "\"{person}\" of "

# Sources/ThiduaCore/Rank/PlanFigureCheck.swift (continued)
scopeGroup: "group \"{group}\""
scopeCampaign: "the whole campaign"
planPrints: "the plan prints {name} = {value} on {date}{source}"
apartPoints: "{sign}{value} percentage points"
apartPercent: "{sign}{value}%"
apartNumber: "{sign}{value}"

# Sources/ThiduaCore/Model/XLSX (damaged workbooks)
xlsxPartDamagedAt: "its part {part} is damaged (line {line}, column {column}: {problem})"
xlsxMissingSharedString: "cell {cell} refers to shared string {index}, which the workbook does not have"
xlsxPartNotUnpacking: "its part {part} is damaged (its zip data does not unpack)"
xlsxPartTooLarge: "the part {part} is too large to be a sheet export"
xlsxPartMissing: "its part {part} is missing from the zip directory"
xlsxNoWorkbook: "it has no workbook part ({part})"
xlsxNoSheet: "the workbook lists no sheet"
xlsxSheetNoPart: "sheet \"{sheet}\" has no part in the package"
xlsxSheetMissingPart: "sheet \"{sheet}\" has no part {part}"

# Where a key or formula is (the {context} of other messages)
ctxPlanFigure: "a plan figure"
ctxGroup: "a group"
ctxMetric: "a metric"
ctxIndicator: "an indicator"
ctxNamed: "{name}"
ctxFrontMatter: "the front matter"
ctxAward: "an award"
ctxCheck: "a check"
ctxMetricCheck: "the check of metric \"{id}\""
ctxFormulaOf: "the formula of \"{id}\""
ctxAwardRequire: "the `require` of award \"{id}\""
ctxTargetKey: "the target's `{key}`"
ctxTheCheck: "the check"
ctxQuoted: "{context} \"{text}\""

# Sources/ThiduaCore/Model/YAMLNode.swift: libyaml's problems
yamlProblem: "{problem}"
yamlProblemInContext: "{problem} ({context} that starts on line {line})"
yamlColonNotAllowed: "mapping values are not allowed in this context"
yamlNoColon: "could not find expected ':'"
yamlNoKey: "did not find expected key"
yamlNoValue: "did not find expected node content"
yamlNoDash: "did not find expected '-' indicator"
yamlNoCloseBracket: "did not find expected ',' or ']'"
yamlNoCloseBrace: "did not find expected ',' or '}'"
yamlEndOfFile: "found unexpected end of stream"
yamlBadCharacter: "found character that cannot start any token"
yamlTab: "found a tab character that violates indentation"
yamlBadEscape: "found unknown escape character"
yamlDashNotAllowed: "block sequence entries are not allowed in this context"
yamlInKey: "while scanning a simple key"
yamlInQuoted: "while scanning a quoted scalar"
yamlInPlain: "while scanning a plain scalar"
yamlInBlockMapping: "while parsing a block mapping"
yamlInBlockList: "while parsing a block collection"
yamlInFlowList: "while parsing a flow sequence"
yamlInFlowMapping: "while parsing a flow mapping"
yamlInNode: "while parsing a node"

# Sources/ThiduaCLI/Thidua.swift, Sources/ThiduaServe, Sources/ThiduaCore/Pipeline/Preview.swift
summaryOneError: "thidua: 1 error; nothing was written"
summaryErrors: "thidua: {count} errors; nothing was written"
summaryWarnings: "; {count} warning(s)"
summaryCards: "; share images: {rendered} rendered, {reused} reused"
summaryReports: "; reports (PDF): {rendered} rendered, {reused} reused"
buildUnchanged: "Unchanged: {output}/ already holds this site ({files} files); nothing written in {seconds} s{warnings}"
buildDone: "Built {campaigns} campaign(s), {units} units into {output}/ in {seconds} s: {written} files written ({kib} KiB), {kept} unchanged, {removed} removed{cards}{warnings}"
stageTime: "{stage} {seconds} s"
stageLoad: "load"
stageModel: "model"
stageRank: "rank"
stageChart: "chart"
stageRender: "render"
stageCards: "cards"
stageReports: "reports"
stageWrite: "write"
checkOK: "Content OK"
checkOKWarnings: "Content OK ({count} warning(s))"
newCreated: "Created {path}"
newNext: "Next: edit {plan} and units.csv, put the data in {data}/YYYY-MM-DD.csv or .xlsx, then run: thidua build --content {content}"
serveBuildFailed: "Build failed; still serving the previous site."
serveRebuilt: "Rebuilt (version {version})."
serveListening: "Serving on {address} — edit content/ or themes/ and the open page reloads. Ctrl-C to stop."
previewFailedBanner: "thidua: the last build failed; this is the previous site."
previewNotFound: "Not found."

# Sources/ThiduaCore/Load/ContentLoader.swift, RosterReader.swift, TargetsReader.swift, XLSXReader.swift (continued)
xlsNotInstalled: "an Excel 97–2003 workbook (.xls) is read through LibreOffice, which is not installed; install it with: sudo apt install libreoffice-calc-nogui — or open the file in Excel and save it as \"Excel Workbook (.xlsx)\""
xlsTimedOut: "LibreOffice did not finish converting the .xls file within {seconds} s and was stopped; try again, or open the file in Excel and save it as \"Excel Workbook (.xlsx)\""
xlsNotConverted: "LibreOffice could not read this .xls file (damaged, or protected by a password?){detail}; open it in Excel and save it as \"Excel Workbook (.xlsx)\" without a password"
xlsHTMLTable: "the file has the .xls extension but is a web page (HTML), as some systems export; open it in Excel and save it as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\" so that its figures are read exactly"
xlsNotAWorkbook: "the file has the .xls extension but is not an Excel workbook; save it from Excel as \"Excel Workbook (.xlsx)\", or as \"CSV UTF-8\" with the .csv extension"
notSnapshotFile: "not a .csv, .xlsx or .xls file; ignored (snapshots are data/YYYY-MM-DD.csv, .xlsx or .xls)"
aliasTwice: "alias \"{alias}\" of unit \"{id}\" is also an alias of unit \"{other}\" (line {line}); a name must point at one unit: remove it from one of them"
aliasIsName: "alias \"{alias}\" of unit \"{id}\" is the name of unit \"{other}\" (line {line}); remove the alias"
targetGroupsWithoutGroups: "targets per group need `groups` in the front matter; write one target such as \">= 50%\""
targetUnknownGroup: "unknown group \"{group}\" in target; expected one of: {ids}{suggestion}"
sheetEmpty: "sheet \"{sheet}\" is empty; it needs a header row and one row per unit"
sheetEmptyFirstOfSeveral: "sheet \"{sheet}\" is empty; it needs a header row and one row per unit (thidua reads the first visible sheet; name another with `data: {sheet: \"…\"}` in campaign.md)"
xlsxUnreadable: "the Excel workbook cannot be read ({error}); open it in Excel or LibreOffice and save it again as \"Excel Workbook (.xlsx)\""

# Sources/ThiduaCore/FileSystem/DiskFileSystem.swift (continued)
kindFifo: "a named pipe (FIFO)"
kindSocket: "a socket"
kindCharacterDevice: "a character device"
kindBlockDevice: "a block device"

# Sources/ThiduaCore/Model/XLSX/XMLEventReader.swift
xmlPartEmpty: "the part is empty"
xmlPartTooLarge: "the part is too large"
xmlCannotOpen: "libxml2 cannot open it"
xmlNotUTF8: "bytes that are not UTF-8 text ({bytes})"
xmlDoctype: "it declares a document type (<!DOCTYPE …>), which Excel never writes"

# Sources/ThiduaCore/Publish/PublishMessage.swift
publishNoTarget: "no destination: add a `publish:` section (host, path) to {siteFile}, or use --to user@host:/folder"
publishInvalidTo: "--to \"{text}\" is not of the form user@host:/folder, e.g. thidua@portal.example.gov.vn:/srv/thidua"
publishInvalidOption: "{option} must be a whole number from {low} to {high}"
publishSiteMissing: "{folder}/ does not hold a site built by thidua; run `thidua build --output {folder}` first"
publishToolMissing: "the `{tool}` program is not installed on this computer; install it with: sudo apt install rsync openssh-client"
publishGzipFailed: "the .gz copies could not be written: {detail}"
publishUnreachable: "cannot reach the server {host} ({reason}); check the host name, port and network, then run again. The live site is unchanged"
publishUnknownHost: "no server has this name"
publishRefused: "the server refused the connection on this port"
publishConnectTimedOut: "timed out"
publishNoRoute: "the network cannot reach it"
publishClosed: "the server closed the connection at once"
publishHostKeyUnknown: "this computer does not know the server yet (its host key is not in known_hosts); run `ssh {login}` once, compare the fingerprint with the server's administrator, answer yes, then run again"
publishHostKeyChanged: "the host key of {host} has changed: the server may have been reinstalled, or someone may be impersonating it. Ask its administrator before going on; nothing was sent"
publishPermissionDenied: "the server refused the login {login}: your SSH key is not allowed there. Ask the administrator to add your public key (or run ssh-copy-id {login}), check ~/.ssh/config and ssh-agent, then run again"
publishNotWritable: "cannot write to the folder {path} on the server; ask the administrator to create it and let the login account write there, then run again. The live site is unchanged"
publishDiskFull: "the server's disk is full, nothing more can be written to {path}; ask the administrator to free space (or lower `keep` in site.yml), then run again. The live site is unchanged"
publishRemoteRsyncMissing: "rsync is not installed on the server {host}; ask the administrator to install it (sudo apt install rsync), then run again"
publishCurrentNotLink: "{path}/current on the server is a real folder, not a link made by thidua; rename it (e.g. mv current current.old), then run again"
publishBusy: "another publish (maybe from another computer) is sending to {host}; wait for it to finish, then run again. The live site is unchanged"
publishInterrupted: "the upload was cut off (the connection was lost). The live site is unchanged; run `thidua publish` again (the partial upload will be cleaned up)"
publishTimedOut: "the server stopped answering, so the upload was stopped. The live site is unchanged; check the network, then run again"
publishUploadFailed: "rsync could not send the site (code {code}{detail}). The live site is unchanged"
publishVerifyFailed: "the uploaded copy does not match the site on this computer ({count} files differ); it was not made live. The live site is unchanged; run again"
publishSSHFailed: "the command on the server failed (ssh code {code}{detail})"
publishDetail: ": {detail}"
publishNoRelease: "the server has no live release yet; there is nothing to roll back"
publishNoPrevious: "there is no release older than the live one ({current}) to roll back to"
publishWaitingForBuild: "Waiting: another thidua build is writing {folder}/ …"
publishWaitingForOther: "Waiting: {host} is receiving another publish (or one just cut off); waiting at most {seconds} seconds…"
publishCompressed: "Compressed .gz copies for the web server: {written} written, {reused} unchanged."
publishRemovedPartial: "Removed {count} partial upload(s) left by an earlier run."
publishUnchanged: "Nothing changed: the live site (release {release}) is already identical to this one; no new release was made."
publishSending: "Sending the site to {target} (release {release}{base})…"
publishSendingChanges: ", sending only what differs from the live release of {release}"
publishSendingAll: ", first publish: sending everything"
publishUploading: "Sending: {percent}% · {speed}{left}"
publishTimeLeft: " · about {time} left"
publishKilobytesPerSecond: "{value} KB/s"
publishMegabytesPerSecond: "{value} MB/s"
publishSent: "Sent {files} files ({size}); {linked} unchanged files reused from the previous release."
publishBytes: "{value} bytes"
publishKilobytes: "{value} KB"
publishMegabytes: "{value} MB"
publishLive: "The new site is live: {path}/current → release {release}.{previous}"
publishPreviousKept: " The previous release ({release}) is kept: `thidua publish --rollback` goes back to it."
publishPruned: "Deleted {count} old release(s) (keeping the {keep} most recent)."
publishRolledBack: "Rolled back: {path}/current → release {to} (instead of {from}, which stays on the server)."
publishReleaseTime: "{utc}"

# Sources/ThiduaCLI/Thidua.swift: the commands' help
helpThidua: "Builds public leaderboard websites for emulation campaigns (phong trào thi đua)."
helpContent: "The content folder (site.yml and one folder per campaign)."
helpTheme: "The theme folder (default: themes/default next to the content folder)."
helpLang: "The language of messages: vi or en (default: `language` of site.yml, else vi)."
helpBuild: "Build the site from the content folder."
helpOutput: "The output folder; replaced as a whole only when the build succeeds."
helpBaseURL: "The site's absolute URL, e.g. https://example.gov.vn/thidua/ (overrides site.yml)."
helpNoWait: "Fail at once when another build is writing the same output folder, instead of waiting for it."
helpAllowEmpty: "Publish even when the content has no campaign (otherwise an error that keeps the site)."
helpAllowRemoval: "Remove the pages of campaigns the output folder has and the content no longer has (otherwise an error)."
helpCheck: "Validate the content; write nothing."
helpServe: "Preview the site on this computer; it rebuilds and reloads when content or theme change."
helpHost: "The address to listen on (default: this computer only)."
helpPort: "The port to listen on."
helpNew: "Create a campaign folder: a commented campaign.md, units.csv and a sample snapshot; then run thidua build."
helpSlug: "The campaign's folder name, which is its URL slug: a-z, 0-9 and \"-\" (e.g. dvc-2025)."
helpNewContent: "The content folder (site.yml is created there when missing)."
helpNewLang: "The language of messages: vi or en (default: vi)."
helpPublish: "Send the built site to the web server over SSH (rsync); it goes live only when complete."
helpPublishDiscussion: "The destination is the `publish:` section of site.yml (host, path, and optionally user, port, keep) or --to. The login key comes from your SSH configuration (~/.ssh/config, ssh-agent). Each publish is a new folder <path>/releases/<time>; <path>/current points to the live one."
helpPublishContent: "The content folder, whose site.yml names the destination."
helpPublishOutput: "The built site to send (the --output of thidua build)."
helpTo: "The destination, user@host:/folder (overrides site.yml)."
helpSSHPort: "The SSH port (overrides site.yml)."
helpKeep: "How many releases to keep on the server, the live one included (default 5)."
helpSSHConfig: "An ssh configuration file to use instead of ~/.ssh/config."
helpRollback: "Make the release before the live one live again."
helpPublishLang: "The language of the messages: vi or en (default: site.yml's language)."

# Sources/ThiduaSupport/Messages/CommandLineText.swift: swift-argument-parser's own words;
# the English texts are exactly what it prints, and are matched line by line
cliOverview: "OVERVIEW: {text}"
cliUsage: "USAGE: {usage}"
cliOptions: "OPTIONS:"
cliArguments: "ARGUMENTS:"
cliSubcommands: "SUBCOMMANDS:"
cliSeeSubcommandHelp: "  See '{command} <subcommand>' for detailed help."
cliSeeMore: "  See '{command}' for more information."
cliUsageLine: "Usage: {usage}"
cliHelpLine: "Help:  {help}"
cliUnknownOptionSuggestion: "Error: Unknown option '{name}'. Did you mean '{suggestion}'?"
cliUnknownOption: "Error: Unknown option '{name}'"
cliMissingValue: "Error: Missing value for '{name}'"
cliMissingArgument: "Error: Missing expected argument '{name}'"
cliUnexpectedArgument: "Error: Unexpected argument '{value}'"
cliUnexpectedArguments: "Error: {count} unexpected arguments: '{values}'"
cliInvalidChoice: "Error: The value '{value}' is invalid for '{name}'. Please provide one of {choices}."
cliInvalidValue: "Error: The value '{value}' is invalid for '{name}'"
cliNoValueTaken: "Error: The option '{name}' does not take any value, but '{value}' was specified."
cliError: "Error: {problem}"
cliShowVersion: "Show the version."
cliShowHelp: "Show help information."
cliDefault: "(default:"
cliAnd: "' and '"
cliValues: "(values:"

"""#,
    ]
}
