# lantern user interface: Vietnamese (Tiếng Việt), translated from en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = có
no = không
answer-yes = Có
answer-no = Không
answer-declined = Từ chối trả lời
answer-dont-know = Không biết
answer-not-asked = Không hỏi
answer-none = (không có mục nào)
answer-unanswered = chưa trả lời
answer-hidden = ••• (nhạy cảm, nhấn v để xem)
continue = Tiếp tục
cancel = Hủy
back = Quay lại
error-prefix = Sự cố:

## Hint bar and keys
key-help = trợ giúp
key-quick-exit = thoát nhanh
key-pause = tạm dừng
key-notes = ghi chú
key-next = tiếp
key-back = quay lại
key-review = xem lại
key-sections = các phần
key-guidance = hướng dẫn
key-interpreter = thông dịch
key-language = ngôn ngữ
key-yes = có
key-no = không
key-declined = từ chối
key-dont-know = không biết
key-not-asked = không hỏi
key-filter = lọc
key-select = chọn
key-toggle = đánh dấu
key-confirm = xác nhận
key-start = bắt đầu
key-finish = hoàn tất
key-save = lưu
key-show = hiện nhạy cảm
key-clear = xóa trả lời
key-theme = giao diện
key-up-down = di chuyển
key-close = đóng

## Help overlay
help-title = Phím
help-intro = Mọi thao tác đều dùng bàn phím. Phím trong ngoặc vẫn dùng được khi đang gõ.
help-global = Trên mọi màn hình
help-question = Khi ở một câu hỏi
help-lists = Trong danh sách
help-review = Khi xem lại
action-help = Hiện hoặc ẩn phần trợ giúp này
action-quick-exit = Thoát nhanh: lưu bản nháp đã mã hóa, xóa màn hình và đóng lantern
action-pause = Tạm dừng: hiện một màn hình trung tính cho đến khi nhấn phím
action-notes = Mở hoặc đóng khung ghi chú
action-next = Câu hỏi tiếp theo (giữ câu trả lời)
action-back = Câu hỏi trước
action-next-unanswered = Câu hỏi tiếp theo chưa có câu trả lời
action-review = Kiểm tra trước khi lưu: mọi câu hỏi và câu trả lời
action-sections = Chuyển đến một phần
action-guidance = Hiện hoặc ẩn hướng dẫn cho nhân viên và "vì sao chúng tôi hỏi"
action-interpreter = Chế độ thông dịch: câu hỏi bằng cả hai ngôn ngữ
action-language = Đổi ngôn ngữ phỏng vấn
action-yes = Trả lời có
action-no = Trả lời không
action-declined = Người được hỏi từ chối trả lời
action-dont-know = Người được hỏi không biết
action-not-asked = Câu hỏi này đã không được hỏi
action-clear = Xóa câu trả lời của câu hỏi này
action-consent-check = Chọn ai là người phiên dịch, trước khi đọc bất cứ điều gì
action-urgent-steps = Mở các bước ứng phó cho những cảnh báo khẩn cấp đã xuất hiện, rồi quay lại đúng câu hỏi đó
action-filter = Gõ để lọc các lựa chọn
action-select = Chọn (nhiều lựa chọn: đánh dấu hoặc bỏ đánh dấu)
action-number-keys = Chọn bằng số
action-confirm = Xác nhận câu trả lời
action-show-sensitive = Hiện hoặc ẩn các câu trả lời nhạy cảm
action-theme = Đổi giao diện (mặc định, tương phản cao, đơn sắc)
action-finish = Hoàn tất buổi sàng lọc và xem kết quả

## Unlock and first run
unlock-title = Mở khóa
unlock-prompt = Nhập cụm mật khẩu để mở khóa lantern.
unlock-why = Các buổi sàng lọc đang làm dở được mã hóa bằng cụm mật khẩu này.
unlock-wrong = Cụm mật khẩu không đúng. Hãy thử lại.
setup-title = Chào mừng đến với lantern
setup-intro = lantern mã hóa mọi buổi sàng lọc đang làm dở trên máy tính này bằng một cụm mật khẩu chỉ bạn biết. Hãy chọn ngay bây giờ: vài từ ghép lại là dễ nhớ nhất và khó đoán nhất.
setup-passphrase = Cụm mật khẩu
setup-confirm = Nhập lại lần nữa
setup-too-short = Cụm mật khẩu cần ít nhất { $min } ký tự.
setup-mismatch = Hai cụm mật khẩu không giống nhau.
setup-done = Đã đặt cụm mật khẩu. Hãy giữ kín: không ai có thể khôi phục nó.
passphrase-field = Cụm mật khẩu:
working = Đang xử lý…

## Organization keys
keys-title = Chưa có khóa của tổ chức
keys-explain = Buổi sàng lọc đã hoàn tất chỉ được lưu ở dạng mã hóa bằng khóa công khai của tổ chức bạn, đặt trong thư mục { $folder }. Máy này chưa có khóa nào, nên chưa thể lưu buổi sàng lọc.
keys-how = Hãy xin người giám sát khóa công khai của tổ chức (bắt đầu bằng age1) rồi thêm bằng lệnh: lantern keys add age1…
keys-trial = Nhấn t để tạo cặp khóa dùng thử. Phần khóa riêng sẽ được ghi vào { $path }: nó thuộc về máy của người giám sát, không bao giờ để trên máy tính dùng ngoài hiện trường.
keys-trial-done = Đã tạo khóa dùng thử. Khóa riêng đã được ghi vào { $path } — hãy chuyển nó sang máy của người giám sát và xóa khỏi máy tính này.
keys-continue = Nhấn Enter để tiếp tục mà không lưu (không thể lưu buổi sàng lọc), hoặc q để thoát.
keys-no-save-warning = Chưa có khóa của tổ chức: không thể lưu buổi sàng lọc này.

