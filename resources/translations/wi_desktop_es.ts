<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>Accessible</name>
        <message>
            <source>One of: {choices}</source>
            <translation>Una de: {choices}</translation>
        </message>
        <message>
            <source>{field}, saved as you leave the field</source>
            <translation>{field}; se guarda al salir del campo</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanel</name>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Growth areas</source>
            <translatorcomment>review: Feedback-letter heading; «Áreas de mejora» is close to «aspecto a mejorar» (concern) — check it reads as positive enough, alternative «Áreas de desarrollo».</translatorcomment>
            <translation>Áreas de mejora</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <source>Shared with the candidate in the feedback letter; internal notes are never included.</source>
            <translation>Se comparte con el candidato en la carta de valoración; las notas internas nunca se incluyen.</translation>
        </message>
        <message>
            <source>Returned to the candidate</source>
            <translation>Devuelto al candidato</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>Kept by the employer and paid for</source>
            <translatorcomment>review: Option after «Destino del trabajo realizado:»; «empresa» used for employer.</translatorcomment>
            <translation>Conservado y pagado por la empresa</translation>
        </message>
        <message>
            <source>Take back this record?</source>
            <translation>¿Anular este registro?</translation>
        </message>
        <message>
            <source>Remove “{what}” from this session's record?

Do this only if the button was pressed by mistake. A note in the timeline will say that it was taken back, and the candidate can be asked again.</source>
            <translation>¿Quitar «{what}» del registro de esta sesión?

