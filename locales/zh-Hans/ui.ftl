# lantern user interface: Simplified Chinese (简体中文), translated from locales/en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = 是
no = 否
answer-yes = 是
answer-no = 否
answer-declined = 选择不回答
answer-dont-know = 不知道
answer-not-asked = 未询问
answer-none = （以上都不是）
answer-unanswered = 未回答
answer-hidden = •••（敏感内容，按 v 显示）
continue = 继续
cancel = 取消
back = 返回
error-prefix = 出错：

## Hint bar and keys
key-help = 帮助
key-quick-exit = 快速退出
key-pause = 暂停
key-notes = 备注
key-next = 下一步
key-back = 返回
key-review = 核对
key-sections = 部分
key-guidance = 指引
key-interpreter = 口译视图
key-language = 访谈语言
key-yes = 是
key-no = 否
key-declined = 不回答
key-dont-know = 不知道
key-not-asked = 未询问
key-filter = 筛选
key-select = 选择
key-toggle = 勾选
key-confirm = 确认
key-start = 开始
key-finish = 完成
key-save = 保存
key-show = 显示敏感
key-clear = 清除回答
key-theme = 主题
key-up-down = 移动
key-close = 关闭

## Help overlay
help-title = 按键
help-intro = 所有操作都可以用键盘完成。方括号中的按键在输入文字时也有效。
help-global = 所有界面
help-question = 问题界面
help-lists = 列表中
help-review = 核对界面
action-help = 显示或隐藏本帮助
action-quick-exit = 快速退出：保存加密草稿，清空屏幕并关闭 lantern
action-pause = 暂停：显示中性画面，按任意键恢复
action-notes = 打开或关闭备注栏
action-next = 下一题（保留回答）
action-back = 上一题
action-next-unanswered = 下一个未回答的问题
action-review = 保存前核对：每个问题及其回答
action-sections = 跳转到某一部分
action-guidance = 显示或隐藏给您的指引和“提问原因”
action-interpreter = 口译视图：用两种语言显示问题
action-language = 更改访谈语言
action-yes = 回答“是”
action-no = 回答“否”
action-declined = 受访者选择不回答
action-dont-know = 受访者不知道
action-not-asked = 此问题未询问
action-clear = 清除此问题的回答
action-consent-check = 在朗读任何内容之前，选择由谁担任口译
action-urgent-steps = 打开目前已出现的紧急标记的应对步骤，然后回到同一个问题
action-filter = 输入文字以筛选选项
action-select = 选择（多选题：勾选或取消勾选）
action-number-keys = 按编号选择
action-confirm = 确认回答
action-show-sensitive = 显示或隐藏敏感回答
action-theme = 切换主题（默认、高对比度、单色）
action-finish = 结束筛查并查看结果

## Unlock and first run
unlock-title = 解锁
unlock-prompt = 请输入您的密码短语以解锁 lantern。
unlock-why = 进行中的筛查用此密码短语加密保存。
unlock-wrong = 密码短语不正确，请重试。
setup-title = 欢迎使用 lantern
setup-intro = lantern 会把所有进行中的筛查加密保存在这台笔记本电脑上，所用的密码短语只有您知道。现在请设置一个：由几个词组成的短语最容易记住，也最难被猜到。
setup-passphrase = 密码短语
setup-confirm = 再输入一次
setup-too-short = 密码短语至少需要 { $min } 个字符。
setup-mismatch = 两次输入的密码短语不一致。
setup-done = 密码短语已设置。请勿告诉任何人：它无法找回。
passphrase-field = 密码短语：
working = 处理中…

## Organization keys
keys-title = 尚无机构密钥
keys-explain = 已完成的筛查只会用您机构的公钥加密后保存，公钥存放在文件夹 { $folder } 中。这台电脑还没有公钥，因此无法保存筛查。
keys-how = 请向您的主管索取机构公钥（以 age1 开头），然后用以下命令添加：lantern keys add age1…
keys-trial = 按 t 创建一对测试用密钥。其私钥将写入 { $path }：私钥应放在主管的电脑上，绝不能留在外勤笔记本电脑上。
keys-trial-done = 测试密钥已创建。私钥已写入 { $path }——请把它移到主管的电脑上，并从这台电脑上删除。
keys-continue = 按 Enter 不保存继续（筛查将无法保存），或按 q 退出。
keys-no-save-warning = 没有机构密钥：本次筛查无法保存。

