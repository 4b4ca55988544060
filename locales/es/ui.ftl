# lantern user interface: Spanish (español, neutral Latin American; the worker is addressed as "usted"), translated from locales/en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = sí
no = no
answer-yes = Sí
answer-no = No
answer-declined = Declinó responder
answer-dont-know = No sabe
answer-not-asked = No se preguntó
answer-none = (ninguna de estas)
answer-unanswered = sin respuesta
answer-hidden = ••• (sensible; presione v para ver)
continue = Continuar
cancel = Cancelar
back = Atrás
error-prefix = Problema:

## Hint bar and keys
key-help = ayuda
key-quick-exit = salida rápida
key-pause = pausa
key-notes = notas
key-next = siguiente
key-back = atrás
key-review = revisar
key-sections = secciones
key-guidance = orientación
key-interpreter = intérprete
key-language = idioma
key-yes = sí
key-no = no
key-declined = declinó
key-dont-know = no sabe
key-not-asked = no preguntada
key-filter = filtrar
key-select = elegir
key-toggle = marcar
key-confirm = confirmar
key-start = iniciar
key-finish = terminar
key-save = guardar
key-show = ver sensibles
key-clear = borrar respuesta
key-theme = tema
key-up-down = mover
key-close = cerrar

## Help overlay
help-title = Teclas
help-intro = Todo se puede hacer con el teclado. Las teclas entre corchetes también funcionan mientras escribe.
help-global = En todas las pantallas
help-question = En una pregunta
help-lists = En las listas
help-review = En la revisión
action-help = Mostrar u ocultar esta ayuda
action-quick-exit = Salida rápida: guarda el borrador cifrado, limpia la pantalla y cierra lantern
action-pause = Pausa: muestra una pantalla neutra hasta que se presione una tecla
action-notes = Abrir o cerrar el panel de notas
action-next = Pregunta siguiente (conserva la respuesta)
action-back = Pregunta anterior
action-next-unanswered = Siguiente pregunta sin respuesta
action-review = Revisar antes de guardar: cada pregunta y su respuesta
action-sections = Ir a una sección
action-guidance = Mostrar u ocultar la orientación para usted y "por qué preguntamos"
action-interpreter = Vista para intérprete: la pregunta en ambos idiomas
action-language = Cambiar el idioma de la entrevista
action-yes = Responder sí
action-no = Responder no
action-declined = La persona declinó responder
action-dont-know = La persona no sabe
action-not-asked = La pregunta no se hizo
action-clear = Borrar la respuesta a esta pregunta
action-filter = Filtrar las opciones escribiendo
action-select = Elegir (opción múltiple: marcar o desmarcar)
action-number-keys = Elegir por número
action-confirm = Confirmar la respuesta
action-show-sensitive = Mostrar u ocultar las respuestas sensibles
action-theme = Cambiar el tema (predeterminado, alto contraste, monocromo)
action-finish = Terminar la entrevista y ver el resultado

## Unlock and first run
unlock-title = Desbloquear
unlock-prompt = Escriba su frase de contraseña para desbloquear lantern.
unlock-why = Las entrevistas en curso se guardan cifradas con esta frase de contraseña.
unlock-wrong = Esa frase de contraseña no es correcta. Inténtelo de nuevo.
setup-title = Le damos la bienvenida a lantern
setup-intro = lantern guarda cifrada en esta computadora cualquier entrevista en curso, con una frase de contraseña que solo usted conoce. Elija una ahora: unas cuantas palabras son lo más fácil de recordar y lo más difícil de adivinar.
setup-passphrase = Frase de contraseña
setup-confirm = Escríbala de nuevo
setup-too-short = La frase de contraseña debe tener al menos { $min } caracteres.
setup-mismatch = Las dos frases de contraseña no coinciden.
setup-done = Frase de contraseña establecida. No la comparta: nadie puede recuperarla.
passphrase-field = Frase de contraseña:
working = Procesando…

