# lantern user interface: Haitian Creole (Kreyòl ayisyen), translated from en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = wi
no = non
answer-yes = Wi
answer-no = Non
answer-declined = Pa vle reponn
answer-dont-know = Pa konnen
answer-not-asked = Pa t poze l
answer-none = (okenn nan sa yo)
answer-unanswered = pa gen repons
answer-hidden = ••• (sansib, peze v pou w wè l)
continue = Kontinye
cancel = Anile
back = Retounen
error-prefix = Pwoblèm:

## Hint bar and keys
key-help = èd
key-quick-exit = sòti rapid
key-pause = poz
key-notes = nòt
key-next = swivan
key-back = retounen
key-review = revize
key-sections = seksyon
key-guidance = konsèy
key-interpreter = vi entèprèt
key-language = lang entèvyou
key-yes = wi
key-no = non
key-declined = pa vle reponn
key-dont-know = pa konnen
key-not-asked = pa t poze l
key-filter = filtre
key-select = chwazi
key-toggle = make
key-confirm = konfime
key-start = kòmanse
key-finish = fini
key-save = anrejistre
key-show = montre sansib
key-clear = efase repons
key-theme = tèm
key-up-down = deplase
key-close = fèmen
key-change = chanje
key-next-field = lòt chan
key-quit = kite
key-unlock = debloke
key-continue = kontinye
key-trial = kle esè
key-resume = repran
key-later = pita
key-discard = jete
key-discard-yes = jete
key-keep = kenbe l
key-cancel = anile
key-home = tounen nan kòmansman
key-share-yes = ka pataje
key-share-no = pa pataje anyen
key-share-limited = sèlman sa moun nan di

## Help overlay
help-title = Touch yo
help-intro = Tout aksyon fèt ak klavye a. Touch ki nan kwochè yo mache menm lè w ap tape.
help-global = Sou tout ekran
help-question = Sou yon kesyon
help-lists = Nan lis yo
help-review = Nan revizyon an
action-help = Montre oswa kache èd sa a
action-quick-exit = Sòti rapid: anrejistre bouyon chifre a, efase ekran an epi fèmen lantern
action-pause = Poz: montre yon ekran net jiskaske yon moun peze yon touch
action-notes = Louvri oswa fèmen panno nòt yo
action-next = Kesyon swivan (repons lan rete)
action-back = Kesyon anvan an
action-next-unanswered = Pwochen kesyon ki pa gen repons
action-review = Verifye anvan ou anrejistre: chak kesyon ak repons li
action-sections = Ale nan yon seksyon
action-guidance = Montre oswa kache konsèy pou travayè a ak "poukisa nou mande"
action-interpreter = Vi entèprèt: kesyon an nan de lang yo
action-language = Chanje lang entèvyou a
action-yes = Reponn wi
action-no = Reponn non
action-declined = Moun nan pa vle reponn
action-dont-know = Moun nan pa konnen
action-not-asked = Yo pa t poze kesyon an
action-clear = Retire repons kesyon sa a
action-consent-check = Chwazi kiyès k ap fè entèpretasyon an, anvan ou li anyen
action-urgent-steps = Louvri etap repons alèt ijan ki parèt jiskaprezan yo, epi tounen sou menm kesyon an
action-filter = Filtre chwa yo pandan w ap tape
action-select = Chwazi (plizyè chwa: make oswa demake)
action-number-keys = Chwazi ak nimewo
action-confirm = Konfime repons lan
action-show-sensitive = Montre oswa kache repons sansib yo
action-theme = Chanje tèm (nòmal, gwo kontras, monokwòm)
action-finish = Fini depistaj la epi wè rezilta a
action-up = Monte
action-down = Desann
action-page-up = Monte yon paj
action-page-down = Desann yon paj
action-scroll-up = Fè tèks la monte
action-scroll-down = Fè tèks la desann
action-close = Fèmen
action-cancel = Anile
action-quit = Kite lantern
action-next-field = Chan swivan
action-prev-field = Chan anvan an
action-setup-confirm = Chan swivan, apre sa mete fraz sekrè a
action-unlock = Debloke ak fraz sekrè a
action-trial-key = Kreye yon pè kle esè (pou eseye lantern, jamè pou vrè depistaj)
action-continue-without-saving = Kontinye san kle òganizasyon (anyen p ap ka anrejistre)
action-resume = Repran depistaj ou chwazi a kote li te kanpe
action-later = Kenbe l pou pita epi ale nan kòmansman
action-discard = Jete depistaj ou chwazi a (l ap mande w anvan)
action-discard-yes = Wi, jete l nèt
action-discard-no = Non, kenbe l
action-start = Kòmanse depistaj la ak pwotokòl ak lang ou chwazi yo
action-home-up = Pwotokòl anvan an, oswa chanje lang lan
action-home-down = Pwotokòl swivan an, oswa chanje lang lan
action-home-left = Chanje lang lan
action-home-right = Chanje lang lan
action-consent = Ou li tèks la e moun nan dakò: ale nan kesyon yo
action-consent-back = Tounen nan kòmansman (anyen pa t anrejistre)
action-filter-clear = Efase filt la
action-review-go = Ale nan kesyon an pou chanje repons li
action-review-back = Tounen nan dènye kesyon an
action-urgent-back = Fèmen etap repons yo epi tounen nan kesyon an
action-finish-anyway = Fini menm si gen kesyon ki pa gen repons
action-finish-not-yet = Poko: tounen nan revizyon an
action-to-referrals = Ale nan referans yo
action-outcome-back = Tounen nan revizyon an pou chanje yon repons (depistaj la ap louvri ankò)
action-referral-choose = Chwazi sèvis sa a (tèks pou prezante l ak konsantman pou pataje)
action-to-save = Ale nan anrejistreman
action-filter-services = Filtre sèvis yo pandan w ap tape
action-law-enforcement = Moun nan mande sèvis lapolis (parèt sèlman lè sa a)
action-referral-remove = Retire chwa sa a
action-referrals-back = Tounen nan rezilta a
action-share-yes = Moun nan dakò: nou ka pataje sa ki nesesè
action-share-no = Nou pa ka pataje anyen; moun nan ap kontakte sèvis la li menm
action-share-limited = Nou ka pataje sèlman sa moun nan di (tape l)
action-share-confirm = Note sa nou ka pataje
action-save = Anrejistre dosye chifre a
action-save-back = Tounen nan referans yo
action-saved-home = Tounen nan kòmansman, pou pwochen depistaj la
action-section-go = Ale nan seksyon sa a
action-language-choose = Sèvi ak lang entèvyou sa a apati kounye a
action-notes-close = Fèmen nòt yo (yo anrejistre chifre)
action-delete-back = Efase karaktè ki anvan kisè a
action-delete-forward = Efase karaktè ki sou kisè a
action-cursor-left = Deplase kisè a sou bò gòch
action-cursor-right = Deplase kisè a sou bò dwat
action-cursor-home = Mete kisè a nan kòmansman
action-cursor-end = Mete kisè a nan fen
action-type = Tape nan chan an
keys-letters = lèt, chif, Space
help-setup = Premye fwa: fraz sekrè a
help-unlock = Debloke
help-no-keys = Pa gen kle òganizasyon
help-resume = Yon depistaj ki te koupe
help-resume-discard = Jete yon depistaj
help-home = Kòmanse yon depistaj
help-consent = Konsantman
help-review-finish = Fini ak kesyon ki pa gen repons
help-outcome = Rezilta a
help-referrals = Referans
help-referrals-stopped = Referans apre yon depistaj ki sispann
help-referral-consent = Konsantman pou pataje yon referans
help-save = Anrejistre
help-saved = Li anrejistre
help-help = Èd sa a
help-notes = Nòt
help-sections = Ale nan yon seksyon
help-language = Lang entèvyou
help-urgent = Etap repons ijan
help-locked = Bloke
help-text-field = Nan nenpòt chan tèks

