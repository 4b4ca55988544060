# lantern user interface: Korean (한국어), translated from en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = 예
no = 아니요
answer-yes = 예
answer-no = 아니요
answer-declined = 응답 거절
answer-dont-know = 모름
answer-not-asked = 묻지 않음
answer-none = (해당 없음)
answer-unanswered = 미응답
answer-hidden = ••• (민감 정보, v를 눌러 표시)
continue = 계속
cancel = 취소
back = 뒤로
error-prefix = 문제:

## Hint bar and keys
key-help = 도움말
key-quick-exit = 빠른 종료
key-pause = 일시정지
key-notes = 메모
key-next = 다음
key-back = 이전
key-review = 검토
key-sections = 섹션
key-guidance = 안내
key-interpreter = 통역 보기
key-language = 면담 언어
key-yes = 예
key-no = 아니요
key-declined = 응답 거절
key-dont-know = 모름
key-not-asked = 묻지 않음
key-filter = 필터
key-select = 선택
key-toggle = 체크
key-confirm = 확인
key-start = 시작
key-finish = 마치기
key-save = 저장
key-show = 민감정보 보기
key-clear = 답변 지우기
key-theme = 테마
key-up-down = 이동
key-close = 닫기

## Help overlay
help-title = 키
help-intro = 모든 기능은 키보드로 쓸 수 있습니다. 괄호 안의 키는 입력 중에도 작동합니다.
help-global = 모든 화면에서
help-question = 질문 화면에서
help-lists = 목록에서
help-review = 검토 화면에서
action-help = 이 도움말 보이기/숨기기
action-quick-exit = 빠른 종료: 암호화된 임시 저장본을 저장하고 화면을 지운 뒤 lantern을 닫습니다
action-pause = 일시정지: 키를 누를 때까지 중립적인 화면을 표시합니다
action-notes = 메모 창 열기/닫기
action-next = 다음 질문 (답변 유지)
action-back = 이전 질문
action-next-unanswered = 답변이 없는 다음 질문
action-review = 저장 전 확인: 모든 질문과 답변
action-sections = 섹션으로 이동
action-guidance = 실무자용 안내와 "질문하는 이유" 보이기/숨기기
action-interpreter = 통역 보기: 질문을 두 언어로 표시
action-language = 면담 언어 변경
action-yes = "예"로 답변
action-no = "아니요"로 답변
action-declined = 당사자가 응답을 거절함
action-dont-know = 당사자가 모름
action-not-asked = 이 질문을 묻지 않음
action-clear = 이 질문의 답변 지우기
action-consent-check = 무엇이든 읽기 전에 누가 통역하는지 선택
action-urgent-steps = 지금까지 나타난 긴급 표시의 대응 절차를 열고, 다시 같은 질문으로 돌아오기
action-filter = 입력해서 선택지 좁히기
action-select = 선택 (복수 선택: 체크 또는 해제)
action-number-keys = 번호로 선택
action-confirm = 답변 확인
action-show-sensitive = 민감한 답변 보이기/숨기기
action-theme = 테마 전환 (기본, 고대비, 흑백)
action-finish = 스크리닝을 마치고 결과 보기

## Unlock and first run
unlock-title = 잠금 해제
unlock-prompt = lantern 잠금을 해제하려면 암호 문구를 입력하세요.
unlock-why = 진행 중인 스크리닝은 이 암호 문구로 암호화되어 보관됩니다.
unlock-wrong = 암호 문구가 맞지 않습니다. 다시 시도하세요.
setup-title = lantern에 오신 것을 환영합니다
setup-intro = lantern은 진행 중인 스크리닝을 본인만 아는 암호 문구로 이 노트북에 암호화하여 보관합니다. 지금 하나 정하세요: 단어 몇 개를 이어 쓰면 기억하기 가장 쉽고 추측하기 가장 어렵습니다.
setup-passphrase = 암호 문구
setup-confirm = 다시 입력
setup-too-short = 암호 문구는 { $min }자 이상이어야 합니다.
setup-mismatch = 두 암호 문구가 같지 않습니다.
setup-done = 암호 문구를 설정했습니다. 혼자만 알고 계세요: 누구도 복구할 수 없습니다.
passphrase-field = 암호 문구:
working = 처리 중…

## Organization keys
keys-title = 아직 기관 키가 없습니다
keys-explain = 완료된 스크리닝은 { $folder } 폴더에 있는 기관 공개 키로 암호화해서만 저장됩니다. 이 노트북에는 아직 키가 없어 스크리닝을 저장할 수 없습니다.
keys-how = 슈퍼바이저에게 기관 공개 키(age1로 시작)를 요청하고 다음 명령으로 추가하세요: lantern keys add age1…
keys-trial = t를 누르면 테스트용 체험 키 쌍을 만듭니다. 개인 키는 { $path }에 기록됩니다: 이 키는 슈퍼바이저의 컴퓨터에 두어야 하며, 현장용 노트북에는 절대 두지 마세요.
keys-trial-done = 체험 키를 만들었습니다. 개인 키가 { $path }에 기록되었습니다 — 슈퍼바이저의 컴퓨터로 옮기고 이 노트북에서는 삭제하세요.
keys-continue = 저장하지 않고 계속하려면 Enter(스크리닝을 저장할 수 없음), 종료하려면 q를 누르세요.
keys-no-save-warning = 기관 키 없음: 이 스크리닝은 저장할 수 없습니다.

