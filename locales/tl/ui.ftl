# lantern user interface: Tagalog, translated from en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.
# Plurals: in Tagalog the CLDR category "one" also covers 2, 3, 5, 7, 8, 10, 11, ... so a
# [one] variant must show { $count } (never a literal "1").

## General
app-name = lantern
yes = oo
no = hindi
answer-yes = Oo
answer-no = Hindi
answer-declined = Tumangging sumagot
answer-dont-know = Hindi alam
answer-not-asked = Hindi itinanong
answer-none = (wala sa mga ito)
answer-unanswered = walang sagot
answer-hidden = ••• (sensitibo, pindutin ang v para makita)
continue = Magpatuloy
cancel = Kanselahin
back = Bumalik
error-prefix = Problema:

## Hint bar and keys
key-help = tulong
key-quick-exit = mabilisang labas
key-pause = hinto
key-notes = tala
key-next = susunod
key-back = bumalik
key-review = suriin
key-sections = mga seksyon
key-guidance = gabay
key-interpreter = interpreter
key-language = wika
key-yes = oo
key-no = hindi
key-declined = tumanggi
key-dont-know = hindi alam
key-not-asked = hindi itinanong
key-filter = salain
key-select = piliin
key-toggle = i-tsek
key-confirm = kumpirmahin
key-start = simulan
key-finish = tapusin
key-save = i-save
key-show = sensitibo
key-clear = burahin
key-theme = tema
key-up-down = lumipat
key-close = isara

## Help overlay
help-title = Mga key
help-intro = Lahat ay magagawa sa keyboard. Gumagana habang nagta-type ang key sa bracket.
help-global = Sa bawat screen
help-question = Sa isang tanong
help-lists = Sa mga listahan
help-review = Sa pagsusuri
action-help = Ipakita o itago ang tulong na ito
action-quick-exit = Mabilisang labas: i-save ang encrypted na draft, burahin ang screen at isara
action-pause = Hinto: magpakita ng neutral na screen hanggang may pindutin na key
action-notes = Buksan o isara ang panel ng mga tala
action-next = Susunod na tanong (nananatili ang sagot)
action-back = Nakaraang tanong
action-next-unanswered = Susunod na tanong na wala pang sagot
action-review = Suriin bago i-save: bawat tanong at ang sagot nito
action-sections = Pumunta sa isang seksyon
action-guidance = Ipakita o itago ang gabay para sa worker at ang "bakit namin itinatanong"
action-interpreter = View ng interpreter: ang tanong sa dalawang wika
action-language = Palitan ang wika ng panayam
action-yes = Sumagot ng oo
action-no = Sumagot ng hindi
action-declined = Tumanggi ang tao na sumagot
action-dont-know = Hindi alam ng tao
action-not-asked = Hindi itinanong ang tanong
action-clear = Alisin ang sagot sa tanong na ito
action-consent-check = Piliin kung sino ang nag-i-interpret, bago basahin ang anuman
action-urgent-steps = Buksan ang mga hakbang sa pagtugon para sa mga apurahang babalang lumabas na, saka bumalik sa parehong tanong
action-filter = Salain ang mga pagpipilian sa pamamagitan ng pag-type
action-select = Piliin (maramihang pagpipilian: lagyan o alisan ng tsek)
action-number-keys = Pumili gamit ang numero
action-confirm = Kumpirmahin ang sagot
action-show-sensitive = Ipakita o itago ang mga sensitibong sagot
action-theme = Palitan ang tema (default, mataas na contrast, monochrome)
action-finish = Tapusin ang screening at tingnan ang resulta

## Unlock and first run
unlock-title = I-unlock
unlock-prompt = Ilagay ang iyong passphrase para i-unlock ang lantern.
unlock-why = Naka-encrypt gamit ang passphrase na ito ang mga screening na hindi pa tapos.
unlock-wrong = Mali ang passphrase na iyan. Subukan ulit.
setup-title = Maligayang pagdating sa lantern
setup-intro = Ini-encrypt ng lantern sa laptop na ito ang anumang screening na hindi pa tapos, gamit ang passphrase na ikaw lang ang nakakaalam. Pumili ng isa ngayon: ang ilang salita ang pinakamadaling tandaan at pinakamahirap hulaan.
setup-passphrase = Passphrase
setup-confirm = I-type ulit
setup-too-short = Kailangan ng passphrase ng hindi bababa sa { $min } karakter.
setup-mismatch = Hindi magkapareho ang dalawang passphrase.
setup-done = Naitakda na ang passphrase. Sarilinin mo ito: walang makakabawi nito.
passphrase-field = Passphrase:
working = Pinoproseso…

## Organization keys
keys-title = Wala pang key ng organisasyon
keys-explain = Sine-save lamang ang mga tapos na screening nang naka-encrypt sa public key ng iyong organisasyon, na nasa folder na { $folder }. Wala pa nito ang laptop na ito, kaya hindi pa maise-save ang mga screening.
keys-how = Hingin sa iyong supervisor ang public key ng organisasyon (nagsisimula ito sa age1) at idagdag ito gamit ang: lantern keys add age1…
keys-trial = Pindutin ang t para gumawa ng trial key pair para sa pagsubok. Isusulat ang private na bahagi nito sa { $path }: para ito sa makina ng supervisor, hindi kailanman sa laptop na ginagamit sa field.
keys-trial-done = Nagawa na ang trial key. Naisulat ang private key sa { $path } — ilipat ito sa makina ng supervisor at burahin ito sa laptop na ito.
keys-continue = Pindutin ang Enter para magpatuloy nang hindi nagse-save (hindi maise-save ang mga screening), o q para umalis.
keys-no-save-warning = Walang key ng organisasyon: hindi maise-save ang screening na ito.