## Unlock and first run
unlock-title = Debloke
unlock-prompt = Antre fraz sekrè ou pou debloke lantern.
unlock-why = Depistaj k ap fèt yo rete chifre ak fraz sekrè sa a.
unlock-wrong = Fraz sekrè sa a pa bon. Eseye ankò.
setup-title = Byenveni nan lantern
setup-intro = lantern kenbe nenpòt depistaj k ap fèt chifre sou òdinatè sa a, ak yon fraz sekrè se ou sèl ki konnen l. Chwazi youn kounye a: kèk mo se sa ki pi fasil pou sonje e ki pi difisil pou devine.
setup-passphrase = Fraz sekrè
setup-confirm = Tape l ankò
setup-too-short = Fraz sekrè a bezwen omwen { $min } karaktè.
setup-mismatch = De fraz sekrè yo pa menm.
setup-done = Fraz sekrè a anplas. Kenbe l pou ou: pèsonn pa ka rekipere l.
passphrase-field = Fraz sekrè:
working = Ap travay…

## Organization keys
keys-title = Poko gen kle òganizasyon
keys-explain = Depistaj ki fini yo anrejistre sèlman chifre ak kle piblik òganizasyon ou, ki nan repètwa { $folder }. Òdinatè sa a poko genyen youn, kidonk depistaj yo pa ka anrejistre.
keys-how = Mande sipèvizè ou kle piblik òganizasyon an (li kòmanse ak age1) epi ajoute l ak: lantern keys add age1…
keys-trial = Peze t pou kreye yon pè kle esè pou fè tès. Pati prive li ap ekri nan { $path }: plas li se sou machin sipèvizè a, jamè sou yon òdinatè teren.
keys-trial-done = Kle esè a kreye. Kle prive a ekri nan { $path } — mete l sou machin sipèvizè a epi efase l sou òdinatè sa a.
keys-continue = Peze Enter pou kontinye san anrejistre (depistaj yo p ap ka anrejistre), oswa q pou kite.
keys-no-save-warning = Pa gen kle òganizasyon: depistaj sa a pa ka anrejistre.

## Resume
resume-title = Yon depistaj te koupe
resume-info = { $protocol }, kòmanse { $started }, { $answers ->
    [one] 1 repons
   *[other] { $answers } repons
} jiskaprezan.
resume-question = Repran l kote li te kanpe a?
resume-yes = Enter: repran
resume-later = l: kenbe l pou pita
resume-discard = x: jete l
resume-discard-confirm = Jete depistaj sa a nèt? Repons li yo ap pèdi. Peze y pou jete l, nenpòt lòt touch pou kenbe l.
resume-unreadable = Yon bouyon pa t ka louvri ({ $reason }). Li rete jan li te ye a.
resume-stale = Pèsonn pa touche l depi plis pase { $limit ->
    [one] yon jou
   *[other] { $limit } jou
}, limit òganizasyon ou.
resume-stale-offer = { $count ->
    [one] Gen yon depistaj ki tann pi lontan pase tan òganizasyon ou kenbe bouyon yo ({ $limit ->
        [one] 1 jou
       *[other] { $limit } jou
    }).
   *[other] Gen { $count } depistaj ki tann pi lontan pase tan òganizasyon ou kenbe bouyon yo ({ $limit ->
        [one] 1 jou
       *[other] { $limit } jou
    }).
}
resume-stale-key = { $count ->
    [one] o: jete l
   *[other] o: jete yo
}
resume-stale-confirm = { $count ->
    [one] Jete nèt depistaj ki gen plis pase { $limit } jou a? Repons li yo ap pèdi. Peze y pou jete l, nenpòt lòt touch pou kenbe l.
   *[other] Jete nèt { $count } depistaj ki gen plis pase { $limit } jou yo? Repons yo ap pèdi. Peze y pou jete yo, nenpòt lòt touch pou kenbe yo.
}
resume-stale-done = { $count ->
    [one] Yon ansyen depistaj jete.
   *[other] { $count } ansyen depistaj jete.
}
plain-discard-stale = Tape y pou jete yo kounye a, nenpòt lòt bagay pou kenbe yo.
help-resume-discard-old = Jete ansyen depistaj yo
action-discard-old = Jete tout depistaj ki pi ansyen pase limit òganizasyon ou (l ap mande w anvan)
action-discard-old-yes = Wi, jete yo nèt
resume-version-differs = Depistaj sa a te kòmanse ak { $protocol }, vèsyon { $started }. Se vèsyon { $installed } ki enstale kounye a.
resume-version-keep = Enter: kontinye ak vèsyon { $started }, jan l te kòmanse a
resume-version-carry = u: sèvi ak vèsyon { $installed }; repons yo pase ladan, e sa ki pa mache ankò parèt nan yon lis
plain-resume-version = Tape 1 pou kontinye ak vèsyon { $started }, 2 pou sèvi ak vèsyon { $installed } ak repons yo pase ladan.
resume-carried-title = Pase nan vèsyon { $version }
resume-carried-all = Tout repons yo pase. Kesyon ki nouvo nan vèsyon sa a ap vini pandan w ap avanse.
resume-carried-some = Repons sa yo rete nan vèsyon { $from } e yo pa fè pati depistaj la kounye a. Kesyon ki nouvo nan vèsyon sa a ap vini pandan w ap avanse.
resume-left-removed = { $question } (kesyon sa a pa nan vèsyon { $version })
resume-left-changed = { $question } (kesyon an chanje: poze l ankò)
resume-carried-go-on = Enter: kontinye depistaj la
help-resume-version = Yon depistaj ki te kòmanse ak yon lòt vèsyon pwotokòl li
help-resume-carried = Apre yon depistaj fin pase nan lòt vèsyon an
action-resume-as-started = Kontinye ak vèsyon pwotokòl depistaj la te kòmanse a
action-carry-over = Sèvi ak vèsyon ki enstale a, epi pase repons yo ladan
action-go-on = Kontinye depistaj la
key-as-started = jan l te kòmanse
key-carry-over = vèsyon enstale
key-go-on = kontinye

