<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MainWindow</name>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>The new language is used from the next time the program opens.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Öffnen des Programms.</translation>
    </message>
    <message>
        <source>✔ All changes saved</source>
        <translation>✔ Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Open &amp;demo session</source>
        <translation>&amp;Demo-Sitzung öffnen</translation>
    </message>
    <message>
        <source>Role &amp;templates…</source>
        <translation>&amp;Rollenvorlagen…</translation>
    </message>
    <message>
        <source>&amp;Business details…</source>
        <translation>&amp;Firmenangaben…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Back to sessions</source>
        <translation>&amp;Zurück zu den Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>✔ Saved {time}</source>
        <translation>✔ Gespeichert um {time}</translation>
    </message>
    <message>
        <source>Every change is written to the data file as you make it.</source>
        <translation>Jede Änderung wird sofort in die Datendatei geschrieben.</translation>
    </message>
    <message>
        <source>About {program}</source>
        <translation>Über {program}</translation>
    </message>
    <message>
        <source>Time tasks, take live notes and score an anchored rubric during a working interview. Everything stays in one file on this computer.</source>
        <translatorcomment>review: „verankerter Bewertungsbogen“ for an anchored rubric (BARS)</translatorcomment>
        <translation>Aufgaben stoppen, live Notizen machen und einen verankerten Bewertungsbogen ausfüllen – während eines Probearbeitens. Alles bleibt in einer Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>A task is still running</source>
        <translation>Eine Aufgabe läuft noch</translation>
    </message>
    <message>
        <source>“{task}” is still running. Its time keeps counting while the program is closed, and it is right when you come back.</source>
        <translation>„{task}“ läuft noch. Die Zeit läuft weiter, solange das Programm geschlossen ist, und stimmt, wenn Sie zurückkommen.</translation>
    </message>
    <message>
        <source>Pause it and quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
    <message>
        <source>Keep it running and quit</source>
        <translation>Weiterlaufen lassen und beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>A filled-in example to explore. Delete it when you no longer need it.</source>
        <translation>Ein ausgefülltes Beispiel zum Ausprobieren. Löschen Sie es, wenn Sie es nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translatorcomment>review: „Bewerber/in“: a gender-inclusive form; choose the house style</translatorcomment>
        <translation>Bewerber/in</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SessionListPage</name>
    <message>
        <source>Working interviews</source>
        <translatorcomment>review: „Probearbeiten“ for a working interview, as employers in Germany say it</translatorcomment>
        <translation>Probearbeiten</translation>
    </message>
    <message>
        <source>Choose a session and press Enter to open it, or Ctrl+N to plan a new one. Newest first.</source>
        <translation>Wählen Sie eine Sitzung und drücken Sie die Eingabetaste, um sie zu öffnen, oder Strg+N, um eine neue zu planen. Die neuesten zuerst.</translation>
    </message>
    <message>
        <source>No working interviews yet.&lt;br&gt;&lt;br&gt;Press “New session…” (Ctrl+N) to plan the first one: the candidate, the role and the tasks they will do.</source>
        <translation>Noch kein Probearbeiten.&lt;br&gt;&lt;br&gt;Drücken Sie „Neue Sitzung…“ (Strg+N), um das erste zu planen: die Bewerberin oder den Bewerber, die Stelle und die Aufgaben.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Your sessions, newest first: candidate, role, date, status and notes. Enter opens one, Delete removes it.</source>
        <translation>Ihre Sitzungen, die neuesten zuerst: Bewerber/in, Stelle, Datum, Status und Notizen. Die Eingabetaste öffnet eine, Entf löscht sie.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Plan a new working interview (Ctrl+N)</source>
        <translation>Ein neues Probearbeiten planen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the selected session (Enter, or double-click it)</source>
        <translation>Die gewählte Sitzung öffnen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected session for good (Delete)</source>
        <translation>Die gewählte Sitzung endgültig löschen (Entf)</translation>
    </message>
    <message>
        <source>This record is finalised: its pay record and the list of signed files go with it. Payroll records are usually kept for 3 years and hiring records for 1 year; keep the signed PDFs if you delete it.</source>
        <translation>Dieser Datensatz ist abgeschlossen: Sein Vergütungsnachweis und die Liste der signierten Dateien werden mit gelöscht. Lohnunterlagen werden meist 3 Jahre, Einstellungsunterlagen 1 Jahr aufbewahrt; bewahren Sie die signierten PDFs auf, wenn Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message>
        <source>Delete the working interview with {candidate} ({role}, {date})?

Its tasks, timings, notes and scores are removed from this computer. This cannot be undone.</source>
        <translation>Das Probearbeiten mit {candidate} ({role}, {date}) löschen?

Aufgaben, Zeiten, Notizen und Bewertungen werden von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Stopped unexpectedly last time</source>
        <translation>Letztes Mal unerwartet beendet</translation>
    </message>
    <message>
        <source>Your data folder may not be safe</source>
        <translation>Ihr Datenordner ist womöglich nicht sicher</translation>
    </message>
    <message>
        <source>Move it to a local folder, or start the program with --data-dir pointing at one. Backups are kept in the data folder too.</source>
        <translation>Verschieben Sie ihn in einen lokalen Ordner oder starten Sie das Programm mit --data-dir, das auf einen solchen zeigt. Auch die Sicherungen liegen im Datenordner.</translation>
    </message>
    <message>
        <source>No such session</source>
        <translation>Keine solche Sitzung</translation>
    </message>
    <message>
        <source>There is no session {number} in this data folder. The list shows the sessions there are.</source>
        <translation>In diesem Datenordner gibt es keine Sitzung {number}. Die Liste zeigt die vorhandenen Sitzungen.</translation>
    </message>
</context>
</TS>
