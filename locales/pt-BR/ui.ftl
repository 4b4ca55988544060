# lantern user interface: Brazilian Portuguese (Português do Brasil), translated from en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.
# Plurals: in Portuguese the CLDR category "one" covers 0 as well as 1, so a [one] variant
# that can be reached with 0 shows { $count } or is worded to read well with 0 (never a literal "1").

## General
app-name = lantern
yes = sim
no = não
answer-yes = Sim
answer-no = Não
answer-declined = Preferiu não responder
answer-dont-know = Não sabe
answer-not-asked = Não perguntado
answer-none = (nenhuma destas)
answer-unanswered = sem resposta
answer-hidden = ••• (sensível; pressione v para ver)
continue = Continuar
cancel = Cancelar
back = Voltar
error-prefix = Problema:

## Hint bar and keys
key-help = ajuda
key-quick-exit = saída rápida
key-pause = pausa
key-notes = notas
key-next = próxima
key-back = voltar
key-review = revisar
key-sections = seções
key-guidance = orientações
key-interpreter = intérprete
key-language = idioma
key-yes = sim
key-no = não
key-declined = prefere não
key-dont-know = não sabe
key-not-asked = não perguntado
key-filter = filtrar
key-select = escolher
key-toggle = marcar
key-confirm = confirmar
key-start = iniciar
key-finish = concluir
key-save = salvar
key-show = ver sensíveis
key-clear = limpar resposta
key-theme = tema
key-up-down = mover
key-close = fechar
key-change = alterar
key-next-field = próximo campo
key-quit = sair
key-unlock = desbloquear
key-continue = continuar
key-trial = chave de teste
key-resume = retomar
key-later = depois
key-discard = descartar
key-discard-yes = descartar
key-keep = manter
key-cancel = cancelar
key-home = voltar ao início
key-share-yes = pode compartilhar
key-share-no = não compartilhar
key-share-limited = só o que disser

## Help overlay
help-title = Teclas
help-intro = Tudo funciona pelo teclado. Teclas entre colchetes funcionam também ao digitar.
help-global = Em todas as telas
help-question = Em uma pergunta
help-lists = Nas listas
help-review = Na revisão
action-help = Mostrar ou ocultar esta ajuda
action-quick-exit = Saída rápida: salva o rascunho criptografado, limpa a tela e fecha o lantern
action-pause = Pausa: mostra uma tela neutra até que uma tecla seja pressionada
action-notes = Abrir ou fechar o painel de notas
action-next = Próxima pergunta (mantém a resposta)
action-back = Pergunta anterior
action-next-unanswered = Próxima pergunta sem resposta
action-review = Revisar antes de salvar: cada pergunta e sua resposta
action-sections = Ir para uma seção
action-guidance = Mostrar ou ocultar as orientações para você e o "por que perguntamos"
action-interpreter = Modo intérprete: a pergunta nos dois idiomas
action-language = Mudar o idioma da entrevista
action-yes = Responder sim
action-no = Responder não
action-declined = A pessoa preferiu não responder
action-dont-know = A pessoa não sabe
action-not-asked = A pergunta não foi feita
action-clear = Apagar a resposta desta pergunta
action-consent-check = Escolher quem está interpretando, antes de ler qualquer coisa
action-urgent-steps = Abrir os passos de resposta dos alertas urgentes acionados até agora e depois voltar à mesma pergunta
action-filter = Filtrar as opções digitando
action-select = Escolher (múltipla escolha: marcar ou desmarcar)
action-number-keys = Escolher pelo número
action-confirm = Confirmar a resposta
action-show-sensitive = Mostrar ou ocultar as respostas sensíveis
action-theme = Trocar o tema (padrão, alto contraste, monocromático)
action-finish = Concluir a triagem e ver o resultado
action-up = Mover para cima
action-down = Mover para baixo
action-page-up = Rolar uma página para cima
action-page-down = Rolar uma página para baixo
action-scroll-up = Rolar para cima
action-scroll-down = Rolar para baixo
action-close = Fechar
action-cancel = Cancelar
action-quit = Sair do lantern
action-next-field = Próximo campo
action-prev-field = Campo anterior
action-setup-confirm = Próximo campo e depois definir a frase-senha
action-unlock = Desbloquear com a frase-senha
action-trial-key = Criar um par de chaves de teste (para experimentar, nunca para triagens reais)
action-continue-without-saving = Continuar sem chave da organização (nada poderá ser salvo)
action-resume = Retomar a triagem escolhida de onde parou
action-later = Deixar para depois e ir para o início
action-discard = Descartar a triagem escolhida (pergunta antes)
action-discard-yes = Sim, descartar de vez
action-discard-no = Não, manter
action-start = Iniciar a triagem com o protocolo e os idiomas escolhidos
action-home-up = Protocolo anterior, ou mudar o idioma
action-home-down = Próximo protocolo, ou mudar o idioma
action-home-left = Mudar o idioma
action-home-right = Mudar o idioma
action-consent = O texto foi lido e a pessoa concorda: seguir para as perguntas
action-consent-back = Voltar ao início (nada foi salvo)
action-filter-clear = Limpar o filtro
action-review-go = Ir para a pergunta para mudar a resposta
action-review-back = Voltar à última pergunta
action-urgent-back = Fechar os passos de resposta e voltar à pergunta
action-finish-anyway = Concluir mesmo com perguntas sem resposta
action-finish-not-yet = Ainda não: voltar à revisão
action-to-referrals = Seguir para os encaminhamentos
action-outcome-back = Voltar à revisão para mudar uma resposta (a triagem é reaberta)
action-referral-choose = Escolher este serviço (texto de apresentação e consentimento para compartilhar)
action-to-save = Seguir para salvar
action-filter-services = Filtrar os serviços digitando
action-law-enforcement = A pessoa pede serviços policiais (só então eles aparecem)
action-referral-remove = Remover esta escolha
action-referrals-back = Voltar ao resultado
action-share-yes = A pessoa concorda: podemos compartilhar o necessário
action-share-no = Nada pode ser compartilhado; a pessoa entra em contato com o serviço
action-share-limited = Só o que a pessoa disser pode ser compartilhado (digite)
action-share-confirm = Registrar o que pode ser compartilhado
action-save = Salvar o registro criptografado
action-save-back = Voltar aos encaminhamentos
action-saved-home = Voltar ao início, para a próxima triagem
action-section-go = Ir para esta seção
action-language-choose = Usar este idioma da entrevista a partir de agora
action-notes-close = Fechar as notas (ficam salvas criptografadas)
action-delete-back = Apagar o caractere antes do cursor
action-delete-forward = Apagar o caractere sob o cursor
action-cursor-left = Mover o cursor para a esquerda
action-cursor-right = Mover o cursor para a direita
action-cursor-home = Mover o cursor para o início
action-cursor-end = Mover o cursor para o fim
action-type = Digitar no campo
keys-letters = letras, algarismos, Space
help-setup = Primeiro uso: a frase-senha
help-unlock = Desbloquear
help-no-keys = Sem chave da organização
help-resume = Uma triagem interrompida
help-resume-discard = Descartar uma triagem
help-home = Iniciar uma triagem
help-consent = Consentimento
help-review-finish = Concluir com perguntas sem resposta
help-outcome = O resultado
help-referrals = Encaminhamentos
help-referrals-stopped = Encaminhamentos após uma interrupção
help-referral-consent = Consentimento para compartilhar
help-save = Salvar
help-saved = Salvo
help-help = Esta ajuda
help-notes = Notas
help-sections = Ir para uma seção
help-language = Idioma da entrevista
help-urgent = Passos de resposta urgentes
help-locked = Bloqueado
help-text-field = Em qualquer campo de texto