## Resume
resume-title = 有一次筛查被中断
resume-info = { $protocol }，开始于 { $started }，目前已有 { $answers ->
   *[other] { $answers } 个回答
}。
resume-question = 从中断处继续吗？
resume-yes = Enter：继续
resume-later = l：留待以后
resume-discard = x：丢弃
resume-discard-confirm = 确定要永久丢弃这次筛查吗？其回答将会丢失。按 y 丢弃，按其他任意键保留。
resume-unreadable = 无法打开一份草稿（{ $reason }）。已原样保留。
resume-stale = 已超过 { $limit } 天未改动，超出了您所在机构的期限。
resume-stale-offer = 有 { $count } 次筛查的等待时间超过了您所在机构保留草稿的期限（{ $limit } 天）。
resume-stale-key = o：丢弃这些筛查
resume-stale-confirm = 确定要永久丢弃这 { $count } 次超过 { $limit } 天的筛查吗？其回答将会丢失。按 y 丢弃，按其他任意键保留。
resume-stale-done = 已丢弃 { $count } 次旧的筛查。
plain-discard-stale = 输入 y 立即丢弃，输入其他内容则保留。
help-resume-discard-old = 丢弃旧的筛查
action-discard-old = 丢弃所有超过机构期限的筛查（会先询问）
action-discard-old-yes = 是，永久丢弃
resume-version-differs = 这次筛查开始时使用的是 { $protocol } 的 { $started } 版。现在安装的是 { $installed } 版。
resume-version-keep = Enter：按开始时的 { $started } 版继续
resume-version-carry = u：改用 { $installed } 版；回答会转过去，不再适用的会列出来
plain-resume-version = 输入 1 按 { $started } 版继续，输入 2 改用 { $installed } 版并转移回答。
resume-carried-title = 已转到 { $version } 版
resume-carried-all = 所有回答都已转过去。此版本新增的问题会在继续时提出。
resume-carried-some = 以下回答留在了 { $from } 版，现在不属于这次筛查。此版本新增的问题会在继续时提出。
resume-left-removed = { $question }（{ $version } 版中没有这个问题）
resume-left-changed = { $question }（问题已更改：请重新提问）
resume-carried-go-on = Enter：继续筛查
help-resume-version = 用协议的另一个版本开始的筛查
help-resume-carried = 转移筛查之后
action-resume-as-started = 按筛查开始时的协议版本继续
action-carry-over = 改用已安装的版本，并转移回答
action-go-on = 继续筛查
key-as-started = 按原版本
key-carry-over = 已安装版本
key-go-on = 继续

## Home
home-title = 开始筛查
home-protocol = 筛查方案
home-interview-language = 访谈语言（受访者）
home-worker-language = 界面语言（您）
home-worker = 工作人员标签（可选）
home-minutes = 约 { $minutes } 分钟
home-questions = { $count } 个问题
home-audience-adult = 成人
home-audience-minor = 未满 18 岁
home-audience-any = 所有人
home-not-validated = 为 lantern 依据公开的指标主题编写；并非经过验证的工具。
home-example-settings = 这些设置是 lantern 的示例。您的机构必须替换司法辖区告知和应对步骤。
home-start = Enter：开始
home-no-protocols = 在 { $folder } 中未找到筛查方案。

## Consent
consent-title = 开始之前
consent-read = 请向受访者朗读：
consent-notice = 强制报告告知（在提出任何问题之前朗读）：
consent-guidance = 给您的说明：
consent-limits = 保密的限度（您机构的文本；请按原文朗读）：
consent-limits-missing = 您的机构尚未写明保密的限度（设置：[jurisdiction] confidentiality_limits）。请不要承诺对一切保密；告诉受访者保密是有限度的，如果因为其中任何一项需要采取行动，您会事先告诉他们。
consent-confirm = 朗读完毕且受访者同意继续后，请按 Enter。Esc：返回。
consent-more = ↓ 下面还有要朗读的内容（↓ 或 PgDn）
consent-check-first = 请先选择由谁担任口译（按数字键）：在此之前不朗读任何内容。
consent-interpreter-stop = 不要朗读任何内容：这位口译员并不独立，会听到并转述全部内容。请平静地结束谈话，并安排专业口译员和一次私下交谈。
consent-confirm-stop = 结束前，请按 Enter 记录您观察到的情况（用于紧急步骤）。Esc：返回。

## Question screen
question-section = { $section }（{ $index }/{ $count }）
question-progress = 已回答 { $answered }/{ $shown }
title-elapsed = 用时 { $time }
question-read-aloud = 请朗读：
question-worker-only = 仅供您参考（请勿朗读）：
question-in-worker-language = 您的语言：
question-guidance = 指引
question-purpose = 提问原因
question-answer = 回答：
question-note-continue = Enter：继续
question-number-prompt = 请输入数字{ $unit }，然后按 Enter
question-number-range = 介于 { $min } 和 { $max } 之间
question-date-prompt = 请按 YYYY-MM-DD 格式输入日期，然后按 Enter
question-text-prompt = 请输入回答，然后按 Enter
question-choice-prompt = 用数字键或 ↑/↓ 选择，然后按 Enter
question-multiple-prompt = 用 Space 或数字键勾选，然后按 Enter
question-filter = 筛选：
question-no-match = 没有与“{ $filter }”匹配的选项。
question-invalid-number = 这不是整数。
question-invalid-date = 这不是有效日期（YYYY-MM-DD）。
question-current-answer = 当前回答：{ $answer }
question-language-changed = 访谈语言已改为 { $language }。
question-notes-title = 备注（加密保存；按 Esc 或 F4 关闭）
notes-hint = 只记录服务机构跟进所需的信息。不要记述事情经过，不要写姓名。
notes-count = { $count }/{ $max }
notes-full = 备注已满（{ $max } 个字符）：只保留服务机构跟进所需的信息。
question-urgent-banner = 紧急：{ $flags }。{ $key }：应对步骤（之后回到此问题）。
urgent-steps-title = 紧急：应对步骤
urgent-steps-back = { $key }：返回问题。
question-sections-title = 跳转到某一部分
question-language-title = 访谈语言
question-no-save = 不会保存：没有机构密钥