## Resume
resume-title = 중단된 스크리닝이 있습니다
resume-info = { $protocol }, 시작: { $started }, 지금까지 { $answers ->
   *[other] 답변 { $answers }개
}.
resume-question = 멈춘 곳에서 이어서 할까요?
resume-yes = Enter: 이어서 하기
resume-later = l: 나중에 하기
resume-discard = x: 폐기
resume-discard-confirm = 이 스크리닝을 완전히 폐기할까요? 답변이 사라집니다. 폐기하려면 y, 보관하려면 다른 키를 누르세요.
resume-unreadable = 임시 저장본을 열 수 없습니다 ({ $reason }). 그대로 보관했습니다.
resume-stale = { $limit }일 넘게 변경되지 않아 기관의 보관 기한을 넘었습니다.
resume-stale-offer = 스크리닝 { $count }건이 기관의 임시 저장본 보관 기한({ $limit }일)보다 오래 기다렸습니다.
resume-stale-key = o: 폐기하기
resume-stale-confirm = { $limit }일이 지난 스크리닝 { $count }건을 완전히 폐기할까요? 답변이 사라집니다. 폐기하려면 y, 보관하려면 다른 키를 누르세요.
resume-stale-done = 오래된 스크리닝 { $count }건을 폐기했습니다.
plain-discard-stale = 지금 폐기하려면 y, 보관하려면 다른 것을 입력하세요.
help-resume-discard-old = 오래된 스크리닝 폐기
action-discard-old = 기관의 기한을 넘긴 스크리닝을 모두 폐기 (먼저 확인)
action-discard-old-yes = 예, 완전히 폐기
resume-version-differs = 이 스크리닝은 { $protocol } { $started } 버전으로 시작했습니다. 지금은 { $installed } 버전이 설치되어 있습니다.
resume-version-keep = Enter: 시작할 때의 { $started } 버전으로 계속하기
resume-version-carry = u: { $installed } 버전 사용; 답변을 옮기고 더 이상 맞지 않는 것은 목록으로 보여 줍니다
plain-resume-version = { $started } 버전으로 계속하려면 1, 답변을 옮겨 { $installed } 버전을 사용하려면 2를 입력하세요.
resume-carried-title = { $version } 버전으로 옮김
resume-carried-all = 모든 답변을 옮겼습니다. 이 버전에 새로 생긴 질문은 진행하면서 묻게 됩니다.
resume-carried-some = 다음 답변은 { $from } 버전에 남았으며 지금은 스크리닝에 포함되지 않습니다. 이 버전에 새로 생긴 질문은 진행하면서 묻게 됩니다.
resume-left-removed = { $question } ({ $version } 버전에는 이 질문이 없습니다)
resume-left-changed = { $question } (질문이 바뀌었습니다: 다시 물어보세요)
resume-carried-go-on = Enter: 스크리닝 계속하기
help-resume-version = 프로토콜의 다른 버전으로 시작한 스크리닝
help-resume-carried = 스크리닝을 옮긴 뒤
action-resume-as-started = 스크리닝을 시작할 때의 프로토콜 버전으로 계속하기
action-carry-over = 설치된 버전을 사용하고 답변 옮기기
action-go-on = 스크리닝 계속하기
key-as-started = 시작 버전
key-carry-over = 설치된 버전
key-go-on = 계속

## Home
home-title = 스크리닝 시작
home-protocol = 프로토콜
home-interview-language = 면담 언어 (당사자)
home-worker-language = 화면 언어 (실무자)
home-worker = 상담자 표시 (선택)
home-minutes = 약 { $minutes }분
home-questions = 질문 { $count }개
home-audience-adult = 성인
home-audience-minor = 18세 미만
home-audience-any = 누구나
home-not-validated = 공개된 지표 주제를 바탕으로 lantern용으로 작성됨. 검증된 도구가 아닙니다.
home-example-settings = 이 설정은 lantern의 예시입니다. 기관에서 관할 지역 안내문과 대응 절차를 반드시 바꿔야 합니다.
home-start = Enter: 시작
home-no-protocols = { $folder }에서 프로토콜을 찾지 못했습니다.

## Consent
consent-title = 시작하기 전에
consent-read = 당사자에게 읽어 주세요:
consent-notice = 신고 의무 안내 (어떤 질문보다 먼저 읽어 주세요):
consent-guidance = 실무자용:
consent-limits = 비밀 보장의 한계 (기관에서 작성한 내용입니다. 쓰인 그대로 읽어 주세요):
consent-limits-missing = 기관에서 아직 비밀 보장의 한계를 작성하지 않았습니다 (설정: [jurisdiction] confidentiality_limits). 모든 것을 비밀로 하겠다고 약속하지 마세요. 당사자에게 한계가 있다는 것과, 그 한계 때문에 조치를 하게 되면 하기 전에 먼저 알려 주겠다는 것을 말해 주세요.
consent-confirm = 이 내용을 읽어 주었고 당사자가 계속하는 데 동의하면 Enter를 누르세요. Esc: 뒤로.
consent-more = ↓ 아래에 읽을 내용이 더 있습니다 (↓ 또는 PgDn)
consent-check-first = 먼저 누가 통역하는지 고르세요(숫자 키). 그 전에는 아무것도 읽지 않습니다.
consent-interpreter-stop = 아무것도 소리 내어 읽지 마세요. 이 통역자는 독립적이지 않아 모든 내용을 듣고 전달하게 됩니다. 대화를 차분히 마치고, 전문 통역사와 따로 이야기할 자리를 마련하세요.
consent-confirm-stop = 마치기 전에 Enter를 눌러 관찰한 내용을 기록하세요(긴급 조치용). Esc: 뒤로.

## Question screen
question-section = { $section } ({ $index }/{ $count })
question-progress = { $shown }개 중 { $answered }개 답변
title-elapsed = 경과 { $time }
question-read-aloud = 소리 내어 읽기:
question-worker-only = 실무자용 (소리 내어 읽지 마세요):
question-in-worker-language = 실무자 언어로:
question-guidance = 안내
question-purpose = 질문하는 이유
question-answer = 답변:
question-note-continue = Enter: 계속
question-number-prompt = 숫자{ $unit } 입력 후 Enter를 누르세요
question-number-range = { $min }에서 { $max } 사이
question-date-prompt = 날짜를 YYYY-MM-DD(연-월-일) 형식으로 입력하고 Enter를 누르세요
question-text-prompt = 답변을 입력하고 Enter를 누르세요
question-choice-prompt = 숫자 키 또는 ↑/↓로 고르고 Enter
question-multiple-prompt = Space 또는 숫자 키로 체크한 뒤 Enter
question-filter = 필터:
question-no-match = "{ $filter }"에 맞는 선택지가 없습니다.
question-invalid-number = 정수가 아닙니다.
question-invalid-date = 날짜가 아닙니다 (YYYY-MM-DD).
question-current-answer = 현재 답변: { $answer }
question-language-changed = 면담 언어가 바뀌었습니다: { $language }
question-notes-title = 메모 (암호화하여 저장, 닫기: Esc 또는 F4)
notes-hint = 서비스가 후속 지원에 필요한 내용만 적으세요. 있었던 일의 경위와 이름은 적지 마세요.
notes-count = { $count }/{ $max }
notes-full = 메모가 가득 찼습니다({ $max }자): 서비스가 후속 지원에 필요한 내용만 남기세요.
question-urgent-banner = 긴급: { $flags }. { $key }: 대응 절차 (그다음 이 질문으로 돌아옴).
urgent-steps-title = 긴급: 대응 절차
urgent-steps-back = { $key }: 질문으로 돌아가기.
question-sections-title = 섹션으로 이동
question-language-title = 면담 언어
question-no-save = 저장 안 됨: 기관 키 없음