## Resume
resume-title = Một buổi sàng lọc đã bị gián đoạn
resume-info = { $protocol }, bắt đầu { $started }, đến nay có { $answers ->
   *[other] { $answers } câu trả lời
}.
resume-question = Tiếp tục từ chỗ đã dừng?
resume-yes = Enter: tiếp tục
resume-later = l: để dành sau
resume-discard = x: bỏ đi
resume-discard-confirm = Bỏ hẳn buổi sàng lọc này? Các câu trả lời sẽ bị mất. Nhấn y để bỏ, phím khác để giữ lại.
resume-unreadable = Không mở được một bản nháp ({ $reason }). Bản nháp được giữ nguyên.
resume-stale = Không thay đổi đã hơn { $limit } ngày, quá thời hạn của tổ chức quý vị.
resume-stale-offer = Có { $count } buổi sàng lọc đã chờ lâu hơn thời gian tổ chức quý vị giữ bản nháp ({ $limit } ngày).
resume-stale-key = o: bỏ các buổi này
resume-stale-confirm = Bỏ hẳn { $count } buổi sàng lọc cũ hơn { $limit } ngày? Các câu trả lời sẽ bị mất. Nhấn y để bỏ, phím khác để giữ lại.
resume-stale-done = Đã bỏ { $count } buổi sàng lọc cũ.
plain-discard-stale = Gõ y để bỏ ngay, gõ nội dung khác để giữ lại.
help-resume-discard-old = Bỏ các buổi sàng lọc cũ
action-discard-old = Bỏ mọi buổi sàng lọc cũ hơn thời hạn của tổ chức (có hỏi trước)
action-discard-old-yes = Có, bỏ hẳn
resume-version-differs = Buổi sàng lọc này bắt đầu với phiên bản { $started } của { $protocol }. Hiện đang cài phiên bản { $installed }.
resume-version-keep = Enter: tiếp tục với phiên bản { $started }, như lúc bắt đầu
resume-version-carry = u: dùng phiên bản { $installed }; các câu trả lời được chuyển sang và những gì không còn phù hợp sẽ được liệt kê
plain-resume-version = Gõ 1 để tiếp tục với phiên bản { $started }, 2 để dùng phiên bản { $installed } và chuyển các câu trả lời sang.
resume-carried-title = Đã chuyển sang phiên bản { $version }
resume-carried-all = Mọi câu trả lời đã được chuyển sang. Các câu hỏi mới của phiên bản này sẽ được hỏi khi tiếp tục.
resume-carried-some = Các câu trả lời này ở lại phiên bản { $from } và không còn thuộc buổi sàng lọc. Các câu hỏi mới của phiên bản này sẽ được hỏi khi tiếp tục.
resume-left-removed = { $question } (câu hỏi này không có trong phiên bản { $version })
resume-left-changed = { $question } (câu hỏi đã thay đổi: hãy hỏi lại)
resume-carried-go-on = Enter: tiếp tục buổi sàng lọc
help-resume-version = Buổi sàng lọc bắt đầu với một phiên bản khác của quy trình
help-resume-carried = Sau khi chuyển một buổi sàng lọc
action-resume-as-started = Tiếp tục với phiên bản quy trình lúc bắt đầu buổi sàng lọc
action-carry-over = Dùng phiên bản đã cài, chuyển các câu trả lời sang
action-go-on = Tiếp tục buổi sàng lọc
key-as-started = như lúc đầu
key-carry-over = phiên bản đã cài
key-go-on = tiếp tục

## Home
home-title = Bắt đầu sàng lọc
home-protocol = Bộ câu hỏi
home-interview-language = Ngôn ngữ phỏng vấn (người được hỏi)
home-worker-language = Ngôn ngữ màn hình (bạn)
home-worker = Nhãn nhân viên (không bắt buộc)
home-minutes = ~{ $minutes } phút
home-questions = { $count } câu hỏi
home-audience-adult = người lớn
home-audience-minor = dưới 18 tuổi
home-audience-any = mọi người
home-not-validated = Soạn cho lantern từ các chủ đề dấu hiệu công khai; chưa phải công cụ kiểm định.
home-example-settings = Các thiết lập này là ví dụ của lantern. Tổ chức của bạn phải thay thông báo theo khu vực pháp lý và các bước ứng phó.
home-start = Enter: bắt đầu
home-no-protocols = Không tìm thấy bộ câu hỏi nào trong { $folder }.

## Consent
consent-title = Trước khi bắt đầu
consent-read = Đọc cho người được hỏi nghe:
consent-notice = Thông báo về nghĩa vụ trình báo bắt buộc (đọc trước mọi câu hỏi):
consent-guidance = Dành cho bạn:
consent-limits = Giới hạn của việc bảo mật (văn bản của tổ chức bạn; đọc đúng như đã viết):
consent-limits-missing = Tổ chức của bạn chưa soạn phần giới hạn của việc bảo mật (thiết lập: [jurisdiction] confidentiality_limits). Đừng hứa sẽ giữ kín mọi điều; hãy nói với người được hỏi rằng có những giới hạn, và bạn sẽ cho họ biết trước khi làm gì vì một giới hạn nào đó.
consent-confirm = Nhấn Enter khi đã đọc xong và người được hỏi đồng ý tiếp tục. Esc: quay lại.
consent-more = ↓ Còn nội dung cần đọc ở bên dưới (↓ hoặc PgDn)
consent-check-first = Trước tiên hãy chọn ai là người phiên dịch (một phím số): không đọc gì trước bước đó.
consent-interpreter-stop = Đừng đọc to bất cứ điều gì: người phiên dịch này không độc lập và sẽ nghe và chuyển lại tất cả. Hãy bình tĩnh kết thúc cuộc trò chuyện, và sắp xếp một phiên dịch viên chuyên nghiệp và một cuộc nói chuyện riêng.
consent-confirm-stop = Nhấn Enter để ghi lại những gì bạn quan sát được (cho các bước khẩn cấp) trước khi dừng. Esc: quay lại.

## Question screen
question-section = { $section } ({ $index }/{ $count })
question-progress = Đã trả lời { $answered }/{ $shown }
title-elapsed = Thời gian { $time }
question-read-aloud = Đọc to:
question-worker-only = Dành cho bạn (không đọc to):
question-in-worker-language = Bằng ngôn ngữ của bạn:
question-guidance = Hướng dẫn
question-purpose = Vì sao chúng tôi hỏi
question-answer = Câu trả lời:
question-note-continue = Enter: tiếp tục
question-number-prompt = Gõ một số{ $unit } rồi nhấn Enter
question-number-range = từ { $min } đến { $max }
question-date-prompt = Gõ ngày theo dạng YYYY-MM-DD (năm-tháng-ngày) rồi nhấn Enter
question-text-prompt = Gõ câu trả lời rồi nhấn Enter
question-choice-prompt = Chọn bằng phím số hoặc ↑/↓ rồi Enter
question-multiple-prompt = Đánh dấu bằng Space hoặc phím số, rồi Enter
question-filter = Lọc:
question-no-match = Không có lựa chọn nào khớp với "{ $filter }".
question-invalid-number = Đó không phải là số nguyên.
question-invalid-date = Đó không phải là ngày (YYYY-MM-DD).
question-current-answer = Câu trả lời hiện tại: { $answer }
question-language-changed = Ngôn ngữ phỏng vấn hiện là { $language }.
question-notes-title = Ghi chú (lưu mã hóa; Esc hoặc F4 để đóng)
notes-hint = Chỉ ghi những gì các dịch vụ cần để hỗ trợ tiếp. Không kể lại chuyện đã xảy ra, không ghi tên.
notes-count = { $count }/{ $max }
notes-full = Ghi chú đã đầy ({ $max } ký tự): chỉ giữ lại những gì các dịch vụ cần để hỗ trợ tiếp.
question-urgent-banner = KHẨN CẤP: { $flags }. { $key }: các bước ứng phó (rồi quay lại câu hỏi này).
urgent-steps-title = Khẩn cấp: các bước ứng phó
urgent-steps-back = { $key }: quay lại câu hỏi.
question-sections-title = Chuyển đến một phần
question-language-title = Ngôn ngữ phỏng vấn
question-no-save = Không lưu được: chưa có khóa của tổ chức