## Unlock and first run
unlock-title = Desbloquear
unlock-prompt = Digite sua frase-senha para desbloquear o lantern.
unlock-why = As triagens em andamento ficam criptografadas com esta frase-senha.
unlock-wrong = Essa frase-senha não está correta. Tente de novo.
setup-title = Boas-vindas ao lantern
setup-intro = O lantern mantém criptografada neste notebook qualquer triagem em andamento, com uma frase-senha que só você conhece. Escolha uma agora: algumas palavras são o mais fácil de lembrar e o mais difícil de adivinhar.
setup-passphrase = Frase-senha
setup-confirm = Digite de novo
setup-too-short = A frase-senha precisa ter pelo menos { $min } caracteres.
setup-mismatch = As duas frases-senha não são iguais.
setup-done = Frase-senha definida. Guarde-a só para você: ninguém consegue recuperá-la.
passphrase-field = Frase-senha:
working = Processando…

## Organization keys
keys-title = Ainda não há chave da organização
keys-explain = As triagens concluídas só são salvas criptografadas com a chave pública da sua organização, guardada na pasta { $folder }. Este notebook ainda não tem nenhuma, então não é possível salvar triagens.
keys-how = Peça a quem supervisiona a chave pública da organização (ela começa com age1) e adicione-a com: lantern keys add age1…
keys-trial = Pressione t para criar um par de chaves de teste. A parte privada será gravada em { $path }: o lugar dela é o computador da supervisão, nunca um notebook de campo.
keys-trial-done = Chave de teste criada. Chave privada gravada em { $path }: leve-a para o computador da supervisão e apague-a deste notebook.
keys-continue = Pressione Enter para continuar sem salvar (não será possível salvar triagens) ou q para sair.
keys-no-save-warning = Sem chave da organização: esta triagem não pode ser salva.

## Resume
resume-title = Uma triagem foi interrompida
resume-info = { $protocol }, iniciada em { $started }; { $answers ->
    [one] respostas até agora: { $answers }
   *[other] { $answers } respostas até agora
}.
resume-question = Retomar de onde parou?
resume-yes = Enter: retomar
resume-later = l: deixar para depois
resume-discard = x: descartar
resume-discard-confirm = Descartar esta triagem de vez? As respostas serão perdidas. Pressione y para descartar, qualquer outra tecla para manter.
resume-unreadable = Não foi possível abrir um rascunho ({ $reason }). Ele foi mantido como estava.
resume-stale = Sem alterações há mais de { $limit ->
    [one] { $limit } dia
   *[other] { $limit } dias
}, o limite da sua organização.
resume-stale-offer = { $count ->
    [one] Uma triagem está esperando há mais tempo do que sua organização guarda rascunhos ({ $limit ->
        [one] { $limit } dia
       *[other] { $limit } dias
    }).
   *[other] { $count } triagens estão esperando há mais tempo do que sua organização guarda rascunhos ({ $limit ->
        [one] { $limit } dia
       *[other] { $limit } dias
    }).
}
resume-stale-key = { $count ->
    [one] o: descartá-la
   *[other] o: descartá-las
}
resume-stale-confirm = { $count ->
    [one] Descartar de vez a triagem com mais de { $limit } dias? As respostas serão perdidas. Pressione y para descartá-la, qualquer outra tecla para mantê-la.
   *[other] Descartar de vez as { $count } triagens com mais de { $limit } dias? As respostas serão perdidas. Pressione y para descartá-las, qualquer outra tecla para mantê-las.
}
resume-stale-done = { $count ->
    [one] Uma triagem antiga foi descartada.
   *[other] { $count } triagens antigas foram descartadas.
}
plain-discard-stale = Digite y para descartá-las agora, qualquer outra coisa para mantê-las.
help-resume-discard-old = Descartar triagens antigas
action-discard-old = Descartar as triagens mais antigas que o limite da organização (pergunta antes)
action-discard-old-yes = Sim, descartá-las de vez
resume-version-differs = Esta triagem foi iniciada com a versão { $started } de { $protocol }. Agora está instalada a versão { $installed }.
resume-version-keep = Enter: continuar com a versão { $started }, como foi iniciada
resume-version-carry = u: usar a versão { $installed }; as respostas são transferidas e o que não couber mais é listado
plain-resume-version = Digite 1 para continuar com a versão { $started }, 2 para usar a versão { $installed } com as respostas transferidas.
resume-carried-title = Transferida para a versão { $version }
resume-carried-all = Todas as respostas foram transferidas. As perguntas novas desta versão serão feitas à medida que você avança.
resume-carried-some = Estas respostas ficaram na versão { $from } e agora não fazem parte da triagem. As perguntas novas desta versão serão feitas à medida que você avança.
resume-left-removed = { $question } (esta pergunta não existe na versão { $version })
resume-left-changed = { $question } (a pergunta mudou: faça-a de novo)
resume-carried-go-on = Enter: continuar a triagem
help-resume-version = Uma triagem iniciada com outra versão do protocolo
help-resume-carried = Depois de transferir uma triagem
action-resume-as-started = Continuar com a versão do protocolo com que a triagem foi iniciada
action-carry-over = Usar a versão instalada, transferindo as respostas
action-go-on = Continuar a triagem
key-as-started = como iniciada
key-carry-over = versão instalada
key-go-on = seguir

