<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Accessible</name>
        <message>
            <source>One of: {choices}</source>
            <translation>Eine von: {choices}</translation>
        </message>
        <message>
            <source>{field}, saved as you leave the field</source>
            <translation>{field}; wird beim Verlassen des Felds gespeichert</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanel</name>
        <message>
            <source>Strengths</source>
            <translation>Stärken</translation>
        </message>
        <message>
            <source>Growth areas</source>
            <translatorcomment>review: Rendered «Entwicklungsfelder»; alternative «Entwicklungspotenzial». Check tone for a candidate-facing feedback letter.</translatorcomment>
            <translation>Entwicklungsfelder</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Shared with the candidate in the feedback letter; internal notes are never included.</source>
            <translation>Wird der Bewerberin oder dem Bewerber im Feedbackschreiben mitgeteilt; interne Notizen sind nie enthalten.</translation>
        </message>
        <message>
            <source>Returned to the candidate</source>
            <translation>Der Bewerberin oder dem Bewerber zurückgegeben</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translatorcomment>review: Option for what happens to the work produced; «Gelöscht» suits files, maybe «Gelöscht bzw. entsorgt» for physical work.</translatorcomment>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Kept by the employer and paid for</source>
            <translatorcomment>review: «Vom Arbeitgeber behalten und vergütet»: check that «vergütet» reads right for paying for the work product.</translatorcomment>
            <translation>Vom Arbeitgeber behalten und vergütet</translation>
        </message>
        <message>
            <source>Take back this record?</source>
            <translation>Diesen Eintrag zurücknehmen?</translation>
        </message>
        <message>
            <source>Remove “{what}” from this session's record?

Do this only if the button was pressed by mistake. A note in the timeline will say that it was taken back, and the candidate can be asked again.</source>
            <translation>„{what}“ aus dem Datensatz dieser Sitzung entfernen?