## Review
review-title = 저장 전 확인
review-summary = 답변 { $answered }, 미응답 { $unanswered }, 응답 거절 { $declined }, 묻지 않음 { $not-asked }
review-unanswered = 미응답
review-finish = f: 마치고 결과 보기   Enter: 질문으로 이동
review-confirm-unanswered = { $count ->
   *[other] 답변이 없는 질문이 { $count }개 있습니다.
} 그래도 마칠까요? y: 마치기   다른 키: 돌아가기

## Outcome
outcome-title = 결과
outcome-level-not_screened = 스크리닝하지 못함: 안전하게 진행할 수 없었음
outcome-level-no_indicators = 질문한 내용에서는 지표가 나타나지 않음
outcome-level-indicators_present = 지표 있음: 서비스 연계 제안
outcome-level-full_assessment = 지표 있음: 서비스 연계와 종합 평가 제안
outcome-level-urgent = 긴급: 지금 대응 절차를 따르세요
outcome-not-determination = 이것은 스크리닝 결과이며, 누구에 대한 판정도 아닙니다.
outcome-indicators = 지표
outcome-urgent = 긴급
outcome-response-steps = 대응 절차
outcome-org-steps = 소속 기관의 절차
outcome-contacts = 연락처
outcome-none = 없음
outcome-next = Enter: 필요 사항과 다음 단계

## Needs
needs-title = 필요 사항과 다음 단계
needs-intro = 확인된 필요 사항입니다. 다음에 할 일은 당사자와 함께 정하세요. 선택은 당사자가 합니다.
needs-none = 답변에서 확인된 필요 사항이 없습니다. 핫라인은 언제나 선택할 수 있습니다.
needs-hotline = 맞는 지역 서비스가 없으면: { $name } { $phone }
needs-next = Enter: 저장

## Save
save-title = 저장
save-explain = 기록은 { $count ->
   *[other] 기관 키 { $count }개
}로 암호화됩니다. 이 노트북에서는 다시 읽을 수 없습니다.
save-confirm = Enter: 암호화하여 저장   Esc: 뒤로
save-done = 저장했습니다. 기록은 암호화되어 outbox에서 동기화를 기다립니다.
save-draft-deleted = 이 스크리닝의 임시 저장본을 삭제했습니다.
save-failed = 기록을 저장할 수 없습니다: { $reason }
save-no-keys = 이 스크리닝은 저장할 수 없습니다: 기관 키가 없습니다. 아무것도 기록되지 않았습니다.
save-home = Enter: 처음으로

## Pause and lock
pause-line = 천천히 숨을 쉬세요. 준비되면 아무 키나 누르세요.
lock-title = 잠김
lock-explain = { $minutes }분 동안 활동이 없어 lantern이 잠겼습니다.
lock-prompt = 계속하려면 암호 문구를 입력하세요.

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
language-in-text-en = 영어
language-in-text-es = 스페인어
language-in-text-zh-Hans = 중국어(간체)
language-in-text-vi = 베트남어
language-in-text-tl = 타갈로그어
language-in-text-ko = 한국어
language-in-text-pt-BR = 포르투갈어(브라질)
language-in-text-ht = 아이티 크리올어
language-in-text-ru = 러시아어
language-in-text-pt = 포르투갈어
language-in-text-fr = 프랑스어

## Plain mode (screen readers)
plain-intro = lantern, 단순 모드. 선택할 번호를 입력하고 Enter를 누르세요. 도움말은 h, 종료는 q를 입력하세요.
ui-language-missing = lantern에는 아직 { $tag } 번역이 없습니다: { $shown }(으)로 표시합니다.
plain-help = 모든 질문에서: y 예, n 아니요, d 응답 거절, k 모름, s 묻지 않음, b 뒤로, r 검토, ! 긴급 대응 절차, h 도움말, q 종료(임시 저장본 보관).
plain-urgent-now = 긴급: 지금 이 대응 절차를 따르세요.
plain-urgent-none = 나타난 긴급 표시가 없습니다.
plain-urgent-continue = 이 절차를 다시 들으려면 어느 질문에서든 !를 입력하세요.
plain-help-notes = 메모: +와 내용을 입력하면 메모에 추가됩니다(암호화되어 저장). +만 입력하면 메모를 봅니다. 서비스가 후속 지원에 필요한 내용만 적으세요: 있었던 일의 경위와 이름은 적지 마세요.
plain-note-added = 메모에 추가했습니다(암호화되어 저장).
plain-notes-now = 지금까지의 메모:
plain-notes-none = 아직 메모가 없습니다.
plain-worker-label = 상담자 표시(선택, 건너뛰려면 Enter):
plain-choose-protocol = 프로토콜을 선택하세요:
plain-choose-language = 면담 언어:
plain-question = 질문 { $index }/{ $count }:
plain-choices = 선택지:
plain-multiple-hint = 해당하는 번호를 모두 띄어 써서 입력하세요.
plain-invalid = 이해하지 못했습니다. 도움말은 h를 입력하세요.
plain-saved = 암호화하여 저장했습니다.
plain-quit = 중단했습니다. 임시 저장본은 암호화되어 보관됩니다.
plain-passphrase = 암호 문구:
plain-continue = 계속하려면 Enter를 누르세요.

## Answer problems
error-too-small = 숫자는 { $min } 이상이어야 합니다.
error-too-large = 숫자는 { $max } 이하여야 합니다.
error-too-long = 답변이 { $max }자를 넘습니다.
error-empty = 답변이 비어 있습니다. 대신 "응답 거절" 또는 "모름"을 사용하세요.
error-exclusive = 이 선택지는 다른 선택지와 함께 고를 수 없습니다.

## Service categories (needs)
category-emergency_shelter = 긴급 쉼터
category-housing = 주거 지원
category-case_management = 사례관리
category-legal_immigration = 이민·체류 법률 지원
category-legal_criminal_record = 전과 기록 관련 법률 지원
category-legal_labor_civil = 노동·민사 법률 지원
category-medical = 의료 지원
category-behavioral_health = 정신건강
category-substance_use = 약물·알코올 사용 지원
category-economic_empowerment = 일자리·소득 지원
category-education = 교육 지원
category-interpretation = 통역
category-transportation = 교통 지원
category-basic_needs = 기본 생활 지원
category-child_welfare = 아동복지
category-hotline = 핫라인