## Home
home-title = Iniciar uma triagem
home-protocol = Protocolo
home-interview-language = Idioma da entrevista (a pessoa)
home-worker-language = Idioma da tela (você)
home-worker = Identificação profissional (opcional)
home-minutes = ~{ $minutes } min
home-questions = { $count } perguntas
home-audience-adult = pessoas adultas
home-audience-minor = menores de 18
home-audience-any = qualquer pessoa
home-not-validated = Escrito para o lantern a partir de temas públicos de indicadores; não é um instrumento validado.
home-example-settings = Estas configurações são o exemplo do lantern. Sua organização deve substituir o aviso da jurisdição e os passos de resposta.
home-start = Enter: iniciar
home-no-protocols = Nenhum protocolo encontrado em { $folder }.
home-draft-language = { $language } (rascunho)

## Consent
consent-title = Antes de começar
consent-read = Leia isto para a pessoa:
consent-notice = Aviso de notificação obrigatória (leia antes de qualquer pergunta):
consent-guidance = Para você:
consent-limits = Limites da confidencialidade (texto da sua organização; leia como está escrito):
consent-limits-missing = Sua organização ainda não escreveu os limites da confidencialidade (configurações: [jurisdiction] confidentiality_limits). Não prometa manter tudo em sigilo; diga à pessoa que há limites e que você vai avisá-la antes de agir com base em algum deles.
consent-confirm = Pressione Enter quando tiver lido isto e a pessoa aceitar seguir. Esc: voltar.
consent-more = ↓ Há mais para ler abaixo (↓ ou PgDn)
consent-check-first = Primeiro escolha quem interpreta (uma tecla numérica): nada é lido antes disso.
consent-interpreter-stop = Não leia nada em voz alta: quem está interpretando não é independente e ouviria e repassaria tudo. Encerre a conversa com calma e providencie interpretação profissional e uma conversa reservada.
consent-confirm-stop = Pressione Enter para anotar o que você observa (para os passos urgentes) antes de encerrar. Esc: voltar.

## Question screen
question-section = { $section } ({ $index } de { $count })
question-progress = { $answered } de { $shown } respondidas
title-elapsed = Tempo { $time }
question-read-aloud = Leia em voz alta:
question-worker-only = Para você (não leia em voz alta):
question-in-worker-language = No seu idioma:
question-in-worker-language-named = No seu idioma ({ $language }):
question-guidance = Orientações
question-purpose = Por que perguntamos
question-answer = Resposta:
question-note-continue = Enter: continuar
question-number-prompt = Digite um número{ $unit } e pressione Enter
question-number-range = entre { $min } e { $max }
question-date-prompt = Digite uma data no formato AAAA-MM-DD e pressione Enter
question-text-prompt = Digite a resposta e pressione Enter
question-choice-prompt = Escolha com as teclas numéricas ou ↑/↓ e Enter
question-multiple-prompt = Marque com Space ou as teclas numéricas e depois Enter
question-filter = Filtro:
question-no-match = Nenhuma opção corresponde a "{ $filter }".
question-invalid-number = Isso não é um número inteiro.
question-invalid-date = Isso não é uma data (AAAA-MM-DD).
question-current-answer = Resposta atual: { $answer }
question-language-changed = O idioma da entrevista agora é { $language }.
question-notes-title = Notas (salvas criptografadas; Esc ou F4 para fechar)
notes-hint = Só o que os serviços precisam para dar seguimento. Nada sobre o que aconteceu, nenhum nome.
notes-count = { $count }/{ $max }
notes-full = As notas estão cheias ({ $max } caracteres): mantenha só o que os serviços precisam para dar seguimento.
question-urgent-banner = URGENTE: { $flags }. { $key }: os passos de resposta (depois, volta a esta pergunta).
urgent-steps-title = Urgente: os passos de resposta
urgent-steps-back = { $key }: voltar à pergunta.
question-sections-title = Ir para uma seção
question-language-title = Idioma da entrevista
question-no-save = Nada será salvo: sem chave da organização

## Review
review-title = Revisar antes de salvar
review-summary = Respondidas: { $answered }, sem resposta: { $unanswered }, preferiu não responder: { $declined }, não perguntadas: { $not-asked }
review-unanswered = sem resposta
review-finish = f: concluir e ver o resultado   Enter: ir para a pergunta
review-confirm-unanswered = { $count ->
    [one] { $count } pergunta sem resposta.
   *[other] { $count } perguntas sem resposta.
} Concluir mesmo assim? y: sim   outra tecla: voltar