## Review
review-title = Kiểm tra trước khi lưu
review-summary = { $answered } đã trả lời, { $unanswered } chưa trả lời, { $declined } từ chối, { $not-asked } không hỏi
review-unanswered = chưa trả lời
review-finish = f: hoàn tất và xem kết quả   Enter: đến câu hỏi
review-confirm-unanswered = { $count ->
   *[other] { $count } câu hỏi chưa có câu trả lời.
} Vẫn hoàn tất? y: hoàn tất   phím khác: quay lại

## Outcome
outcome-title = Kết quả
outcome-level-not_screened = Chưa sàng lọc: không thể thực hiện một cách an toàn
outcome-level-no_indicators = Không có dấu hiệu nào trong những gì đã hỏi
outcome-level-indicators_present = Có dấu hiệu: đề nghị chuyển gửi dịch vụ
outcome-level-full_assessment = Có dấu hiệu: đề nghị chuyển gửi dịch vụ và đánh giá đầy đủ
outcome-level-urgent = Khẩn cấp: làm theo các bước ứng phó ngay
outcome-not-determination = Đây là kết quả sàng lọc, không phải là kết luận về bất kỳ ai.
outcome-indicators = Dấu hiệu
outcome-urgent = Khẩn cấp
outcome-response-steps = Các bước ứng phó
outcome-org-steps = Các bước của tổ chức bạn
outcome-contacts = Liên hệ
outcome-none = không có
outcome-next = Enter: nhu cầu và bước tiếp theo

## Needs
needs-title = Nhu cầu và bước tiếp theo
needs-intro = Những nhu cầu đã được nêu ra. Cùng người được hỏi quyết định bước tiếp theo; họ là người lựa chọn.
needs-none = Các câu trả lời không cho thấy nhu cầu nào. Đường dây nóng luôn là một lựa chọn.
needs-hotline = Nếu không có dịch vụ địa phương phù hợp: { $name } { $phone }
needs-next = Enter: lưu

## Save
save-title = Lưu
save-explain = Hồ sơ sẽ được mã hóa bằng { $count ->
   *[other] { $count } khóa của tổ chức bạn
}. Máy tính này không thể đọc lại hồ sơ.
save-confirm = Enter: lưu mã hóa   Esc: quay lại
save-done = Đã lưu. Hồ sơ đã được mã hóa và đang chờ đồng bộ trong hộp thư đi.
save-draft-deleted = Bản nháp của buổi sàng lọc này đã được xóa.
save-failed = Không lưu được hồ sơ: { $reason }
save-no-keys = Không thể lưu buổi sàng lọc này: chưa có khóa của tổ chức. Chưa có gì được ghi.
save-home = Enter: về màn hình bắt đầu

## Pause and lock
pause-line = Hãy hít thở chậm. Nhấn phím bất kỳ khi bạn sẵn sàng.
lock-title = Đã khóa
lock-explain = lantern đã khóa sau { $minutes } phút không hoạt động.
lock-prompt = Nhập cụm mật khẩu để tiếp tục.

## Languages (names shown in lists)
language-en = English
language-es = Español
language-zh-Hans = 简体中文
language-vi = Tiếng Việt
language-tl = Tagalog
language-ko = 한국어
language-ht = Kreyòl ayisyen
language-ru = Русский
language-pt = Português
language-fr = Français
language-pt-BR = Português (Brasil)
language-in-text-en = tiếng Anh
language-in-text-es = tiếng Tây Ban Nha
language-in-text-zh-Hans = tiếng Trung (giản thể)
language-in-text-vi = tiếng Việt
language-in-text-tl = tiếng Tagalog
language-in-text-ko = tiếng Hàn
language-in-text-pt-BR = tiếng Bồ Đào Nha (Brazil)
language-in-text-ht = tiếng Creole Haiti
language-in-text-ru = tiếng Nga
language-in-text-pt = tiếng Bồ Đào Nha
language-in-text-fr = tiếng Pháp

## Plain mode (screen readers)
plain-intro = lantern, chế độ văn bản đơn giản. Gõ số của lựa chọn rồi nhấn Enter. Gõ h để xem trợ giúp, q để thoát.
ui-language-missing = lantern chưa có bản dịch { $tag }: đang hiển thị bằng { $shown }.
plain-help = Ở mọi câu hỏi: y có, n không, d từ chối, k không biết, s không hỏi, b quay lại, r xem lại, ! các bước ứng phó khẩn cấp, h trợ giúp, q thoát và giữ bản nháp.
plain-urgent-now = KHẨN CẤP: hãy làm theo các bước ứng phó này ngay bây giờ.
plain-urgent-none = Chưa có cảnh báo khẩn cấp nào.
plain-urgent-continue = Gõ ! ở bất kỳ câu hỏi nào để nghe lại các bước này.
plain-help-notes = Ghi chú: gõ + và nội dung để thêm vào ghi chú (được lưu mã hóa); chỉ gõ + để xem ghi chú. Chỉ ghi những gì các dịch vụ cần để hỗ trợ tiếp: không kể lại chuyện đã xảy ra, không ghi tên.
plain-note-added = Đã thêm vào ghi chú (lưu mã hóa).
plain-notes-now = Ghi chú hiện có:
plain-notes-none = Chưa có ghi chú.
plain-worker-label = Nhãn nhân viên (không bắt buộc; nhấn Enter để bỏ qua):
plain-choose-protocol = Chọn bộ câu hỏi:
plain-choose-language = Ngôn ngữ phỏng vấn:
plain-question = Câu hỏi { $index }/{ $count }:
plain-choices = Các lựa chọn:
plain-multiple-hint = Gõ số của tất cả các mục phù hợp, cách nhau bằng dấu cách.
plain-invalid = Tôi không hiểu. Gõ h để xem trợ giúp.
plain-saved = Đã lưu mã hóa.
plain-quit = Đã dừng. Bản nháp được giữ ở dạng mã hóa.
plain-passphrase = Cụm mật khẩu:
plain-continue = Nhấn Enter để tiếp tục.

## Answer problems
error-too-small = Số không được nhỏ hơn { $min }.
error-too-large = Số không được lớn hơn { $max }.
error-too-long = Câu trả lời dài hơn { $max } ký tự.
error-empty = Câu trả lời đang trống: hãy dùng "từ chối" hoặc "không biết".
error-exclusive = Không thể chọn lựa chọn này cùng với lựa chọn khác.