## Review
review-title = 保存前核对
review-summary = 已回答 { $answered }，未回答 { $unanswered }，选择不回答 { $declined }，未询问 { $not-asked }
review-unanswered = 未回答
review-finish = f：完成并查看结果   Enter：转到该问题
review-confirm-unanswered = { $count ->
   *[other] 有 { $count } 个问题没有回答。
}仍要完成吗？y：完成   其他任意键：返回

## Outcome
outcome-title = 结果
outcome-level-not_screened = 未进行筛查：无法安全进行
outcome-level-no_indicators = 所询问的内容中未出现指标
outcome-level-indicators_present = 存在指标：提供转介
outcome-level-full_assessment = 存在指标：提供转介和全面评估
outcome-level-urgent = 紧急：请立即按应对步骤处理
outcome-not-determination = 这是筛查结果，不是对任何人的认定。
outcome-indicators = 指标
outcome-urgent = 紧急
outcome-response-steps = 应对步骤
outcome-org-steps = 您机构的步骤
outcome-contacts = 联系方式
outcome-none = 无
outcome-next = Enter：需求和后续步骤

## Needs
needs-title = 需求和后续步骤
needs-intro = 以下是所出现的需求。请与受访者一起商定下一步；由受访者做选择。
needs-none = 回答中未出现需求。热线始终是一个选择。
needs-hotline = 如果没有合适的本地资源：{ $name } { $phone }
needs-next = Enter：保存

## Save
save-title = 保存
save-explain = 记录将用{ $count ->
   *[other] 您机构的 { $count } 个密钥
}加密。这台电脑无法再读取它。
save-confirm = Enter：加密保存   Esc：返回
save-done = 已保存。记录已加密，正在发件箱中等待同步。
save-draft-deleted = 本次筛查的草稿已删除。
save-failed = 无法保存记录：{ $reason }
save-no-keys = 无法保存本次筛查：没有机构密钥。未写入任何内容。
save-home = Enter：返回开始界面

## Pause and lock
pause-line = 慢慢深呼吸。准备好后按任意键。
lock-title = 已锁定
lock-explain = 由于 { $minutes } 分钟无操作，lantern 已锁定。
lock-prompt = 请输入密码短语以继续。

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
language-in-text-en = 英语
language-in-text-es = 西班牙语
language-in-text-zh-Hans = 中文（简体）
language-in-text-vi = 越南语
language-in-text-tl = 他加禄语
language-in-text-ko = 韩语
language-in-text-pt-BR = 葡萄牙语（巴西）
language-in-text-ht = 海地克里奥尔语
language-in-text-ru = 俄语
language-in-text-pt = 葡萄牙语
language-in-text-fr = 法语

## Plain mode (screen readers)
plain-intro = lantern，纯文本模式。输入选项编号并按 Enter。输入 h 查看帮助，输入 q 退出。
ui-language-missing = lantern 还没有 { $tag } 的翻译：现以{ $shown }显示。
plain-help = 在任何问题处：y 是，n 否，d 不回答，k 不知道，s 未询问，b 返回，r 核对，! 紧急应对步骤，h 帮助，q 退出并保留草稿。
plain-urgent-now = 紧急：请立即按以下应对步骤处理。
plain-urgent-none = 尚未出现任何紧急标记。
plain-urgent-continue = 在任何问题处输入 ! 即可再次听到这些步骤。
plain-help-notes = 备注：输入 + 和文字即可添加到备注（加密保存）；只输入 + 显示备注。只记录服务机构跟进所需的信息：不要记述事情经过，不要写姓名。
plain-note-added = 已添加到备注（加密保存）。
plain-notes-now = 目前的备注：
plain-notes-none = 还没有备注。
plain-worker-label = 工作人员标签（可选；按 Enter 跳过）：
plain-choose-protocol = 选择筛查方案：
plain-choose-language = 访谈语言：
plain-question = 第 { $index } 题，共 { $count } 题：
plain-choices = 选项：
plain-multiple-hint = 输入所有适用选项的编号，用空格分隔。
plain-invalid = 无法理解您的输入。输入 h 查看帮助。
plain-saved = 已加密保存。
plain-quit = 已停止。草稿已加密保留。
plain-passphrase = 密码短语：
plain-continue = 按 Enter 继续。

## Answer problems
error-too-small = 数字不能小于 { $min }。
error-too-large = 数字不能大于 { $max }。
error-too-long = 回答超过了 { $max } 个字符。
error-empty = 回答为空：请改用“不回答”或“不知道”。
error-exclusive = 此选项不能与其他选项同时选择。

## Service categories (needs)
category-emergency_shelter = 紧急庇护
category-housing = 住房
category-case_management = 个案管理
category-legal_immigration = 移民法律援助
category-legal_criminal_record = 犯罪记录法律援助
category-legal_labor_civil = 劳动和民事法律援助
category-medical = 医疗服务
category-behavioral_health = 心理健康
category-substance_use = 物质使用支持
category-economic_empowerment = 就业和收入
category-education = 教育
category-interpretation = 口译
category-transportation = 交通
category-basic_needs = 基本生活需求
category-child_welfare = 儿童福利
category-hotline = 热线

