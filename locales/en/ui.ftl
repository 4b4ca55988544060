# lantern user interface: English (the reference; every other language translates these ids).
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = yes
no = no
answer-yes = Yes
answer-no = No
answer-declined = Declined
answer-dont-know = Don't know
answer-not-asked = Not asked
answer-none = (none of these)
answer-unanswered = not answered
answer-hidden = ••• (sensitive, press v to show)
continue = Continue
cancel = Cancel
back = Back
error-prefix = Problem:

## Hint bar and keys
key-help = help
key-quick-exit = quick exit
key-pause = pause
key-notes = notes
key-next = next
key-back = back
key-review = review
key-sections = sections
key-guidance = guidance
key-interpreter = interpreter view
key-language = interview language
key-yes = yes
key-no = no
key-declined = declined
key-dont-know = don't know
key-not-asked = not asked
key-filter = filter
key-select = select
key-toggle = toggle
key-confirm = confirm
key-start = start
key-finish = finish
key-save = save
key-show = show sensitive
key-clear = clear answer
key-theme = theme
key-up-down = move
key-close = close
key-change = change
key-next-field = next field
key-quit = quit
key-unlock = unlock
key-continue = continue
key-trial = trial key
key-resume = resume
key-later = later
key-discard = discard
key-discard-yes = discard
key-keep = keep it
key-cancel = cancel
key-home = back to the start
key-share-yes = may share
key-share-no = share nothing
key-share-limited = only what the person says

## Help overlay
help-title = Keys
help-intro = Every action works from the keyboard. Keys in brackets work while typing too.
help-global = On every screen
help-question = On a question
help-lists = In lists
help-review = In the review
action-help = Show or hide this help
action-quick-exit = Quick exit: save the encrypted draft, clear the screen and close lantern
action-pause = Pause: show a neutral screen until a key is pressed
action-notes = Open or close the notes pane
action-next = Next question (keeps the answer)
action-back = Previous question
action-next-unanswered = Next question without an answer
action-review = Check before saving: every question and its answer
action-sections = Jump to a section
action-guidance = Show or hide the worker guidance and "why we ask"
action-interpreter = Interpreter view: the question in both languages
action-language = Change the interview language
action-yes = Answer yes
action-no = Answer no
action-declined = The person declined to answer
action-dont-know = The person does not know
action-not-asked = The question was not asked
action-clear = Remove the answer to this question
action-consent-check = Choose who is interpreting, before anything is read
action-urgent-steps = Open the response steps of the urgent flags raised so far, then come back to the same question
action-filter = Filter the choices by typing
action-select = Choose (multiple choice: tick or untick)
action-number-keys = Choose by number
action-confirm = Confirm the answer
action-show-sensitive = Show or hide sensitive answers
action-theme = Switch theme (default, high contrast, monochrome)
action-finish = Finish the screening and see the outcome
action-up = Move up
action-down = Move down
action-page-up = Scroll up a page
action-page-down = Scroll down a page
action-scroll-up = Scroll up
action-scroll-down = Scroll down
action-close = Close
action-cancel = Cancel
action-quit = Quit lantern
action-next-field = Next field
action-prev-field = Previous field
action-setup-confirm = Next field, then set the passphrase
action-unlock = Unlock with the passphrase
action-trial-key = Create a trial key pair (for trying lantern out, never for real screenings)
action-continue-without-saving = Continue without an organization key (nothing can be saved)
action-resume = Resume the chosen screening where it stopped
action-later = Keep it for later and go to the start
action-discard = Discard the chosen screening (asks first)
action-discard-yes = Yes, discard it for good
action-discard-no = No, keep it
action-start = Start the screening with the protocol and languages chosen
action-home-up = Previous protocol, or change the language
action-home-down = Next protocol, or change the language
action-home-left = Change the language
action-home-right = Change the language
action-consent = The script was read and the person agrees: on to the questions
action-consent-back = Back to the start (nothing was saved)
action-filter-clear = Clear the filter
action-review-go = Go to the question to change its answer
action-review-back = Back to the last question
action-urgent-back = Close the response steps and go back to the question
action-finish-anyway = Finish although some questions have no answer
action-finish-not-yet = Not yet: back to the review
action-to-referrals = On to the referrals
action-outcome-back = Back to the review to change an answer (the screening opens again)
action-referral-choose = Choose this service (hand-off script and consent to share)
action-to-save = On to saving
action-filter-services = Filter the services by typing
action-law-enforcement = The person asks for law-enforcement services (shown only then)
action-referral-remove = Remove this choice
action-referrals-back = Back to the outcome
action-share-yes = The person agrees: we may share what is needed
action-share-no = Nothing may be shared; the person contacts the service
action-share-limited = Only what the person says may be shared (type it)
action-share-confirm = Record what may be shared
action-save = Save the encrypted record
action-save-back = Back to the referrals
action-saved-home = Back to the start, for the next screening
action-section-go = Go to this section
action-language-choose = Use this interview language from now on
action-notes-close = Close the notes (they are saved encrypted)
action-delete-back = Delete the character before the cursor
action-delete-forward = Delete the character at the cursor
action-cursor-left = Move the cursor left
action-cursor-right = Move the cursor right
action-cursor-home = Move the cursor to the start
action-cursor-end = Move the cursor to the end
action-type = Type into the field
keys-letters = letters, digits, Space
help-setup = First start: the passphrase
help-unlock = Unlock
help-no-keys = No organization key
help-resume = An interrupted screening
help-resume-discard = Discarding a screening
help-home = Start a screening
help-consent = Consent
help-review-finish = Finishing with questions unanswered
help-outcome = The outcome
help-referrals = Referrals
help-referrals-stopped = Referrals after a stop
help-referral-consent = Consent to share a referral
help-save = Save
help-saved = Saved
help-help = This help
help-notes = Notes
help-sections = Jump to a section
help-language = Interview language
help-urgent = Urgent response steps
help-locked = Locked
help-text-field = In any text field