Hágalo solo si el botón se pulsó por error. Una nota en la cronología indicará que se ha anulado, y se podrá volver a preguntar al candidato.</translation>
        </message>
        <message>
            <source>Confidentiality/IP agreement</source>
            <translation>Acuerdo de confidencialidad y propiedad intelectual</translation>
        </message>
        <message>
            <source>The agreement's text, as the candidate reads it; arrows and Page Down scroll it, Tab moves on.</source>
            <translation>El texto del acuerdo, tal como lo lee la persona candidata; las flechas y Av Pág lo desplazan, Tab pasa al siguiente control.</translation>
        </message>
        <message>
            <source>Candidate accepted</source>
            <translatorcomment>review: Stamp button label; also fills {action} in «{action}: se registra con la hora actual» and «{what}» in the take-back dialog.</translatorcomment>
            <translation>El candidato ha aceptado</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptado</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translatorcomment>review: Stamp button / status; «otorgado» vs «dado».</translatorcomment>
            <translation>Consentimiento otorgado</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Sin decidir</translation>
        </message>
        <message>
            <source>e.g. the sample tray is photographed, then cleared</source>
            <translatorcomment>review: 'cleared' rendered as «se retira» (removed); could be «se vacía» if it means emptied.</translatorcomment>
            <translation>p. ej. se fotografía la bandeja de muestra y después se retira</translation>
        </message>
        <message>
            <source>Show task briefing…</source>
            <translation>Mostrar las instrucciones de las tareas…</translation>
        </message>
        <message>
            <source>The briefing read to the candidate, to show, print or save as PDF</source>
            <translation>Las instrucciones leídas al candidato, para mostrarlas, imprimirlas o guardarlas como PDF</translation>
        </message>
        <message>
            <source>Candidate acknowledged</source>
            <translatorcomment>review: Stamp button for the task briefing; «confirmado» = confirmed receipt, as in the glossary.</translatorcomment>
            <translation>El candidato ha confirmado</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Consent to notes</source>
            <translation>Consentimiento para tomar notas</translation>
        </message>
        <message>
            <source>The work produced is:</source>
            <translatorcomment>review: Rephrased as «Destino del trabajo realizado:» so the participle options (Devuelto / Eliminado / Conservado y pagado por la empresa) read naturally.</translatorcomment>
            <translation>Destino del trabajo realizado:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>What happens to the work produced</source>
            <translation>Qué pasa con el trabajo realizado</translation>
        </message>
        <message>
            <source>Note on the work produced</source>
            <translation>Nota sobre el trabajo realizado</translation>
        </message>
        <message>
            <source>Task briefing</source>
            <translation>Instrucciones de las tareas</translation>
        </message>
        <message>
            <source>The tasks, their time boxes and instructions, as given to the candidate in advance.</source>
            <translation>Las tareas, su tiempo previsto y sus instrucciones, tal como se le dieron al candidato por adelantado.</translation>
        </message>
        <message>
            <source>Feedback for the candidate</source>
            <translation>Valoración para el candidato</translation>
        </message>
        <message>
            <source>Feedback: {title}</source>
            <translation>Valoración: {title}</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>Debrief questions</source>
            <translation>Preguntas de la reunión de cierre</translation>
        </message>
        <message>
            <source>No debrief questions in this session's role template.</source>
            <translation>La plantilla de puesto de esta sesión no tiene preguntas para la reunión de cierre.</translation>
        </message>
        <message>
            <source>Answer to question {number}</source>
            <translation>Respuesta a la pregunta {number}</translation>
        </message>
        <message>
            <source>The candidate's answer, in brief</source>
            <translation>La respuesta del candidato, en resumen</translation>
        </message>
        <message>
            <source>No consent text in this session's role template.</source>
            <translation>La plantilla de puesto de esta sesión no tiene texto de consentimiento.</translation>
        </message>
        <message>
            <source>Confidentiality and IP agreement</source>
            <translation>Acuerdo de confidencialidad y propiedad intelectual</translation>
        </message>
        <message>
            <source>none in this session's role template; record a written agreement on paper.</source>
            <translatorcomment>review: Continues after «Acuerdo de confidencialidad y propiedad intelectual:»; check «deje constancia de un acuerdo por escrito en papel».</translatorcomment>
            <translation>no hay ninguno en la plantilla de puesto de esta sesión; deje constancia de un acuerdo por escrito en papel.</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>versión {version}</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend the finalised record</source>
            <translation>Rectificar el registro finalizado</translation>
        </message>
        <message>
            <source>Amending reopens this finalised record so it can be changed. The PDFs signed so far stay as they are, and their fingerprints stay in the record; signing again makes version {version}.</source>
            <translatorcomment>review: 'fingerprints' = hash fingerprints of signed PDFs; rendered 'huellas digitales' — check it doesn't read as biometric fingerprints.</translatorcomment>
            <translation>Al rectificar, este registro finalizado se vuelve a abrir para que se pueda cambiar. Los PDF firmados hasta ahora se quedan como están y sus huellas digitales siguen en el registro; al volver a firmar se crea la versión {version}.</translation>
        </message>
        <message>
            <source>Amending reopens this finalised record so it can be changed. The PDFs signed so far stay as they are, and their fingerprints stay in the record.</source>
            <translation>Al rectificar, este registro finalizado se vuelve a abrir para que se pueda cambiar. Los PDF firmados hasta ahora se quedan como están y sus huellas digitales siguen en el registro.</translation>
        </message>
        <message>
            <source>Who amends it, when and why are kept with the record.</source>
            <translation>Junto con el registro se guarda quién lo rectifica, cuándo y por qué.</translation>
        </message>
        <message>
            <source>e.g. The agreed hourly rate was $19, not $18</source>
            <translatorcomment>review: Kept '$19'/'$18' as in source (natural in Latin America); Spain would write '19 $'.</translatorcomment>
            <translation>p. ej. la tarifa por hora acordada era de $19, no de $18</translation>
        </message>
        <message>
            <source>&amp;Reopen to amend</source>
            <translation>&amp;Reabrir para rectificar</translation>
        </message>
        <message>
            <source>&amp;Who is amending:</source>
            <translation>&amp;Quién rectifica:</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Say who is amending the record.</source>
            <translation>Indique quién rectifica el registro.</translation>
        </message>
        <message>
            <source>Give the reason for the amendment; it is kept with the record.</source>
            <translation>Indique el motivo de la rectificación; se guarda junto con el registro.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Please wait</source>
            <translation>Espere, por favor</translation>
        </message>
    </context>
    <context>
        <name>BriefingDialog</name>
        <message>
            <source>Role</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <source>Task briefing: {role}</source>
            <translation>Instrucciones de las tareas: {role}</translation>
        </message>
        <message>
            <source>These are the tasks of your working interview, in the order you will do them. Every candidate for this role is given the same tasks and the same time. The time box is a guide: say if you need more time or if anything is unclear.</source>
            <translation>Estas son las tareas de su entrevista de trabajo práctica, en el orden en que las hará. Todos los candidatos a este puesto reciben las mismas tareas y el mismo tiempo. El tiempo previsto es orientativo: diga si necesita más tiempo o si algo no está claro.</translation>
        </message>
        <message>
            <source>No written instructions; the observer will explain this task.</source>
            <translation>Sin instrucciones escritas; el observador le explicará esta tarea.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Planned time in all:&lt;/b&gt; {time}</source>
            <translation>&lt;b&gt;Tiempo previsto en total:&lt;/b&gt; {time}</translation>
        </message>
        <message>
            <source>Task briefing</source>
            <translation>Instrucciones de las tareas</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Printing is not available in this Qt build; save as PDF and print that.</source>
            <translation>La impresión no está disponible en esta versión de Qt; guarde el PDF e imprímalo.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <source>Save the briefing as PDF</source>
            <translation>Guardar las instrucciones como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Guardado en {path}</translation>
        </message>
        <message>
            <source>Briefing - {candidate}</source>
            <translation>Instrucciones - {candidate}</translation>
        </message>
    </context>
    <context>
        <name>BusinessDialog</name>
        <message>
            <source>{file} is not an SVG picture this program can draw.</source>
            <translation>{file} no es una imagen SVG que este programa pueda mostrar.</translation>
        </message>
        <message>
            <source>{file} is not a picture: choose a PNG or SVG file.</source>
            <translation>{file} no es una imagen: elija un archivo PNG o SVG.</translation>
        </message>
        <message>
            <source>Business details</source>
            <translation>Datos de la empresa</translation>
        </message>
        <message>
            <source>Shown at the top of every document</source>
            <translation>Aparece en la parte superior de todos los documentos</translation>
        </message>
        <message>
            <source>Telephone, e-mail, website</source>
            <translation>Teléfono, correo electrónico, sitio web</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>Elegir &amp;logotipo…</translation>
        </message>
        <message>
            <source>&amp;Remove logo</source>
            <translation>&amp;Quitar logotipo</translation>
        </message>
        <message>
            <source>A PNG or SVG file, shown at the top of each document</source>
            <translation>Un archivo PNG o SVG, que aparece en la parte superior de cada documento</translation>
        </message>
        <message>
            <source>Documents are made without a logo</source>
            <translation>Los documentos se crean sin logotipo</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>C&amp;ontact line:</source>
            <translation>Línea de con&amp;tacto:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logotipo:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Moneda:</translation>
        </message>
        <message>
            <source>Loc&amp;ale:</source>
            <translation>Configuración &amp;regional:</translation>
        </message>
        <message>
            <source>These details head the summary, the letter and the briefing. Money and dates are written as the locale writes them; the currency is the one new sessions are paid in.</source>
            <translation>Estos datos encabezan el resumen, la carta y las instrucciones de las tareas. Los importes y las fechas se escriben según la configuración regional; la moneda es la que se usa para pagar las sesiones nuevas.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Elegir un logotipo</translation>
        </message>
        <message>
            <source>Pictures (*.png *.svg);;All files (*)</source>
            <translation>Imágenes (*.png *.svg);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>CompareSignDialog</name>
        <message>
            <source>Sign the comparison</source>
            <translation>Firmar la comparación</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Firmado por</translation>
        </message>
        <message>
            <source>The observer whose key signs it</source>
            <translation>El observador con cuya clave se firma</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The language the PDF is written in</source>
            <translation>El idioma en que se redacta el PDF</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <source>The page size, landscape</source>
            <translation>El tamaño de página, en horizontal</translation>
        </message>
        <message>
            <source>&amp;Sign and save</source>
            <translation>Firmar y &amp;guardar</translation>
        </message>
        <message>
            <source>Signed &amp;by:</source>
            <translation>&amp;Firmado por:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>Pa&amp;per:</source>
            <translation>&amp;Papel:</translation>
        </message>
        <message>
            <source>{count} candidates, their facts side by side and their profiles charted, signed with the observer's key (made now if they have none).</source>
            <translation>{count} candidatos, con sus datos uno junto a otro y sus perfiles en un gráfico; el documento se firma con la clave del observador (que se crea ahora si aún no tiene una).</translation>
        </message>
        <message>
            <source>Save the signed comparison</source>
            <translation>Guardar la comparación firmada</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Say who signs the comparison.</source>
            <translation>Indique quién firma la comparación.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Firmando…</translation>
        </message>
        <message>
            <source>Signing cannot be stopped; it ends in a moment.</source>
            <translation>La firma no se puede detener; terminará en un momento.</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Compare candidates — {role}</source>
            <translation>Comparar candidatos — {role}</translation>
        </message>
        <message>
            <source>several roles</source>
            <translation>varios puestos</translation>
        </message>
        <message>
            <source>Candidates side by side</source>
            <translation>Candidatos, uno junto a otro</translation>
        </message>
        <message>
            <source>A column per candidate, a row per fact. Click a row's title to sort the candidates by it; again for the other way.</source>
            <translation>Una columna por candidato y una fila por dato. Haga clic en el título de una fila para ordenar a los candidatos por ella; otra vez, para invertir el orden.</translation>
        </message>
        <message>
            <source>Competency profiles</source>
            <translation>Perfiles de competencias</translation>
        </message>
        <message>
            <source>Each candidate's scores as a line with a shape of its own; not observed breaks the line.</source>
            <translatorcomment>review: “a shape of its own” read as each candidate’s own marker shape in the chart (marcas)</translatorcomment>
            <translation>Las puntuaciones de cada candidato, como una línea con sus propias marcas; una competencia sin observar interrumpe la línea.</translation>
        </message>
        <message>
            <source>Save &amp;chart…</source>
            <translation>Guardar &amp;gráfico…</translation>
        </message>
        <message>
            <source>The chart as a PNG picture or an SVG drawing</source>
            <translation>El gráfico como imagen PNG o dibujo SVG</translation>
        </message>
        <message>
            <source>Signed &amp;PDF…</source>
            <translation>&amp;PDF firmado…</translation>
        </message>
        <message>
            <source>The comparison and its chart as a PDF signed by an observer, for the hiring file</source>
            <translation>La comparación y su gráfico en un PDF firmado por un observador, para el expediente de contratación</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the comparison (Esc)</source>
            <translation>Cerrar la comparación (Esc)</translation>
        </message>
        <message>
            <source>Click a row's title to sort by it. “Not observed” is not a score: it is left out of the composite.</source>
            <translatorcomment>review: the source’s “ ” are written «» as everywhere else in this file</translatorcomment>
            <translation>Haga clic en el título de una fila para ordenar por ella. «Sin observar» no es una puntuación: queda fuera de la puntuación global.</translation>
        </message>
        <message>
            <source>These candidates were seen for different roles: their scores may not measure the same things.</source>
            <translation>Estos candidatos se observaron para puestos distintos: puede que sus puntuaciones no midan lo mismo.</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Guardar el gráfico</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
        </message>
        <message>
            <source>Chart saved as {file}.</source>
            <translation>Gráfico guardado como {file}.</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>¿Reemplazar el archivo?</translation>
        </message>
        <message>
            <source>“{file}” already exists. Replace it with the chart?</source>
            <translation>“{file}” ya existe. ¿Reemplazarlo por el gráfico?</translation>
        </message>
        <message>
            <source>The comparison was signed and saved as {file}.</source>
            <translation>La comparación se firmó y se guardó como {file}.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Composite</source>
            <translation>Puntuación global</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Time on tasks</source>
            <translation>Tiempo en tareas</translation>
        </message>
        <message>
            <source>Pay owed</source>
            <translation>Importe adeudado</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Observers</source>
            <translation>Observadores</translation>
        </message>
        <message>
            <source>1 note backs this score up</source>
            <translation>1 nota respalda esta puntuación</translation>
        </message>
        <message>
            <source>{count} notes back this score up</source>
            <translatorcomment>review: reworded as «Notas …: {count}» so that it reads right when the count is 1 or 0</translatorcomment>
            <translation>Notas que respaldan esta puntuación: {count}</translation>
        </message>
        <message>
            <source>(so far: running)</source>
            <translation>(hasta ahora: en curso)</translation>
        </message>
        <message>
            <source>{actual} of {planned} min</source>
            <translation>{actual} de {planned} min</translation>
        </message>
        <message>
            <source>unpaid or not decided</source>
            <translation>sin remunerar o sin decidir</translation>
        </message>
        <message>
            <source>Not observed · {notes}</source>
            <translation>No observado · {notes}</translation>
        </message>
        <message>
            <source>{level} of {scale} · {notes}</source>
            <translation>{level} de {scale} · {notes}</translation>
        </message>
    </context>
    <context>
        <name>CompetencyScale</name>
        <message>
            <source>Not observed</source>
            <translation>Sin observar</translation>
        </message>
        <message>
            <source>{competency} score</source>
            <translation>Puntuación de {competency}</translation>
        </message>
        <message>
            <source>1 to {levels}; keys 1 to {levels} choose a level and 0 sets not observed. The chosen level's behaviour is read below.</source>
            <translatorcomment>review: Screen-reader description; 'is read below' rendered as 'A continuación se lee…'. Check it sounds natural when spoken.</translatorcomment>
            <translation>De 1 a {levels}; las teclas 1 a {levels} eligen un nivel y 0 la marca como sin observar. A continuación se lee el comportamiento del nivel elegido.</translation>
        </message>
        <message>
            <source>Not seen during the session. This is not a low score.</source>
            <translation>No se vio durante la sesión. No es una puntuación baja.</translation>
        </message>
        <message>
            <source>{competency} not observed</source>
            <translation>{competency}: sin observar</translation>
        </message>
        <message>
            <source>Press 1–{levels} or ←/→ to score, 0 for not observed. Not observed is not counted as a low score.</source>
            <translation>Pulse 1–{levels} o ←/→ para puntuar, o 0 si no se ha observado. Una competencia sin observar no cuenta como puntuación baja.</translation>
        </message>
        <message>
            <source>{level} of {levels}</source>
            <translation>{level} de {levels}</translation>
        </message>
        <message>
            <source>no notes yet</source>
            <translation>aún sin notas</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} nota</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} notas</translation>
        </message>
    </context>
    <context>
        <name>CompositeBar</name>
        <message>
            <source>Strong n&amp;o</source>
            <translatorcomment>review: «Claramente no / Claramente sí» for strong no / strong yes</translatorcomment>
            <translation>Claramente n&amp;o</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>Stron&amp;g yes</source>
            <translation>Claramente s&amp;í</translation>
        </message>
        <message>
            <source>No &amp;decision</source>
            <translation>Sin &amp;decisión</translation>
        </message>
        <message>
            <source>The weighted mean of the scored competencies, computed by a fixed formula; it cannot be typed. A competency marked “not observed” is left out, not counted as a low score.</source>
            <translation>La media ponderada de las competencias puntuadas, calculada con una fórmula fija; no se puede escribir a mano. Una competencia marcada «sin observar» queda fuera: no cuenta como una puntuación baja.</translation>
        </message>
        <message>
            <source>Recommend: {choice}. Your call, not computed.</source>
            <translation>Recomendar: {choice}. Es su decisión, no un cálculo.</translation>
        </message>
        <message>
            <source>Composite score (computed)</source>
            <translation>Puntuación global (calculada)</translation>
        </message>
        <message>
            <source>Your recommendation</source>
            <translation>Su recomendación</translation>
        </message>
        <message>
            <source>&lt;b&gt;Finalised {when}.&lt;/b&gt; The record can no longer be changed.</source>
            <translation>&lt;b&gt;Finalizado: {when}.&lt;/b&gt; El registro ya no se puede cambiar.</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>1 note</source>
            <translation>1 nota</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} notas</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 sesión</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} sesiones</translation>
        </message>
    </context>
    <context>
        <name>DeparturesDialog</name>
        <message>
            <source>Why does this plan differ from the template?</source>
            <translatorcomment>review: 'plan' kept as 'plan' (elsewhere planned tasks = 'tareas previstas'); check it reads naturally vs. 'planificación'.</translatorcomment>
            <translation>¿Por qué este plan difiere de la plantilla?</translation>
        </message>
        <message>
            <source>e.g. the forklift is out of service today</source>
            <translatorcomment>review: 'carretilla elevadora' (Spain/neutral); much of Latin America says 'montacargas'.</translatorcomment>
            <translation>p. ej. hoy la carretilla elevadora está fuera de servicio</translation>
        </message>
        <message>
            <source>Reason: {change}</source>
            <translation>Motivo: {change}</translation>
        </message>
        <message>
            <source>This plan departs from “{template}”. Say why for each change, in a few words: the reasons are kept with the session and printed in its summary, so that candidates stay comparable.</source>
            <translation>Este plan se aparta de «{template}». Indique en pocas palabras el motivo de cada cambio: los motivos se guardan con la sesión y se imprimen en su resumen, para que los candidatos sigan siendo comparables.</translation>
        </message>
    </context>
    <context>
        <name>DestinationBox</name>
        <message>
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <source>Where to save the signed PDF</source>
            <translation>Dónde guardar el PDF firmado</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Eleg&amp;ir…</translation>
        </message>
        <message>
            <source>Choose the folder and file name in a file dialog</source>
            <translation>Elegir la carpeta y el nombre del archivo en un cuadro de diálogo</translation>
        </message>
        <message>
            <source>Choose another &amp;place…</source>
            <translation>Elegir otro &amp;sitio…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF.</source>
            <translation>Elija dónde guardar el PDF.</translation>
        </message>
        <message>
            <source>“{path}” cannot be saved: “{folder}” is a file, not a folder.</source>
            <translation>«{path}» no se puede guardar: «{folder}» es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>“{path}” cannot be saved: “{folder}” is not a folder that exists.</source>
            <translation>«{path}» no se puede guardar: la carpeta «{folder}» no existe.</translation>
        </message>
        <message>
            <source>“{path}” already exists. Choose another name, or pick it with “Choose…” to replace it.</source>
            <translation>«{path}» ya existe. Elija otro nombre, o selecciónelo con «Elegir…» para sustituirlo.</translation>
        </message>
    </context>
    <context>
        <name>DocumentBox</name>
        <message>
            <source>Internal s&amp;ummary</source>
            <translation>&amp;Resumen interno</translation>
        </message>
        <message>
            <source>&amp;Feedback letter</source>
            <translation>Carta de &amp;valoración</translation>
        </message>
        <message>
            <source>What to sign</source>
            <translation>Qué firmar</translation>
        </message>
        <message>
            <source>The internal summary, with every note and score</source>
            <translation>El resumen interno, con todas las notas y puntuaciones</translation>
        </message>
        <message>
            <source>The letter to the candidate: what they did, their feedback and pay</source>
            <translation>La carta al candidato: lo que hizo, su valoración y su pago</translation>
        </message>
        <message>
            <source>with s&amp;cores</source>
            <translation>con p&amp;untuaciones</translation>
        </message>
        <message>
            <source>Show the scores in the candidate's letter</source>
            <translation>Mostrar las puntuaciones en la carta al candidato</translation>
        </message>
        <message>
            <source>with a line for the candidate to si&amp;gn</source>
            <translation>con una línea para la &amp;firma del candidato</translation>
        </message>
        <message>
            <source>The candidate signs on paper that they received the letter and its pay</source>
            <translation>El candidato firma en papel que recibió la carta y su pago</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Tamaño de página</translation>
        </message>
        <message>
            <source>US Letter or A4</source>
            <translation>Carta (EE. UU.) o A4</translation>
        </message>
        <message>
            <source>Page si&amp;ze:</source>
            <translation>&amp;Tamaño de página:</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Idioma del documento</translation>
        </message>
        <message>
            <source>The language the PDF is written in, whatever the window speaks: the candidate's, for the letter</source>
            <translation>El idioma en que se redacta el PDF, sea cual sea el de la ventana: para la carta, el del candidato</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translatorcomment>review: Mnemonic m (Alt+M): the other letters of Idioma are taken in the sign dialog.</translatorcomment>
            <translation>Idio&amp;ma:</translation>
        </message>
    </context>
    <context>
        <name>EditNoteDialog</name>
        <message>
            <source>Note text</source>
            <translation>Texto de la nota</translation>
        </message>
        <message>
            <source>Change the note; Ctrl+Enter saves it</source>
            <translation>Cambie la nota; Ctrl+Intro la guarda</translation>
        </message>
        <message>
            <source>Check the note, then press Ctrl+Enter to save it.</source>
            <translation>Revise la nota y pulse Ctrl+Intro para guardarla.</translation>
        </message>
    </context>
    <context>
        <name>EvidencePane</name>
        <message>
            <source>Notes tagged to this competency count as evidence automatically. Remove any that do not back up the score; link other notes that do.</source>
            <translation>Las notas asignadas a esta competencia cuentan como evidencias automáticamente. Quite las que no respalden la puntuación y vincule otras notas que sí lo hagan.</translation>
        </message>
        <message>
            <source>&amp;Remove from evidence</source>
            <translation>&amp;Quitar de las evidencias</translation>
        </message>
        <message>
            <source>The selected notes stop counting as evidence for this competency; the notes themselves stay (Delete)</source>
            <translation>Las notas elegidas dejan de contar como evidencias de esta competencia; las notas se conservan (Supr)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidencias</translation>
        </message>
        <message>
            <source>The notes that back up the chosen competency's score. Delete removes the selected ones from the evidence.</source>
            <translation>Las notas que respaldan la puntuación de la competencia elegida. Supr quita las elegidas de las evidencias.</translation>
        </message>
        <message>
            <source>Type words from a note to find it</source>
            <translation>Escriba palabras de una nota para encontrarla</translation>
        </message>
        <message>
            <source>&amp;Link as evidence</source>
            <translation>&amp;Vincular como evidencia</translation>
        </message>
        <message>
            <source>The selected notes count as evidence for this competency (Enter)</source>
            <translation>Las notas elegidas cuentan como evidencias de esta competencia (Intro)</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Otras notas</translation>
        </message>
        <message>
            <source>The session's notes that are not evidence for this competency yet, narrowed by the words typed above. Enter links the selected ones as evidence.</source>
            <translation>Las notas de la sesión que aún no son evidencias de esta competencia, filtradas por las palabras escritas arriba. Intro vincula las elegidas como evidencias.</translation>
        </message>
        <message>
            <source>Find notes</source>
            <translation>Buscar notas</translation>
        </message>
        <message>
            <source>Type words from a note to narrow the list of other notes below.</source>
            <translation>Escriba palabras de una nota para acotar la lista de otras notas de abajo.</translation>
        </message>
        <message>
            <source>Add evidence from the session's other notes</source>
            <translation>Añadir evidencias con otras notas de la sesión</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Evidence for {competency}&lt;/b&gt; · {notes}</source>
            <translation>&lt;b&gt;Evidencias de {competency}&lt;/b&gt; · {notes}</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} nota</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} notas</translation>
        </message>
        <message>
            <source>{shown} of {total} other notes match</source>
            <translation>{shown} de {total} otras notas coinciden</translation>
        </message>
        <message>
            <source>{count} other note</source>
            <translation>{count} otra nota</translation>
        </message>
        <message>
            <source>{count} other notes</source>
            <translation>{count} otras notas</translation>
        </message>
    </context>
    <context>
        <name>ExportDataDialog</name>
        <message>
            <source>Sessions: one row a session</source>
            <translation>Sesiones: una fila por sesión</translation>
        </message>
        <message>
            <source>Notes: every note with its time and tags</source>
            <translation>Notas: cada nota con su hora y sus etiquetas</translation>
        </message>
        <message>
            <source>Scores: one row a competency of each session</source>
            <translation>Puntuaciones: una fila por competencia de cada sesión</translation>
        </message>
        <message>
            <source>Pay: hours, rate and amount owed</source>
            <translation>Pago: horas, tarifa e importe adeudado</translation>
        </message>
        <message>
            <source>Pay changes: the audit trail</source>
            <translation>Cambios del pago: el registro de auditoría</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Exportar datos</translation>
        </message>
        <message>
            <source>Every role</source>
            <translation>Todos los puestos</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>&amp;Hasta</translation>
        </message>
        <message>
            <source>Which of the data file's tables to write</source>
            <translation>Qué tabla del archivo de datos escribir</translation>
        </message>
        <message>
            <source>Only the sessions for this role, or every one</source>
            <translation>Solo las sesiones de este puesto, o todas</translation>
        </message>
        <message>
            <source>Only sessions on or after the day beside</source>
            <translation>Solo las sesiones del día indicado al lado o posteriores</translation>
        </message>
        <message>
            <source>Only sessions on or before the day beside</source>
            <translation>Solo las sesiones del día indicado al lado o anteriores</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>A day, as year-month-day</source>
            <translation>Un día, como año-mes-día</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabla:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Puesto:</translation>
        </message>
        <message>
            <source>Sessions on:</source>
            <translatorcomment>review: Label before the From/To date range ('Sesiones del: [Desde] [Hasta]'); check it reads well.</translatorcomment>
            <translation>Sesiones del:</translation>
        </message>
        <message>
            <source>CSV opens in any spreadsheet; XLSX keeps numbers, dates and durations typed; JSON is for scripts. The format follows the file name you choose.</source>
            <translation>CSV se abre en cualquier hoja de cálculo; XLSX conserva el tipo de números, fechas y duraciones; JSON es para scripts. El formato sigue el nombre de archivo que elija.</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Guardar como…</translation>
        </message>
        <message>
            <source>CSV, any spreadsheet (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
            <translation>CSV, cualquier hoja de cálculo (*.csv);;Libro de Excel (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <source>{count} row written to {path}.</source>
            <translation>{count} fila escrita en {path}.</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>{count} filas escritas en {path}.</translation>
        </message>
    </context>
    <context>
        <name>FinaliseDialog</name>
        <message>
            <source>Finalising closes this record: the scores, evidence, recommendation, pay and feedback can no longer be changed. Signing comes next.</source>
            <translation>Al finalizar, este registro se cierra: las puntuaciones, las evidencias, la recomendación, el pago y la valoración ya no se podrán cambiar. A continuación viene la firma.</translation>
        </message>
        <message>
            <source>Finalise the record</source>
            <translation>Finalizar el registro</translation>
        </message>
        <message>
            <source>Warnings before finalising</source>
            <translation>Advertencias antes de finalizar</translation>
        </message>
        <message>
            <source>What is missing from the record; Enter on one goes to where it is mended</source>
            <translation>Lo que falta en el registro; Intro sobre un elemento lleva al lugar donde se corrige</translation>
        </message>
        <message>
            <source>I have &amp;reviewed these warnings</source>
            <translation>He &amp;revisado estas advertencias</translation>
        </message>
        <message>
            <source>Finalise with these gaps on purpose; the record notes it</source>
            <translatorcomment>review: 'gaps' rendered 'carencias' (shortcomings); check tone.</translatorcomment>
            <translation>Finalizar a propósito con estas carencias; el registro deja constancia de ello</translation>
        </message>
        <message>
            <source>&amp;Mark paused tasks done (when last paused)</source>
            <translatorcomment>review: '(when last paused)' rendered '(en su última pausa)' — check clarity.</translatorcomment>
            <translation>&amp;Marcar como terminadas las tareas en pausa (en su última pausa)</translation>
        </message>
        <message>
            <source>Each paused task is marked done at the moment it was last paused: its time worked stays as timed.</source>
            <translation>Cada tarea en pausa se marca como terminada en el momento en que se pausó por última vez: su tiempo trabajado se mantiene tal como se cronometró.</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Volver</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Finalizar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Finalise the record of {candidate}&lt;/b&gt; · {role}</source>
            <translation>&lt;b&gt;Finalizar el registro de {candidate}&lt;/b&gt; · {role}</translation>
        </message>
        <message>
            <source>No recommendation has been chosen (it stays “No decision”).</source>
            <translation>No se ha elegido ninguna recomendación (se queda en «Sin decisión»).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Composite:&lt;/b&gt; {composite}</source>
            <translation>&lt;b&gt;Puntuación global:&lt;/b&gt; {composite}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommendation:&lt;/b&gt; {choice}</source>
            <translation>&lt;b&gt;Recomendación:&lt;/b&gt; {choice}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This record was finalised {when}.&lt;/b&gt;</source>
            <translatorcomment>review: {when} format unknown; used '({when})' to avoid preposition/article agreement issues.</translatorcomment>
            <translation>&lt;b&gt;Este registro ya está finalizado ({when}).&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Please check this before finalising ({count}):&lt;/b&gt; double-click it to go back to it.</source>
            <translation>&lt;b&gt;Revise este punto antes de finalizar ({count}):&lt;/b&gt; haga doble clic en él para volver a ese punto.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Please check these before finalising ({count}):&lt;/b&gt; double-click one to go back to it.</source>
            <translation>&lt;b&gt;Revise estos puntos antes de finalizar ({count}):&lt;/b&gt; haga doble clic en uno para volver a ese punto.</translation>
        </message>
        <message>
            <source>&amp;Finalise anyway</source>
            <translation>&amp;Finalizar igualmente</translation>
        </message>
        <message>
            <source>✓ Every competency is scored and backed by evidence.</source>
            <translation>✓ Todas las competencias están puntuadas y respaldadas por evidencias.</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>Write the hours as h:mm (2:30) or as decimal hours (2.5).</source>
            <translatorcomment>review: Decimal point '2.5' kept as required; Spanish users in comma-decimal regions may type '2,5' - confirm the parser accepts it.</translatorcomment>
            <translation>Escriba las horas como h:mm (2:30) o como horas decimales (2.5).</translation>
        </message>
        <message>
            <source>Correct hours</source>
            <translation>Corregir horas</translation>
        </message>
        <message>
            <source>2:30 or 2.5</source>
            <translation>2:30 o 2.5</translation>
        </message>
        <message>
            <source>Required, e.g. left running over lunch</source>
            <translatorcomment>review: 'almuerzo' for lunch (neutral); in Spain 'comida' is also common.</translatorcomment>
            <translation>Obligatorio, p. ej. se dejó en marcha durante el almuerzo</translation>
        </message>
        <message>
            <source>Use the timed hours</source>
            <translation>Usar las horas cronometradas</translation>
        </message>
        <message>
            <source>Drop the correction: pay what the timers recorded</source>
            <translation>Descartar la corrección: pagar lo que registraron los cronómetros</translation>
        </message>
        <message>
            <source>Payroll records the hours of each day.</source>
            <translation>El registro de nómina recoge las horas de cada día.</translation>
        </message>
        <message>
            <source>The timers recorded {hours} on the session clock. The correction and its reason go into the audit trail.</source>
            <translation>Los cronómetros registraron {hours} en el reloj de la sesión. La corrección y su motivo se guardan en el historial de cambios.</translation>
        </message>
        <message>
            <source>Corrected before to {hours} in all, not day by day: give the hours of each day.</source>
            <translation>Antes se corrigió a {hours} en total, sin desglosar por días: indique las horas de cada día.</translation>
        </message>
        <message>
            <source>Hours on {day}:</source>
            <translatorcomment>review: 'del {day}' assumes {day} is a date (e.g. 'del 30/11/2026'); check with real day strings.</translatorcomment>
            <translation>Horas del {day}:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Total:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>A day has at most 24 hours.</source>
            <translation>Un día tiene como máximo 24 horas.</translation>
        </message>
        <message>
            <source>Say why the hours are corrected.</source>
            <translation>Indique por qué se corrigen las horas.</translation>
        </message>
        <message>
            <source>Say why the timed hours are right after all.</source>
            <translation>Indique por qué, finalmente, las horas cronometradas son correctas.</translation>
        </message>
    </context>
    <context>
        <name>KeyBox</name>
        <message>
            <source>This is your first signature on this computer: choose a passphrase ({least} characters or more).</source>
            <translation>Es su primera firma en este ordenador: elija una frase de contraseña ({least} caracteres o más).</translation>
        </message>
        <message>
            <source>Your signing key is made now and stays on this computer, protected by this passphrase. Its certificate can be exported for whoever checks your PDFs.</source>
            <translation>Su clave de firma se crea ahora y se queda en este ordenador, protegida por esta frase de contraseña. Su certificado puede exportarse para quien compruebe sus PDF.</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Frase de contraseña otra vez</translation>
        </message>
        <message>
            <source>Optional, e.g. Corner Café Ltd</source>
            <translatorcomment>review: example business name localised</translatorcomment>
            <translation>Opcional, p. ej. Cafetería La Esquina S. L.</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translatorcomment>review: «frase de contraseña» for passphrase</translatorcomment>
            <translation>Frase de &amp;contraseña:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Otra vez:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>Organi&amp;zación:</translation>
        </message>
        <message>
            <source>Enter the passphrase of {observer}'s signing key.</source>
            <translation>Escriba la frase de contraseña de la clave de firma de {observer}.</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same passphrase in both fields.</source>
            <translation>Las dos frases de contraseña no coinciden. Escriba la misma en ambos campos.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>As the &amp;system</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <source>The new language is used from the next time the program opens.</source>
            <translation>El nuevo idioma se usará a partir de la próxima vez que se abra el programa.</translation>
        </message>
        <message>
            <source>✔ All changes saved</source>
            <translation>✔ Todos los cambios guardados</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Sesión</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nueva sesión…</translation>
        </message>
        <message>
            <source>Open &amp;demo session</source>
            <translation>Abrir sesión de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Search every session…</source>
            <translation>&amp;Buscar en todas las sesiones…</translation>
        </message>
        <message>
            <source>&amp;Compare candidates…</source>
            <translation>&amp;Comparar candidatos…</translation>
        </message>
        <message>
            <source>Role &amp;templates…</source>
            <translation>&amp;Plantillas de puesto…</translation>
        </message>
        <message>
            <source>&amp;Business details…</source>
            <translation>Datos de la &amp;empresa…</translation>
        </message>
        <message>
            <source>E&amp;xport data…</source>
            <translation>E&amp;xportar datos…</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restaurar una copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Back to sessions</source>
            <translation>&amp;Volver a las sesiones</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Acerca de</translation>
        </message>
        <message>
            <source>✔ Saved {time}</source>
            <translation>✔ Guardado a las {time}</translation>
        </message>
        <message>
            <source>Every change is written to the data file as you make it.</source>
            <translation>Cada cambio se escribe en el archivo de datos en el momento en que lo hace.</translation>
        </message>
        <message>
            <source>About {program}</source>
            <translation>Acerca de {program}</translation>
        </message>
        <message>
            <source>Time tasks, take live notes and score an anchored rubric during a working interview. Everything stays in one file on this computer.</source>
            <translatorcomment>review: «rúbrica con anclas» for an anchored rubric</translatorcomment>
            <translation>Cronometre tareas, tome notas en directo y puntúe una rúbrica con anclas durante una entrevista de trabajo práctica. Todo se queda en un solo archivo en este ordenador.</translation>
        </message>
        <message>
            <source>A task is still running</source>
            <translation>Una tarea sigue en marcha</translation>
        </message>
        <message>
            <source>“{task}” is still running. Its time keeps counting while the program is closed, and it is right when you come back.</source>
            <translation>«{task}» sigue en marcha. Su tiempo sigue contando mientras el programa está cerrado, y estará correcto cuando vuelva.</translation>
        </message>
        <message>
            <source>Pause it and quit</source>
            <translation>Pausarla y salir</translation>
        </message>
        <message>
            <source>Keep it running and quit</source>
            <translation>Dejarla en marcha y salir</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
    </context>
    <context>
        <name>MarkBox</name>
        <message>
            <source>Signing adopts this mark as your signature and makes any later change to the PDF detectable.</source>
            <translation>Al firmar, adopta esta marca como su firma, y cualquier cambio posterior en el PDF se puede detectar.</translation>
        </message>
        <message>
            <source>Your mark</source>
            <translation>Su marca</translation>
        </message>
        <message>
            <source>&amp;Type your name</source>
            <translation>&amp;Escribir su nombre</translation>
        </message>
        <message>
            <source>&amp;Draw</source>
            <translation>&amp;Dibujar</translation>
        </message>
        <message>
            <source>Sign with your name as you type it</source>
            <translation>Firmar con su nombre tal como lo escribe</translation>
        </message>
        <message>
            <source>Draw your signature with the mouse, a pen or a finger</source>
            <translation>Dibuje su firma con el ratón, un lápiz o el dedo</translation>
        </message>
        <message>
            <source>Your name, as your typed signature</source>
            <translation>Su nombre, como firma escrita</translation>
        </message>
        <message>
            <source>Shown in the box below as it will be on the PDF</source>
            <translation>Se muestra en el recuadro de abajo tal como aparecerá en el PDF</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>Draw your signature in the box, or choose “Type your name”.</source>
            <translation>Dibuje su firma en el recuadro, o elija «Escribir su nombre».</translation>
        </message>
        <message>
            <source>Type your name as your mark.</source>
            <translation>Escriba su nombre como marca.</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>&amp;Add task</source>
            <translation>&amp;Añadir tarea</translation>
        </message>
        <message>
            <source>Re&amp;move task</source>
            <translation>&amp;Quitar tarea</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Subir</translation>
        </message>
        <message>
            <source>Move d&amp;own</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>No template (default rubric)</source>
            <translation>Sin plantilla (rúbrica predeterminada)</translation>
        </message>
        <message>
            <source>Tasks and rubric come from the template, the same for every candidate. A task dropped, added or given another time box for this candidate asks for a reason, kept with the session.</source>
            <translation>Las tareas y la rúbrica vienen de la plantilla y son las mismas para todos los candidatos. Si para este candidato se quita o se añade una tarea, o se le da otro tiempo previsto, se pide un motivo, que se guarda con la sesión.</translation>
        </message>
        <message>
            <source>Planned &amp;tasks, in order (empty rows are left out):</source>
            <translation>&amp;Tareas previstas, en orden (las filas vacías se omiten):</translation>
        </message>
        <message>
            <source>Planned &amp;tasks, in order:</source>
            <translation>&amp;Tareas previstas, en orden:</translation>
        </message>
        <message>
            <source>New working interview</source>
            <translation>Nueva entrevista de trabajo práctica</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translatorcomment>review: Guessed '(yours)' marks a user-made role template (feminine 'plantilla' → 'suya'); if it refers to a masculine noun (e.g. puesto), use 'suyo'.</translatorcomment>
            <translation>(suya)</translation>
        </message>
        <message>
            <source>e.g. Jordan Lee</source>
            <translatorcomment>review: Example name localised to 'Lucía Pérez'.</translatorcomment>
            <translation>p. ej. Lucía Pérez</translation>
        </message>
        <message>
            <source>Choose or type a role, e.g. Warehouse associate</source>
            <translation>Elija o escriba un puesto, p. ej. Auxiliar de almacén</translation>
        </message>
        <message>
            <source>Optional, e.g. Dock 2</source>
            <translatorcomment>review: 'Dock 2' → 'Muelle de carga 2'; some regions say 'Andén'.</translatorcomment>
            <translation>Opcional, p. ej. Muelle de carga 2</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Crear sesión</translation>
        </message>
        <message>
            <source>&amp;Candidate name:</source>
            <translation>Nombre del &amp;candidato:</translation>
        </message>
        <message>
            <source>Role tem&amp;plate:</source>
            <translation>&amp;Plantilla de puesto:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Puesto:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>O&amp;bserver name:</source>
            <translation>Nombre del &amp;observador:</translation>
        </message>
        <message>
            <source>Rubric: {competencies}.</source>
            <translation>Rúbrica: {competencies}.</translation>
        </message>
    </context>
    <context>
        <name>NoteEntry</name>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Type what you see and press Enter to save it as a note, stamped with the time and the running task. Ctrl+1 to 6 tag a competency, Ctrl+Plus marks a strength and Ctrl+Minus a concern. ↑ goes to the newest note; Esc there comes back.</source>
            <translation>Escriba lo que observa y pulse Intro para guardarlo como nota, con la hora y la tarea en marcha. Ctrl+1 a 6 asignan una competencia, Ctrl+Más marca una fortaleza y Ctrl+Menos un aspecto a mejorar. ↑ lleva a la nota más reciente; Esc vuelve aquí.</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Type what you see and press Enter  ·  Ctrl+1…6 competency  ·  Ctrl++ strength  ·  Ctrl+− concern</source>
            <translation>Escriba lo que observa y pulse Intro  ·  Ctrl+1…6 competencia  ·  Ctrl++ fortaleza  ·  Ctrl+− aspecto a mejorar</translation>
        </message>
        <message>
            <source>Notes of this session</source>
            <translation>Notas de esta sesión</translation>
        </message>
        <message>
            <source>Every note, newest last: time, session time, task, competency, strength or concern, and the note. F2 edits the selected note, Delete removes it; typing goes to the note line.</source>
            <translation>Todas las notas, las más recientes al final: hora, tiempo de sesión, tarea, competencia, fortaleza o aspecto a mejorar, y la nota. F2 edita la nota elegida, Supr la elimina; lo que escriba va a la línea de notas.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} nota</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} notas</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nueva nota</translation>
        </message>
        <message>
            <source>add note</source>
            <translation>añadir nota</translation>
        </message>
        <message>
            <source>Note {number} saved</source>
            <translation>Nota {number} guardada</translation>
        </message>
        <message>
            <source>Notes go to the running task: {task}</source>
            <translation>Las notas van a la tarea en marcha: {task}</translation>
        </message>
        <message>
            <source>No task is running: notes are kept with the session, under no task</source>
            <translation>No hay ninguna tarea en marcha: las notas se guardan en la sesión, sin tarea</translation>
        </message>
        <message>
            <source>A note is filed under the task running when you press Enter. Ctrl+Space starts the selected task.</source>
            <translation>Cada nota se asigna a la tarea que esté en marcha al pulsar Intro. Ctrl+Espacio inicia la tarea elegida.</translation>
        </message>
        <message>
            <source>edit note</source>
            <translation>editar nota</translation>
        </message>
        <message>
            <source>delete note</source>
            <translation>eliminar nota</translation>
        </message>
        <message>
            <source>Note deleted. Ctrl+Z brings it back.</source>
            <translation>Nota eliminada. Ctrl+Z la recupera.</translation>
        </message>
        <message>
            <source>Undone: {action}. Ctrl+Shift+Z redoes it.</source>
            <translatorcomment>review: Gives e.g. 'Deshecho: añadir nota.' Check the combination with the lower-case action reads acceptably.</translatorcomment>
            <translation>Deshecho: {action}. Ctrl+Mayús+Z lo rehace.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Rehecho: {action}.</translation>
        </message>
        <message>
            <source>This session is finalised: its notes can no longer be changed.</source>
            <translation>Esta sesión está finalizada: sus notas ya no se pueden cambiar.</translation>
        </message>
    </context>
    <context>
        <name>PastStampDialog</name>
        <message>
            <source>When was it?</source>
            <translation>¿Cuándo fue?</translation>
        </message>
        <message>
            <source>When the candidate did it</source>
            <translation>Cuándo lo hizo el candidato</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Registrado por</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <source>Entered &amp;by:</source>
            <translation>&amp;Registrado por:</translation>
        </message>
        <message>
            <source>The work has begun, so {what} is entered afterwards. Say when it was; the record will show the time you give, that it was entered afterwards, and by whom.</source>
            <translatorcomment>review: {what} is inserted mid-sentence; check the inserted phrases agree (article/gender) with 'se registra a posteriori'.</translatorcomment>
            <translation>El trabajo ya ha empezado, así que {what} se registra a posteriori. Indique cuándo fue; el registro mostrará la hora que indique, que se registró a posteriori y quién lo hizo.</translation>
        </message>
    </context>
    <context>
        <name>PayPanel</name>
        <message>
            <source>Required, e.g. observation only</source>
            <translation>Obligatorio, p. ej. solo observación</translation>
        </message>
        <message>
            <source>Unpaid time needs a reason. Nothing is saved until you give one and press Enter.</source>
            <translation>El tiempo no remunerado requiere un motivo. No se guarda nada hasta que escriba uno y pulse Intro.</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Por horas</translation>
        </message>
        <message>
            <source>Fixed amount</source>
            <translation>Importe fijo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Hours on the clock</source>
            <translation>Horas según el reloj</translation>
        </message>
        <message>
            <source>Hours paid</source>
            <translation>Horas remuneradas</translation>
        </message>
        <message>
            <source>Hours by day</source>
            <translation>Horas por día</translation>
        </message>
        <message>
            <source>Correct hours…</source>
            <translation>Corregir horas…</translation>
        </message>
        <message>
            <source>Set each day's paid hours, with a reason</source>
            <translation>Fijar las horas remuneradas de cada día, con un motivo</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, e.g. 2026-11-30</source>
            <translation>AAAA-MM-DD, p. ej. 2026-11-30</translation>
        </message>
        <message>
            <source>e.g. bank transfer with payroll</source>
            <translation>p. ej. transferencia bancaria con la nómina</translation>
        </message>
        <message>
            <source>e.g. works under our direction, with our equipment, for one day</source>
            <translation>p. ej. trabaja bajo nuestra dirección, con nuestro equipo, durante un día</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Anterior → nuevo</translation>
        </message>
        <message>
            <source>Why</source>
            <translatorcomment>review: Audit-trail column header; «Motivo» rather than literal «Por qué».</translatorcomment>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Reason unpaid:</source>
            <translatorcomment>review: «Motivo de la no remuneración» is correct but a little formal; alternative «Por qué no se paga:».</translatorcomment>
            <translation>Motivo de la no remuneración:</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translatorcomment>review: Pay basis (Hourly / Fixed amount) → «Modalidad:»; distinct from «Justificación» for basis of worker status.</translatorcomment>
            <translation>Modalidad:</translation>
        </message>
        <message>
            <source>Hourly rate:</source>
            <translation>Tarifa por hora:</translation>
        </message>
        <message>
            <source>Fixed amount:</source>
            <translation>Importe fijo:</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Moneda:</translation>
        </message>
        <message>
            <source>Session clock:</source>
            <translation>Reloj de la sesión:</translation>
        </message>
        <message>
            <source>Time on tasks:</source>
            <translation>Tiempo en tareas:</translation>
        </message>
        <message>
            <source>Paid hours:</source>
            <translation>Horas remuneradas:</translation>
        </message>
        <message>
            <source>Payment date:</source>
            <translation>Fecha de pago:</translation>
        </message>
        <message>
            <source>Payment method:</source>
            <translation>Forma de pago:</translation>
        </message>
        <message>
            <source>Candidate address:</source>
            <translation>Dirección del candidato:</translation>
        </message>
        <message>
            <source>Occupation:</source>
            <translation>Ocupación:</translation>
        </message>
        <message>
            <source>Worker status:</source>
            <translation>Situación laboral:</translation>
        </message>
        <message>
            <source>Basis for this status:</source>
            <translation>Justificación de esta situación:</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Pago</translation>
        </message>
        <message>
            <source>Total owed</source>
            <translation>Total adeudado</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>Horas trabajadas</translation>
        </message>
        <message>
            <source>Payroll record</source>
            <translation>Registro de nómina</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <source>corrected by hand; see the audit trail</source>
            <translatorcomment>review: Gender-neutral noun form «corrección manual» since what was corrected (hours) is not stated.</translatorcomment>
            <translation>corrección manual; consulte el historial de cambios</translation>
        </message>
        <message>
            <source>from the session clock</source>
            <translation>según el reloj de la sesión</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Sin decidir</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Remunerado</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>No remunerado</translation>
        </message>
        <message>
            <source>Employee for the day</source>
            <translation>Empleado por el día</translation>
        </message>
        <message>
            <source>Independent contractor</source>
            <translatorcomment>review: Chose «Contratista independiente» over «Autónomo» (Spain-specific) for neutral Spanish.</translatorcomment>
            <translation>Contratista independiente</translation>
        </message>
        <message>
            <source>Other</source>
            <translatorcomment>review: Worker-status option; feminine «Otra» to agree with «situación laboral». Change to «Otro» if used elsewhere for a masculine noun.</translatorcomment>
            <translation>Otra</translation>
        </message>
        <message>
            <source>Paid?</source>
            <translation>¿Remunerado?</translation>
        </message>
        <message>
            <source>Reason unpaid</source>
            <translation>Motivo de la no remuneración</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <source>Hourly rate</source>
            <translation>Tarifa por hora</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Hours (corrected)</source>
            <translation>Horas (corregidas)</translation>
        </message>
        <message>
            <source>Hours each day (corrected)</source>
            <translation>Horas de cada día (corregidas)</translation>
        </message>
        <message>
            <source>Payment date</source>
            <translation>Fecha de pago</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Forma de pago</translation>
        </message>
        <message>
            <source>Candidate address</source>
            <translation>Dirección del candidato</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Ocupación</translation>
        </message>
        <message>
            <source>Decide whether this time is paid. Productive work must be paid.</source>
            <translation>Decida si este tiempo es remunerado. El trabajo productivo debe pagarse.</translation>
        </message>
        <message>
            <source>Unpaid: nothing is owed.</source>
            <translation>Sin remunerar: no se adeuda nada.</translation>
        </message>
        <message>
            <source>A fixed amount for the interview.</source>
            <translation>Un importe fijo por la entrevista.</translation>
        </message>
        <message>
            <source>Enter the hourly rate.</source>
            <translation>Indique la tarifa por hora.</translation>
        </message>
        <message>
            <source>{rate} an hour × {hours} h {minutes} min</source>
            <translation>{rate} por hora × {hours} h {minutes} min</translation>
        </message>
        <message>
            <source>You are correcting a recorded value:
{changes}