## Organization keys
keys-title = Aún no hay clave de la organización
keys-explain = Las entrevistas terminadas solo se guardan cifradas con la clave pública de su organización, que está en la carpeta { $folder }. Esta computadora aún no tiene ninguna, así que no se pueden guardar entrevistas.
keys-how = Pida a su supervisor(a) la clave pública de la organización (empieza con age1) y agréguela con: lantern keys add age1…
keys-trial = Presione t para crear un par de claves de prueba. La parte privada se escribirá en { $path }: debe estar en la computadora de quien supervisa, nunca en una computadora de campo.
keys-trial-done = Clave de prueba creada. Clave privada escrita en { $path }: muévala a la computadora de quien supervisa y bórrela de esta computadora.
keys-continue = Presione Enter para continuar sin guardar (no se podrán guardar entrevistas), o q para salir.
keys-no-save-warning = Sin clave de la organización: esta entrevista no se puede guardar.

## Resume
resume-title = Se interrumpió una entrevista
resume-info = { $protocol }, iniciada { $started }, { $answers ->
    [one] 1 respuesta
   *[other] { $answers } respuestas
} hasta ahora.
resume-question = ¿Retomarla donde se detuvo?
resume-yes = Enter: retomar
resume-later = l: dejarla para después
resume-discard = x: descartarla
resume-discard-confirm = ¿Descartar esta entrevista para siempre? Sus respuestas se perderán. Presione y para descartarla, cualquier otra tecla para conservarla.
resume-unreadable = No se pudo abrir un borrador ({ $reason }). Se conservó tal como estaba.

## Home
home-title = Iniciar una entrevista
home-protocol = Protocolo
home-interview-language = Idioma de la entrevista (la persona)
home-worker-language = Idioma de la pantalla (usted)
home-worker = Etiqueta de quien entrevista (opcional)
home-minutes = ~{ $minutes } min
home-questions = { $count } preguntas
home-audience-adult = personas adultas
home-audience-minor = menores de 18
home-audience-any = cualquier persona
home-not-validated = Escrito para lantern a partir de temas públicos de indicadores; no es un instrumento validado.
home-example-settings = Esta configuración es un ejemplo de lantern. Su organización debe reemplazar el aviso de jurisdicción y los pasos de respuesta.
home-start = Enter: iniciar
home-no-protocols = No se encontraron protocolos en { $folder }.
home-keys = Tab: campo siguiente   ←/→: cambiar   ↑/↓: elegir protocolo

## Consent
consent-title = Antes de empezar
consent-read = Lea esto a la persona:
consent-notice = Aviso sobre la notificación obligatoria (léalo antes de cualquier pregunta):
consent-guidance = Para usted:
consent-confirm = Presione Enter cuando haya leído esto y la persona acepte continuar. Esc: atrás.

## Question screen
question-section = { $section } ({ $index } de { $count })
question-progress = { $answered } de { $shown } respondidas
question-timer = Llamada { $time }
question-read-aloud = Lea en voz alta:
question-worker-only = Para usted (no lo lea en voz alta):
question-in-worker-language = En su idioma:
question-guidance = Orientación
question-purpose = Por qué preguntamos
question-answer = Respuesta:
question-note-continue = Enter: continuar
question-number-prompt = Escriba un número{ $unit } y presione Enter
question-number-range = entre { $min } y { $max }
question-date-prompt = Escriba una fecha como AAAA-MM-DD y presione Enter
question-text-prompt = Escriba la respuesta y presione Enter
question-choice-prompt = Elija con las teclas numéricas o ↑/↓ y Enter
question-multiple-prompt = Marque con Space o las teclas numéricas; luego Enter
question-filter = Filtro:
question-no-match = Ninguna opción coincide con "{ $filter }".
question-invalid-number = Eso no es un número entero.
question-invalid-date = Eso no es una fecha (AAAA-MM-DD).
question-current-answer = Respuesta actual: { $answer }
question-language-changed = El idioma de la entrevista ahora es { $language }.
question-notes-title = Notas (se guardan cifradas; Esc o F4 para cerrar)
question-sections-title = Ir a una sección
question-language-title = Idioma de la entrevista
question-no-save = No se guardará: no hay clave de la organización