## Resume
resume-title = May screening na naputol
resume-info = { $protocol }, sinimulan noong { $started }, { $answers ->
    [one] { $answers } sagot
   *[other] { $answers } sagot
} sa ngayon.
resume-question = Ituloy ito kung saan huminto?
resume-yes = Enter: ituloy
resume-later = l: itabi para mamaya
resume-discard = x: itapon ito
resume-discard-confirm = Itapon nang tuluyan ang screening na ito? Mawawala ang mga sagot nito. Pindutin ang y para itapon, ibang key para itabi ito.
resume-unreadable = Hindi mabuksan ang isang draft ({ $reason }). Iniwan ito nang walang binago.
resume-stale = Hindi nagalaw nang higit { $limit } araw, lampas sa takdang panahon ng inyong organisasyon.
resume-stale-offer = { $count ->
    [one] May isang screening na naghintay nang mas matagal kaysa sa itinatago ng inyong organisasyon ang mga draft ({ $limit } araw).
   *[other] May { $count } screening na naghintay nang mas matagal kaysa sa itinatago ng inyong organisasyon ang mga draft ({ $limit } araw).
}
resume-stale-key = o: itapon ang mga ito
resume-stale-confirm = Itapon nang tuluyan ang { $count } screening na mas luma sa { $limit } araw? Mawawala ang mga sagot. Pindutin ang y para itapon, ibang key para itabi.
resume-stale-done = Naitapon ang { $count } lumang screening.
plain-discard-stale = I-type ang y para itapon ngayon, iba pa para itabi.
help-resume-discard-old = Pagtatapon ng mga lumang screening
action-discard-old = Itapon ang lahat ng screening na lampas sa takdang panahon ng organisasyon (itatanong muna)
action-discard-old-yes = Oo, itapon nang tuluyan
resume-version-differs = Sinimulan ang screening na ito sa bersyon { $started } ng { $protocol }. Bersyon { $installed } ang naka-install ngayon.
resume-version-keep = Enter: ituloy sa bersyon { $started }, gaya ng pagkakasimula
resume-version-carry = u: gamitin ang bersyon { $installed }; ililipat ang mga sagot at ililista ang hindi na tugma
plain-resume-version = I-type ang 1 para ituloy sa bersyon { $started }, 2 para gamitin ang bersyon { $installed } at ilipat ang mga sagot.
resume-carried-title = Inilipat sa bersyon { $version }
resume-carried-all = Nailipat ang lahat ng sagot. Itatanong ang mga bagong tanong ng bersyong ito habang nagpapatuloy.
resume-carried-some = Naiwan sa bersyon { $from } ang mga sagot na ito at hindi na bahagi ng screening. Itatanong ang mga bagong tanong ng bersyong ito habang nagpapatuloy.
resume-left-removed = { $question } (wala ang tanong na ito sa bersyon { $version })
resume-left-changed = { $question } (nagbago ang tanong: itanong itong muli)
resume-carried-go-on = Enter: ituloy ang screening
help-resume-version = Screening na sinimulan sa ibang bersyon ng protocol nito
help-resume-carried = Pagkatapos ilipat ang isang screening
action-resume-as-started = Ituloy sa bersyon ng protocol na ginamit sa simula ng screening
action-carry-over = Gamitin ang naka-install na bersyon at ilipat ang mga sagot
action-go-on = Ituloy ang screening
key-as-started = gaya ng simula
key-carry-over = naka-install na bersyon
key-go-on = ituloy

## Home
home-title = Magsimula ng screening
home-protocol = Protocol
home-interview-language = Wika ng panayam (ang tao)
home-worker-language = Wika ng screen (ikaw)
home-worker = Label ng manggagawa (opsyonal)
home-minutes = ~{ $minutes } min
home-questions = { $count } tanong
home-audience-adult = nasa hustong gulang
home-audience-minor = wala pang 18
home-audience-any = kahit sino
home-not-validated = Gawa para sa lantern mula sa pampublikong palatandaan; hindi validated na tool.
home-example-settings = Halimbawa lamang ng lantern ang mga setting na ito. Dapat palitan ng iyong organisasyon ang abiso para sa hurisdiksyon at ang mga hakbang sa pagtugon.
home-start = Enter: simulan
home-no-protocols = Walang nakitang protocol sa { $folder }.

## Consent
consent-title = Bago tayo magsimula
consent-read = Basahin ito sa tao:
consent-notice = Abiso tungkol sa sapilitang pag-uulat (basahin bago ang anumang tanong):
consent-guidance = Para sa iyo:
consent-limits = Mga hangganan ng pagiging kumpidensyal (teksto ng iyong organisasyon; basahin ito nang walang binabago):
consent-limits-missing = Hindi pa naisusulat ng iyong organisasyon ang mga hangganan ng pagiging kumpidensyal (settings: [jurisdiction] confidentiality_limits). Huwag mangakong ililihim ang lahat; sabihin sa tao na may mga hangganan, at na sasabihin mo muna sa kanya bago ka kumilos dahil sa alinman sa mga ito.
consent-confirm = Pindutin ang Enter kapag nabasa na at pumayag ang tao na ituloy. Esc: bumalik.
consent-more = ↓ May babasahin pa sa ibaba (↓ o PgDn)
consent-check-first = Piliin muna kung sino ang nag-i-interpret (isang number key): walang babasahin bago iyon.
consent-interpreter-stop = Huwag magbasa nang malakas ng kahit ano: hindi independiyente ang interpreter na ito at maririnig at maipapasa niya ang lahat. Tapusin nang mahinahon ang usapan, at mag-ayos ng propesyonal na interpreter at ng pribadong pag-uusap.
consent-confirm-stop = Pindutin ang Enter para itala ang napansin mo (para sa mga hakbang na agaran) bago huminto. Esc: bumalik.

## Question screen
question-section = { $section } ({ $index } sa { $count })
question-progress = { $answered } sa { $shown } ang nasagot
title-elapsed = Tagal { $time }
question-read-aloud = Basahin nang malakas:
question-worker-only = Para sa iyo (huwag basahin nang malakas):
question-in-worker-language = Sa iyong wika:
question-guidance = Gabay
question-purpose = Bakit namin itinatanong
question-answer = Sagot:
question-note-continue = Enter: magpatuloy
question-number-prompt = Mag-type ng numero{ $unit } at pindutin ang Enter
question-number-range = mula { $min } hanggang { $max }
question-date-prompt = Mag-type ng petsa bilang YYYY-MM-DD (taon-buwan-araw) at pindutin ang Enter
question-text-prompt = I-type ang sagot at pindutin ang Enter
question-choice-prompt = Pumili gamit ang mga number key o ↑/↓ at Enter
question-multiple-prompt = Mag-tsek gamit ang Space o ang mga number key, saka Enter
question-filter = Salain:
question-no-match = Walang pagpipiliang tugma sa "{ $filter }".
question-invalid-number = Hindi iyan buong numero.
question-invalid-date = Hindi iyan petsa (YYYY-MM-DD).
question-current-answer = Kasalukuyang sagot: { $answer }
question-language-changed = { $language } na ngayon ang wika ng panayam.
question-notes-title = Mga tala (naka-encrypt kapag na-save; Esc o F4 para isara)
notes-hint = Ang kailangan lang ng mga serbisyo para sa follow-up. Walang salaysay ng nangyari, walang pangalan.
notes-count = { $count }/{ $max }
notes-full = Puno na ang mga tala ({ $max } karakter): itira lang ang kailangan ng mga serbisyo para sa follow-up.
question-urgent-banner = APURAHAN: { $flags }. { $key }: ang mga hakbang sa pagtugon (saka bumalik sa tanong na ito).
urgent-steps-title = Apurahan: ang mga hakbang sa pagtugon
urgent-steps-back = { $key }: bumalik sa tanong.
question-sections-title = Pumunta sa isang seksyon
question-language-title = Wika ng panayam
question-no-save = Hindi naka-save: walang key ng organisasyon