Tun Sie das nur, wenn die Schaltfläche versehentlich gedrückt wurde. Eine Notiz im Verlauf vermerkt, dass der Eintrag zurückgenommen wurde, und die Bewerberin oder der Bewerber kann erneut gefragt werden.</translation>
        </message>
        <message>
            <source>Confidentiality/IP agreement</source>
            <translation>Vereinbarung zu Vertraulichkeit und geistigem Eigentum</translation>
        </message>
        <message>
            <source>The agreement's text, as the candidate reads it; arrows and Page Down scroll it, Tab moves on.</source>
            <translation>Der Text der Vereinbarung, wie die Bewerberin oder der Bewerber ihn liest; Pfeiltasten und Bild ab blättern, Tab geht weiter.</translation>
        </message>
        <message>
            <source>Candidate accepted</source>
            <translatorcomment>review: Stamp button; «Bewerber/in hat akzeptiert» (short label form with Bewerber/in).</translatorcomment>
            <translation>Bewerber/in hat akzeptiert</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Akzeptiert</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Einwilligung erteilt</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Noch nicht entschieden</translation>
        </message>
        <message>
            <source>e.g. the sample tray is photographed, then cleared</source>
            <translatorcomment>review: Guessed "sample tray" = tray with the samples made (food/bakery); check.</translatorcomment>
            <translation>z. B. wird das Tablett mit den Proben fotografiert und dann abgeräumt</translation>
        </message>
        <message>
            <source>Show task briefing…</source>
            <translation>Einweisung in die Aufgaben anzeigen…</translation>
        </message>
        <message>
            <source>The briefing read to the candidate, to show, print or save as PDF</source>
            <translation>Die der Bewerberin oder dem Bewerber vorgelesene Einweisung, zum Anzeigen, Drucken oder Speichern als PDF</translation>
        </message>
        <message>
            <source>Candidate acknowledged</source>
            <translation>Bewerber/in hat bestätigt</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Bestätigt</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Vereinbarungen</translation>
        </message>
        <message>
            <source>Consent to notes</source>
            <translation>Einwilligung in Notizen</translation>
        </message>
        <message>
            <source>The work produced is:</source>
            <translatorcomment>review: Rendered as «Verbleib der Arbeitsergebnisse:» so that all options (incl. «Noch nicht entschieden») read naturally after it.</translatorcomment>
            <translation>Verbleib der Arbeitsergebnisse:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>What happens to the work produced</source>
            <translation>Was mit den Arbeitsergebnissen geschieht</translation>
        </message>
        <message>
            <source>Note on the work produced</source>
            <translation>Notiz zu den Arbeitsergebnissen</translation>
        </message>
        <message>
            <source>Task briefing</source>
            <translation>Einweisung in die Aufgaben</translation>
        </message>
        <message>
            <source>The tasks, their time boxes and instructions, as given to the candidate in advance.</source>
            <translation>Die Aufgaben mit geplanter Zeit und Anweisungen, wie sie der Bewerberin oder dem Bewerber vorab mitgeteilt wurden.</translation>
        </message>
        <message>
            <source>Feedback for the candidate</source>
            <translation>Feedback für die Bewerberin oder den Bewerber</translation>
        </message>
        <message>
            <source>Feedback: {title}</source>
            <translation>Feedback: {title}</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>Debrief questions</source>
            <translation>Fragen für die Nachbesprechung</translation>
        </message>
        <message>
            <source>No debrief questions in this session's role template.</source>
            <translation>Die Rollenvorlage dieser Sitzung enthält keine Fragen für die Nachbesprechung.</translation>
        </message>
        <message>
            <source>Answer to question {number}</source>
            <translation>Antwort auf Frage {number}</translation>
        </message>
        <message>
            <source>The candidate's answer, in brief</source>
            <translation>Die Antwort der Bewerberin oder des Bewerbers, kurz gefasst</translation>
        </message>
        <message>
            <source>No consent text in this session's role template.</source>
            <translation>Die Rollenvorlage dieser Sitzung enthält keinen Einwilligungstext.</translation>
        </message>
        <message>
            <source>Confidentiality and IP agreement</source>
            <translation>Vereinbarung zu Vertraulichkeit und geistigem Eigentum</translation>
        </message>
        <message>
            <source>none in this session's role template; record a written agreement on paper.</source>
            <translation>keine in der Rollenvorlage dieser Sitzung; halten Sie eine schriftliche Vereinbarung auf Papier fest.</translation>
        </message>
        <message>
            <source>version {version}</source>
            <translation>Version {version}</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend the finalised record</source>
            <translation>Abgeschlossenen Datensatz berichtigen</translation>
        </message>
        <message>
            <source>Amending reopens this finalised record so it can be changed. The PDFs signed so far stay as they are, and their fingerprints stay in the record; signing again makes version {version}.</source>
            <translatorcomment>review: "fingerprints" rendered «digitale Fingerabdrücke» (file hashes); «Prüfsummen» would be more technical. Same in the variant without {version}.</translatorcomment>
            <translation>Durch das Berichtigen wird dieser abgeschlossene Datensatz wieder geöffnet, damit er geändert werden kann. Die bisher signierten PDFs bleiben unverändert, und ihre digitalen Fingerabdrücke bleiben im Datensatz; erneutes Signieren erzeugt Version {version}.</translation>
        </message>
        <message>
            <source>Amending reopens this finalised record so it can be changed. The PDFs signed so far stay as they are, and their fingerprints stay in the record.</source>
            <translation>Durch das Berichtigen wird dieser abgeschlossene Datensatz wieder geöffnet, damit er geändert werden kann. Die bisher signierten PDFs bleiben unverändert, und ihre digitalen Fingerabdrücke bleiben im Datensatz.</translation>
        </message>
        <message>
            <source>Who amends it, when and why are kept with the record.</source>
            <translation>Wer ihn wann und warum berichtigt, wird im Datensatz festgehalten.</translation>
        </message>
        <message>
            <source>e.g. The agreed hourly rate was $19, not $18</source>
            <translatorcomment>review: Kept dollars as suggested; a German user would more likely write «19 €, nicht 18 €».</translatorcomment>
            <translation>z. B. Der vereinbarte Stundensatz war 19 $, nicht 18 $</translation>
        </message>
        <message>
            <source>&amp;Reopen to amend</source>
            <translation>Zum &amp;Berichtigen wieder öffnen</translation>
        </message>
        <message>
            <source>&amp;Who is amending:</source>
            <translation>&amp;Wer berichtigt:</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Grund:</translation>
        </message>
        <message>
            <source>Say who is amending the record.</source>
            <translation>Geben Sie an, wer den Datensatz berichtigt.</translation>
        </message>
        <message>
            <source>Give the reason for the amendment; it is kept with the record.</source>
            <translation>Geben Sie den Grund für die Berichtigung an; er wird im Datensatz festgehalten.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Please wait</source>
            <translation>Bitte warten</translation>
        </message>
    </context>
    <context>
        <name>BriefingDialog</name>
        <message>
            <source>Role</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Bewerber/in</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Beobachter/in</translation>
        </message>
        <message>
            <source>Task briefing: {role}</source>
            <translation>Einweisung in die Aufgaben: {role}</translation>
        </message>
        <message>
            <source>These are the tasks of your working interview, in the order you will do them. Every candidate for this role is given the same tasks and the same time. The time box is a guide: say if you need more time or if anything is unclear.</source>
            <translation>Dies sind die Aufgaben Ihres Probearbeitens, in der Reihenfolge, in der Sie sie erledigen. Alle, die sich auf diese Stelle bewerben, erhalten dieselben Aufgaben und dieselbe Zeit. Die geplante Zeit ist ein Richtwert: Sagen Sie Bescheid, wenn Sie mehr Zeit brauchen oder etwas unklar ist.</translation>
        </message>
        <message>
            <source>No written instructions; the observer will explain this task.</source>
            <translation>Keine schriftlichen Anweisungen; die beobachtende Person erklärt diese Aufgabe.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Planned time in all:&lt;/b&gt; {time}</source>
            <translation>&lt;b&gt;Geplante Zeit insgesamt:&lt;/b&gt; {time}</translation>
        </message>
        <message>
            <source>Task briefing</source>
            <translation>Einweisung in die Aufgaben</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Printing is not available in this Qt build; save as PDF and print that.</source>
            <translation>Drucken ist in dieser Qt-Version nicht verfügbar; speichern Sie ein PDF und drucken Sie dieses.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Save the briefing as PDF</source>
            <translation>Die Einweisung als PDF speichern</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert unter {path}</translation>
        </message>
        <message>
            <source>Briefing - {candidate}</source>
            <translation>Einweisung - {candidate}</translation>
        </message>
    </context>
    <context>
        <name>BusinessDialog</name>
        <message>
            <source>{file} is not an SVG picture this program can draw.</source>
            <translation>{file} ist kein SVG-Bild, das dieses Programm darstellen kann.</translation>
        </message>
        <message>
            <source>{file} is not a picture: choose a PNG or SVG file.</source>
            <translation>{file} ist kein Bild: Wählen Sie eine PNG- oder SVG-Datei.</translation>
        </message>
        <message>
            <source>Business details</source>
            <translation>Firmenangaben</translation>
        </message>
        <message>
            <source>Shown at the top of every document</source>
            <translation>Erscheint oben auf jedem Dokument</translation>
        </message>
        <message>
            <source>Telephone, e-mail, website</source>
            <translation>Telefon, E-Mail, Website</translation>
        </message>
        <message>
            <source>Choose &amp;logo…</source>
            <translation>&amp;Logo auswählen…</translation>
        </message>
        <message>
            <source>&amp;Remove logo</source>
            <translation>Logo &amp;entfernen</translation>
        </message>
        <message>
            <source>A PNG or SVG file, shown at the top of each document</source>
            <translation>Eine PNG- oder SVG-Datei, die oben auf jedem Dokument erscheint</translation>
        </message>
        <message>
            <source>Documents are made without a logo</source>
            <translation>Dokumente werden ohne Logo erstellt</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Anschrift:</translation>
        </message>
        <message>
            <source>C&amp;ontact line:</source>
            <translation>&amp;Kontaktzeile:</translation>
        </message>
        <message>
            <source>Logo:</source>
            <translation>Logo:</translation>
        </message>
        <message>
            <source>&amp;Currency:</source>
            <translation>&amp;Währung:</translation>
        </message>
        <message>
            <source>Loc&amp;ale:</source>
            <translation>&amp;Regionalformat:</translation>
        </message>
        <message>
            <source>These details head the summary, the letter and the briefing. Money and dates are written as the locale writes them; the currency is the one new sessions are paid in.</source>
            <translation>Diese Angaben stehen im Kopf der Zusammenfassung, des Feedbackschreibens und der Einweisung. Geldbeträge und Datumsangaben werden im gewählten Regionalformat geschrieben; die Währung ist die, in der neue Sitzungen vergütet werden.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <source>Pictures (*.png *.svg);;All files (*)</source>
            <translation>Bilder (*.png *.svg);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>CompareSignDialog</name>
        <message>
            <source>Sign the comparison</source>
            <translation>Vergleich signieren</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Signiert von</translation>
        </message>
        <message>
            <source>The observer whose key signs it</source>
            <translation>Die beobachtende Person, mit deren Schlüssel signiert wird</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language the PDF is written in</source>
            <translation>Die Sprache, in der das PDF geschrieben wird</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>The page size, landscape</source>
            <translation>Die Seitengröße, im Querformat</translation>
        </message>
        <message>
            <source>&amp;Sign and save</source>
            <translation>&amp;Signieren und speichern</translation>
        </message>
        <message>
            <source>Signed &amp;by:</source>
            <translation>Signiert &amp;von:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Sp&amp;rache:</translation>
        </message>
        <message>
            <source>Pa&amp;per:</source>
            <translation>Pap&amp;ier:</translation>
        </message>
        <message>
            <source>{count} candidates, their facts side by side and their profiles charted, signed with the observer's key (made now if they have none).</source>
            <translation>{count} Bewerberinnen und Bewerber, ihre Angaben nebeneinander und ihre Profile als Diagramm; signiert wird mit dem Schlüssel der beobachtenden Person (der jetzt erzeugt wird, falls sie noch keinen hat).</translation>
        </message>
        <message>
            <source>Save the signed comparison</source>
            <translation>Den signierten Vergleich speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Say who signs the comparison.</source>
            <translation>Geben Sie an, wer den Vergleich signiert.</translation>
        </message>
        <message>
            <source>Signing…</source>
            <translation>Wird signiert…</translation>
        </message>
        <message>
            <source>Signing cannot be stopped; it ends in a moment.</source>
            <translation>Das Signieren lässt sich nicht abbrechen; es ist gleich fertig.</translation>
        </message>
    </context>
    <context>
        <name>CompareWindow</name>
        <message>
            <source>Compare candidates — {role}</source>
            <translation>Bewerber/innen vergleichen — {role}</translation>
        </message>
        <message>
            <source>several roles</source>
            <translation>mehrere Stellen</translation>
        </message>
        <message>
            <source>Candidates side by side</source>
            <translation>Bewerber/innen nebeneinander</translation>
        </message>
        <message>
            <source>A column per candidate, a row per fact. Click a row's title to sort the candidates by it; again for the other way.</source>
            <translation>Eine Spalte je Bewerberin oder Bewerber, eine Zeile je Angabe. Ein Klick auf einen Zeilentitel sortiert die Bewerberinnen und Bewerber danach; ein weiterer Klick kehrt die Reihenfolge um.</translation>
        </message>
        <message>
            <source>Competency profiles</source>
            <translation>Kompetenzprofile</translation>
        </message>
        <message>
            <source>Each candidate's scores as a line with a shape of its own; not observed breaks the line.</source>
            <translatorcomment>review: “a shape of its own” read as each candidate’s own marker shape in the chart (Symbolform)</translatorcomment>
            <translation>Die Bewertungen jeder Bewerberin und jedes Bewerbers als Linie mit eigener Symbolform; eine nicht beobachtete Kompetenz unterbricht die Linie.</translation>
        </message>
        <message>
            <source>Save &amp;chart…</source>
            <translation>&amp;Diagramm speichern…</translation>
        </message>
        <message>
            <source>The chart as a PNG picture or an SVG drawing</source>
            <translation>Das Diagramm als PNG-Bild oder SVG-Zeichnung</translation>
        </message>
        <message>
            <source>Signed &amp;PDF…</source>
            <translation>Signiertes &amp;PDF…</translation>
        </message>
        <message>
            <source>The comparison and its chart as a PDF signed by an observer, for the hiring file</source>
            <translation>Der Vergleich mit Diagramm als PDF, von einer beobachtenden Person signiert, für die Einstellungsunterlagen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Close the comparison (Esc)</source>
            <translation>Den Vergleich schließen (Esc)</translation>
        </message>
        <message>
            <source>Click a row's title to sort by it. “Not observed” is not a score: it is left out of the composite.</source>
            <translatorcomment>review: the source’s “ ” are written „“ as everywhere else in this file</translatorcomment>
            <translation>Ein Klick auf einen Zeilentitel sortiert danach. „Nicht beobachtet“ ist keine Bewertung und bleibt beim Gesamtwert außen vor.</translation>
        </message>
        <message>
            <source>These candidates were seen for different roles: their scores may not measure the same things.</source>
            <translation>Diese Bewerberinnen und Bewerber wurden für verschiedene Stellen beobachtet: Die Bewertungen messen womöglich nicht dasselbe.</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Das Diagramm speichern</translation>
        </message>
        <message>
            <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>Chart saved as {file}.</source>
            <translation>Diagramm als {file} gespeichert.</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>Datei ersetzen?</translation>
        </message>
        <message>
            <source>“{file}” already exists. Replace it with the chart?</source>
            <translation>“{file}” gibt es schon. Durch das Diagramm ersetzen?</translation>
        </message>
        <message>
            <source>The comparison was signed and saved as {file}.</source>
            <translation>Der Vergleich wurde signiert und als {file} gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonModel</name>
        <message>
            <source>Composite</source>
            <translation>Gesamtwert</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Time on tasks</source>
            <translation>Zeit für Aufgaben</translation>
        </message>
        <message>
            <source>Pay owed</source>
            <translatorcomment>review: „Geschuldete Vergütung“ rather than the pay tab’s „Geschuldeter Betrag“ (Total owed), to keep “pay”</translatorcomment>
            <translation>Geschuldete Vergütung</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Observers</source>
            <translation>Beobachter/innen</translation>
        </message>
        <message>
            <source>1 note backs this score up</source>
            <translation>1 Notiz belegt diese Bewertung</translation>
        </message>
        <message>
            <source>{count} notes back this score up</source>
            <translatorcomment>review: reworded as „Notizen …: {count}“ so that it reads right when the count is 1 or 0</translatorcomment>
            <translation>Notizen, die diese Bewertung stützen: {count}</translation>
        </message>
        <message>
            <source>(so far: running)</source>
            <translation>(bisher: läuft noch)</translation>
        </message>
        <message>
            <source>{actual} of {planned} min</source>
            <translation>{actual} von {planned} min</translation>
        </message>
        <message>
            <source>unpaid or not decided</source>
            <translation>nicht vergütet oder noch nicht entschieden</translation>
        </message>
        <message>
            <source>Not observed · {notes}</source>
            <translation>Nicht beobachtet · {notes}</translation>
        </message>
        <message>
            <source>{level} of {scale} · {notes}</source>
            <translation>{level} von {scale} · {notes}</translation>
        </message>
    </context>
    <context>
        <name>CompetencyScale</name>
        <message>
            <source>Not observed</source>
            <translation>Nicht beobachtet</translation>
        </message>
        <message>
            <source>{competency} score</source>
            <translation>Bewertung für {competency}</translation>
        </message>
        <message>
            <source>1 to {levels}; keys 1 to {levels} choose a level and 0 sets not observed. The chosen level's behaviour is read below.</source>
            <translatorcomment>review: Accessible description; 'is read below' rendered as 'wird unten vorgelesen' (screen reader); check intent.</translatorcomment>
            <translation>1 bis {levels}; die Tasten 1 bis {levels} wählen eine Stufe, 0 steht für nicht beobachtet. Das Verhalten der gewählten Stufe wird unten vorgelesen.</translation>
        </message>
        <message>
            <source>Not seen during the session. This is not a low score.</source>
            <translation>Während der Sitzung nicht gesehen. Das ist keine niedrige Bewertung.</translation>
        </message>
        <message>
            <source>{competency} not observed</source>
            <translation>{competency} nicht beobachtet</translation>
        </message>
        <message>
            <source>Press 1–{levels} or ←/→ to score, 0 for not observed. Not observed is not counted as a low score.</source>
            <translation>Drücken Sie 1–{levels} oder ←/→ zum Bewerten, 0 für nicht beobachtet. Nicht beobachtet zählt nicht als niedrige Bewertung.</translation>
        </message>
        <message>
            <source>{level} of {levels}</source>
            <translation>{level} von {levels}</translation>
        </message>
        <message>
            <source>no notes yet</source>
            <translation>noch keine Notizen</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} Notiz</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} Notizen</translation>
        </message>
    </context>
    <context>
        <name>CompositeBar</name>
        <message>
            <source>Strong n&amp;o</source>
            <translation>Klares N&amp;ein</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nein</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Stron&amp;g yes</source>
            <translatorcomment>review: „Klares Ja / Klares Nein“ for strong yes / strong no</translatorcomment>
            <translation>Kl&amp;ares Ja</translation>
        </message>
        <message>
            <source>No &amp;decision</source>
            <translation>Keine &amp;Entscheidung</translation>
        </message>
        <message>
            <source>The weighted mean of the scored competencies, computed by a fixed formula; it cannot be typed. A competency marked “not observed” is left out, not counted as a low score.</source>
            <translation>Der gewichtete Mittelwert der bewerteten Kompetenzen, nach einer festen Formel berechnet; er lässt sich nicht eintippen. Eine als „nicht beobachtet“ markierte Kompetenz bleibt außen vor und zählt nicht als niedrige Bewertung.</translation>
        </message>
        <message>
            <source>Recommend: {choice}. Your call, not computed.</source>
            <translation>Empfehlung: {choice}. Ihre Entscheidung, nicht berechnet.</translation>
        </message>
        <message>
            <source>Composite score (computed)</source>
            <translation>Gesamtwert (berechnet)</translation>
        </message>
        <message>
            <source>Your recommendation</source>
            <translation>Ihre Empfehlung</translation>
        </message>
        <message>
            <source>&lt;b&gt;Finalised {when}.&lt;/b&gt; The record can no longer be changed.</source>
            <translation>&lt;b&gt;Abgeschlossen: {when}.&lt;/b&gt; Der Datensatz kann nicht mehr geändert werden.</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>1 note</source>
            <translation>1 Notiz</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} Notizen</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 Sitzung</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} Sitzungen</translation>
        </message>
    </context>
    <context>
        <name>DeparturesDialog</name>
        <message>
            <source>Why does this plan differ from the template?</source>
            <translation>Warum weicht dieser Plan von der Vorlage ab?</translation>
        </message>
        <message>
            <source>e.g. the forklift is out of service today</source>
            <translation>z. B. ist der Gabelstapler heute außer Betrieb</translation>
        </message>
        <message>
            <source>Reason: {change}</source>
            <translatorcomment>review: Literal; if {change} is a long description, 'Grund für: {change}' may read better.</translatorcomment>
            <translation>Grund: {change}</translation>
        </message>
        <message>
            <source>This plan departs from “{template}”. Say why for each change, in a few words: the reasons are kept with the session and printed in its summary, so that candidates stay comparable.</source>
            <translation>Dieser Plan weicht von „{template}“ ab. Begründen Sie jede Änderung in wenigen Worten: Die Gründe werden bei der Sitzung gespeichert und in ihrer Zusammenfassung gedruckt, damit die Bewerberinnen und Bewerber vergleichbar bleiben.</translation>
        </message>
    </context>
    <context>
        <name>DestinationBox</name>
        <message>
            <source>Save as</source>
            <translation>Speichern unter</translation>
        </message>
        <message>
            <source>Where to save the signed PDF</source>
            <translation>Wo das signierte PDF gespeichert wird</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>Choose the folder and file name in a file dialog</source>
            <translation>Ordner und Dateinamen in einem Dateidialog wählen</translation>
        </message>
        <message>
            <source>Choose another &amp;place…</source>
            <translation>Anderen Spei&amp;cherort wählen…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF.</source>
            <translation>Wählen Sie, wo das PDF gespeichert wird.</translation>
        </message>
        <message>
            <source>“{path}” cannot be saved: “{folder}” is a file, not a folder.</source>
            <translation>„{path}“ kann nicht gespeichert werden: „{folder}“ ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>“{path}” cannot be saved: “{folder}” is not a folder that exists.</source>
            <translation>„{path}“ kann nicht gespeichert werden: Den Ordner „{folder}“ gibt es nicht.</translation>
        </message>
        <message>
            <source>“{path}” already exists. Choose another name, or pick it with “Choose…” to replace it.</source>
            <translation>„{path}“ gibt es schon. Wählen Sie einen anderen Namen oder wählen Sie die Datei mit „Auswählen…“, um sie zu ersetzen.</translation>
        </message>
    </context>
    <context>
        <name>DocumentBox</name>
        <message>
            <source>Internal s&amp;ummary</source>
            <translation>&amp;Interne Zusammenfassung</translation>
        </message>
        <message>
            <source>&amp;Feedback letter</source>
            <translation>&amp;Feedbackschreiben</translation>
        </message>
        <message>
            <source>What to sign</source>
            <translation>Was signiert wird</translation>
        </message>
        <message>
            <source>The internal summary, with every note and score</source>
            <translation>Die interne Zusammenfassung mit allen Notizen und Bewertungen</translation>
        </message>
        <message>
            <source>The letter to the candidate: what they did, their feedback and pay</source>
            <translation>Das Schreiben an die Bewerberin oder den Bewerber: was getan wurde, das Feedback und die Vergütung</translation>
        </message>
        <message>
            <source>with s&amp;cores</source>
            <translation>mit &amp;Bewertungen</translation>
        </message>
        <message>
            <source>Show the scores in the candidate's letter</source>
            <translation>Die Bewertungen im Schreiben an die Bewerberin oder den Bewerber zeigen</translation>
        </message>
        <message>
            <source>with a line for the candidate to si&amp;gn</source>
            <translation>mit einer Zeile, auf der die Bewerberin oder der Bewerber &amp;unterschreibt</translation>
        </message>
        <message>
            <source>The candidate signs on paper that they received the letter and its pay</source>
            <translation>Die Bewerberin oder der Bewerber bestätigt auf Papier den Erhalt des Schreibens und der Vergütung</translation>
        </message>
        <message>
            <source>Page size</source>
            <translation>Seitengröße</translation>
        </message>
        <message>
            <source>US Letter or A4</source>
            <translation>US Letter oder A4</translation>
        </message>
        <message>
            <source>Page si&amp;ze:</source>
            <translation>Seiten&amp;größe:</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Sprache des Dokuments</translation>
        </message>
        <message>
            <source>The language the PDF is written in, whatever the window speaks: the candidate's, for the letter</source>
            <translation>Die Sprache, in der das PDF geschrieben wird, unabhängig von der Sprache des Fensters: für den Brief die der Bewerberin oder des Bewerbers</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translatorcomment>review: Mnemonic r (Alt+R): S and P are taken in the sign dialog.</translatorcomment>
            <translation>Sp&amp;rache:</translation>
        </message>
    </context>
    <context>
        <name>EditNoteDialog</name>
        <message>
            <source>Note text</source>
            <translation>Notiztext</translation>
        </message>
        <message>
            <source>Change the note; Ctrl+Enter saves it</source>
            <translation>Notiz ändern; Strg+Eingabetaste speichert sie</translation>
        </message>
        <message>
            <source>Check the note, then press Ctrl+Enter to save it.</source>
            <translation>Prüfen Sie die Notiz und drücken Sie dann Strg+Eingabetaste, um sie zu speichern.</translation>
        </message>
    </context>
    <context>
        <name>EvidencePane</name>
        <message>
            <source>Notes tagged to this competency count as evidence automatically. Remove any that do not back up the score; link other notes that do.</source>
            <translation>Dieser Kompetenz zugeordnete Notizen zählen automatisch als Belege. Entfernen Sie die, die die Bewertung nicht stützen, und verknüpfen Sie andere Notizen, die es tun.</translation>
        </message>
        <message>
            <source>&amp;Remove from evidence</source>
            <translation>Aus den Belegen &amp;entfernen</translation>
        </message>
        <message>
            <source>The selected notes stop counting as evidence for this competency; the notes themselves stay (Delete)</source>
            <translation>Die gewählten Notizen zählen nicht mehr als Belege für diese Kompetenz; die Notizen selbst bleiben (Entf)</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>The notes that back up the chosen competency's score. Delete removes the selected ones from the evidence.</source>
            <translation>Die Notizen, die die Bewertung der gewählten Kompetenz stützen. Entf entfernt die gewählten aus den Belegen.</translation>
        </message>
        <message>
            <source>Type words from a note to find it</source>
            <translation>Wörter aus einer Notiz eingeben, um sie zu finden</translation>
        </message>
        <message>
            <source>&amp;Link as evidence</source>
            <translation>Als Beleg &amp;verknüpfen</translation>
        </message>
        <message>
            <source>The selected notes count as evidence for this competency (Enter)</source>
            <translation>Die gewählten Notizen zählen als Belege für diese Kompetenz (Eingabetaste)</translation>
        </message>
        <message>
            <source>Other notes</source>
            <translation>Weitere Notizen</translation>
        </message>
        <message>
            <source>The session's notes that are not evidence for this competency yet, narrowed by the words typed above. Enter links the selected ones as evidence.</source>
            <translation>Die Notizen der Sitzung, die noch keine Belege für diese Kompetenz sind, eingegrenzt durch die oben eingegebenen Wörter. Die Eingabetaste verknüpft die gewählten als Belege.</translation>
        </message>
        <message>
            <source>Find notes</source>
            <translation>Notizen finden</translation>
        </message>
        <message>
            <source>Type words from a note to narrow the list of other notes below.</source>
            <translation>Wörter aus einer Notiz eingeben, um die Liste der weiteren Notizen darunter einzugrenzen.</translation>
        </message>
        <message>
            <source>Add evidence from the session's other notes</source>
            <translation>Belege aus den weiteren Notizen der Sitzung hinzufügen</translation>
        </message>
        <message>
            <source>F&amp;ind:</source>
            <translation>&amp;Suchen:</translation>
        </message>
        <message>
            <source>&lt;b&gt;Evidence for {competency}&lt;/b&gt; · {notes}</source>
            <translation>&lt;b&gt;Belege für {competency}&lt;/b&gt; · {notes}</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} Notiz</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} Notizen</translation>
        </message>
        <message>
            <source>{shown} of {total} other notes match</source>
            <translation>{shown} von {total} weiteren Notizen passen</translation>
        </message>
        <message>
            <source>{count} other note</source>
            <translation>{count} weitere Notiz</translation>
        </message>
        <message>
            <source>{count} other notes</source>
            <translation>{count} weitere Notizen</translation>
        </message>
    </context>
    <context>
        <name>ExportDataDialog</name>
        <message>
            <source>Sessions: one row a session</source>
            <translation>Sitzungen: eine Zeile je Sitzung</translation>
        </message>
        <message>
            <source>Notes: every note with its time and tags</source>
            <translation>Notizen: jede Notiz mit Zeit und Markierungen</translation>
        </message>
        <message>
            <source>Scores: one row a competency of each session</source>
            <translation>Bewertungen: eine Zeile je Kompetenz einer Sitzung</translation>
        </message>
        <message>
            <source>Pay: hours, rate and amount owed</source>
            <translation>Vergütung: Stunden, Satz und geschuldeter Betrag</translation>
        </message>
        <message>
            <source>Pay changes: the audit trail</source>
            <translation>Änderungen der Vergütung: das Prüfprotokoll</translation>
        </message>
        <message>
            <source>Export data</source>
            <translation>Daten exportieren</translation>
        </message>
        <message>
            <source>Every role</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <source>T&amp;o</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>Which of the data file's tables to write</source>
            <translation>Welche Tabelle der Datendatei geschrieben wird</translation>
        </message>
        <message>
            <source>Only the sessions for this role, or every one</source>
            <translation>Nur die Sitzungen für diese Stelle, oder alle</translation>
        </message>
        <message>
            <source>Only sessions on or after the day beside</source>
            <translation>Nur Sitzungen am nebenstehenden Tag oder danach</translation>
        </message>
        <message>
            <source>Only sessions on or before the day beside</source>
            <translation>Nur Sitzungen am nebenstehenden Tag oder davor</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>A day, as year-month-day</source>
            <translation>Ein Tag, als Jahr-Monat-Tag</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabelle:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translatorcomment>review: Mnemonic e (Alt+E): S is taken by 'Speichern unter'.</translatorcomment>
            <translation>St&amp;elle:</translation>
        </message>
        <message>
            <source>Sessions on:</source>
            <translatorcomment>review: Label before the Von/Bis date range; check it reads well.</translatorcomment>
            <translation>Sitzungen am:</translation>
        </message>
        <message>
            <source>CSV opens in any spreadsheet; XLSX keeps numbers, dates and durations typed; JSON is for scripts. The format follows the file name you choose.</source>
            <translation>CSV öffnet sich in jeder Tabellenkalkulation; XLSX behält Zahlen, Daten und Dauern als solche; JSON ist für Skripte. Das Format richtet sich nach dem gewählten Dateinamen.</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter…</translation>
        </message>
        <message>
            <source>CSV, any spreadsheet (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
            <translation>CSV, jede Tabellenkalkulation (*.csv);;Excel-Arbeitsmappe (*.xlsx);;JSON (*.json)</translation>
        </message>
        <message>
            <source>{count} row written to {path}.</source>
            <translation>{count} Zeile nach {path} geschrieben.</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>{count} Zeilen nach {path} geschrieben.</translation>
        </message>
    </context>
    <context>
        <name>FinaliseDialog</name>
        <message>
            <source>Finalising closes this record: the scores, evidence, recommendation, pay and feedback can no longer be changed. Signing comes next.</source>
            <translation>Das Abschließen schließt diesen Datensatz: Bewertungen, Belege, Empfehlung, Vergütung und Feedback lassen sich danach nicht mehr ändern. Als Nächstes folgt das Signieren.</translation>
        </message>
        <message>
            <source>Finalise the record</source>
            <translation>Datensatz abschließen</translation>
        </message>
        <message>
            <source>Warnings before finalising</source>
            <translation>Warnungen vor dem Abschließen</translation>
        </message>
        <message>
            <source>What is missing from the record; Enter on one goes to where it is mended</source>
            <translatorcomment>review: Accessible description of the warnings list; check wording.</translatorcomment>
            <translation>Was im Datensatz fehlt; die Eingabetaste auf einem Punkt führt zu der Stelle, an der er sich beheben lässt</translation>
        </message>
        <message>
            <source>I have &amp;reviewed these warnings</source>
            <translation>Ich habe diese Warnungen &amp;geprüft</translation>
        </message>
        <message>
            <source>Finalise with these gaps on purpose; the record notes it</source>
            <translation>Bewusst trotz dieser Lücken abschließen; der Datensatz vermerkt das</translation>
        </message>
        <message>
            <source>&amp;Mark paused tasks done (when last paused)</source>
            <translation>Pausierte Aufgaben als &amp;erledigt markieren (zum Zeitpunkt der letzten Pause)</translation>
        </message>
        <message>
            <source>Each paused task is marked done at the moment it was last paused: its time worked stays as timed.</source>
            <translation>Jede pausierte Aufgabe wird zum Zeitpunkt ihrer letzten Pause als erledigt markiert: Die gearbeitete Zeit bleibt so, wie sie gemessen wurde.</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>&amp;Abschließen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Finalise the record of {candidate}&lt;/b&gt; · {role}</source>
            <translation>&lt;b&gt;Datensatz von {candidate} abschließen&lt;/b&gt; · {role}</translation>
        </message>
        <message>
            <source>No recommendation has been chosen (it stays “No decision”).</source>
            <translation>Es wurde keine Empfehlung gewählt (sie bleibt bei „Keine Entscheidung“).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Composite:&lt;/b&gt; {composite}</source>
            <translation>&lt;b&gt;Gesamtwert:&lt;/b&gt; {composite}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recommendation:&lt;/b&gt; {choice}</source>
            <translation>&lt;b&gt;Empfehlung:&lt;/b&gt; {choice}</translation>
        </message>
        <message>
            <source>&lt;b&gt;This record was finalised {when}.&lt;/b&gt;</source>
            <translatorcomment>review: {when} is "YYYY-MM-DD HH:MM", so «am {when}» reads fine; check.</translatorcomment>
            <translation>&lt;b&gt;Dieser Datensatz wurde am {when} abgeschlossen.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Please check this before finalising ({count}):&lt;/b&gt; double-click it to go back to it.</source>
            <translation>&lt;b&gt;Bitte prüfen Sie diesen Punkt vor dem Abschließen ({count}):&lt;/b&gt; Doppelklicken Sie darauf, um zur betreffenden Stelle zu gelangen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Please check these before finalising ({count}):&lt;/b&gt; double-click one to go back to it.</source>
            <translation>&lt;b&gt;Bitte prüfen Sie diese Punkte vor dem Abschließen ({count}):&lt;/b&gt; Doppelklicken Sie auf einen, um zur betreffenden Stelle zu gelangen.</translation>
        </message>
        <message>
            <source>&amp;Finalise anyway</source>
            <translation>&amp;Trotzdem abschließen</translation>
        </message>
        <message>
            <source>✓ Every competency is scored and backed by evidence.</source>
            <translation>✓ Jede Kompetenz ist bewertet und durch Belege gestützt.</translation>
        </message>
    </context>
    <context>
        <name>HoursDialog</name>
        <message>
            <source>Write the hours as h:mm (2:30) or as decimal hours (2.5).</source>
            <translatorcomment>review: Example kept as '2.5' per rule; German users write '2,5' — check the parser accepts a decimal comma.</translatorcomment>
            <translation>Geben Sie die Stunden als h:mm (2:30) oder als Dezimalstunden (2.5) ein.</translation>
        </message>
        <message>
            <source>Correct hours</source>
            <translation>Stunden korrigieren</translation>
        </message>
        <message>
            <source>2:30 or 2.5</source>
            <translatorcomment>review: Kept '2.5' per rule; German users would type '2,5'.</translatorcomment>
            <translation>2:30 oder 2.5</translation>
        </message>
        <message>
            <source>Required, e.g. left running over lunch</source>
            <translatorcomment>review: Subject (the timer) is implicit: 'lief über die Mittagspause weiter'.</translatorcomment>
            <translation>Erforderlich, z. B. lief über die Mittagspause weiter</translation>
        </message>
        <message>
            <source>Use the timed hours</source>
            <translation>Gemessene Stunden verwenden</translation>
        </message>
        <message>
            <source>Drop the correction: pay what the timers recorded</source>
            <translatorcomment>review: Free rendering ('pay the measured time'); check tone.</translatorcomment>
            <translation>Korrektur verwerfen: die gemessene Zeit vergüten</translation>
        </message>
        <message>
            <source>Payroll records the hours of each day.</source>
            <translation>Der Vergütungsnachweis führt die Stunden jedes einzelnen Tages auf.</translation>
        </message>
        <message>
            <source>The timers recorded {hours} on the session clock. The correction and its reason go into the audit trail.</source>
            <translation>Die Zeitmessung hat auf der Sitzungsuhr {hours} erfasst. Die Korrektur und ihr Grund werden im Änderungsprotokoll festgehalten.</translation>
        </message>
        <message>
            <source>Corrected before to {hours} in all, not day by day: give the hours of each day.</source>
            <translation>Zuvor insgesamt auf {hours} korrigiert, nicht pro Tag: Geben Sie die Stunden jedes Tages an.</translation>
        </message>
        <message>
            <source>Hours on {day}:</source>
            <translatorcomment>review: Uses 'am {day}'; reads well only if {day} is a date or weekday (e.g. 'am 03.03.2026'), not a phrase like 'today'.</translatorcomment>
            <translation>Stunden am {day}:</translation>
        </message>
        <message>
            <source>Total:</source>
            <translation>Summe:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Grund:</translation>
        </message>
        <message>
            <source>A day has at most 24 hours.</source>
            <translation>Ein Tag hat höchstens 24 Stunden.</translation>
        </message>
        <message>
            <source>Say why the hours are corrected.</source>
            <translation>Geben Sie an, warum die Stunden korrigiert werden.</translation>
        </message>
        <message>
            <source>Say why the timed hours are right after all.</source>
            <translation>Geben Sie an, warum die gemessenen Stunden doch stimmen.</translation>
        </message>
    </context>
    <context>
        <name>KeyBox</name>
        <message>
            <source>This is your first signature on this computer: choose a passphrase ({least} characters or more).</source>
            <translation>Dies ist Ihre erste Signatur auf diesem Computer: Wählen Sie eine Passphrase ({least} Zeichen oder mehr).</translation>
        </message>
        <message>
            <source>Your signing key is made now and stays on this computer, protected by this passphrase. Its certificate can be exported for whoever checks your PDFs.</source>
            <translation>Ihr Signaturschlüssel wird jetzt erzeugt und bleibt auf diesem Computer, geschützt durch diese Passphrase. Sein Zertifikat lässt sich für alle exportieren, die Ihre PDFs prüfen.</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Signaturschlüssel</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <source>Optional, e.g. Corner Café Ltd</source>
            <translatorcomment>review: example business name localised</translatorcomment>
            <translation>Optional, z. B. Eckcafé GmbH</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>Enter the passphrase of {observer}'s signing key.</source>
            <translation>Geben Sie die Passphrase des Signaturschlüssels von {observer} ein.</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Geben Sie Ihre Passphrase ein.</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type the same passphrase in both fields.</source>
            <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie in beiden Feldern dieselbe ein.</translation>
        </message>
    </context>
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
            <source>&amp;Search every session…</source>
            <translation>In allen Sitzungen &amp;suchen…</translation>
        </message>
        <message>
            <source>&amp;Compare candidates…</source>
            <translation>Bewerber/innen &amp;vergleichen…</translation>
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
            <source>E&amp;xport data…</source>
            <translation>Daten e&amp;xportieren…</translation>
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
        <name>MarkBox</name>
        <message>
            <source>Signing adopts this mark as your signature and makes any later change to the PDF detectable.</source>
            <translation>Mit dem Signieren wird dieses Zeichen zu Ihrer Unterschrift, und jede spätere Änderung am PDF wird erkennbar.</translation>
        </message>
        <message>
            <source>Your mark</source>
            <translatorcomment>review: „Zeichen“ for the signature mark (typed or drawn)</translatorcomment>
            <translation>Ihr Zeichen</translation>
        </message>
        <message>
            <source>&amp;Type your name</source>
            <translation>&amp;Namen eingeben</translation>
        </message>
        <message>
            <source>&amp;Draw</source>
            <translation>&amp;Zeichnen</translation>
        </message>
        <message>
            <source>Sign with your name as you type it</source>
            <translation>Mit Ihrem Namen so signieren, wie Sie ihn eingeben</translation>
        </message>
        <message>
            <source>Draw your signature with the mouse, a pen or a finger</source>
            <translation>Zeichnen Sie Ihre Unterschrift mit der Maus, einem Stift oder dem Finger</translation>
        </message>
        <message>
            <source>Your name, as your typed signature</source>
            <translation>Ihr Name als getippte Unterschrift</translation>
        </message>
        <message>
            <source>Shown in the box below as it will be on the PDF</source>
            <translation>Im Feld darunter so gezeigt, wie er im PDF stehen wird</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr Na&amp;me:</translation>
        </message>
        <message>
            <source>Draw your signature in the box, or choose “Type your name”.</source>
            <translation>Zeichnen Sie Ihre Unterschrift in das Feld oder wählen Sie „Namen eingeben“.</translation>
        </message>
        <message>
            <source>Type your name as your mark.</source>
            <translation>Geben Sie Ihren Namen als Zeichen ein.</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>&amp;Add task</source>
            <translation>Aufgabe &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Re&amp;move task</source>
            <translation>Aufgabe &amp;entfernen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move d&amp;own</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>No template (default rubric)</source>
            <translation>Keine Vorlage (Standard-Bewertungsbogen)</translation>
        </message>
        <message>
            <source>Tasks and rubric come from the template, the same for every candidate. A task dropped, added or given another time box for this candidate asks for a reason, kept with the session.</source>
            <translation>Aufgaben und Bewertungsbogen stammen aus der Vorlage und sind für alle Bewerberinnen und Bewerber gleich. Wird für diese Person eine Aufgabe weggelassen, hinzugefügt oder ihre geplante Zeit geändert, ist eine Begründung nötig; sie wird bei der Sitzung gespeichert.</translation>
        </message>
        <message>
            <source>Planned &amp;tasks, in order (empty rows are left out):</source>
            <translation>Geplante &amp;Aufgaben, in Reihenfolge (leere Zeilen werden übergangen):</translation>
        </message>
        <message>
            <source>Planned &amp;tasks, in order:</source>
            <translation>Geplante &amp;Aufgaben, in Reihenfolge:</translation>
        </message>
        <message>
            <source>New working interview</source>
            <translation>Neues Probearbeiten</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translatorcomment>review: Appended to a user-made role template name in the combo box; «(eigene)» = own template. Check.</translatorcomment>
            <translation>(eigene)</translation>
        </message>
        <message>
            <source>e.g. Jordan Lee</source>
            <translatorcomment>review: Placeholder name localised to «Alex Schmidt» (gender-neutral first name).</translatorcomment>
            <translation>z. B. Alex Schmidt</translation>
        </message>
        <message>
            <source>Choose or type a role, e.g. Warehouse associate</source>
            <translatorcomment>review: Example role «Mitarbeit im Lager» (gender-neutral, avoids an extra "/").</translatorcomment>
            <translation>Stelle wählen oder eingeben, z. B. Mitarbeit im Lager</translation>
        </message>
        <message>
            <source>Optional, e.g. Dock 2</source>
            <translatorcomment>review: "Dock" rendered «Rampe 2» (loading dock); check.</translatorcomment>
            <translation>Optional, z. B. Rampe 2</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Create session</source>
            <translation>Sitzung anlegen</translation>
        </message>
        <message>
            <source>&amp;Candidate name:</source>
            <translatorcomment>review: «Name der bewerbenden Person:» (gender-neutral, no extra "/"); «Name Bewerber/in:» would match the glossary style «Anschrift Bewerber/in:».</translatorcomment>
            <translation>&amp;Name der bewerbenden Person:</translation>
        </message>
        <message>
            <source>Role tem&amp;plate:</source>
            <translation>Rollen&amp;vorlage:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translatorcomment>review: Mnemonic e (Alt+E): S is taken by 'Speichern unter'.</translatorcomment>
            <translation>St&amp;elle:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translatorcomment>review: Mnemonic on t («Or&amp;t») because o is taken by «Nach &amp;oben» in the same dialog.</translatorcomment>
            <translation>Or&amp;t:</translation>
        </message>
        <message>
            <source>O&amp;bserver name:</source>
            <translatorcomment>review: Rendered «Beobachtet von:» (like «Eingetragen von:») to avoid «Beobachter/in» adding a "/".</translatorcomment>
            <translation>&amp;Beobachtet von:</translation>
        </message>
        <message>
            <source>Rubric: {competencies}.</source>
            <translation>Bewertungsbogen: {competencies}.</translation>
        </message>
    </context>
    <context>
        <name>NoteEntry</name>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Type what you see and press Enter to save it as a note, stamped with the time and the running task. Ctrl+1 to 6 tag a competency, Ctrl+Plus marks a strength and Ctrl+Minus a concern. ↑ goes to the newest note; Esc there comes back.</source>
            <translation>Schreiben Sie, was Sie sehen, und drücken Sie die Eingabetaste, um es als Notiz zu speichern – mit Uhrzeit und laufender Aufgabe. Strg+1 bis 6 ordnen eine Kompetenz zu, Strg+Plus markiert eine Stärke und Strg+Minus eine Schwäche. ↑ führt zur neuesten Notiz; Esc kehrt hierher zurück.</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <source>Time</source>
            <translation>Uhrzeit</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sitzung</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Kompetenz</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Type what you see and press Enter  ·  Ctrl+1…6 competency  ·  Ctrl++ strength  ·  Ctrl+− concern</source>
            <translation>Schreiben Sie, was Sie sehen, und drücken Sie die Eingabetaste  ·  Strg+1…6 Kompetenz  ·  Strg++ Stärke  ·  Strg+− Schwäche</translation>
        </message>
        <message>
            <source>Notes of this session</source>
            <translation>Notizen dieser Sitzung</translation>
        </message>
        <message>
            <source>Every note, newest last: time, session time, task, competency, strength or concern, and the note. F2 edits the selected note, Delete removes it; typing goes to the note line.</source>
            <translation>Alle Notizen, die neueste zuletzt: Uhrzeit, Sitzungszeit, Aufgabe, Kompetenz, Stärke oder Schwäche und die Notiz. F2 bearbeitet die gewählte Notiz, Entf löscht sie; Eingaben landen in der Notizzeile.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} Notiz</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} Notizen</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Neue Notiz</translation>
        </message>
        <message>
            <source>add note</source>
            <translation>Notiz hinzufügen</translation>
        </message>
        <message>
            <source>Note {number} saved</source>
            <translation>Notiz {number} gespeichert</translation>
        </message>
        <message>
            <source>Notes go to the running task: {task}</source>
            <translation>Notizen werden der laufenden Aufgabe zugeordnet: {task}</translation>
        </message>
        <message>
            <source>No task is running: notes are kept with the session, under no task</source>
            <translation>Keine Aufgabe läuft: Notizen werden bei der Sitzung abgelegt, ohne Aufgabe</translation>
        </message>
        <message>
            <source>A note is filed under the task running when you press Enter. Ctrl+Space starts the selected task.</source>
            <translation>Eine Notiz wird der Aufgabe zugeordnet, die beim Drücken der Eingabetaste läuft. Strg+Leertaste startet die gewählte Aufgabe.</translation>
        </message>
        <message>
            <source>edit note</source>
            <translation>Notiz bearbeiten</translation>
        </message>
        <message>
            <source>delete note</source>
            <translation>Notiz löschen</translation>
        </message>
        <message>
            <source>Note deleted. Ctrl+Z brings it back.</source>
            <translation>Notiz gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>Undone: {action}. Ctrl+Shift+Z redoes it.</source>
            <translatorcomment>review: Reads e.g. 'Rückgängig gemacht: Notiz löschen.' — infinitive action phrase after the colon; check it's acceptable.</translatorcomment>
            <translation>Rückgängig gemacht: {action}. Strg+Umschalt+Z wiederholt es.</translation>
        </message>
        <message>
            <source>Redone: {action}.</source>
            <translation>Wiederholt: {action}.</translation>
        </message>
        <message>
            <source>This session is finalised: its notes can no longer be changed.</source>
            <translation>Diese Sitzung ist abgeschlossen: Die Notizen lassen sich nicht mehr ändern.</translation>
        </message>
    </context>
    <context>
        <name>PastStampDialog</name>
        <message>
            <source>When was it?</source>
            <translation>Wann war das?</translation>
        </message>
        <message>
            <source>When the candidate did it</source>
            <translation>Wann die Bewerberin oder der Bewerber es getan hat</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Eingetragen von</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;Wann:</translation>
        </message>
        <message>
            <source>Entered &amp;by:</source>
            <translation>Eingetragen &amp;von:</translation>
        </message>
        <message>
            <source>The work has begun, so {what} is entered afterwards. Say when it was; the record will show the time you give, that it was entered afterwards, and by whom.</source>
            <translatorcomment>review: Restructured to «…nachträglich eingetragen: {what}.» so it reads whatever noun phrase {what} is. Note: {what} comes from core STAMP_WORDS, which is untranslated English.</translatorcomment>
            <translation>Die Arbeit hat bereits begonnen, daher wird Folgendes nachträglich eingetragen: {what}. Geben Sie an, wann es war; der Datensatz zeigt die von Ihnen angegebene Zeit, dass es nachträglich eingetragen wurde und von wem.</translation>
        </message>
    </context>
    <context>
        <name>PayPanel</name>
        <message>
            <source>Required, e.g. observation only</source>
            <translatorcomment>review: Used «Hospitation» (common German term for unpaid observing/shadowing); literal alternative «nur Zuschauen».</translatorcomment>
            <translation>Erforderlich, z. B. nur Hospitation</translation>
        </message>
        <message>
            <source>Unpaid time needs a reason. Nothing is saved until you give one and press Enter.</source>
            <translation>Nicht vergütete Zeit braucht eine Begründung. Es wird nichts gespeichert, bis Sie eine angeben und die Eingabetaste drücken.</translation>
        </message>
        <message>
            <source>Hourly</source>
            <translation>Nach Stunden</translation>
        </message>
        <message>
            <source>Fixed amount</source>
            <translation>Festbetrag</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Hours on the clock</source>
            <translatorcomment>review: Rendered «Gemessene Stunden» (hours measured by the session clock).</translatorcomment>
            <translation>Gemessene Stunden</translation>
        </message>
        <message>
            <source>Hours paid</source>
            <translation>Vergütete Stunden</translation>
        </message>
        <message>
            <source>Hours by day</source>
            <translation>Stunden pro Tag</translation>
        </message>
        <message>
            <source>Correct hours…</source>
            <translation>Stunden korrigieren…</translation>
        </message>
        <message>
            <source>Set each day's paid hours, with a reason</source>
            <translation>Die vergüteten Stunden jedes Tages festlegen, mit Begründung</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, e.g. 2026-11-30</source>
            <translation>JJJJ-MM-TT, z. B. 2026-11-30</translation>
        </message>
        <message>
            <source>e.g. bank transfer with payroll</source>
            <translation>z. B. Überweisung mit der Lohnabrechnung</translation>
        </message>
        <message>
            <source>e.g. works under our direction, with our equipment, for one day</source>
            <translation>z. B. arbeitet nach unseren Weisungen, mit unseren Arbeitsmitteln, für einen Tag</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Old → new</source>
            <translation>Alt → neu</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Reason unpaid:</source>
            <translatorcomment>review: «Grund für Nichtvergütung» is somewhat formal; alternative «Warum nicht vergütet:».</translatorcomment>
            <translation>Grund für Nichtvergütung:</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translatorcomment>review: Pay basis (hourly / fixed) rendered «Vergütungsart»; options «Nach Stunden» / «Festbetrag».</translatorcomment>
            <translation>Vergütungsart:</translation>
        </message>
        <message>
            <source>Hourly rate:</source>
            <translation>Stundensatz:</translation>
        </message>
        <message>
            <source>Fixed amount:</source>
            <translation>Festbetrag:</translation>
        </message>
        <message>
            <source>Currency:</source>
            <translation>Währung:</translation>
        </message>
        <message>
            <source>Session clock:</source>
            <translation>Sitzungsuhr:</translation>
        </message>
        <message>
            <source>Time on tasks:</source>
            <translation>Zeit für Aufgaben:</translation>
        </message>
        <message>
            <source>Paid hours:</source>
            <translation>Vergütete Stunden:</translation>
        </message>
        <message>
            <source>Payment date:</source>
            <translation>Zahlungsdatum:</translation>
        </message>
        <message>
            <source>Payment method:</source>
            <translation>Zahlungsart:</translation>
        </message>
        <message>
            <source>Candidate address:</source>
            <translatorcomment>review: Label form «Anschrift Bewerber/in:»; check it reads well.</translatorcomment>
            <translation>Anschrift Bewerber/in:</translation>
        </message>
        <message>
            <source>Occupation:</source>
            <translatorcomment>review: Payroll occupation rendered «Tätigkeit»; alternative «Beruf».</translatorcomment>
            <translation>Tätigkeit:</translation>
        </message>
        <message>
            <source>Worker status:</source>
            <translation>Beschäftigungsstatus:</translation>
        </message>
        <message>
            <source>Basis for this status:</source>
            <translation>Begründung für diesen Status:</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Vergütung</translation>
        </message>
        <message>
            <source>Total owed</source>
            <translation>Geschuldeter Betrag</translation>
        </message>
        <message>
            <source>Hours worked</source>
            <translation>Gearbeitete Stunden</translation>
        </message>
        <message>
            <source>Payroll record</source>
            <translation>Vergütungsnachweis</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source>corrected by hand; see the audit trail</source>
            <translation>von Hand korrigiert; siehe Änderungsprotokoll</translation>
        </message>
        <message>
            <source>from the session clock</source>
            <translation>laut Sitzungsuhr</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Noch nicht entschieden</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Vergütet</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Nicht vergütet</translation>
        </message>
        <message>
            <source>Employee for the day</source>
            <translation>Angestellt für den Tag</translation>
        </message>
        <message>
            <source>Independent contractor</source>
            <translation>Selbstständig</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Paid?</source>
            <translation>Vergütet?</translation>
        </message>
        <message>
            <source>Reason unpaid</source>
            <translatorcomment>review: Same as «Reason unpaid:».</translatorcomment>
            <translation>Grund für Nichtvergütung</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Vergütungsart</translation>
        </message>
        <message>
            <source>Hourly rate</source>
            <translation>Stundensatz</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Hours (corrected)</source>
            <translation>Stunden (korrigiert)</translation>
        </message>
        <message>
            <source>Hours each day (corrected)</source>
            <translation>Stunden pro Tag (korrigiert)</translation>
        </message>
        <message>
            <source>Payment date</source>
            <translation>Zahlungsdatum</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>Zahlungsart</translation>
        </message>
        <message>
            <source>Candidate address</source>
            <translation>Anschrift Bewerber/in</translation>
        </message>
        <message>
            <source>Occupation</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>Decide whether this time is paid. Productive work must be paid.</source>
            <translation>Entscheiden Sie, ob diese Zeit vergütet wird. Produktive Arbeit muss bezahlt werden.</translation>
        </message>
        <message>
            <source>Unpaid: nothing is owed.</source>
            <translation>Nicht vergütet: Es wird nichts geschuldet.</translation>
        </message>
        <message>
            <source>A fixed amount for the interview.</source>
            <translation>Ein Festbetrag für das Probearbeiten.</translation>
        </message>
        <message>
            <source>Enter the hourly rate.</source>
            <translation>Geben Sie den Stundensatz ein.</translation>
        </message>
        <message>
            <source>{rate} an hour × {hours} h {minutes} min</source>
            <translation>{rate} pro Stunde × {hours} h {minutes} min</translation>
        </message>
        <message>
            <source>You are correcting a recorded value:
{changes}

