# lantern user interface: Spanish (español, neutral Latin American; the worker is addressed as "usted"), translated from locales/en/ui.ftl.
# Translation status: draft, awaiting review by a native speaker.
# Terms in { } are variables filled in by the program: keep them as they are.

## General
app-name = lantern
yes = sí
no = no
answer-yes = Sí
answer-no = No
answer-declined = Prefirió no responder
answer-dont-know = No sabe
answer-not-asked = No se preguntó
answer-none = (ninguna de estas)
answer-unanswered = pendiente
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
key-declined = prefiere no
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
action-quick-exit = Salida rápida: guarda el borrador protegido con clave, limpia la pantalla y cierra lantern
action-pause = Pausa: muestra una pantalla neutra hasta que se presione una tecla
action-notes = Abrir o cerrar el panel de notas
action-next = Pregunta siguiente (conserva la respuesta)
action-back = Pregunta anterior
action-next-unanswered = Siguiente pregunta pendiente
action-review = Revisar antes de guardar: cada pregunta y su respuesta
action-sections = Ir a una sección
action-guidance = Mostrar u ocultar la orientación para usted y "por qué preguntamos"
action-interpreter = Vista para intérprete: la pregunta en ambos idiomas
action-language = Cambiar el idioma de la entrevista
action-yes = Responder sí
action-no = Responder no
action-declined = La persona prefirió no responder
action-dont-know = La persona no sabe
action-not-asked = La pregunta no se hizo
action-clear = Borrar la respuesta a esta pregunta
action-consent-check = Elegir quién interpreta, antes de leer nada
action-urgent-steps = Abrir los pasos de respuesta de las alertas urgentes y volver después a la misma pregunta
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
unlock-why = Las entrevistas en curso se guardan protegidas con esta frase de contraseña.
unlock-wrong = Esa frase de contraseña no es correcta. Inténtelo de nuevo.
setup-title = Le damos la bienvenida a lantern
setup-intro = lantern guarda en esta computadora cualquier entrevista en curso, protegida con una frase de contraseña que solo usted conoce. Elija una ahora: unas cuantas palabras son lo más fácil de recordar y lo más difícil de adivinar.
setup-passphrase = Frase de contraseña
setup-confirm = Escríbala de nuevo
setup-too-short = La frase de contraseña debe tener al menos { $min } caracteres.
setup-mismatch = Las dos frases de contraseña no coinciden.
setup-done = Frase de contraseña establecida. No la comparta: nadie puede recuperarla.
passphrase-field = Frase de contraseña:
working = Procesando…

## Organization keys
keys-title = Aún no hay clave de la organización
keys-explain = Las entrevistas terminadas solo se guardan protegidas con la clave pública de su organización, que está en la carpeta { $folder }. Esta computadora aún no tiene ninguna, así que no se pueden guardar entrevistas.
keys-how = Pida a quien supervisa la clave pública de la organización (empieza con age1) y agréguela con: lantern keys add age1…
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
resume-stale = Sin cambios desde hace más de { $limit ->
    [one] un día
   *[other] { $limit } días
}, el límite de su organización.
resume-stale-offer = { $count ->
    [one] Una entrevista lleva esperando más de lo que su organización conserva los borradores ({ $limit ->
        [one] 1 día
       *[other] { $limit } días
    }).
   *[other] { $count } entrevistas llevan esperando más de lo que su organización conserva los borradores ({ $limit ->
        [one] 1 día
       *[other] { $limit } días
    }).
}
resume-stale-key = { $count ->
    [one] o: descartarla
   *[other] o: descartarlas
}
resume-stale-confirm = { $count ->
    [one] ¿Descartar para siempre la entrevista de hace más de { $limit } días? Sus respuestas se perderán. Presione y para descartarla, cualquier otra tecla para conservarla.
   *[other] ¿Descartar para siempre las { $count } entrevistas de hace más de { $limit } días? Sus respuestas se perderán. Presione y para descartarlas, cualquier otra tecla para conservarlas.
}
resume-stale-done = { $count ->
    [one] Se descartó una entrevista antigua.
   *[other] Se descartaron { $count } entrevistas antiguas.
}
plain-discard-stale = Escriba y para descartarlas ahora, cualquier otra cosa para conservarlas.
help-resume-discard-old = Descartar entrevistas antiguas
action-discard-old = Descartar todas las entrevistas más antiguas que el límite de su organización (se pregunta antes)
action-discard-old-yes = Sí, descartarlas para siempre
resume-version-differs = Esta entrevista se inició con la versión { $started } de { $protocol }. Ahora está instalada la versión { $installed }.
resume-version-keep = Enter: seguir con la versión { $started }, como se inició
resume-version-carry = u: usar la versión { $installed }; las respuestas se trasladan y se enumera lo que ya no encaja
plain-resume-version = Escriba 1 para seguir con la versión { $started }, 2 para usar la versión { $installed } con las respuestas trasladadas.
resume-carried-title = Trasladada a la versión { $version }
resume-carried-all = Se trasladaron todas las respuestas. Las preguntas nuevas de esta versión se harán a medida que avance.
resume-carried-some = Estas respuestas se quedaron en la versión { $from } y ya no forman parte de la entrevista. Las preguntas nuevas de esta versión se harán a medida que avance.
resume-left-removed = { $question } (esta pregunta no está en la versión { $version })
resume-left-changed = { $question } (la pregunta cambió: hágala de nuevo)
resume-carried-go-on = Enter: seguir con la entrevista
help-resume-version = Una entrevista iniciada con otra versión de su protocolo
help-resume-carried = Después de trasladar una entrevista
action-resume-as-started = Seguir con la versión del protocolo con la que se inició la entrevista
action-carry-over = Usar la versión instalada y trasladar las respuestas
action-go-on = Seguir con la entrevista
key-as-started = como se inició
key-carry-over = versión instalada
key-go-on = seguir

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