## Plain mode, more
plain-review = 输入 f 完成，输入问题编号进行修改，或输入 v 朗读或隐藏敏感回答（请使用耳机）。
plain-save = 输入 y 保存加密记录，或输入 q 停止并保留草稿。
plain-resume = 输入 1 继续，输入 2 留待以后，输入 3 丢弃。
plain-answer-prompt = 回答：
plain-unanswered-confirm = 部分问题尚未回答。输入 y 仍然完成。

## Referrals
referrals-title = 转介
referrals-intro = 来自本地服务目录的建议，按需求列出。由受访者选择；未经其同意，不会分享任何信息。
referrals-minor = 未满 18 岁：优先考虑青少年服务。请遵循开始时朗读的强制报告告知。
referrals-minor-read-now = 未满 18 岁：请现在、在做任何其他事情之前，向受访者朗读下面的强制报告告知。优先考虑青少年服务。
referrals-not-screened = 筛查在能够安全进行之前就已停止。不要朗读转介说明，也不要询问是否可以分享信息：这些话会被他人听到或转述。请安排一次私下谈话，如有需要请独立的口译员协助；如果安全，请提供一个不引人注意的方式，让对方能联系到您或热线。
referrals-need = { $need }
referrals-none = 目录中没有符合此需求的服务。
referrals-choose = Enter：选择   →：前往保存   /：筛选   x：取消选择
referrals-chosen = 已选
referrals-count = { $count ->
   *[other] 已选 { $count } 项转介
}
referrals-law-enforcement = e：受访者要求执法部门的服务
referrals-law-enforcement-on = 已包含执法部门的服务：受访者提出了要求。
plain-referrals = 请输入受访者选择的服务编号（例如 1 3），若不选择请直接按 Enter：
referral-consent-title = 转介与同意
referral-handoff = { $register ->
    [informal] 请向受访者朗读：“{ $service } 可以帮到你。我可以现在和你一起给他们打电话，也可以把他们的电话号码给你。要告诉他们哪些关于你的事，由你决定。”
   *[formal] 请向受访者朗读：“{ $service } 可以帮到您。我可以现在和您一起给他们打电话，也可以把他们的电话号码给您。要告诉他们哪些关于您的事，由您决定。”
}
referral-handoff-why = 推荐原因（仅供您参考；请勿朗读）：{ $reasons }
referral-consent-question = { $register ->
    [informal] 我们可以和他们分享关于你的信息吗？
   *[formal] 我们可以和他们分享关于您的信息吗？
}
referral-consent-scope = 口头同意：仅同意由您直接把受访者引荐给这一家服务机构，有效期至 { $until }。这不是书面授权：任何能识别受访者身份的信息，都必须先取得受访者签字并注明期限的书面授权才能分享。
referral-consent-yes = y：可以，我们可以分享必要的信息
referral-consent-no = n：不可以，不分享任何信息（由受访者自行联系）
referral-consent-limited = l：只分享受访者说的内容（请输入）
referral-limited-prompt = 可以分享的内容（用受访者自己的话）：
referral-phone = 电话：{ $phone }
reason-also-covers = 也涵盖{ $category }
reason-speaks = 会说{ $language }
reason-interpretation = 提供口译
reason-24-7 = 24/7 全天开放
reason-open-now = 目前开放
reason-youth = 面向青少年
reason-trafficking = 有服务人口贩运幸存者的经验
reason-no-id = 无需身份证件
reason-no-status = 无需移民身份
reason-no-sobriety = 不要求戒酒戒毒
reason-lgbtq = 友善接纳 LGBTQ+ 人士
reason-distance = 距离 { $km } 公里
reason-hotline = 没有合适的本地服务：全国热线
reason-wanted-lgbtq = 友善接纳 LGBTQ+ 人士，符合受访者的要求
reason-wanted-accessible = 说明了无障碍情况，符合受访者的要求
reason-wanted-women = 为女性提供服务，符合受访者的要求
reason-wanted-men = 为男性提供服务，符合受访者的要求
reason-wanted-nonbinary = 欢迎非二元性别人士，符合受访者的要求
misfit-language = 没有会说{ $language }的工作人员
misfit-closed = 目前未开放
misfit-inferred = 类别是根据其描述推断的
misfit-ages = 仅限 { $from }–{ $to } 岁：请核实受访者的年龄
misfit-ages-from = 仅限 { $from } 岁及以上：请核实受访者的年龄
misfit-ages-to = 仅限 { $to } 岁及以下：请核实受访者的年龄
misfit-serves-only = 仅为{ $who }提供服务
misfit-serves-women = 女性
misfit-serves-men = 男性
misfit-serves-nonbinary = 非二元性别人士
misfit-wanted-lgbtq = 未说明是否友善接纳 LGBTQ+ 人士
misfit-wanted-accessible = 未说明无障碍情况
misfit-wanted-women = 未说明是否为女性提供服务
misfit-wanted-men = 未说明是否为男性提供服务
misfit-wanted-nonbinary = 未说明是否欢迎非二元性别人士
referral-eligibility = 资格条件：{ $text }