## Review
review-title = Suriin bago i-save
review-summary = { $answered } nasagot, { $unanswered } walang sagot, { $declined } tumanggi, { $not-asked } hindi itinanong
review-unanswered = walang sagot
review-finish = f: tapusin at tingnan ang resulta   Enter: pumunta sa tanong
review-confirm-unanswered = { $count ->
    [one] { $count } tanong ang walang sagot.
   *[other] { $count } tanong ang walang sagot.
} Tapusin pa rin? y: tapusin   ibang key: bumalik

## Outcome
outcome-title = Resulta
outcome-level-not_screened = Hindi na-screen: hindi ito magawa nang ligtas
outcome-level-no_indicators = Walang lumabas na palatandaan sa mga itinanong
outcome-level-indicators_present = May mga palatandaan: mag-alok ng referral
outcome-level-full_assessment = May mga palatandaan: mag-alok ng referral at buong pagtatasa
outcome-level-urgent = Apurahan: sundin ngayon ang mga hakbang sa pagtugon
outcome-not-determination = Resulta ito ng screening, hindi isang pagpapasya tungkol sa sinuman.
outcome-indicators = Mga palatandaan
outcome-urgent = Apurahan
outcome-response-steps = Mga hakbang sa pagtugon
outcome-org-steps = Mga hakbang ng iyong organisasyon
outcome-contacts = Mga contact
outcome-none = wala
outcome-next = Enter: mga pangangailangan at susunod na hakbang

## Needs
needs-title = Mga pangangailangan at susunod na hakbang
needs-intro = Ito ang mga lumabas na pangangailangan. Magpasya kasama ang tao kung ano ang susunod; siya ang pipili.
needs-none = Walang pangangailangang lumabas sa mga sagot. Laging puwede ang hotline.
needs-hotline = Kung walang angkop na lokal na serbisyo: { $name } { $phone }
needs-next = Enter: i-save

## Save
save-title = I-save
save-explain = Ie-encrypt ang record para sa { $count ->
    [one] { $count } key ng iyong organisasyon
   *[other] { $count } key ng iyong organisasyon
}. Hindi ito mababasa muli ng laptop na ito.
save-confirm = Enter: i-save nang naka-encrypt   Esc: bumalik
save-done = Na-save na. Naka-encrypt ang record at naghihintay sa outbox para sa sync.
save-draft-deleted = Nabura na ang draft ng screening na ito.
save-failed = Hindi ma-save ang record: { $reason }
save-no-keys = Hindi maise-save ang screening na ito: walang key ng organisasyon. Walang naisulat.
save-home = Enter: bumalik sa simula

## Pause and lock
pause-line = Huminga nang dahan-dahan. Pindutin ang anumang key kapag handa ka na.
lock-title = Naka-lock
lock-explain = Nag-lock ang lantern matapos ang { $minutes } minutong walang aktibidad.
lock-prompt = Ilagay ang passphrase para magpatuloy.

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
language-in-text-en = Ingles
language-in-text-es = Espanyol
language-in-text-zh-Hans = Tsino (pinasimple)
language-in-text-vi = Vietnamese
language-in-text-tl = Tagalog
language-in-text-ko = Koreano
language-in-text-pt-BR = Portuges (Brazil)
language-in-text-ht = Haitian Creole
language-in-text-ru = Ruso
language-in-text-pt = Portuges
language-in-text-fr = Pranses

## Plain mode (screen readers)
plain-intro = lantern, simpleng mode. I-type ang numero ng iyong pinili at pindutin ang Enter. I-type ang h para sa tulong, q para umalis.
ui-language-missing = Wala pang { $tag } na salin ang lantern: ipinapakita ito sa { $shown }.
plain-help = Sa anumang tanong: y oo, n hindi, d tumanggi, k hindi alam, s hindi itinanong, b bumalik, r suriin, ! apurahang hakbang sa pagtugon, h tulong, q umalis at itabi ang draft.
plain-urgent-now = APURAHAN: sundin ngayon ang mga hakbang na ito sa pagtugon.
plain-urgent-none = Wala pang apurahang babalang lumabas.
plain-urgent-continue = I-type ang ! sa anumang tanong para marinig ulit ang mga hakbang na ito.
plain-help-notes = Mga tala: i-type ang + at ang iyong teksto para idagdag ito sa mga tala (nakatabi nang naka-encrypt); + lamang para makita ang mga tala. Ang kailangan lang ng mga serbisyo para sa follow-up: walang salaysay ng nangyari, walang pangalan.
plain-note-added = Naidagdag sa mga tala (nakatabi nang naka-encrypt).
plain-notes-now = Mga tala sa ngayon:
plain-notes-none = Wala pang tala.
plain-worker-label = Label ng manggagawa (opsyonal; pindutin ang Enter para laktawan):
plain-choose-protocol = Pumili ng protocol:
plain-choose-language = Wika ng panayam:
plain-question = Tanong { $index } sa { $count }:
plain-choices = Mga pagpipilian:
plain-multiple-hint = I-type ang mga numero ng lahat ng angkop, na may espasyo sa pagitan.
plain-invalid = Hindi ko iyon naintindihan. I-type ang h para sa tulong.
plain-saved = Na-save nang naka-encrypt.
plain-quit = Huminto. Nakatabi ang draft nang naka-encrypt.
plain-passphrase = Passphrase:
plain-continue = Pindutin ang Enter para magpatuloy.

## Answer problems
error-too-small = Dapat hindi bababa sa { $min } ang numero.
error-too-large = Dapat hindi hihigit sa { $max } ang numero.
error-too-long = Lampas sa { $max } character ang sagot.
error-empty = Walang laman ang sagot: gamitin na lang ang "tumanggi" o "hindi alam".
error-exclusive = Hindi puwedeng isabay ang pagpipiliang iyan sa iba.

