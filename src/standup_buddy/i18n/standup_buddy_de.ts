<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: Über</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app}-Logo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Kein Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher zeigt Standup Buddy stattdessen ein kleines Statusfenster. Details zeigt &apos;standup-buddy doctor&apos;.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Fernsteuerung nicht verfügbar</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>Der lokale Socket konnte nicht geöffnet werden: &apos;standup-buddy status&apos; und die anderen Befehle erreichen diese Instanz nicht (siehe Protokoll).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>Läuft {speed}× schneller</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Jede Dauer läuft {speed}-mal schneller, und der Verlauf wird nach dieser schnelleren Uhr datiert. Mit STANDUP_BUDDY_HOME bleibt eine Vorführung von deinem Verlauf getrennt.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>Verlaufsdatei repariert</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy erinnert dich weiter, speichert in dieser Sitzung aber nichts.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Keine Abwesenheitserkennung</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy kann Tastatur- und Mausaktivität in dieser Arbeitsumgebung nicht sehen und zählt daher die ganze Laufzeit als Sitzen; nutze „Jetzt eine Pause machen“, wenn du aufstehst. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Fortschritt nicht verfügbar</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>Das Fortschrittsfenster konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>Die Verlaufsdatei war beschädigt (ein Problem mit dem Datenträger oder Dateisystem). Standup Buddy hat eine neue angelegt und alle Einträge hineinkopiert, die noch lesbar waren ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>Einige {parts} ließen sich nicht zurücklesen.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Die beschädigte Datei wurde als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>Die Aufzeichnung läuft wie gewohnt weiter.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Auswahl nicht gespeichert</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>{file} konnte nicht geschrieben werden: {error}. Die neuen Einstellungen gelten, bis Standup Buddy beendet wird.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Verlauf nicht gespeichert</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. Die Erfassung läuft weiter; Standup Buddy versucht es bei der nächsten Änderung erneut.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Dehnungen</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>Der Dehnungs-Editor ist in dieser Version nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc dreimal oder {keys}: Notausgang</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter: erledigt</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: später</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: auslassen</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: andere Dehnung</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} Min. {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <extracomment>The wrapped labels were fitted to their widths: the window may need to grow.</extracomment>
        <translation>Zeit für eine kurze Pause</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Welche Dehnung</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Name der Dehnung</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Wo, wofür und wie lange</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Seite wechseln</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Jetzt Seite wechseln</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Countdown bis zur Bildschirmsperre</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Vorherige Dehnung</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Vorherige Dehnung ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Nächste Dehnung</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Nächste Dehnung ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Diese Pause auslassen</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Diese Pause auslassen (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. später</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>%n Minute später</numerusform>
            <numerusform>%n Minuten später</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>In %n Minute erneut erinnern (S)</numerusform>
            <numerusform>In %n Minuten erneut erinnern (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>Ich habe die Dehnung gemacht (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(noch {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Dehnung {index} von {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>Bildschirm wird gesperrt in {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Schritt {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>Zeit für eine kurze Pause</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Klicke auf das Standup-Buddy-Symbol im Tray, um die heutige Dehnung zu öffnen.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Wähle „Pause starten“, um die heutige Dehnung zu öffnen.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Öffne die heutige Dehnung mit „Jetzt eine Pause machen“ im Standup-Buddy-Fenster.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pause starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>Die Karte öffnet sich, wenn du eine Tipppause machst.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>Es läuft kein Compositor, daher wird der Bildschirm nicht abgedunkelt.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Pause: Dehnungskarte</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pause geschafft</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Weiter, sobald du bereit bist.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter: schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Diese Karte schließen</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} für diese Pause</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Ruhig atmen</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>Dehnpausen (Min.)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>selbst gemachte Pausen (Min.)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>Dehnpausen</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>selbst gemachte Pausen</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>aktive Stunden</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>Bewegung (Min.)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>längstes Sitzen</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>Check-in-Wert</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>längstes Sitzen (Min.)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} aus Dehnpausen, {natural} aus selbst gemachten Pausen)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}; Ziel {goal}, {verdict}; längste Sitzdauer {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; Abfrage {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: Abfrage</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Tägliche Abfrage</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>Wie geht es Hüfte, Rücken und Bein heute?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Tägliche Abfrage</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 heißt keine Schmerzen oder Steifheit, 10 die schlimmsten.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Notiz zur Abfrage</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Abfrage speichern</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Alle Abfragen löschen…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Bleibt auf diesem Computer und über deinen Sync-Ordner auf deinen anderen Computern, für deine eigenen Aufzeichnungen; wird nirgendwohin sonst gesendet.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Bleibt nur auf diesem Computer, für deine eigene Übersicht; wird nirgendwohin gesendet.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 keine</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 schlimmste</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Für heute gespeichert: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Heute nicht beantwortet.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>Nicht gespeichert: {problem}. Deine Antwort ist noch da; versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Alle Abfragen löschen</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>Alle gespeicherten Werte und Notizen der Abfrage löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>Nicht gelöscht: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n Abfrage gelöscht.</numerusform>
            <numerusform>%n Abfragen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Ein Begleiter im Infobereich, der misst, wie lange du sitzt, und Dehnpausen vorschlägt.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>jede Dauer N-mal schneller ablaufen lassen (Vorführung und Tests, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>Sitzzeit am Stück und nächste Pause, von der laufenden App</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>die laufende App bitten, jetzt eine Pause zu starten</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>Erinnerungen für MINUTES Minuten pausieren</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>Zahlen pro Tag aus deinem Verlauf</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>wie viele Tage zurück, heute eingeschlossen (Standard 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>nur der Verlauf dieses Computers (ein Gerätename oder eine ID, oder &apos;this&apos;; mehrfach möglich)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>der Sync-Ordner, den du mit deinen anderen Computern teilst</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>der Ordner, dieses Gerät und die gesehenen Geräte</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>FOLDER verwenden (von einem Sync-Programm abgeglichen)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>der Name dieses Computers in der Geräteliste</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>Sync beenden (die Dateien im Ordner bleiben)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>ein Gerät aus dem Verlauf herauslassen</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>deinen ganzen Verlauf exportieren</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>hierhin schreiben statt auf die Standardausgabe</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>der Dehnungskatalog</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>der Katalog in der Reihenfolge der Auswahl</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>Dehnungsdateien prüfen und jedes Problem ausgeben</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>was dieser Desktop bietet: Abwesenheitsquelle, Infobereich, Pfade</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>das Fenster „Fortschritt“ öffnen (in einem eigenen Prozess)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy läuft nicht. Starte es mit: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>der Verlauf kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>die Verlaufsdatei {file} ist beschädigt; gezeigt wird der %n Eintrag, der sich noch lesen lässt (die Datei bleibt unverändert; die App legt sie beiseite und repariert sie beim Start)</numerusform>
            <numerusform>die Verlaufsdatei {file} ist beschädigt; gezeigt werden die %n Einträge, die sich noch lesen lassen (die Datei bleibt unverändert; die App legt sie beiseite und repariert sie beim Start)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} ist ein Ordner; gib einen Dateinamen an</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: dort darfst du nicht schreiben</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>{file} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n Eintrag nach {file} exportiert.</numerusform>
            <numerusform>%n Einträge nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>keine solche Datei: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n Datei in Ordnung</numerusform>
            <numerusform>%n Dateien in Ordnung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMetavars</name>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} muss eine ganze Zahl sein, nicht {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} muss zwischen {low} und {high} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>diese Argumente fehlen: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (möglich sind %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger Wert für %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>erwartet ein Argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>erwartet höchstens ein Argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>erwartet mindestens ein Argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>mehrdeutige Option: %(option)s passt zu %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>das angegebene Argument %r wird nicht beachtet</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>eines dieser Argumente ist nötig: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nicht zusammen mit dem Argument %s erlaubt</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>unerwartete Option: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>What a sensible first target is when the user switches metric in the editor. Date formats (Qt&apos;s, so each language orders day, month and year its own way).</extracomment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>ddd d.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>The first day of a range inside one month (&quot;16&quot; in &quot;16 – 22 March&quot;).</extracomment>
        <translation>d.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Own length</source>
        <translation>Eigene Dauer</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Für diese Dehnung meine eigene Dauer verwenden</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Diese Dehnung so lange halten, wie du möchtest</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Gewicht beim Mischen</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>Beim Mischen kommen schwerere Dehnungen in jeder Runde eher früher</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Dehnung bearbeiten</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Diese eigene Dehnung ändern</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Als eigene kopieren …</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Als eigene kopieren</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Eine eigene Kopie dieser Dehnung anlegen, um sie zu ändern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Dehnung löschen</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Diese eigene Dehnung löschen</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Mitgelieferte Dehnungen bleiben, wie sie sind; kopiere eine, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>In deinen Pausen</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Session type</source>
        <translation>Sitzungstyp</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Abwesenheit: Protokoll</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Abwesenheit: Quelle</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Abwesenheit: jetzt</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Abwesenheit: Reihenfolge</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Abwesenheit: verworfen</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Abwesenheit: Hinweis</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Sperrsignal</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Ruhezustandssignal</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Besprechung: Kamera</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Besprechung: Mikrofon</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Besprechung: Ruhezustandssperre</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Besprechung: jetzt</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Besprechung: Details</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Vollbilderkennung</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Vollbild jetzt</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt-Plattform</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Medien in Pausen</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Dehnungsordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>GNOME-Wohlbefinden</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <extracomment>A plural message (``%n day(s)``): the form for the count, with ``%n`` filled. A date in a Qt format string (itself translated: each language orders it). A time of day (hours 0-24): the locale&apos;s own 12 or 24-hour form.</extracomment>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02}</source>
        <translation>{hours} Std. {minutes:02}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} Std. {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>{done} von {target} Bewegungsminuten</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>Vorführung der Dehnung</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Eine Figur, die zeigt, wie die Dehnung geht</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>Keine Vorführung für diese Dehnung: folge den Schritten</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>Bewegungsminuten</translation>
    </message>
    <message>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>aktive Stunden</translation>
    </message>
    <message>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} von {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>Gut gemacht – Pause abgeschlossen.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>Gut gemacht – heute {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Diese Woche hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>In dieser Woche wurde nichts aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Ziel erreicht an {met} von %n Arbeitstag bisher</numerusform>
            <numerusform>Ziel erreicht an {met} von %n Arbeitstagen bisher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Ziel erreicht an {met} von %n Arbeitstag</numerusform>
            <numerusform>Ziel erreicht an {met} von %n Arbeitstagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>Keine Arbeitstage in dieser Woche</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}; kein Sitzen aufgezeichnet.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}; längste Sitzdauer {duration} am {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Ziel: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Bewegung: {total} Min. ({breaks} aus Dehnpausen, {natural} aus selbst gemachten Pausen)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Aktive Stunden: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Sitzen: {total}; längste Sitzdauer {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>Stehen: {standing}; pausiert {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Abfrage: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Pausen: {completed} erledigt, {snoozed} verschoben, {skipped} ausgelassen, {missed} verpasst; {natural} selbst gemacht</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Selbst gemachte Pause</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Dehnpause</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stehen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>ist kein bekanntes Feld</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} liegt außerhalb des Bereichs ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>muss ein Objekt mit x, y, tilt sein</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>muss ein Objekt mit Gelenkwinkeln sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>muss eine Liste mit höchstens {most} Requisiten sein</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>muss eine Liste mit Namen von Körpersegmenten sein</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>ist kein bekanntes Gelenk</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>hat {count} Einträge (höchstens {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>das erste Schlüsselbild muss bei t = 0 liegen</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>muss später sein als das vorige</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ist keiner der Werte {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} ist keine Programm-ID</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>muss eine Dehnungs-ID oder ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>muss eine Liste aus {allowed} sein</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; ist keine bekannte Dehnung</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>eine Auswahl muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>ein Dateiverweis muss auf {suffix} enden</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>ein Dateiverweis darf kein &apos;\&apos;, &apos;:&apos; oder NUL enthalten</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>ein Dateiverweis muss relativ zum Dehnungsordner sein</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>ein Dateiverweis darf kein &apos;..&apos;, &apos;.&apos; und keine leeren Teile enthalten</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>ist {length} Zeichen lang (höchstens {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>muss ein Objekt mit Sprachen als Schlüsseln sein, z. B. {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>eine Dehnung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>ist kein Sprachcode wie &apos;de&apos;, &apos;pt_BR&apos; oder &apos;zh_CN&apos;; wird ignoriert</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} muss aus 1–48 Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>muss eine nicht leere Liste von Körperbereichen sein ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>muss eine Liste mit 1–{most} kurzen Sätzen sein</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; wird schon von einer eingebauten Dehnung verwendet</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>muss eine Animations-ID oder ein Objekt mit Schlüsselbildern sein</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>nennt einen Bereich doppelt</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} ist keine bekannte Animation</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}; stattdessen wird das Englische gezeigt</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>das Englische nennt die linke und die rechte Seite, die Übersetzung nicht</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>das Englische nennt die linke Seite, die Übersetzung nicht</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>das Englische nennt die rechte Seite, die Übersetzung nicht</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>Platzhalter {found} passen nicht zum Englischen {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>muss ein Objekt mit übersetzten Feldern sein</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>ist kein übersetzbares Feld</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>muss wie im Englischen eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>hat {count} Einträge, das Englische hat {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>eine Liste von Tagen wie {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Kontingent</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>erwartet: {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>einer der Werte {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>eine Uhrzeit wie &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>eine ganze Zahl von {low} bis {high} ({unit}); {low} bedeutet {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>eine ganze Zahl von {low} bis {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>eine ganze Zahl von {low} bis {high}; {low} bedeutet {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} ist kein Tag: erwartet {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>außerhalb des Bereichs: erlaubt ist {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}; für jeden Schlüssel gilt der Standardwert, bis du im Einstellungsfenster speicherst</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>es ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>ist kein gültiges TOML in Zeile {line}, Spalte {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}; für jeden Schlüssel gilt der Standardwert, bis du im Einstellungsfenster speicherst; eine Kopie wurde als {backup} gespeichert</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>ist kein gültiges TOML in Zeile {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>ist kein gültiges TOML ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} ist keine ganze Zahl; die Datei wird als Version {version} gelesen</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>wurde von einem neueren Standup Buddy geschrieben (Version {version}); die Schlüssel, die diese Version kennt, werden gelesen, der Rest bleibt erhalten</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>{count} weitere unbekannte Schlüssel (bleiben, wie sie sind)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>unbekannter Schlüssel (bleibt, wie er ist)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>kann nicht gelesen werden ({error}); für jeden Schlüssel gilt der Standardwert</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} ist nicht erlaubt ({why}); es gilt der Standardwert {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>kann nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>muss eine nicht leere Liste von Dehnungs-IDs sein</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>muss eine Liste von Dehnungs-IDs sein</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>ein Programm muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; wird schon von {file} verwendet</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>ist {size} Bytes groß; die Grenze ist {limit} Bytes (1 MB)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>ist größer als die Grenze von {limit} Bytes (1 MB)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>existiert nicht (oder ist ein kaputter symbolischer Link)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>ist kein gültiges JSON: {error} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>zeigt aus dem Dehnungsordner hinaus (symbolische Links dürfen ihn nicht verlassen)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} ist nicht {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}; es gilt die Standardauswahl</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>fehlt; es gilt die Standardauswahl</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>keine bekannten Dehnungen; es gilt die Standardauswahl</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>konnte nicht nach {file} kopiert werden: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} ist nicht {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>ist kein gültiges UTF-8-JSON: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>muss ein Objekt mit IDs als Schlüsseln sein</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>ist nicht die ID eines eingebauten Eintrags</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>muss mit &apos;{prefix}&apos; beginnen</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>muss 1–{most} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>muss aus Kleinbuchstaben, Ziffern oder &apos;-&apos; bestehen</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>steht doppelt in der Liste</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}: Feld „{field}“: {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>Hier klicken, um die heutige Dehnung zu öffnen.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Öffne die heutige Dehnung, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pause geschafft</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>GNOME-Erinnerungen unverändert</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>Die Bewegungserinnerungen von GNOME ließen sich nicht ausschalten ({error}). Du kannst sie in den GNOME-Einstellungen unter Wohlbefinden ausschalten.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>GNOME-Erinnerungen aus</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>Die Bewegungserinnerungen von GNOME sind aus; ab jetzt erinnert dich Standup Buddy.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>Ziel zählt</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Bewegungsminuten</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Ziel setzen</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Gilt ab heute; vergangene Tage behalten ihr Ziel.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Tagesziel:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Heutiges Ziel</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} von {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>von {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % oder mehr des Tagesziels</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy läuft bereits: sein Fortschrittsfenster wurde geöffnet.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Eine Pause beginnt.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Erinnerungen für {minutes} Min. pausiert.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Erinnerungen fortgesetzt.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Ziel festgelegt.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Check-in gespeichert.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>How many stretches are on</source>
        <translation>Wie viele Dehnungen eingeschaltet sind</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  Hoch</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>Gewählte Dehnung nach oben schieben (Strg+Oben)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  Runter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Gewählte Dehnung nach unten schieben (Strg+Unten)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Neue Dehnung …</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Neue Dehnung</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Eine eigene Dehnung anlegen</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>Deine Auswahl</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Angehakte Dehnungen kommen in den Pausen von oben nach unten; ziehen zum Umsortieren.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Zum Schließen klicken</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Verbleibende Sekunden</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>Mikropause</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Zielerreichung je Tag</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>Ziel nicht erreicht</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>{date}: {goal}, {verdict}</source>
        <translation>{date}: {goal}, {verdict}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Tage mit Tagesroutine</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Dieser Monat hat noch nicht begonnen.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Ziel erreicht an {met} von {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Aktuelle Serie: {current}. Beste Serie in diesem Monat: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Tagesroutine an %n Tag gemacht: {days}.</numerusform>
            <numerusform>Tagesroutine an %n Tagen gemacht: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>Diesen Monat noch keine Tagesroutine gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>Eine fertige Auswahl an Dehnungen oder eine, die du gespeichert hast</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Über dieses Programm</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Als mein Programm speichern …</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Als mein Programm speichern</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Diese Auswahl unter einem Namen behalten</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Mein Programm löschen</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Dieses eigene Programm entfernen</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Reihenfolge der Dehnungen</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>„Der Reihe nach“ geht die Liste durch; „Gemischt“ zeigt jede Dehnung einmal, bevor sie sich wiederholt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>Pausen dürfen nutzen</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Dehnungen nutzen: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Pausen Dehnungen an diesem Ort erlauben: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filter nach Bereich</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Nur Dehnungen für diese Bereiche</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Jeder Bereich</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Wo ich mich bewegen kann</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>Was die Pausen von dir verlangen dürfen: im Sitzen, im Stehen oder auf dem Boden</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Übungen auf dem Boden nur außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>In wenigen Büros ist Platz auf dem Boden: Übungen auf dem Boden lieber zu Hause</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Verlauf exportieren…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>Das neue Ziel konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Neues Ziel: {target} {metric} am Tag, ab heute. Vergangene Tage behalten ihr Ziel.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>Das Bild konnte nicht unter {path} gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Diagramm unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>Der Export konnte nicht geschrieben werden: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n Eintrag nach {path} exportiert.</numerusform>
            <numerusform>%n Einträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>noch {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>noch %n Minute</numerusform>
            <numerusform>noch %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Dehnungen in deiner Auswahl</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Angehakte Dehnungen kommen in den Pausen von oben nach unten. Leertaste schaltet die gewählte Dehnung ein oder aus; Strg+Oben und Strg+Unten verschieben sie.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>Deine Tagesroutine</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>Zeit für deine 5–10-minütige Routine mit Übungen auf dem Boden, wann es dir passt: Wähle „Meine Routine starten“ im Menü des Infobereichs.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: Tagesroutine</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Tagesroutine</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Deine Tagesroutine</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Routine pausieren</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pausieren oder weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Nächste Übung</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Weiter zur nächsten Übung (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Routine beenden</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>Hier aufhören; die Zeit bis jetzt zählt trotzdem (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Leertaste: Pause   ·   N: weiter   ·   Esc: beenden</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Mit der Routine weitermachen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Übung {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} von {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>Seite wechseln: jetzt deine linke Seite</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Seite wechseln. Jetzt deine linke Seite.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Seite wechseln: jetzt deine rechte Seite</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Seite wechseln. Jetzt deine rechte Seite.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Routine geschafft: gut gemacht</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} Bewegung, heute gezählt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>Routine schließen</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy ist ein stiller Begleiter für lange Tage am Computer. Er merkt, wie lange du schon sitzt, schlägt zur rechten Zeit eine kurze Pause mit einer sanften Dehnung vor und zeigt Tag für Tag, wie viel du dich im Vergleich zu einem selbst gesetzten Ziel bewegt hast. Alles, was er aufzeichnet, bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy ist keine medizinische Beratung. Er stellt keine Diagnosen und behandelt keine Beschwerden. Wenn Schmerzen bleiben oder schlimmer werden oder du Taubheit oder Kribbeln bemerkst, geh bitte zu einer Ärztin, einem Arzt oder in die Physiotherapie.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Hol dir sofort ärztliche Hilfe und dehne nicht, wenn Rücken- oder Beinschmerzen mit einem dieser Zeichen auftreten: du kannst Blase oder Darm nicht mehr kontrollieren, Taubheit um die Genitalien oder am Gesäß (dort, wo ein Sattel aufliegt), eine Schwäche im Bein, die zunimmt, oder Fieber oder Gewichtsverlust, die du dir nicht erklären kannst.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>„Beim Anmelden starten“ konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>„Beim Anmelden starten“ konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>Check-ins konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>Dein Check-in wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>Check-ins wurden nicht gelöscht</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>Deine Routine wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>Der Verlauf wurde nicht exportiert</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>Dehnungsdatei übersprungen</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Auswahl nicht gespeichert</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. Die Änderung gilt, bis du das Programm beendest.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Die Auswahl konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Die Dehnung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Einige deiner Programme konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Das Programm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Das Programm konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: Einstellungen</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>{app}-Einstellungen</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Vorschau der nächsten Pause</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Standup Buddy automatisch starten, wenn du dich an diesem Computer anmeldest.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>Die neue Sprache gilt, sobald Standup Buddy neu startet.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Die Arbeitszeit muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Wähle mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Hilfe: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Start beim Anmelden konnte nicht geändert werden: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Pause nach Sitzen von</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pausenlänge</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Später erinnern nach</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Pausen zeigen als</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Gilt als Pause nach</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Pausen in Besprechungen zurückhalten</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Pausen zurückhalten, solange eine App im Vollbild ist</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>Ziel zählt</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Obergrenze je selbst gemachter Pause</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Arbeitstage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Leiser Gong</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Tägliche Abfrage</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesprochene Hinweise</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Musik und Videos während einer Pause anhalten</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bildschirm sperren nach</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Hinweis zur Bildschirmzeit nach</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Ein Klick schließt den Hinweis</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Strenger Modus (kein vorzeitiges Schließen)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>„Später“ pro Pause</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>„Später“ angeboten während</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>„Auslassen“ anbieten</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Strenger Modus (nur „Erledigt“)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Erlaubtes Auslassen pro Woche</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Nur eine Benachrichtigung</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Eine Dehnungskarte</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Eine Karte über abgedunkelten Bildschirmen</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Bewegungsminuten</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Erledigte Pausen</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktive Stunden</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>``goal.daily_target`` has no unit of its own: it counts in the goal&apos;s unit.</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> Pausen</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>Erinnerungen sind pausiert. Danach kommt eine Pause nach {minutes} Min. im Sitzen.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Du stehst. Sobald du sitzt, kommt eine Pause nach {minutes} Min. im Sitzen.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Eine Pause kommt nach {minutes} Min. im Sitzen.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Mit diesem Abstand ist jetzt eine Pause fällig.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Nächste Pause um {time}, wenn du sitzen bleibst</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Mikropausen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Tagesroutine</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minuten im Sitzen, bis eine Pause fällig ist.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Wie lange eine Pause dauert.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Um wie lange „Später“ eine Pause verschiebt.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Wie eine Pause erscheint: nur als Benachrichtigung, als Dehnungskarte oder als Karte über abgedunkelten Bildschirmen.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Wie oft eine Pause verschoben werden darf.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>„Später“ wird nur in diesem ersten Teil der Zeit angeboten, in der eine Pausen-Erinnerung offen ist (bis sie als verpasst zählen würde).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>„Auslassen“ bei einer Pause anbieten (ohne diese Einstellung wird stattdessen der Notausgang angeboten).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Strenger Modus: Eine Pause bietet nur „Erledigt“ und endet von selbst; der Notausgang (Esc dreimal oder Strg+Umschalt+Q) ist immer da und wird aufgezeichnet.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Wie viele Pausen du dir pro Woche auszulassen erlaubst, angezeigt im Fortschritt.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Musik und Videos, die beim Start einer Pause laufen, anhalten und am Ende wieder abspielen (nur was Standup Buddy angehalten hat).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Den Bildschirm so lange nach dem Start einer Pause sperren, damit du aufstehst und weggehst (0: nie).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>Kurze Mikropausen zwischen den Pausen: ein kleiner Hinweis (in die Ferne schauen, die Schultern sinken lassen), der sich von selbst schließt und nie die Tastatur übernimmt.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minuten im Sitzen zwischen Mikropausen (eine selbst gemachte Pause oder eine Bewegungspause beginnt die Zählung von vorn).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Wie lange ein Mikropausen-Hinweis sichtbar bleibt.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Einen Mikropausen-Hinweis mit einem Klick vorzeitig schließen lassen (als ausgelassen gespeichert); ohne diese Option hat der Hinweis kein Bedienelement zum Schließen und endet von selbst.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Strenger Modus für Mikropausen: Der Hinweis lässt sich nicht vorzeitig schließen und endet von selbst (einem Meeting, einer Pause oder einer Bewegungspause weicht er trotzdem sofort).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minuten weg vom Computer, die als selbst gemachte Pause zählen.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Eine offene Kamera oder ein offenes Mikrofon oder ein laufendes Video gilt als Anwesenheit (Besprechungen sind keine Pausen); Hinweise warten, bis es endet.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Pausenhinweise zurückhalten, solange ein Vollbildfenster (eine Präsentation, ein Film) vorne ist.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Nach so vielen Stunden am Computer an einem Tag einmal an diesem Tag darauf hinweisen.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>Was dein Tagesziel zählt: Bewegungsminuten, Pausen oder aktive Stunden.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Dein Tagesziel, in der Einheit des Ziels.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>Höchstens so viele Minuten jeder selbst gemachten Pause zählen als Bewegung.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Tage, an denen Pausen vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>Ab dieser Uhrzeit werden Pausen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>Bis zu dieser Uhrzeit werden Pausen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Eine ruhende Haltung statt einer animierten Figur zeigen.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Einen leisen Gong spielen, wenn eine Pause beginnt und wenn die Seite gewechselt wird.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>Die Seite laut ansagen, wenn eine Dehnung die Seite wechselt (nutzt die Sprachausgabe des Desktops, falls vorhanden).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>Die Sprache der Fenster, des Tray-Menüs und der Textausgabe der Kommandozeile („system“ folgt der Sprache des Desktops); Datum und Zahlen folgen ihr auch. Gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Einmal am Tag leise die Tagesroutine anbieten (5–10 Minuten, mit Übungen auf dem Boden).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Wann die Routine angeboten wird (am Ende des üblichen Arbeitstags).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Einmal am Tag fragen, wie sich Hüfte, Rücken und Bein anfühlen (bleibt auf deinen eigenen Computern).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Kontingent</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Verspannte Hüften</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Unterer Rücken</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Ischias (Schmerz, der ins Bein zieht)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>Allgemeine &amp;Steifheit vom Sitzen</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Kraft aufbauen</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Nur am &amp;Schreibtisch (im Sitzen)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Ich kann &amp;aufstehen und vom Schreibtisch weggehen</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>Ich habe zu Hause auch Platz auf dem &amp;Boden</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: Einrichten</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>{app}-Einrichtung</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>Einrichtung &amp;überspringen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Willkommen bei Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy sitzt still im Infobereich und schlägt ab und zu eine kurze Dehnpause vor, dazu eine kurze Tagesroutine für zu Hause. Ein paar Fragen richten es ein; Überspringen behält die Standardeinstellungen, und über das Menü im Infobereich (Einrichten…) kommst du jederzeit hierher zurück.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>Wann arbeitest du?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>Pausen werden nur an diesen Tagen und zwischen diesen Uhrzeiten vorgeschlagen.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Arbeit am {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>Arbeitsbeginn um</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>Arbeitsende um</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>Arbeits&amp;beginn um</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>Arbeits&amp;ende um</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>Wie oft und wie viel?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Alle 30–60 Minuten Bewegung unterbricht langes Sitzen. Das Ziel zählt die Minuten, in denen du dich bewegst: in Pausen, in deiner Routine und wenn du selbst aufstehst.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> Minuten Sitzen</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Pause vorschlagen nach</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> Bewegungsminuten am Tag</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>&amp;Pause vorschlagen nach</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Tagesziel</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>Auch &amp;Mikropausen: alle {minutes} Minuten ein Hinweis für {seconds} Sekunden, um die Augen zu entspannen oder dich zu lockern</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Ein kleiner Hinweis in der Ecke, der sich von selbst schließt und nie die Tastatur übernimmt.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Mikropausen</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>Wobei möchtest du Unterstützung?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>Das bestimmt, welche Dehnungen vorkommen; ändern kannst du sie jederzeit unter Dehnungen…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>Wo kannst du dich bewegen?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>Pausen während der Arbeitszeit bleiben am Schreibtisch oder im Stehen. Übungen auf dem Boden (Brücke, Vierfüßlerstand mit gestrecktem Arm und Bein, Unterarmstütz, Hüftbeuger- und Thomas-Dehnung) kommen in eine 5–10-minütige Tagesroutine für zu Hause.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>An meine Tages&amp;routine erinnern um</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Uhrzeit der Routine-Erinnerung</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Mit dem Computer starten</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy kann dich nur erinnern, solange es läuft. Ist dies eingeschaltet, startet es bei jeder Anmeldung von selbst; ausschalten kannst du es in den Einstellungen.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Standup Buddy beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Standup Buddy beim Anmelden starten</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>Jetzt eine Pause &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Jetzt eine Pause ausprobieren</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Sieh dir an, wie eine Pause aussieht (sie zählt als echte Pause):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy wohnt jetzt im Infobereich: Such das runde Symbol neben der Uhr. Der Ring auf dem Symbol füllt sich, während du sitzt. Klick darauf, um deinen Fortschritt zu sehen oder eine wartende Pause zu öffnen; ein Rechtsklick öffnet das Menü (Jetzt eine Pause machen, Meine Routine starten, Einrichten…, Einstellungen…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher zeigt Standup Buddy stattdessen ein kleines Statusfenster. Seine Knöpfe starten eine Pause, öffnen den Fortschritt und den Rest; wenn du es schließt, läuft Standup Buddy weiter.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Alles bereit</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>Bewegungsminuten</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>aktive Stunden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sitzen</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ausgel.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Bewegt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>noch keine Aufzeichnung</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>in einer Besprechung</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>Vollbild-App</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} morgen</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} am {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} am {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>keine Pausen (außerhalb der Arbeitszeit)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>keine Pausen bis {moment} (Arbeitszeit)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>Pause wartet ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>Pause wartet (zurückgehalten)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>Pausiert bis {time} · sitzt seit {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>Pausiert · sitzt seit {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In einer Pause</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Nicht am Platz</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Sitzt seit {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (leise: Nicht stören)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · Pause jetzt fällig</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · Pause in {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>streng: nur „Erledigt“</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>kein „Später“ mehr übrig</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>noch 1-mal „Später“</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>noch {count}-mal „Später“</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Mikropause jetzt</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Mikropause wartet</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Mikropause in {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Ich stehe</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Ich sitze</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Wie lange du schon sitzt</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Jetzt eine Pause machen</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Jetzt eine Dehnungskarte öffnen</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Meine Routine starten</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Eine geführte Routine von 5–10 Minuten, mit Übungen auf dem Boden</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>30 Minuten keine Erinnerungen</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Eine Stunde keine Erinnerungen</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Bis morgen früh keine Erinnerungen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Wieder an Pausen erinnern</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>Zeit im Stehen zählt nicht als Sitzen</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Fortschritt…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Deine Bewegung im Vergleich zu deinem Tagesziel</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Dehnungen…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Wählen, welche Dehnungen vorkommen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Pausenabstand, Ziel, Arbeitszeit und mehr</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>Die Fragen vom ersten Start noch einmal: Zeiten, Ziel, Programm</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Über…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Version, und was diese App ist und was nicht</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Aufzeichnung beenden und Standup Buddy schließen</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>Auf diesem Desktop wurde kein System-Tray gefunden – siehe &lt;code&gt;standup-buddy doctor&lt;/code&gt;. Dieses Fenster ersetzt das Tray-Symbol.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>{app}-Status</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Sitzdauer am Stück</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Nächste Mikropause</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Warum dieses Fenster erscheint</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>Wie die Pausenkarte sie nennt</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Schritte, einer pro Zeile</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Ein kurzer Schritt pro Zeile</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Wähle mindestens einen Bereich.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Schreib 1–{most} Schritte, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>Schritt {number}: {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>Dieses Feld: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Neue Dehnung</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Dehnung bearbeiten</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>Deine eigene Kopie</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: Dehnungen – {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Problem bei: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Bereich: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Vorschau der Animation</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Bis zu {steps} Schritte, einer pro Zeile, jeder höchstens {chars} Zeichen.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Jede Dehnung hat einen Vorsichtshinweis; behalte die vorsichtige Formulierung und ergänze deine eigenen Hinweise.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Dehnung speichern</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>Eigene Animation</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Gespeichert in deinem Dehnungsordner als {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>je Seite</translation>
    </message>
</context>
<context>
    <name>StretchList</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>FOKUS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>HERKUNFT</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>SEITEN</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTATION</translation>
    </message>
    <message>
        <source>user</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n Problem; die betroffenen Dateien wurden übersprungen:</numerusform>
            <numerusform>%n Probleme; die betroffenen Dateien wurden übersprungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Gewählte Dehnung</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Mitgeliefert oder deine</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Name der Dehnung</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Wo, wofür und wie lange</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>In den Pausen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Keine Dehnung gewählt</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Braucht mehr Platz, als du hast</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} ist ausgefiltert</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>Nicht im gewählten Bereich</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Am Schreibtisch</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Auf dem Boden</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Ich kann mich nur am Schreibtisch bewegen</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Ich kann aufstehen</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>Ich habe zu Hause Platz auf dem Boden</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Schreibtisch</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Einmal je Seite</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Der Reihe nach</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Geh sanft hinein und drücke nie in einen stechenden Schmerz. Hör auf, wenn Kribbeln oder Taubheit im Bein zunehmen, und hol dir Rat in der Physiotherapie oder ärztlich, wenn die Beschwerden bleiben.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Hüftbeuger</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Beinrückseite</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Oberschenkel vorn</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Handgelenke</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Atmung</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Durchblutung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Gleichgewicht</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{length} each side</source>
        <translation>{length} je Seite</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (deine Dauer)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>Dehnung löschen</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>„{name}“ löschen? Die Datei wird aus deinem Dehnungsordner entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Die Dehnung konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Eine Dehnungsauswahl importieren</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>Die Auswahl konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. Deine Auswahl bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} importiert: %n Dehnung eingeschaltet.</numerusform>
            <numerusform>{file} importiert: %n Dehnungen eingeschaltet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>Die Dehnungsauswahl exportieren</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Die Auswahl konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Nach {file} exportiert. Deine eigenen Dehnungen stehen dort nur mit ihrer ID: gib ihre Dateien mit weiter.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Nach {file} exportiert.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Als mein Programm speichern</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Name für dieses Programm:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Programm ersetzen</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>Dein Programm „{name}“ ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Das Programm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Als „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>Dein Programm „{name}“ löschen? Die eingeschalteten Dehnungen bleiben eingeschaltet.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Das Programm konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Eine Auswahl importieren</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Eine Auswahl nutzen, die jemand mit dir geteilt hat</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>Die Auswahl exportieren</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Diese Auswahl als eine Datei zum Teilen speichern</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>Änderungen gelten ab der nächsten Pause.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} von {total} eingeschaltet</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Bereich: alle</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Bereich: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Bereich: %n</numerusform>
            <numerusform>Bereiche: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Ausgefiltert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Routine, abends</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Dein eigenes Programm. Sobald du etwas änderst, wird es zu „Eigene“, bis du wieder speicherst.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>Deine eigene Auswahl an Dehnungen. Wähle ein Programm, um neu davon auszugehen, oder speichere diese als dein Programm.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Aus: Diese Dehnung kommt in den Pausen nicht vor.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: Diese Dehnung kommt nicht vor, solange der Filter gesetzt ist.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Kommt in deiner täglichen Routine vor und in Pausen nur außerhalb der Arbeitszeit.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>je Seite, wie vorgegeben</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>wie vorgegeben</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>je Seite (vorgegeben: {seconds} s)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(vorgegeben: {seconds} s)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>Programm wechseln</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>Zu {name} wechseln? Das ersetzt, welche Dehnungen eingeschaltet sind, und ihre Reihenfolge. Um deine jetzige Auswahl zu behalten, speichere sie zuerst als dein Programm.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>{name} wird verwendet.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Lass mindestens einen Ort eingeschaltet: Pausen brauchen einen Platz.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>„{name}“ am Ende deiner Auswahl hinzugefügt.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>Deine Kopie „{name}“ nimmt den Platz des Originals ein; das Original ist aus.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Gespeichert. Änderungen gelten ab der nächsten Pause.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>Deine Dehnungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Ein Teil der Auswahl wurde ausgelassen</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. Alles andere wird verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} importiert; %n Eintrag ausgelassen (siehe Meldung).</numerusform>
            <numerusform>{file} importiert; %n Einträge ausgelassen (siehe Meldung).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Dehnungsauswahlen (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Gib Standup Buddy einen Ordner, den eine Sync-App (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) auf deinen Computern gleich hält. Standup Buddy selbst geht nie online. Leerlauf- und Darstellungseinstellungen bleiben je Computer; Ziel, Auswahl und Verlauf gehen mit dir.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Name dieses Computers:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Gesehene Geräte</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Dieses Gerät vergessen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (dieser Computer)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Den Abgleichsordner wählen</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>Den Verlauf von {name} auf allen Computern weglassen und seine Dateien aus dem Abgleichsordner entfernen? Seine eigene Datenbank bleibt unberührt.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>Die Abgleichswahl konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Gespeichert. Der neue Name erscheint auf deinen anderen Computern nach dem nächsten Neustart.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>Der Abgleich ist ab dem nächsten Start aus. Die Dateien im Ordner bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Gespeichert. Standup Buddy gleicht ab dem nächsten Start über diesen Ordner ab.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>Der Abgleich ist jetzt aus. Die Dateien im Ordner bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Gespeichert, aber {folder} ist gerade nicht nutzbar; siehe Protokoll.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Gespeichert. Deine anderen Computer zeigen den neuen Namen nach ihrem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Der Abgleich läuft jetzt über diesen Ordner.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>Der Abgleich läuft nicht.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Vergessen. Seine Dateien verlassen den Ordner und sein Verlauf alle Computer.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>In den Abgleichsordner kann gerade nicht geschrieben werden ({error}); neuer Versuch folgt.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>kein Gerät namens {name!r}; gesehene Geräte: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>Sync ist aus, daher hat hier nur dieses Gerät (&apos;this&apos;) einen Verlauf</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Synchronisiert über {folder} als {name}. Starte Standup Buddy neu, um es zu nutzen.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>Sync ist aus. Die Dateien im Ordner bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>Sync ist aus; wähle einen Ordner mit: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>das ist das Gerät, an dem du gerade bist; &apos;sync off&apos; beendet seine Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n Gerät vergessen.</numerusform>
            <numerusform>%n Geräte vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>Dieses Gerät: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(dieses Gerät)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>zuletzt synchronisiert {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Heutiger Zeitverlauf</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pause ausgelassen um {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Pause verschoben um {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Pause verpasst um {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Heute noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Pause nicht genommen</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Jetzt öffnen</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>Die Pausenkarte jetzt öffnen</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Aktuelles Sitzen:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Längstes Sitzen heute:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pausen:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Sitzen heute:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>Der Tag bisher</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>zeichnet gerade nicht auf</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} erledigt · {snoozed} verschoben · {skipped} ausgelassen · {missed} verpasst · {natural} selbst gemacht</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (Stehen {standing}, pausiert {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Ziel noch nicht erreicht</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. Aktuelle Sitzdauer: {current}. Längste Sitzdauer heute: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Pausen: {completed} erledigt, {snoozed} verschoben, {skipped} ausgelassen, {missed} verpasst; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n selbst gemachte Pause</numerusform>
            <numerusform>%n selbst gemachte Pausen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>Erinnerungen eine Weile pausieren</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Bewegung und längste Sitzdauer pro Tag, letzte zwölf Wochen</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Längste Sitzdauer nach Tageszeit, letzte zwölf Wochen</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>Bewegung (Min.)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>längstes Sitzen (Min.)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>längstes in der Stunde begonnenes Sitzen (Min.)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>In diesen zwölf Wochen wurde kein Sitzen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Deine längsten Sitzphasen beginnen gegen {time} (bis zu {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Ziel erreicht an {met} von %n Arbeitstag in den letzten zwölf Wochen.</numerusform>
            <numerusform>Ziel erreicht an {met} von %n Arbeitstagen in den letzten zwölf Wochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Micro-pauses taken: {days}  (not counted as movement)</source>
        <translation>Mikropausen gemacht: {days}  (zählen nicht als Bewegung)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Diagramm zeigt</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Werte der Abfrage zeigen</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Genommene Mikropausen pro Tag</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Diagramm zeigt:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Bildschirmzeit-Grenze erreicht: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} pro Tag, Woche vom {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: Pausenerinnerungen von GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME erinnert dich auch ans Bewegen.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Einstellungen → Wohlbefinden). Läuft {app} dazu, würden dich zwei Apps zum Aufstehen auffordern, die nichts voneinander wissen.

Die Bewegungserinnerungen von GNOME ausschalten und {app} das übernehmen lassen? Die Pausen für die Augen bleiben, wie sie sind, und du kannst die Bewegungserinnerungen jederzeit in den GNOME-Einstellungen wieder einschalten.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>GNOMEs ausschalten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>Die Bewegungserinnerungen von GNOME sind an: {length} alle {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>Die Bewegungserinnerungen von GNOME sind an</translation>
    </message>
</context>
</TS>