# Read by the program and by reviewers: the value stays "draft" until a native speaker has reviewed this file.
translation-status = draft

## Keys, help and problems
key-next-field = 下一栏
key-quit = 退出
key-unlock = 解锁
key-continue = 继续
key-trial = 测试密钥
key-resume = 继续
key-later = 以后
key-discard = 丢弃
key-discard-yes = 丢弃
key-keep = 保留
key-cancel = 取消
key-home = 返回开始
key-share-yes = 可以分享
key-share-no = 不分享
key-share-limited = 只分享所说内容
action-up = 上移
action-down = 下移
action-page-up = 向上翻一页
action-page-down = 向下翻一页
action-scroll-up = 向上滚动
action-scroll-down = 向下滚动
action-close = 关闭
action-cancel = 取消
action-quit = 退出 lantern
action-next-field = 下一栏
action-prev-field = 上一栏
action-setup-confirm = 转到下一栏，然后设置密码短语
action-unlock = 用密码短语解锁
action-trial-key = 创建一对测试密钥（仅用于试用 lantern，切勿用于真实筛查）
action-continue-without-saving = 在没有机构密钥的情况下继续（无法保存任何内容）
action-resume = 从中断处继续所选的筛查
action-later = 留待以后，并返回开始界面
action-discard = 丢弃所选的筛查（会先确认）
action-discard-yes = 是，永久丢弃
action-discard-no = 否，保留
action-start = 用所选的筛查方案和语言开始筛查
action-home-up = 上一个筛查方案，或更改语言
action-home-down = 下一个筛查方案，或更改语言
action-home-left = 更改语言
action-home-right = 更改语言
action-consent = 已朗读说明且受访者同意：进入问题
action-consent-back = 返回开始界面（未保存任何内容）
action-filter-clear = 清除筛选
action-review-go = 转到该问题以修改回答
action-review-back = 返回最后一个问题
action-urgent-back = 关闭应对步骤，回到问题
action-finish-anyway = 即使部分问题没有回答也完成
action-finish-not-yet = 暂不完成：返回核对
action-to-referrals = 前往转介
action-outcome-back = 返回核对以修改回答（筛查将重新打开）
action-referral-choose = 选择此服务（转介说明和分享同意）
action-to-save = 前往保存
action-filter-services = 输入文字以筛选服务
action-law-enforcement = 受访者要求执法部门的服务（仅在此时显示）
action-referral-remove = 取消此选择
action-referrals-back = 返回结果
action-share-yes = 受访者同意：我们可以分享必要的信息
action-share-no = 不分享任何信息；由受访者自行联系该服务
action-share-limited = 只分享受访者说的内容（请输入）
action-share-confirm = 记录可以分享的内容
action-save = 保存加密记录
action-save-back = 返回转介
action-saved-home = 返回开始界面，进行下一次筛查
action-section-go = 转到此部分
action-language-choose = 从现在起使用此访谈语言
action-notes-close = 关闭备注（备注已加密保存）
action-delete-back = 删除光标前的字符
action-delete-forward = 删除光标处的字符
action-cursor-left = 光标左移
action-cursor-right = 光标右移
action-cursor-home = 光标移到开头
action-cursor-end = 光标移到末尾
action-type = 在输入栏中输入
keys-letters = 字母、数字、Space
help-setup = 首次启动：密码短语
help-unlock = 解锁
help-no-keys = 没有机构密钥
help-resume = 被中断的筛查
help-resume-discard = 丢弃筛查
help-home = 开始筛查
help-consent = 同意
help-review-finish = 在部分问题未回答时完成
help-outcome = 结果
help-referrals = 转介
help-referrals-stopped = 中止后的转介
help-referral-consent = 同意为转介分享信息
help-save = 保存
help-saved = 已保存
help-help = 本帮助
help-notes = 备注
help-sections = 跳转到某一部分
help-language = 访谈语言
help-urgent = 紧急应对步骤
help-locked = 已锁定
help-text-field = 在任何输入栏中
home-draft-language = { $language }（翻译草稿）
question-in-worker-language-named = 您的语言（{ $language }）：
plain-not-saved = 在成功保存之前，最近的回答只在 lantern 运行期间保留。
problem-empty = 没有输入任何内容。
problem-answer-first = 请先回答，或记录受访者选择不回答或不知道。
problem-choose-first = 请用数字键选择，或先用 ↑/↓ 移到某个选项。
problem-empty-hint = 请输入回答，或记录受访者选择不回答或不知道。
problem-not-yes-no = 请回答“是”或“否”。
problem-number-hint = 只能输入数字，例如 40。
problem-date-hint = 例如 2025-03-31（年、月、日）。
problem-no-such-choice = 没有选项 { $choice }。
problem-no-such-choice-hint = 请输入显示的编号之一。
problem-note = 这是给您的说明，无需回答。
problem-wrong-kind = 这种回答不适用于此问题。
problem-consent-first = 请先朗读同意说明：任何问题都不能在它之前提出。
problem-hidden = 根据目前的回答，不会询问此问题。
problem-hidden-hint = 之前的某个回答关闭了此问题；修改那个回答即可重新打开它。
problem-unknown-language = 此筛查方案没有 { $language } 的文本。
problem-finished = 本次筛查已完成。
problem-not-finished = 本次筛查尚未完成。
problem-protocol-changed = 自本次筛查开始以来，筛查方案 { $protocol } 已更改。
problem-protocol-changed-hint = 请向您的主管索取该筛查方案的早期版本，以完成本次筛查。
problem-not-available = 此操作目前不可用。
problem-bad-keys = keys/ 中有一个文件包含不是公钥的行。
problem-bad-keys-hint = `lantern keys list` 会显示是哪个文件的哪一行。
problem-bad-identity = 无法读取身份文件。
problem-encrypt = 无法加密记录。
problem-unreadable = 无法打开此文件：文件已损坏，或是用另一个密钥加密的。
problem-device-key-exists = 这台笔记本电脑已有设备密钥；lantern 绝不会替换它。
problem-locked = lantern 已锁定：请先输入密码短语。
problem-disk-full = 磁盘已满：无法写入任何新内容。
problem-disk-full-hint = 请在这台笔记本电脑上腾出一些空间，然后重试。
problem-permission = lantern 无权写入 { $folder }。
problem-permission-hint = 请确认该文件夹属于您，且不是只读的。
problem-not-found = 文件夹 { $folder } 不存在。
problem-io = 无法读取或写入 { $folder } 中的某个文件。
problem-io-hint = 请检查磁盘和文件夹，然后重试。
problem-protocol-gone = 本次筛查所用的筛查方案 { $protocol } 已不再安装。
problem-protocol-gone-hint = 请把该筛查方案文件放回 screening/ 中，以继续本次筛查。
key-change = 更改