## Service categories (needs)
category-emergency_shelter = Pang-emergency na kanlungan
category-housing = Pabahay
category-case_management = Case management
category-legal_immigration = Tulong legal sa imigrasyon
category-legal_criminal_record = Tulong legal sa criminal record
category-legal_labor_civil = Tulong legal sa paggawa at sibil
category-medical = Pangangalagang medikal
category-behavioral_health = Kalusugang pangkaisipan
category-substance_use = Suporta sa paggamit ng droga o alak
category-economic_empowerment = Trabaho at kita
category-education = Edukasyon
category-interpretation = Interpretasyon
category-transportation = Transportasyon
category-basic_needs = Mga pangunahing pangangailangan
category-child_welfare = Kapakanan ng bata
category-hotline = Hotline

## Plain mode, more
plain-review = I-type ang f para tapusin, ang numero ng tanong para baguhin ito, o v para basahin nang malakas o itago ang mga sensitibong sagot (gumamit ng headphones).
plain-save = I-type ang y para i-save (naka-encrypt), q para huminto at itabi ang draft.
plain-resume = I-type ang 1 para ituloy ito, 2 para itabi para mamaya, 3 para itapon ito.
plain-answer-prompt = Sagot:
plain-unanswered-confirm = May mga tanong na walang sagot. I-type ang y para tapusin pa rin.

## Referrals
referrals-title = Mga referral
referrals-intro = Mga mungkahi mula sa lokal na direktoryo, ayon sa pangangailangan. Ang tao ang pipili; walang ibabahagi nang walang pahintulot niya.
referrals-minor = Wala pang 18: unahin ang mga serbisyo para sa kabataan. Sundin ang abiso sa pag-uulat na binasa sa simula.
referrals-minor-read-now = Wala pang 18: basahin ngayon sa tao ang abiso sa pag-uulat sa ibaba, bago ang anumang iba pa. Unahin ang mga serbisyo para sa kabataan.
referrals-not-screened = Huminto ang screening bago ito magawa nang ligtas. Huwag basahin ang script ng referral o magtanong tungkol sa pagbabahagi: maririnig ito o maipapasa sa iba. Mag-ayos ng pribadong pag-uusap, kasama ang isang independiyenteng interpreter kung kailangan, at kung ligtas, magbigay ng hindi halatang paraan para makontak ka o ang hotline.
referrals-need = { $need }
referrals-none = Walang serbisyo sa direktoryo na angkop sa pangangailangang ito.
referrals-choose = Enter: piliin   →: ituloy sa pag-save   /: salain   x: alisin ang pinili
referrals-chosen = napili
referrals-count = { $count ->
    [one] { $count } referral ang napili
   *[other] { $count } referral ang napili
}
referrals-law-enforcement = e: humihingi ang tao ng serbisyo ng pulisya o awtoridad
referrals-law-enforcement-on = Kasama ang serbisyo ng pulisya o awtoridad: hiniling ito ng tao.
plain-referrals = I-type ang mga numero ng mga serbisyong pinili ng tao (halimbawa 1 3), o pindutin ang Enter kung wala:
referral-consent-title = Referral at pahintulot
referral-handoff = { $register ->
    [informal] Basahin sa tao: "Makakatulong sa iyo ang { $service }. Puwede ko silang tawagan kasama ka ngayon, o ibigay sa iyo ang numero nila. Ikaw ang magpapasya kung ano ang sasabihin ko tungkol sa iyo."
   *[formal] Basahin sa tao: "Makakatulong po sa inyo ang { $service }. Puwede ko po silang tawagan kasama kayo ngayon, o ibigay sa inyo ang numero nila. Kayo po ang magpapasya kung ano ang sasabihin ko tungkol sa inyo."
}
referral-handoff-why = Kung bakit ito iminungkahi (para sa iyo; huwag basahin nang malakas): { $reasons }
referral-consent-question = { $register ->
    [informal] Puwede ba naming ibahagi sa kanila ang anumang tungkol sa iyo?
   *[formal] Puwede po ba naming ibahagi sa kanila ang anumang tungkol sa inyo?
}
referral-consent-scope = Pasalitang pahintulot para sa personal na pag-uugnay (warm hand-off) sa serbisyong ito lamang, hanggang { $until }. Hindi ito nakasulat na pahintulot (release): bago ibahagi ang anumang makapagpapakilala sa tao, kailangan muna ng pinirmahang release na may takdang petsa.
referral-consent-yes = y: oo, puwedeng ibahagi ang kailangan
referral-consent-no = n: hindi, walang ibabahagi (ang tao ang kokontak sa kanila)
referral-consent-limited = l: ang sinasabi lang ng tao (i-type ito)
referral-limited-prompt = Ang puwedeng ibahagi, sa sariling salita ng tao:
referral-phone = Telepono: { $phone }
reason-also-covers = tumutulong din sa { $category }
reason-speaks = nagsasalita ng { $language }
reason-interpretation = may interpretasyon
reason-24-7 = bukas 24/7
reason-open-now = bukas ngayon
reason-youth = para sa kabataan
reason-trafficking = may karanasan sa mga survivor ng trafficking
reason-no-id = hindi kailangan ng ID
reason-no-status = hindi kailangan ng immigration status
reason-no-sobriety = hindi kailangang tumigil sa alak o droga
reason-lgbtq = tanggap at sumusuporta sa LGBTQ+
reason-distance = { $km } km ang layo
reason-hotline = walang angkop na lokal na serbisyo: ang pambansang hotline
reason-wanted-lgbtq = tanggap at sumusuporta sa LGBTQ+, gaya ng hiniling
reason-wanted-accessible = inilalarawan ang accessibility nito, gaya ng hiniling
reason-wanted-women = naglilingkod sa kababaihan, gaya ng hiniling
reason-wanted-men = naglilingkod sa kalalakihan, gaya ng hiniling
reason-wanted-nonbinary = tumatanggap sa mga non-binary, gaya ng hiniling
misfit-language = walang staff na nagsasalita ng { $language }
misfit-closed = sarado ngayon
misfit-inferred = hinulaan ang kategorya mula sa paglalarawan nito
misfit-ages = edad { $from }–{ $to } lang: tiyakin ang edad ng tao
misfit-ages-from = edad { $from } pataas lang: tiyakin ang edad ng tao
misfit-ages-to = hanggang edad { $to } lang: tiyakin ang edad ng tao
misfit-serves-only = { $who } lang ang pinaglilingkuran
misfit-serves-women = kababaihan
misfit-serves-men = kalalakihan
misfit-serves-nonbinary = mga non-binary
misfit-wanted-lgbtq = hindi sinasabing tanggap at sumusuporta sa LGBTQ+
misfit-wanted-accessible = walang sinasabi tungkol sa accessibility
misfit-wanted-women = hindi sinasabing naglilingkod sa kababaihan
misfit-wanted-men = hindi sinasabing naglilingkod sa kalalakihan
misfit-wanted-nonbinary = hindi sinasabing tumatanggap sa mga non-binary
referral-eligibility = Kwalipikasyon: { $text }