## Service categories (needs)
category-emergency_shelter = Nơi tạm lánh khẩn cấp
category-housing = Nhà ở
category-case_management = Quản lý trường hợp
category-legal_immigration = Trợ giúp pháp lý về di trú
category-legal_criminal_record = Hỗ trợ xóa án tích
category-legal_labor_civil = Trợ giúp pháp lý về lao động và dân sự
category-medical = Chăm sóc y tế
category-behavioral_health = Sức khỏe tâm thần
category-substance_use = Hỗ trợ về sử dụng chất gây nghiện
category-economic_empowerment = Việc làm và thu nhập
category-education = Giáo dục
category-interpretation = Phiên dịch
category-transportation = Đi lại
category-basic_needs = Nhu cầu thiết yếu
category-child_welfare = Bảo vệ trẻ em
category-hotline = Đường dây nóng

## Plain mode, more
plain-review = Gõ f để hoàn tất, số của một câu hỏi để sửa câu đó, hoặc v để đọc to hay ẩn các câu trả lời nhạy cảm (hãy dùng tai nghe).
plain-save = Gõ y để lưu hồ sơ đã mã hóa, hoặc q để dừng và giữ bản nháp.
plain-resume = Gõ 1 để tiếp tục, 2 để dành sau, 3 để bỏ đi.
plain-answer-prompt = Câu trả lời:
plain-unanswered-confirm = Một số câu hỏi chưa có câu trả lời. Gõ y để vẫn hoàn tất.

## Referrals
referrals-title = Chuyển gửi dịch vụ
referrals-intro = Gợi ý từ danh bạ dịch vụ địa phương, theo nhu cầu. Người được hỏi tự chọn; không chia sẻ gì khi họ chưa đồng ý.
referrals-minor = Dưới 18 tuổi: ưu tiên dịch vụ cho thanh thiếu niên. Làm theo thông báo trình báo đã đọc lúc đầu.
referrals-minor-read-now = Dưới 18 tuổi: hãy đọc ngay cho người được hỏi nghe thông báo trình báo bên dưới, trước mọi việc khác. Ưu tiên dịch vụ cho thanh thiếu niên.
referrals-not-screened = Buổi sàng lọc đã dừng trước khi có thể thực hiện một cách an toàn. Đừng đọc lời giới thiệu dịch vụ hay hỏi về việc chia sẻ: người khác sẽ nghe thấy hoặc truyền đạt lại. Hãy sắp xếp một cuộc nói chuyện riêng, có phiên dịch viên độc lập nếu cần, và nếu an toàn, hãy đưa một cách kín đáo để liên lạc với bạn hoặc đường dây nóng.
referrals-need = { $need }
referrals-none = Không có dịch vụ nào trong danh bạ phù hợp với nhu cầu này.
referrals-choose = Enter: chọn   →: tiếp tục để lưu   /: lọc   x: bỏ một lựa chọn
referrals-chosen = đã chọn
referrals-count = { $count ->
   *[other] Đã chọn { $count } nơi chuyển gửi
}
referrals-law-enforcement = e: người đó yêu cầu dịch vụ của cơ quan thực thi pháp luật
referrals-law-enforcement-on = Đã gồm dịch vụ của cơ quan thực thi pháp luật: người đó đã yêu cầu.
plain-referrals = Nhập số của các dịch vụ người đó chọn (ví dụ 1 3), hoặc nhấn Enter nếu không chọn:
referral-consent-title = Chuyển gửi và sự đồng ý
referral-handoff = Đọc cho người được hỏi nghe: "{ $service } có thể giúp bạn. Tôi có thể cùng bạn gọi cho họ ngay bây giờ, hoặc đưa bạn số điện thoại của họ. Bạn quyết định tôi nói gì với họ về bạn."
referral-handoff-why = Lý do được gợi ý (dành cho bạn; không đọc to): { $reasons }
referral-consent-question = Chúng tôi có được chia sẻ điều gì về bạn với họ không?
referral-consent-scope = Đồng ý bằng lời cho việc giới thiệu trực tiếp (warm hand-off), chỉ với dịch vụ này, đến ngày { $until }. Đây không phải là giấy đồng ý bằng văn bản: muốn chia sẻ bất cứ điều gì có thể nhận ra người được hỏi thì trước hết cần giấy đồng ý có chữ ký và có thời hạn.
referral-consent-yes = y: có, được chia sẻ những gì cần thiết
referral-consent-no = n: không, không chia sẻ gì (người được hỏi tự liên hệ)
referral-consent-limited = l: chỉ những gì người được hỏi nói (gõ vào)
referral-limited-prompt = Những gì được phép chia sẻ, theo lời của người được hỏi:
referral-phone = Điện thoại: { $phone }
reason-also-covers = cũng hỗ trợ về { $category }
reason-speaks = có người nói { $language }
reason-interpretation = có phiên dịch
reason-24-7 = mở cửa 24/7
reason-open-now = đang mở cửa
reason-youth = dành cho người trẻ
reason-trafficking = có kinh nghiệm với người sống sót sau mua bán người
reason-no-id = không yêu cầu giấy tờ tùy thân
reason-no-status = không yêu cầu tình trạng di trú
reason-no-sobriety = không yêu cầu cai rượu, cai nghiện
reason-lgbtq = tôn trọng và hỗ trợ người LGBTQ+
reason-distance = cách { $km } km
reason-hotline = không có dịch vụ địa phương phù hợp: đường dây nóng quốc gia
reason-wanted-lgbtq = tôn trọng và hỗ trợ người LGBTQ+, như đã yêu cầu
reason-wanted-accessible = có mô tả về khả năng tiếp cận, như đã yêu cầu
reason-wanted-women = phục vụ phụ nữ, như đã yêu cầu
reason-wanted-men = phục vụ nam giới, như đã yêu cầu
reason-wanted-nonbinary = chào đón người phi nhị nguyên giới, như đã yêu cầu
misfit-language = không có nhân viên nói { $language }
misfit-closed = hiện đang đóng cửa
misfit-inferred = danh mục được đoán từ phần mô tả
misfit-ages = chỉ nhận từ { $from } đến { $to } tuổi: hãy kiểm tra tuổi của người được hỏi
misfit-ages-from = chỉ nhận từ { $from } tuổi trở lên: hãy kiểm tra tuổi của người được hỏi
misfit-ages-to = chỉ nhận đến { $to } tuổi: hãy kiểm tra tuổi của người được hỏi
misfit-serves-only = chỉ phục vụ { $who }
misfit-serves-women = phụ nữ
misfit-serves-men = nam giới
misfit-serves-nonbinary = người phi nhị nguyên giới
misfit-wanted-lgbtq = không nói là tôn trọng và hỗ trợ người LGBTQ+
misfit-wanted-accessible = không nói gì về khả năng tiếp cận
misfit-wanted-women = không nói là phục vụ phụ nữ
misfit-wanted-men = không nói là phục vụ nam giới
misfit-wanted-nonbinary = không nói là chào đón người phi nhị nguyên giới
referral-eligibility = Điều kiện: { $text }