## Consent
consent-title = Antes de empezar
consent-read = Lea esto a la persona:
consent-notice = Aviso sobre el reporte obligatorio (léalo antes de cualquier pregunta):
consent-guidance = Para usted:
consent-limits = Límites de la confidencialidad (texto de su organización; léalo tal como está escrito):
consent-limits-missing = Su organización aún no ha escrito sus límites de la confidencialidad (configuración: [jurisdiction] confidentiality_limits). No prometa que todo quedará en privado; dígale a la persona que hay límites y que usted le avisará antes de actuar por alguno de ellos.
consent-confirm = Presione Enter cuando haya leído esto y la persona acepte continuar. Esc: atrás.
consent-more = ↓ Hay más para leer abajo (↓ o PgDn)
consent-check-first = Primero elija quién interpreta (una tecla numérica): no se lee nada antes de eso.
consent-interpreter-stop = No lea nada en voz alta: este intérprete no es independiente y oiría y transmitiría todo. Termine la conversación con calma y busque un intérprete profesional y un momento para hablar en privado.
consent-confirm-stop = Presione Enter para anotar lo que observa (para los pasos urgentes) antes de terminar. Esc: atrás.

## Question screen
question-section = { $section } ({ $index } de { $count })
question-progress = { $answered } de { $shown } respondidas
title-elapsed = Tiempo { $time }
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
question-multiple-prompt = Marque con la barra espaciadora (Space) o las teclas numéricas; luego Enter
question-filter = Filtro:
question-no-match = Ninguna opción coincide con "{ $filter }".
question-invalid-number = Eso no es un número entero.
question-invalid-date = Eso no es una fecha (AAAA-MM-DD).
question-current-answer = Respuesta actual: { $answer }
question-language-changed = El idioma de la entrevista ahora es { $language }.
question-notes-title = Notas (se guardan protegidas con clave; Esc o F4 para cerrar)
notes-hint = Solo lo que los servicios necesitan para dar seguimiento. Nada de lo que pasó, ningún nombre.
notes-count = { $count }/{ $max }
notes-full = Las notas están llenas ({ $max } caracteres): deje solo lo que los servicios necesitan para dar seguimiento.
question-urgent-banner = URGENTE: { $flags }. { $key }: los pasos de respuesta (y después de vuelta a esta pregunta).
urgent-steps-title = Urgente: los pasos de respuesta
urgent-steps-back = { $key }: volver a la pregunta.
question-sections-title = Ir a una sección
question-language-title = Idioma de la entrevista
question-no-save = No se guardará: no hay clave de la organización

## Review
review-title = Revisar antes de guardar
review-summary = { $answered } respondidas, { $unanswered } pendientes, { $declined ->
    [one] 1 que prefirió no responder
   *[other] { $declined } que prefirió no responder
}, { $not-asked } no preguntadas
review-unanswered = pendiente
review-finish = f: terminar y ver el resultado   Enter: ir a la pregunta
review-confirm-unanswered = { $count ->
    [one] 1 pregunta está pendiente.
   *[other] { $count } preguntas están pendientes.
} ¿Terminar de todos modos? y: terminar   cualquier otra tecla: volver

## Outcome
outcome-title = Resultado
outcome-level-not_screened = No se hizo la detección: no se podía hacer de forma segura
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
save-explain = El registro se guardará protegido con { $count ->
    [one] la clave de su organización
   *[other] las { $count } claves de su organización
}. Esta computadora no podrá volver a leerlo.
save-confirm = Enter: guardar protegido con clave   Esc: atrás
save-done = Guardado. El registro está protegido con una clave secreta y espera en la bandeja de salida para sincronizarse.
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
language-pt-BR = Português (Brasil)
language-in-text-en = inglés
language-in-text-es = español
language-in-text-zh-Hans = chino (simplificado)
language-in-text-vi = vietnamita
language-in-text-tl = tagalo
language-in-text-ko = coreano
language-in-text-pt-BR = portugués (Brasil)
language-in-text-ht = criollo haitiano
language-in-text-ru = ruso
language-in-text-pt = portugués
language-in-text-fr = francés