## Home
home-title = Kòmanse yon depistaj
home-protocol = Pwotokòl
home-interview-language = Lang entèvyou (moun nan)
home-worker-language = Lang ekran (ou menm)
home-worker = Etikèt travayè a (opsyonèl)
home-minutes = ~{ $minutes } min
home-questions = { $count } kesyon
home-audience-adult = granmoun
home-audience-minor = mwens pase 18 an
home-audience-any = tout moun
home-not-validated = Ekri pou lantern apati tèm piblik sou siy yo; se pa yon zouti ki valide.
home-example-settings = Paramèt sa yo se egzanp lantern. Òganizasyon ou dwe ranplase avi jiridiksyon an ak etap repons yo.
home-start = Enter: kòmanse
home-no-protocols = Pa gen okenn pwotokòl nan { $folder }.
home-draft-language = { $language } (bouyon)

## Consent
consent-title = Anvan nou kòmanse
consent-read = Li sa a bay moun nan:
consent-notice = Avi sou obligasyon pou rapòte (li l anvan nenpòt kesyon):
consent-guidance = Pou ou:
consent-limits = Limit konfidansyalite (tèks òganizasyon ou; li l jan l ekri a):
consent-limits-missing = Òganizasyon ou poko ekri limit konfidansyalite li yo (paramèt: [jurisdiction] confidentiality_limits). Pa pwomèt pou kenbe tout bagay an sekrè; di moun nan gen limit, e w ap di l sa anvan ou aji sou nenpòt nan yo.
consent-confirm = Peze Enter lè ou fin li sa a e moun nan dakò pou kontinye. Esc: retounen.
consent-more = ↓ Gen plis pou li anba a (↓ oswa PgDn)
consent-check-first = Chwazi anvan kiyès k ap entèprete (yon touch nimewo): pa li anyen anvan sa.
consent-interpreter-stop = Pa li anyen awotvwa: entèprèt sa a pa endepandan, li ta tande tout bagay e li ta ka repete yo bay lòt moun. Fini konvèsasyon an ak kalm, epi òganize yon entèprèt pwofesyonèl ak yon konvèsasyon an prive.
consent-confirm-stop = Peze Enter pou note sa w wè (pou etap ijan yo) anvan ou sispann. Esc: retounen.

## Question screen
question-section = { $section } ({ $index } sou { $count })
question-progress = { $answered } sou { $shown } gen repons
title-elapsed = Tan pase { $time }
question-read-aloud = Li awotvwa:
question-worker-only = Pou ou (pa li l awotvwa):
question-in-worker-language = Nan lang pa ou:
question-in-worker-language-named = Nan lang pa ou ({ $language }):
question-guidance = Konsèy
question-purpose = Poukisa nou mande
question-answer = Repons:
question-note-continue = Enter: kontinye
question-number-prompt = Tape yon nimewo{ $unit } epi peze Enter
question-number-range = ant { $min } ak { $max }
question-date-prompt = Tape yon dat tankou AAAA-MM-JJ epi peze Enter
question-text-prompt = Tape repons lan epi peze Enter
question-choice-prompt = Chwazi ak touch nimewo yo oswa ↑/↓ epi Enter
question-multiple-prompt = Make ak Space oswa touch nimewo yo, apre sa Enter
question-filter = Filt:
question-no-match = Pa gen chwa ki koresponn ak "{ $filter }".
question-invalid-number = Sa a se pa yon nonb antye.
question-invalid-date = Sa a se pa yon dat (AAAA-MM-JJ).
question-current-answer = Repons kounye a: { $answer }
question-language-changed = Lang entèvyou a se { $language } kounye a.
question-notes-title = Nòt (anrejistre chifre; Esc oswa F4 pou fèmen)
notes-hint = Sèlman sa sèvis yo bezwen pou swiv. Pa rakonte sa k te pase, pa mete non.
notes-count = { $count }/{ $max }
notes-full = Nòt yo plen ({ $max } karaktè): kenbe sèlman sa sèvis yo bezwen pou swiv.
question-urgent-banner = IJAN: { $flags }. { $key }: etap repons yo (epi tounen sou kesyon sa a).
urgent-steps-title = Ijan: etap repons yo
urgent-steps-back = { $key }: tounen nan kesyon an.
question-sections-title = Ale nan yon seksyon
question-language-title = Lang entèvyou
question-no-save = Pa anrejistre: pa gen kle òganizasyon

## Review
review-title = Verifye anvan ou anrejistre
review-summary = { $answered } gen repons, { $unanswered } pa gen repons, { $declined } pa vle reponn, { $not-asked } pa t poze
review-unanswered = pa gen repons
review-finish = f: fini epi wè rezilta a   Enter: ale nan kesyon an
review-confirm-unanswered = { $count ->
    [one] 1 kesyon pa gen repons.
   *[other] { $count } kesyon pa gen repons.
} Fini kanmenm? y: fini   nenpòt lòt touch: retounen