## Start-up
startup-private-key = lantern 不会开始筛查：此设备上有一个私钥，位于：
startup-private-key-fix = 任何拿到这台笔记本电脑的人都能读取它保存的记录。请把该文件移出此设备（它应由您的主管保管），告诉主管必须更换该密钥，然后重新启动 lantern。`lantern keys check` 会显示在哪里找到了密钥。
drafts-already-saved = { $count ->
   *[other] 有 { $count } 次筛查在保存后立即被中断，留下了草稿：记录已在发件箱中，草稿已删除。
}
quick-exit-unsaved = lantern 已关闭，但最后的回答未能保存（磁盘可能已满）：草稿保留了之前保存的内容。再次启动 lantern 之前，请先释放一些空间。
problem-symlink = { $path } 是指向别处的链接。lantern 不会跟随其数据文件夹中的链接：可能有人想让它写到别的地方。
problem-symlink-hint = 删除该链接（您的主管可以帮忙），然后重新启动 lantern。
folder-loosened = { $count ->
   *[other] 这台电脑上的其他账户可以打开 lantern 数据文件夹中的 { $count } 个项目；lantern 已将它们重新设为私有。
}
folder-drafts-without-key = 这台笔记本上有进行中的筛查，但打开它们的密钥不见了：可能有人移动或删除了它。在设置新密码短语之前请告诉您的主管（新的密码短语无法打开旧草稿）。
folder-drafts-without-outbox = 这台笔记本上有进行中的筛查，但发件箱文件夹不见了：等待发送的已保存记录可能被移走了。请告诉您的主管。
folder-not-a-file = { $path } 不是文件；lantern 已将其略过。
setup-guessable = 这个密码短语是任何人都会最先尝试的（重复的同一字符、连续序列、键盘上的一行或常见密码）。
setup-guessable-hint = 请选择几个只对您有意义的词，例如三四个互不相关的词。
unlock-wait = 连续输错密码短语的次数太多：请等待 { $seconds } 秒后再试。