## Plain mode, more
plain-review = 마치려면 f를, 답변을 바꾸려면 질문 번호를, 민감한 답변을 소리 내어 듣거나 숨기려면 v를 입력하세요(헤드폰을 쓰세요).
plain-save = 암호화해 저장하려면 y, 멈추고 임시 저장본을 보관하려면 q를 입력하세요.
plain-resume = 이어서 하려면 1, 나중에 하려면 2, 폐기하려면 3을 입력하세요.
plain-answer-prompt = 답변:
plain-unanswered-confirm = 답변이 없는 질문이 있습니다. 그래도 마치려면 y를 입력하세요.

## Referrals
referrals-title = 서비스 연계
referrals-intro = 필요 사항별로 지역 서비스 목록에서 추천합니다. 선택은 당사자가 하며, 동의 없이는 아무것도 공유하지 않습니다.
referrals-minor = 18세 미만: 청소년 서비스를 먼저 안내합니다. 처음에 읽은 신고 의무 안내를 따르세요.
referrals-minor-read-now = 18세 미만: 다른 무엇보다 먼저, 아래의 신고 의무 안내를 지금 당사자에게 읽어 주세요. 청소년 서비스를 먼저 안내합니다.
referrals-not-screened = 안전하게 진행할 수 없어 스크리닝이 중단되었습니다. 서비스 연계 안내문을 읽거나 정보 공유에 대해 묻지 마세요: 다른 사람이 듣거나 전달하게 됩니다. 필요하면 독립적인 통역사와 함께 따로 이야기할 자리를 마련하고, 안전하다면 담당 실무자나 핫라인에 남모르게 연락할 수 있는 방법을 알려 주세요.
referrals-need = { $need }
referrals-none = 목록에 이 필요 사항에 맞는 서비스가 없습니다.
referrals-choose = Enter: 선택   →: 저장으로 계속   /: 필터   x: 선택 취소
referrals-chosen = 선택됨
referrals-count = { $count ->
   *[other] 연계 { $count }건 선택됨
}
referrals-law-enforcement = e: 당사자가 수사기관 서비스를 요청함
referrals-law-enforcement-on = 수사기관 서비스를 포함했습니다: 당사자가 요청했습니다.
plain-referrals = 당사자가 고른 서비스 번호를 입력하세요(예: 1 3). 고르지 않으면 Enter를 누르세요:
referral-consent-title = 서비스 연계와 동의
referral-handoff = { $register ->
    [informal] 당사자에게 읽어 주세요: "{ $service }에서 도움을 받을 수 있어요. 지금 같이 전화해 볼 수도 있고, 전화번호를 알려 줄 수도 있어요. 그곳에 어떤 이야기를 전할지는 직접 정하면 돼요."
   *[formal] 당사자에게 읽어 주세요: "{ $service }에서 도움을 받으실 수 있어요. 지금 같이 전화를 걸 수도 있고, 전화번호를 알려 드릴 수도 있어요. 그곳에 본인에 대해 무엇을 전할지는 직접 정하시면 돼요."
}
referral-handoff-why = 추천 이유 (실무자용, 소리 내어 읽지 마세요): { $reasons }
referral-consent-question = 그곳에 본인에 관한 내용을 전해도 될까요?
referral-consent-scope = 이 서비스로 직접 연결해 주는 것(웜 핸드오프)에 대한 구두 동의이며, 이 서비스에만 { $until }까지 유효합니다. 서면 동의서가 아닙니다: 당사자를 알아볼 수 있는 정보를 전하려면 먼저 서명과 유효 기한이 있는 동의서를 받아야 합니다.
referral-consent-yes = y: 예, 필요한 내용을 전해도 됩니다
referral-consent-no = n: 아니요, 아무것도 전하지 않음 (당사자가 직접 연락)
referral-consent-limited = l: 당사자가 말한 내용만 (입력하세요)
referral-limited-prompt = 전해도 되는 내용 (당사자가 한 말 그대로):
referral-phone = 전화: { $phone }
reason-also-covers = 함께 제공: { $category }
reason-speaks = { $language } 가능
reason-interpretation = 통역 가능
reason-24-7 = 24시간 연중무휴
reason-open-now = 지금 운영 중
reason-youth = 청소년 대상
reason-trafficking = 인신매매 생존자 지원 경험 있음
reason-no-id = 신분증 필요 없음
reason-no-status = 체류 자격 필요 없음
reason-no-sobriety = 단주·단약 요구 없음
reason-lgbtq = LGBTQ+ 친화적
reason-distance = { $km }km 거리
reason-hotline = 맞는 지역 서비스 없음: 전국 핫라인
reason-wanted-lgbtq = LGBTQ+ 친화적 (요청한 대로)
reason-wanted-accessible = 접근성 정보를 밝힘 (요청한 대로)
reason-wanted-women = 여성 대상 (요청한 대로)
reason-wanted-men = 남성 대상 (요청한 대로)
reason-wanted-nonbinary = 논바이너리인 사람 환영 (요청한 대로)
misfit-language = { $language } 가능 직원 없음
misfit-closed = 지금 운영 안 함
misfit-inferred = 설명으로 추정한 분야
misfit-ages = { $from }–{ $to }세만 이용 가능: 당사자의 나이를 확인하세요
misfit-ages-from = { $from }세 이상만 이용 가능: 당사자의 나이를 확인하세요
misfit-ages-to = { $to }세까지만 이용 가능: 당사자의 나이를 확인하세요
misfit-serves-only = { $who }만 지원
misfit-serves-women = 여성
misfit-serves-men = 남성
misfit-serves-nonbinary = 논바이너리인 사람
misfit-wanted-lgbtq = LGBTQ+ 친화적이라는 언급 없음
misfit-wanted-accessible = 접근성에 대한 언급 없음
misfit-wanted-women = 여성을 지원한다는 언급 없음
misfit-wanted-men = 남성을 지원한다는 언급 없음
misfit-wanted-nonbinary = 논바이너리인 사람을 환영한다는 언급 없음
referral-eligibility = 이용 자격: { $text }

# Status of this translation: draft until a native speaker has reviewed it.
translation-status = draft