Why? The reason is kept in the audit trail with your name.</source>
            <translation>Está corrigiendo un valor registrado:
{changes}

¿Por qué? El motivo se guarda en el historial de cambios con su nombre.</translation>
        </message>
        <message>
            <source>Worker status</source>
            <translation>Situación laboral</translation>
        </message>
        <message>
            <source>Basis for status</source>
            <translation>Justificación de la situación</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Daily</source>
            <translatorcomment>review: Feminine 'Diaria' agrees with 'copia'; values of the 'Tipo' column.</translatorcomment>
            <translation>Diaria</translation>
        </message>
        <message>
            <source>On quit</source>
            <translation>Al salir</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Manual</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>comprobando…</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
        <message>
            <source>{sessions}, {notes}</source>
            <translation>{sessions}, {notes}</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Made</source>
            <translatorcomment>review: Column header for why the backup was made (Daily / On quit / By hand); rendered 'Tipo' (type) - check.</translatorcomment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>The backups of this data file, newest first: why each was made, when, what it holds and its size</source>
            <translation>Las copias de seguridad de este archivo de datos, las más recientes primero: por qué se hizo cada una, cuándo, qué contiene y su tamaño</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restaurar…</translation>
        </message>
        <message>
            <source>Backups are made daily and when you quit; the last 7 are kept in “{folder}”.