## Review
review-title = Revisar antes de guardar
review-summary = { $answered } respondidas, { $unanswered } sin respuesta, { $declined } declinadas, { $not-asked } no preguntadas
review-unanswered = sin respuesta
review-finish = f: terminar y ver el resultado   Enter: ir a la pregunta
review-confirm-unanswered = { $count ->
    [one] 1 pregunta no tiene respuesta.
   *[other] { $count } preguntas no tienen respuesta.
} ¿Terminar de todos modos? y: terminar   cualquier otra tecla: volver

## Outcome
outcome-title = Resultado
outcome-level-no_indicators = No surgieron indicadores en lo que se preguntó
outcome-level-indicators_present = Hay indicadores: ofrezca una derivación
outcome-level-full_assessment = Hay indicadores: ofrezca una derivación y una evaluación completa
outcome-level-urgent = Urgente: siga ahora los pasos de respuesta
outcome-not-determination = Este es un resultado de detección, no una determinación sobre ninguna persona.
outcome-indicators = Indicadores
outcome-urgent = Urgente
outcome-response-steps = Pasos de respuesta
outcome-org-steps = Pasos de su organización
outcome-contacts = Contactos
outcome-none = ninguno
outcome-next = Enter: necesidades y próximos pasos

## Needs
needs-title = Necesidades y próximos pasos
needs-intro = Estas son las necesidades que surgieron. Decida junto con la persona qué hacer después; la persona elige.
needs-none = Las respuestas no mostraron necesidades. La línea de ayuda siempre es una opción.
needs-hotline = Si nada local es adecuado: { $name } { $phone }
needs-next = Enter: guardar

## Save
save-title = Guardar
save-explain = El registro se cifrará con { $count ->
    [one] la clave de su organización
   *[other] las { $count } claves de su organización
}. Esta computadora no podrá volver a leerlo.
save-confirm = Enter: guardar cifrado   Esc: atrás
save-done = Guardado. El registro está cifrado y espera en la bandeja de salida para sincronizarse.
save-draft-deleted = Se eliminó el borrador de esta entrevista.
save-failed = No se pudo guardar el registro: { $reason }
save-no-keys = Esta entrevista no se puede guardar: no hay clave de la organización. No se escribió nada.
save-home = Enter: volver al inicio

## Pause and lock
pause-line = Respire despacio. Presione cualquier tecla cuando quiera continuar.
lock-title = Bloqueado
lock-explain = lantern se bloqueó tras { $minutes } minutos sin actividad.
lock-prompt = Escriba la frase de contraseña para continuar.

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

## Plain mode (screen readers)
plain-intro = lantern, modo simple. Escriba el número de su opción y presione Enter. Escriba h para ayuda, q para salir.
plain-help = En cualquier pregunta: y sí, n no, d declinó, k no sabe, s no se preguntó, b atrás, r revisar, h ayuda, q salir y conservar el borrador.
plain-help-notes = Notas: escriba + y su texto para agregarlo a las notas (se guardan cifradas); + solo muestra las notas.
plain-note-added = Agregado a las notas (guardadas cifradas).
plain-notes-now = Notas hasta ahora:
plain-notes-none = Todavía no hay notas.
plain-worker-label = Etiqueta de quien entrevista (opcional; presione Enter para omitir):
plain-choose-protocol = Elija un protocolo:
plain-choose-language = Idioma de la entrevista:
plain-question = Pregunta { $index } de { $count }:
plain-choices = Opciones:
plain-multiple-hint = Escriba los números de todas las opciones que correspondan, separados por espacios.
plain-invalid = No se entendió la respuesta. Escriba h para ayuda.
plain-saved = Guardado cifrado.
plain-quit = Detenido. El borrador se conserva cifrado.
plain-passphrase = Frase de contraseña:
plain-continue = Presione Enter para continuar.