## lantern sync（命令行）
sync-to = 正在把发件箱发送到 { $target }
sync-nothing = 发件箱是空的：没有要发送的内容。
sync-progress = 第 { $done } 条，共 { $total } 条记录（{ $kb } / { $kb_total } KB，每秒 { $rate } 条）
sync-summary = 已发送：{ $sent }。已在目标中：{ $already }。冲突：{ $conflicts }。失败：{ $failed }。未尝试：{ $untried }。
sync-summary-dry-run = 没有发送或删除任何内容（试运行）。将发送：{ $would }。已在目标中：{ $already }。冲突：{ $conflicts }。失败：{ $failed }。
sync-file-conflict = { $file }：目标中有一个同名但内容不同的文件。本机上的副本已保留。
sync-file-failed = { $file }：无法发送。本机上的副本已保留。
sync-conflict-hint = 请把每个冲突告诉您的主管，不要自己删除本机上的副本。
sync-failed-transient = 目标停止了响应。
sync-failed-transient-hint = 没有丢失任何内容。网络好转后请再同步一次。
sync-failed-missing = 找不到目标：驱动器插好了吗？存储桶或文件夹的名称对吗？
sync-failed-missing-hint = 没有丢失任何内容。请插好驱动器或更正目标，然后再同步一次。
sync-failed-denied = 目标拒绝了：没有写入权限，或访问密钥错误或已过期。
sync-failed-denied-hint = 没有丢失任何内容。请主管检查访问密钥以及文件夹或存储桶的权限。
sync-failed-full = 目标已满。
sync-failed-full-hint = 没有丢失任何内容。请在目标上腾出空间或换一个目标，然后再同步一次。
sync-failed-unreachable = 无法连接目标：没有网络、地址错误，或其证书被拒绝。
sync-failed-unreachable-hint = 没有丢失任何内容。请检查网络和地址，稍后再同步一次。
sync-failed-other = 有些记录无法发送。
sync-failed-other-hint = 没有丢失任何内容：它们仍在本机上。请再同步一次；如果仍然失败，请告诉您的主管。
sync-no-target = 没有指定目标。请用 --to 指定文件夹、s3://BUCKET/PREFIX 或 WebDAV 的 https:// 地址，或在设置中设定 sync.default。
sync-no-bucket = s3:// 目标需要存储桶名称：s3://BUCKET/PREFIX。
sync-insecure = 已拒绝：只有发往本机时记录才可以不加密传输（http://）。请使用 https:// 地址。
sync-bad-ca = 设置中指定的证书包无法读取，或不是 PEM 格式。
sync-bad-target = 无法使用这个目标：请检查设置或命令行中的地址。
sync-credentials-too-open = 已拒绝：本机上的其他帐户可以读取设置中指定的凭据文件。请把它设为私有（chmod 600），然后再同步一次。
sync-credentials-bad = 无法读取访问密钥：凭据文件不存在或无法读取，或其中没有包含此配置文件两个密钥的部分。
sync-credentials-none = 没有找到存储桶的访问密钥：请向主管索取这台电脑的密钥（设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY，或在设置中指定凭据文件）。