## Outcome
outcome-title = Rezilta
outcome-level-not_screened = Depistaj la pa fèt: li pa t ka fèt san danje
outcome-level-no_indicators = Pa gen siy ki parèt nan sa nou mande yo
outcome-level-indicators_present = Gen siy: ofri yon referans
outcome-level-full_assessment = Gen siy: ofri yon referans ak yon evalyasyon konplè
outcome-level-urgent = Ijan: swiv etap repons yo kounye a
outcome-not-determination = Sa a se yon rezilta depistaj, se pa yon desizyon sou pèsonn.
outcome-indicators = Siy yo
outcome-urgent = Ijan
outcome-response-steps = Etap repons
outcome-org-steps = Etap òganizasyon ou
outcome-contacts = Kontak
outcome-none = okenn
outcome-next = Enter: bezwen ak pwochen etap

## Needs
needs-title = Bezwen ak pwochen etap
needs-intro = Men bezwen ki parèt yo. Deside ansanm ak moun nan sa pou fè apre; se li ki chwazi.
needs-none = Pa gen bezwen ki parèt nan repons yo. Liy èd la toujou yon opsyon.
needs-hotline = Si pa gen anyen nan zòn nan ki bon: { $name } { $phone }
needs-next = Enter: anrejistre

## Save
save-title = Anrejistre
save-explain = Dosye a ap chifre ak { $count ->
    [one] kle òganizasyon ou
   *[other] { $count } kle òganizasyon ou
}. Òdinatè sa a p ap ka li l ankò.
save-confirm = Enter: anrejistre chifre   Esc: retounen
save-done = Li anrejistre. Dosye a chifre e l ap tann nan bwat soti a pou senkronizasyon.
save-draft-deleted = Bouyon depistaj sa a efase.
save-failed = Dosye a pa t ka anrejistre: { $reason }
save-no-keys = Depistaj sa a pa ka anrejistre: pa gen kle òganizasyon. Anyen pa t ekri.
save-home = Enter: tounen nan kòmansman

## Pause and lock
pause-line = Respire dousman. Peze nenpòt touch lè ou pare.
lock-title = Bloke
lock-explain = lantern bloke apre { $minutes } minit san aktivite.
lock-prompt = Antre fraz sekrè a pou kontinye.

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
language-in-text-en = angle
language-in-text-es = panyòl
language-in-text-zh-Hans = chinwa (senplifye)
language-in-text-vi = vyetnamyen
language-in-text-tl = tagalòg
language-in-text-ko = koreyen
language-in-text-pt-BR = pòtigè (Brezil)
language-in-text-ht = kreyòl ayisyen
language-in-text-ru = ris
language-in-text-pt = pòtigè
language-in-text-fr = franse

## Plain mode (screen readers)
plain-intro = lantern, mòd senp. Tape nimewo chwa ou a epi peze Enter. Tape h pou èd, q pou kite.
ui-language-missing = Poko gen tradiksyon { $tag } pou lantern: li parèt an { $shown }.
plain-help = Nan nenpòt kesyon: y wi, n non, d li pa vle reponn, k li pa konnen, s yo pa t poze l, b retounen, r revize, ! etap repons ijan, h èd, q kite epi kenbe bouyon an.
plain-urgent-now = IJAN: swiv etap repons sa yo kounye a.
plain-urgent-none = Pa gen okenn alèt ijan ki parèt.
plain-urgent-continue = Tape ! nan nenpòt kesyon pou tande etap sa yo ankò.
plain-help-notes = Nòt: tape + ak tèks ou pou ajoute l nan nòt yo (anrejistre chifre); + pou kont li montre nòt yo. Sèlman sa sèvis yo bezwen pou swiv: pa rakonte sa k te pase, pa mete non.
plain-note-added = Ajoute nan nòt yo (anrejistre chifre).
plain-notes-now = Nòt jiskaprezan:
plain-notes-none = Poko gen nòt.
plain-worker-label = Etikèt travayè a (opsyonèl; peze Enter pou sote):
plain-choose-protocol = Chwazi yon pwotokòl:
plain-choose-language = Lang entèvyou:
plain-question = Kesyon { $index } sou { $count }:
plain-choices = Chwa yo:
plain-multiple-hint = Tape nimewo tout sa ki koresponn yo, ak yon espas ant yo.
plain-invalid = Mwen pa konprann sa. Tape h pou èd.
plain-saved = Anrejistre chifre.
plain-quit = Sispann. Bouyon an rete chifre.
plain-not-saved = Dènye repons yo rete sèlman tank lantern louvri, jiskaske li rive anrejistre yo.
plain-passphrase = Fraz sekrè:
plain-continue = Peze Enter pou kontinye.

## Answer problems
error-too-small = Nimewo a dwe omwen { $min }.
error-too-large = Nimewo a pa ka depase { $max }.
error-too-long = Repons lan pi long pase { $max } karaktè.
error-empty = Repons lan vid: sèvi ak "pa vle reponn" oswa "pa konnen" pito.
error-exclusive = Chwa sa a pa ka mache ansanm ak lòt chwa.

## Service categories (needs)
category-emergency_shelter = Abri ijans
category-housing = Lojman
category-case_management = Swivi dosye
category-legal_immigration = Èd legal pou imigrasyon
category-legal_criminal_record = Èd pou dosye kriminèl
category-legal_labor_civil = Èd legal pou travay ak dwa sivil
category-medical = Swen medikal
category-behavioral_health = Sante mantal
category-substance_use = Sipò pou alkòl ak dwòg
category-economic_empowerment = Travay ak revni
category-education = Edikasyon
category-interpretation = Entèpretasyon
category-transportation = Transpò
category-basic_needs = Bezwen debaz
category-child_welfare = Pwoteksyon timoun
category-hotline = Liy èd

## Plain mode, more
plain-review = Tape f pou fini, nimewo yon kesyon pou chanje l, oswa v pou li awotvwa oswa kache repons sansib yo (sèvi ak ekoutè).
plain-save = Tape y pou anrejistre dosye chifre a, oswa q pou sispann epi kenbe bouyon an.
plain-resume = Tape 1 pou repran l, 2 pou kenbe l pou pita, 3 pou jete l.
plain-answer-prompt = Repons:
plain-unanswered-confirm = Gen kesyon ki pa gen repons. Tape y pou fini kanmenm.