## Plain mode (screen readers)
plain-intro = lantern, modo simple. Escriba el número de su opción y presione Enter. Escriba h para ayuda, q para salir.
ui-language-missing = Todavía no hay traducción de lantern para { $tag }: se muestra en { $shown }.
plain-help = En cualquier pregunta: y sí, n no, d prefiere no, k no sabe, s no se preguntó, b atrás, r revisar, ! pasos de respuesta urgentes, h ayuda, q salir y conservar el borrador.
plain-urgent-now = URGENTE: siga ahora estos pasos de respuesta.
plain-urgent-none = No se ha levantado ninguna alerta urgente.
plain-urgent-continue = Escriba ! en cualquier pregunta para oír de nuevo estos pasos.
plain-help-notes = Notas: escriba + y su texto para agregarlo a las notas (se guardan protegidas con una clave secreta); + solo muestra las notas. Solo lo que los servicios necesitan para dar seguimiento: nada de lo que pasó, ningún nombre.
plain-note-added = Agregado a las notas (se guardan protegidas con una clave secreta).
plain-notes-now = Notas hasta ahora:
plain-notes-none = Todavía no hay notas.
plain-worker-label = Etiqueta de quien entrevista (opcional; presione Enter para omitir):
plain-choose-protocol = Elija un protocolo:
plain-choose-language = Idioma de la entrevista:
plain-question = Pregunta { $index } de { $count }:
plain-choices = Opciones:
plain-multiple-hint = Escriba los números de todas las opciones que correspondan, separados por espacios.
plain-invalid = No se entendió la respuesta. Escriba h para ayuda.
plain-saved = Guardado y protegido con una clave secreta.
plain-quit = Detenido. El borrador se conserva protegido con una clave secreta.
plain-passphrase = Frase de contraseña:
plain-continue = Presione Enter para continuar.

## Answer problems
error-too-small = El número debe ser al menos { $min }.
error-too-large = El número debe ser como máximo { $max }.
error-too-long = La respuesta tiene más de { $max } caracteres.
error-empty = La respuesta está vacía: use "prefiere no" o "no sabe" en su lugar.
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
plain-review = Escriba f para terminar, el número de una pregunta para cambiarla, o v para leer u ocultar las respuestas delicadas (use audífonos).
plain-save = Escriba y para guardar el registro protegido con una clave secreta, o q para parar y conservar el borrador.
plain-resume = Escriba 1 para retomarla, 2 para dejarla para después, 3 para descartarla.
plain-answer-prompt = Respuesta:
plain-unanswered-confirm = Hay preguntas pendientes. Escriba y para terminar de todos modos.

## Referrals
referrals-title = Derivaciones
referrals-intro = Sugerencias del directorio local, por necesidad. La persona elige; no se comparte nada sin su consentimiento.
referrals-minor = Menor de 18 años: primero los servicios para jóvenes. Siga el aviso sobre el reporte obligatorio que leyó al inicio.
referrals-minor-read-now = Menor de 18 años: lea ahora a la persona el aviso sobre el reporte obligatorio que sigue, antes de cualquier otra cosa. Primero los servicios para jóvenes.
referrals-not-screened = La entrevista se detuvo antes de poder hacerse sin peligro. No lea ningún texto de derivación ni pregunte si se puede compartir algo: otra persona lo oiría o lo transmitiría. Busque un momento para hablar en privado, con un intérprete independiente si hace falta y, si no hay peligro, dé una forma discreta de comunicarse con usted o con la línea de ayuda.
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
referral-handoff = { $register ->
    [informal] Lea a la persona: "{ $service } te podría ayudar. Puedo llamar contigo ahora o darte su número. Tú decides qué les digo sobre ti."
   *[formal] Lea a la persona: "{ $service } le podría ayudar. Puedo llamar con usted ahora o darle su número. Usted decide qué les digo sobre usted."
}
referral-handoff-why = Por qué se sugiere (solo para usted; no lo lea en voz alta): { $reasons }
referral-consent-question = { $register ->
    [informal] ¿Podemos contarles algo sobre ti?
   *[formal] ¿Podemos contarles algo sobre usted?
}
referral-consent-scope = Consentimiento verbal solo para presentar a la persona a este servicio, hasta el { $until }. No es una autorización escrita: para compartir datos que la identifiquen hace falta una autorización firmada y con fecha límite.
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
reason-trafficking = con experiencia en trata de personas
reason-no-id = no piden identificación
reason-no-status = no piden papeles de inmigración
reason-no-sobriety = no se requiere sobriedad
reason-lgbtq = acoge a personas LGBTQ+
reason-distance = a { $km } km
reason-hotline = nada local es adecuado: la línea nacional de ayuda
reason-wanted-lgbtq = acoge a personas LGBTQ+, como se pidió
reason-wanted-accessible = describe su accesibilidad, como se pidió
reason-wanted-women = atiende a mujeres, como se pidió
reason-wanted-men = atiende a hombres, como se pidió
reason-wanted-nonbinary = acoge a personas no binarias, como se pidió
misfit-language = no hay personal que hable { $language }
misfit-closed = cerrado ahora
misfit-inferred = categoría deducida de su descripción
misfit-ages = solo de { $from } a { $to } años: confirme la edad de la persona
misfit-ages-from = solo desde los { $from } años: confirme la edad de la persona
misfit-ages-to = solo hasta los { $to } años: confirme la edad de la persona
misfit-serves-only = solo atiende a { $who }
misfit-serves-women = mujeres
misfit-serves-men = hombres
misfit-serves-nonbinary = personas no binarias
misfit-wanted-lgbtq = no dice que acoja a personas LGBTQ+
misfit-wanted-accessible = no dice nada sobre accesibilidad
misfit-wanted-women = no dice que atienda a mujeres
misfit-wanted-men = no dice que atienda a hombres
misfit-wanted-nonbinary = no dice que acoja a personas no binarias
referral-eligibility = Requisitos: { $text }