## Keys, help and problems
key-next-field = 다음 항목
key-quit = 종료
key-unlock = 잠금 해제
key-continue = 계속
key-trial = 체험 키
key-resume = 이어서 하기
key-later = 나중에
key-discard = 폐기
key-discard-yes = 폐기
key-keep = 보관
key-cancel = 취소
key-home = 처음으로
key-share-yes = 전해도 됨
key-share-no = 전하지 않음
key-share-limited = 말한 내용만
action-up = 위로 이동
action-down = 아래로 이동
action-page-up = 한 페이지 위로 스크롤
action-page-down = 한 페이지 아래로 스크롤
action-scroll-up = 위로 스크롤
action-scroll-down = 아래로 스크롤
action-close = 닫기
action-cancel = 취소
action-quit = lantern 종료
action-next-field = 다음 항목
action-prev-field = 이전 항목
action-setup-confirm = 다음 항목으로 이동한 뒤 암호 문구 설정
action-unlock = 암호 문구로 잠금 해제
action-trial-key = 체험 키 쌍 만들기 (lantern 시험용이며, 실제 스크리닝에는 절대 쓰지 마세요)
action-continue-without-saving = 기관 키 없이 계속 (아무것도 저장할 수 없음)
action-resume = 선택한 스크리닝을 멈춘 곳에서 이어서 하기
action-later = 나중을 위해 보관하고 처음 화면으로 가기
action-discard = 선택한 스크리닝 폐기 (먼저 확인함)
action-discard-yes = 예, 완전히 폐기
action-discard-no = 아니요, 보관
action-start = 선택한 프로토콜과 언어로 스크리닝 시작
action-home-up = 이전 프로토콜 또는 언어 변경
action-home-down = 다음 프로토콜 또는 언어 변경
action-home-left = 언어 변경
action-home-right = 언어 변경
action-consent = 안내문을 읽었고 당사자가 동의함: 질문으로 이동
action-consent-back = 처음으로 돌아가기 (아무것도 저장되지 않음)
action-filter-clear = 필터 지우기
action-review-go = 질문으로 이동하여 답변 바꾸기
action-review-back = 마지막 질문으로 돌아가기
action-urgent-back = 대응 절차를 닫고 질문으로 돌아가기
action-finish-anyway = 답변이 없는 질문이 있어도 마치기
action-finish-not-yet = 아직 아님: 검토로 돌아가기
action-to-referrals = 서비스 연계로 이동
action-outcome-back = 답변을 바꾸러 검토로 돌아가기 (스크리닝이 다시 열림)
action-referral-choose = 이 서비스 선택 (연계 안내문과 공유 동의)
action-to-save = 저장으로 이동
action-filter-services = 입력해서 서비스 좁히기
action-law-enforcement = 당사자가 수사기관 서비스를 요청함 (이때만 표시)
action-referral-remove = 이 선택 취소
action-referrals-back = 결과로 돌아가기
action-share-yes = 당사자가 동의함: 필요한 내용을 전해도 됨
action-share-no = 아무것도 전하지 않음: 당사자가 직접 서비스에 연락
action-share-limited = 당사자가 말한 내용만 전함 (입력)
action-share-confirm = 전해도 되는 내용 기록
action-save = 암호화된 기록 저장
action-save-back = 서비스 연계로 돌아가기
action-saved-home = 다음 스크리닝을 위해 처음으로 돌아가기
action-section-go = 이 섹션으로 이동
action-language-choose = 지금부터 이 면담 언어 사용
action-notes-close = 메모 닫기 (암호화되어 저장됨)
action-delete-back = 커서 앞 글자 지우기
action-delete-forward = 커서 위치의 글자 지우기
action-cursor-left = 커서를 왼쪽으로 이동
action-cursor-right = 커서를 오른쪽으로 이동
action-cursor-home = 커서를 처음으로 이동
action-cursor-end = 커서를 끝으로 이동
action-type = 입력란에 입력
keys-letters = 문자, 숫자, Space
help-setup = 처음 시작: 암호 문구
help-unlock = 잠금 해제
help-no-keys = 기관 키 없음
help-resume = 중단된 스크리닝
help-resume-discard = 스크리닝 폐기
help-home = 스크리닝 시작
help-consent = 동의
help-review-finish = 미응답 질문이 있는 채로 마치기
help-outcome = 결과
help-referrals = 서비스 연계
help-referrals-stopped = 중단 후 연계
help-referral-consent = 서비스 연계를 위한 공유 동의
help-save = 저장
help-saved = 저장 완료
help-help = 이 도움말
help-notes = 메모
help-sections = 섹션으로 이동
help-language = 면담 언어
help-urgent = 긴급 대응 절차
help-locked = 잠김
help-text-field = 모든 입력란에서
home-draft-language = { $language } (번역 초안)
question-in-worker-language-named = 실무자 언어로 ({ $language }):
plain-not-saved = 저장에 성공할 때까지 최근 답변은 lantern이 실행되는 동안에만 보관됩니다.
problem-empty = 아무것도 입력하지 않았습니다.
problem-answer-first = 먼저 답변하거나, 당사자가 응답을 거절했거나 모른다고 기록하세요.
problem-choose-first = 숫자 키로 고르거나, 먼저 ↑/↓로 선택지로 이동하세요.
problem-empty-hint = 답변을 입력하거나, 당사자가 응답을 거절했거나 모른다고 기록하세요.
problem-not-yes-no = 예 또는 아니요로 답하세요.
problem-number-hint = 숫자만 입력하세요. 예: 40
problem-date-hint = 예: 2025-03-31 (연, 월, 일)
problem-no-such-choice = 해당하는 선택지가 없습니다: { $choice }
problem-no-such-choice-hint = 표시된 번호 중 하나를 입력하세요.
problem-note = 실무자를 위한 참고 사항이며, 답변이 필요 없습니다.
problem-wrong-kind = 그런 종류의 답변은 이 질문에 맞지 않습니다.
problem-consent-first = 먼저 동의 안내문을 읽어 주세요: 그 전에는 어떤 질문도 할 수 없습니다.
problem-hidden = 지금까지의 답변으로는 그 질문을 묻지 않습니다.
problem-hidden-hint = 앞선 답변 때문에 닫힌 질문입니다. 다시 열려면 그 답변을 바꾸세요.
problem-unknown-language = 이 프로토콜에는 다음 언어로 된 내용이 없습니다: { $language }
problem-finished = 스크리닝이 끝났습니다.
problem-not-finished = 스크리닝이 아직 끝나지 않았습니다.
problem-protocol-changed = 이 스크리닝을 시작한 뒤 프로토콜이 바뀌었습니다: { $protocol }
problem-protocol-changed-hint = 이 스크리닝을 마치려면 슈퍼바이저에게 이전 버전의 프로토콜을 요청하세요.
problem-not-available = 지금은 사용할 수 없습니다.
problem-bad-keys = keys/ 폴더의 파일 하나에 공개 키가 아닌 줄이 있습니다.
problem-bad-keys-hint = `lantern keys list` 명령으로 어느 파일의 몇 번째 줄인지 확인할 수 있습니다.
problem-bad-identity = 신원 파일을 읽을 수 없습니다.
problem-encrypt = 기록을 암호화할 수 없습니다.
problem-unreadable = 이 파일을 열 수 없습니다: 손상되었거나 다른 키로 암호화되었습니다.
problem-device-key-exists = 이 노트북에는 이미 기기 키가 있습니다. lantern은 기기 키를 절대 바꾸지 않습니다.
problem-locked = lantern이 잠겨 있습니다: 먼저 암호 문구를 입력하세요.
problem-disk-full = 디스크가 가득 찼습니다: 새로운 내용을 기록할 수 없습니다.
problem-disk-full-hint = 이 노트북에서 공간을 조금 확보한 뒤 다시 시도하세요.
problem-permission = lantern에는 { $folder }에 쓸 권한이 없습니다.
problem-permission-hint = 폴더가 본인 소유이고 읽기 전용이 아닌지 확인하세요.
problem-not-found = { $folder } 폴더가 없습니다.
problem-io = { $folder }에 있는 파일을 읽거나 쓸 수 없습니다.
problem-io-hint = 디스크와 폴더를 확인한 뒤 다시 시도하세요.
problem-protocol-gone = 이 스크리닝의 프로토콜이 더 이상 설치되어 있지 않습니다: { $protocol }
problem-protocol-gone-hint = 이어서 하려면 프로토콜 파일을 screening/ 폴더에 다시 넣으세요.
key-change = 변경