Why? The reason is kept in the audit trail with your name.</source>
            <translation>Sie berichtigen einen erfassten Wert:
{changes}

Warum? Der Grund wird mit Ihrem Namen im Änderungsprotokoll festgehalten.</translation>
        </message>
        <message>
            <source>Worker status</source>
            <translation>Beschäftigungsstatus</translation>
        </message>
        <message>
            <source>Basis for status</source>
            <translation>Begründung für den Status</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Daily</source>
            <translation>Täglich</translation>
        </message>
        <message>
            <source>On quit</source>
            <translation>Beim Beenden</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>Von Hand</translation>
        </message>
        <message>
            <source>checking…</source>
            <translation>wird geprüft…</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>{sessions}, {notes}</source>
            <translation>{sessions}, {notes}</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Made</source>
            <translatorcomment>review: Column header for why a backup was made (values Täglich/Beim Beenden/Von Hand); 'Anlass' is an alternative.</translatorcomment>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>Holds</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>The backups of this data file, newest first: why each was made, when, what it holds and its size</source>
            <translation>Die Sicherungen dieser Datendatei, die neueste zuerst: Anlass, Zeitpunkt, Inhalt und Größe jeder Sicherung</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>Backups are made daily and when you quit; the last 7 are kept in “{folder}”.