# Status of this translation: draft until a native speaker has reviewed it.
translation-status = draft

## Keys, help and problems
key-next-field = susunod na field
key-quit = umalis
key-unlock = i-unlock
key-continue = magpatuloy
key-trial = trial key
key-resume = ituloy
key-later = mamaya
key-discard = itapon
key-discard-yes = itapon
key-keep = itabi
key-cancel = kanselahin
key-home = bumalik sa simula
key-share-yes = puwedeng ibahagi
key-share-no = walang ibabahagi
key-share-limited = sinabi lang niya
action-up = Lumipat pataas
action-down = Lumipat pababa
action-page-up = Mag-scroll pataas nang isang pahina
action-page-down = Mag-scroll pababa nang isang pahina
action-scroll-up = Mag-scroll pataas
action-scroll-down = Mag-scroll pababa
action-close = Isara
action-cancel = Kanselahin
action-quit = Umalis sa lantern
action-next-field = Susunod na field
action-prev-field = Nakaraang field
action-setup-confirm = Susunod na field, saka itakda ang passphrase
action-unlock = I-unlock gamit ang passphrase
action-trial-key = Gumawa ng trial key pair (para subukan ang lantern, hindi kailanman para sa totoong screening)
action-continue-without-saving = Magpatuloy nang walang key ng organisasyon (walang maise-save)
action-resume = Ituloy ang napiling screening kung saan ito huminto
action-later = Itabi ito para mamaya at pumunta sa simula
action-discard = Itapon ang napiling screening (magtatanong muna)
action-discard-yes = Oo, itapon ito nang tuluyan
action-discard-no = Hindi, itabi ito
action-start = Simulan ang screening gamit ang napiling protocol at mga wika
action-home-up = Nakaraang protocol, o palitan ang wika
action-home-down = Susunod na protocol, o palitan ang wika
action-home-left = Palitan ang wika
action-home-right = Palitan ang wika
action-consent = Nabasa na ang script at pumayag ang tao: tumuloy sa mga tanong
action-consent-back = Bumalik sa simula (walang na-save)
action-filter-clear = Alisin ang filter
action-review-go = Pumunta sa tanong para baguhin ang sagot nito
action-review-back = Bumalik sa huling tanong
action-urgent-back = Isara ang mga hakbang sa pagtugon at bumalik sa tanong
action-finish-anyway = Tapusin kahit may mga tanong na walang sagot
action-finish-not-yet = Hindi pa: bumalik sa pagsusuri
action-to-referrals = Tumuloy sa mga referral
action-outcome-back = Bumalik sa pagsusuri para baguhin ang isang sagot (bubuksan ulit ang screening)
action-referral-choose = Piliin ang serbisyong ito (script ng referral at pahintulot na magbahagi)
action-to-save = Tumuloy sa pag-save
action-filter-services = Salain ang mga serbisyo sa pamamagitan ng pag-type
action-law-enforcement = Humihingi ang tao ng serbisyo ng pulisya o awtoridad (ipinapakita lang kapag ganoon)
action-referral-remove = Alisin ang piniling ito
action-referrals-back = Bumalik sa resulta
action-share-yes = Pumapayag ang tao: puwede naming ibahagi ang kailangan
action-share-no = Walang puwedeng ibahagi; ang tao ang kokontak sa serbisyo
action-share-limited = Ang sinasabi lang ng tao ang puwedeng ibahagi (i-type ito)
action-share-confirm = Itala kung ano ang puwedeng ibahagi
action-save = I-save ang naka-encrypt na record
action-save-back = Bumalik sa mga referral
action-saved-home = Bumalik sa simula, para sa susunod na screening
action-section-go = Pumunta sa seksyong ito
action-language-choose = Gamitin ang wikang ito sa panayam mula ngayon
action-notes-close = Isara ang mga tala (nakatabi nang naka-encrypt)
action-delete-back = Burahin ang karakter bago ang cursor
action-delete-forward = Burahin ang karakter sa cursor
action-cursor-left = Ilipat ang cursor pakaliwa
action-cursor-right = Ilipat ang cursor pakanan
action-cursor-home = Ilipat ang cursor sa simula
action-cursor-end = Ilipat ang cursor sa dulo
action-type = Mag-type sa field
keys-letters = mga titik, numero, Space
help-setup = Unang pagbukas: ang passphrase
help-unlock = I-unlock
help-no-keys = Walang key ng organisasyon
help-resume = Screening na naputol
help-resume-discard = Pagtatapon ng screening
help-home = Magsimula ng screening
help-consent = Pahintulot
help-review-finish = Pagtatapos nang may mga tanong na walang sagot
help-outcome = Ang resulta
help-referrals = Mga referral
help-referrals-stopped = Mga referral pagkatapos huminto
help-referral-consent = Pahintulot na magbahagi para sa referral
help-save = I-save
help-saved = Na-save
help-help = Ang tulong na ito
help-notes = Mga tala
help-sections = Pumunta sa isang seksyon
help-language = Wika ng panayam
help-urgent = Mga apurahang hakbang sa pagtugon
help-locked = Naka-lock
help-text-field = Sa anumang text field
home-draft-language = { $language } (draft na salin)
question-in-worker-language-named = Sa iyong wika ({ $language }):
plain-not-saved = Nakatabi lang ang mga huling sagot habang tumatakbo ang lantern, hanggang magtagumpay ang pag-save.
problem-empty = Walang na-type.
problem-answer-first = Sumagot muna, o itala na tumanggi ang tao na sumagot o hindi niya alam.
problem-choose-first = Pumili gamit ang number key, o lumipat muna sa isang pagpipilian gamit ang ↑/↓.
problem-empty-hint = I-type ang sagot, o itala na tumanggi ang tao na sumagot o hindi niya alam.
problem-not-yes-no = Sumagot ng oo o hindi.
problem-number-hint = Mga numero lang ang i-type, halimbawa 40.
problem-date-hint = Halimbawa 2025-03-31 (taon, buwan, araw).
problem-no-such-choice = Walang pagpipilian na { $choice }.
problem-no-such-choice-hint = I-type ang isa sa mga numerong nakikita.
problem-note = Paalala ito para sa iyo; hindi ito kailangang sagutin.
problem-wrong-kind = Hindi angkop sa tanong na ito ang ganyang uri ng sagot.
problem-consent-first = Basahin muna ang script ng pahintulot: walang tanong na nauuna rito.
problem-hidden = Hindi itinatanong ang tanong na iyan batay sa mga sagot sa ngayon.
problem-hidden-hint = Isinara ito ng naunang sagot; baguhin ang sagot na iyon para mabuksan ito ulit.
problem-unknown-language = Walang teksto sa { $language } ang protocol na ito.
problem-finished = Tapos na ang screening.
problem-not-finished = Hindi pa tapos ang screening.
problem-protocol-changed = Nagbago ang protocol na { $protocol } mula nang simulan ang screening na ito.
problem-protocol-changed-hint = Hingin sa iyong supervisor ang naunang bersyon ng protocol para matapos ang screening na ito.
problem-not-available = Hindi iyan magagamit ngayon.
problem-bad-keys = May file sa keys/ na may linyang hindi public key.
problem-bad-keys-hint = Ipinapakita ng `lantern keys list` kung aling file at linya.
problem-bad-identity = Hindi mabasa ang identity file.
problem-encrypt = Hindi ma-encrypt ang record.
problem-unreadable = Hindi mabuksan ang file na ito: sira ito, o na-encrypt ito para sa ibang key.
problem-device-key-exists = May device key na ang laptop na ito; hindi ito kailanman pinapalitan ng lantern.
problem-locked = Naka-lock ang lantern: ilagay muna ang passphrase.
problem-disk-full = Puno na ang disk: walang bagong maisusulat.
problem-disk-full-hint = Magbakante ng kaunting espasyo sa laptop na ito, saka subukan ulit.
problem-permission = Hindi puwedeng magsulat ang lantern sa { $folder }.
problem-permission-hint = Tiyaking iyo ang folder at hindi ito read-only.
problem-not-found = Walang folder na { $folder }.
problem-io = May file sa { $folder } na hindi mabasa o masulatan.
problem-io-hint = Suriin ang disk at ang folder, saka subukan ulit.
problem-protocol-gone = Hindi na naka-install ang protocol na { $protocol } ng screening na ito.
problem-protocol-gone-hint = Ibalik ang file ng protocol sa screening/ para maituloy ito.
key-change = palitan