# Read by the program and by reviewers: the value stays "draft" until a native speaker has reviewed this file.
translation-status = draft

## Keys, help and problems
key-next-field = campo siguiente
key-quit = salir
key-unlock = desbloquear
key-continue = continuar
key-trial = clave de prueba
key-resume = retomar
key-later = después
key-discard = descartar
key-discard-yes = descartar
key-keep = conservarla
key-cancel = cancelar
key-home = volver al inicio
key-share-yes = puede compartirse
key-share-no = no compartir
key-share-limited = solo lo que diga
action-up = Mover hacia arriba
action-down = Mover hacia abajo
action-page-up = Desplazarse una página hacia arriba
action-page-down = Desplazarse una página hacia abajo
action-scroll-up = Desplazarse hacia arriba
action-scroll-down = Desplazarse hacia abajo
action-close = Cerrar
action-cancel = Cancelar
action-quit = Salir de lantern
action-next-field = Campo siguiente
action-prev-field = Campo anterior
action-setup-confirm = Campo siguiente; luego establecer la frase de contraseña
action-unlock = Desbloquear con la frase de contraseña
action-trial-key = Crear un par de claves de prueba (para probar lantern, nunca para entrevistas reales)
action-continue-without-saving = Continuar sin clave de la organización (no se podrá guardar nada)
action-resume = Retomar la entrevista elegida donde se detuvo
action-later = Dejarla para después e ir al inicio
action-discard = Descartar la entrevista elegida (pregunta antes)
action-discard-yes = Sí, descartarla para siempre
action-discard-no = No, conservarla
action-start = Iniciar la entrevista con el protocolo y los idiomas elegidos
action-home-up = Protocolo anterior, o cambiar el idioma
action-home-down = Protocolo siguiente, o cambiar el idioma
action-home-left = Cambiar el idioma
action-home-right = Cambiar el idioma
action-consent = Se leyó el texto y la persona está de acuerdo: pasar a las preguntas
action-consent-back = Volver al inicio (no se guardó nada)
action-filter-clear = Borrar el filtro
action-review-go = Ir a la pregunta para cambiar su respuesta
action-review-back = Volver a la última pregunta
action-urgent-back = Cerrar los pasos de respuesta y volver a la pregunta
action-finish-anyway = Terminar aunque queden preguntas pendientes
action-finish-not-yet = Todavía no: volver a la revisión
action-to-referrals = Pasar a las derivaciones
action-outcome-back = Volver a la revisión para cambiar una respuesta (la entrevista se vuelve a abrir)
action-referral-choose = Elegir este servicio (texto para presentar el servicio y consentimiento para compartir)
action-to-save = Pasar a guardar
action-filter-services = Filtrar los servicios escribiendo
action-law-enforcement = La persona pide servicios de las autoridades policiales (solo entonces se muestran)
action-referral-remove = Quitar esta opción
action-referrals-back = Volver al resultado
action-share-yes = La persona está de acuerdo: podemos compartir lo necesario
action-share-no = No se puede compartir nada; la persona se comunica con el servicio
action-share-limited = Solo se puede compartir lo que la persona diga (escríbalo)
action-share-confirm = Registrar lo que se puede compartir
action-save = Guardar el registro protegido con clave
action-save-back = Volver a las derivaciones
action-saved-home = Volver al inicio, para la siguiente entrevista
action-section-go = Ir a esta sección
action-language-choose = Usar este idioma de la entrevista a partir de ahora
action-notes-close = Cerrar las notas (se guardan protegidas con clave)
action-delete-back = Borrar el carácter antes del cursor
action-delete-forward = Borrar el carácter en el cursor
action-cursor-left = Mover el cursor a la izquierda
action-cursor-right = Mover el cursor a la derecha
action-cursor-home = Mover el cursor al inicio
action-cursor-end = Mover el cursor al final
action-type = Escribir en el campo
keys-letters = letras, dígitos, barra espaciadora (Space)
help-setup = Primer inicio: la frase de contraseña
help-unlock = Desbloquear
help-no-keys = Sin clave de la organización
help-resume = Una entrevista interrumpida
help-resume-discard = Descartar una entrevista
help-home = Iniciar una entrevista
help-consent = Consentimiento
help-review-finish = Terminar con preguntas pendientes
help-outcome = El resultado
help-referrals = Derivaciones
help-referrals-stopped = Derivaciones después de detener la entrevista
help-referral-consent = Consentimiento para compartir en una derivación
help-save = Guardar
help-saved = Guardado
help-help = Esta ayuda
help-notes = Notas
help-sections = Ir a una sección
help-language = Idioma de la entrevista
help-urgent = Pasos de respuesta urgentes
help-locked = Bloqueado
help-text-field = En cualquier campo de texto
home-draft-language = { $language } (traducción en borrador)
question-in-worker-language-named = En su idioma ({ $language }):
plain-not-saved = Las últimas respuestas solo se conservan mientras lantern esté abierto, hasta que se logre guardar.
problem-empty = No se escribió nada.
problem-answer-first = Responda primero, o registre que la persona prefirió no responder o no sabe.
problem-choose-first = Elija con una tecla numérica, o primero muévase a una opción con ↑/↓.
problem-empty-hint = Escriba la respuesta, o registre que la persona prefirió no responder o no sabe.
problem-not-yes-no = Responda sí o no.
problem-number-hint = Escriba solo dígitos, por ejemplo 40.
problem-date-hint = Por ejemplo 2025-03-31 (año, mes, día).
problem-no-such-choice = No hay ninguna opción { $choice }.
problem-no-such-choice-hint = Escriba uno de los números que se muestran.
problem-note = Esta es una nota para usted; no requiere respuesta.
problem-wrong-kind = Ese tipo de respuesta no corresponde a esta pregunta.
problem-consent-first = Lea primero el texto de consentimiento: ninguna pregunta va antes.
problem-hidden = Esa pregunta no se hace con las respuestas dadas hasta ahora.
problem-hidden-hint = Una respuesta anterior la cerró; cambie esa respuesta para volver a abrirla.
problem-unknown-language = Este protocolo no tiene texto en { $language }.
problem-finished = La entrevista está terminada.
problem-not-finished = La entrevista aún no está terminada.
problem-protocol-changed = El protocolo { $protocol } cambió desde que se inició esta entrevista.
problem-protocol-changed-hint = Pida a quien supervisa la versión anterior del protocolo para terminar esta entrevista.
problem-not-available = Eso no está disponible ahora.
problem-bad-keys = Un archivo en keys/ tiene una línea que no es una clave pública.
problem-bad-keys-hint = `lantern keys list` muestra qué archivo y qué línea.
problem-bad-identity = No se pudo leer el archivo de identidad.
problem-encrypt = No se pudo cifrar el registro.
problem-unreadable = No se pudo abrir este archivo: está dañado, o se cifró con otra clave.
problem-device-key-exists = Esta computadora ya tiene una clave de dispositivo; lantern nunca la reemplaza.
problem-locked = lantern está bloqueado: primero escriba la frase de contraseña.
problem-disk-full = El disco está lleno: no se pudo escribir nada nuevo.
problem-disk-full-hint = Libere espacio en esta computadora y vuelva a intentarlo.
problem-permission = lantern no tiene permiso para escribir en { $folder }.
problem-permission-hint = Compruebe que la carpeta sea suya y que no sea de solo lectura.
problem-not-found = La carpeta { $folder } no existe.
problem-io = No se pudo leer ni escribir un archivo en { $folder }.
problem-io-hint = Revise el disco y la carpeta, y vuelva a intentarlo.
problem-protocol-gone = El protocolo { $protocol } de esta entrevista ya no está instalado.
problem-protocol-gone-hint = Vuelva a poner el archivo del protocolo en screening/ para retomar la entrevista.
key-change = cambiar