## Referrals
referrals-title = Referans
referrals-intro = Sijesyon ki soti nan lis sèvis lokal la, dapre bezwen yo. Se moun nan ki chwazi; anyen pa pataje san konsantman li.
referrals-minor = Mwens pase 18 an: sèvis pou jèn yo vini an premye. Swiv avi sou obligasyon pou rapòte ou te li nan kòmansman an.
referrals-minor-read-now = Mwens pase 18 an: li avi sou obligasyon pou rapòte ki anba a bay moun nan kounye a, anvan nenpòt lòt bagay. Sèvis pou jèn yo vini an premye.
referrals-not-screened = Depistaj la sispann anvan li te ka fèt san danje. Pa li tèks pou prezante yon sèvis e pa mande pou pataje: yo ta tande l oswa yo ta repete l. Òganize yon konvèsasyon an prive, ak yon entèprèt endepandan si sa nesesè, epi si pa gen danje, bay moun nan yon fason diskrè pou jwenn ou oswa liy èd la.
referrals-need = { $need }
referrals-none = Pa gen anyen nan lis sèvis la ki koresponn ak bezwen sa a.
referrals-choose = Enter: chwazi   →: ale nan anrejistreman   /: filtre   x: retire yon chwa
referrals-chosen = chwazi
referrals-count = { $count ->
    [one] 1 referans chwazi
   *[other] { $count } referans chwazi
}
referrals-law-enforcement = e: moun nan mande sèvis lapolis
referrals-law-enforcement-on = Sèvis lapolis yo ladan: moun nan te mande yo.
plain-referrals = Tape nimewo sèvis moun nan chwazi yo (pa egzanp 1 3), oswa peze Enter pou okenn:
referral-consent-title = Referans ak konsantman
referral-handoff = Li bay moun nan: "{ $service } ka ede w. Mwen ka rele yo avè w kounye a, oswa ba w nimewo yo. Se ou ki deside sa m ap di yo sou ou."
referral-handoff-why = Poukisa nou sijere l (pou ou; pa li l awotvwa): { $reasons }
referral-consent-question = Èske nou ka pataje kèk bagay sou ou avè yo?
referral-consent-scope = Konsantman vèbal pou yon prezantasyon dirèk ak sèvis sa a sèlman, jiska { $until }. Se pa yon otorizasyon alekri: nenpòt bagay ki ka idantifye moun nan bezwen yon otorizasyon siyen, ak yon dat limit, anvan.
referral-consent-yes = y: wi, nou ka pataje sa ki nesesè
referral-consent-no = n: non, nou pa pataje anyen (moun nan kontakte yo li menm)
referral-consent-limited = l: sèlman sa moun nan di (tape l)
referral-limited-prompt = Sa nou ka pataje, nan pwòp mo moun nan:
referral-phone = Telefòn: { $phone }
reason-also-covers = ede tou pou { $category }
reason-speaks = pale { $language }
reason-interpretation = gen entèpretasyon
reason-24-7 = louvri 24/7
reason-open-now = louvri kounye a
reason-youth = pou jèn moun
reason-trafficking = gen eksperyans ak moun ki te viv trafik moun
reason-no-id = pa bezwen pyès idantite
reason-no-status = pa bezwen estati imigrasyon
reason-no-sobriety = pa bezwen sispann alkòl oswa dwòg
reason-lgbtq = akeyi moun LGBTQ+
reason-distance = { $km } km lwen
reason-hotline = pa gen anyen nan zòn nan ki bon: liy èd nasyonal la
reason-wanted-lgbtq = akeyi moun LGBTQ+, jan moun nan te mande
reason-wanted-accessible = esplike aksè li pou moun andikape, jan moun nan te mande
reason-wanted-women = sèvi fanm, jan moun nan te mande
reason-wanted-men = sèvi gason, jan moun nan te mande
reason-wanted-nonbinary = akeyi moun ki pa binè, jan moun nan te mande
misfit-language = pa gen anplwaye ki pale { $language }
misfit-closed = fèmen kounye a
misfit-inferred = kategori a devine apati deskripsyon li
misfit-ages = sèlman laj { $from }–{ $to } an: verifye laj moun nan
misfit-ages-from = sèlman { $from } an oswa plis: verifye laj moun nan
misfit-ages-to = sèlman jiska { $to } an: verifye laj moun nan
misfit-serves-only = sèvi sèlman { $who }
misfit-serves-women = fanm
misfit-serves-men = gason
misfit-serves-nonbinary = moun ki pa binè
misfit-wanted-lgbtq = pa di li akeyi moun LGBTQ+
misfit-wanted-accessible = pa di anyen sou aksè pou moun andikape
misfit-wanted-women = pa di li sèvi fanm
misfit-wanted-men = pa di li sèvi gason
misfit-wanted-nonbinary = pa di li akeyi moun ki pa binè
referral-eligibility = Kondisyon: { $text }

# Status of this translation: draft until a native speaker has reviewed it.
translation-status = draft