## Unlock and first run
unlock-title = Unlock
unlock-prompt = Enter your passphrase to unlock lantern.
unlock-why = Screenings in progress are kept encrypted with this passphrase.
unlock-wrong = That passphrase is not right. Try again.
setup-title = Welcome to lantern
setup-intro = lantern keeps any screening in progress encrypted on this laptop, with a passphrase only you know. Choose one now: a few words are easiest to remember and hardest to guess.
setup-passphrase = Passphrase
setup-confirm = Type it again
setup-too-short = The passphrase needs at least { $min } characters.
setup-mismatch = The two passphrases are not the same.
setup-done = Passphrase set. Keep it to yourself: nobody can recover it.
passphrase-field = Passphrase:
working = Working…

## Organization keys
keys-title = No organization key yet
keys-explain = Finished screenings are saved only encrypted to your organization's public key, kept in the folder { $folder }. This laptop has none yet, so screenings cannot be saved.
keys-how = Ask your supervisor for the organization's public key (it starts with age1) and add it with: lantern keys add age1…
keys-trial = Press t to create a trial key pair for testing. Its private part will be written to { $path }: it belongs on the supervisor's machine, never on a field laptop.
keys-trial-done = Trial key created. Private key written to { $path } — move it to the supervisor's machine and delete it from this laptop.
keys-continue = Press Enter to continue without saving (screenings cannot be saved), or q to quit.
keys-no-save-warning = No organization key: this screening cannot be saved.

## Resume
resume-title = A screening was interrupted
resume-info = { $protocol }, started { $started }, { $answers ->
    [one] 1 answer
   *[other] { $answers } answers
} so far.
resume-question = Resume it where it stopped?
resume-yes = Enter: resume
resume-later = l: keep it for later
resume-discard = x: discard it
resume-discard-confirm = Discard this screening for good? Its answers will be lost. Press y to discard, any other key to keep it.
resume-unreadable = A draft could not be opened ({ $reason }). It was kept as it is.
resume-stale = Untouched for more than { $limit ->
    [one] a day
   *[other] { $limit } days
}, your organization's limit.
resume-stale-offer = { $count ->
    [one] One screening has waited longer than your organization keeps drafts ({ $limit ->
        [one] 1 day
       *[other] { $limit } days
    }).
   *[other] { $count } screenings have waited longer than your organization keeps drafts ({ $limit ->
        [one] 1 day
       *[other] { $limit } days
    }).
}
resume-stale-key = { $count ->
    [one] o: discard it
   *[other] o: discard them
}
resume-stale-confirm = { $count ->
    [one] Discard the screening older than { $limit } days for good? Its answers will be lost. Press y to discard it, any other key to keep it.
   *[other] Discard the { $count } screenings older than { $limit } days for good? Their answers will be lost. Press y to discard them, any other key to keep them.
}
resume-stale-done = { $count ->
    [one] One old screening was discarded.
   *[other] { $count } old screenings were discarded.
}
plain-discard-stale = Type y to discard them now, anything else to keep them.
help-resume-discard-old = Discarding old screenings
action-discard-old = Discard every screening older than your organization's limit (asked first)
action-discard-old-yes = Yes, discard them for good
resume-version-differs = This screening was started with version { $started } of { $protocol }. Version { $installed } is installed now.
resume-version-keep = Enter: go on with version { $started }, as it was started
resume-version-carry = u: use version { $installed }; the answers are carried over and anything that no longer fits is listed
plain-resume-version = Type 1 to go on with version { $started }, 2 to use version { $installed } with the answers carried over.
resume-carried-title = Carried over to version { $version }
resume-carried-all = Every answer was carried over. Questions new in this version are asked as you go on.
resume-carried-some = These answers stayed with version { $from } and are not part of the screening now. Questions new in this version are asked as you go on.
resume-left-removed = { $question } (this question is not in version { $version })
resume-left-changed = { $question } (the question changed: ask it again)
resume-carried-go-on = Enter: go on with the screening
help-resume-version = A screening started with another version of its protocol
help-resume-carried = After carrying a screening over
action-resume-as-started = Go on with the protocol version the screening was started with
action-carry-over = Use the installed version, carrying the answers over
action-go-on = Go on with the screening
key-as-started = as started
key-carry-over = installed version
key-go-on = go on