## Start-up
startup-private-key = lantern은 선별 면담을 시작하지 않습니다. 이 기기에 개인 키가 있습니다. 위치:
startup-private-key-fix = 이 노트북을 가진 사람은 누구나 여기에 저장된 기록을 읽을 수 있습니다. 이 파일을 기기 밖으로 옮기고(감독자가 보관해야 합니다), 감독자에게 키를 교체해야 한다고 알린 뒤 lantern을 다시 시작하세요. `lantern keys check`로 키가 있는 곳을 확인할 수 있습니다.
drafts-already-saved = { $count ->
   *[other] 저장 직후 중단된 선별 면담 { $count }건의 초안이 남아 있었습니다. 기록은 보낼 편지함에 있으며 초안은 삭제했습니다.
}
quick-exit-unsaved = lantern이 종료되었지만 마지막 답변을 저장하지 못했습니다(디스크가 가득 찼을 수 있습니다). 초안에는 그 전에 저장된 내용이 남아 있습니다. lantern을 다시 시작하기 전에 공간을 확보하세요.
problem-symlink = { $path }은(는) 다른 곳을 가리키는 링크입니다. lantern은 데이터 폴더 안의 링크를 따라가지 않습니다. 누군가 다른 곳에 쓰게 하려는 것일 수 있습니다.
problem-symlink-hint = 링크를 삭제한 뒤(감독자가 도와줄 수 있습니다) lantern을 다시 시작하세요.
folder-loosened = { $count ->
   *[other] 이 컴퓨터의 다른 계정이 lantern 데이터 폴더의 항목 { $count }개를 열 수 있었습니다. lantern이 다시 비공개로 설정했습니다.
}
folder-drafts-without-key = 이 노트북에 진행 중인 선별 면담이 있지만 이를 여는 키가 없습니다. 누군가 옮기거나 삭제했을 수 있습니다. 새 암호 문구를 정하기 전에 감독자에게 알리세요(새 암호 문구로는 이전 초안을 열 수 없습니다).
folder-drafts-without-outbox = 이 노트북에 진행 중인 선별 면담이 있지만 보낼 편지함 폴더가 없었습니다. 전송을 기다리던 저장된 기록이 옮겨졌을 수 있습니다. 감독자에게 알리세요.
folder-not-a-file = { $path }은(는) 파일이 아니어서 lantern이 제외했습니다.
setup-guessable = 이 암호 문구는 누구나 가장 먼저 시도해 볼 만한 것입니다(같은 글자 반복, 연속된 순서, 키보드 한 줄 또는 흔한 비밀번호).
setup-guessable-hint = 본인에게만 의미 있는 단어 몇 개를 고르세요. 예를 들어 서로 관계없는 단어 서너 개.
unlock-wait = 틀린 암호 문구를 연속으로 너무 많이 입력했습니다. { $seconds }초 기다린 뒤 다시 시도하세요.