Restoring replaces the data you have now with the backup. Your current data file is kept beside it, renamed, so nothing is lost.</source>
            <translation>Sicherungen werden täglich und beim Beenden erstellt; die letzten 7 werden in „{folder}“ aufbewahrt.
Beim Wiederherstellen werden Ihre jetzigen Daten durch die Sicherung ersetzt. Ihre aktuelle Datendatei bleibt umbenannt daneben erhalten, sodass nichts verloren geht.</translation>
        </message>
        <message>
            <source>No backups yet. The first one is made a moment after the program starts.</source>
            <translation>Noch keine Sicherungen. Die erste wird kurz nach dem Programmstart erstellt.</translation>
        </message>
        <message>
            <source>Checking backups… {done} of {total} read. A backup can be restored once all are checked.</source>
            <translation>Sicherungen werden geprüft… {done} von {total} gelesen. Eine Sicherung kann wiederhergestellt werden, sobald alle geprüft sind.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Replace your current data with the backup from {when}?

Notes written since then will not be in the restored data, but your current file is kept, renamed, in the same folder.</source>
            <translatorcomment>review: 'vom {when}' assumes {when} is a date/time; check if {when} can be relative ('heute', 'gestern').</translatorcomment>
            <translation>Ihre aktuellen Daten durch die Sicherung vom {when} ersetzen?