# Status of this translation: draft until a native speaker has reviewed it.
translation-status = draft

## Keys, help and problems
key-next-field = ô tiếp
key-quit = thoát
key-unlock = mở khóa
key-continue = tiếp tục
key-trial = khóa dùng thử
key-resume = tiếp tục
key-later = để sau
key-discard = bỏ đi
key-discard-yes = bỏ đi
key-keep = giữ lại
key-cancel = hủy
key-home = về màn hình đầu
key-share-yes = được chia sẻ
key-share-no = không chia sẻ
key-share-limited = chỉ điều họ nói
action-up = Di chuyển lên
action-down = Di chuyển xuống
action-page-up = Cuộn lên một trang
action-page-down = Cuộn xuống một trang
action-scroll-up = Cuộn lên
action-scroll-down = Cuộn xuống
action-close = Đóng
action-cancel = Hủy
action-quit = Thoát lantern
action-next-field = Ô tiếp theo
action-prev-field = Ô trước
action-setup-confirm = Sang ô tiếp theo, rồi đặt cụm mật khẩu
action-unlock = Mở khóa bằng cụm mật khẩu
action-trial-key = Tạo cặp khóa dùng thử (để dùng thử lantern, không bao giờ dùng cho buổi sàng lọc thật)
action-continue-without-saving = Tiếp tục khi chưa có khóa của tổ chức (không lưu được gì)
action-resume = Tiếp tục buổi sàng lọc đã chọn từ chỗ đã dừng
action-later = Để dành sau và về màn hình bắt đầu
action-discard = Bỏ buổi sàng lọc đã chọn (sẽ hỏi trước)
action-discard-yes = Có, bỏ hẳn
action-discard-no = Không, giữ lại
action-start = Bắt đầu sàng lọc với bộ câu hỏi và các ngôn ngữ đã chọn
action-home-up = Bộ câu hỏi trước, hoặc đổi ngôn ngữ
action-home-down = Bộ câu hỏi tiếp theo, hoặc đổi ngôn ngữ
action-home-left = Đổi ngôn ngữ
action-home-right = Đổi ngôn ngữ
action-consent = Đã đọc xong phần lời đọc và người được hỏi đồng ý: sang các câu hỏi
action-consent-back = Quay lại màn hình bắt đầu (chưa lưu gì)
action-filter-clear = Xóa bộ lọc
action-review-go = Đến câu hỏi để sửa câu trả lời
action-review-back = Quay lại câu hỏi cuối
action-urgent-back = Đóng các bước ứng phó và quay lại câu hỏi
action-finish-anyway = Hoàn tất dù một số câu hỏi chưa có câu trả lời
action-finish-not-yet = Chưa: quay lại phần xem lại
action-to-referrals = Sang phần chuyển gửi dịch vụ
action-outcome-back = Quay lại phần xem lại để sửa một câu trả lời (buổi sàng lọc được mở lại)
action-referral-choose = Chọn dịch vụ này (lời giới thiệu dịch vụ và sự đồng ý chia sẻ)
action-to-save = Sang phần lưu
action-filter-services = Gõ để lọc các dịch vụ
action-law-enforcement = Người được hỏi yêu cầu dịch vụ của cơ quan thực thi pháp luật (chỉ hiện khi đó)
action-referral-remove = Bỏ lựa chọn này
action-referrals-back = Quay lại kết quả
action-share-yes = Người được hỏi đồng ý: được chia sẻ những gì cần thiết
action-share-no = Không được chia sẻ gì; người được hỏi tự liên hệ với dịch vụ
action-share-limited = Chỉ được chia sẻ những gì người được hỏi nói (gõ vào)
action-share-confirm = Ghi lại những gì được phép chia sẻ
action-save = Lưu hồ sơ đã mã hóa
action-save-back = Quay lại phần chuyển gửi dịch vụ
action-saved-home = Về màn hình bắt đầu, cho buổi sàng lọc tiếp theo
action-section-go = Đến phần này
action-language-choose = Dùng ngôn ngữ phỏng vấn này từ bây giờ
action-notes-close = Đóng ghi chú (ghi chú được lưu mã hóa)
action-delete-back = Xóa ký tự trước con trỏ
action-delete-forward = Xóa ký tự tại con trỏ
action-cursor-left = Di chuyển con trỏ sang trái
action-cursor-right = Di chuyển con trỏ sang phải
action-cursor-home = Đưa con trỏ về đầu
action-cursor-end = Đưa con trỏ về cuối
action-type = Gõ vào ô
keys-letters = chữ cái, chữ số, Space
help-setup = Lần đầu khởi động: cụm mật khẩu
help-unlock = Mở khóa
help-no-keys = Chưa có khóa của tổ chức
help-resume = Buổi sàng lọc bị gián đoạn
help-resume-discard = Bỏ một buổi sàng lọc
help-home = Bắt đầu sàng lọc
help-consent = Sự đồng ý
help-review-finish = Hoàn tất khi còn câu hỏi chưa trả lời
help-outcome = Kết quả
help-referrals = Chuyển gửi dịch vụ
help-referrals-stopped = Giới thiệu dịch vụ sau khi dừng
help-referral-consent = Đồng ý chia sẻ khi chuyển gửi dịch vụ
help-save = Lưu
help-saved = Đã lưu
help-help = Phần trợ giúp này
help-notes = Ghi chú
help-sections = Chuyển đến một phần
help-language = Ngôn ngữ phỏng vấn
help-urgent = Các bước ứng phó khẩn cấp
help-locked = Đã khóa
help-text-field = Trong mọi ô nhập chữ
home-draft-language = { $language } (bản dịch nháp)
question-in-worker-language-named = Bằng ngôn ngữ của bạn ({ $language }):
plain-not-saved = Các câu trả lời gần nhất chỉ được giữ khi lantern còn chạy, cho đến khi lưu được.
problem-empty = Chưa gõ gì.
problem-answer-first = Hãy trả lời trước, hoặc ghi nhận là người được hỏi từ chối trả lời hoặc không biết.
problem-choose-first = Hãy chọn bằng phím số, hoặc trước tiên di chuyển đến một lựa chọn bằng ↑/↓.
problem-empty-hint = Hãy gõ câu trả lời, hoặc ghi nhận là người được hỏi từ chối trả lời hoặc không biết.
problem-not-yes-no = Hãy trả lời có hoặc không.
problem-number-hint = Chỉ gõ chữ số, ví dụ 40.
problem-date-hint = Ví dụ 2025-03-31 (năm, tháng, ngày).
problem-no-such-choice = Không có lựa chọn { $choice }.
problem-no-such-choice-hint = Gõ một trong các số đang hiển thị.
problem-note = Đây là phần lưu ý dành cho bạn; không cần trả lời.
problem-wrong-kind = Loại câu trả lời đó không phù hợp với câu hỏi này.
problem-consent-first = Hãy đọc phần xin đồng ý trước: không có câu hỏi nào đứng trước phần này.
problem-hidden = Với các câu trả lời cho đến nay, câu hỏi đó không được hỏi.
problem-hidden-hint = Một câu trả lời trước đó đã đóng câu hỏi này; hãy sửa câu trả lời đó để mở lại.
problem-unknown-language = Bộ câu hỏi này không có nội dung bằng { $language }.
problem-finished = Buổi sàng lọc đã hoàn tất.
problem-not-finished = Buổi sàng lọc chưa hoàn tất.
problem-protocol-changed = Bộ câu hỏi { $protocol } đã thay đổi kể từ khi bắt đầu buổi sàng lọc này.
problem-protocol-changed-hint = Hãy xin người giám sát phiên bản trước của bộ câu hỏi để hoàn tất buổi sàng lọc này.
problem-not-available = Thao tác đó hiện không dùng được.
problem-bad-keys = Một tệp trong keys/ có một dòng không phải là khóa công khai.
problem-bad-keys-hint = `lantern keys list` cho biết tệp nào và dòng nào.
problem-bad-identity = Không đọc được tệp định danh.
problem-encrypt = Không mã hóa được hồ sơ.
problem-unreadable = Không mở được tệp này: tệp bị hỏng, hoặc đã được mã hóa bằng một khóa khác.
problem-device-key-exists = Máy tính này đã có khóa thiết bị; lantern không bao giờ thay thế khóa đó.
problem-locked = lantern đang khóa: hãy nhập cụm mật khẩu trước.
problem-disk-full = Ổ đĩa đã đầy: không ghi thêm được gì.
problem-disk-full-hint = Hãy giải phóng bớt dung lượng trên máy tính này, rồi thử lại.
problem-permission = lantern không được phép ghi vào { $folder }.
problem-permission-hint = Hãy kiểm tra xem thư mục có thuộc về bạn và không ở chế độ chỉ đọc hay không.
problem-not-found = Thư mục { $folder } không tồn tại.
problem-io = Không đọc hoặc ghi được một tệp trong { $folder }.
problem-io-hint = Hãy kiểm tra ổ đĩa và thư mục, rồi thử lại.
problem-protocol-gone = Bộ câu hỏi { $protocol } của buổi sàng lọc này không còn được cài đặt.
problem-protocol-gone-hint = Hãy đặt lại tệp bộ câu hỏi vào screening/ để tiếp tục buổi sàng lọc.
key-change = đổi