## Start-up
startup-private-key = lantern no iniciará ninguna entrevista: hay una clave privada en este dispositivo, en:
startup-private-key-fix = Cualquier persona que tenga esta computadora podría leer los registros que guarda. Saque el archivo de este dispositivo (debe tenerlo quien supervisa), avise a quien supervisa que hay que reemplazar la clave y vuelva a iniciar lantern. `lantern keys check` muestra dónde hay claves.
drafts-already-saved = { $count ->
    [one] Una entrevista interrumpida justo después de guardarse había dejado su borrador: el registro está en la bandeja de salida y el borrador se eliminó.
   *[other] { $count } entrevistas interrumpidas justo después de guardarse habían dejado sus borradores: los registros están en la bandeja de salida y los borradores se eliminaron.
}
quick-exit-unsaved = lantern se cerró, pero no se pudieron guardar las últimas respuestas (puede que el disco esté lleno): el borrador conserva lo que se guardó antes. Libere espacio antes de volver a iniciar lantern.
problem-symlink = { $path } es un enlace a otro lugar. lantern no sigue enlaces en su carpeta de datos: alguien podría querer que escriba en otra parte.
problem-symlink-hint = Quite el enlace (quien supervisa puede ayudarle) y vuelva a iniciar lantern.
folder-loosened = { $count ->
    [one] Otras cuentas de esta computadora podían abrir un elemento de la carpeta de datos de lantern; lantern lo volvió a hacer privado.
   *[other] Otras cuentas de esta computadora podían abrir { $count } elementos de la carpeta de datos de lantern; lantern los volvió a hacer privados.
}
folder-drafts-without-key = Hay entrevistas en curso en esta computadora, pero falta la clave que las abre: alguien pudo moverla o borrarla. Avise a quien supervisa antes de elegir una nueva frase de contraseña (una nueva no puede abrir los borradores anteriores).
folder-drafts-without-outbox = Hay entrevistas en curso en esta computadora, pero faltaba la carpeta de la bandeja de salida: los registros guardados que esperaban envío pudieron ser movidos. Avise a quien supervisa.
folder-not-a-file = { $path } no es un archivo; lantern lo dejó fuera.
setup-guessable = Esta frase de contraseña es de las primeras que cualquiera probaría (un carácter repetido, una secuencia, una fila del teclado o una contraseña común).
setup-guessable-hint = Elija unas cuantas palabras que solo signifiquen algo para usted, por ejemplo tres o cuatro palabras sin relación.
unlock-wait = Demasiadas frases de contraseña incorrectas seguidas: espere { $seconds } segundos y vuelva a intentarlo.