Restoring replaces the data you have now with the backup. Your current data file is kept beside it, renamed, so nothing is lost.</source>
            <translatorcomment>review: 'kept beside it' rendered 'en la misma carpeta' (in the same folder) for clarity.</translatorcomment>
            <translation>Las copias de seguridad se hacen a diario y al salir del programa; las 7 últimas se guardan en «{folder}».
Al restaurar, los datos que tiene ahora se sustituyen por los de la copia. Su archivo de datos actual se conserva en la misma carpeta, con otro nombre, así que no se pierde nada.</translation>
        </message>
        <message>
            <source>No backups yet. The first one is made a moment after the program starts.</source>
            <translation>Todavía no hay copias de seguridad. La primera se hace poco después de que se inicie el programa.</translation>
        </message>
        <message>
            <source>Checking backups… {done} of {total} read. A backup can be restored once all are checked.</source>
            <translation>Comprobando las copias de seguridad… {done} de {total} leídas. Podrá restaurar una copia cuando se hayan comprobado todas.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <source>Replace your current data with the backup from {when}?

Notes written since then will not be in the restored data, but your current file is kept, renamed, in the same folder.</source>
            <translatorcomment>review: 'la copia de seguridad del {when}' assumes {when} starts with a date; check with the real format.</translatorcomment>
            <translation>¿Sustituir sus datos actuales por la copia de seguridad del {when}?