## Send records: the sync screen and plain mode
sync-title = 发送记录
key-sync = 发送记录
key-send = 发送
action-sync = 把已保存的记录发送给机构（U 盘、存储桶或共享文件夹）
action-sync-send = 把记录发送到所选位置
action-sync-back = 返回开始界面，不发送任何内容
action-sync-done = 返回开始界面
help-sync = 发送记录
help-sync-done = 记录已发送
sync-waiting = { $count ->
    [0] 发件箱中没有等待发送的记录。
   *[other] 发件箱中有 { $count } 条记录等待发送（{ $kb } KB）。
}
sync-choose = 发送到：
sync-default = { $target }（默认）
sync-other-folder = 一个文件夹：在下面输入它的路径（例如 U 盘）
sync-no-targets = 设置中没有配置发送位置：请输入 U 盘上的文件夹，或请主管配置一个。
sync-running = 正在逐条发送并核对记录。即使中途停止，也不会丢失任何内容：稍后再发送即可。
sync-done-ok = 所有记录都已发送并核对；这台电脑上的副本已删除。
sync-journal-failed = 没有发送任何内容：这台电脑无法写入发送日志。请检查这台电脑的剩余空间，然后重试。
plain-sync-option = s) 发送已保存的记录（{ $count } 条等待中）
plain-sync-choose = 发送到哪里？输入编号，或 U 盘上的文件夹（输入 q 返回）：
plain-sync-sending = 正在发送到 { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = 练习：虚构的人物。不会保存任何内容，也不会发送任何内容。
practice-choose = 选择一个练习情景：
practice-solo-intro = 单人练习：在每个问题处，输入 a 提出问题并听取受访者的回答，然后像平时一样记录回答（y、n、数字、d 不回答、k 不知道）。输入 b 返回上一题，输入 q 结束练习并显示练习总结。
practice-hotline = 这是一通电话：请像真实通话时一样注意时间（练习总结会显示每个部分所用的时间）。
practice-answer-prompt = 回答（输入 a 向受访者提问）：
practice-person-says = 受访者：{ $reply }
practice-no-reply = 此情景在这里没有预设的回答：请按受访者可能会说的内容作答。
practice-keep = 如要把这份练习总结保存为 Markdown 文件（仅含虚构数据），请输入 y；按 Enter 跳过：
practice-keep-name = 文件名 [{ $default }]：
practice-kept = 练习总结已保存。其中只有虚构数据。
practice-card-title = 练习：人物卡（虚构的人物；供扮演该人物的练习伙伴使用）
debrief-title = 练习总结
debrief-fictional = 与虚构人物进行的练习。此文件只包含虚构数据：没有真实的人，也没有真实的记录。
debrief-score-heading = 得分
debrief-score = { $points } 分（满分 { $max } 分）
debrief-score-note = 得分用于比较同一情景的多次练习。它衡量的是练习本身，绝不是练习的人。
debrief-score-consent = 在提出任何问题之前确认同意
debrief-score-checks = 先确认由谁口译、能否私下交谈以及您观察到的情况
debrief-score-answers = 按受访者给出的回答如实记录
debrief-score-indicators = 发现的指标
debrief-score-outcome = 达到良好筛查应有的结果
debrief-score-declines = 尊重受访者不回答的选择
debrief-score-urgent = 针对紧急情况采取应对步骤
debrief-conduct-heading = 练习过程
debrief-consent-first = 在受访者回答任何问题之前，已确认同意。
debrief-checks-first = 首先确认了由谁口译、受访者能否私下交谈以及您观察到的情况。
debrief-declines-respected = 受访者选择不回答的问题，都没有再追问。
debrief-pressured = 受访者选择不回答后又再次询问：{ $question }
debrief-urgent-not-acted = 出现紧急情况，但未打开其应对步骤：{ $flag }
debrief-outcome = 结果：{ $reached }（良好的筛查应达到：{ $expected }）
debrief-results-heading = 指标、需求和紧急标记
debrief-indicators = 指标
debrief-needs = 需求
debrief-urgent = 紧急标记
debrief-found = 已发现：
debrief-missed = 遗漏：
debrief-extra = 预期之外：
debrief-none = 无
debrief-answers-heading = 回答
debrief-answer-different = 记录为 { $recorded }；受访者说的是 { $expected }
debrief-answer-not-recorded = 未记录；受访者会说 { $expected }
debrief-answer-not-reached = 未问到（受访者会说 { $expected }）
debrief-time-heading = 各部分用时
debrief-persona-heading = 受访者（虚构）
practice-summary-none = { $dir } 中没有保存的练习总结。练习者在练习结束时保存（输入 y），再复制到这里。
practice-summary-title = 班级练习汇总：{ $dir } 中有 { $files } 份练习总结
practice-summary-scenario = { $title }：{ $attempts } 次练习，平均 { $mean } 分（最低 { $lowest }，最高 { $highest }，满分 { $max }）
practice-summary-missed-heading = 最常遗漏的：
practice-summary-missed = { $item }：{ $attempts } 次中有 { $count } 次
practice-badge = 练习
practice-scenarios = 用于筛查练习的虚构人物
practice-setting-hotline = 电话
practice-setting-outreach = 面对面
practice-ask-hint = 按 a 向受访者提出这个问题；然后像平时一样记录回答。
practice-reply-heading = 受访者说
practice-will-keep = 离开练习时，练习总结将保存为 Markdown 文件。
action-practice-start = 对这位虚构人物进行筛查
action-practice-quit = 离开练习
action-practice-end = 结束练习并查看练习总结
action-practice-ask = 向受访者提出这个问题（回答显示在下方）
action-practice-keep = 把这份练习总结保存为 Markdown 文件（仅含虚构数据）
action-practice-again = 返回练习场景
key-end = 结束
key-ask = 提问
key-again = 再练
help-practice-picker = 练习：选择人物
help-practice-consent = 练习：知情同意
help-practice-question = 练习：一个问题
help-practice-debrief = 练习：练习总结
practice-kept-as = 练习总结已保存为 { $file }（仅含虚构数据）。
practice-done = 所有问题都已完成。如有紧急情况，请打开紧急应对步骤（!），然后按 Enter 进入转介（按 Esc 直接查看练习总结）。
help-practice-done = 练习：结束
key-urgent = 紧急步骤
practice-multiple-prompt = 用数字键勾选，然后按 Enter。
action-practice = 与虚构人物练习（无需密钥，不保存任何内容）
key-practice = 练习
action-practice-role-play = 角色扮演：搭档根据打印的人物卡扮演受访者
key-role-play = 角色扮演
practice-role-play-hint = 角色扮演：由搭档按人物卡扮演受访者回答（用 lantern practice card ID 打印人物卡）。
practice-role-play-intro = 角色扮演：搭档根据打印的人物卡扮演受访者（lantern practice card ID）。请大声提出每个问题，并像平时一样记录回答。输入 b 返回上一题，输入 q 结束练习并显示练习总结。

## 练习：转介
debrief-score-referrals = 针对发现的需求提供转介
debrief-referrals-heading = 转介
debrief-referral-service = { $service }（分享：{ $consent ->
        [yes] 必要的信息
        [limited] 仅限当事人所说的内容
       *[no] 不分享；由当事人自行联系
    }）
debrief-referral-offered = { $need }：{ $services }
debrief-referral-not-offered = { $need }：未提供任何服务，尽管服务目录中有相应的服务
debrief-referral-not-found = { $need }：未提供任何服务；该需求未被发现，因此无可提供
debrief-referral-nothing-local = { $need }：服务目录中没有针对此需求的服务（仍值得提供热线或日后再联系的方式）
debrief-referral-other = 另外提供：{ $services }
debrief-referral-missed = 未提供转介：{ $need }
debrief-referrals-none-expected = 此人不需要转介；提供信息和日后再联系的方式仍是良好做法。
debrief-referrals-stopped = 筛查已停止，没有朗读或提供任何内容：这是正确的，因为所说的任何话都可能被听到或转述。
debrief-referrals-not-reached = 未进入转介步骤：练习在此之前已结束。
action-practice-referrals = 进入转介（提供服务，征求分享同意）
key-referrals = 转介
action-practice-to-debrief = 结束练习并查看练习总结
key-debrief = 练习总结
action-practice-referrals-back = 返回问题
help-practice-referrals = 练习：转介
help-practice-referrals-stopped = 练习：停止后的转介
practice-invalid = 无法理解您的输入。请输入上面显示的字母或数字之一。