## lantern sync (línea de comandos)
sync-to = Enviando la bandeja de salida a { $target }
sync-nothing = La bandeja de salida está vacía: no hay nada que enviar.
sync-progress = { $done } de { $total } registros ({ $kb } de { $kb_total } KB, { $rate } por segundo)
sync-summary = Enviados: { $sent }. Ya estaban: { $already }. Conflictos: { $conflicts }. Con error: { $failed }. Sin intentar: { $untried }.
sync-summary-dry-run = No se envió ni se quitó nada (prueba). Se enviarían: { $would }. Ya estaban: { $already }. Conflictos: { $conflicts }. Con error: { $failed }.
sync-file-conflict = { $file }: el destino tiene otro archivo con este nombre. Se conserva la copia de esta computadora.
sync-file-failed = { $file }: no se pudo enviar. Se conserva la copia de esta computadora.
sync-conflict-hint = Avise a quien supervisa de cada conflicto y nunca borre usted la copia de esta computadora.
sync-failed-transient = El destino dejó de responder.
sync-failed-transient-hint = No se perdió nada. Vuelva a sincronizar cuando la conexión mejore.
sync-failed-missing = El destino no está: ¿está conectada la unidad?, ¿es correcto el nombre del bucket o de la carpeta?
sync-failed-missing-hint = No se perdió nada. Conecte la unidad o corrija el destino y vuelva a sincronizar.
sync-failed-denied = El destino lo rechazó: no hay permiso para escribir ahí, o las claves de acceso son incorrectas o vencieron.
sync-failed-denied-hint = No se perdió nada. Pida a quien supervisa que revise las claves de acceso y los permisos de la carpeta o del bucket.
sync-failed-full = El destino está lleno.
sync-failed-full-hint = No se perdió nada. Libere espacio en el destino o use otro y vuelva a sincronizar.
sync-failed-unreachable = No se puede llegar al destino: no hay red, la dirección es incorrecta o se rechazó su certificado.
sync-failed-unreachable-hint = No se perdió nada. Revise la conexión y la dirección, y vuelva a sincronizar más tarde.
sync-failed-other = Algunos registros no se pudieron enviar.
sync-failed-other-hint = No se perdió nada: siguen en esta computadora. Vuelva a sincronizar; si sigue fallando, avise a quien supervisa.
sync-no-target = No se indicó un destino. Use --to con una carpeta, s3://BUCKET/PREFIJO o una dirección WebDAV https://, o defina sync.default en la configuración.
sync-no-bucket = Un destino s3:// necesita el nombre del bucket: s3://BUCKET/PREFIJO.
sync-insecure = Rechazado: los registros viajan sin cifrado en tránsito (http://) solo hacia esta misma computadora. Use una dirección https://.
sync-bad-ca = El paquete de certificados indicado en la configuración no se puede leer o no está en formato PEM.
sync-bad-target = Este destino no se puede usar: revise su dirección en la configuración o en la línea de comandos.
sync-credentials-too-open = Rechazado: otras cuentas de esta computadora pueden leer el archivo de credenciales indicado en la configuración. Hágalo privado (chmod 600) y vuelva a sincronizar.
sync-credentials-bad = No se pudieron leer las claves de acceso: el archivo de credenciales falta o no se puede leer, o no tiene una sección con las dos claves para este perfil.
sync-credentials-none = No se encontraron claves de acceso para el bucket: pida a su supervisor las claves de esta computadora (AWS_ACCESS_KEY_ID y AWS_SECRET_ACCESS_KEY, o un archivo de credenciales indicado en la configuración).

## Send records: the sync screen and plain mode
sync-title = Enviar registros
key-sync = enviar registros
key-send = enviar
action-sync = Enviar los registros guardados a la organización (una memoria USB, un bucket o una carpeta compartida)
action-sync-send = Enviar los registros al lugar elegido
action-sync-back = Volver al inicio sin enviar nada
action-sync-done = Volver al inicio
help-sync = Enviar registros
help-sync-done = Registros enviados
sync-waiting = { $count ->
    [0] No hay registros esperando en la bandeja de salida.
    [one] Un registro espera en la bandeja de salida ({ $kb } KB).
   *[other] { $count } registros esperan en la bandeja de salida ({ $kb } KB).
}
sync-choose = Enviarlos a:
sync-default = { $target } (predeterminado)
sync-other-folder = Una carpeta: escriba su ruta abajo (p. ej. una memoria USB)
sync-no-targets = La configuración no tiene ningún destino: escriba la carpeta de una memoria USB o pida a su supervisor que configure uno.
sync-running = Enviando y comprobando cada registro. Si esto se interrumpe, no se pierde nada: vuelva a enviar más tarde.
sync-done-ok = Todos los registros se enviaron y se comprobaron; las copias de esta computadora se quitaron.
sync-journal-failed = No se envió nada: esta computadora no puede escribir su diario de envíos. Revise el espacio libre y vuelva a intentarlo.
plain-sync-option = s) Enviar los registros guardados ({ $count } en espera)
plain-sync-choose = ¿Adónde enviarlos? Escriba un número o la carpeta de una memoria USB (q para volver):
plain-sync-sending = Enviando a { $target }…