## Start-up
startup-private-key = lantern sẽ không bắt đầu cuộc sàng lọc: có một khóa riêng tư trên thiết bị này, tại:
startup-private-key-fix = Bất kỳ ai có máy tính này đều có thể đọc các hồ sơ mà nó lưu. Hãy chuyển tệp này ra khỏi thiết bị (tệp thuộc về người giám sát của bạn), báo cho người giám sát rằng khóa phải được thay, rồi khởi động lại lantern. `lantern keys check` cho biết các khóa được tìm thấy ở đâu.
drafts-already-saved = { $count ->
   *[other] { $count } cuộc sàng lọc bị gián đoạn ngay sau khi lưu đã để lại bản nháp: hồ sơ đã nằm trong hộp thư đi, và bản nháp đã được xóa.
}
quick-exit-unsaved = lantern đã đóng, nhưng không lưu được những câu trả lời cuối (có thể ổ đĩa đã đầy): bản nháp giữ những gì đã lưu trước đó. Hãy giải phóng dung lượng trước khi khởi động lại lantern.
problem-symlink = { $path } là một liên kết đến nơi khác. lantern không đi theo liên kết trong thư mục dữ liệu của nó: có thể ai đó muốn nó ghi vào chỗ khác.
problem-symlink-hint = Hãy xóa liên kết (người giám sát có thể giúp), rồi khởi động lại lantern.
folder-loosened = { $count ->
   *[other] Các tài khoản khác trên máy này có thể mở { $count } mục trong thư mục dữ liệu của lantern; lantern đã đặt lại chế độ riêng tư cho chúng.
}
folder-drafts-without-key = Có các cuộc sàng lọc đang dở trên máy này, nhưng khóa để mở chúng bị mất: có thể ai đó đã di chuyển hoặc xóa nó. Hãy báo người giám sát trước khi chọn cụm mật khẩu mới (cụm mới không mở được các bản nháp cũ).
folder-drafts-without-outbox = Có các cuộc sàng lọc đang dở trên máy này, nhưng thư mục hộp thư đi bị mất: các hồ sơ đã lưu đang chờ gửi có thể đã bị di chuyển. Hãy báo người giám sát.
folder-not-a-file = { $path } không phải là tệp; lantern đã bỏ qua nó.
setup-guessable = Cụm mật khẩu này nằm trong số những cụm mà ai cũng thử đầu tiên (một ký tự lặp lại, một dãy liên tiếp, một hàng phím hoặc một mật khẩu phổ biến).
setup-guessable-hint = Hãy chọn vài từ chỉ có ý nghĩa với bạn, ví dụ ba hoặc bốn từ không liên quan đến nhau.
unlock-wait = Nhập sai cụm mật khẩu quá nhiều lần liên tiếp: hãy đợi { $seconds } giây rồi thử lại.