## Answer problems
error-too-small = El número debe ser al menos { $min }.
error-too-large = El número debe ser como máximo { $max }.
error-too-long = La respuesta tiene más de { $max } caracteres.
error-empty = La respuesta está vacía: use "declinó" o "no sabe" en su lugar.
error-exclusive = Esa opción no se puede combinar con otras.

## Service categories (needs)
category-emergency_shelter = Albergue de emergencia
category-housing = Vivienda
category-case_management = Manejo de casos
category-legal_immigration = Ayuda legal migratoria
category-legal_criminal_record = Ayuda legal con antecedentes penales
category-legal_labor_civil = Ayuda legal laboral y civil
category-medical = Atención médica
category-behavioral_health = Salud mental
category-substance_use = Apoyo por consumo de sustancias
category-economic_empowerment = Empleo e ingresos
category-education = Educación
category-interpretation = Interpretación
category-transportation = Transporte
category-basic_needs = Necesidades básicas
category-child_welfare = Protección de la niñez
category-hotline = Línea de ayuda

## Plain mode, more
plain-review = Escriba f para terminar, o el número de una pregunta para cambiarla.
plain-save = Escriba y para guardar cifrado, o q para parar y conservar el borrador.
plain-resume = Escriba 1 para retomarla, 2 para dejarla para después, 3 para descartarla.
plain-answer-prompt = Respuesta:
plain-unanswered-confirm = Hay preguntas sin respuesta. Escriba y para terminar de todos modos.

## Referrals
referrals-title = Derivaciones
referrals-intro = Sugerencias del directorio local, por necesidad. La persona elige; no se comparte nada sin su consentimiento.
referrals-minor = Menor de 18 años: primero los servicios para jóvenes. Siga el aviso de notificación que leyó al inicio.
referrals-need = { $need }
referrals-none = Ningún servicio del directorio cubre esta necesidad.
referrals-choose = Enter: elegir   →: pasar a guardar   /: filtrar   x: quitar una opción
referrals-chosen = elegido
referrals-count = { $count ->
    [one] 1 derivación elegida
   *[other] { $count } derivaciones elegidas
}
referrals-law-enforcement = e: la persona pide servicios de las autoridades policiales
referrals-law-enforcement-on = Se incluyen servicios de las autoridades policiales: la persona los pidió.
plain-referrals = Escriba los números de los servicios que la persona elige (por ejemplo 1 3), o presione Enter si no elige ninguno:
referral-consent-title = Derivación y consentimiento
referral-handoff = Lea a la persona: "{ $service } podría ayudarle. { $reasons } Puedo hacer la llamada con usted ahora o darle su número. Usted decide qué les digo sobre usted."
referral-consent-question = ¿Podemos compartir algo sobre usted con el servicio?
referral-consent-yes = y: sí, podemos compartir lo necesario
referral-consent-no = n: no, no se comparte nada (la persona se comunica con el servicio)
referral-consent-limited = l: solo lo que la persona diga (escríbalo)
referral-limited-prompt = Lo que se puede compartir, en palabras de la persona:
referral-phone = Teléfono: { $phone }
reason-also-covers = también ayuda con { $category }
reason-speaks = atiende en { $language }
reason-interpretation = interpretación disponible
reason-24-7 = abierto 24/7
reason-open-now = abierto ahora
reason-youth = para jóvenes
reason-trafficking = experiencia con personas sobrevivientes de trata
reason-no-id = no se requiere identificación
reason-no-status = no se requiere estatus migratorio
reason-no-sobriety = no se requiere sobriedad
reason-lgbtq = inclusivo con personas LGBTQ+
reason-distance = a { $km } km
reason-hotline = nada local es adecuado: la línea nacional de ayuda
misfit-language = no hay personal que hable { $language }
misfit-closed = cerrado ahora
misfit-inferred = categoría deducida de su descripción

# Read by the program and by reviewers: the value stays "draft" until a native speaker has reviewed this file.
translation-status = draft
