<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>Role &amp;templates…</source>
        <translation>&amp;Plantillas de puesto…</translation>
    </message>
    <message>
        <source>&amp;Business details…</source>
        <translation>Datos de la &amp;empresa…</translation>
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
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <source>Working interviews</source>
        <translatorcomment>review: «Entrevista de trabajo práctica» for a working interview: is «prueba de trabajo» more usual?</translatorcomment>
        <translation>Entrevistas de trabajo prácticas</translation>
    </message>
    <message>
        <source>Choose a session and press Enter to open it, or Ctrl+N to plan a new one. Newest first.</source>
        <translation>Elija una sesión y pulse Intro para abrirla, o Ctrl+N para planificar una nueva. Las más recientes primero.</translation>
    </message>
    <message>
        <source>No working interviews yet.&lt;br&gt;&lt;br&gt;Press “New session…” (Ctrl+N) to plan the first one: the candidate, the role and the tasks they will do.</source>
        <translation>Todavía no hay entrevistas de trabajo prácticas.&lt;br&gt;&lt;br&gt;Pulse «Nueva sesión…» (Ctrl+N) para planificar la primera: el candidato, el puesto y las tareas que hará.</translation>
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
</context>
</TS>