## Problems, and what to do about them
problem-empty = Ou pa tape anyen.
problem-answer-first = Reponn anvan, oswa note moun nan pa vle reponn oswa li pa konnen.
problem-choose-first = Chwazi ak yon touch nimewo, oswa ale sou yon chwa ak ↑/↓ anvan.
problem-empty-hint = Tape repons lan, oswa note moun nan pa vle reponn oswa li pa konnen.
problem-not-yes-no = Reponn wi oswa non.
problem-number-hint = Tape chif sèlman, pa egzanp 40.
problem-date-hint = Pa egzanp 2025-03-31 (ane, mwa, jou).
problem-no-such-choice = Pa gen chwa { $choice }.
problem-no-such-choice-hint = Tape youn nan nimewo ki parèt yo.
problem-note = Sa a se yon nòt pou ou; li pa bezwen repons.
problem-wrong-kind = Kalite repons sa a pa mache ak kesyon sa a.
problem-consent-first = Li tèks konsantman an anvan: pa gen kesyon ki vini anvan l.
problem-hidden = Kesyon sa a pa poze ak repons ki deja bay yo.
problem-hidden-hint = Yon repons anvan an fèmen l; chanje repons sa a pou louvri l ankò.
problem-unknown-language = Pwotokòl sa a pa gen tèks an { $language }.
problem-finished = Depistaj la fini.
problem-not-finished = Depistaj la poko fini.
problem-protocol-changed = Pwotokòl { $protocol } la chanje depi depistaj sa a te kòmanse.
problem-protocol-changed-hint = Mande sipèvizè ou ansyen vèsyon pwotokòl la pou fini depistaj sa a.
problem-not-available = Sa pa disponib kounye a.
problem-bad-keys = Yon fichye nan keys/ gen yon liy ki pa yon kle piblik.
problem-bad-keys-hint = `lantern keys list` montre ki fichye ak ki liy.
problem-bad-identity = Fichye idantite a pa t ka li.
problem-encrypt = Dosye a pa t ka chifre.
problem-unreadable = Fichye sa a pa t ka louvri: li domaje, oswa li te chifre ak yon lòt kle.
problem-device-key-exists = Òdinatè sa a gen yon kle aparèy deja; lantern pa janm ranplase l.
problem-locked = lantern bloke: antre fraz sekrè a anvan.
problem-disk-full = Disk la plen: anyen nouvo pa t ka ekri.
problem-disk-full-hint = Libere kèk espas sou òdinatè sa a, epi eseye ankò.
problem-permission = lantern pa gen dwa ekri nan { $folder }.
problem-permission-hint = Verifye si repètwa a se pou ou e si li pa an lekti sèlman.
problem-not-found = Repètwa { $folder } la pa egziste.
problem-io = Yon fichye nan { $folder } pa t ka li oswa ekri.
problem-io-hint = Verifye disk la ak repètwa a, epi eseye ankò.
problem-protocol-gone = Pwotokòl { $protocol } depistaj sa a pa enstale ankò.
problem-protocol-gone-hint = Remete fichye pwotokòl la nan screening/ pou repran l.

## Start-up
startup-private-key = lantern p ap kòmanse yon depistaj: gen yon kle prive sou aparèy sa a, nan:
startup-private-key-fix = Nenpòt moun ki gen òdinatè sa a ta ka li dosye li anrejistre yo. Retire fichye a sou aparèy sa a (plas li se ak sipèvizè ou), di sipèvizè ou fòk yo ranplase kle a, epi kòmanse lantern ankò. `lantern keys check` montre ki kote kle yo ye.
drafts-already-saved = { $count ->
    [one] Yon depistaj ki te koupe touswit apre li te anrejistre te kite bouyon li dèyè: dosye a nan bwat soti a, e bouyon an efase.
   *[other] { $count } depistaj ki te koupe touswit apre yo te anrejistre te kite bouyon yo dèyè: dosye yo nan bwat soti a, e bouyon yo efase.
}
quick-exit-unsaved = lantern fèmen, men dènye repons yo pa t ka anrejistre (petèt disk la plen): bouyon an kenbe sa ki te anrejistre anvan. Libere kèk espas anvan ou kòmanse lantern ankò.
problem-symlink = { $path } se yon lyen ki mennen yon lòt kote. lantern pa swiv lyen nan repètwa done li: yon moun ka vle fè l ekri yon lòt kote.
problem-symlink-hint = Retire lyen an (sipèvizè ou ka ede w), epi kòmanse lantern ankò.
folder-loosened = { $count ->
    [one] Lòt kont sou òdinatè sa a te ka louvri yon eleman nan repètwa done lantern; lantern fè l prive ankò.
   *[other] Lòt kont sou òdinatè sa a te ka louvri { $count } eleman nan repètwa done lantern; lantern fè yo prive ankò.
}
folder-drafts-without-key = Gen depistaj k ap fèt sou òdinatè sa a, men kle ki louvri yo a pa la: petèt yon moun deplase l oswa efase l. Di sipèvizè ou sa anvan ou chwazi yon nouvo fraz sekrè (yon nouvo pa ka louvri ansyen bouyon yo).
folder-drafts-without-outbox = Gen depistaj k ap fèt sou òdinatè sa a, men repètwa bwat soti a pa t la: petèt yon moun deplase dosye ki anrejistre e ki t ap tann pou yo voye. Di sipèvizè ou sa.
folder-not-a-file = { $path } se pa yon fichye; lantern kite l sou kote.
setup-guessable = Fraz sekrè sa a se youn nan premye sa nenpòt moun ta eseye (yon sèl karaktè repete, yon sekans, yon ranje klavye oswa yon modpas komen).
setup-guessable-hint = Chwazi kèk mo ki gen sans pou ou sèlman, pa egzanp twa oswa kat mo ki pa gen rapò youn ak lòt.
unlock-wait = Twòp fraz sekrè ki pa bon youn dèyè lòt: tann { $seconds } segonn, epi eseye ankò.