## Practice mode: fictional people, the debrief
practice-watermark = PRÁCTICA: una persona ficticia. No se guarda ni se envía nada.
practice-choose = Elija un escenario de práctica:
practice-solo-intro = Práctica individual: en cada pregunta, escriba a para hacerla y escuchar la respuesta de la persona; luego registre la respuesta como lo haría (y, n, un número, d no quiso responder, k no sabe). b vuelve atrás, q termina la práctica y muestra el resumen.
practice-hotline = Es una llamada: cuide el tiempo, como en una llamada real (el resumen muestra el tiempo por sección).
practice-answer-prompt = Respuesta (a para preguntarle a la persona):
practice-person-says = La persona: { $reply }
practice-no-reply = Este escenario no tiene una respuesta escrita aquí: responda como lo haría la persona.
practice-keep = Escriba y para guardar este resumen como archivo Markdown (solo datos ficticios), o pulse Enter para omitirlo:
practice-keep-name = Nombre del archivo [{ $default }]:
practice-kept = Resumen guardado. Solo contiene datos ficticios.
practice-card-title = PRÁCTICA: TARJETA DEL PERSONAJE (una persona ficticia; para quien la interpreta)
debrief-title = Resumen de la práctica
debrief-fictional = Práctica con una persona ficticia. Este archivo solo contiene datos ficticios: ninguna persona real, ningún registro real.
debrief-score-heading = Puntaje
debrief-score = { $points } de { $max } puntos
debrief-score-note = El puntaje compara intentos con el mismo escenario. Mide la práctica, nunca a la persona que practica.
debrief-score-consent = Consentimiento confirmado antes de cualquier pregunta
debrief-score-checks = Primero quién interpreta, la privacidad y lo que usted observa
debrief-score-answers = Respuestas registradas tal como la persona las dio
debrief-score-indicators = Indicadores encontrados
debrief-score-outcome = El resultado al que llega una buena entrevista
debrief-score-declines = Se respetó cuando no quiso responder
debrief-score-urgent = Se actuó ante lo urgente
debrief-conduct-heading = Cómo fue
debrief-consent-first = El consentimiento se confirmó antes de que la persona respondiera nada.
debrief-checks-first = Primero se aclaró quién interpreta, si la persona podía hablar en privado y lo que usted observó.
debrief-declines-respected = Cada pregunta que la persona no quiso responder se dejó así.
debrief-pressured = Se volvió a preguntar después de que la persona no quiso responder: { $question }
debrief-urgent-not-acted = Urgente, y no se abrieron los pasos de respuesta: { $flag }
debrief-outcome = Resultado: { $reached } (una buena entrevista llega a: { $expected })
debrief-results-heading = Indicadores, necesidades y señales urgentes
debrief-indicators = Indicadores
debrief-needs = Necesidades
debrief-urgent = Señales urgentes
debrief-found = encontrados:
debrief-missed = no encontrados:
debrief-extra = no esperados:
debrief-none = ninguno
debrief-answers-heading = Respuestas
debrief-answer-different = se registró { $recorded }; la persona dijo { $expected }
debrief-answer-not-recorded = no se registró; la persona habría dicho { $expected }
debrief-answer-not-reached = no se llegó (la persona habría dicho { $expected })
debrief-time-heading = Tiempo por sección
debrief-persona-heading = La persona (ficticia)
practice-summary-none = No hay resúmenes guardados en { $dir }. Quienes practican guardan el suyo al final de la práctica (y) y lo copian aquí.
practice-summary-title = Resumen de la clase: { $files } resúmenes en { $dir }
practice-summary-scenario = { $title }: { $attempts ->
        [one] un intento
       *[other] { $attempts } intentos
    }, { $mean } puntos en promedio (mínimo { $lowest }, máximo { $highest }, de { $max })