## Start-up
startup-private-key = Hindi magsisimula ang lantern ng screening: may private key sa device na ito, sa:
startup-private-key-fix = Mababasa ng sinumang may hawak ng laptop na ito ang mga record na sine-save nito. Ilipat ang file palabas ng device na ito (sa supervisor mo ito nararapat), sabihin sa supervisor mo na kailangang palitan ang key, at saka simulan muli ang lantern. Ipinapakita ng `lantern keys check` kung saan may nakitang key.
drafts-already-saved = { $count ->
    [one] May screening na naantala pagkatapos mismong ma-save at nag-iwan ng draft: nasa outbox ang record, at inalis na ang draft.
   *[other] { $count } screening na naantala pagkatapos mismong ma-save ang nag-iwan ng mga draft: nasa outbox ang mga record, at inalis na ang mga draft.
}
quick-exit-unsaved = Nagsara ang lantern, pero hindi na-save ang mga huling sagot (baka puno na ang disk): nasa draft ang na-save bago noon. Magbakante ng espasyo bago simulan muli ang lantern.
problem-symlink = Ang { $path } ay link papunta sa ibang lugar. Hindi sinusundan ng lantern ang mga link sa folder ng data nito: baka may gustong magpasulat dito sa ibang lugar.
problem-symlink-hint = Alisin ang link (matutulungan ka ng supervisor mo), at saka simulan muli ang lantern.
folder-loosened = { $count ->
    [one] Nabubuksan ng ibang account sa computer na ito ang isang item sa folder ng data ng lantern; ginawa itong pribado muli ng lantern.
   *[other] Nabubuksan ng ibang account sa computer na ito ang { $count } item sa folder ng data ng lantern; ginawa itong pribado muli ng lantern.
}
folder-drafts-without-key = May mga screening na hindi pa tapos sa laptop na ito, pero nawawala ang key na nagbubukas sa mga ito: baka may naglipat o nagbura nito. Sabihin sa supervisor mo bago pumili ng bagong passphrase (hindi mabubuksan ng bago ang mga lumang draft).
folder-drafts-without-outbox = May mga screening na hindi pa tapos sa laptop na ito, pero nawawala ang folder ng outbox: baka nailipat ang mga na-save na record na naghihintay maipadala. Sabihin sa supervisor mo.
folder-not-a-file = Hindi file ang { $path }; hindi ito isinama ng lantern.
setup-guessable = Isa ang passphrase na ito sa mga unang susubukan ng kahit sino (iisang character na inulit, isang sunod-sunod, isang hanay ng keyboard o isang karaniwang password).
setup-guessable-hint = Pumili ng ilang salita na ikaw lang ang nakakaunawa ng kahulugan, halimbawa tatlo o apat na salitang walang kaugnayan sa isa't isa.
unlock-wait = Masyadong maraming maling passphrase nang sunod-sunod: maghintay ng { $seconds } segundo, at saka subukan muli.