## lantern sync (command line)
sync-to = N ap voye bwat soti a nan { $target }
sync-nothing = Bwat soti a vid: pa gen anyen pou voye.
sync-progress = { $done } sou { $total } dosye ({ $kb } sou { $kb_total } KB, { $rate } pa segonn)
sync-summary = Voye: { $sent }. Te la deja: { $already }. Konfli: { $conflicts }. Echwe: { $failed }. Pa eseye: { $untried }.
sync-summary-dry-run = Anyen pa t voye ni retire (tès san aksyon). Ta voye: { $would }. Te la deja: { $already }. Konfli: { $conflicts }. Echwe: { $failed }.
sync-file-conflict = { $file }: destinasyon an gen yon lòt fichye ak menm non an. Kopi ki sou òdinatè sa a rete.
sync-file-failed = { $file }: pa t ka voye. Kopi ki sou òdinatè sa a rete.
sync-conflict-hint = Di sipèvizè ou chak konfli, e pa janm efase kopi ki sou òdinatè sa a ou menm.
sync-failed-transient = Destinasyon an sispann reponn.
sync-failed-transient-hint = Anyen pa pèdi. Fè senkronizasyon an ankò lè koneksyon an pi bon.
sync-failed-missing = Destinasyon an pa la: èske disk la konekte, èske non bucket la oswa repètwa a kòrèk?
sync-failed-missing-hint = Anyen pa pèdi. Konekte disk la oswa korije destinasyon an, epi fè senkronizasyon an ankò.
sync-failed-denied = Destinasyon an refize: pa gen dwa pou ekri la, oswa kle aksè yo pa bon oswa yo ekspire.
sync-failed-denied-hint = Anyen pa pèdi. Mande sipèvizè ou pou verifye kle aksè yo ak dwa repètwa a oswa bucket la.
sync-failed-full = Destinasyon an plen.
sync-failed-full-hint = Anyen pa pèdi. Libere kèk espas sou destinasyon an oswa sèvi ak yon lòt, epi fè senkronizasyon an ankò.
sync-failed-unreachable = Destinasyon an pa ka jwenn: pa gen rezo, adrès la pa bon, oswa sètifika li te refize.
sync-failed-unreachable-hint = Anyen pa pèdi. Verifye koneksyon an ak adrès la, epi fè senkronizasyon an ankò pita.
sync-failed-other = Gen kèk dosye ki pa t ka voye.
sync-failed-other-hint = Anyen pa pèdi: yo rete sou òdinatè sa a. Fè senkronizasyon an ankò; si li kontinye echwe, di sipèvizè ou sa.
sync-no-target = Pa gen destinasyon. Sèvi ak --to ak yon repètwa, s3://BUCKET/PREFIX oswa yon adrès WebDAV https://, oswa mete sync.default nan paramèt yo.
sync-no-bucket = Yon destinasyon s3:// bezwen non yon bucket: s3://BUCKET/PREFIX.
sync-insecure = Refize: dosye yo vwayaje san chifreman pandan transfè (http://) sèlman nan òdinatè sa a menm. Sèvi ak yon adrès https://.
sync-bad-ca = Pakèt sètifika ki nan paramèt yo pa ka li oswa li pa nan fòma PEM.
sync-bad-target = Destinasyon sa a pa ka sèvi: verifye adrès li nan paramèt yo oswa nan liy kòmand lan.
sync-credentials-too-open = Refize: lòt kont sou òdinatè sa a ka li fichye idantifyan ki nan paramèt yo. Fè l prive (chmod 600) epi fè senkronizasyon an ankò.
sync-credentials-bad = Kle aksè yo pa t ka li: fichye idantifyan an manke oswa li pa ka li, oswa li pa gen yon seksyon ak de kle yo pou pwofil sa a.
sync-credentials-none = Pa gen kle aksè pou bucket la: mande sipèvizè ou kle pou òdinatè sa a (mete AWS_ACCESS_KEY_ID ak AWS_SECRET_ACCESS_KEY, oswa yon fichye idantifyan ki nan paramèt yo).

## Send records: the sync screen and plain mode
sync-title = Voye dosye
key-sync = voye dosye
key-send = voye
action-sync = Voye dosye anrejistre yo bay òganizasyon an (kle USB, bucket oswa pataj rezo)
action-sync-send = Voye dosye yo nan plas ou chwazi a
action-sync-back = Tounen nan kòmansman san voye anyen
action-sync-done = Tounen nan kòmansman
help-sync = Voye dosye
help-sync-done = Dosye yo voye
sync-waiting = { $count ->
    [0] Pa gen dosye k ap tann nan bwat soti a.
    [one] Gen yon dosye k ap tann nan bwat soti a ({ $kb } KB).
   *[other] Gen { $count } dosye k ap tann nan bwat soti a ({ $kb } KB).
}
sync-choose = Voye yo nan:
sync-default = { $target } (pa defo)
sync-other-folder = Yon repètwa: tape chemen li anba a (pa egzanp yon kle USB)
sync-no-targets = Pa gen okenn plas ki konfigire nan paramèt yo: tape repètwa yon kle USB, oswa mande sipèvizè ou pou l konfigire youn.
sync-running = N ap voye e n ap verifye chak dosye. Si sa kanpe, anyen pa pèdi: voye ankò pita.
sync-done-ok = Tout dosye yo voye e yo verifye; kopi ki te sou òdinatè sa a yo retire.
sync-journal-failed = Anyen pa t voye: òdinatè sa a pa ka ekri jounal senkronizasyon li. Verifye espas lib sou òdinatè sa a, epi eseye ankò.
plain-sync-option = s) Voye dosye ki anrejistre yo ({ $count } k ap tann)
plain-sync-choose = Voye yo ki kote? Tape yon nimewo, oswa repètwa yon kle USB (q pou retounen):
plain-sync-sending = N ap voye nan { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = PRATIK: yon moun imajinè. Anyen pa anrejistre e anyen pa voye.
practice-choose = Chwazi yon senaryo pratik:
practice-solo-intro = Pratik pou kont ou: nan chak kesyon, tape a pou poze l epi tande repons moun nan, apre sa note repons lan jan ou ta fè l (y, n, yon nimewo, d li pa vle reponn, k li pa konnen). b retounen, q fini pratik la epi montre bilan an.
practice-hotline = Sa a se yon apèl: veye tan an, tankou nan yon vrè apèl (bilan an montre tan pou chak seksyon).
practice-answer-prompt = Repons (a pou poze moun nan kesyon an):
practice-person-says = Moun nan: { $reply }
practice-no-reply = Senaryo sa a pa gen repons ekri isit la: reponn jan moun nan ta reponn.
practice-keep = Tape y pou kenbe bilan sa a kòm fichye Markdown (done imajinè sèlman), oswa peze Enter pou sote:
practice-keep-name = Non fichye [{ $default }]:
practice-kept = Bilan an kenbe. Li gen done imajinè sèlman.
practice-card-title = PRATIK: KAT PÈSONAJ (yon moun imajinè; pou patnè k ap jwe wòl li)
debrief-title = Bilan pratik la
debrief-fictional = Pratik ak yon moun imajinè. Fichye sa a gen done imajinè sèlman: pa gen okenn vrè moun, okenn vrè dosye.
debrief-score-heading = Pwen
debrief-score = { $points } sou { $max } pwen
debrief-score-note = Pwen yo konpare plizyè esè sou menm senaryo a. Yo mezire pratik la, jamè moun k ap pratike a.
debrief-score-consent = Konsantman konfime anvan nenpòt kesyon
debrief-score-checks = Entèprèt, vi prive ak sa w wè, an premye
debrief-score-answers = Repons yo note jan moun nan te bay yo
debrief-score-indicators = Siy yo jwenn
debrief-score-outcome = Rezilta yon bon depistaj rive jwenn
debrief-score-declines = Respè lè moun nan pa vle reponn
debrief-score-urgent = Aksyon sou etap ijan yo
debrief-conduct-heading = Kijan sa te pase
debrief-consent-first = Konsantman an te konfime anvan moun nan reponn anyen.
debrief-checks-first = Kiyès k ap fè entèpretasyon, si moun nan te ka pale an prive ak sa ou te wè, te regle an premye.
debrief-declines-respected = Chak kesyon moun nan pa t vle reponn, ou te kite l konsa.
debrief-pressured = Ou te mande ankò apre moun nan pa t vle reponn: { $question }
debrief-urgent-not-acted = Ijan, men etap repons li yo pa t louvri: { $flag }
debrief-outcome = Rezilta: { $reached } (yon bon depistaj rive jwenn: { $expected })
debrief-results-heading = Siy, bezwen ak alèt ijan
debrief-indicators = Siy yo
debrief-needs = Bezwen
debrief-urgent = Alèt ijan
debrief-found = jwenn:
debrief-missed = rate:
debrief-extra = pa t prevwa:
debrief-none = okenn
debrief-answers-heading = Repons yo
debrief-answer-different = note { $recorded }; moun nan te di { $expected }
debrief-answer-not-recorded = pa note; moun nan ta di { $expected }
debrief-answer-not-reached = pa rive la (moun nan ta di { $expected })
debrief-time-heading = Tan pou chak seksyon
debrief-persona-heading = Moun nan (imajinè)
practice-summary-none = Pa gen bilan ki kenbe nan { $dir }. Moun k ap fòme yo kenbe pa yo nan fen yon pratik (y), epi yo kopye yo isit la.
practice-summary-title = Rezime pratik: { $files } bilan nan { $dir }
practice-summary-scenario = { $title }: { $attempts ->
        [one] yon esè
       *[other] { $attempts } esè
    }, { $mean } pwen an mwayèn (pi ba { $lowest }, pi wo { $highest }, sou { $max })
practice-summary-missed-heading = Sa yo rate pi souvan:
practice-summary-missed = { $item }: { $count } sou { $attempts }
practice-badge = PRATIK
practice-scenarios = Moun imajinè pou fè depistaj
practice-setting-hotline = Yon apèl
practice-setting-outreach = Fas a fas
practice-ask-hint = Peze a pou poze moun nan kesyon sa a; apre sa note repons lan jan ou ta fè l.
practice-reply-heading = Moun nan di
practice-will-keep = Bilan an ap kenbe kòm fichye Markdown lè ou kite pratik la.
action-practice-start = Fè depistaj moun imajinè sa a
action-practice-quit = Kite pratik la
action-practice-end = Fini pratik la epi wè bilan an
action-practice-ask = Poze moun nan kesyon sa a (repons li parèt anba a)
action-practice-keep = Kenbe bilan sa a kòm fichye Markdown (done imajinè sèlman)
action-practice-again = Tounen nan senaryo yo
key-end = fini
key-ask = poze
key-again = ankò
help-practice-picker = Pratik: chwazi yon moun
help-practice-consent = Pratik: konsantman an
help-practice-question = Pratik: yon kesyon
help-practice-debrief = Pratik: bilan an
practice-kept-as = Bilan an kenbe kòm { $file } (done imajinè sèlman).
practice-done = Tout kesyon yo fini. Louvri etap ijan yo (!) si gen yon bagay ki ijan, apre sa peze Enter pou referans yo (Esc ale dirèk nan bilan an).
help-practice-done = Pratik: fen an
key-urgent = etap ijan
practice-multiple-prompt = Make ak touch nimewo yo, apre sa Enter.
action-practice = Pratike ak yon moun imajinè (pa bezwen kle, anyen pa anrejistre)
key-practice = pratik
action-practice-role-play = Jwe wòl: yon patnè jwe wòl moun nan apati kat ki enprime a
key-role-play = jwe wòl
practice-role-play-hint = Jwe wòl: patnè ou reponn tankou moun ki sou kat la (lantern practice card ID enprime l).
practice-role-play-intro = Jwe wòl: patnè ou jwe wòl moun ki sou kat ki enprime a (lantern practice card ID). Poze chak kesyon awotvwa epi note repons lan jan ou ta fè l. b retounen, q fini pratik la epi montre bilan an.

## Practice: referrals
debrief-score-referrals = Referans yo ofri pou bezwen yo jwenn
debrief-referrals-heading = Referans
debrief-referral-service = { $service } (pataje: { $consent ->
        [yes] sa ki nesesè
        [limited] sèlman sa moun nan te di
       *[no] anyen; moun nan kontakte yo li menm
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: pa gen anyen ki ofri, malgre lis sèvis la te gen sèvis pou sa
debrief-referral-not-found = { $need }: pa gen anyen ki ofri; bezwen an pa t jwenn, kidonk pa t gen anyen pou ofri
debrief-referral-nothing-local = { $need }: lis sèvis la pa gen anyen pou bezwen sa a (li toujou bon pou ofri liy èd la oswa yon fason pou tounen)
debrief-referral-other = Yo ofri tou: { $services }
debrief-referral-missed = Pa gen referans ki ofri pou: { $need }
debrief-referrals-none-expected = Moun sa a pa t bezwen referans; ofri enfòmasyon ak yon fason pou tounen se toujou yon bon pratik.
debrief-referrals-stopped = Depistaj la sispann, e anyen pa t li awotvwa ni ofri: se sa ki te dwe fèt, paske nenpòt sa yo te di, lòt moun ta tande l oswa yo ta repete l.
debrief-referrals-not-reached = Etap referans yo pa t rive: pratik la fini anvan.
action-practice-referrals = Ale nan referans yo (ofri sèvis, mande konsantman pou pataje)
key-referrals = referans
action-practice-to-debrief = Fini pratik la epi wè bilan an
key-debrief = bilan
action-practice-referrals-back = Tounen nan kesyon yo
help-practice-referrals = Pratik: referans
help-practice-referrals-stopped = Pratik: referans apre yon sispansyon
practice-invalid = Mwen pa konprann sa. Tape youn nan lèt oswa nimewo ki parèt yo.
