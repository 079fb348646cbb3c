"""English text of every message template (tracker --lang en), keyed by its Vietnamese template.

Each entry keeps the template's {placeholders}; tests/test_i18n.py checks that every msg("...")
in tracker/ has an entry here and that no entry is left over. Loaded only by an English run.
"""

from __future__ import annotations

EN: dict[str, str] = {
    "tệp mở rộng thành hơn {n} phần tử (alias lồng nhau?)":
        "the file expands to more than {n} nodes (nested aliases?)",
    "bỏ các alias (*tên) lồng nhau; viết giá trị trực tiếp": "remove the nested aliases (*name); write the values out",
    "tệp không phải văn bản UTF-8 (byte 0x{byte:02x})": "the file is not UTF-8 text (byte 0x{byte:02x})",
    "mở tệp bằng trình soạn thảo và lưu lại với mã hóa UTF-8": "open the file in an editor and save it as UTF-8",
    "thẻ YAML không được phép: {tag}": "YAML tag not allowed: {tag}",
    "tệp cấu hình chỉ chứa dữ liệu thuần; bỏ thẻ đó": "a configuration file holds plain data only; remove the tag",
    "phải là một số hữu hạn, không quá {max} (không phải {value})":
        "must be a finite number no larger than {max} (not {value})",
    "giá trị {value} không thể có với '{indicator}' (đơn vị {unit}: {bound})":
        "value {value} is impossible for '{indicator}' (unit {unit}: {bound})",
    # review stats
    "Chưa có số liệu nào được duyệt ({pending} số liệu chờ duyệt).": "No figure reviewed yet ({pending} pending).",
    "Theo độ tin cậy": "By confidence",
    "Theo quy tắc": "By rule",
    "{pending} số liệu chưa duyệt; {orphaned} lượt duyệt của số liệu không còn trong văn bản "
    "(không tính). Người duyệt chọn số liệu để xem, số liệu đáng ngờ trước: đây là các số liệu "
    "đã duyệt, không phải một mẫu ngẫu nhiên.":
        "{pending} figure(s) not reviewed; {orphaned} review(s) of figures no longer in their documents "
        "(not counted). Reviewers choose what they check, doubtful figures first: these are the figures "
        "reviewed, not a random sample.",
    # CLI prefixes
    "Lỗi:": "Error:",
    "Gợi ý:": "Hint:",
    "Cảnh báo:": "Warning:",
    "bỏ qua {doc}: {reason}": "skipped {doc}: {reason}",
    # configuration files as a whole
    "{count} lỗi trong {path}:": "{count} problem(s) in {path}:",
    "Cấu hình không hợp lệ.": "Invalid configuration.",
    "không tìm thấy tệp": "file not found",
    "tạo targets.yaml trong thư mục làm việc (xem README)": "create targets.yaml in the workspace (see README)",
    "tệp rỗng": "the file is empty",
    "cần ít nhất 'version: 1' và 'provinces:'": "it needs at least 'version: 1' and 'provinces:'",
    "cấp ngoài cùng phải là các cặp khóa: giá trị": "the top level must be key: value pairs",
    # YAML syntax
    "khóa '{key}' bị lặp lại": "key '{key}' appears twice",
    "mỗi khóa chỉ được xuất hiện một lần trong cùng một khối": "a key may appear only once in a block",
    "YAML không cho phép ký tự tab để thụt lề; hãy dùng dấu cách":
        "YAML does not allow tabs for indentation; use spaces",
    "lỗi cú pháp YAML: {detail}": "YAML syntax error: {detail}",
    "ký tự không được phép trong YAML: {char}": "character not allowed in YAML: {char}",
    "xóa ký tự đó (thường do chép từ tài liệu khác)": "delete that character (usually pasted from another document)",
    # schema (pydantic) problems
    "thiếu trường bắt buộc '{field}'": "required field '{field}' is missing",
    "thiếu trường bắt buộc": "a required field is missing",
    "khóa '{key}' không được phép (có thể do gõ sai tên)": "key '{key}' is not allowed (a typo?)",
    "khóa không được phép (có thể do gõ sai tên)": "key not allowed (a typo?)",
    "giá trị không hợp lệ; cần một trong: {expected}": "invalid value; expected one of: {expected}",
    "phải là một chuỗi ký tự": "must be a string",
    "phải là một số nguyên": "must be an integer",
    "phải là một số": "must be a number",
    "phải là true hoặc false": "must be true or false",
    "phải là một danh sách": "must be a list",
    "phải là một khối khóa: giá trị": "must be a block of key: value pairs",
    "không đúng định dạng": "wrong format",
    "không phải ngày hợp lệ": "not a valid date",
    # targets
    "tỉnh không rõ: '{slug}'": "unknown province: '{slug}'",
    "tỉnh không rõ: '{slug}' (có phải {close}?)": "unknown province: '{slug}' (did you mean {close}?)",
    "'{indicator}' đo bằng {unit}, không phải %": "'{indicator}' is measured in {unit}, not %",
    "xếp hạng càng nhỏ càng tốt: hãy dùng '<=' hoặc '<'": "a rank is better when lower: use '<=' or '<'",
    "mã chỉ tiêu bị trùng: '{id}'": "duplicate target id: '{id}'",
    "chỉ tiêu không có trong danh mục: '{key}'": "indicator not in the catalog: '{key}'",
    "chỉ tiêu không có trong danh mục: '{key}'; có phải ý bạn là {close}?":
        "indicator not in the catalog: '{key}'; did you mean {close}?",
    "mục tiêu không hiểu được: {target} (ví dụ đúng: \"> 30%\", \">= 80%\", \"<= 20\", \"từ 80% đến 90%\")":
        "target not understood: {target} (valid examples: \"> 30%\", \">= 80%\", \"<= 20\", \"từ 80% đến 90%\")",
    "mốc cơ sở (baseline) phải trước thời hạn (deadline)": "the baseline must come before the deadline",
    "mốc trung gian {milestone} phải trước thời hạn (deadline) {deadline}":
        "milestone {milestone} must come before the deadline {deadline}",
    "khoảng mục tiêu ngược: {target} (số nhỏ đứng trước)": "reversed range: {target} (the smaller number first)",
    # catalog
    "biểu thức chính quy không hợp lệ: {error}": "invalid regular expression: {error}",
    "khóa trùng: {key}": "duplicate key: {key}",
    "{field}: '{key}' không phải chỉ tiêu đơn vị {unit} trong danh mục":
        "{field}: '{key}' is not an indicator in {unit} in the catalog",
    # dates
    "ngày không hợp lệ: {value} (cần YYYY, YYYY-MM hoặc YYYY-MM-DD)":
        "invalid date: {value} (expected YYYY, YYYY-MM or YYYY-MM-DD)",
    "ngày không tồn tại: {value}": "no such date: {value}",
    # command line
    "--lang phải là vi hoặc en (không phải '{value}').": "--lang must be vi or en (not '{value}').",
    "Lưu ý:": "Note:",
    "{n} văn bản chỉ có năm ban hành ({files}): số liệu không ghi ngày của chúng được tính cho "
    "năm đó; ghi ngày đầy đủ vào phần đầu YAML hoặc tệp kèm .yaml nếu biết.":
        "{n} document(s) give only their year of publication ({files}): figures they do not date are "
        "counted for that year; write the full date into the front matter or the .yaml sidecar if you know it.",
    "{doc} chỉ có năm ban hành ({year}): số liệu không ghi ngày được tính cho năm {year}. "
    "Hãy ghi ngày đầy đủ (YYYY-MM-DD) vào {sidecar} nếu biết; bài tổng kết đăng đầu năm "
    "thường nói về năm trước.":
        "{doc} gives only its year of publication ({year}): figures it does not date are counted for {year}. "
        "Write the full date (YYYY-MM-DD) into {sidecar} if you know it; a year-end review published early "
        "in a year usually reports the year before.",
    "Đọc văn bản": "Reading documents",
    "Lập báo cáo": "Making reports",
    "Cần đúng một trong hai: --province TỈNH hoặc --all.": "Give exactly one of --province PROVINCE or --all.",
    "ví dụ: tracker report --province kien-giang": "for example: tracker report --province kien-giang",
    "--draft và --so mâu thuẫn: bản dự thảo để trống số văn bản.":
        "--draft and --so contradict each other: a draft leaves the document number blank.",
    "bỏ --draft để ghi số, hoặc bỏ --so để lập bản dự thảo":
        "drop --draft to print the number, or drop --so to make a draft",
    "--so không dùng được với --all: mỗi tỉnh có số văn bản riêng.":
        "--so cannot be used with --all: each province has its own document number.",
    "bỏ --so; báo cáo được lập với số để trống": "drop --so; the reports are made with the number left blank",
    "không lập được báo cáo của {name}: {error}": "could not make the report for {name}: {error}",
    ("{old} đã sáp nhập vào {new} từ {day}; báo cáo giữ phạm vi {old} trước sáp nhập (báo cáo "
     "của {new}: --province {slug})."):
        ("{old} was merged into {new} on {day}; the report keeps the scope of {old} before the "
         "merger (for the report of {new}: --province {slug})."),
    "Không có thư mục văn bản {folder}.": "No documents folder {folder}.",
    "kiểm tra --docs": "check --docs",
    "Không có tệp gold {path}.": "No gold file {path}.",
    "kiểm tra --gold": "check --gold",
    "--part không hợp lệ: {value}.": "Invalid --part: {value}.",
    "dùng all, train hoặc test": "use all, train or test",
    "Không có tệp chia phần {path}.": "No split file {path}.",
    "chỉ ra bằng --split": "give it with --split",
    "đang mở ra mạng; hãy đặt sau HTTPS (cookie phiên chỉ gửi qua HTTPS).":
        "listening on the network; put it behind HTTPS (the session cookie is sent over HTTPS only).",
    "Biểu đồ chỉ ghi được dạng SVG: {name}.": "A chart can only be written as SVG: {name}.",
    "dùng --plot bieu-do.svg": "use --plot chart.svg",
    "Định dạng không hỗ trợ: {format}.": "Unsupported format: {format}.",
    "dùng csv, jsonl hoặc xlsx": "use csv, jsonl or xlsx",
    "Xuất xlsx cần --output TỆP.xlsx.": "Exporting xlsx needs --output FILE.xlsx.",
    "dùng table hoặc json": "use table or json",
    "dùng table, json hoặc pdf": "use table, json or pdf",
    # batch of reports
    "quá thời gian ({seconds} giây), đã dừng": "took longer than {seconds} seconds, stopped",
    "tiến trình lập báo cáo dừng đột ngột": "the report process stopped abruptly",
    "lỗi không mong đợi ({kind}: {error})": "unexpected error ({kind}: {error})",
    # dates given on the command line
    "Ngày không hợp lệ: '{value}'.": "Invalid date: '{value}'.",
    "dùng dạng YYYY-MM-DD, ví dụ --as-of 2025-12-31": "use the form YYYY-MM-DD, for example --as-of 2025-12-31",
    "Ngày báo cáo {day} quá xa trong tương lai.": "The report date {day} is too far in the future.",
    "--as-of là ngày số liệu được tính đến; dùng một ngày trong vòng một năm tới":
        "--as-of is the date the figures count up to; use a date within the next year",
    # making a report
    "Ngày ký {signed} trước ngày chốt số liệu {as_of}.":
        "The signing date {signed} is before the figures' cut-off date {as_of}.",
    "--date phải cùng ngày hoặc sau --as-of": "--date must be the same day as --as-of or later",
    "Số văn bản không hợp lệ: '{number}'.": "Invalid document number: '{number}'.",
    "dùng một số nguyên dương, ví dụ --so 5": "use a positive whole number, for example --so 5",
    "{count} lượt duyệt không còn áp dụng được vì văn bản đã sửa (--strict): {ids}.":
        "{count} review(s) no longer apply because their document changed (--strict): {ids}.",
    "xem và duyệt lại: tracker review list --status orphaned":
        "look at them and review again: tracker review list --status orphaned",
    " (và {count} văn bản khác)": " (and {count} more document(s))",
    "{count} văn bản có vấn đề (--strict): {listed}{more}.":
        "{count} document(s) with problems (--strict): {listed}{more}.",
    "sửa hoặc chuyển các tệp đó ra khỏi seeds/, hoặc bỏ --strict để chỉ cảnh báo":
        "fix those files or move them out of seeds/, or drop --strict to be warned only",
    "dùng một hoặc nhiều trong {formats}, ví dụ pdf,docx": "use one or more of {formats}, for example pdf,docx",
    "{path} là một tệp, không phải thư mục.": "{path} is a file, not a folder.",
    "xóa hoặc đổi tên tệp đó": "delete or rename that file",
    "Không ghi được vào {path}.": "Cannot write to {path}.",
    "kiểm tra quyền ghi của thư mục": "check the folder's write permission",
    "không có thư mục nào để ghi {folder}": "no folder to write {folder} in",
    # files and workspace
    "{path} là một thư mục, không ghi đè được.": "{path} is a folder; it cannot be overwritten.",
    "đổi tên hoặc chuyển thư mục đó đi": "rename or move that folder",
    "Không ghi được {path}: {reason}; không tệp nào được ghi.": "Cannot write {path}: {reason}; no file was written.",
    "kiểm tra chỗ trống trên đĩa và quyền ghi của thư mục":
        "check the free disk space and the folder's write permission",
    "Không tìm thấy {file} trong {folder} hay các thư mục cha.": "No {file} in {folder} or any folder above it.",
    "chạy lệnh trong thư mục làm việc của tracker, hoặc dùng --workspace ĐƯỜNG_DẪN":
        "run the command in a tracker workspace, or use --workspace PATH",
    "{folder} không có {file}.": "{folder} has no {file}.",
    "kiểm tra lại --workspace": "check --workspace",
    # provinces and indicators named by the user
    "có phải ý bạn là {close}?": "did you mean {close}?",
    "xem danh sách bằng lệnh: tracker provinces": "see the list with: tracker provinces",
    "Không biết tỉnh '{name}'.": "Unknown province '{name}'.",
    "Không có chỉ tiêu '{key}' trong danh mục.": "No indicator '{key}' in the catalog.",
    "xem indicators.yaml hoặc tracker extract": "see indicators.yaml or tracker extract",
    # rendering
    "Thiếu mẫu {path}.": "Missing template {path}.",
    "chép thư mục templates/ của tracker vào thư mục làm việc": "copy tracker's templates/ folder into the workspace",
    "{path}:{line}: lỗi cú pháp trong mẫu: {detail}": "{path}:{line}: syntax error in the template: {detail}",
    "sửa dòng đó, hoặc chép lại mẫu gốc từ tracker": "fix that line, or copy the original template from tracker again",
    "{path}:{line}: mẫu báo cáo lỗi khi dựng: {detail}":
        "{path}:{line}: the report template fails on the data: {detail}",
    "không tạo được PDF: {detail}": "could not make the PDF: {detail}",
    # figures and reviews
    "ví dụ 2025, 2025-06 hoặc 2025-06-30": "for example 2025, 2025-06 or 2025-06-30",
    "một tỷ lệ phần trăm từ 0 đến 100": "a percentage from 0 to 100",
    "một số không âm": "a number that is not negative",
    "Giá trị không hợp lệ: {value} (chỉ tiêu này cần {need}).": "Invalid value: {value} (this indicator needs {need}).",
    "ghi giá trị không kèm đơn vị, dấu chấm thập phân: 12.8":
        "write the value without its unit, with a decimal point: 12.8",
    "Chỉ tiêu không có trong danh mục: '{key}'.": "Indicator not in the catalog: '{key}'.",
    "xem tracker/data/indicators.yaml": "see tracker/data/indicators.yaml",
    "Trạng thái không hợp lệ: '{state}'.": "Invalid state: '{state}'.",
    "dùng {choices}": "use {choices}",
    "Số liệu này đã đổi trạng thái từ khi bạn mở trang.": "This figure's state changed since you opened the page.",
    "tải lại trang": "reload the page",
    "chấp nhận": "accepted",
    "từ chối": "rejected",
    "sửa": "corrected",
    " thành {value}": " to {value}",
    " (lý do: {reason})": " (reason: {reason})",
    "{by} đã {what} số liệu này{detail} lúc {time} ngày {day}{because}; thay đổi của bạn chưa được lưu.":
        "{by} {what} this figure{detail} at {time} on {day}{because}; your change was not saved.",
    "tải lại trang để xem trạng thái mới rồi quyết định lại": "reload the page to see the new state, then decide again",
    "Mã số liệu không hợp lệ: '{id}'.": "Invalid figure id: '{id}'.",
    "dùng mã trong cột 'mã' của tracker review list": "use an id from the 'mã' column of tracker review list",
    "Không có số liệu nào mang mã '{id}'.": "No figure has the id '{id}'.",
    "xem mã bằng lệnh: tracker review list": "see the ids with: tracker review list",
    "Mã '{id}' khớp {count} số liệu: {ids}.": "The id '{id}' matches {count} figures: {ids}.",
    "gõ thêm vài ký tự của mã": "type a few more characters of the id",
    "Số liệu '{id}' không còn trong văn bản nguồn (văn bản đã đổi hoặc bị xóa).":
        "The figure '{id}' is no longer in its source document (the document was changed or deleted).",
    "xem lại bằng lệnh: tracker review list --status orphaned":
        "look again with: tracker review list --status orphaned",
    "Thao tác không hợp lệ: '{action}'.": "Invalid action: '{action}'.",
    "Cần ghi lý do (--reason) khi từ chối hoặc sửa một số liệu.":
        "Give a reason (--reason) when rejecting or correcting a figure.",
    "Sửa số liệu cần --value hoặc --as-of.": "Correcting a figure needs --value or --as-of.",
    "Từ chỉ mức độ không hợp lệ: '{qualifier}'.": "Invalid qualifier: '{qualifier}'.",
    "Thời điểm {as_of} ở tương lai: số liệu thực hiện phải đã có.":
        "The date {as_of} is in the future: an achieved figure must already exist.",
    "Cần ghi nguồn (--source) của số liệu nhập tay, ví dụ 'Công văn số 12/STTTT ngày 5/1/2025'.":
        ("Give the source (--source) of a figure entered by hand, for example 'Công văn số 12/STTTT "
         "ngày 5/1/2025'."),
    # importing a sheet of figures
    "Không có tệp {path}.": "No file {path}.",
    "Không đọc được {name}: chỉ nhận .csv hoặc .xlsx.": "Cannot read {name}: only .csv or .xlsx are accepted.",
    "{path}: tệp trống.": "{path}: the file is empty.",
    "dòng đầu là tên cột: {columns}": "the first line holds the column names: {columns}",
    "cột không rõ: {columns}": "unknown columns: {columns}",
    "thiếu cột: {columns}": "missing columns: {columns}",
    "các cột: {columns} (và tùy chọn qualifier, note)": "the columns: {columns} (and optionally qualifier, note)",
    "{path}: không phải UTF-8.": "{path}: not UTF-8.",
    "lưu lại bảng tính dưới dạng 'CSV UTF-8'": "save the spreadsheet again as 'CSV UTF-8'",
    "{path}: không mở được bảng tính ({detail}).": "{path}: cannot open the spreadsheet ({detail}).",
    "giá trị không phải số: '{value}'": "the value is not a number: '{value}'",
    "sửa các dòng trên rồi nhập lại; chưa có dòng nào được thêm":
        "fix the lines above and import again; no line was added",
    "{path}: không có dòng số liệu nào.": "{path}: no line of figures.",
    # the figures store (tracker.db)
    "{path}: cơ sở dữ liệu đang bị một tiến trình tracker khác khóa quá lâu.":
        "{path}: the database has been locked by another tracker process for too long.",
    "đợi tiến trình kia chạy xong rồi chạy lại": "wait for the other process to finish, then run again",
    "Không mở hoặc không ghi được {path}.": "Cannot open or write {path}.",
    "kiểm tra quyền ghi của tệp và thư mục chứa nó": "check the write permission of the file and of its folder",
    "{path} bị hỏng hoặc không phải cơ sở dữ liệu của tracker ({detail}).":
        "{path} is damaged or not a tracker database ({detail}).",
    "khôi phục từ bản sao lưu (tracker db backup), hoặc đổi tên tệp này để tracker tạo cơ sở dữ liệu mới":
        ("restore it from a backup (tracker db backup), or rename this file so that tracker makes a "
         "new database"),
    "{path} được tạo bởi phiên bản tracker mới hơn (lược đồ {version}, bản này chỉ biết đến {known}).":
        "{path} was made by a newer version of tracker (schema {version}; this one knows up to {known}).",
    "cập nhật tracker (pip install -U tracker); không sửa tệp này bằng bản cũ":
        "update tracker (pip install -U tracker); do not change this file with the old version",
    "Không thể sao lưu {path} vào chính nó.": "Cannot back up {path} onto itself.",
    "chọn một đường dẫn khác": "choose another path",
    "{path} là một thư mục.": "{path} is a folder.",
    "cho biết tên tệp, ví dụ sao-luu/tracker-2025-12-31.db":
        "give a file name, for example backup/tracker-2025-12-31.db",
    "Không có thư mục {folder}.": "No folder {folder}.",
    "tạo thư mục đó trước": "create that folder first",
    "Không ghi được vào {folder}: {reason}.": "Cannot write to {folder}: {reason}.",
    "chọn thư mục khác hoặc kiểm tra quyền ghi": "choose another folder or check the write permission",
    # the browser workspace (tracker serve)
    "Độ tin cậy không hợp lệ: '{value}'.": "Invalid confidence: '{value}'.",
    "một số từ 0 đến 1, ví dụ 0.7": "a number from 0 to 1, for example 0.7",
    "Không có văn bản '{doc}' trong seeds/.": "No document '{doc}' in seeds/.",
    "xem danh sách ở trang Văn bản": "see the list on the Documents page",
    "Không đọc được {doc}: {reason}": "Cannot read {doc}: {reason}",
    "Không có tệp báo cáo này.": "No such report file.",
    "Giá trị không phải số: '{value}'.": "The value is not a number: '{value}'.",
    "ví dụ 61,5 hoặc 1.200": "for example 61,5 or 1.200",
    "Biểu mẫu duyệt thiếu trạng thái đã xem.": "The review form lacks the state you saw.",
    "tải lại trang rồi duyệt lại": "reload the page and review again",
    "Cần nhập giá trị.": "Enter a value.",
    "Chưa chọn tệp CSV hoặc XLSX.": "No CSV or XLSX file chosen.",
    "Chỉ nhập được tệp .csv hoặc .xlsx (không phải '{name}').":
        "Only .csv or .xlsx files can be imported (not '{name}').",
    "Chưa chọn tệp nào.": "No file chosen.",
    "Mở không gian làm việc ra mạng ({host}) cần mật khẩu.":
        "Opening the workspace to the network ({host}) needs a password.",
    "đặt biến môi trường TRACKER_PASSWORD rồi chạy lại, hoặc bỏ --host để chỉ dùng trên máy này":
        ("set the environment variable TRACKER_PASSWORD and run again, or drop --host to use it on "
         "this computer only"),
    "Không mở được {host}:{port}: {reason}.": "Cannot listen on {host}:{port}: {reason}.",
    "cổng đang được dùng (có thể bởi một tracker serve khác); chọn cổng khác: --port {next}":
        "the port is in use (perhaps by another tracker serve); choose another port: --port {next}",
    "Tên tệp không dùng được: '{name}'.": "Unusable file name: '{name}'.",
    "đổi tên tệp (chữ, số, dấu gạch) rồi tải lên lại": "rename the file (letters, digits, dashes) and upload it again",
    # reading a document (each becomes a warning naming the file)
    "tệp quá lớn ({size} MB, giới hạn {limit} MB); tách thành nhiều văn bản nhỏ hơn":
        "the file is too large ({size} MB, the limit is {limit} MB); split it into smaller documents",
    "không đọc được tệp: {reason}": "cannot read the file: {reason}",
    "tỉnh (province)": "the province (province)",
    "ngày ban hành (published)": "the date of issue (published)",
    "{first} và {second}": "{first} and {second}",
    ("không xác định được {what}; ghi vào phần đầu YAML hoặc tệp kèm {sidecar}, hoặc thêm bằng: "
     "tracker add TỆP --province … --published …"):
        ("cannot determine {what}; give it in the YAML front matter or in the sidecar {sidecar}, or "
         "add the document with: tracker add FILE --province … --published …"),
    "phần đầu YAML": "the YAML front matter",
    "tệp kèm .yaml": "the .yaml sidecar",
    "tham số dòng lệnh": "the command line",
    "siêu dữ liệu trang web": "the web page's metadata",
    "nội dung văn bản": "the document's text",
    "'period' không hợp lệ: {value}": "invalid 'period': {value}",
    "phần đầu YAML không hợp lệ: {detail}": "invalid YAML front matter: {detail}",
    "phần đầu YAML có ngày không tồn tại ({detail})": "the YAML front matter has a date that does not exist ({detail})",
    "phần đầu YAML phải là các cặp khóa: giá trị": "the YAML front matter must be key: value pairs",
    "liên kết hỏng (tệp đích không còn)": "broken link (its target is gone)",
    "thư mục con không được đọc; chỉ đọc các tệp nằm ngay trong {folder}/":
        "sub-folders are not read; only the files directly in {folder}/ are",
    "không phải tệp thường (FIFO, socket hoặc thiết bị)": "not a regular file (FIFO, socket or device)",
    "tệp kèm không có văn bản đi cùng ({name})": "a sidecar without its document ({name})",
    "định dạng {suffix} chưa được đọc; chỉ đọc {suffixes}": "the format {suffix} is not read; only {suffixes} are",
    "(không đuôi)": "(no extension)",
    "không đọc được tệp kèm: {detail}": "cannot read the sidecar: {detail}",
    "tệp kèm không phải YAML hợp lệ: {detail}": "the sidecar is not valid YAML: {detail}",
    "cần các cặp khóa: giá trị (province, published, title, …)":
        "must be key: value pairs (province, published, title, …)",
    "khóa không biết: {keys}; các khóa dùng được: {known}": "unknown keys: {keys}; allowed keys: {known}",
    ("thư mục không có văn bản nào (.txt, .md, .pdf, .docx, .html, ảnh scan); báo cáo chỉ dùng "
     "số liệu nhập tay"):
        ("the folder has no documents (.txt, .md, .pdf, .docx, .html, scanned images); the report "
         "uses only the figures entered by hand"),
    "trùng mã văn bản '{id}' với {other}; đổi tên một trong hai tệp":
        "the document id '{id}' clashes with {other}; rename one of the two files",
    "có BOM {name} nhưng nội dung không hợp lệ: {detail}": "has a {name} BOM but its content is invalid: {detail}",
    "tệp nhị phân (có byte NUL), không phải văn bản": "a binary file (it has NUL bytes), not text",
    "không nhận ra bảng mã (không phải UTF-8, UTF-16, Windows-1258, TCVN3 hay VNI)":
        "unknown encoding (not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)",
    "bảng mã {name} nhưng có byte không hợp lệ: {detail}": "encoded in {name} but has invalid bytes: {detail}",
    # tracker add
    "không đọc được ({reason})": "cannot read it ({reason})",
    "tệp đã có phần đầu YAML; sửa thẳng trong tệp thay vì dùng tham số":
        "the file already has YAML front matter; edit it in the file instead of using options",
    "Không thêm được văn bản nào:": "No document was added:",
    "sửa các tệp trên (hoặc thêm --province/--published) rồi chạy lại; chưa có tệp nào được chép":
        "fix the files above (or add --province/--published) and run again; no file was copied",
    "không có tệp này": "no such file",
    "định dạng {suffix} chưa được đọc; đọc được: {suffixes}": "the format {suffix} is not read; readable: {suffixes}",
    "trùng tên với một tệp khác trong lệnh này": "the same name as another file in this command",
    "{folder}/ đã có tệp cùng tên với nội dung khác; đổi tên tệp rồi thêm lại":
        "{folder}/ already has a file of that name with other content; rename the file and add it again",
    "trùng mã văn bản '{id}' với {other} trong {folder}/; đổi tên tệp":
        "the document id '{id}' clashes with {other} in {folder}/; rename the file",
    # file formats (PDF, scans, Word, web pages)
    "PDF được bảo vệ bằng mật khẩu; hãy lưu bản không mật khẩu":
        "the PDF is password-protected; save a copy without the password",
    "PDF hỏng hoặc không đầy đủ ({detail})": "the PDF is damaged or incomplete ({detail})",
    "PDF không có trang nào": "the PDF has no pages",
    "đọc quá {seconds} giây (dừng ở trang {page}/{pages})":
        "reading took more than {seconds} seconds (stopped at page {page}/{pages})",
    "PDF hỏng: không đọc được trang nào": "the PDF is damaged: no page could be read",
    "{count} trang hỏng không đọc được (trang {pages})": "{count} damaged page(s) could not be read (pages {pages})",
    "PDF không có chữ (không có lớp văn bản và OCR không đọc được gì)":
        "the PDF has no text (no text layer, and OCR read nothing)",
    "văn bản scan cần Tesseract để đọc chữ (OCR), máy chưa cài; cài bằng: {install}":
        ("a scanned document needs Tesseract to read its text (OCR), which is not installed; install "
         "it with: {install}"),
    "không chạy được Tesseract ({detail})": "cannot run Tesseract ({detail})",
    "Tesseract chưa có mô hình tiếng Việt; cài bằng: {install}":
        "Tesseract has no Vietnamese model; install it with: {install}",
    "đọc quá {seconds} giây": "reading took more than {seconds} seconds",
    "OCR một trang quá {seconds} giây": "OCR of one page took more than {seconds} seconds",
    "lỗi không rõ": "unknown error",
    "Tesseract không đọc được ảnh ({detail})": "Tesseract could not read the image ({detail})",
    "bỏ qua {count} trang scan: {reason}": "skipped {count} scanned page(s): {reason}",
    "OCR dừng ở trang {page} sau {seconds} giây; các trang sau chưa được đọc":
        "OCR stopped at page {page} after {seconds} seconds; the pages after it were not read",
    "ảnh quá lớn ({width}×{height} điểm ảnh)": "the image is too large ({width}×{height} pixels)",
    "ảnh hỏng hoặc không đúng định dạng ({detail})": "the image is damaged or not in its format ({detail})",
    "OCR không đọc được chữ nào trong ảnh": "OCR read no text in the image",
    "không phải tệp Word .docx (không phải gói zip)": "not a Word .docx file (not a zip package)",
    "tệp .docx hỏng hoặc không phải văn bản Word ({detail})":
        "the .docx file is damaged or not a Word document ({detail})",
    "tệp .docx hỏng ({detail})": "the .docx file is damaged ({detail})",
    "tệp .docx không có chữ": "the .docx file has no text",
    "tệp Word cũ .doc cần LibreOffice để đọc; cài bằng: {install}, hoặc mở bằng Word và lưu thành .docx":
        ("an old Word .doc file needs LibreOffice to be read; install it with: {install}, or open it "
         "in Word and save it as .docx"),
    "LibreOffice chuyển .doc quá lâu": "LibreOffice took too long to convert the .doc file",
    "không chạy được LibreOffice ({detail})": "cannot run LibreOffice ({detail})",
    "LibreOffice không chuyển được tệp .doc (tệp hỏng?)":
        "LibreOffice could not convert the .doc file (is it damaged?)",
    "trang HTML không đọc được ({detail})": "the HTML page cannot be read ({detail})",
    "trang HTML không có nội dung bài viết (chỉ có menu, liên kết hoặc trống)":
        "the HTML page has no article text (only menus and links, or nothing)",
    # measuring extraction (tracker eval)
    "{path}:{line}: dòng gold không hợp lệ: {detail}": "{path}:{line}: invalid gold line: {detail}",
    # the store
    "{path} là cơ sở dữ liệu của ứng dụng khác (có bảng {tables}), không phải của tracker.":
        "{path} is another application's database (it has the tables {tables}), not tracker's.",
    "chỉ ra tệp khác bằng --db (tệp chưa có sẽ được tạo), hoặc bỏ --db để dùng tracker.db của thư mục làm việc":
        "give another file with --db (a new one is created), or drop --db to use the workspace's tracker.db",
    # figures a report uses that no person has checked
    "{count} số liệu trong báo cáo được trích tự động, chưa có người duyệt: {numbers} (số thứ tự trong Phụ lục).":
        "{count} figure(s) in the report were extracted automatically and not yet reviewed: {numbers} "
        "(numbers in the Appendix).",
    "duyệt trước khi ký: tracker review list --province {slug} (hoặc tracker serve)":
        "review them before signing: tracker review list --province {slug} (or tracker serve)",
    "mâu thuẫn: {values}": "contradicted by: {values}",
    "đọc theo khái niệm, không theo cụm từ quen thuộc: đối chiếu trích dẫn":
        "read from the indicator's words, not a known phrase: check the quote",
    "{count} chỉ tiêu có số liệu chưa dùng vì độ tin cậy thấp (mâu thuẫn trong cùng văn bản hoặc nghi ngờ), chờ "
    "người duyệt: {titles}.":
        "{count} target(s) have figures left out for their low confidence (contradicted within their document, or "
        "doubtful), waiting for a person: {titles}.",
    # the browser's upload
    "điền Tỉnh và Ngày ban hành ở biểu mẫu (hoặc sửa các tệp) rồi tải lên lại; chưa có tệp nào được chép":
        "fill in the province and the date of issue in the form (or fix the files) and upload again; "
        "no file was copied",
    # Click's usage errors (tracker/cli/usage.py)
    "Cách dùng:": "Usage:",
    "Xem '{command} --help' để biết cách dùng.": "Try '{command} --help' for help.",
    "Đã hủy.": "Aborted.",
}