## lantern sync (command line)
sync-to = Ipinapadala ang outbox sa { $target }
sync-nothing = Walang laman ang outbox: walang ipapadala.
sync-progress = { $done } sa { $total } na rekord ({ $kb } sa { $kb_total } KB, { $rate } bawat segundo)
sync-summary = Naipadala: { $sent }. Naroon na: { $already }. Salungatan: { $conflicts }. Nabigo: { $failed }. Hindi nasubukan: { $untried }.
sync-summary-dry-run = Walang ipinadala o inalis (subok lamang). Ipapadala: { $would }. Naroon na: { $already }. Salungatan: { $conflicts }. Nabigo: { $failed }.
sync-file-conflict = { $file }: may ibang file na ganito rin ang pangalan sa patutunguhan. Itinatago ang kopya sa laptop na ito.
sync-file-failed = { $file }: hindi naipadala. Itinatago ang kopya sa laptop na ito.
sync-conflict-hint = Sabihin sa iyong superbisor ang bawat salungatan, at huwag mong burahin ang kopya sa laptop na ito.
sync-failed-transient = Tumigil sa pagsagot ang patutunguhan.
sync-failed-transient-hint = Walang nawala. Mag-sync muli kapag mas maayos na ang koneksiyon.
sync-failed-missing = Wala ang patutunguhan: nakakabit ba ang drive, tama ba ang pangalan ng bucket o folder?
sync-failed-missing-hint = Walang nawala. Ikabit ang drive o itama ang patutunguhan, saka mag-sync muli.
sync-failed-denied = Tumanggi ang patutunguhan: walang pahintulot na magsulat doon, o mali o expired na ang access keys.
sync-failed-denied-hint = Walang nawala. Ipasuri sa iyong superbisor ang access keys at ang mga pahintulot ng folder o bucket.
sync-failed-full = Puno na ang patutunguhan.
sync-failed-full-hint = Walang nawala. Magbakante ng espasyo sa patutunguhan o gumamit ng iba, saka mag-sync muli.
sync-failed-unreachable = Hindi maabot ang patutunguhan: walang network, mali ang address, o tinanggihan ang certificate nito.
sync-failed-unreachable-hint = Walang nawala. Suriin ang koneksiyon at ang address, at mag-sync muli mamaya.
sync-failed-other = May mga rekord na hindi naipadala.
sync-failed-other-hint = Walang nawala: nasa laptop na ito pa rin ang mga ito. Mag-sync muli; kung patuloy na nabibigo, sabihin sa iyong superbisor.
sync-no-target = Walang patutunguhang ibinigay. Gamitin ang --to na may folder, s3://BUCKET/PREFIX o WebDAV na https:// address, o itakda ang sync.default sa settings.
sync-no-bucket = Kailangan ng s3:// na patutunguhan ang pangalan ng bucket: s3://BUCKET/PREFIX.
sync-insecure = Tinanggihan: naipapadala lang ang mga rekord nang walang encryption habang nasa biyahe (http://) papunta sa computer na ito mismo. Gumamit ng https:// na address.
sync-bad-ca = Hindi mabasa ang certificate bundle na nakasaad sa settings, o hindi ito nasa PEM format.
sync-bad-target = Hindi magagamit ang patutunguhang ito: suriin ang address nito sa settings o sa command line.
sync-credentials-too-open = Tinanggihan: nababasa ng ibang account sa computer na ito ang credentials file na nakasaad sa settings. Gawin itong pribado (chmod 600) at mag-sync muli.
sync-credentials-bad = Hindi mabasa ang access keys: wala o hindi mabasa ang credentials file, o walang seksiyon dito na may dalawang key para sa profile na ito.
sync-credentials-none = Walang nahanap na access key para sa bucket: hingin sa iyong superbisor ang mga key ng laptop na ito (itakda ang AWS_ACCESS_KEY_ID at AWS_SECRET_ACCESS_KEY, o isang credentials file na nakasaad sa settings).

## Send records: the sync screen and plain mode
sync-title = Ipadala ang mga rekord
key-sync = ipadala ang mga rekord
key-send = ipadala
action-sync = Ipadala ang mga naka-save na rekord sa organisasyon (USB drive, bucket o shared folder)
action-sync-send = Ipadala ang mga rekord sa napiling lugar
action-sync-back = Bumalik sa simula nang walang ipinapadala
action-sync-done = Bumalik sa simula
help-sync = Ipadala ang mga rekord
help-sync-done = Naipadala ang mga rekord
sync-waiting = { $count ->
    [0] Walang rekord na naghihintay sa outbox.
    [one] May isang rekord na naghihintay sa outbox ({ $kb } KB).
   *[other] May { $count } na rekord na naghihintay sa outbox ({ $kb } KB).
}
sync-choose = Ipadala sa:
sync-default = { $target } (default)
sync-other-folder = Isang folder: i-type ang path nito sa ibaba (hal. USB drive)
sync-no-targets = Walang lugar na naka-set up sa settings: i-type ang folder ng isang USB drive, o hilingin sa iyong superbisor na mag-set up nito.
sync-running = Ipinapadala at sinusuri ang bawat rekord. Kung huminto ito, walang mawawala: ipadala muli mamaya.
sync-done-ok = Naipadala at nasuri ang lahat ng rekord; inalis na ang mga kopya sa laptop na ito.
sync-journal-failed = Walang naipadala: hindi maisulat ng laptop na ito ang sync journal nito. Tingnan ang libreng espasyo ng laptop, saka subukang muli.
plain-sync-option = s) Ipadala ang mga naka-save na rekord ({ $count } ang naghihintay)
plain-sync-choose = Saan ipapadala? I-type ang numero, o ang folder ng isang USB drive (q para bumalik):
plain-sync-sending = Ipinapadala sa { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = PAGSASANAY: isang kathang-isip na tao. Walang sine-save at walang ipinapadala.
practice-choose = Pumili ng senaryo para sa pagsasanay:
practice-solo-intro = Pagsasanay nang mag-isa: sa bawat tanong, i-type ang a para itanong ito at marinig ang sagot ng tao, saka itala ang sagot gaya ng karaniwan mong ginagawa (y, n, isang numero, d tumanggi, k hindi alam). Bumabalik ang b, tinatapos ng q ang pagsasanay at ipinapakita ang debrief.
practice-hotline = Isa itong tawag: bantayan ang oras, gaya sa totoong tawag (ipinapakita ng debrief ang oras sa bawat bahagi).
practice-answer-prompt = Sagot (a para tanungin ang tao):
practice-person-says = Ang tao: { $reply }
practice-no-reply = Walang nakahandang sagot ang senaryong ito rito: sumagot gaya ng isasagot ng tao.
practice-keep = I-type ang y para itabi ang debrief na ito bilang Markdown file (kathang-isip na data lang), o pindutin ang Enter para laktawan:
practice-keep-name = Pangalan ng file [{ $default }]:
practice-kept = Naitabi ang debrief. Kathang-isip na data lang ang laman nito.
practice-card-title = PAGSASANAY: PERSONA CARD (isang kathang-isip na tao; para sa kapareha na gaganap sa kanya)
debrief-title = Debrief ng pagsasanay
debrief-fictional = Pagsasanay kasama ang isang kathang-isip na tao. Kathang-isip na data lang ang laman ng file na ito: walang totoong tao, walang totoong record.
debrief-score-heading = Iskor
debrief-score = { $points } sa { $max } puntos
debrief-score-note = Inihahambing ng iskor ang mga pagsubok sa iisang senaryo. Sinusukat nito ang pagsasanay, hindi kailanman ang taong nagsasanay.
debrief-score-consent = Nakumpirma ang pahintulot bago ang anumang tanong
debrief-score-checks = Inuna kung sino ang nag-i-interpret, ang privacy at ang napapansin mo
debrief-score-answers = Naitala ang mga sagot gaya ng ibinigay ng tao
debrief-score-indicators = Mga palatandaang nakita
debrief-score-outcome = Ang resultang naaabot ng mahusay na screening
debrief-score-declines = Iginalang ang pagtanggi
debrief-score-urgent = Kumilos sa mga apurahang hakbang
debrief-conduct-heading = Takbo ng pagsasanay
debrief-consent-first = Nakumpirma ang pahintulot bago sumagot ang tao ng anuman.
debrief-checks-first = Inuna ang pag-alam kung sino ang nag-i-interpret, kung makakapagsalita nang pribado ang tao at kung ano ang napansin mo.
debrief-declines-respected = Hindi na binalikan ang bawat tanong na tinanggihang sagutin ng tao.
debrief-pressured = Itinanong ulit matapos tumanggi ang tao: { $question }
debrief-urgent-not-acted = Apurahan, pero hindi binuksan ang mga hakbang sa pagtugon nito: { $flag }
debrief-outcome = Resulta: { $reached } (ang naaabot ng mahusay na screening: { $expected })
debrief-results-heading = Mga palatandaan, pangangailangan at apurahang babala
debrief-indicators = Mga palatandaan
debrief-needs = Mga pangangailangan
debrief-urgent = Mga apurahang babala
debrief-found = nakita:
debrief-missed = hindi nakita:
debrief-extra = hindi inaasahan:
debrief-none = wala
debrief-answers-heading = Mga sagot
debrief-answer-different = naitala ang { $recorded }; ang sinabi ng tao ay { $expected }
debrief-answer-not-recorded = hindi naitala; ang sasabihin sana ng tao ay { $expected }
debrief-answer-not-reached = hindi naabot (ang sasabihin sana ng tao ay { $expected })
debrief-time-heading = Oras bawat seksyon
debrief-persona-heading = Ang tao (kathang-isip)
practice-summary-none = Walang naitabing debrief sa { $dir }. Itinatabi ng mga nagsasanay ang kanila sa dulo ng pagsasanay (y), saka kinokopya rito.
practice-summary-title = Buod ng klase: { $files } debrief sa { $dir }
practice-summary-scenario = { $title }: { $attempts ->
        [one] isang pagsubok
       *[other] { $attempts } pagsubok
    }, { $mean } puntos sa karaniwan (pinakamababa { $lowest }, pinakamataas { $highest }, sa { $max })
practice-summary-missed-heading = Pinakamadalas na nakaligtaan:
practice-summary-missed = { $item }: { $count } sa { $attempts }
practice-badge = PAGSASANAY
practice-scenarios = Mga kathang-isip na tao para sa screening
practice-setting-hotline = Isang tawag
practice-setting-outreach = Harapan
practice-ask-hint = Pindutin ang a para itanong ito sa tao; saka itala ang sagot gaya ng karaniwan mong ginagawa.
practice-reply-heading = Sabi ng tao
practice-will-keep = Itatabi ang debrief bilang Markdown file paglabas mo sa pagsasanay.
action-practice-start = I-screen ang kathang-isip na taong ito
action-practice-quit = Lumabas sa pagsasanay
action-practice-end = Tapusin ang pagsasanay at tingnan ang debrief
action-practice-ask = Itanong ito sa tao (lalabas sa ibaba ang sagot)
action-practice-keep = Itabi ang debrief na ito bilang Markdown file (kathang-isip na data lang)
action-practice-again = Bumalik sa mga sitwasyon
key-end = tapusin
key-ask = itanong
key-again = muli
help-practice-picker = Pagsasanay: pagpili ng tao
help-practice-consent = Pagsasanay: ang pahintulot
help-practice-question = Pagsasanay: isang tanong
help-practice-debrief = Pagsasanay: ang debrief
practice-kept-as = Naitabi ang debrief bilang { $file } (kathang-isip na data lang).
practice-done = Tapos na ang lahat ng tanong. Kung may apurahan, buksan ang mga apurahang hakbang (!), saka pindutin ang Enter para sa mga referral (Esc para dumiretso sa debrief).
help-practice-done = Pagsasanay: ang wakas
key-urgent = apurahang hakbang
practice-multiple-prompt = Markahan gamit ang mga number key, saka pindutin ang Enter.
action-practice = Magsanay kasama ang isang kathang-isip na tao (walang key, walang sine-save)
key-practice = pagsasanay
action-practice-role-play = Role-play: ginagampanan ng kapareha ang tao mula sa naka-print na card
key-role-play = role-play
practice-role-play-hint = Role-play: sumasagot ang iyong kapareha bilang ang tao sa card (ipi-print ito ng lantern practice card ID).
practice-role-play-intro = Role-play: ginagampanan ng iyong kapareha ang tao mula sa naka-print na card (lantern practice card ID). Itanong nang malakas ang bawat tanong at itala ang sagot gaya ng karaniwan. Bumabalik ang b, tinatapos ng q ang pagsasanay at ipinapakita ang debrief.

## Pagsasanay: mga referral
debrief-score-referrals = Mga referral na inalok para sa mga nakitang pangangailangan
debrief-referrals-heading = Mga referral
debrief-referral-service = { $service } (pagbabahagi: { $consent ->
        [yes] ang kailangan
        [limited] ang sinabi lamang ng tao
       *[no] wala; ang tao mismo ang makikipag-ugnayan
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: walang inalok, kahit may mga serbisyo para dito sa direktoryo
debrief-referral-not-found = { $need }: walang inalok; hindi nakita ang pangangailangan, kaya walang maiaalok
debrief-referral-nothing-local = { $need }: walang serbisyo sa direktoryo para sa pangangailangang ito (mainam pa ring ialok ang hotline o paraan para bumalik)
debrief-referral-other = Inalok din: { $services }
debrief-referral-missed = Walang referral na inalok para sa: { $need }
debrief-referrals-none-expected = Hindi kailangan ng taong ito ng referral; mabuting gawain pa rin ang magbigay ng impormasyon at paraan para bumalik.
debrief-referrals-stopped = Huminto ang screening at walang binasa nang malakas o inalok: tama, dahil maririnig o maipapasa ang anumang sasabihin.
debrief-referrals-not-reached = Hindi naabot ang hakbang ng referral: natapos ang pagsasanay bago iyon.
action-practice-referrals = Tumuloy sa mga referral (mag-alok ng serbisyo, humingi ng pahintulot na magbahagi)
key-referrals = mga referral
action-practice-to-debrief = Tapusin ang pagsasanay at tingnan ang debrief
key-debrief = debrief
action-practice-referrals-back = Bumalik sa mga tanong
help-practice-referrals = Pagsasanay: mga referral
help-practice-referrals-stopped = Pagsasanay: mga referral pagkatapos huminto
practice-invalid = Hindi ko iyon naintindihan. I-type ang isa sa mga titik o numerong nakalista.