Las notas escritas desde entonces no estarán en los datos restaurados, pero su archivo actual se conserva, con otro nombre, en la misma carpeta.</translation>
        </message>
        <message>
            <source>Your previous data file was kept as “{file}”.</source>
            <translation>Su archivo de datos anterior se ha conservado como «{file}».</translation>
        </message>
        <message>
            <source>Restored</source>
            <translatorcomment>review: Message title rendered 'Copia restaurada' (backup restored) rather than a bare participle.</translatorcomment>
            <translation>Copia restaurada</translation>
        </message>
        <message>
            <source>The backup from {when} is restored.</source>
            <translatorcomment>review: 'del {when}' assumes {when} starts with a date; check with the real format.</translatorcomment>
            <translation>Se ha restaurado la copia de seguridad del {when}.</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <source>Add a row</source>
            <translation>Añadir fila</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Columns: {columns}. Type in a cell to change it; the buttons beside add, remove and move the selected row.</source>
            <translation>Columnas: {columns}. Escriba en una celda para cambiarla; los botones de al lado añaden, quitan y mueven la fila seleccionada.</translation>
        </message>
        <message>
            <source>A new row at the end</source>
            <translation>Una fila nueva al final</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>Quitar la fila seleccionada</translation>
        </message>
        <message>
            <source>Move the selected row one place up</source>
            <translation>Subir la fila seleccionada un puesto</translation>
        </message>
        <message>
            <source>Move the selected row one place down</source>
            <translation>Bajar la fila seleccionada un puesto</translation>
        </message>
    </context>
    <context>
        <name>RubricPanel</name>
        <message>
            <source>Rubric</source>
            <translation>Rúbrica</translation>
        </message>
        <message>
            <source>1 = lowest, 5 = highest</source>
            <translation>1 = más bajo, 5 = más alto</translation>
        </message>
        <message>
            <source>The record is finalised: Session → Amend… to change it.</source>
            <translation>El registro está finalizado: para cambiarlo, Sesión → Rectificar…</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <source>Competencies</source>
            <translation>Competencias</translation>
        </message>
        <message>
            <source>· ↑/↓ choose · 1–5 or ←/→ score · 0 not observed</source>
            <translation>· ↑/↓ elegir · 1–5 o ←/→ puntuar · 0 sin observar</translation>
        </message>
        <message>
            <source>{count} evidence note</source>
            <translation>{count} nota de evidencia</translation>
        </message>
        <message>
            <source>{count} evidence notes</source>
            <translation>{count} notas de evidencia</translation>
        </message>
        <message>
            <source>no evidence</source>
            <translation>sin evidencias</translation>
        </message>
        <message>
            <source>no evidence for this score</source>
            <translation>ninguna evidencia respalda esta puntuación</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search every session</source>
            <translation>Buscar en todas las sesiones</translation>
        </message>
        <message>
            <source>Words of a note, a name, a role, feedback or an answer (any accents, any case)</source>
            <translation>Palabras de una nota, un nombre, un puesto, la valoración o una respuesta (con o sin tildes, mayúsculas o minúsculas)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Every word must be found; part of a word finds it too. ↓ goes to the results.</source>
            <translation>Deben encontrarse todas las palabras; una parte de una palabra también la encuentra. ↓ lleva a los resultados.</translation>
        </message>
        <message>
            <source>Every role</source>
            <translation>Todos los puestos</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Every observer</source>
            <translation>Todos los observadores</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <source>Every tag</source>
            <translation>Todas las etiquetas</translation>
        </message>
        <message>
            <source>Tag</source>
            <translatorcomment>review: Competency tag filter ('Etiqueta'); the window elsewhere may say 'competencia'.</translatorcomment>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Strengths and concerns</source>
            <translation>Fortalezas y aspectos a mejorar</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Strengths only</source>
            <translation>Solo fortalezas</translation>
        </message>
        <message>
            <source>Concerns only</source>
            <translation>Solo aspectos a mejorar</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>to</source>
            <translation>hasta</translation>
        </message>
        <message>
            <source>Only sessions of the days chosen beside</source>
            <translation>Solo las sesiones de los días elegidos al lado</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>A day, as year-month-day</source>
            <translation>Un día, como año-mes-día</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>The sessions found, each with its notes found; Enter opens the session at that note</source>
            <translation>Las sesiones encontradas, cada una con sus notas encontradas; Intro abre la sesión en esa nota</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>No se ha encontrado nada.</translation>
        </message>
        <message>
            <source>{notes} in {sessions}.</source>
            <translation>{notes} en {sessions}.</translation>
        </message>
        <message>
            <source>Also {sessions} whose name, role, feedback or answers hold the words.</source>
            <translation>También {sessions} cuyo nombre, puesto, valoración o respuestas contienen las palabras.</translation>
        </message>
        <message>
            <source>{sessions} whose name, role, feedback or answers hold the words.</source>
            <translation>{sessions} cuyo nombre, puesto, valoración o respuestas contienen las palabras.</translation>
        </message>
        <message>
            <source>Only the newest {notes} notes are shown: add a word or a filter to find fewer.</source>
            <translation>Solo se muestran las {notes} notas más recientes: añada una palabra o un filtro para encontrar menos.</translation>
        </message>
    </context>
    <context>
        <name>SessionFilterBar</name>
        <message>
            <source>Any time</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Últimos 7 días</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Últimos 30 días</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Este año</translation>
        </message>
        <message>
            <source>Between…</source>
            <translation>Entre…</translation>
        </message>
        <message>
            <source>Search names, roles and notes (Ctrl+F)</source>
            <translation>Buscar nombres, puestos y notas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search sessions</source>
            <translation>Buscar sesiones</translation>
        </message>
        <message>
            <source>Shows only the sessions whose candidate, role, notes or feedback hold these words, as you type. ↓ goes to the list; Esc clears it.</source>
            <translation>Muestra solo las sesiones cuyo candidato, puesto, notas o comentarios contienen estas palabras, mientras escribe. ↓ va a la lista; Esc la vacía.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Todos los puestos</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Any recommendation</source>
            <translation>Cualquier recomendación</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <source>All observers</source>
            <translation>Todos los observadores</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Quitar filtros</translation>
        </message>
        <message>
            <source>Show every session again</source>
            <translation>Volver a mostrar todas las sesiones</translation>
        </message>
        <message>
            <source>Shows only the sessions of the one chosen</source>
            <translation>Muestra solo las sesiones de la opción elegida</translation>
        </message>
        <message>
            <source>{shown} of {sessions}</source>
            <translation>{shown} de {sessions}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>The first and last day of the range</source>
            <translation>El primer y el último día del intervalo</translation>
        </message>
    </context>
    <context>
        <name>SessionListModel</name>
        <message>
            <source>A filled-in example to explore. Delete it when you no longer need it.</source>
            <translation>Un ejemplo ya rellenado para explorar. Bórrelo cuando ya no lo necesite.</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Candidato</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Composite</source>
            <translatorcomment>review: the composite score; check it matches 'Composite score (computed)'</translatorcomment>
            <translation>Puntuación global</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Strong yes</source>
            <translation>Claramente sí</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Strong no</source>
            <translation>Claramente no</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>Sin decisión</translation>
        </message>
    </context>
    <context>
        <name>SessionListPage</name>
        <message>
            <source>Working interviews</source>
            <translatorcomment>review: «Entrevista de trabajo práctica» for a working interview: is «prueba de trabajo» more usual?</translatorcomment>
            <translation>Entrevistas de trabajo prácticas</translation>
        </message>
        <message>
            <source>Choose a session and press Enter to open it, or Ctrl+N to plan a new one. Newest first; click a column's title to sort by it.</source>
            <translation>Elija una sesión y pulse Intro para abrirla, o Ctrl+N para planificar una nueva. Las más recientes primero; haga clic en el título de una columna para ordenar por ella.</translation>
        </message>
        <message>
            <source>No working interviews yet.&lt;br&gt;&lt;br&gt;Press “New session…” (Ctrl+N) to plan the first one: the candidate, the role and the tasks they will do.</source>
            <translation>Todavía no hay entrevistas de trabajo prácticas.&lt;br&gt;&lt;br&gt;Pulse «Nueva sesión…» (Ctrl+N) para planificar la primera: el candidato, el puesto y las tareas que hará.</translation>
        </message>
        <message>
            <source>No session holds these words or matches these choices. &lt;a href='clear'&gt;Clear filters&lt;/a&gt; to see them all.</source>
            <translation>Ninguna sesión contiene estas palabras ni coincide con estas opciones. &lt;a href='clear'&gt;Quitar filtros&lt;/a&gt; para verlas todas.</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <source>Your sessions, newest first: candidate, role, date, status and notes. Enter opens one, Delete removes it.</source>
            <translation>Sus sesiones, las más recientes primero: candidato, puesto, fecha, estado y notas. Intro abre una, Supr la elimina.</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nueva sesión…</translation>
        </message>
        <message>
            <source>Plan a new working interview (Ctrl+N)</source>
            <translation>Planificar una nueva entrevista de trabajo práctica (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Open the selected session (Enter, or double-click it)</source>
            <translation>Abrir la sesión elegida (Intro, o doble clic sobre ella)</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>Delete the selected session for good (Delete)</source>
            <translation>Eliminar la sesión elegida para siempre (Supr)</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Comparar…</translation>
        </message>
        <message>
            <source>Compare the selected candidates side by side (select several with Ctrl or Shift); with one selected, every candidate for that role</source>
            <translation>Comparar a los candidatos elegidos, uno junto a otro (elija varios con Ctrl o Mayús); con uno solo elegido, todos los candidatos a ese puesto</translation>
        </message>
        <message>
            <source>This record is finalised: its pay record and the list of signed files go with it. Payroll records are usually kept for 3 years and hiring records for 1 year; keep the signed PDFs if you delete it.</source>
            <translation>Este registro está finalizado: con él se van su registro de pago y la lista de archivos firmados. Los registros de nómina suelen conservarse 3 años y los de contratación 1 año; guarde los PDF firmados si lo elimina.</translation>
        </message>
        <message>
            <source>Delete this session?</source>
            <translation>¿Eliminar esta sesión?</translation>
        </message>
        <message>
            <source>Delete the working interview with {candidate} ({role}, {date})?

Its tasks, timings, notes and scores are removed from this computer. This cannot be undone.</source>
            <translation>¿Eliminar la entrevista de trabajo práctica con {candidate} ({role}, {date})?

Sus tareas, tiempos, notas y puntuaciones se borran de este ordenador. No se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>SessionStatus</name>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>Finalizada</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nueva sesión</translation>
        </message>
        <message>
            <source>Ctrl+Shift+F</source>
            <translation>Ctrl+Mayús+F</translation>
        </message>
        <message>
            <source>Search every session</source>
            <translation>Buscar en todas las sesiones</translation>
        </message>
        <message>
            <source>Ctrl+F (in the list of sessions)</source>
            <translation>Ctrl+F (en la lista de sesiones)</translation>
        </message>
        <message>
            <source>Narrow the list to the sessions holding words</source>
            <translation>Acotar la lista a las sesiones que contienen unas palabras</translation>
        </message>
        <message>
            <source>Ctrl+Shift+K</source>
            <translation>Ctrl+Mayús+K</translation>
        </message>
        <message>
            <source>Compare the selected candidates (one selected: all for its role)</source>
            <translation>Comparar los candidatos elegidos (con uno elegido: todos los de su puesto)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Intro</translation>
        </message>
        <message>
            <source>Save the note line as a note</source>
            <translation>Guardar el texto de la línea de notas como nota</translation>
        </message>
        <message>
            <source>+ / - at the start of a note</source>
            <translation>+ / - al principio de una nota</translation>
        </message>
        <message>
            <source>Mark it strength / concern</source>
            <translation>Marcarla como fortaleza / aspecto a mejorar</translation>
        </message>
        <message>
            <source>Delete (in the notes list)</source>
            <translation>Supr (en la lista de notas)</translation>
        </message>
        <message>
            <source>Delete the selected note</source>
            <translation>Eliminar la nota elegida</translation>
        </message>
        <message>
            <source>↑ (on the note line)</source>
            <translation>↑ (en la línea de nota)</translation>
        </message>
        <message>
            <source>The newest note in the list; Esc comes back</source>
            <translation>La nota más reciente de la lista; Esc vuelve</translation>
        </message>
        <message>
            <source>Typing in the notes list</source>
            <translation>Escribir en la lista de notas</translation>
        </message>
        <message>
            <source>Goes to the note line</source>
            <translation>Lleva a la línea de notas</translation>
        </message>
        <message>
            <source>1 – 5 (on a competency)</source>
            <translation>1 – 5 (sobre una competencia)</translation>
        </message>
        <message>
            <source>Score that level</source>
            <translation>Puntuar con ese nivel</translation>
        </message>
        <message>
            <source>0 (on a competency)</source>
            <translation>0 (sobre una competencia)</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>Sin observar</translation>
        </message>
        <message>
            <source>← / → (on a competency)</source>
            <translation>← / → (sobre una competencia)</translation>
        </message>
        <message>
            <source>One level down / up; from not observed: the top / 1</source>
            <translatorcomment>review: 'from not observed: the top / 1' rendered 'si está sin observar: el máximo / 1' — check it reads clearly in the shortcuts table.</translatorcomment>
            <translation>Bajar / subir un nivel; si está sin observar: el máximo / 1</translation>
        </message>
        <message>
            <source>↑ / ↓ (in the Scores tab)</source>
            <translation>↑ / ↓ (en la pestaña Puntuaciones)</translation>
        </message>
        <message>
            <source>The competency above / below</source>
            <translation>La competencia anterior / siguiente</translation>
        </message>
        <message>
            <source>Ctrl+1…9</source>
            <translation>Ctrl+1…9</translation>
        </message>
        <message>
            <source>Tag the note to that competency</source>
            <translation>Asignar la nota a esa competencia</translation>
        </message>
        <message>
            <source>Alt+1…9</source>
            <translation>Alt+1…9</translation>
        </message>
        <message>
            <source>Go to that competency's score</source>
            <translation>Ir a la puntuación de esa competencia</translation>
        </message>
        <message>
            <source>In a session</source>
            <translation>En una sesión</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign and save</source>
            <translation>Firmar y guardar</translation>
        </message>
        <message>
            <source>&amp;Sign and save</source>
            <translation>Firmar y &amp;guardar</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>A&amp;brir carpeta</translation>
        </message>
        <message>
            <source>&amp;Export certificate…</source>
            <translation>E&amp;xportar certificado…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sign the feedback letter to {candidate}&lt;/b&gt; · {role}</source>
            <translation>&lt;b&gt;Firmar la carta de valoración para {candidate}&lt;/b&gt; · {role}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sign the summary of the session with {candidate}&lt;/b&gt; · {role}</source>
            <translation>&lt;b&gt;Firmar el resumen de la sesión con {candidate}&lt;/b&gt; · {role}</translation>
        </message>
        <message>
            <source>Save the signed PDF as</source>
            <translation>Guardar el PDF firmado como</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export the signing certificate</source>
            <translation>Exportar el certificado de firma</translation>
        </message>
        <message>
            <source>Certificates (*.pem)</source>
            <translation>Certificados (*.pem)</translation>
        </message>
        <message>
            <source>An amendment of version {version}: nothing in the record has changed yet.</source>
            <translation>Una rectificación de la versión {version}: todavía no ha cambiado nada en el registro.</translation>
        </message>
        <message>
            <source>and {count} more, all listed in the summary</source>
            <translation>y {count} más, todos en el resumen</translation>
        </message>
        <message>
            <source>An amendment of version {version}. Changed since:</source>
            <translation>Una rectificación de la versión {version}. Cambios desde entonces:</translation>
        </message>
    </context>
    <context>
        <name>SignProgress</name>
        <message>
            <source>Signing cannot be stopped once it has begun; it takes a few seconds.</source>
            <translation>La firma no se puede detener una vez iniciada; tarda unos segundos.</translation>
        </message>
        <message>
            <source>Unlocking the signing key</source>
            <translation>Desbloqueando la clave de firma</translation>
        </message>
        <message>
            <source>Building the PDF</source>
            <translation>Generando el PDF</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Firmando</translation>
        </message>
        <message>
            <source>Saving {file}</source>
            <translation>Guardando {file}</translation>
        </message>
        <message>
            <source>Step {step} of {steps}: {doing}</source>
            <translation>Paso {step} de {steps}: {doing}</translation>
        </message>
    </context>
    <context>
        <name>SignedPage</name>
        <message>
            <source>✔ The feedback letter is signed</source>
            <translation>✔ La carta de valoración está firmada</translation>
        </message>
        <message>
            <source>✔ The internal summary is signed</source>
            <translation>✔ El resumen interno está firmado</translation>
        </message>
        <message>
            <source>Signed and saved: {path}&lt;br&gt;(version {version}, SHA-256 {sha}…)</source>
            <translation>Firmado y guardado: {path}&lt;br&gt;(versión {version}, SHA-256 {sha}…)</translation>
        </message>
        <message>
            <source>The record is now finalised: it can no longer be changed. To correct it, amend it; the signed versions stay, and signing again makes version {version}.</source>
            <translation>El registro ya está finalizado: no se puede cambiar. Para corregirlo, rectifíquelo; las versiones firmadas se conservan, y al firmar de nuevo se crea la versión {version}.</translation>
        </message>
        <message>
            <source>Certificate saved: {path}. Give it to whoever checks your PDFs: with it they can confirm that a PDF was signed with your key and not changed since.</source>
            <translation>Certificado guardado: {path}. Déselo a quien compruebe sus PDF: con él podrá confirmar que un PDF se firmó con su clave y no ha cambiado desde entonces.</translation>
        </message>
    </context>
    <context>
        <name>StampButton</name>
        <message>
            <source>{action}: stamped with the time now</source>
            <translation>{action}: se registra con la hora actual</translation>
        </message>
        <message>
            <source>Take back…</source>
            <translation>Anular…</translation>
        </message>
        <message>
            <source>Remove this record if the button was pressed by mistake; the notes keep a line saying so</source>
            <translation>Quitar este registro si el botón se pulsó por error; en las notas queda una línea que lo indica</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Stopped unexpectedly last time</source>
            <translation>La última vez se cerró inesperadamente</translation>
        </message>
        <message>
            <source>Your data folder may not be safe</source>
            <translation>Puede que su carpeta de datos no sea segura</translation>
        </message>
        <message>
            <source>Move it to a local folder, or start the program with --data-dir pointing at one. Backups are kept in the data folder too.</source>
            <translation>Muévala a una carpeta local, o inicie el programa con --data-dir apuntando a una. Las copias de seguridad también se guardan en la carpeta de datos.</translation>
        </message>
        <message>
            <source>No such session</source>
            <translation>No existe esa sesión</translation>
        </message>
        <message>
            <source>There is no session {number} in this data folder. The list shows the sessions there are.</source>
            <translation>No hay ninguna sesión {number} en esta carpeta de datos. La lista muestra las sesiones que hay.</translation>
        </message>
        <message>
            <source>Looking for a good backup…</source>
            <translation>Buscando una copia de seguridad en buen estado…</translation>
        </message>
        <message>
            <source>The damaged file was kept as “{file}”.</source>
            <translation>El archivo dañado se conservó como “{file}”.</translation>
        </message>
        <message>
            <source>No backup was found.</source>
            <translation>No se encontró ninguna copia de seguridad.</translation>
        </message>
        <message>
            <source>Start with an empty file</source>
            <translation>Empezar con un archivo vacío</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({sessions}, {notes}). Restore it?</source>
            <translation>La copia de seguridad en buen estado más reciente es del {when} ({sessions}, {notes}). ¿Restaurarla?</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurar esta copia</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Restaurando la copia de seguridad…</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Elegir otra carpeta…</translation>
        </message>
        <message>
            <source>Choose a folder for your data</source>
            <translation>Elija una carpeta para sus datos</translation>
        </message>
    </context>
    <context>
        <name>TagBar</name>
        <message>
            <source>+ Strength</source>
            <translation>+ Fortaleza</translation>
        </message>
        <message>
            <source>Mark as a strength (Ctrl++)</source>
            <translation>Marcar como fortaleza (Ctrl++)</translation>
        </message>
        <message>
            <source>− Concern</source>
            <translatorcomment>review: Chose «aspecto a mejorar» for 'concern' throughout; the button shortens it to '− A mejorar'. Check the shortened label is clear.</translatorcomment>
            <translation>− A mejorar</translation>
        </message>
        <message>
            <source>Mark as a concern (Ctrl+−)</source>
            <translation>Marcar como aspecto a mejorar (Ctrl+−)</translation>
        </message>
        <message>
            <source>Tag to {competency} (Ctrl+{number})</source>
            <translation>Asignar a {competency} (Ctrl+{number})</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>Not started</source>
            <translation>Sin empezar</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>En marcha</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminada</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Plan</source>
            <translatorcomment>review: Column title; 'Previsto' (planned time) next to 'Real'.</translatorcomment>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Real</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Over its time box by {time}</source>
            <translation>Supera su tiempo previsto en {time}</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Role templates</source>
            <translation>Plantillas de puesto</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>The role templates, built-in and your own; the one chosen is shown on the right</source>
            <translation>Las plantillas de puesto, predefinidas y propias; la elegida se muestra a la derecha</translation>
        </message>
        <message>
            <source>&amp;Templates:</source>
            <translation>&amp;Plantillas:</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nueva</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>A new template of your own, empty</source>
            <translation>Una plantilla propia nueva, vacía</translation>
        </message>
        <message>
            <source>Your own copy of the chosen template, to change</source>
            <translation>Una copia propia de la plantilla elegida, para modificarla</translation>
        </message>
        <message>
            <source>Delete the chosen template of your own</source>
            <translation>Eliminar la plantilla propia elegida</translation>
        </message>
        <message>
            <source>Bring in a template from a JSON file</source>
            <translation>Traer una plantilla desde un archivo JSON</translation>
        </message>
        <message>
            <source>Write the chosen template to a JSON file</source>
            <translation>Guardar la plantilla elegida en un archivo JSON</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save this template (Ctrl+S)</source>
            <translation>Guardar esta plantilla (Ctrl+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translatorcomment>review: 'Revertir' for Revert (undo changes since last save); 'Descartar cambios' is an alternative.</translatorcomment>
            <translation>Re&amp;vertir</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Undo the changes made since the template was saved</source>
            <translation>Deshacer los cambios hechos desde que se guardó la plantilla</translation>
        </message>
        <message>
            <source>Close the role templates (Esc)</source>
            <translation>Cerrar las plantillas de puesto (Esc)</translation>
        </message>
        <message>
            <source>New template (not saved)</source>
            <translation>Plantilla nueva (sin guardar)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <source>built-in</source>
            <translatorcomment>review: 'predefinida' (feminine, agrees with 'plantilla') for built-in; 'integrada' is an alternative.</translatorcomment>
            <translation>predefinida</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>suya</translation>
        </message>
        <message>
            <source>A new template, not saved yet. Press Ctrl+S to save it.</source>
            <translation>Una plantilla nueva, aún sin guardar. Pulse Ctrl+S para guardarla.</translation>
        </message>
        <message>
            <source>Built-in template: read-only. Press Duplicate to make your own copy to change.</source>
            <translation>Plantilla predefinida: solo lectura. Pulse Duplicar para crear una copia propia que pueda modificar.</translation>
        </message>
        <message>
            <source>Your template. Sessions already created from it keep the version they started with.</source>
            <translation>Es su plantilla. Las sesiones ya creadas a partir de ella conservan la versión con la que empezaron.</translation>
        </message>
        <message>
            <source>Built-in templates are read-only. Press Duplicate to make your own copy.</source>
            <translation>Las plantillas predefinidas son de solo lectura. Pulse Duplicar para crear una copia propia.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>Se ha guardado «{name}».</translation>
        </message>
        <message>
            <source>Copied as “{name}”, now one of your templates: change it, then Ctrl+S saves.</source>
            <translation>Copiada como «{name}», que ahora es una de sus plantillas: modifíquela y guárdela con Ctrl+S.</translation>
        </message>
        <message>
            <source>Not copied.</source>
            <translation>No se ha copiado.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>Se ha eliminado «{name}».</translation>
        </message>
        <message>
            <source>Imported “{name}” from “{file}”.</source>
            <translation>Se ha importado «{name}» desde «{file}».</translation>
        </message>
        <message>
            <source>Not imported.</source>
            <translation>No se ha importado.</translation>
        </message>
        <message>
            <source>Exported “{name}” to “{path}”.</source>
            <translation>Se ha exportado «{name}» a «{path}».</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save the changes to this template first?</source>
            <translation>¿Guardar antes los cambios de esta plantilla?</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Eliminar plantilla</translation>
        </message>
        <message>
            <source>Delete the template “{name}”?

Sessions already created from it keep their own copy.</source>
            <translation>¿Eliminar la plantilla «{name}»?

Las sesiones ya creadas a partir de ella conservan su propia copia.</translation>
        </message>
        <message>
            <source>Import a role template</source>
            <translation>Importar una plantilla de puesto</translation>
        </message>
        <message>
            <source>Role templates (*.json);;All files (*)</source>
            <translation>Plantillas de puesto (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Export the role template</source>
            <translation>Exportar la plantilla de puesto</translation>
        </message>
        <message>
            <source>Role templates (*.json)</source>
            <translation>Plantillas de puesto (*.json)</translation>
        </message>
    </context>
    <context>
        <name>TemplateForm</name>
        <message>
            <source>The role, e.g. Dental assistant</source>
            <translatorcomment>review: 'Asistente dental' (neutral/LatAm); Spain often says 'auxiliar de clínica dental'.</translatorcomment>
            <translation>El puesto, p. ej. Asistente dental</translation>
        </message>
        <message>
            <source>One or two sentences about the role</source>
            <translation>Una o dos frases sobre el puesto</translation>
        </message>
        <message>
            <source>T&amp;asks</source>
            <translation>T&amp;areas</translation>
        </message>
        <message>
            <source>&amp;Rubric</source>
            <translation>&amp;Rúbrica</translation>
        </message>
        <message>
            <source>Debrie&amp;f questions</source>
            <translatorcomment>review: Long tab label (glossary term 'Preguntas de la reunión de cierre'); check it fits the tab bar.</translatorcomment>
            <translation>Preguntas de la reunión de &amp;cierre</translation>
        </message>
        <message>
            <source>A&amp;greements</source>
            <translatorcomment>review: Mnemonic 'Acuerd&amp;os' (O): C/S/U are taken in this dialog; the main window uses 'A&amp;cuerdos'.</translatorcomment>
            <translation>Acuerd&amp;os</translation>
        </message>
        <message>
            <source>The tasks every candidate does, with time boxes and instructions</source>
            <translation>Las tareas que hace cada candidato, con su tiempo previsto y sus instrucciones</translation>
        </message>
        <message>
            <source>The competencies scored, their weights and the behaviour at each level</source>
            <translation>Las competencias que se puntúan, sus pesos y el comportamiento en cada nivel</translation>
        </message>
        <message>
            <source>The questions asked of every candidate after the tasks</source>
            <translation>Las preguntas que se hacen a cada candidato después de las tareas</translation>
        </message>
        <message>
            <source>The agreement, consent and pay the sessions start with</source>
            <translation>El acuerdo, el consentimiento y el pago con los que empiezan las sesiones</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Nom&amp;bre:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Tarea</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Añadir tarea</translation>
        </message>
        <message>
            <source>What the candidate is told, word for word</source>
            <translation>Lo que se le dice al candidato, palabra por palabra</translation>
        </message>
        <message>
            <source>Instructions for the selected task</source>
            <translatorcomment>review: 'seleccionada' used here (elsewhere the glossary uses 'elegida' for selected) so the label can use Alt+S.</translatorcomment>
            <translation>Instrucciones de la tarea seleccionada</translation>
        </message>
        <message>
            <source>What the candidate is told, word for word, before the task</source>
            <translation>Lo que se le dice al candidato, palabra por palabra, antes de la tarea</translation>
        </message>
        <message>
            <source>The same tasks, in this order, for every candidate (empty rows are left out):</source>
            <translation>Las mismas tareas, en este orden, para todos los candidatos (las filas vacías se omiten):</translation>
        </message>
        <message>
            <source>Instructions for the s&amp;elected task, read to every candidate:</source>
            <translation>Instrucciones de la tarea &amp;seleccionada, que se leen a todos los candidatos:</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competencia</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>Add competency</source>
            <translation>Añadir competencia</translation>
        </message>
        <message>
            <source>What the candidate does at each level, as you would see it:</source>
            <translation>Lo que hace el candidato en cada nivel, tal como usted lo vería:</translation>
        </message>
        <message>
            <source>Level &amp;{level} (lowest):</source>
            <translation>Nivel &amp;{level} (el más bajo):</translation>
        </message>
        <message>
            <source>Level &amp;{level} (highest):</source>
            <translation>Nivel &amp;{level} (el más alto):</translation>
        </message>
        <message>
            <source>Level &amp;{level}:</source>
            <translation>Nivel &amp;{level}:</translation>
        </message>
        <message>
            <source>Question asked of every candidate after the tasks</source>
            <translation>Pregunta que se hace a todos los candidatos después de las tareas</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Añadir pregunta</translation>
        </message>
        <message>
            <source>e.g. 1.0</source>
            <translatorcomment>review: Decimal point kept; check whether the weight field accepts '1,0' in comma-decimal locales.</translatorcomment>
            <translation>p. ej. 1.0</translation>
        </message>
        <message>
            <source>The candidate's time is paid b&amp;y default</source>
            <translatorcomment>review: 'por defecto' (common in UI); 'de forma predeterminada' is more formal.</translatorcomment>
            <translation>El &amp;tiempo del candidato se remunera por defecto</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>Confidentiality agreement versi&amp;on:</source>
            <translation>Versión del acuerdo de con&amp;fidencialidad:</translation>
        </message>
        <message>
            <source>Confidentia&amp;lity and IP text:</source>
            <translatorcomment>review: Shortcut on the conjunction '&amp;y' (Alt+Y): every other letter of this label is already taken in the editor (all mnemonics are unique, leaving I free for an assumed '&amp;Importar…'). Check it looks acceptable.</translatorcomment>
            <translation>Texto de confidencialidad &amp;y propiedad intelectual:</translation>
        </message>
        <message>
            <source>&amp;Consent to notes:</source>
            <translatorcomment>review: Mnemonic on 'Consenti&amp;miento' (M); C is used by the Debrief tab.</translatorcomment>
            <translation>Consenti&amp;miento para tomar notas:</translation>
        </message>
        <message>
            <source>&amp;Worker status:</source>
            <translation>Situación &amp;laboral:</translation>
        </message>
        <message>
            <source>Suggested &amp;hourly rate:</source>
            <translation>Tarifa por &amp;hora sugerida:</translation>
        </message>
        <message>
            <source>Key in exports: {key}</source>
            <translatorcomment>review: 'Clave' = identifier key in exported files; check it is not confused with the signing key ('clave de firma').</translatorcomment>
            <translation>Clave en las exportaciones: {key}</translation>
        </message>
        <message>
            <source>Key in exports: made from the name when you save</source>
            <translation>Clave en las exportaciones: se genera a partir del nombre al guardar</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <source>Tasks</source>
            <translation>Tareas</translation>
        </message>
        <message>
            <source>The session's tasks with their planned and actual time and state. Alt+Up and Alt+Down choose one; Ctrl+Space starts, pauses or resumes it.</source>
            <translatorcomment>review: Arrow keys named 'Alt+Arriba' / 'Alt+Abajo' (Qt's Spanish key names). Could be 'Alt+Flecha arriba' instead.</translatorcomment>
            <translation>Las tareas de la sesión con su tiempo previsto, su tiempo real y su estado. Alt+Arriba y Alt+Abajo eligen una; Ctrl+Espacio la inicia, la pausa o la reanuda.</translation>
        </message>
        <message>
            <source>Time used</source>
            <translation>Tiempo usado</translation>
        </message>
        <message>
            <source>How much of the chosen task's time box is used.</source>
            <translation>Cuánto se ha usado del tiempo previsto de la tarea elegida.</translation>
        </message>
        <message>
            <source>■ Finish task</source>
            <translation>■ Terminar tarea</translation>
        </message>
        <message>
            <source>Start, pause or resume the selected task (Ctrl+Space)</source>
            <translation>Iniciar, pausar o reanudar la tarea elegida (Ctrl+Espacio)</translation>
        </message>
        <message>
            <source>Mark the selected task done (Ctrl+Shift+Space)</source>
            <translation>Marcar como terminada la tarea elegida (Ctrl+Mayús+Espacio)</translation>
        </message>
        <message>
            <source>Alt+↑/↓ to choose</source>
            <translation>Alt+↑/↓ para elegir</translation>
        </message>
        <message>
            <source>No task selected</source>
            <translation>Ninguna tarea elegida</translation>
        </message>
        <message>
            <source>of {time}</source>
            <translation>de {time}</translation>
        </message>
        <message>
            <source>⚠ Over time box by {time}</source>
            <translation>⚠ Supera el tiempo previsto en {time}</translation>
        </message>
        <message>
            <source>▶ Switch to this task</source>
            <translation>▶ Cambiar a esta tarea</translation>
        </message>
        <message>
            <source>▶ Start</source>
            <translation>▶ Iniciar</translation>
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation>❚❚ Pausar</translation>
        </message>
        <message>
            <source>▶ Resume</source>
            <translation>▶ Reanudar</translation>
        </message>
        <message>
            <source>▶ Restart</source>
            <translation>▶ Reiniciar</translation>
        </message>
        <message>
            <source>Ctrl+Space. Acts on the selected task, “{task}”; “{running}” is paused first.</source>
            <translation>Ctrl+Espacio. Actúa sobre la tarea elegida, «{task}»; antes se pausa «{running}».</translation>
        </message>
        <message>
            <source>Ctrl+Space. Acts on the selected task, “{task}”.</source>
            <translation>Ctrl+Espacio. Actúa sobre la tarea elegida, «{task}».</translation>
        </message>
        <message>
            <source>Restart a finished task?</source>
            <translation>¿Reiniciar una tarea terminada?</translation>
        </message>
        <message>
            <source>“{task}” is done. Restart its timer? The new time is added to the {time} already recorded.</source>
            <translatorcomment>review: Reworded to 'se suma al ya registrado ({time})' so it is not affected by the format of {time}.</translatorcomment>
            <translation>«{task}» está terminada. ¿Reiniciar su cronómetro? El nuevo tiempo se suma al ya registrado ({time}).</translation>
        </message>
        <message>
            <source>acknowledged the task briefing</source>
            <translatorcomment>review: List item inserted after 'El candidato todavía no ha:' — check the participle reads well in that list.</translatorcomment>
            <translation>confirmado que ha recibido las instrucciones de las tareas</translation>
        </message>
        <message>
            <source>accepted the confidentiality and IP agreement</source>
            <translatorcomment>review: List item after 'El candidato todavía no ha:'; IP → 'propiedad intelectual'.</translatorcomment>
            <translation>aceptado el acuerdo de confidencialidad y propiedad intelectual</translation>
        </message>
        <message>
            <source>consented to notes being taken</source>
            <translatorcomment>review: List item after 'El candidato todavía no ha:'.</translatorcomment>
            <translation>dado su consentimiento para que se tomen notas</translation>
        </message>
        <message>
            <source>Before the work starts</source>
            <translation>Antes de empezar el trabajo</translation>
        </message>
        <message>
            <source>The candidate has not yet:
{missing}

The law and a fair record want these before the first task. Has the candidate done so now?</source>
            <translation>El candidato todavía no ha:
{missing}

La ley y un registro justo lo requieren antes de la primera tarea. ¿Lo ha hecho ya el candidato?</translation>
        </message>
        <message>
            <source>Yes: record it now and start</source>
            <translation>Sí: registrarlo ahora y empezar</translation>
        </message>
        <message>
            <source>Start without</source>
            <translatorcomment>review: Means 'start without these confirmations'; rendered 'Empezar igualmente' (start anyway).</translatorcomment>
            <translation>Empezar igualmente</translation>
        </message>
        <message>
            <source>The last task</source>
            <translation>La última tarea</translation>
        </message>
        <message>
            <source>“{task}” is the last task. End the session now? Its clock and the paid time stop now; notes and scores can still be added.</source>
            <translation>«{task}» es la última tarea. ¿Terminar la sesión ahora? Su reloj y el tiempo remunerado se detienen ya; aún se pueden añadir notas y puntuaciones.</translation>
        </message>
        <message>
            <source>Finish it and end the session</source>
            <translation>Terminar la tarea y la sesión</translation>
        </message>
        <message>
            <source>Only finish the task</source>
            <translation>Solo terminar la tarea</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePage</name>
        <message>
            <source>End session…</source>
            <translation>Terminar sesión…</translation>
        </message>
        <message>
            <source>← Sessions</source>
            <translation>← Sesiones</translation>
        </message>
        <message>
            <source>Delete selected note</source>
            <translation>Eliminar la nota elegida</translation>
        </message>
        <message>
            <source>Tag: {competency}</source>
            <translatorcomment>review: Unsure if 'Tag' is verb or noun here (shortcut list?). Used verb 'Asignar a: {competency}'.</translatorcomment>
            <translation>Asignar a: {competency}</translation>
        </message>
        <message>
            <source>Score: {competency}</source>
            <translatorcomment>review: Unsure if 'Score' is verb or noun here. Used verb 'Puntuar: {competency}'.</translatorcomment>
            <translation>Puntuar: {competency}</translation>
        </message>
        <message>
            <source>observer: {name}</source>
            <translation>observador: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Finalised {when}.&lt;/b&gt; This record can be read and signed, not changed. To change it: Session → Amend finalised record…</source>
            <translatorcomment>review: Used 'Finalizado: {when}.' so it works whatever format {when} has (date, date+time). 'Amend' → 'Rectificar'; must match the real menu-item translation.</translatorcomment>
            <translation>&lt;b&gt;Finalizado: {when}.&lt;/b&gt; Este registro se puede leer y firmar, pero no cambiar. Para cambiarlo: Sesión → Rectificar registro finalizado…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>Deshacer {action}</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rehacer</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>Rehacer {action}</translation>
        </message>
        <message>
            <source>Session clock ({state})</source>
            <translation>Reloj de la sesión ({state})</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Terminar sesión</translation>
        </message>
        <message>
            <source>End this session? Any running task is paused and the session clock stops. You can still add notes and scores.</source>
            <translation>¿Terminar esta sesión? La tarea que esté en marcha se pausa y el reloj de la sesión se detiene. Aún puede añadir notas y puntuaciones.</translation>
        </message>
        <message>
            <source>Start / pause / resume task</source>
            <translation>Iniciar / pausar / reanudar tarea</translation>
        </message>
        <message>
            <source>Finish task</source>
            <translation>Terminar tarea</translation>
        </message>
        <message>
            <source>Previous task</source>
            <translation>Tarea anterior</translation>
        </message>
        <message>
            <source>Next task</source>
            <translation>Tarea siguiente</translation>
        </message>
        <message>
            <source>Go to note line</source>
            <translation>Ir a la línea de notas</translation>
        </message>
        <message>
            <source>Edit selected note…</source>
            <translation>Editar la nota elegida…</translation>
        </message>
        <message>
            <source>Mark strength (+)</source>
            <translation>Marcar fortaleza (+)</translation>
        </message>
        <message>
            <source>Mark concern (−)</source>
            <translation>Marcar aspecto a mejorar (−)</translation>
        </message>
        <message>
            <source>Finalise…</source>
            <translation>Finalizar…</translation>
        </message>
        <message>
            <source>Sign and save summary…</source>
            <translation>Firmar y guardar el resumen…</translation>
        </message>
        <message>
            <source>Sign and save feedback letter…</source>
            <translatorcomment>review: 'feedback' → 'valoración' throughout (carta de valoración). Alternatives: 'comentarios', 'retroalimentación'.</translatorcomment>
            <translation>Firmar y guardar la carta de valoración…</translation>
        </message>
        <message>
            <source>Amend finalised record…</source>
            <translatorcomment>review: 'Amend' → 'Rectificar' (also used in 'Sesión → Rectificar…'). Alternative: 'Corregir'.</translatorcomment>
            <translation>Rectificar registro finalizado…</translation>
        </message>
        <message>
            <source>Observe tab</source>
            <translation>Pestaña Observar</translation>
        </message>
        <message>
            <source>Scores &amp;&amp; evidence tab</source>
            <translation>Pestaña Puntuaciones &amp;&amp; evidencias</translation>
        </message>
        <message>
            <source>Pay tab</source>
            <translation>Pestaña Pago</translation>
        </message>
        <message>
            <source>Agreements &amp;&amp; feedback tab</source>
            <translation>Pestaña Acuerdos &amp;&amp; valoración</translation>
        </message>
        <message>
            <source>Back to sessions</source>
            <translation>Volver a las sesiones</translation>
        </message>
        <message>
            <source>&amp;Observe</source>
            <translation>&amp;Observar</translation>
        </message>
        <message>
            <source>Scores &amp;&amp; e&amp;vidence</source>
            <translatorcomment>review: Mnemonic moved to 'e' (&amp;evidencias) to avoid clashing with the '&amp;Ver' menu (Alt+V). 'evidence' → 'evidencias'.</translatorcomment>
            <translation>Puntuaciones &amp;&amp; &amp;evidencias</translation>
        </message>
        <message>
            <source>&amp;Pay</source>
            <translation>&amp;Pago</translation>
        </message>
        <message>
            <source>&amp;Agreements &amp;&amp; feedback</source>
            <translatorcomment>review: Mnemonic moved to 'c' (A&amp;cuerdos) to avoid clashing with '&amp;Archivo' (Alt+A).</translatorcomment>
            <translation>A&amp;cuerdos &amp;&amp; valoración</translation>
        </message>
        <message>
            <source>Time the tasks, take notes and score the rubric as the candidate works (F5)</source>
            <translation>Cronometre las tareas, tome notas y puntúe la rúbrica mientras el candidato trabaja (F5)</translation>
        </message>
        <message>
            <source>Each competency's score beside the notes that back it up; the composite score and your recommendation (F6)</source>
            <translation>La puntuación de cada competencia junto a las notas que la respaldan; la puntuación global y su recomendación (F6)</translation>
        </message>
        <message>
            <source>Whether and how the time is paid, the hours, what is owed and the payroll record, with its audit trail (F7)</source>
            <translatorcomment>review: 'audit trail' → 'historial de cambios'. Alternative: 'registro de auditoría'.</translatorcomment>
            <translation>Si el tiempo se paga y cómo, las horas, lo que se debe y el registro de nómina, con su historial de cambios (F7)</translation>
        </message>
        <message>
            <source>The agreement, consent and briefing the candidate gave, what happens to the work, the debrief and the feedback for the candidate (F8)</source>
            <translatorcomment>review: 'debrief' → 'reunión de cierre'; 'briefing the candidate gave' rendered as the candidate's confirmation of the instructions.</translatorcomment>
            <translation>El acuerdo, el consentimiento y la confirmación de las instrucciones por parte del candidato, qué pasa con el trabajo realizado, la reunión de cierre y la valoración para el candidato (F8)</translation>
        </message>
        <message>
            <source>Back to the sessions</source>
            <translation>Volver a las sesiones</translation>
        </message>
        <message>
            <source>Back to the list of sessions (Ctrl+W); everything is saved</source>
            <translation>Volver a la lista de sesiones (Ctrl+W); todo está guardado</translation>
        </message>
        <message>
            <source>Session clock: time since the first task started</source>
            <translation>Reloj de la sesión: tiempo desde que empezó la primera tarea</translation>
        </message>
        <message>
            <source>Stop the session clock and the paid time now; a running task is paused</source>
            <translation>Detener ahora el reloj de la sesión y el tiempo remunerado; la tarea en marcha se pausa</translation>
        </message>
    </context>
</TS>