practice-summary-missed-heading = Lo que más se pasó por alto:
practice-summary-missed = { $item }: { $count } de { $attempts }
practice-badge = PRÁCTICA
practice-scenarios = Personas ficticias para entrevistar
practice-setting-hotline = Una llamada
practice-setting-outreach = En persona
practice-ask-hint = Pulse a para hacerle esta pregunta a la persona; luego registre la respuesta como lo haría.
practice-reply-heading = La persona dice
practice-will-keep = El resumen se guardará como archivo Markdown al salir de la práctica.
action-practice-start = Entrevistar a esta persona ficticia
action-practice-quit = Salir de la práctica
action-practice-end = Terminar la práctica y ver el resumen
action-practice-ask = Hacerle esta pregunta a la persona (su respuesta aparece abajo)
action-practice-keep = Guardar este resumen como archivo Markdown (solo datos ficticios)
action-practice-again = Volver a los escenarios
key-end = terminar
key-ask = preguntar
key-again = otra vez
help-practice-picker = Práctica: elegir una persona
help-practice-consent = Práctica: el consentimiento
help-practice-question = Práctica: una pregunta
help-practice-debrief = Práctica: el resumen
practice-kept-as = Resumen guardado como { $file } (solo datos ficticios).
practice-done = Ya no quedan preguntas. Si hay algo urgente, abra los pasos urgentes (!); luego pulse Enter para pasar a las derivaciones (Esc lleva directamente al resumen).
help-practice-done = Práctica: el final
key-urgent = pasos urgentes
practice-multiple-prompt = Marque con las teclas de número y luego pulse Enter.
action-practice = Practicar con una persona ficticia (sin claves, no se guarda nada)
key-practice = práctica
action-practice-role-play = Juego de roles: una compañera o compañero interpreta a la persona con la tarjeta impresa
key-role-play = juego de roles
practice-role-play-hint = Juego de roles: su compañero o compañera responde como la persona de la tarjeta (lantern practice card ID la imprime).
practice-role-play-intro = Juego de roles: su compañero o compañera interpreta a la persona con la tarjeta impresa (lantern practice card ID). Haga cada pregunta en voz alta y registre la respuesta como lo haría. b vuelve atrás, q termina la práctica y muestra el resumen.

## Práctica: derivaciones
debrief-score-referrals = Derivaciones ofrecidas para las necesidades encontradas
debrief-referrals-heading = Derivaciones
debrief-referral-service = { $service } (se comparte: { $consent ->
        [yes] lo necesario
        [limited] solo lo que la persona dijo
       *[no] nada; la persona se comunica por su cuenta
    })
debrief-referral-offered = { $need }: { $services }
debrief-referral-not-offered = { $need }: no se ofreció nada, aunque el directorio tenía servicios para esto
debrief-referral-not-found = { $need }: no se ofreció nada; la necesidad no se encontró, así que no había nada que ofrecer
debrief-referral-nothing-local = { $need }: el directorio no tiene nada para esta necesidad (aun así conviene ofrecer la línea de ayuda o una forma de volver)
debrief-referral-other = También se ofreció: { $services }
debrief-referral-missed = No se ofreció derivación para: { $need }
debrief-referrals-none-expected = Esta persona no necesitaba derivaciones; ofrecer información y una forma de volver sigue siendo buena práctica.
debrief-referrals-stopped = La evaluación se detuvo y no se leyó ni se ofreció nada en voz alta: correcto, porque cualquier cosa dicha se habría escuchado o transmitido.
debrief-referrals-not-reached = No se llegó al paso de derivaciones: la práctica terminó antes.
action-practice-referrals = Pasar a las derivaciones (ofrecer servicios, pedir consentimiento para compartir)
key-referrals = derivaciones
action-practice-to-debrief = Terminar la práctica y ver el resumen
key-debrief = resumen
action-practice-referrals-back = Volver a las preguntas
help-practice-referrals = Práctica: derivaciones
help-practice-referrals-stopped = Práctica: derivaciones tras una detención
practice-invalid = No se entendió la respuesta. Escriba una de las letras o números que se muestran.