Seitdem geschriebene Notizen sind in den wiederhergestellten Daten nicht enthalten, aber Ihre aktuelle Datei bleibt umbenannt im selben Ordner erhalten.</translation>
        </message>
        <message>
            <source>Your previous data file was kept as “{file}”.</source>
            <translation>Ihre bisherige Datendatei wurde als „{file}“ aufbewahrt.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Wiederhergestellt</translation>
        </message>
        <message>
            <source>The backup from {when} is restored.</source>
            <translatorcomment>review: 'vom {when}' assumes {when} is a date/time; check if {when} can be relative.</translatorcomment>
            <translation>Die Sicherung vom {when} wurde wiederhergestellt.</translation>
        </message>
    </context>
    <context>
        <name>RowTable</name>
        <message>
            <source>Add a row</source>
            <translation>Zeile hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Columns: {columns}. Type in a cell to change it; the buttons beside add, remove and move the selected row.</source>
            <translatorcomment>review: Freely rephrased (add rows; remove or move the selected row); check it reads naturally.</translatorcomment>
            <translation>Spalten: {columns}. Tippen Sie in eine Zelle, um sie zu ändern; die Schaltflächen daneben fügen Zeilen hinzu und entfernen oder verschieben die gewählte Zeile.</translation>
        </message>
        <message>
            <source>A new row at the end</source>
            <translation>Eine neue Zeile am Ende</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>Die gewählte Zeile entfernen</translation>
        </message>
        <message>
            <source>Move the selected row one place up</source>
            <translation>Die gewählte Zeile eine Stelle nach oben verschieben</translation>
        </message>
        <message>
            <source>Move the selected row one place down</source>
            <translation>Die gewählte Zeile eine Stelle nach unten verschieben</translation>
        </message>
    </context>
    <context>
        <name>RubricPanel</name>
        <message>
            <source>Rubric</source>
            <translation>Bewertungsbogen</translation>
        </message>
        <message>
            <source>1 = lowest, 5 = highest</source>
            <translation>1 = niedrigste, 5 = höchste Stufe</translation>
        </message>
        <message>
            <source>The record is finalised: Session → Amend… to change it.</source>
            <translatorcomment>review: 'Amend…' rendered as 'Berichtigen…'; must match the German menu item for 'Amend finalised record…' (here 'Abgeschlossenen Datensatz berichtigen…').</translatorcomment>
            <translation>Der Datensatz ist abgeschlossen. Zum Ändern: Sitzung → Berichtigen…</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <source>Competencies</source>
            <translation>Kompetenzen</translation>
        </message>
        <message>
            <source>· ↑/↓ choose · 1–5 or ←/→ score · 0 not observed</source>
            <translation>· ↑/↓ wählen · 1–5 oder ←/→ bewerten · 0 nicht beobachtet</translation>
        </message>
        <message>
            <source>{count} evidence note</source>
            <translation>{count} Beleg</translation>
        </message>
        <message>
            <source>{count} evidence notes</source>
            <translation>{count} Belege</translation>
        </message>
        <message>
            <source>no evidence</source>
            <translation>keine Belege</translation>
        </message>
        <message>
            <source>no evidence for this score</source>
            <translation>keine Belege für diese Bewertung</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search every session</source>
            <translation>In allen Sitzungen suchen</translation>
        </message>
        <message>
            <source>Words of a note, a name, a role, feedback or an answer (any accents, any case)</source>
            <translation>Wörter einer Notiz, ein Name, eine Stelle, Feedback oder eine Antwort (Akzente und Groß-/Kleinschreibung egal)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Every word must be found; part of a word finds it too. ↓ goes to the results.</source>
            <translation>Jedes Wort muss vorkommen; ein Wortteil findet das Wort auch. ↓ führt zu den Ergebnissen.</translation>
        </message>
        <message>
            <source>Every role</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Every observer</source>
            <translation>Alle Beobachter/innen</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Beobachter/in</translation>
        </message>
        <message>
            <source>Every tag</source>
            <translation>Alle Markierungen</translation>
        </message>
        <message>
            <source>Tag</source>
            <translatorcomment>review: Competency tag filter; check 'Markierung' matches the tag wording elsewhere.</translatorcomment>
            <translation>Markierung</translation>
        </message>
        <message>
            <source>Strengths and concerns</source>
            <translation>Stärken und Schwächen</translation>
        </message>
        <message>
            <source>Mark</source>
            <translatorcomment>review: Strength/concern mark filter; 'Kennzeichen' chosen to differ from 'Markierung' (tag).</translatorcomment>
            <translation>Kennzeichen</translation>
        </message>
        <message>
            <source>Strengths only</source>
            <translation>Nur Stärken</translation>
        </message>
        <message>
            <source>Concerns only</source>
            <translation>Nur Schwächen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Only sessions of the days chosen beside</source>
            <translation>Nur Sitzungen der daneben gewählten Tage</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>A day, as year-month-day</source>
            <translation>Ein Tag, als Jahr-Monat-Tag</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>The sessions found, each with its notes found; Enter opens the session at that note</source>
            <translation>Die gefundenen Sitzungen, jede mit ihren gefundenen Notizen; die Eingabetaste öffnet die Sitzung bei dieser Notiz</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Nichts gefunden.</translation>
        </message>
        <message>
            <source>{notes} in {sessions}.</source>
            <translation>{notes} in {sessions}.</translation>
        </message>
        <message>
            <source>Also {sessions} whose name, role, feedback or answers hold the words.</source>
            <translation>Außerdem {sessions}, deren Name, Stelle, Feedback oder Antworten die Wörter enthalten.</translation>
        </message>
        <message>
            <source>{sessions} whose name, role, feedback or answers hold the words.</source>
            <translation>{sessions}, deren Name, Stelle, Feedback oder Antworten die Wörter enthalten.</translation>
        </message>
        <message>
            <source>Only the newest {notes} notes are shown: add a word or a filter to find fewer.</source>
            <translation>Nur die {notes} neuesten Notizen werden gezeigt: Fügen Sie ein Wort oder einen Filter hinzu, um weniger zu finden.</translation>
        </message>
    </context>
    <context>
        <name>SessionFilterBar</name>
        <message>
            <source>Any time</source>
            <translation>Jederzeit</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>Letzte 7 Tage</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Letzte 30 Tage</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Letzte 12 Monate</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Dieses Jahr</translation>
        </message>
        <message>
            <source>Between…</source>
            <translation>Zeitraum…</translation>
        </message>
        <message>
            <source>Search names, roles and notes (Ctrl+F)</source>
            <translation>Namen, Stellen und Notizen durchsuchen (Strg+F)</translation>
        </message>
        <message>
            <source>Search sessions</source>
            <translation>Sitzungen durchsuchen</translation>
        </message>
        <message>
            <source>Shows only the sessions whose candidate, role, notes or feedback hold these words, as you type. ↓ goes to the list; Esc clears it.</source>
            <translation>Zeigt beim Tippen nur die Sitzungen, deren Bewerber, Stelle, Notizen oder Rückmeldung diese Wörter enthalten. ↓ geht zur Liste; Esc leert das Feld.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>All roles</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Any recommendation</source>
            <translation>Jede Empfehlung</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Beobachter/in</translation>
        </message>
        <message>
            <source>All observers</source>
            <translation>Alle Beobachter</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Show every session again</source>
            <translation>Wieder alle Sitzungen zeigen</translation>
        </message>
        <message>
            <source>Shows only the sessions of the one chosen</source>
            <translation>Zeigt nur die Sitzungen der gewählten Auswahl</translation>
        </message>
        <message>
            <source>{shown} of {sessions}</source>
            <translation>{shown} von {sessions}</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>The first and last day of the range</source>
            <translation>Erster und letzter Tag des Zeitraums</translation>
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
        <message>
            <source>Composite</source>
            <translation>Gesamtwert</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Strong yes</source>
            <translation>Klares Ja</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Strong no</source>
            <translation>Klares Nein</translation>
        </message>
        <message>
            <source>No decision</source>
            <translation>Keine Entscheidung</translation>
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
            <source>Choose a session and press Enter to open it, or Ctrl+N to plan a new one. Newest first; click a column's title to sort by it.</source>
            <translation>Wählen Sie eine Sitzung und drücken Sie die Eingabetaste, um sie zu öffnen, oder Strg+N, um eine neue zu planen. Neueste zuerst; ein Klick auf einen Spaltentitel sortiert danach.</translation>
        </message>
        <message>
            <source>No working interviews yet.&lt;br&gt;&lt;br&gt;Press “New session…” (Ctrl+N) to plan the first one: the candidate, the role and the tasks they will do.</source>
            <translation>Noch kein Probearbeiten.&lt;br&gt;&lt;br&gt;Drücken Sie „Neue Sitzung…“ (Strg+N), um das erste zu planen: die Bewerberin oder den Bewerber, die Stelle und die Aufgaben.</translation>
        </message>
        <message>
            <source>No session holds these words or matches these choices. &lt;a href='clear'&gt;Clear filters&lt;/a&gt; to see them all.</source>
            <translation>Keine Sitzung enthält diese Wörter oder passt zu dieser Auswahl. &lt;a href='clear'&gt;Filter zurücksetzen&lt;/a&gt;, um alle zu sehen.</translation>
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
            <source>&amp;Compare…</source>
            <translation>&amp;Vergleichen…</translation>
        </message>
        <message>
            <source>Compare the selected candidates side by side (select several with Ctrl or Shift); with one selected, every candidate for that role</source>
            <translation>Die gewählten Bewerberinnen und Bewerber nebeneinander vergleichen (mehrere mit Strg oder Umschalt wählen); ist nur eine Sitzung gewählt, alle für diese Stelle</translation>
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
        <name>ShortcutsDialog</name>
        <message>
            <source>Ctrl+N</source>
            <translation>Strg+N</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Neue Sitzung</translation>
        </message>
        <message>
            <source>Ctrl+Shift+F</source>
            <translation>Strg+Umschalt+F</translation>
        </message>
        <message>
            <source>Search every session</source>
            <translation>In allen Sitzungen suchen</translation>
        </message>
        <message>
            <source>Ctrl+F (in the list of sessions)</source>
            <translation>Strg+F (in der Sitzungsliste)</translation>
        </message>
        <message>
            <source>Narrow the list to the sessions holding words</source>
            <translation>Die Liste auf Sitzungen eingrenzen, die bestimmte Wörter enthalten</translation>
        </message>
        <message>
            <source>Ctrl+Shift+K</source>
            <translation>Strg+Umschalt+K</translation>
        </message>
        <message>
            <source>Compare the selected candidates (one selected: all for its role)</source>
            <translation>Die gewählten Bewerber/innen vergleichen (eine Sitzung gewählt: alle für ihre Stelle)</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Strg+Q</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Eingabetaste</translation>
        </message>
        <message>
            <source>Save the note line as a note</source>
            <translation>Notizzeile als Notiz speichern</translation>
        </message>
        <message>
            <source>+ / - at the start of a note</source>
            <translation>+ / - am Anfang einer Notiz</translation>
        </message>
        <message>
            <source>Mark it strength / concern</source>
            <translation>Als Stärke / Schwäche markieren</translation>
        </message>
        <message>
            <source>Delete (in the notes list)</source>
            <translation>Entf (in der Notizliste)</translation>
        </message>
        <message>
            <source>Delete the selected note</source>
            <translation>Gewählte Notiz löschen</translation>
        </message>
        <message>
            <source>↑ (on the note line)</source>
            <translation>↑ (in der Notizzeile)</translation>
        </message>
        <message>
            <source>The newest note in the list; Esc comes back</source>
            <translation>Die neueste Notiz in der Liste; Esc kehrt zurück</translation>
        </message>
        <message>
            <source>Typing in the notes list</source>
            <translation>Tippen in der Notizliste</translation>
        </message>
        <message>
            <source>Goes to the note line</source>
            <translation>Springt zur Notizzeile</translation>
        </message>
        <message>
            <source>1 – 5 (on a competency)</source>
            <translatorcomment>review: «auf einer Kompetenz» = with a competency row focused; maybe «bei gewählter Kompetenz».</translatorcomment>
            <translation>1 – 5 (auf einer Kompetenz)</translation>
        </message>
        <message>
            <source>Score that level</source>
            <translation>Diese Stufe vergeben</translation>
        </message>
        <message>
            <source>0 (on a competency)</source>
            <translation>0 (auf einer Kompetenz)</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>Nicht beobachtet</translation>
        </message>
        <message>
            <source>← / → (on a competency)</source>
            <translation>← / → (auf einer Kompetenz)</translation>
        </message>
        <message>
            <source>One level down / up; from not observed: the top / 1</source>
            <translatorcomment>review: Compressed shortcut description; check «von nicht beobachtet aus: höchste Stufe / 1».</translatorcomment>
            <translation>Eine Stufe niedriger / höher; von nicht beobachtet aus: höchste Stufe / 1</translation>
        </message>
        <message>
            <source>↑ / ↓ (in the Scores tab)</source>
            <translation>↑ / ↓ (in der Registerkarte Bewertungen)</translation>
        </message>
        <message>
            <source>The competency above / below</source>
            <translation>Die Kompetenz darüber / darunter</translation>
        </message>
        <message>
            <source>Ctrl+1…9</source>
            <translation>Strg+1…9</translation>
        </message>
        <message>
            <source>Tag the note to that competency</source>
            <translation>Die Notiz dieser Kompetenz zuordnen</translation>
        </message>
        <message>
            <source>Alt+1…9</source>
            <translation>Alt+1…9</translation>
        </message>
        <message>
            <source>Go to that competency's score</source>
            <translation>Zur Bewertung dieser Kompetenz</translation>
        </message>
        <message>
            <source>In a session</source>
            <translation>In einer Sitzung</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Sign and save</source>
            <translation>Signieren und speichern</translation>
        </message>
        <message>
            <source>&amp;Sign and save</source>
            <translation>&amp;Signieren und speichern</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordn&amp;er öffnen</translation>
        </message>
        <message>
            <source>&amp;Export certificate…</source>
            <translation>Zertifikat e&amp;xportieren…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sign the feedback letter to {candidate}&lt;/b&gt; · {role}</source>
            <translation>&lt;b&gt;Feedbackschreiben an {candidate} signieren&lt;/b&gt; · {role}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sign the summary of the session with {candidate}&lt;/b&gt; · {role}</source>
            <translation>&lt;b&gt;Zusammenfassung der Sitzung mit {candidate} signieren&lt;/b&gt; · {role}</translation>
        </message>
        <message>
            <source>Save the signed PDF as</source>
            <translation>Das signierte PDF speichern unter</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <source>Export the signing certificate</source>
            <translation>Das Signaturzertifikat exportieren</translation>
        </message>
        <message>
            <source>Certificates (*.pem)</source>
            <translation>Zertifikate (*.pem)</translation>
        </message>
        <message>
            <source>An amendment of version {version}: nothing in the record has changed yet.</source>
            <translation>Eine Berichtigung der Version {version}: Im Datensatz hat sich noch nichts geändert.</translation>
        </message>
        <message>
            <source>and {count} more, all listed in the summary</source>
            <translation>und {count} weitere, alle in der Zusammenfassung aufgeführt</translation>
        </message>
        <message>
            <source>An amendment of version {version}. Changed since:</source>
            <translation>Eine Berichtigung der Version {version}. Seitdem geändert:</translation>
        </message>
    </context>
    <context>
        <name>SignProgress</name>
        <message>
            <source>Signing cannot be stopped once it has begun; it takes a few seconds.</source>
            <translation>Das Signieren lässt sich nach dem Start nicht abbrechen; es dauert einige Sekunden.</translation>
        </message>
        <message>
            <source>Unlocking the signing key</source>
            <translation>Signaturschlüssel wird entsperrt</translation>
        </message>
        <message>
            <source>Building the PDF</source>
            <translation>PDF wird erstellt</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Wird signiert</translation>
        </message>
        <message>
            <source>Saving {file}</source>
            <translation>{file} wird gespeichert</translation>
        </message>
        <message>
            <source>Step {step} of {steps}: {doing}</source>
            <translation>Schritt {step} von {steps}: {doing}</translation>
        </message>
    </context>
    <context>
        <name>SignedPage</name>
        <message>
            <source>✔ The feedback letter is signed</source>
            <translation>✔ Das Feedbackschreiben ist signiert</translation>
        </message>
        <message>
            <source>✔ The internal summary is signed</source>
            <translation>✔ Die interne Zusammenfassung ist signiert</translation>
        </message>
        <message>
            <source>Signed and saved: {path}&lt;br&gt;(version {version}, SHA-256 {sha}…)</source>
            <translation>Signiert und gespeichert: {path}&lt;br&gt;(Version {version}, SHA-256 {sha}…)</translation>
        </message>
        <message>
            <source>The record is now finalised: it can no longer be changed. To correct it, amend it; the signed versions stay, and signing again makes version {version}.</source>
            <translation>Der Datensatz ist jetzt abgeschlossen und kann nicht mehr geändert werden. Zum Korrigieren berichtigen Sie ihn; die signierten Versionen bleiben, und erneutes Signieren erzeugt Version {version}.</translation>
        </message>
        <message>
            <source>Certificate saved: {path}. Give it to whoever checks your PDFs: with it they can confirm that a PDF was signed with your key and not changed since.</source>
            <translation>Zertifikat gespeichert: {path}. Geben Sie es allen, die Ihre PDFs prüfen: Damit können sie bestätigen, dass ein PDF mit Ihrem Schlüssel signiert und seitdem nicht geändert wurde.</translation>
        </message>
    </context>
    <context>
        <name>StampButton</name>
        <message>
            <source>{action}: stamped with the time now</source>
            <translatorcomment>review: Tooltip of a stamp button; check «wird mit der aktuellen Uhrzeit festgehalten».</translatorcomment>
            <translation>{action}: wird mit der aktuellen Uhrzeit festgehalten</translation>
        </message>
        <message>
            <source>Take back…</source>
            <translation>Zurücknehmen…</translation>
        </message>
        <message>
            <source>Remove this record if the button was pressed by mistake; the notes keep a line saying so</source>
            <translation>Diesen Eintrag entfernen, falls die Schaltfläche versehentlich gedrückt wurde; in den Notizen bleibt eine Zeile, die das vermerkt</translation>
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
        <message>
            <source>Looking for a good backup…</source>
            <translation>Suche nach einer intakten Sicherung…</translation>
        </message>
        <message>
            <source>The damaged file was kept as “{file}”.</source>
            <translation>Die beschädigte Datei wurde als “{file}” aufbewahrt.</translation>
        </message>
        <message>
            <source>No backup was found.</source>
            <translation>Es wurde keine Sicherung gefunden.</translation>
        </message>
        <message>
            <source>Start with an empty file</source>
            <translation>Mit einer leeren Datei beginnen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({sessions}, {notes}). Restore it?</source>
            <translation>Die neueste intakte Sicherung ist vom {when} ({sessions}, {notes}). Wiederherstellen?</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Diese Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>Sicherung wird wiederhergestellt…</translation>
        </message>
        <message>
            <source>Choose another folder…</source>
            <translation>Anderen Ordner wählen…</translation>
        </message>
        <message>
            <source>Choose a folder for your data</source>
            <translation>Wählen Sie einen Ordner für Ihre Daten</translation>
        </message>
    </context>
    <context>
        <name>TagBar</name>
        <message>
            <source>+ Strength</source>
            <translation>+ Stärke</translation>
        </message>
        <message>
            <source>Mark as a strength (Ctrl++)</source>
            <translation>Als Stärke markieren (Strg++)</translation>
        </message>
        <message>
            <source>− Concern</source>
            <translatorcomment>review: 'concern' translated as 'Schwäche' throughout (pairs with 'Stärke'); check it isn't too harsh for a mere concern vs 'Bedenken'.</translatorcomment>
            <translation>− Schwäche</translation>
        </message>
        <message>
            <source>Mark as a concern (Ctrl+−)</source>
            <translation>Als Schwäche markieren (Strg+−)</translation>
        </message>
        <message>
            <source>Tag to {competency} (Ctrl+{number})</source>
            <translation>{competency} zuordnen (Strg+{number})</translation>
        </message>
    </context>
    <context>
        <name>TaskState</name>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Actual</source>
            <translatorcomment>review: Column 'Actual' as 'Ist' (paired with 'Plan'); 'Tatsächlich' is the longer alternative.</translatorcomment>
            <translation>Ist</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Over its time box by {time}</source>
            <translation>{time} über der geplanten Zeit</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditorDialog</name>
        <message>
            <source>Role templates</source>
            <translation>Rollenvorlagen</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Kind</source>
            <translatorcomment>review: Column header for built-in/yours/new; 'Art' chosen — check it reads naturally (alt. 'Typ').</translatorcomment>
            <translation>Art</translation>
        </message>
        <message>
            <source>The role templates, built-in and your own; the one chosen is shown on the right</source>
            <translation>Die Rollenvorlagen, mitgelieferte und eigene; die gewählte wird rechts angezeigt</translation>
        </message>
        <message>
            <source>&amp;Templates:</source>
            <translation>&amp;Vorlagen:</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Neu</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <source>A new template of your own, empty</source>
            <translation>Eine neue, leere eigene Vorlage</translation>
        </message>
        <message>
            <source>Your own copy of the chosen template, to change</source>
            <translation>Eine eigene Kopie der gewählten Vorlage, die Sie ändern können</translation>
        </message>
        <message>
            <source>Delete the chosen template of your own</source>
            <translation>Die gewählte eigene Vorlage löschen</translation>
        </message>
        <message>
            <source>Bring in a template from a JSON file</source>
            <translation>Eine Vorlage aus einer JSON-Datei übernehmen</translation>
        </message>
        <message>
            <source>Write the chosen template to a JSON file</source>
            <translation>Die gewählte Vorlage in eine JSON-Datei schreiben</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save this template (Ctrl+S)</source>
            <translation>Diese Vorlage speichern (Strg+S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translatorcomment>review: 'Zurücksetzen' (Z) chosen as V is taken by '&amp;Vorlagen:'; check it's clear it discards unsaved edits (alt. 'Verwerfen').</translatorcomment>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Undo the changes made since the template was saved</source>
            <translation>Die Änderungen seit dem letzten Speichern der Vorlage rückgängig machen</translation>
        </message>
        <message>
            <source>Close the role templates (Esc)</source>
            <translation>Die Rollenvorlagen schließen (Esc)</translation>
        </message>
        <message>
            <source>New template (not saved)</source>
            <translation>Neue Vorlage (nicht gespeichert)</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>built-in</source>
            <translatorcomment>review: 'mitgeliefert' for built-in templates (alt. 'integriert', 'vordefiniert').</translatorcomment>
            <translation>mitgeliefert</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>eigene</translation>
        </message>
        <message>
            <source>A new template, not saved yet. Press Ctrl+S to save it.</source>
            <translation>Eine neue Vorlage, noch nicht gespeichert. Drücken Sie Strg+S, um sie zu speichern.</translation>
        </message>
        <message>
            <source>Built-in template: read-only. Press Duplicate to make your own copy to change.</source>
            <translatorcomment>review: Button name 'Duplizieren' left unquoted, like the source; the Import button (not in this batch) should use '&amp;Importieren…' (I is kept free).</translatorcomment>
            <translation>Mitgelieferte Vorlage: schreibgeschützt. Wählen Sie Duplizieren, um eine eigene Kopie zum Ändern anzulegen.</translation>
        </message>
        <message>
            <source>Your template. Sessions already created from it keep the version they started with.</source>
            <translation>Ihre Vorlage. Bereits daraus angelegte Sitzungen behalten die Version, mit der sie begonnen haben.</translation>
        </message>
        <message>
            <source>Built-in templates are read-only. Press Duplicate to make your own copy.</source>
            <translation>Mitgelieferte Vorlagen sind schreibgeschützt. Wählen Sie Duplizieren, um eine eigene Kopie anzulegen.</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>„{name}“ gespeichert.</translation>
        </message>
        <message>
            <source>Copied as “{name}”, now one of your templates: change it, then Ctrl+S saves.</source>
            <translation>Als „{name}“ kopiert, jetzt eine Ihrer eigenen Vorlagen: Ändern Sie sie, dann speichert Strg+S.</translation>
        </message>
        <message>
            <source>Not copied.</source>
            <translation>Nicht kopiert.</translation>
        </message>
        <message>
            <source>Deleted “{name}”.</source>
            <translation>„{name}“ gelöscht.</translation>
        </message>
        <message>
            <source>Imported “{name}” from “{file}”.</source>
            <translation>„{name}“ aus „{file}“ importiert.</translation>
        </message>
        <message>
            <source>Not imported.</source>
            <translation>Nicht importiert.</translation>
        </message>
        <message>
            <source>Exported “{name}” to “{path}”.</source>
            <translation>„{name}“ nach „{path}“ exportiert.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to this template first?</source>
            <translation>Die Änderungen an dieser Vorlage zuerst speichern?</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Vorlage löschen</translation>
        </message>
        <message>
            <source>Delete the template “{name}”?

Sessions already created from it keep their own copy.</source>
            <translation>Die Vorlage „{name}“ löschen?

Bereits daraus angelegte Sitzungen behalten ihre eigene Kopie.</translation>
        </message>
        <message>
            <source>Import a role template</source>
            <translation>Eine Rollenvorlage importieren</translation>
        </message>
        <message>
            <source>Role templates (*.json);;All files (*)</source>
            <translation>Rollenvorlagen (*.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Export the role template</source>
            <translation>Die Rollenvorlage exportieren</translation>
        </message>
        <message>
            <source>Role templates (*.json)</source>
            <translation>Rollenvorlagen (*.json)</translation>
        </message>
    </context>
    <context>
        <name>TemplateForm</name>
        <message>
            <source>The role, e.g. Dental assistant</source>
            <translatorcomment>review: Placeholder uses the official German job title with '(m/w/d)'; check tone for a hint text.</translatorcomment>
            <translation>Die Stelle, z. B. Zahnmedizinische Fachangestellte (m/w/d)</translation>
        </message>
        <message>
            <source>One or two sentences about the role</source>
            <translation>Ein oder zwei Sätze zur Stelle</translation>
        </message>
        <message>
            <source>T&amp;asks</source>
            <translation>&amp;Aufgaben</translation>
        </message>
        <message>
            <source>&amp;Rubric</source>
            <translation>&amp;Bewertungsbogen</translation>
        </message>
        <message>
            <source>Debrie&amp;f questions</source>
            <translatorcomment>review: Tab label is long ('Fragen für die Nachbesprechung', consistent with glossary); shorten to 'Nachbesprechung' if the tab bar is cramped.</translatorcomment>
            <translation>&amp;Fragen für die Nachbesprechung</translation>
        </message>
        <message>
            <source>A&amp;greements</source>
            <translation>Ve&amp;reinbarungen</translation>
        </message>
        <message>
            <source>The tasks every candidate does, with time boxes and instructions</source>
            <translation>Die Aufgaben, die alle Bewerberinnen und Bewerber erledigen, mit geplanter Zeit und Anweisungen</translation>
        </message>
        <message>
            <source>The competencies scored, their weights and the behaviour at each level</source>
            <translation>Die bewerteten Kompetenzen, ihre Gewichtung und das Verhalten auf jeder Stufe</translation>
        </message>
        <message>
            <source>The questions asked of every candidate after the tasks</source>
            <translation>Die Fragen, die allen Bewerberinnen und Bewerbern nach den Aufgaben gestellt werden</translation>
        </message>
        <message>
            <source>The agreement, consent and pay the sessions start with</source>
            <translation>Vereinbarung, Einwilligung und Vergütung, mit denen die Sitzungen beginnen</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;me:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translatorcomment>review: Mnemonic on 'h' (Besc&amp;hreibung); B is taken by the Bewertungsbogen tab.</translatorcomment>
            <translation>Besc&amp;hreibung:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Add task</source>
            <translation>Aufgabe hinzufügen</translation>
        </message>
        <message>
            <source>What the candidate is told, word for word</source>
            <translation>Was der Bewerberin oder dem Bewerber gesagt wird, Wort für Wort</translation>
        </message>
        <message>
            <source>Instructions for the selected task</source>
            <translation>Anweisungen für die gewählte Aufgabe</translation>
        </message>
        <message>
            <source>What the candidate is told, word for word, before the task</source>
            <translation>Was der Bewerberin oder dem Bewerber vor der Aufgabe gesagt wird, Wort für Wort</translation>
        </message>
        <message>
            <source>The same tasks, in this order, for every candidate (empty rows are left out):</source>
            <translation>Dieselben Aufgaben in dieser Reihenfolge für alle Bewerberinnen und Bewerber (leere Zeilen werden übergangen):</translation>
        </message>
        <message>
            <source>Instructions for the s&amp;elected task, read to every candidate:</source>
            <translation>Anweisungen für die ge&amp;wählte Aufgabe, allen Bewerberinnen und Bewerbern vorgelesen:</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Kompetenz</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Gewichtung</translation>
        </message>
        <message>
            <source>Add competency</source>
            <translation>Kompetenz hinzufügen</translation>
        </message>
        <message>
            <source>What the candidate does at each level, as you would see it:</source>
            <translation>Was die Bewerberin oder der Bewerber auf jeder Stufe tut, so wie Sie es beobachten würden:</translation>
        </message>
        <message>
            <source>Level &amp;{level} (lowest):</source>
            <translation>Stufe &amp;{level} (niedrigste):</translation>
        </message>
        <message>
            <source>Level &amp;{level} (highest):</source>
            <translation>Stufe &amp;{level} (höchste):</translation>
        </message>
        <message>
            <source>Level &amp;{level}:</source>
            <translation>Stufe &amp;{level}:</translation>
        </message>
        <message>
            <source>Question asked of every candidate after the tasks</source>
            <translation>Frage, die allen Bewerberinnen und Bewerbern nach den Aufgaben gestellt wird</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Frage hinzufügen</translation>
        </message>
        <message>
            <source>e.g. 1.0</source>
            <translatorcomment>review: Kept decimal point like '2:30 oder 2.5' elsewhere; use '1,0' if the weight field accepts a German decimal comma.</translatorcomment>
            <translation>z. B. 1.0</translation>
        </message>
        <message>
            <source>The candidate's time is paid b&amp;y default</source>
            <translation>Die Zeit der Bewerberin oder des Bewerbers wird standardmäßig ver&amp;gütet</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>Confidentiality agreement versi&amp;on:</source>
            <translation>Versi&amp;on der Vertraulichkeitsvereinbarung:</translation>
        </message>
        <message>
            <source>Confidentia&amp;lity and IP text:</source>
            <translation>&amp;Text zu Vertraulichkeit und geistigem Eigentum:</translation>
        </message>
        <message>
            <source>&amp;Consent to notes:</source>
            <translation>&amp;Einwilligung in Notizen:</translation>
        </message>
        <message>
            <source>&amp;Worker status:</source>
            <translatorcomment>review: Mnemonic on 'c' (Bes&amp;chäftigungsstatus) because W/S/B letters are taken in the editor; check it is acceptable.</translatorcomment>
            <translation>Bes&amp;chäftigungsstatus:</translation>
        </message>
        <message>
            <source>Suggested &amp;hourly rate:</source>
            <translatorcomment>review: Mnemonic on 'u' (St&amp;undensatz) to avoid clashes; check it is acceptable.</translatorcomment>
            <translation>Vorgeschlagener St&amp;undensatz:</translation>
        </message>
        <message>
            <source>Key in exports: {key}</source>
            <translatorcomment>review: 'Kennung' used for the export key/ID to avoid confusion with the signing key ('Schlüssel').</translatorcomment>
            <translation>Kennung in Exporten: {key}</translation>
        </message>
        <message>
            <source>Key in exports: made from the name when you save</source>
            <translatorcomment>review: 'Kennung' used for the export key/ID, as above.</translatorcomment>
            <translation>Kennung in Exporten: wird beim Speichern aus dem Namen gebildet</translation>
        </message>
    </context>
    <context>
        <name>TimerPanel</name>
        <message>
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
        <message>
            <source>The session's tasks with their planned and actual time and state. Alt+Up and Alt+Down choose one; Ctrl+Space starts, pauses or resumes it.</source>
            <translatorcomment>review: Alt+Up/Alt+Down written as 'Alt+Pfeil nach oben/unten' (no arrow symbols added, to keep symbol counts); check it matches how other strings name arrow keys.</translatorcomment>
            <translation>Die Aufgaben der Sitzung mit geplanter und tatsächlicher Zeit und Status. Alt+Pfeil nach oben und Alt+Pfeil nach unten wählen eine aus; Strg+Leertaste startet, pausiert oder setzt sie fort.</translation>
        </message>
        <message>
            <source>Time used</source>
            <translation>Verbrauchte Zeit</translation>
        </message>
        <message>
            <source>How much of the chosen task's time box is used.</source>
            <translation>Wie viel von der geplanten Zeit der gewählten Aufgabe verbraucht ist.</translation>
        </message>
        <message>
            <source>■ Finish task</source>
            <translation>■ Aufgabe beenden</translation>
        </message>
        <message>
            <source>Start, pause or resume the selected task (Ctrl+Space)</source>
            <translation>Die gewählte Aufgabe starten, pausieren oder fortsetzen (Strg+Leertaste)</translation>
        </message>
        <message>
            <source>Mark the selected task done (Ctrl+Shift+Space)</source>
            <translation>Die gewählte Aufgabe als erledigt markieren (Strg+Umschalt+Leertaste)</translation>
        </message>
        <message>
            <source>Alt+↑/↓ to choose</source>
            <translation>Alt+↑/↓ zum Wählen</translation>
        </message>
        <message>
            <source>No task selected</source>
            <translation>Keine Aufgabe gewählt</translation>
        </message>
        <message>
            <source>of {time}</source>
            <translation>von {time}</translation>
        </message>
        <message>
            <source>⚠ Over time box by {time}</source>
            <translation>⚠ {time} über der geplanten Zeit</translation>
        </message>
        <message>
            <source>▶ Switch to this task</source>
            <translation>▶ Zu dieser Aufgabe wechseln</translation>
        </message>
        <message>
            <source>▶ Start</source>
            <translation>▶ Starten</translation>
        </message>
        <message>
            <source>❚❚ Pause</source>
            <translation>❚❚ Pausieren</translation>
        </message>
        <message>
            <source>▶ Resume</source>
            <translation>▶ Fortsetzen</translation>
        </message>
        <message>
            <source>▶ Restart</source>
            <translation>▶ Neu starten</translation>
        </message>
        <message>
            <source>Ctrl+Space. Acts on the selected task, “{task}”; “{running}” is paused first.</source>
            <translation>Strg+Leertaste. Wirkt auf die gewählte Aufgabe „{task}“; „{running}“ wird zuerst pausiert.</translation>
        </message>
        <message>
            <source>Ctrl+Space. Acts on the selected task, “{task}”.</source>
            <translation>Strg+Leertaste. Wirkt auf die gewählte Aufgabe „{task}“.</translation>
        </message>
        <message>
            <source>Restart a finished task?</source>
            <translation>Eine erledigte Aufgabe neu starten?</translation>
        </message>
        <message>
            <source>“{task}” is done. Restart its timer? The new time is added to the {time} already recorded.</source>
            <translation>„{task}“ ist erledigt. Die Zeitmessung neu starten? Die neue Zeit wird zur bereits erfassten Zeit ({time}) addiert.</translation>
        </message>
        <message>
            <source>acknowledged the task briefing</source>
            <translation>die Einweisung in die Aufgaben bestätigt</translation>
        </message>
        <message>
            <source>accepted the confidentiality and IP agreement</source>
            <translation>die Vereinbarung zu Vertraulichkeit und geistigem Eigentum akzeptiert</translation>
        </message>
        <message>
            <source>consented to notes being taken</source>
            <translation>dem Anfertigen von Notizen zugestimmt</translation>
        </message>
        <message>
            <source>Before the work starts</source>
            <translation>Bevor die Arbeit beginnt</translation>
        </message>
        <message>
            <source>The candidate has not yet:
{missing}

The law and a fair record want these before the first task. Has the candidate done so now?</source>
            <translatorcomment>review: Legal wording ('Das Gesetz ... verlangen dies'); the {missing} items are participle phrases that complete 'hat noch nicht:' — check the list reads well.</translatorcomment>
            <translation>Die Bewerberin oder der Bewerber hat noch nicht:
{missing}

Das Gesetz und eine faire Dokumentation verlangen dies vor der ersten Aufgabe. Ist das inzwischen geschehen?</translation>
        </message>
        <message>
            <source>Yes: record it now and start</source>
            <translation>Ja: jetzt festhalten und starten</translation>
        </message>
        <message>
            <source>Start without</source>
            <translation>Trotzdem starten</translation>
        </message>
        <message>
            <source>The last task</source>
            <translation>Die letzte Aufgabe</translation>
        </message>
        <message>
            <source>“{task}” is the last task. End the session now? Its clock and the paid time stop now; notes and scores can still be added.</source>
            <translation>„{task}“ ist die letzte Aufgabe. Die Sitzung jetzt beenden? Sitzungsuhr und vergütete Zeit stoppen sofort; Notizen und Bewertungen können weiterhin ergänzt werden.</translation>
        </message>
        <message>
            <source>Finish it and end the session</source>
            <translation>Aufgabe und Sitzung beenden</translation>
        </message>
        <message>
            <source>Only finish the task</source>
            <translation>Nur die Aufgabe beenden</translation>
        </message>
    </context>
    <context>
        <name>WorkspacePage</name>
        <message>
            <source>End session…</source>
            <translation>Sitzung beenden…</translation>
        </message>
        <message>
            <source>← Sessions</source>
            <translation>← Sitzungen</translation>
        </message>
        <message>
            <source>Delete selected note</source>
            <translation>Gewählte Notiz löschen</translation>
        </message>
        <message>
            <source>Tag: {competency}</source>
            <translation>Zuordnen: {competency}</translation>
        </message>
        <message>
            <source>Score: {competency}</source>
            <translation>Bewerten: {competency}</translation>
        </message>
        <message>
            <source>observer: {name}</source>
            <translation>Beobachter/in: {name}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Finalised {when}.&lt;/b&gt; This record can be read and signed, not changed. To change it: Session → Amend finalised record…</source>
            <translatorcomment>review: {when} format unknown, so used 'Abgeschlossen: {when}.'; if {when} is a plain date, 'Abgeschlossen am {when}.' reads better.</translatorcomment>
            <translation>&lt;b&gt;Abgeschlossen: {when}.&lt;/b&gt; Dieser Datensatz kann gelesen und signiert, aber nicht geändert werden. Zum Ändern: Sitzung → Abgeschlossenen Datensatz berichtigen…</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Undo {action}</source>
            <translation>{action} rückgängig machen</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Redo {action}</source>
            <translation>{action} wiederholen</translation>
        </message>
        <message>
            <source>Session clock ({state})</source>
            <translation>Sitzungsuhr ({state})</translation>
        </message>
        <message>
            <source>End session</source>
            <translation>Sitzung beenden</translation>
        </message>
        <message>
            <source>End this session? Any running task is paused and the session clock stops. You can still add notes and scores.</source>
            <translation>Diese Sitzung beenden? Eine laufende Aufgabe wird pausiert und die Sitzungsuhr hält an. Sie können weiterhin Notizen und Bewertungen hinzufügen.</translation>
        </message>
        <message>
            <source>Start / pause / resume task</source>
            <translation>Aufgabe starten / pausieren / fortsetzen</translation>
        </message>
        <message>
            <source>Finish task</source>
            <translation>Aufgabe beenden</translation>
        </message>
        <message>
            <source>Previous task</source>
            <translation>Vorherige Aufgabe</translation>
        </message>
        <message>
            <source>Next task</source>
            <translation>Nächste Aufgabe</translation>
        </message>
        <message>
            <source>Go to note line</source>
            <translation>Zur Notizzeile</translation>
        </message>
        <message>
            <source>Edit selected note…</source>
            <translation>Gewählte Notiz bearbeiten…</translation>
        </message>
        <message>
            <source>Mark strength (+)</source>
            <translation>Stärke markieren (+)</translation>
        </message>
        <message>
            <source>Mark concern (−)</source>
            <translation>Schwäche markieren (−)</translation>
        </message>
        <message>
            <source>Finalise…</source>
            <translation>Abschließen…</translation>
        </message>
        <message>
            <source>Sign and save summary…</source>
            <translation>Zusammenfassung signieren und speichern…</translation>
        </message>
        <message>
            <source>Sign and save feedback letter…</source>
            <translation>Feedbackschreiben signieren und speichern…</translation>
        </message>
        <message>
            <source>Amend finalised record…</source>
            <translation>Abgeschlossenen Datensatz berichtigen…</translation>
        </message>
        <message>
            <source>Observe tab</source>
            <translation>Registerkarte Beobachten</translation>
        </message>
        <message>
            <source>Scores &amp;&amp; evidence tab</source>
            <translation>Registerkarte Bewertungen &amp;&amp; Belege</translation>
        </message>
        <message>
            <source>Pay tab</source>
            <translation>Registerkarte Vergütung</translation>
        </message>
        <message>
            <source>Agreements &amp;&amp; feedback tab</source>
            <translation>Registerkarte Vereinbarungen &amp;&amp; Feedback</translation>
        </message>
        <message>
            <source>Back to sessions</source>
            <translation>Zurück zu den Sitzungen</translation>
        </message>
        <message>
            <source>&amp;Observe</source>
            <translation>&amp;Beobachten</translation>
        </message>
        <message>
            <source>Scores &amp;&amp; e&amp;vidence</source>
            <translation>Be&amp;wertungen &amp;&amp; Belege</translation>
        </message>
        <message>
            <source>&amp;Pay</source>
            <translation>&amp;Vergütung</translation>
        </message>
        <message>
            <source>&amp;Agreements &amp;&amp; feedback</source>
            <translatorcomment>review: Tab accelerators chosen to avoid clashes: &amp;Beobachten (B), Be&amp;wertungen (W), &amp;Vergütung (V), Ve&amp;reinbarungen (R); check against menu bar letters (D, S, A, H).</translatorcomment>
            <translation>Ve&amp;reinbarungen &amp;&amp; Feedback</translation>
        </message>
        <message>
            <source>Time the tasks, take notes and score the rubric as the candidate works (F5)</source>
            <translation>Aufgaben stoppen, Notizen machen und den Bewertungsbogen ausfüllen, während die Bewerberin oder der Bewerber arbeitet (F5)</translation>
        </message>
        <message>
            <source>Each competency's score beside the notes that back it up; the composite score and your recommendation (F6)</source>
            <translation>Die Bewertung jeder Kompetenz neben den Notizen, die sie belegen; die Gesamtbewertung und Ihre Empfehlung (F6)</translation>
        </message>
        <message>
            <source>Whether and how the time is paid, the hours, what is owed and the payroll record, with its audit trail (F7)</source>
            <translatorcomment>review: 'payroll record' rendered as 'Vergütungsnachweis' (same as 'pay record' in the glossary); 'audit trail' as 'Änderungsprotokoll'.</translatorcomment>
            <translation>Ob und wie die Zeit vergütet wird, die Stunden, der geschuldete Betrag und der Vergütungsnachweis mit Änderungsprotokoll (F7)</translation>
        </message>
        <message>
            <source>The agreement, consent and briefing the candidate gave, what happens to the work, the debrief and the feedback for the candidate (F8)</source>
            <translation>Vereinbarung, Einwilligung und bestätigte Einweisung der Bewerberin oder des Bewerbers, was mit den Arbeitsergebnissen geschieht, die Nachbesprechung und das Feedback für sie oder ihn (F8)</translation>
        </message>
        <message>
            <source>Back to the sessions</source>
            <translation>Zurück zu den Sitzungen</translation>
        </message>
        <message>
            <source>Back to the list of sessions (Ctrl+W); everything is saved</source>
            <translation>Zurück zur Liste der Sitzungen (Strg+W); alles ist gespeichert</translation>
        </message>
        <message>
            <source>Session clock: time since the first task started</source>
            <translation>Sitzungsuhr: Zeit seit dem Start der ersten Aufgabe</translation>
        </message>
        <message>
            <source>Stop the session clock and the paid time now; a running task is paused</source>
            <translation>Sitzungsuhr und vergütete Zeit jetzt stoppen; eine laufende Aufgabe wird pausiert</translation>
        </message>
    </context>
</TS>