## lantern sync (명령줄)
sync-to = 보낼 편지함을 { $target }(으)로 보내는 중
sync-nothing = 보낼 편지함이 비어 있습니다. 보낼 것이 없습니다.
sync-progress = 기록 { $total }건 중 { $done }건 ({ $kb_total } KB 중 { $kb } KB, 초당 { $rate }건)
sync-summary = 보냄: { $sent }. 이미 있음: { $already }. 충돌: { $conflicts }. 실패: { $failed }. 시도 안 함: { $untried }.
sync-summary-dry-run = 아무것도 보내거나 지우지 않았습니다(시험 실행). 보낼 것: { $would }. 이미 있음: { $already }. 충돌: { $conflicts }. 실패: { $failed }.
sync-file-conflict = { $file }: 대상에 이름은 같지만 내용이 다른 파일이 있습니다. 이 컴퓨터의 사본은 그대로 둡니다.
sync-file-failed = { $file }: 보낼 수 없었습니다. 이 컴퓨터의 사본은 그대로 둡니다.
sync-conflict-hint = 충돌이 있을 때마다 감독자에게 알리고, 이 컴퓨터의 사본을 직접 지우지 마세요.
sync-failed-transient = 대상이 응답을 멈췄습니다.
sync-failed-transient-hint = 잃어버린 것은 없습니다. 연결이 좋아지면 다시 동기화하세요.
sync-failed-missing = 대상을 찾을 수 없습니다. 드라이브가 꽂혀 있는지, 버킷이나 폴더 이름이 맞는지 확인하세요.
sync-failed-missing-hint = 잃어버린 것은 없습니다. 드라이브를 꽂거나 대상을 고친 뒤 다시 동기화하세요.
sync-failed-denied = 대상이 거부했습니다. 쓰기 권한이 없거나 액세스 키가 틀렸거나 만료되었습니다.
sync-failed-denied-hint = 잃어버린 것은 없습니다. 감독자에게 액세스 키와 폴더 또는 버킷의 권한을 확인해 달라고 하세요.
sync-failed-full = 대상의 공간이 가득 찼습니다.
sync-failed-full-hint = 잃어버린 것은 없습니다. 대상에 공간을 비우거나 다른 대상을 사용한 뒤 다시 동기화하세요.
sync-failed-unreachable = 대상에 연결할 수 없습니다. 네트워크가 없거나 주소가 틀렸거나 인증서가 거부되었습니다.
sync-failed-unreachable-hint = 잃어버린 것은 없습니다. 연결과 주소를 확인하고 나중에 다시 동기화하세요.
sync-failed-other = 일부 기록을 보낼 수 없었습니다.
sync-failed-other-hint = 잃어버린 것은 없습니다. 기록은 이 컴퓨터에 남아 있습니다. 다시 동기화하고, 계속 실패하면 감독자에게 알리세요.
sync-no-target = 대상이 지정되지 않았습니다. --to 에 폴더, s3://BUCKET/PREFIX 또는 WebDAV https:// 주소를 쓰거나, 설정에서 sync.default 를 지정하세요.
sync-no-bucket = s3:// 대상에는 버킷 이름이 필요합니다: s3://BUCKET/PREFIX.
sync-insecure = 거부됨: 기록은 이 컴퓨터로 보낼 때만 전송 중 암호화 없이(http://) 보낼 수 있습니다. https:// 주소를 사용하세요.
sync-bad-ca = 설정에 지정된 인증서 묶음을 읽을 수 없거나 PEM 형식이 아닙니다.
sync-bad-target = 이 대상은 사용할 수 없습니다. 설정이나 명령줄의 주소를 확인하세요.
sync-credentials-too-open = 거부됨: 설정에 지정된 자격 증명 파일을 이 컴퓨터의 다른 계정이 읽을 수 있습니다. 비공개로 바꾸고(chmod 600) 다시 동기화하세요.
sync-credentials-bad = 액세스 키를 읽을 수 없습니다. 자격 증명 파일이 없거나 읽을 수 없거나, 이 프로필의 두 키가 모두 있는 섹션이 없습니다.
sync-credentials-none = 버킷의 액세스 키를 찾지 못했습니다. 감독자에게 이 노트북의 키를 요청하세요(AWS_ACCESS_KEY_ID와 AWS_SECRET_ACCESS_KEY를 설정하거나 설정에 자격 증명 파일을 지정).

## Send records: the sync screen and plain mode
sync-title = 기록 보내기
key-sync = 기록 보내기
key-send = 보내기
action-sync = 저장된 기록을 기관으로 보내기(USB 드라이브, 버킷 또는 공유 폴더)
action-sync-send = 선택한 곳으로 기록 보내기
action-sync-back = 아무것도 보내지 않고 처음으로 돌아가기
action-sync-done = 처음으로 돌아가기
help-sync = 기록 보내기
help-sync-done = 기록 보냄
sync-waiting = { $count ->
    [0] 보낼 편지함에서 기다리는 기록이 없습니다.
   *[other] 보낼 편지함에서 기록 { $count }건이 기다리고 있습니다({ $kb } KB).
}
sync-choose = 보낼 곳:
sync-default = { $target } (기본값)
sync-other-folder = 폴더: 아래에 경로를 입력하세요(예: USB 드라이브)
sync-no-targets = 설정에 보낼 곳이 없습니다. USB 드라이브의 폴더를 입력하거나 감독자에게 설정을 요청하세요.
sync-running = 기록을 하나씩 보내고 확인하는 중입니다. 중간에 멈춰도 잃어버리는 것은 없습니다. 나중에 다시 보내세요.
sync-done-ok = 모든 기록을 보내고 확인했습니다. 이 노트북의 사본은 지웠습니다.
sync-journal-failed = 아무것도 보내지 않았습니다. 이 노트북이 전송 기록을 쓸 수 없습니다. 남은 공간을 확인한 뒤 다시 시도하세요.
plain-sync-option = s) 저장된 기록 보내기({ $count }건 대기 중)
plain-sync-choose = 어디로 보낼까요? 번호나 USB 드라이브의 폴더를 입력하세요(돌아가려면 q):
plain-sync-sending = { $target }(으)로 보내는 중…