## Outcome
outcome-title = Resultado
outcome-level-not_screened = Triagem não realizada: não era possível fazê-la com segurança
outcome-level-no_indicators = Nenhum indicador surgiu no que foi perguntado
outcome-level-indicators_present = Há indicadores: ofereça encaminhamento
outcome-level-full_assessment = Há indicadores: ofereça encaminhamento e uma avaliação completa
outcome-level-urgent = Urgente: siga agora os passos de resposta
outcome-not-determination = Este é um resultado de triagem, e não uma determinação sobre qualquer pessoa.
outcome-indicators = Indicadores
outcome-urgent = Urgente
outcome-response-steps = Passos de resposta
outcome-org-steps = Passos da sua organização
outcome-contacts = Contatos
outcome-none = nenhum
outcome-next = Enter: necessidades e próximos passos

## Needs
needs-title = Necessidades e próximos passos
needs-intro = O que surgiu como necessidade. Decida junto com a pessoa o que fazer em seguida; é ela quem escolhe.
needs-none = Nenhuma necessidade surgiu nas respostas. A linha de apoio é sempre uma opção.
needs-hotline = Se nada local servir: { $name } { $phone }
needs-next = Enter: salvar

## Save
save-title = Salvar
save-explain = O registro será criptografado com { $count ->
    [one] a chave da sua organização
   *[other] as { $count } chaves da sua organização
}. Este notebook não consegue lê-lo depois.
save-confirm = Enter: salvar criptografado   Esc: voltar
save-done = Salvo. O registro está criptografado e aguarda na caixa de saída para sincronizar.
save-draft-deleted = O rascunho desta triagem foi apagado.
save-failed = Não foi possível salvar o registro: { $reason }
save-no-keys = Esta triagem não pode ser salva: não há chave da organização. Nada foi gravado.
save-home = Enter: voltar ao início

## Pause and lock
pause-line = Respire devagar. Pressione qualquer tecla quando quiser continuar.
lock-title = Bloqueado
lock-explain = O lantern foi bloqueado após { $minutes } minutos sem atividade.
lock-prompt = Digite a frase-senha para continuar.

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
language-in-text-en = inglês
language-in-text-es = espanhol
language-in-text-zh-Hans = chinês (simplificado)
language-in-text-vi = vietnamita
language-in-text-tl = tagalo
language-in-text-ko = coreano
language-in-text-pt-BR = português (Brasil)
language-in-text-ht = crioulo haitiano
language-in-text-ru = russo
language-in-text-pt = português
language-in-text-fr = francês

## Plain mode (screen readers)
plain-intro = lantern, modo simples. Digite o número da sua escolha e pressione Enter. Digite h para ajuda, q para sair.
ui-language-missing = Ainda não há tradução do lantern para { $tag }: ele é exibido em { $shown }.
plain-help = Em qualquer pergunta: y sim, n não, d preferiu não responder, k não sabe, s não perguntado, b voltar, r revisar, ! passos de resposta urgentes, h ajuda, q sair e manter o rascunho.
plain-urgent-now = URGENTE: siga agora estes passos de resposta.
plain-urgent-none = Nenhum alerta urgente foi acionado.
plain-urgent-continue = Digite ! em qualquer pergunta para ouvir estes passos de novo.
plain-help-notes = Notas: digite + e o seu texto para adicioná-lo às notas (salvas criptografadas); + sozinho mostra as notas. Só o que os serviços precisam para dar seguimento: nada sobre o que aconteceu, nenhum nome.
plain-note-added = Adicionado às notas (salvas criptografadas).
plain-notes-now = Notas até agora:
plain-notes-none = Ainda não há notas.
plain-worker-label = Identificação profissional (opcional; pressione Enter para pular):
plain-choose-protocol = Escolha um protocolo:
plain-choose-language = Idioma da entrevista:
plain-question = Pergunta { $index } de { $count }:
plain-choices = Opções:
plain-multiple-hint = Digite os números de todas as opções que se aplicam, separados por espaços.
plain-invalid = Não entendi. Digite h para ajuda.
plain-saved = Salvo e criptografado.
plain-quit = Interrompido. O rascunho fica guardado, criptografado.
plain-not-saved = As últimas respostas só ficam guardadas enquanto o lantern está aberto, até conseguir salvar.
plain-passphrase = Frase-senha:
plain-continue = Pressione Enter para continuar.

## Answer problems
error-too-small = O número deve ser no mínimo { $min }.
error-too-large = O número deve ser no máximo { $max }.
error-too-long = A resposta tem mais de { $max } caracteres.
error-empty = A resposta está vazia: use "preferiu não responder" ou "não sabe".
error-exclusive = Essa opção não pode ser combinada com outras.

## Service categories (needs)
category-emergency_shelter = Abrigo emergencial
category-housing = Moradia
category-case_management = Acompanhamento de caso
category-legal_immigration = Apoio jurídico migratório
category-legal_criminal_record = Apoio jurídico com antecedentes criminais
category-legal_labor_civil = Apoio jurídico trabalhista e civil
category-medical = Atendimento médico
category-behavioral_health = Saúde mental
category-substance_use = Apoio em álcool e outras drogas
category-economic_empowerment = Trabalho e renda
category-education = Educação
category-interpretation = Interpretação
category-transportation = Transporte
category-basic_needs = Necessidades básicas
category-child_welfare = Proteção à criança e ao adolescente
category-hotline = Linha de apoio