## lantern sync (dòng lệnh)
sync-to = Đang gửi hộp thư đi đến { $target }
sync-nothing = Hộp thư đi trống: không có gì để gửi.
sync-progress = { $done } trên { $total } hồ sơ ({ $kb } trên { $kb_total } KB, { $rate } mỗi giây)
sync-summary = Đã gửi: { $sent }. Đã có sẵn: { $already }. Xung đột: { $conflicts }. Lỗi: { $failed }. Chưa thử: { $untried }.
sync-summary-dry-run = Không gửi và không xóa gì (chạy thử). Sẽ gửi: { $would }. Đã có sẵn: { $already }. Xung đột: { $conflicts }. Lỗi: { $failed }.
sync-file-conflict = { $file }: nơi nhận có một tệp khác cùng tên. Bản sao trên máy này được giữ lại.
sync-file-failed = { $file }: không gửi được. Bản sao trên máy này được giữ lại.
sync-conflict-hint = Hãy báo cho người giám sát về từng xung đột, và đừng tự xóa bản sao trên máy này.
sync-failed-transient = Nơi nhận đã ngừng trả lời.
sync-failed-transient-hint = Không mất gì cả. Hãy đồng bộ lại khi kết nối tốt hơn.
sync-failed-missing = Không tìm thấy nơi nhận: ổ đĩa đã được cắm chưa, tên bucket hoặc thư mục có đúng không?
sync-failed-missing-hint = Không mất gì cả. Hãy cắm ổ đĩa hoặc sửa nơi nhận, rồi đồng bộ lại.
sync-failed-denied = Nơi nhận từ chối: không có quyền ghi, hoặc khóa truy cập sai hay đã hết hạn.
sync-failed-denied-hint = Không mất gì cả. Hãy nhờ người giám sát kiểm tra khóa truy cập và quyền của thư mục hoặc bucket.
sync-failed-full = Nơi nhận đã đầy.
sync-failed-full-hint = Không mất gì cả. Hãy giải phóng chỗ trên nơi nhận hoặc dùng nơi khác, rồi đồng bộ lại.
sync-failed-unreachable = Không kết nối được nơi nhận: không có mạng, sai địa chỉ, hoặc chứng chỉ của nó bị từ chối.
sync-failed-unreachable-hint = Không mất gì cả. Hãy kiểm tra kết nối và địa chỉ, rồi đồng bộ lại sau.
sync-failed-other = Một số hồ sơ không gửi được.
sync-failed-other-hint = Không mất gì cả: chúng vẫn ở trên máy này. Hãy đồng bộ lại; nếu vẫn lỗi, hãy báo cho người giám sát.
sync-no-target = Chưa chỉ định nơi nhận. Hãy dùng --to với một thư mục, s3://BUCKET/PREFIX hoặc một địa chỉ WebDAV https://, hoặc đặt sync.default trong phần cài đặt.
sync-no-bucket = Nơi nhận s3:// cần tên bucket: s3://BUCKET/PREFIX.
sync-insecure = Bị từ chối: hồ sơ chỉ được gửi không mã hóa đường truyền (http://) đến chính máy này. Hãy dùng địa chỉ https://.
sync-bad-ca = Không đọc được gói chứng chỉ ghi trong phần cài đặt, hoặc nó không ở định dạng PEM.
sync-bad-target = Không dùng được nơi nhận này: hãy kiểm tra địa chỉ trong phần cài đặt hoặc trên dòng lệnh.
sync-credentials-too-open = Bị từ chối: các tài khoản khác trên máy này đọc được tệp thông tin đăng nhập ghi trong phần cài đặt. Hãy đặt nó ở chế độ riêng tư (chmod 600) rồi đồng bộ lại.
sync-credentials-bad = Không đọc được khóa truy cập: tệp thông tin đăng nhập bị thiếu hoặc không đọc được, hoặc không có phần nào chứa đủ hai khóa cho hồ sơ này.
sync-credentials-none = Không tìm thấy khóa truy cập cho bucket: hãy xin người giám sát khóa của máy này (đặt AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY, hoặc một tệp thông tin xác thực ghi trong cài đặt).

## Send records: the sync screen and plain mode
sync-title = Gửi hồ sơ
key-sync = gửi hồ sơ
key-send = gửi
action-sync = Gửi các hồ sơ đã lưu cho tổ chức (ổ USB, bucket hoặc thư mục chia sẻ)
action-sync-send = Gửi hồ sơ đến nơi đã chọn
action-sync-back = Về màn hình bắt đầu, không gửi gì
action-sync-done = Về màn hình bắt đầu
help-sync = Gửi hồ sơ
help-sync-done = Đã gửi hồ sơ
sync-waiting = { $count ->
    [0] Không có hồ sơ nào đang chờ trong hộp thư đi.
   *[other] Có { $count } hồ sơ đang chờ trong hộp thư đi ({ $kb } KB).
}
sync-choose = Gửi đến:
sync-default = { $target } (mặc định)
sync-other-folder = Một thư mục: nhập đường dẫn bên dưới (vd. ổ USB)
sync-no-targets = Cài đặt chưa có nơi gửi nào: hãy nhập thư mục của một ổ USB, hoặc nhờ người giám sát thiết lập.
sync-running = Đang gửi và kiểm tra từng hồ sơ. Nếu bị dừng giữa chừng, không mất gì cả: hãy gửi lại sau.
sync-done-ok = Mọi hồ sơ đã được gửi và kiểm tra; các bản trên máy này đã được xóa.
sync-journal-failed = Chưa gửi gì: máy này không ghi được nhật ký gửi. Hãy kiểm tra dung lượng trống của máy rồi thử lại.
plain-sync-option = s) Gửi các hồ sơ đã lưu ({ $count } đang chờ)
plain-sync-choose = Gửi đến đâu? Nhập một số, hoặc thư mục của ổ USB (q để quay lại):
plain-sync-sending = Đang gửi đến { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = THỰC HÀNH: một người hư cấu. Không lưu gì và không gửi gì cả.
practice-choose = Chọn một tình huống thực hành:
practice-solo-intro = Thực hành một mình: ở mỗi câu hỏi, gõ a để hỏi và nghe người được hỏi trả lời, rồi ghi lại câu trả lời như bạn vẫn làm (y, n, một số, d từ chối, k không biết). b quay lại, q kết thúc buổi thực hành và hiện bản tổng kết.
practice-hotline = Đây là một cuộc gọi: hãy để ý thời gian như trong một cuộc gọi thật (bản tổng kết cho thấy thời gian của từng phần).
practice-answer-prompt = Câu trả lời (a để hỏi người đó):
practice-person-says = Người được hỏi: { $reply }
practice-no-reply = Tình huống này không có câu trả lời soạn sẵn ở đây: hãy trả lời như người đó sẽ trả lời.
practice-keep = Gõ y để giữ bản tổng kết này thành tệp Markdown (chỉ có dữ liệu hư cấu), hoặc nhấn Enter để bỏ qua:
practice-keep-name = Tên tệp [{ $default }]:
practice-kept = Đã giữ bản tổng kết. Tệp chỉ chứa dữ liệu hư cấu.
practice-card-title = THỰC HÀNH: THẺ NHÂN VẬT (một người hư cấu; dành cho người cùng tập đóng vai người này)
debrief-title = Tổng kết buổi thực hành
debrief-fictional = Thực hành với một người hư cấu. Tệp này chỉ chứa dữ liệu hư cấu: không có người thật, không có hồ sơ thật.
debrief-score-heading = Điểm
debrief-score = { $points } trên { $max } điểm
debrief-score-note = Điểm dùng để so sánh các lần thực hành cùng một tình huống. Điểm đánh giá buổi thực hành, không bao giờ đánh giá người thực hành.
debrief-score-consent = Xác nhận sự đồng ý trước mọi câu hỏi
debrief-score-checks = Trước tiên xác định: ai phiên dịch, sự riêng tư và những gì bạn quan sát được
debrief-score-answers = Ghi câu trả lời đúng như người được hỏi đã nói
debrief-score-indicators = Các dấu hiệu tìm ra
debrief-score-outcome = Kết quả mà một buổi sàng lọc tốt đạt được
debrief-score-declines = Tôn trọng việc từ chối trả lời
debrief-score-urgent = Hành động theo các bước khẩn cấp
debrief-conduct-heading = Diễn biến
debrief-consent-first = Sự đồng ý đã được xác nhận trước khi người được hỏi trả lời bất cứ điều gì.
debrief-checks-first = Ai phiên dịch, người được hỏi có thể nói chuyện riêng hay không và những gì bạn quan sát được đã được làm rõ trước tiên.
debrief-declines-respected = Không hỏi lại câu nào mà người được hỏi đã từ chối trả lời.
debrief-pressured = Đã hỏi lại sau khi người được hỏi từ chối trả lời: { $question }
debrief-urgent-not-acted = Khẩn cấp, nhưng các bước ứng phó chưa được mở: { $flag }
debrief-outcome = Kết quả: { $reached } (một buổi sàng lọc tốt đạt được: { $expected })
debrief-results-heading = Dấu hiệu, nhu cầu và cảnh báo khẩn cấp
debrief-indicators = Dấu hiệu
debrief-needs = Nhu cầu
debrief-urgent = Cảnh báo khẩn cấp
debrief-found = đã tìm ra:
debrief-missed = bỏ sót:
debrief-extra = ngoài dự kiến:
debrief-none = không có
debrief-answers-heading = Câu trả lời
debrief-answer-different = đã ghi { $recorded }; người được hỏi đã nói { $expected }
debrief-answer-not-recorded = chưa ghi; người được hỏi lẽ ra sẽ nói { $expected }
debrief-answer-not-reached = chưa hỏi đến (người được hỏi lẽ ra sẽ nói { $expected })
debrief-time-heading = Thời gian mỗi phần
debrief-persona-heading = Người được hỏi (hư cấu)
practice-summary-none = Không có bản tổng kết nào được giữ trong { $dir }. Học viên giữ bản của mình ở cuối buổi thực hành (y), rồi chép vào đây.
practice-summary-title = Tổng hợp của lớp: { $files } bản tổng kết trong { $dir }
practice-summary-scenario = { $title }: { $attempts } lần thực hành, trung bình { $mean } điểm (thấp nhất { $lowest }, cao nhất { $highest }, trên { $max })
practice-summary-missed-heading = Hay bỏ sót nhất:
practice-summary-missed = { $item }: { $count } trên { $attempts }
practice-badge = THỰC HÀNH
practice-scenarios = Những người hư cấu để sàng lọc
practice-setting-hotline = Một cuộc gọi
practice-setting-outreach = Gặp trực tiếp
practice-ask-hint = Nhấn a để hỏi người được hỏi câu này; rồi ghi lại câu trả lời như bạn vẫn làm.
practice-reply-heading = Người được hỏi nói
practice-will-keep = Bản tổng kết sẽ được giữ thành tệp Markdown khi bạn rời buổi thực hành.
action-practice-start = Sàng lọc người hư cấu này
action-practice-quit = Rời buổi thực hành
action-practice-end = Kết thúc thực hành và xem bản tổng kết
action-practice-ask = Hỏi người được hỏi câu này (câu trả lời hiện bên dưới)
action-practice-keep = Giữ bản tổng kết này thành tệp Markdown (chỉ có dữ liệu hư cấu)
action-practice-again = Quay lại các tình huống
key-end = kết thúc
key-ask = hỏi
key-again = lại
help-practice-picker = Thực hành: chọn một người
help-practice-consent = Thực hành: sự đồng ý
help-practice-question = Thực hành: một câu hỏi
help-practice-debrief = Thực hành: bản tổng kết
practice-kept-as = Đã giữ bản tổng kết thành { $file } (chỉ có dữ liệu hư cấu).
practice-done = Đã xong mọi câu hỏi. Nếu có điều khẩn cấp, hãy mở các bước khẩn cấp (!), rồi nhấn Enter để sang phần chuyển gửi dịch vụ (Esc để xem ngay bản tổng kết).
help-practice-done = Thực hành: kết thúc
key-urgent = bước khẩn cấp
practice-multiple-prompt = Đánh dấu bằng các phím số, rồi nhấn Enter.
action-practice = Thực hành với một người hư cấu (không cần khóa, không lưu gì)
key-practice = thực hành
action-practice-role-play = Đóng vai: một người bạn tập đóng vai người được hỏi theo thẻ nhân vật đã in
key-role-play = đóng vai
practice-role-play-hint = Đóng vai: bạn tập trả lời như người trên thẻ (lantern practice card ID để in thẻ).
practice-role-play-intro = Đóng vai: bạn tập đóng vai người được hỏi theo thẻ đã in (lantern practice card ID). Hãy đọc to từng câu hỏi và ghi lại câu trả lời như bạn vẫn làm. b quay lại, q kết thúc buổi thực hành và hiện bản tổng kết.

## Thực hành: chuyển gửi dịch vụ
debrief-score-referrals = Chuyển gửi dịch vụ cho các nhu cầu tìm thấy
debrief-referrals-heading = Chuyển gửi dịch vụ
debrief-referral-service = { $service } (chia sẻ: { $consent ->
        [yes] những gì cần thiết
        [limited] chỉ những gì người đó nói
       *[no] không chia sẻ gì; người đó tự liên hệ
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: không giới thiệu dịch vụ nào, dù danh bạ có dịch vụ phù hợp
debrief-referral-not-found = { $need }: không giới thiệu dịch vụ nào; nhu cầu này không được nhận ra nên không có gì để giới thiệu
debrief-referral-nothing-local = { $need }: danh bạ không có dịch vụ cho nhu cầu này (vẫn nên giới thiệu đường dây nóng hoặc cách quay lại)
debrief-referral-other = Cũng đã giới thiệu: { $services }
debrief-referral-missed = Không giới thiệu dịch vụ cho: { $need }
debrief-referrals-none-expected = Người này không cần chuyển gửi; cung cấp thông tin và cách quay lại vẫn là cách làm tốt.
debrief-referrals-stopped = Buổi sàng lọc đã dừng và không có gì được đọc to hay giới thiệu: đúng, vì bất cứ điều gì nói ra đều có thể bị nghe thấy hoặc truyền lại.
debrief-referrals-not-reached = Chưa đến bước chuyển gửi: buổi thực hành kết thúc trước đó.
action-practice-referrals = Sang phần chuyển gửi (giới thiệu dịch vụ, hỏi sự đồng ý chia sẻ)
key-referrals = chuyển gửi
action-practice-to-debrief = Kết thúc thực hành và xem bản tổng kết
key-debrief = tổng kết
action-practice-referrals-back = Quay lại các câu hỏi
help-practice-referrals = Thực hành: chuyển gửi dịch vụ
help-practice-referrals-stopped = Thực hành: chuyển gửi sau khi dừng
practice-invalid = Tôi không hiểu. Hãy gõ một trong các chữ cái hoặc số đã hiện ra.