## Home
home-title = Start a screening
home-protocol = Protocol
home-interview-language = Interview language (the person)
home-worker-language = Screen language (you)
home-worker = Worker label (optional)
home-minutes = ~{ $minutes } min
home-questions = { $count } questions
home-audience-adult = adults
home-audience-minor = under 18
home-audience-any = anyone
home-not-validated = Written for lantern from public indicator themes; not a validated instrument.
home-example-settings = These settings are lantern's example. Your organization must replace the jurisdiction notice and response steps.
home-start = Enter: start
home-no-protocols = No protocols found in { $folder }.
home-draft-language = { $language } (draft)

## Consent
consent-title = Before we start
consent-read = Read this to the person:
consent-notice = Mandatory-reporting notice (read it before any question):
consent-guidance = For you:
consent-limits = Limits of confidentiality (your organization's text; read it as written):
consent-limits-missing = Your organization has not written its limits of confidentiality yet (settings: [jurisdiction] confidentiality_limits). Do not promise to keep everything private; tell the person there are limits and that you will tell them before acting on any.
consent-confirm = Press Enter when you have read this and the person agrees to go on. Esc: back.
consent-more = ↓ More to read below (↓ or PgDn)
consent-check-first = First choose who is interpreting (a number key): nothing is read before that.
consent-interpreter-stop = Do not read anything aloud: this interpreter is not independent and would hear and relay it all. End the conversation calmly, and arrange a professional interpreter and a private conversation.
consent-confirm-stop = Press Enter to note what you see (for the urgent steps) before you stop. Esc: back.

## Question screen
question-section = { $section } ({ $index } of { $count })
question-progress = { $answered } of { $shown } answered
title-elapsed = Elapsed { $time }
question-read-aloud = Read aloud:
question-worker-only = For you (do not read aloud):
question-in-worker-language = In your language:
question-in-worker-language-named = In your language ({ $language }):
question-guidance = Guidance
question-purpose = Why we ask
question-answer = Answer:
question-note-continue = Enter: continue
question-number-prompt = Type a number{ $unit } and press Enter
question-number-range = between { $min } and { $max }
question-date-prompt = Type a date as YYYY-MM-DD and press Enter
question-text-prompt = Type the answer and press Enter
question-choice-prompt = Choose with the number keys or ↑/↓ and Enter
question-multiple-prompt = Tick with Space or the number keys, then Enter
question-filter = Filter:
question-no-match = No choice matches "{ $filter }".
question-invalid-number = That is not a whole number.
question-invalid-date = That is not a date (YYYY-MM-DD).
question-current-answer = Current answer: { $answer }
question-language-changed = Interview language is now { $language }.
question-notes-title = Notes (saved encrypted; Esc or F4 to close)
notes-hint = Only what services need to follow up. No account of what happened, no names.
notes-count = { $count }/{ $max }
notes-full = The notes are full ({ $max } characters): keep only what services need to follow up.
question-urgent-banner = URGENT: { $flags }. { $key }: the response steps (then back to this question).
urgent-steps-title = Urgent: the response steps
urgent-steps-back = { $key }: back to the question.
question-sections-title = Jump to a section
question-language-title = Interview language
question-no-save = Not saved: no organization key

## Review
review-title = Check before saving
review-summary = { $answered } answered, { $unanswered } not answered, { $declined } declined, { $not-asked } not asked
review-unanswered = not answered
review-finish = f: finish and see the outcome   Enter: go to the question
review-confirm-unanswered = { $count ->
    [one] 1 question has no answer.
   *[other] { $count } questions have no answer.
} Finish anyway? y: finish   any other key: go back

## Outcome
outcome-title = Outcome
outcome-level-not_screened = Not screened: it could not be done safely
outcome-level-no_indicators = No indicators came up in what was asked
outcome-level-indicators_present = Indicators present: offer referral
outcome-level-full_assessment = Indicators present: offer referral and a full assessment
outcome-level-urgent = Urgent: follow the response steps now
outcome-not-determination = This is a screening result, not a determination about anyone.
outcome-indicators = Indicators
outcome-urgent = Urgent
outcome-response-steps = Response steps
outcome-org-steps = Your organization's steps
outcome-contacts = Contacts
outcome-none = none
outcome-next = Enter: needs and next steps

## Needs
needs-title = Needs and next steps
needs-intro = What came up as needs. Decide together with the person what to do next; they choose.
needs-none = No needs came up from the answers. The hotline is always an option.
needs-hotline = If nothing local fits: { $name } { $phone }
needs-next = Enter: save

## Save
save-title = Save
save-explain = The record will be encrypted to { $count ->
    [one] your organization's key
   *[other] your organization's { $count } keys
}. This laptop cannot read it back.
save-confirm = Enter: save encrypted   Esc: back
save-done = Saved. The record is encrypted and waits in the outbox for sync.
save-draft-deleted = The draft of this screening was deleted.
save-failed = The record could not be saved: { $reason }
save-no-keys = This screening cannot be saved: there is no organization key. Nothing was written.
save-home = Enter: back to the start

## Pause and lock
pause-line = Take a slow breath. Press any key when you are ready.
lock-title = Locked
lock-explain = lantern locked after { $minutes } minutes without activity.
lock-prompt = Enter the passphrase to continue.

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
language-in-text-en = English
language-in-text-es = Spanish
language-in-text-zh-Hans = Chinese (simplified)
language-in-text-vi = Vietnamese
language-in-text-tl = Tagalog
language-in-text-ko = Korean
language-in-text-pt-BR = Portuguese (Brazil)
language-in-text-ht = Haitian Creole
language-in-text-ru = Russian
language-in-text-pt = Portuguese
language-in-text-fr = French

## Plain mode (screen readers)
plain-intro = lantern, plain mode. Type the number of your choice and press Enter. Type h for help, q to quit.
ui-language-missing = There is no { $tag } translation of lantern yet: it is shown in { $shown }.
plain-help = At any question: y yes, n no, d declined, k don't know, s not asked, b back, r review, ! urgent response steps, h help, q quit and keep the draft.
plain-urgent-now = URGENT: follow these response steps now.
plain-urgent-none = No urgent flag has been raised.
plain-urgent-continue = Type ! at any question to hear these steps again.
plain-help-notes = Notes: type + and your text to add it to the notes (saved encrypted); + alone shows the notes. Only what services need to follow up: no account of what happened, no names.
plain-note-added = Added to the notes (saved encrypted).
plain-notes-now = Notes so far:
plain-notes-none = No notes yet.
plain-worker-label = Worker label (optional; press Enter to skip):
plain-choose-protocol = Choose a protocol:
plain-choose-language = Interview language:
plain-question = Question { $index } of { $count }:
plain-choices = Choices:
plain-multiple-hint = Type the numbers of all that apply, separated by spaces.
plain-invalid = I did not understand that. Type h for help.
plain-saved = Saved encrypted.
plain-quit = Stopped. The draft is kept encrypted.
plain-not-saved = The last answers are kept only while lantern runs, until a save works.
plain-passphrase = Passphrase:
plain-continue = Press Enter to continue.

## Answer problems
error-too-small = The number must be at least { $min }.
error-too-large = The number must be at most { $max }.
error-too-long = The answer is longer than { $max } characters.
error-empty = The answer is empty: use declined or don't know instead.
error-exclusive = That choice cannot be combined with others.

## Service categories (needs)
category-emergency_shelter = Emergency shelter
category-housing = Housing
category-case_management = Case management
category-legal_immigration = Immigration legal help
category-legal_criminal_record = Criminal record relief
category-legal_labor_civil = Labor and civil legal help
category-medical = Medical care
category-behavioral_health = Mental health
category-substance_use = Substance use support
category-economic_empowerment = Jobs and income
category-education = Education
category-interpretation = Interpretation
category-transportation = Transportation
category-basic_needs = Basic needs
category-child_welfare = Child welfare
category-hotline = Hotline

## Plain mode, more
plain-review = Type f to finish, the number of a question to change it, or v to read out or hide sensitive answers (use headphones).
plain-save = Type y to save the encrypted record, or q to stop and keep the draft.
plain-resume = Type 1 to resume it, 2 to keep it for later, 3 to discard it.
plain-answer-prompt = Answer:
plain-unanswered-confirm = Some questions have no answer. Type y to finish anyway.

## Referrals
referrals-title = Referrals
referrals-intro = Suggestions from the local directory, by need. The person chooses; nothing is shared without their consent.
referrals-minor = Under 18: youth services come first. Follow the reporting notice read at the start.
referrals-minor-read-now = Under 18: read the reporting notice below to the person now, before anything else. Youth services come first.
referrals-not-screened = The screening stopped before it could be done safely. Do not read a hand-off or ask about sharing: it would be heard or relayed. Arrange a private conversation, with an independent interpreter if one is needed, and if it is safe give a discreet way to reach you or the hotline.
referrals-need = { $need }
referrals-none = Nothing in the directory fits this need.
referrals-choose = Enter: choose   →: continue to save   /: filter   x: remove a choice
referrals-chosen = chosen
referrals-count = { $count ->
    [one] 1 referral chosen
   *[other] { $count } referrals chosen
}
referrals-law-enforcement = e: the person asks for law-enforcement services
referrals-law-enforcement-on = Law-enforcement services are included: the person asked for them.
plain-referrals = Type the numbers of the services the person chooses (for example 1 3), or press Enter for none:
referral-consent-title = Referral and consent
referral-handoff = Read to the person: "{ $service } could help. I can call them with you now, or give you their number. You decide what I tell them about you."
referral-handoff-why = Why it was suggested (for you; do not read it out): { $reasons }
referral-consent-question = May we share anything about you with them?
referral-consent-scope = Verbal consent to a warm hand-off with this service only, until { $until }. Not a written release: anything that identifies the person needs a signed, time-limited release first.
referral-consent-yes = y: yes, we may share what is needed
referral-consent-no = n: no, nothing is shared (the person contacts them)
referral-consent-limited = l: only what the person says (type it)
referral-limited-prompt = What may be shared, in the person's words:
referral-phone = Phone: { $phone }
reason-also-covers = also helps with { $category }
reason-speaks = speaks { $language }
reason-interpretation = interpretation available
reason-24-7 = open 24/7
reason-open-now = open now
reason-youth = for young people
reason-trafficking = experienced with trafficking survivors
reason-no-id = no ID required
reason-no-status = no immigration status required
reason-no-sobriety = no sobriety requirement
reason-lgbtq = LGBTQ+ affirming
reason-distance = { $km } km away
reason-hotline = nothing local fits: the national hotline
reason-wanted-lgbtq = LGBTQ+ affirming, as asked
reason-wanted-accessible = describes its accessibility, as asked
reason-wanted-women = serves women, as asked
reason-wanted-men = serves men, as asked
reason-wanted-nonbinary = welcomes non-binary people, as asked
misfit-language = no staff speaking { $language }
misfit-closed = closed now
misfit-inferred = category guessed from its description
misfit-ages = only ages { $from }–{ $to }: check the person's age
misfit-ages-from = only ages { $from } and up: check the person's age
misfit-ages-to = only up to age { $to }: check the person's age
misfit-serves-only = only serves { $who }
misfit-serves-women = women
misfit-serves-men = men
misfit-serves-nonbinary = non-binary people
misfit-wanted-lgbtq = does not say it is LGBTQ+ affirming
misfit-wanted-accessible = says nothing about accessibility
misfit-wanted-women = does not say it serves women
misfit-wanted-men = does not say it serves men
misfit-wanted-nonbinary = does not say it welcomes non-binary people
referral-eligibility = Eligibility: { $text }

## Problems, and what to do about them
problem-empty = Nothing was typed.
problem-answer-first = Answer first, or record that the person declined or does not know.
problem-choose-first = Choose with a number key, or move to a choice with ↑/↓ first.
problem-empty-hint = Type the answer, or record that the person declined or does not know.
problem-not-yes-no = Answer yes or no.
problem-number-hint = Type digits only, for example 40.
problem-date-hint = For example 2025-03-31 (year, month, day).
problem-no-such-choice = There is no choice { $choice }.
problem-no-such-choice-hint = Type one of the numbers shown.
problem-note = This is a note for you; it takes no answer.
problem-wrong-kind = That kind of answer does not fit this question.
problem-consent-first = Read the consent script first: no question comes before it.
problem-hidden = That question is not asked with the answers given so far.
problem-hidden-hint = An earlier answer closed it; change that answer to open it again.
problem-unknown-language = This protocol has no text in { $language }.
problem-finished = The screening is finished.
problem-not-finished = The screening is not finished yet.
problem-protocol-changed = The protocol { $protocol } has changed since this screening was started.
problem-protocol-changed-hint = Ask your supervisor for the earlier version of the protocol to finish this screening.
problem-not-available = That is not available now.
problem-bad-keys = A file in keys/ has a line that is not a public key.
problem-bad-keys-hint = `lantern keys list` shows which file and line.
problem-bad-identity = The identity file could not be read.
problem-encrypt = The record could not be encrypted.
problem-unreadable = This file could not be opened: it is damaged, or it was encrypted to another key.
problem-device-key-exists = This laptop already has a device key; lantern never replaces it.
problem-locked = lantern is locked: enter the passphrase first.
problem-disk-full = The disk is full: nothing new could be written.
problem-disk-full-hint = Free some space on this laptop, then try again.
problem-permission = lantern may not write to { $folder }.
problem-permission-hint = Check that the folder is yours and not read-only.
problem-not-found = The folder { $folder } does not exist.
problem-io = A file in { $folder } could not be read or written.
problem-io-hint = Check the disk and the folder, then try again.
problem-protocol-gone = The protocol { $protocol } of this screening is no longer installed.
problem-protocol-gone-hint = Put the protocol file back in screening/ to resume it.

## Start-up
startup-private-key = lantern will not start a screening: a private key is on this device, in:
startup-private-key-fix = Anyone who has this laptop could read the records it saves. Move the file off this device (it belongs with your supervisor), tell your supervisor that the key must be replaced, then start lantern again. `lantern keys check` shows where keys are found.
drafts-already-saved = { $count ->
    [one] A screening interrupted just after it was saved had left its draft behind: the record is in the outbox, and the draft was removed.
   *[other] { $count } screenings interrupted just after they were saved had left their drafts behind: the records are in the outbox, and the drafts were removed.
}
quick-exit-unsaved = lantern closed, but the last answers could not be saved (the disk may be full): the draft keeps what was saved before. Free some space before starting lantern again.
problem-symlink = { $path } is a link to somewhere else. lantern does not follow links in its data folder: someone may want it to write elsewhere.
problem-symlink-hint = Remove the link (your supervisor can help), then start lantern again.
folder-loosened = { $count ->
    [one] One item of lantern's data folder could be opened by other accounts on this computer; lantern made it private again.
   *[other] { $count } items of lantern's data folder could be opened by other accounts on this computer; lantern made them private again.
}
folder-drafts-without-key = Screenings in progress are on this laptop, but the key that opens them is missing: someone may have moved or deleted it. Tell your supervisor before you choose a new passphrase (a new one cannot open the old drafts).
folder-drafts-without-outbox = Screenings in progress are on this laptop, but the outbox folder was missing: saved records waiting to be sent may have been moved. Tell your supervisor.
folder-not-a-file = { $path } is not a file; lantern left it out.
setup-guessable = This passphrase is among the first ones anyone would try (one character repeated, a sequence, a keyboard row or a common password).
setup-guessable-hint = Choose a few words that mean something only to you, for example three or four unrelated words.
unlock-wait = Too many wrong passphrases in a row: wait { $seconds } seconds, then try again.

## lantern sync (command line)
sync-to = Sending the outbox to { $target }
sync-nothing = The outbox is empty: there is nothing to send.
sync-progress = { $done } of { $total } records ({ $kb } of { $kb_total } KB, { $rate } per second)
sync-summary = Sent: { $sent }. Already there: { $already }. Conflicts: { $conflicts }. Failed: { $failed }. Not tried: { $untried }.
sync-summary-dry-run = Nothing was sent or removed (dry run). Would send: { $would }. Already there: { $already }. Conflicts: { $conflicts }. Failed: { $failed }.
sync-file-conflict = { $file }: the target holds a different file with this name. The copy on this laptop is kept.
sync-file-failed = { $file }: could not be sent. The copy on this laptop is kept.
sync-conflict-hint = Tell your supervisor about each conflict, and never delete the copy on this laptop yourself.
sync-failed-transient = The target stopped answering.
sync-failed-transient-hint = Nothing was lost. Run the sync again when the connection is better.
sync-failed-missing = The target is not there: is the drive plugged in, is the bucket's or folder's name right?
sync-failed-missing-hint = Nothing was lost. Plug in the drive or correct the target, then run the sync again.
sync-failed-denied = The target refused: no permission to write there, or the access keys are wrong or expired.
sync-failed-denied-hint = Nothing was lost. Ask your supervisor to check the access keys and the permissions of the folder or bucket.
sync-failed-full = The target is full.
sync-failed-full-hint = Nothing was lost. Free some space on the target or use another one, then run the sync again.
sync-failed-unreachable = The target cannot be reached: no network, a wrong address, or its certificate was refused.
sync-failed-unreachable-hint = Nothing was lost. Check the connection and the address, and run the sync again later.
sync-failed-other = Some records could not be sent.
sync-failed-other-hint = Nothing was lost: they stay on this laptop. Run the sync again; if it keeps failing, tell your supervisor.
sync-no-target = No target given. Use --to with a folder, s3://BUCKET/PREFIX or a WebDAV https:// address, or set sync.default in the settings.
sync-no-bucket = An s3:// target needs a bucket name: s3://BUCKET/PREFIX.
sync-insecure = Refused: records travel without encryption in transit (http://) only to this computer. Use an https:// address.
sync-bad-ca = The certificate bundle named in the settings cannot be read or is not in PEM format.
sync-bad-target = This target cannot be used: check its address in the settings or on the command line.
sync-credentials-too-open = Refused: the credentials file named in the settings can be read by other accounts on this computer. Make it private (chmod 600) and run the sync again.
sync-credentials-bad = The access keys could not be read: the credentials file is missing or unreadable, or has no section with both keys for this profile.
sync-credentials-none = No access keys were found for the bucket: ask your supervisor for this laptop's keys (set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a credentials file named in the settings).

## Send records: the sync screen and plain mode
sync-title = Send records
key-sync = send records
key-send = send
action-sync = Send the saved records to the organization (a USB drive, a bucket or a share)
action-sync-send = Send the records to the chosen place
action-sync-back = Back to the start, sending nothing
action-sync-done = Back to the start
help-sync = Send records
help-sync-done = Records sent
sync-waiting = { $count ->
    [0] No records are waiting in the outbox.
    [one] One record is waiting in the outbox ({ $kb } KB).
   *[other] { $count } records are waiting in the outbox ({ $kb } KB).
}
sync-choose = Send them to:
sync-default = { $target } (default)
sync-other-folder = A folder: type its path below (e.g. a USB drive)
sync-no-targets = No place is set up in the settings: type the folder of a USB drive, or ask your supervisor to set one up.
sync-running = Sending and checking each record. If this stops, nothing is lost: send again later.
sync-done-ok = Every record was sent and checked; the copies on this laptop were removed.
sync-journal-failed = Nothing was sent: this laptop cannot write its sync journal. Check the free space on this laptop, then try again.
plain-sync-option = s) Send the saved records ({ $count } waiting)
plain-sync-choose = Send them where? Type a number, or the folder of a USB drive (q to go back):
plain-sync-sending = Sending to { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = PRACTICE: a fictional person. Nothing is saved and nothing is sent.
practice-choose = Choose a practice scenario:
practice-solo-intro = Solo practice: at each question, type a to ask it and hear the person's reply, then record the answer as you would (y, n, a number, d declined, k don't know). b goes back, q ends the practice and shows the debrief.
practice-hotline = This is a call: mind the time, as on a real call (the debrief shows the time per section).
practice-answer-prompt = Answer (a to ask the person):
practice-person-says = The person: { $reply }
practice-no-reply = This scenario has no scripted reply here: answer as the person would.
practice-keep = Type y to keep this debrief as a Markdown file (fictional data only), or press Enter to skip:
practice-keep-name = File name [{ $default }]:
practice-kept = Debrief kept. It holds fictional data only.
practice-card-title = PRACTICE: PERSONA CARD (a fictional person; for the partner who plays them)
debrief-title = Practice debrief
debrief-fictional = Practice with a fictional person. This file holds fictional data only: no real person, no real record.
debrief-score-heading = Score
debrief-score = { $points } of { $max } points
debrief-score-note = The score compares attempts at the same scenario. It measures the practice, never the person practicing.
debrief-score-consent = Consent confirmed before any question
debrief-score-checks = Who interprets, privacy and what you see, first
debrief-score-answers = Answers recorded as the person gave them
debrief-score-indicators = Indicators found
debrief-score-outcome = The outcome a good screening reaches
debrief-score-declines = Declines respected
debrief-score-urgent = Urgent steps acted on
debrief-conduct-heading = How it went
debrief-consent-first = The consent was confirmed before the person answered anything.
debrief-checks-first = Who interprets, whether the person could talk privately and what you saw were settled first.
debrief-declines-respected = Every question the person declined was left alone.
debrief-pressured = Asked again after the person declined: { $question }
debrief-urgent-not-acted = Urgent, and its response steps were not opened: { $flag }
debrief-outcome = Outcome: { $reached } (a good screening reaches: { $expected })
debrief-results-heading = Indicators, needs and urgent flags
debrief-indicators = Indicators
debrief-needs = Needs
debrief-urgent = Urgent flags
debrief-found = found:
debrief-missed = missed:
debrief-extra = not expected:
debrief-none = none
debrief-answers-heading = Answers
debrief-answer-different = recorded { $recorded }; the person said { $expected }
debrief-answer-not-recorded = not recorded; the person would have said { $expected }
debrief-answer-not-reached = not reached (the person would have said { $expected })
debrief-time-heading = Time per section
debrief-persona-heading = The person (fictional)
practice-summary-none = No kept debriefs in { $dir }. Trainees keep theirs at the end of a practice (y), then copy them here.
practice-summary-title = Practice summary: { $files } debriefs in { $dir }
practice-summary-scenario = { $title }: { $attempts ->
        [one] one attempt
       *[other] { $attempts } attempts
    }, { $mean } points on average (lowest { $lowest }, highest { $highest }, of { $max })
practice-summary-missed-heading = Missed most often:
practice-summary-missed = { $item }: { $count } of { $attempts }
practice-badge = PRACTICE
practice-scenarios = Fictional people to screen
practice-setting-hotline = A call
practice-setting-outreach = In person
practice-ask-hint = Press a to ask the person this question; then record the answer as you would.
practice-reply-heading = The person says
practice-will-keep = The debrief will be kept as a Markdown file when you leave practice.
action-practice-start = Screen this fictional person
action-practice-quit = Leave practice
action-practice-end = End the practice and see the debrief
action-practice-ask = Ask the person this question (their reply appears below)
action-practice-keep = Keep this debrief as a Markdown file (fictional data only)
action-practice-again = Back to the scenarios
key-end = end
key-ask = ask
key-again = again
help-practice-picker = Practice: choosing a person
help-practice-consent = Practice: the consent
help-practice-question = Practice: a question
help-practice-debrief = Practice: the debrief
practice-kept-as = Debrief kept as { $file } (fictional data only).
practice-done = Every question is done. Open the urgent steps (!) if anything is urgent, then press Enter for the referrals (Esc goes straight to the debrief).
help-practice-done = Practice: the end
key-urgent = urgent steps
practice-multiple-prompt = Tick with the number keys, then Enter.
action-practice = Practice with a fictional person (no keys, nothing saved)
key-practice = practice
action-practice-role-play = Role-play: a partner plays the person from the printed card
key-role-play = role-play
practice-role-play-hint = Role-play: your partner answers as the person on the card (lantern practice card ID prints it).
practice-role-play-intro = Role-play: your partner plays the person from the printed card (lantern practice card ID). Ask each question aloud and record the answer as you would. b goes back, q ends the practice and shows the debrief.

## Practice: referrals
debrief-score-referrals = Referrals offered for the needs found
debrief-referrals-heading = Referrals
debrief-referral-service = { $service } (sharing: { $consent ->
        [yes] what is needed
        [limited] only what the person said
       *[no] nothing; the person contacts them
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: nothing offered, though the directory had services for it
debrief-referral-not-found = { $need }: nothing offered; the need was not found, so there was nothing to offer
debrief-referral-nothing-local = { $need }: the directory has nothing for this need (the hotline or a way to come back is still worth offering)
debrief-referral-other = Also offered: { $services }
debrief-referral-missed = No referral offered for: { $need }
debrief-referrals-none-expected = This person needed no referral; offering information and a way to come back is still good practice.
debrief-referrals-stopped = The screening stopped, and nothing was read aloud or offered: right, since anything said would have been overheard or relayed.
debrief-referrals-not-reached = The referral step was not reached: the practice ended before it.
action-practice-referrals = On to the referrals (offer services, ask consent to share)
key-referrals = referrals
action-practice-to-debrief = End the practice and see the debrief
key-debrief = debrief
action-practice-referrals-back = Back to the questions
help-practice-referrals = Practice: referrals
help-practice-referrals-stopped = Practice: referrals after a stop
practice-invalid = I did not understand that. Type one of the letters or numbers shown.