## Plain mode, more
plain-review = Digite f para concluir, o número de uma pergunta para mudá-la, ou v para ler ou ocultar as respostas sensíveis (use fones de ouvido).
plain-save = Digite y para salvar o registro criptografado, ou q para parar e manter o rascunho.
plain-resume = Digite 1 para retomá-la, 2 para deixá-la para depois, 3 para descartá-la.
plain-answer-prompt = Resposta:
plain-unanswered-confirm = Há perguntas sem resposta. Digite y para concluir mesmo assim.

## Referrals
referrals-title = Encaminhamentos
referrals-intro = Sugestões do diretório local, por necessidade. A pessoa escolhe; nada é compartilhado sem o consentimento dela.
referrals-minor = Menor de 18 anos: os serviços para jovens vêm primeiro. Siga o aviso de notificação lido no início.
referrals-minor-read-now = Menor de 18 anos: leia agora para a pessoa o aviso de notificação abaixo, antes de qualquer outra coisa. Os serviços para jovens vêm primeiro.
referrals-not-screened = A triagem parou antes que pudesse ser feita com segurança. Não leia um texto de apresentação nem pergunte sobre compartilhar: isso seria ouvido ou repassado. Providencie uma conversa reservada, com interpretação independente se for preciso, e, se for seguro, ofereça uma forma discreta de falar com você ou com a linha de apoio.
referrals-need = { $need }
referrals-none = Nada no diretório atende a esta necessidade.
referrals-choose = Enter: escolher   →: seguir para salvar   /: filtrar   x: remover escolha
referrals-chosen = escolhido
referrals-count = { $count ->
    [one] Encaminhamentos escolhidos: { $count }
   *[other] Encaminhamentos escolhidos: { $count }
}
referrals-law-enforcement = e: a pessoa pede serviços policiais
referrals-law-enforcement-on = Serviços policiais incluídos: a pessoa os pediu.
plain-referrals = Digite os números dos serviços que a pessoa escolher (por exemplo 1 3), ou pressione Enter para nenhum:
referral-consent-title = Encaminhamento e consentimento
referral-handoff = Leia para a pessoa: "{ $service } pode ajudar. Posso ligar para eles junto com você agora ou passar o número deles para você. Você decide o que eu conto a eles sobre você."
referral-handoff-why = Por que foi sugerido (para você; não leia em voz alta): { $reasons }
referral-consent-question = Podemos contar a eles algo sobre você?
referral-consent-scope = Consentimento verbal para um encaminhamento acompanhado, somente a este serviço, até { $until }. Não é uma autorização por escrito: qualquer dado que identifique a pessoa exige antes uma autorização assinada e com prazo de validade.
referral-consent-yes = y: sim, podemos compartilhar o necessário
referral-consent-no = n: não, nada é compartilhado (a pessoa entra em contato)
referral-consent-limited = l: só o que a pessoa disser (digite)
referral-limited-prompt = O que pode ser compartilhado, nas palavras da pessoa:
referral-phone = Telefone: { $phone }
reason-also-covers = também ajuda com { $category }
reason-speaks = atende em { $language }
reason-interpretation = interpretação disponível
reason-24-7 = aberto 24/7
reason-open-now = aberto agora
reason-youth = para jovens
reason-trafficking = experiência com sobreviventes de tráfico de pessoas
reason-no-id = não exige documento
reason-no-status = não exige situação migratória regular
reason-no-sobriety = não exige abstinência
reason-lgbtq = acolhe pessoas LGBTQ+
reason-distance = a { $km } km
reason-hotline = nada local serve: a linha de apoio nacional
reason-wanted-lgbtq = acolhe pessoas LGBTQ+, como pedido
reason-wanted-accessible = descreve sua acessibilidade, como pedido
reason-wanted-women = atende mulheres, como pedido
reason-wanted-men = atende homens, como pedido
reason-wanted-nonbinary = acolhe pessoas não binárias, como pedido
misfit-language = sem equipe que fale { $language }
misfit-closed = fechado agora
misfit-inferred = categoria deduzida da descrição
misfit-ages = só de { $from } a { $to } anos: confirme a idade da pessoa
misfit-ages-from = só a partir de { $from } anos: confirme a idade da pessoa
misfit-ages-to = só até { $to } anos: confirme a idade da pessoa
misfit-serves-only = só atende { $who }
misfit-serves-women = mulheres
misfit-serves-men = homens
misfit-serves-nonbinary = pessoas não binárias
misfit-wanted-lgbtq = não diz que acolhe pessoas LGBTQ+
misfit-wanted-accessible = não diz nada sobre acessibilidade
misfit-wanted-women = não diz que atende mulheres
misfit-wanted-men = não diz que atende homens
misfit-wanted-nonbinary = não diz que acolhe pessoas não binárias
referral-eligibility = Requisitos: { $text }

# Read by the program and by reviewers: the value stays "draft" until a native speaker has reviewed this file.
# Lido pelo programa e por quem revisa: o valor continua "draft" até que uma pessoa falante nativa revise este arquivo.
translation-status = draft