## Practice mode: fictional people, the debrief
practice-watermark = 연습: 가상의 인물입니다. 아무것도 저장하거나 보내지 않습니다.
practice-choose = 연습할 시나리오를 고르세요:
practice-solo-intro = 혼자 연습하기: 질문마다 a를 입력해 질문하고 당사자의 대답을 들은 뒤, 평소처럼 답변을 기록하세요(y, n, 숫자, d 응답 거절, k 모름). b는 이전 질문으로, q를 입력하면 연습을 마치고 연습 돌아보기를 보여 줍니다.
practice-hotline = 전화 상담입니다: 실제 통화처럼 시간을 살피세요(연습 돌아보기에 부분별 시간이 나옵니다).
practice-answer-prompt = 답변 (당사자에게 질문하려면 a):
practice-person-says = 당사자: { $reply }
practice-no-reply = 이 시나리오에는 여기에 준비된 대답이 없습니다: 당사자라면 어떻게 대답할지 생각해 답하세요.
practice-keep = 이 연습 돌아보기를 Markdown 파일로 남기려면(가상 데이터만 들어 있음) y를 입력하세요. 건너뛰려면 Enter를 누르세요:
practice-keep-name = 파일 이름 [{ $default }]:
practice-kept = 연습 돌아보기를 남겼습니다. 가상 데이터만 들어 있습니다.
practice-card-title = 연습: 인물 카드 (가상의 인물, 이 인물을 연기하는 연습 상대용)
debrief-title = 연습 돌아보기
debrief-fictional = 가상의 인물과 한 연습입니다. 이 파일에는 가상 데이터만 들어 있습니다: 실제 사람도, 실제 기록도 없습니다.
debrief-score-heading = 점수
debrief-score = { $max }점 중 { $points }점
debrief-score-note = 점수는 같은 시나리오로 한 연습을 서로 비교하기 위한 것입니다. 점수는 연습을 평가할 뿐, 연습하는 사람을 평가하지 않습니다.
debrief-score-consent = 어떤 질문보다 먼저 동의 확인
debrief-score-checks = 누가 통역하는지, 따로 이야기할 수 있는지, 관찰한 내용을 먼저 확인
debrief-score-answers = 당사자가 한 대답 그대로 답변 기록
debrief-score-indicators = 찾아낸 지표
debrief-score-outcome = 좋은 스크리닝이 도달하는 결과
debrief-score-declines = 응답 거절 존중
debrief-score-urgent = 긴급 대응 절차 실행
debrief-conduct-heading = 진행 과정
debrief-consent-first = 당사자가 무엇이든 답하기 전에 동의를 확인했습니다.
debrief-checks-first = 누가 통역하는지, 당사자가 따로 이야기할 수 있는지, 관찰한 내용을 먼저 확인했습니다.
debrief-declines-respected = 당사자가 응답을 거절한 질문은 모두 다시 묻지 않았습니다.
debrief-pressured = 당사자가 응답을 거절한 뒤 다시 물음: { $question }
debrief-urgent-not-acted = 긴급 표시가 나타났지만 대응 절차를 열지 않음: { $flag }
debrief-outcome = 결과: { $reached } (좋은 스크리닝이 도달하는 결과: { $expected })
debrief-results-heading = 지표, 필요 사항, 긴급 표시
debrief-indicators = 지표
debrief-needs = 필요 사항
debrief-urgent = 긴급 표시
debrief-found = 찾음:
debrief-missed = 놓침:
debrief-extra = 예상 밖:
debrief-none = 없음
debrief-answers-heading = 답변
debrief-answer-different = 기록한 답변: { $recorded }; 당사자의 대답: { $expected }
debrief-answer-not-recorded = 기록하지 않음; 당사자의 예상 대답: { $expected }
debrief-answer-not-reached = 이 질문까지 가지 못함 (당사자의 예상 대답: { $expected })
debrief-time-heading = 섹션별 시간
debrief-persona-heading = 당사자 (가상 인물)
practice-summary-none = { $dir }에 저장된 연습 돌아보기가 없습니다. 연습하는 사람은 연습이 끝날 때 저장(y)한 뒤 여기에 복사합니다.
practice-summary-title = 수업 요약: { $dir }에 연습 돌아보기 { $files }개
practice-summary-scenario = { $title }: 연습 { $attempts }회, 평균 { $mean }점(최저 { $lowest }, 최고 { $highest }, 만점 { $max })
practice-summary-missed-heading = 가장 자주 놓친 것:
practice-summary-missed = { $item }: { $attempts }회 중 { $count }회
practice-badge = 연습
practice-scenarios = 스크리닝 연습용 가상 인물
practice-setting-hotline = 전화
practice-setting-outreach = 대면
practice-ask-hint = a를 눌러 당사자에게 이 질문을 하세요. 그런 다음 평소처럼 답변을 기록하세요.
practice-reply-heading = 당사자의 말
practice-will-keep = 연습을 마칠 때 연습 돌아보기가 Markdown 파일로 남습니다.
action-practice-start = 이 가상 인물과 스크리닝하기
action-practice-quit = 연습 나가기
action-practice-end = 연습을 마치고 연습 돌아보기 보기
action-practice-ask = 당사자에게 이 질문하기(대답은 아래에 나옵니다)
action-practice-keep = 이 연습 돌아보기를 Markdown 파일로 남기기(가상 데이터만)
action-practice-again = 시나리오로 돌아가기
key-end = 마치기
key-ask = 질문
key-again = 다시
help-practice-picker = 연습: 인물 고르기
help-practice-consent = 연습: 동의
help-practice-question = 연습: 질문
help-practice-debrief = 연습: 연습 돌아보기
practice-kept-as = 연습 돌아보기를 { $file }(으)로 남겼습니다(가상 데이터만).
practice-done = 모든 질문을 마쳤습니다. 긴급한 것이 있으면 긴급 대응 절차(!)를 연 다음 Enter를 눌러 서비스 연계로 가세요 (Esc를 누르면 바로 연습 돌아보기로 갑니다).
help-practice-done = 연습: 끝
key-urgent = 긴급 절차
practice-multiple-prompt = 숫자 키로 표시한 뒤 Enter를 누르세요.
action-practice = 가상 인물과 연습하기(키 불필요, 아무것도 저장 안 함)
key-practice = 연습
action-practice-role-play = 역할극: 짝이 인쇄된 카드를 보고 당사자 역할을 합니다
key-role-play = 역할극
practice-role-play-hint = 역할극: 짝이 카드 속 인물로서 대답합니다(카드는 lantern practice card ID로 인쇄).
practice-role-play-intro = 역할극: 짝이 인쇄된 카드를 보고 당사자 역할을 합니다(lantern practice card ID). 질문을 소리 내어 하고 평소처럼 답변을 기록하세요. b는 이전 질문으로, q를 입력하면 연습을 마치고 연습 돌아보기를 보여 줍니다.

## 연습: 서비스 연계
debrief-score-referrals = 확인된 필요 사항에 대한 서비스 연계
debrief-referrals-heading = 서비스 연계
debrief-referral-service = { $service } (공유: { $consent ->
        [yes] 필요한 내용
        [limited] 당사자가 말한 내용만
       *[no] 공유 안 함, 당사자가 직접 연락
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: 목록에 맞는 서비스가 있었지만 아무것도 연계하지 않음
debrief-referral-not-found = { $need }: 연계하지 않음. 이 필요 사항이 확인되지 않아 연계할 것이 없었음
debrief-referral-nothing-local = { $need }: 서비스 목록에 이 필요 사항에 맞는 서비스가 없음 (그래도 상담전화나 다시 연락할 방법을 안내하는 것이 좋음)
debrief-referral-other = 추가로 연계함: { $services }
debrief-referral-missed = 연계하지 않은 필요 사항: { $need }
debrief-referrals-none-expected = 이 사람에게는 연계가 필요하지 않았습니다. 그래도 정보와 다시 연락할 방법을 안내하는 것이 좋습니다.
debrief-referrals-stopped = 선별 상담이 중단되어 아무것도 소리 내어 읽거나 안내하지 않았습니다. 말한 내용이 들리거나 전달될 수 있으므로 올바른 대응입니다.
debrief-referrals-not-reached = 서비스 연계 단계에 이르지 못했습니다. 그 전에 연습이 끝났습니다.
action-practice-referrals = 서비스 연계로 가기 (서비스 안내, 공유 동의 묻기)
key-referrals = 연계
action-practice-to-debrief = 연습을 마치고 연습 돌아보기 보기
key-debrief = 돌아보기
action-practice-referrals-back = 질문으로 돌아가기
help-practice-referrals = 연습: 서비스 연계
help-practice-referrals-stopped = 연습: 중단 후 서비스 연계
practice-invalid = 이해하지 못했습니다. 위에 표시된 글자나 숫자 중 하나를 입력하세요.