## Problems, and what to do about them
problem-empty = Nada foi digitado.
problem-answer-first = Responda primeiro, ou registre que a pessoa preferiu não responder ou não sabe.
problem-choose-first = Escolha com uma tecla numérica, ou antes vá até uma opção com ↑/↓.
problem-empty-hint = Digite a resposta, ou registre que a pessoa preferiu não responder ou não sabe.
problem-not-yes-no = Responda sim ou não.
problem-number-hint = Digite só algarismos, por exemplo 40.
problem-date-hint = Por exemplo 2025-03-31 (ano, mês, dia).
problem-no-such-choice = Não existe a opção { $choice }.
problem-no-such-choice-hint = Digite um dos números mostrados.
problem-note = Esta é uma nota para você; não pede resposta.
problem-wrong-kind = Esse tipo de resposta não serve para esta pergunta.
problem-consent-first = Leia primeiro o texto de consentimento: nenhuma pergunta vem antes dele.
problem-hidden = Essa pergunta não é feita com as respostas dadas até agora.
problem-hidden-hint = Uma resposta anterior a fechou; mude essa resposta para abri-la de novo.
problem-unknown-language = Este protocolo não tem texto em { $language }.
problem-finished = A triagem está concluída.
problem-not-finished = A triagem ainda não está concluída.
problem-protocol-changed = O protocolo { $protocol } mudou desde que esta triagem foi iniciada.
problem-protocol-changed-hint = Peça a quem supervisiona a versão anterior do protocolo para concluir esta triagem.
problem-not-available = Isso não está disponível agora.
problem-bad-keys = Um arquivo em keys/ tem uma linha que não é uma chave pública.
problem-bad-keys-hint = `lantern keys list` mostra qual arquivo e qual linha.
problem-bad-identity = Não foi possível ler o arquivo de identidade.
problem-encrypt = Não foi possível criptografar o registro.
problem-unreadable = Não foi possível abrir este arquivo: ele está danificado ou foi criptografado com outra chave.
problem-device-key-exists = Este notebook já tem uma chave de dispositivo; o lantern nunca a substitui.
problem-locked = O lantern está bloqueado: digite primeiro a frase-senha.
problem-disk-full = O disco está cheio: nada novo pôde ser gravado.
problem-disk-full-hint = Libere espaço neste notebook e tente de novo.
problem-permission = O lantern não tem permissão para gravar em { $folder }.
problem-permission-hint = Verifique se a pasta é sua e se não é somente leitura.
problem-not-found = A pasta { $folder } não existe.
problem-io = Não foi possível ler ou gravar um arquivo em { $folder }.
problem-io-hint = Verifique o disco e a pasta e tente de novo.
problem-protocol-gone = O protocolo { $protocol } desta triagem não está mais instalado.
problem-protocol-gone-hint = Coloque o arquivo do protocolo de volta em screening/ para retomá-la.

## Start-up
startup-private-key = O lantern não vai iniciar triagens: há uma chave privada neste dispositivo, em:
startup-private-key-fix = Qualquer pessoa com este notebook poderia ler os registros que ele salva. Tire o arquivo deste dispositivo (o lugar dele é com quem supervisiona), avise quem supervisiona que a chave precisa ser substituída e depois inicie o lantern de novo. `lantern keys check` mostra onde há chaves.
drafts-already-saved = { $count ->
    [one] Uma triagem interrompida logo depois de ser salva tinha deixado o rascunho para trás: o registro está na caixa de saída e o rascunho foi removido.
   *[other] { $count } triagens interrompidas logo depois de serem salvas tinham deixado os rascunhos para trás: os registros estão na caixa de saída e os rascunhos foram removidos.
}
quick-exit-unsaved = O lantern fechou, mas não foi possível salvar as últimas respostas (o disco pode estar cheio): o rascunho guarda o que foi salvo antes. Libere espaço antes de iniciar o lantern de novo.
problem-symlink = { $path } é um link para outro lugar. O lantern não segue links na sua pasta de dados: alguém pode querer que ele grave em outro lugar.
problem-symlink-hint = Remova o link (quem supervisiona pode ajudar) e inicie o lantern de novo.
folder-loosened = { $count ->
    [one] Um item da pasta de dados do lantern podia ser aberto por outras contas deste computador; o lantern o tornou privado de novo.
   *[other] { $count } itens da pasta de dados do lantern podiam ser abertos por outras contas deste computador; o lantern os tornou privados de novo.
}
folder-drafts-without-key = Há triagens em andamento neste notebook, mas a chave que as abre está faltando: alguém pode tê-la movido ou apagado. Avise quem supervisiona antes de escolher uma nova frase-senha (uma nova não abre os rascunhos antigos).
folder-drafts-without-outbox = Há triagens em andamento neste notebook, mas a pasta da caixa de saída estava faltando: registros salvos à espera de envio podem ter sido movidos. Avise quem supervisiona.
folder-not-a-file = { $path } não é um arquivo; o lantern o deixou de fora.
setup-guessable = Esta frase-senha está entre as primeiras que qualquer pessoa tentaria (um caractere repetido, uma sequência, uma fileira do teclado ou uma senha comum).
setup-guessable-hint = Escolha algumas palavras que só façam sentido para você, por exemplo três ou quatro palavras sem relação entre si.
unlock-wait = Muitas frases-senha erradas seguidas: espere { $seconds } segundos e tente de novo.

## lantern sync (command line)
sync-to = Enviando a caixa de saída para { $target }
sync-nothing = A caixa de saída está vazia: não há nada para enviar.
sync-progress = { $done } de { $total } registros ({ $kb } de { $kb_total } KB, { $rate } por segundo)
sync-summary = Enviados: { $sent }. Já estavam lá: { $already }. Conflitos: { $conflicts }. Com falha: { $failed }. Não tentados: { $untried }.
sync-summary-dry-run = Nada foi enviado nem removido (simulação). Seriam enviados: { $would }. Já estavam lá: { $already }. Conflitos: { $conflicts }. Com falha: { $failed }.
sync-file-conflict = { $file }: o destino tem um arquivo diferente com este nome. A cópia deste notebook é mantida.
sync-file-failed = { $file }: não foi possível enviar. A cópia deste notebook é mantida.
sync-conflict-hint = Avise quem supervisiona sobre cada conflito e nunca apague por conta própria a cópia deste notebook.
sync-failed-transient = O destino parou de responder.
sync-failed-transient-hint = Nada foi perdido. Sincronize de novo quando a conexão estiver melhor.
sync-failed-missing = O destino não foi encontrado: a unidade está conectada? O nome do bucket ou da pasta está certo?
sync-failed-missing-hint = Nada foi perdido. Conecte a unidade ou corrija o destino e sincronize de novo.
sync-failed-denied = O destino recusou: sem permissão para gravar lá, ou as chaves de acesso estão erradas ou vencidas.
sync-failed-denied-hint = Nada foi perdido. Peça a quem supervisiona para verificar as chaves de acesso e as permissões da pasta ou do bucket.
sync-failed-full = O destino está cheio.
sync-failed-full-hint = Nada foi perdido. Libere espaço no destino ou use outro e sincronize de novo.
sync-failed-unreachable = Não é possível alcançar o destino: sem rede, endereço errado ou o certificado dele foi recusado.
sync-failed-unreachable-hint = Nada foi perdido. Verifique a conexão e o endereço e sincronize de novo mais tarde.
sync-failed-other = Alguns registros não puderam ser enviados.
sync-failed-other-hint = Nada foi perdido: eles continuam neste notebook. Sincronize de novo; se continuar falhando, avise quem supervisiona.
sync-no-target = Nenhum destino indicado. Use --to com uma pasta, s3://BUCKET/PREFIXO ou um endereço WebDAV https://, ou defina sync.default nas configurações.
sync-no-bucket = Um destino s3:// precisa do nome de um bucket: s3://BUCKET/PREFIXO.
sync-insecure = Recusado: os registros só trafegam sem criptografia em trânsito (http://) para este mesmo computador. Use um endereço https://.
sync-bad-ca = O pacote de certificados indicado nas configurações não pode ser lido ou não está no formato PEM.
sync-bad-target = Este destino não pode ser usado: verifique o endereço nas configurações ou na linha de comando.
sync-credentials-too-open = Recusado: o arquivo de credenciais indicado nas configurações pode ser lido por outras contas deste computador. Torne-o privado (chmod 600) e sincronize de novo.
sync-credentials-bad = Não foi possível ler as chaves de acesso: o arquivo de credenciais está faltando ou ilegível, ou não tem uma seção com as duas chaves para este perfil.
sync-credentials-none = Nenhuma chave de acesso encontrada para o bucket: peça a quem supervisiona as chaves deste notebook (defina AWS_ACCESS_KEY_ID e AWS_SECRET_ACCESS_KEY, ou um arquivo de credenciais indicado nas configurações).

## Send records: the sync screen and plain mode
sync-title = Enviar registros
key-sync = enviar registros
key-send = enviar
action-sync = Enviar os registros salvos à organização (pendrive, bucket ou pasta compartilhada)
action-sync-send = Enviar os registros para o lugar escolhido
action-sync-back = Voltar ao início sem enviar nada
action-sync-done = Voltar ao início
help-sync = Enviar registros
help-sync-done = Registros enviados
sync-waiting = { $count ->
    [0] Nenhum registro está aguardando na caixa de saída.
    [one] Um registro está aguardando na caixa de saída ({ $kb } KB).
   *[other] { $count } registros estão aguardando na caixa de saída ({ $kb } KB).
}
sync-choose = Enviar para:
sync-default = { $target } (padrão)
sync-other-folder = Uma pasta: digite o caminho abaixo (por ex. um pendrive)
sync-no-targets = Nenhum lugar está definido nas configurações: digite a pasta de um pendrive ou peça a quem supervisiona para definir um.
sync-running = Enviando e conferindo cada registro. Se isto parar, nada se perde: envie de novo mais tarde.
sync-done-ok = Todos os registros foram enviados e conferidos; as cópias deste notebook foram removidas.
sync-journal-failed = Nada foi enviado: este notebook não consegue gravar o diário de sincronização. Verifique o espaço livre neste notebook e tente de novo.
plain-sync-option = s) Enviar os registros salvos ({ $count } aguardando)
plain-sync-choose = Enviar para onde? Digite um número ou a pasta de um pendrive (q para voltar):
plain-sync-sending = Enviando para { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = PRÁTICA: uma pessoa fictícia. Nada é salvo e nada é enviado.
practice-choose = Escolha um cenário de prática:
practice-solo-intro = Prática individual: em cada pergunta, digite a para fazê-la e ouvir a resposta da pessoa; depois registre a resposta como faria (y, n, um número, d preferiu não responder, k não sabe). b volta, q encerra a prática e mostra a devolutiva.
practice-hotline = Isto é uma ligação: fique de olho no tempo, como numa ligação real (a devolutiva mostra o tempo por seção).
practice-answer-prompt = Resposta (a para perguntar à pessoa):
practice-person-says = A pessoa: { $reply }
practice-no-reply = Este cenário não tem resposta roteirizada aqui: responda como a pessoa responderia.
practice-keep = Digite y para guardar esta devolutiva como arquivo Markdown (só dados fictícios), ou pressione Enter para pular:
practice-keep-name = Nome do arquivo [{ $default }]:
practice-kept = Devolutiva guardada. Ela contém apenas dados fictícios.
practice-card-title = PRÁTICA: FICHA DA PERSONAGEM (uma pessoa fictícia; para quem faz o papel dela)
debrief-title = Devolutiva da prática
debrief-fictional = Prática com uma pessoa fictícia. Este arquivo contém apenas dados fictícios: nenhuma pessoa real, nenhum registro real.
debrief-score-heading = Pontuação
debrief-score = { $points } de { $max } pontos
debrief-score-note = A pontuação compara tentativas no mesmo cenário. Ela mede a prática, nunca a pessoa que pratica.
debrief-score-consent = Consentimento confirmado antes de qualquer pergunta
debrief-score-checks = Primeiro: quem interpreta, a privacidade e o que você observa
debrief-score-answers = Respostas registradas como a pessoa as deu
debrief-score-indicators = Indicadores encontrados
debrief-score-outcome = O resultado a que uma boa triagem chega
debrief-score-declines = Respeito à escolha de não responder
debrief-score-urgent = Passos urgentes seguidos
debrief-conduct-heading = Como foi
debrief-consent-first = O consentimento foi confirmado antes de a pessoa responder qualquer coisa.
debrief-checks-first = Quem interpreta, se a pessoa podia falar em particular e o que você observou foram definidos primeiro.
debrief-declines-respected = Cada pergunta que a pessoa preferiu não responder foi deixada de lado.
debrief-pressured = Perguntou de novo depois que a pessoa preferiu não responder: { $question }
debrief-urgent-not-acted = Urgente, e os passos de resposta não foram abertos: { $flag }
debrief-outcome = Resultado: { $reached } (uma boa triagem chega a: { $expected })
debrief-results-heading = Indicadores, necessidades e alertas urgentes
debrief-indicators = Indicadores
debrief-needs = Necessidades
debrief-urgent = Alertas urgentes
debrief-found = encontrados:
debrief-missed = não percebidos:
debrief-extra = não esperados:
debrief-none = nenhum
debrief-answers-heading = Respostas
debrief-answer-different = registrado { $recorded }; a pessoa disse { $expected }
debrief-answer-not-recorded = não registrado; a pessoa teria dito { $expected }
debrief-answer-not-reached = não alcançada (a pessoa teria dito { $expected })
debrief-time-heading = Tempo por seção
debrief-persona-heading = A pessoa (fictícia)
practice-summary-none = Nenhuma devolutiva guardada em { $dir }. Quem pratica guarda a sua no fim da prática (y) e depois a copia para cá.
practice-summary-title = Resumo das práticas: { $files } devolutivas em { $dir }
practice-summary-scenario = { $title }: { $attempts ->
        [one] { $attempts } tentativa
       *[other] { $attempts } tentativas
    }, média de { $mean } pontos (mínimo { $lowest }, máximo { $highest }, de { $max })
practice-summary-missed-heading = Não percebidos com mais frequência:
practice-summary-missed = { $item }: { $count } de { $attempts }
practice-badge = PRÁTICA
practice-scenarios = Pessoas fictícias para a triagem
practice-setting-hotline = Uma ligação
practice-setting-outreach = Presencial
practice-ask-hint = Pressione a para fazer esta pergunta; depois registre a resposta como faria.
practice-reply-heading = A pessoa diz
practice-will-keep = A devolutiva será guardada como arquivo Markdown quando você sair da prática.
action-practice-start = Fazer a triagem desta pessoa fictícia
action-practice-quit = Sair da prática
action-practice-end = Encerrar a prática e ver a devolutiva
action-practice-ask = Fazer esta pergunta à pessoa (a resposta aparece abaixo)
action-practice-keep = Guardar esta devolutiva como arquivo Markdown (só dados fictícios)
action-practice-again = Voltar aos cenários
key-end = encerrar
key-ask = perguntar
key-again = de novo
help-practice-picker = Prática: escolher uma pessoa
help-practice-consent = Prática: o consentimento
help-practice-question = Prática: uma pergunta
help-practice-debrief = Prática: a devolutiva
practice-kept-as = Devolutiva guardada como { $file } (só dados fictícios).
practice-done = Todas as perguntas foram feitas. Abra os passos urgentes (!) se algo for urgente e pressione Enter para os encaminhamentos (Esc vai direto para a devolutiva).
help-practice-done = Prática: o fim
key-urgent = passos urgentes
practice-multiple-prompt = Marque com as teclas numéricas e depois Enter.
action-practice = Praticar com uma pessoa fictícia (sem chaves, nada é salvo)
key-practice = prática
action-practice-role-play = Encenação: sua dupla faz o papel da pessoa com a ficha impressa
key-role-play = encenação
practice-role-play-hint = Encenação: sua dupla responde como a pessoa da ficha (lantern practice card ID a imprime).
practice-role-play-intro = Encenação: sua dupla faz o papel da pessoa da ficha impressa (lantern practice card ID). Faça cada pergunta em voz alta e registre a resposta como faria. b volta, q encerra a prática e mostra a devolutiva.

## Practice: referrals
debrief-score-referrals = Encaminhamentos oferecidos para as necessidades encontradas
debrief-referrals-heading = Encaminhamentos
debrief-referral-service = { $service } (compartilhamento: { $consent ->
        [yes] o necessário
        [limited] só o que a pessoa disse
       *[no] nada; a pessoa entra em contato
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: nada foi oferecido, embora o diretório tivesse serviços para isso
debrief-referral-not-found = { $need }: nada foi oferecido; a necessidade não foi encontrada, então não havia o que oferecer
debrief-referral-nothing-local = { $need }: o diretório não tem nada para esta necessidade (ainda vale oferecer a linha de apoio ou uma forma de voltar)
debrief-referral-other = Também oferecido: { $services }
debrief-referral-missed = Nenhum encaminhamento oferecido para: { $need }
debrief-referrals-none-expected = Esta pessoa não precisava de encaminhamento; oferecer informação e uma forma de voltar continua sendo uma boa prática.
debrief-referrals-stopped = A triagem parou e nada foi lido em voz alta nem oferecido: correto, pois qualquer coisa dita teria sido ouvida ou repassada.
debrief-referrals-not-reached = A etapa de encaminhamentos não foi alcançada: a prática terminou antes.
action-practice-referrals = Ir aos encaminhamentos (oferecer serviços, pedir consentimento para compartilhar)
key-referrals = encaminhamentos
action-practice-to-debrief = Encerrar a prática e ver a devolutiva
key-debrief = devolutiva
action-practice-referrals-back = Voltar às perguntas
help-practice-referrals = Prática: encaminhamentos
help-practice-referrals-stopped = Prática: encaminhamentos após uma interrupção
practice-invalid = Não entendi. Digite uma das letras ou um dos números mostrados.
