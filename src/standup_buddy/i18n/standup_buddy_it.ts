<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Versione {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libero con licenza GNU General Public License, versione 3 o successiva.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: Informazioni</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Informazioni su {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo di {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>File delle impostazioni</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Nessuna area di notifica</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Questo desktop non ha un&apos;area di notifica, quindi Standup Buddy mostra al suo posto una piccola finestra di stato. Esegui &apos;standup-buddy doctor&apos; per i dettagli.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Controllo remoto non disponibile</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>Impossibile aprire il socket locale: &apos;standup-buddy status&apos; e gli altri comandi non raggiungeranno questa istanza (vedi il log).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>In esecuzione {speed}× più veloce</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Ogni durata scorre {speed} volte più veloce e la cronologia è datata su questo orologio accelerato. Usa STANDUP_BUDDY_HOME per tenere una dimostrazione separata dalla tua cronologia.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>File della cronologia riparato</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Cronologia non disponibile</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy continua a ricordartelo, ma in questa sessione non viene salvato nulla.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Nessun rilevamento dell&apos;inattività</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy non vede l&apos;attività di tastiera e mouse su questo desktop, quindi conta tutto il tempo in cui è in esecuzione come seduto; usa «Fai una pausa ora» quando ti alzi. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Progressi non disponibili</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>Impossibile aprire il database della cronologia.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>Impossibile avviare la finestra Progressi.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>Il file della cronologia era danneggiato (un problema del disco o del file system), quindi Standup Buddy ne ha creato uno nuovo e vi ha copiato tutte le registrazioni ancora leggibili ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>Alcuni dati ({parts}) non si sono potuti rileggere.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Il file danneggiato è stato conservato come {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>Il monitoraggio continua come sempre.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotazione non salvata</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>Impossibile scrivere {file}: {error}. Le nuove impostazioni valgono finché Standup Buddy non viene chiuso.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Cronologia non salvata</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. Il monitoraggio continua; Standup Buddy riproverà alla prossima modifica.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Allungamenti</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>L&apos;editor degli allungamenti non è disponibile in questa versione.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>Alla scrivania</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>A terra</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc tre volte o {keys}: uscita di emergenza</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Invio: fatto</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: più tardi</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: salta</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: un altro allungamento</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <extracomment>The wrapped labels were fitted to their widths: the window may need to grow.</extracomment>
        <translation>È ora di una breve pausa</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Quale allungamento</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nome dell&apos;allungamento</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Dove, a cosa serve e quanto dura</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Cambia lato</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Cambia lato ora</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Conto alla rovescia per il blocco dello schermo</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Allungamento precedente</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Allungamento precedente ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Allungamento successivo</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Allungamento successivo ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Salta questa pausa</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Salta questa pausa (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Rimanda {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Rimanda di %n minuto</numerusform>
            <numerusform>Rimanda di %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>Ricordamelo tra %n minuto (S)</numerusform>
            <numerusform>Ricordamelo tra %n minuti (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>Ho fatto l&apos;allungamento (Invio)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(ne restano {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Allungamento {index} di {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>Lo schermo si blocca tra {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Passo {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Passo {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>È ora di una breve pausa</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Fai clic sull&apos;icona di Standup Buddy nell&apos;area di notifica per aprire l&apos;allungamento di oggi.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Scegli «Inizia la pausa» per aprire l&apos;allungamento di oggi.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Apri l&apos;allungamento di oggi con «Fai una pausa ora» nella finestra di Standup Buddy.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Inizia la pausa</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>La scheda si apre quando smetti di scrivere.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>Nessun compositor è attivo, quindi lo schermo non viene scurito.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Pausa: scheda di allungamento</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa completata</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Torna al lavoro quando sei pronto.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Invio: chiudi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Chiudi questa scheda</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} per questa pausa</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respira con calma</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>pause di allungamento (min)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>pause spontanee (min)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>pause di allungamento</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>pause spontanee</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>ore attive</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>movimento (min)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>obiettivo</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>seduta più lunga</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>punteggio del check-in</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>seduta più lunga (min)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} dalle pause di allungamento, {natural} dalle pause spontanee)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}; obiettivo {goal}, {verdict}; seduta più lunga {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; valutazione {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: Valutazione</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Valutazione quotidiana</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Non oggi</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>Come senti oggi l&apos;anca, la schiena e la gamba?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Valutazione quotidiana</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 significa nessun dolore o rigidità, 10 il peggiore.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Nota facoltativa</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nota della valutazione</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Salva valutazione</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Elimina tutte le valutazioni…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Conservato su questo computer e, tramite la tua cartella di sincronizzazione, sugli altri tuoi computer, per il tuo archivio personale; mai inviato altrove.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Resta solo su questo computer, per il tuo promemoria personale; non viene mai inviato altrove.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 nessuno</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 peggiore</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Salvato per oggi: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Nessuna risposta oggi.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>Non salvato: {problem}. La tua risposta è ancora qui; riprova.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Elimina tutte le valutazioni</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>Eliminare tutti i punteggi e le note delle valutazioni salvati? Non si può annullare.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>Non eliminato: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n valutazione eliminata.</numerusform>
            <numerusform>%n valutazioni eliminate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>argomenti posizionali</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opzioni</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostra questo aiuto ed esci</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Un compagno nell&apos;area di notifica che misura quanto tempo stai seduto e propone pause per allungarti.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostra il numero di versione ed esci</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>fa scorrere ogni durata N volte più veloce (dimostrazione e test, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>tempo seduto di fila e prossima pausa, secondo l&apos;app</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>stampa un oggetto JSON</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>chiedi all&apos;app in esecuzione di iniziare subito una pausa</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>sospendi i promemoria per MINUTES minuti</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>riprendi i promemoria</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>dati giorno per giorno dalla tua cronologia</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>quanti giorni indietro, oggi compreso (predefinito 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>solo la cronologia di questo computer (un nome o un id di dispositivo, oppure &apos;this&apos;; ripetibile)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>la cartella di sincronizzazione condivisa con gli altri tuoi computer</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>la cartella, questo dispositivo e i dispositivi visti</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>usa FOLDER (tenuta allineata da un programma di sincronizzazione)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>il nome di questo computer nell&apos;elenco dei dispositivi</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>interrompi la sincronizzazione (i file della cartella restano)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>lascia un dispositivo fuori dalla cronologia</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>esporta tutta la tua cronologia</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>scrivi qui invece che sullo standard output</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>il catalogo degli allungamenti</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>il catalogo nell&apos;ordine della rotazione</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>controlla i file degli allungamenti e stampa ogni problema</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>cosa offre questo desktop: fonte di inattività, area di notifica, percorsi</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>apri la finestra Progressi (in un processo a sé)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy non è in esecuzione. Avvialo con: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>impossibile leggere la cronologia: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>avviso: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>il file della cronologia {file} è danneggiato; viene mostrata %n voce ancora leggibile (il file non viene modificato; l&apos;app lo mette da parte e lo ripara all&apos;avvio)</numerusform>
            <numerusform>il file della cronologia {file} è danneggiato; vengono mostrate le %n voci ancora leggibili (il file non viene modificato; l&apos;app lo mette da parte e lo ripara all&apos;avvio)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} è una cartella; indica un nome di file</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: non hai il permesso di scrivere lì</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>impossibile scrivere {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n record esportato in {file}.</numerusform>
            <numerusform>%n record esportati in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>file inesistente: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n file corretto</numerusform>
            <numerusform>%n file corretti</numerusform>
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
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AZIONE</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>errore: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} deve essere un numero intero, non {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} deve essere tra {low} e {high}, non {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argomento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>sono richiesti i seguenti argomenti: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argomenti non riconosciuti: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>scelta non valida: %(value)r (scegli tra %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valore %(type)s non valido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>atteso un argomento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>atteso al massimo un argomento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>atteso almeno un argomento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opzione ambigua: %(option)s potrebbe corrispondere a %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argomento esplicito %r ignorato</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>è richiesto uno degli argomenti %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non consentito con l&apos;argomento %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opzione inattesa: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tempo rimasto</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>What a sensible first target is when the user switches metric in the editor. Date formats (Qt&apos;s, so each language orders day, month and year its own way).</extracomment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>The first day of a range inside one month (&quot;16&quot; in &quot;16 – 22 March&quot;).</extracomment>
        <translation>d</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Own length</source>
        <translation>Durata personale</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Usa la mia durata per questo allungamento</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Mantieni questo allungamento per la durata che preferisci</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Peso in modalità casuale</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>In modalità casuale, gli allungamenti più pesanti tendono a comparire prima in ogni giro</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Modifica allungamento</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Modifica questo tuo allungamento</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Duplica come mio…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplica come mio</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Crea una tua copia di questo allungamento da modificare</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Elimina allungamento</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Elimina questo tuo allungamento</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Gli allungamenti inclusi restano come sono; copiane uno per modificarlo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>Nelle tue pause</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>Piattaforma</translation>
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
        <translation>Tipo di sessione</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Inattività: protocollo</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Inattività: fonte</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Inattività: ora</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Inattività: ordine</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Inattività: scartate</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Inattività: nota</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Segnale di blocco</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Segnale di sospensione</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Riunione: videocamera</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Riunione: microfono</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Riunione: inibitore di inattività</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Riunione: ora</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Riunione: dettaglio</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Rilevamento schermo intero</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Schermo intero ora</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Area di notifica</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Piattaforma Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Non disturbare</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Contenuti multimediali nelle pause</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Blocco schermo</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Cartella di configurazione</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Cartella dei dati</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>File delle impostazioni</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Cartella degli allungamenti</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>Benessere di GNOME</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <extracomment>A plural message (``%n day(s)``): the form for the count, with ``%n`` filled. A date in a Qt format string (itself translated: each language orders it). A time of day (hours 0-24): the locale&apos;s own 12 or 24-hour form.</extracomment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02}</source>
        <translation>{hours} h {minutes:02}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>{done} di {target} minuti di movimento</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>Avvio in corso…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>Dimostrazione dell&apos;allungamento</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Una figura che mostra come fare l&apos;allungamento</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>Nessuna dimostrazione per questo allungamento: segui i passaggi</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>minuti di movimento</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>ore attive</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} di {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>Ottimo lavoro — pausa completata.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>Ottimo lavoro — oggi {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Questa settimana non è ancora iniziata.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>Questa settimana non è stato registrato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Obiettivo raggiunto in {met} giorni lavorativi su %n finora</numerusform>
            <numerusform>Obiettivo raggiunto in {met} giorni lavorativi su %n finora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Obiettivo raggiunto in {met} giorni lavorativi su %n</numerusform>
            <numerusform>Obiettivo raggiunto in {met} giorni lavorativi su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>Nessun giorno lavorativo questa settimana</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}; nessuna seduta registrata.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}; seduta più lunga {duration} di {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non raggiunto</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Obiettivo: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Movimento: {total} min ({breaks} dalle pause di allungamento, {natural} dalle pause spontanee)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Ore attive: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Seduto: {total}; seduta più lunga {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>In piedi: {standing}; in pausa {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Valutazione: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Pause: {completed} fatte, {snoozed} rimandate, {skipped} saltate, {missed} perse; {natural} spontanee</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa spontanea</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa di allungamento</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>non è un campo noto</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} non è un numero</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} è fuori dai limiti ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>deve essere un oggetto con x, y, tilt</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>deve essere un oggetto di angoli delle articolazioni</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>deve essere un testo non vuoto</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>deve essere un elenco di al massimo {most} oggetti di scena</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>deve essere un elenco di nomi di segmenti del corpo</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} non è né true né false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>deve essere un elenco non vuoto</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>non è un&apos;articolazione nota</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>ha {count} voci (al massimo {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>il primo fotogramma chiave deve essere a t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>deve venire dopo quello precedente</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} non è uno tra {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} non è l&apos;id di un programma</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve essere un elenco</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; compare due volte nell&apos;elenco</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>deve essere l&apos;id di un allungamento o un oggetto</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>deve essere un elenco di valori tra {allowed}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; non è un allungamento noto</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>una rotazione deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>un riferimento a un file deve finire con {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>un riferimento a un file non può contenere &apos;\&apos;, &apos;:&apos; o NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>un riferimento a un file deve essere relativo alla cartella degli allungamenti</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>un riferimento a un file non può contenere &apos;..&apos;, &apos;.&apos; o parti vuote</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} non è un testo</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>è lungo {length} caratteri (al massimo {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caratteri di controllo</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>deve essere un oggetto con le lingue come chiavi, ad es. {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>un allungamento deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>non è un codice di lingua come &apos;de&apos;, &apos;pt_BR&apos; o &apos;zh_CN&apos;; viene ignorato</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} deve avere da 1 a 48 lettere minuscole, cifre o &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>deve essere un elenco non vuoto di zone ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} non è un numero intero di secondi</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>deve essere un elenco di 1–{most} frasi brevi</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; è già usato da un allungamento incluso</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>non è stato possibile leggere il file</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>deve essere l&apos;id di un&apos;animazione o un oggetto con fotogrammi chiave</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>elenca una zona due volte</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} non è un&apos;animazione nota</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}; al suo posto viene mostrato l&apos;inglese</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>l&apos;inglese nomina il lato sinistro e il destro; la traduzione no</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>l&apos;inglese nomina il lato sinistro; la traduzione no</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>l&apos;inglese nomina il lato destro; la traduzione no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>i segnaposto {found} non corrispondono a quelli dell&apos;inglese {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>deve essere un oggetto di campi tradotti</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>non è un campo traducibile</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>deve essere un elenco di testi, come l&apos;inglese</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>ha {count} voci; l&apos;inglese ne ha {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>un elenco di giorni come {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percento</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>atteso: {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un numero intero da {low} a {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno tra {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>un orario come &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>un numero intero da {low} a {high} ({unit}); {low} significa {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>un numero intero da {low} a {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>un numero intero da {low} a {high}; {low} significa {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} non è un giorno: atteso {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>fuori dai limiti: è ammesso {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}; per ogni chiave valgono i valori predefiniti finché non salvi dalla finestra Impostazioni</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>non è TOML valido alla riga {line}, colonna {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}; per ogni chiave valgono i valori predefiniti finché non salvi dalla finestra Impostazioni; una copia è stata salvata come {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>errore di sintassi</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>non è TOML valido alla riga {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>non è TOML valido ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} non è un numero intero; il file viene letto come versione {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>è stato scritto da uno Standup Buddy più recente (versione {version}); vengono lette le chiavi che questa versione conosce e il resto viene conservato</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>altre {count} chiavi sconosciute (conservate così come sono)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>chiave sconosciuta (conservata così com&apos;è)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>non può essere letto ({error}); per ogni chiave valgono i valori predefiniti</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} non è ammesso ({why}); vale il valore predefinito {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>non può essere elencata: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>deve essere un elenco non vuoto di id di allungamenti</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>deve essere un elenco di id di allungamenti</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>un programma deve essere un oggetto JSON</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>deve essere un testo non vuoto</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; è già usato da {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>è di {size} byte; il limite è {limit} byte (1 MB)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>supera il limite di {limit} byte (1 MB)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>non esiste (o è un collegamento simbolico interrotto)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>non può essere letto: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>non è testo UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>non è JSON valido: {error} (riga {line}, colonna {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>non è JSON valido: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>punta fuori dalla cartella degli allungamenti (i collegamenti simbolici non possono uscirne)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} non è {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}; vale la rotazione predefinita</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>manca; vale la rotazione predefinita</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>nessun allungamento noto; vale la rotazione predefinita</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>non è stato possibile copiarlo in {file}: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} non è {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>non è JSON UTF-8 valido: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>deve essere un oggetto con gli id come chiavi</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>non è l&apos;id di una voce inclusa</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>deve iniziare con &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>deve avere da 1 a {most} caratteri</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>deve avere solo lettere minuscole, cifre o &apos;-&apos;</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>compare due volte nell&apos;elenco</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}: campo &apos;{field}&apos;: {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>Fai clic qui per aprire l&apos;allungamento di oggi.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Apri l&apos;allungamento di oggi quando sei pronto.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa completata</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>Promemoria di GNOME invariati</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>Non è stato possibile disattivare i promemoria di movimento di GNOME ({error}). Puoi disattivarli in Impostazioni di GNOME → Benessere.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>Promemoria di GNOME disattivati</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>I promemoria di movimento di GNOME sono disattivati; d&apos;ora in poi te lo ricorda Standup Buddy.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>L&apos;obiettivo conta</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Minuti di movimento</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Ore attive</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Imposta obiettivo</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Vale da oggi; i giorni passati mantengono il loro obiettivo.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Obiettivo giornaliero:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Obiettivo di oggi</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} di {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>di {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % o più dell&apos;obiettivo del giorno</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>obiettivo raggiunto</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy è già in esecuzione: la sua finestra Progressi è stata aperta.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Sta iniziando una pausa.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Promemoria in pausa per {minutes} min.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Promemoria ripresi.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Obiettivo impostato.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Valutazione salvata.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Durata in secondi</translation>
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
        <translation>Quanti allungamenti sono attivi</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  Su</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>Sposta su l&apos;allungamento scelto (Ctrl+Su)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  Giù</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Sposta giù l&apos;allungamento scelto (Ctrl+Giù)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Nuovo allungamento…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuovo allungamento</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Crea un tuo allungamento</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>La tua selezione</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Gli allungamenti spuntati compaiono nelle pause, dall&apos;alto in basso; trascina per riordinare.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Fai clic per chiudere</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Secondi rimanenti</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>Micropausa</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Obiettivo raggiunto per giorno</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>obiettivo raggiunto</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>obiettivo non raggiunto</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nulla registrato</translation>
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
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mese precedente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Successivo ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mese successivo</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Giorni con la routine quotidiana</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Questo mese non è ancora iniziato.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Obiettivo raggiunto in {met} su {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Serie attuale: {current}. Serie migliore del mese: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Routine quotidiana fatta in %n giorno: {days}.</numerusform>
            <numerusform>Routine quotidiana fatta in %n giorni: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>Ancora nessuna routine quotidiana questo mese.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n giorno lavorativo</numerusform>
            <numerusform>%n giorni lavorativi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>Un insieme di allungamenti già pronto, o uno che hai salvato</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Informazioni su questo programma</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Salva come mio programma…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Salva come mio programma</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Conserva questa selezione con un nome</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Elimina programma</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Elimina il mio programma</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Rimuovi questo tuo programma</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Ordine degli allungamenti</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>«In ordine» scorre la lista; «Casuale» mostra ogni allungamento una volta prima di ripetere</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>Le pause possono usare</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Usa gli allungamenti: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Consenti nelle pause gli allungamenti fatti qui: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filtro per zona</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Solo allungamenti che lavorano su queste zone</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Qualsiasi zona</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Dove posso muovermi</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>Cosa possono chiederti le pause: da seduto, in piedi o a terra</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Esercizi a terra solo fuori dall&apos;orario di lavoro</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>Pochi uffici hanno spazio a terra: tieni gli esercizi a terra per casa</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>Tabella CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Immagine PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Settimana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mese</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Tendenze</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Salva il grafico come immagine…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Esporta la cronologia…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>Impossibile salvare il nuovo obiettivo: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Nuovo obiettivo: {target} {metric} al giorno, da oggi. I giorni passati mantengono il loro obiettivo.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Salva il grafico come immagine</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>Impossibile salvare l&apos;immagine in {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Grafico salvato in {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Esporta la cronologia</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>Impossibile scrivere l&apos;esportazione: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n record esportato in {path}.</numerusform>
            <numerusform>%n record esportati in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>mancano {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>manca %n minuto</numerusform>
            <numerusform>mancano %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>manca %n secondo</numerusform>
            <numerusform>mancano %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Allungamenti nella tua rotazione</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Gli allungamenti spuntati compaiono nelle pause, dall&apos;alto in basso. Spazio attiva o disattiva l&apos;allungamento scelto; Ctrl+Su e Ctrl+Giù lo spostano.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>La tua routine quotidiana</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>È il momento della tua routine di 5–10 minuti, esercizi a terra compresi, quando ti va: scegli «Inizia la mia routine» nel menu dell&apos;icona.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lato sinistro</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lato destro</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: Routine quotidiana</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Routine quotidiana</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>La tua routine quotidiana</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Metti in pausa la routine</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pausa o continua (Spazio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Esercizio successivo</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Passa all&apos;esercizio successivo (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Ferma la routine</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>Fermati qui; il tempo fatto conta comunque (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Spazio: pausa   ·   N: avanti   ·   Esc: ferma</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Segnali d&apos;allarme</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Continua la routine</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>mancano {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Esercizio {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lato</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} di {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>Cambia lato: ora il lato sinistro</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Cambia lato. Ora il lato sinistro.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Cambia lato: ora il lato destro</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Cambia lato. Ora il lato destro.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Routine finita: ben fatto</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} di movimento, contati oggi</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finito</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>Chiudi la routine</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy è un compagno discreto per le lunghe giornate al computer. Nota da quanto tempo sei seduto, propone una breve pausa con un allungamento delicato quando è il momento e mostra, giorno per giorno, quanto ti sei mosso rispetto a un obiettivo che hai scelto tu. Tutto ciò che registra resta su questo computer.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy non è un consiglio medico. Non diagnostica né cura alcuna condizione. Se il dolore persiste o peggiora, o noti intorpidimento o formicolio, rivolgiti a un medico o a un fisioterapista.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Chiedi subito aiuto medico, e non fare allungamenti, se il dolore alla schiena o alla gamba si accompagna a uno di questi segni: perdita del controllo della vescica o dell&apos;intestino, intorpidimento intorno ai genitali o ai glutei (la zona che tocca la sella), debolezza a una gamba che peggiora, oppure febbre o perdita di peso senza spiegazione.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>Impossibile leggere l&apos;avvio all&apos;accesso</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>Impossibile modificare l&apos;avvio all&apos;accesso</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>Impossibile leggere le valutazioni</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>La tua valutazione non è stata salvata</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>Le valutazioni non sono state eliminate</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>La tua routine non è stata salvata</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>La cronologia non è stata esportata</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>File di allungamento saltato</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotazione non salvata</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. La modifica vale finché non esci.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Impossibile esportare la rotazione</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Impossibile eliminare l&apos;allungamento</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Alcuni dei tuoi programmi non sono stati letti</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Impossibile salvare il programma</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Impossibile eliminare il programma</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: Impostazioni</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>Impostazioni di {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Anteprima della prossima pausa</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Avvia all&apos;accesso</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Avvia Standup Buddy automaticamente quando accedi a questo computer.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>La nuova lingua si usa al prossimo avvio di Standup Buddy.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>L&apos;orario di lavoro deve finire dopo l&apos;inizio.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Scegli almeno un giorno lavorativo.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Aiuto: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Impossibile cambiare l&apos;avvio all&apos;accesso: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Pausa dopo essere stato seduto per</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durata della pausa</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Rimanda di</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Mostra le pause come</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Conta come pausa dopo</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Trattieni le pause durante le riunioni</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Trattieni le pause con un&apos;app a schermo intero</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>L&apos;obiettivo conta</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Massimo per pausa spontanea</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Giorni lavorativi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dalle</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Riduci il movimento</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Campanella leggera</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Valutazione quotidiana</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avvisi vocali</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Metti in pausa musica e video durante una pausa</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Blocca lo schermo dopo</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Avviso sul tempo davanti allo schermo dopo</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Un clic chiude il segnale</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Modalità rigida (nessuna chiusura anticipata)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>«Più tardi» per pausa</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>«Più tardi» offerto durante</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>Offri «Salta»</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Modalità rigida (solo «Fatto»)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Pause saltate consentite a settimana</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Solo una notifica</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Una scheda di allungamento</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Una scheda sopra gli schermi scuriti</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Minuti di movimento</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pause fatte</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Ore attive</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>``goal.daily_target`` has no unit of its own: it counts in the goal&apos;s unit.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> pause</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Lingua del sistema</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>I promemoria sono in pausa. Poi una pausa arriva dopo {minutes} min da seduto.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Sei in piedi. Quando ti siedi, una pausa arriva dopo {minutes} min da seduto.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Una pausa arriva dopo {minutes} min da seduto.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Con questo intervallo una pausa è dovuta ora.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Prossima pausa alle {time} se resti seduto</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micropause</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Routine quotidiana</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minuti da seduto prima che una pausa sia dovuta.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Quanto dura una pausa.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Di quanto «Più tardi» rimanda una pausa.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Come appare una pausa: solo una notifica, una scheda di allungamento o una scheda sopra gli schermi scuriti.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Quante volte una stessa pausa può essere rimandata.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>«Più tardi» è offerto solo durante questa prima parte del tempo in cui un avviso di pausa resta aperto (finché non conterebbe come persa).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>Offri «Salta» in una pausa (senza questa opzione, viene offerta invece l&apos;uscita di emergenza).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Modalità rigida: una pausa offre solo «Fatto» e finisce da sola; l&apos;uscita di emergenza (Esc tre volte, o Ctrl+Maiusc+Q) c&apos;è sempre e viene registrata.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Quante pause ti concedi di saltare in una settimana, mostrato in Progressi.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Metti in pausa musica e video in riproduzione quando inizia una pausa e riprendili quando finisce (solo ciò che Standup Buddy ha messo in pausa).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Blocca lo schermo questo tempo dopo l&apos;inizio di una pausa, così ti allontani (0: mai).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>Brevi micropause tra le pause: un piccolo segnale (guarda lontano, abbassa le spalle) che si chiude da solo e non prende mai la tastiera.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minuti da seduto tra una micropausa e l&apos;altra (una pausa spontanea o di movimento fa ripartire il conteggio).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Per quanto tempo resta visibile il segnale di una micropausa.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Consenti di chiudere in anticipo il segnale di una micropausa con un clic (registrato come saltato); senza, il segnale non ha alcun comando di chiusura e termina da solo.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Modalità rigida per le micropause: il segnale non si può chiudere in anticipo e termina da solo (cede comunque subito il posto a una riunione, a una sospensione o a una pausa di movimento).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minuti lontano dal computer che contano come pausa spontanea.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Considera una fotocamera o un microfono aperti, o un video in riproduzione, come presenza (le riunioni non sono pause) e trattieni i promemoria finché non finisce.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Trattieni i promemoria delle pause mentre una finestra a schermo intero (una presentazione, un film) è in primo piano.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Dopo queste ore al computer in un giorno, segnalarlo una volta quel giorno.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>Cosa conta il tuo obiettivo giornaliero: minuti di movimento, pause o ore attive.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Il tuo obiettivo giornaliero, nell&apos;unità dell&apos;obiettivo.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>Al massimo questi minuti di ogni pausa spontanea contano come movimento.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Giorni in cui vengono proposte le pause.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>Le pause vengono proposte da quest&apos;ora.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>Le pause vengono proposte fino a quest&apos;ora.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Mostra una posa ferma invece di una figura animata.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Suona una campanella leggera quando inizia una pausa e quando è ora di cambiare lato.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>Dire il lato ad alta voce quando un allungamento cambia lato (usa la sintesi vocale del desktop, se c&apos;è).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>La lingua delle finestre, dell&apos;area di notifica e del testo della riga di comando («system» segue la lingua del desktop); anche date e numeri la seguono. Vale dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Una volta al giorno, proporre con discrezione la routine quotidiana (5–10 minuti, esercizi a terra compresi).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Quando viene proposta la routine (la fine della giornata lavorativa predefinita).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Una volta al giorno, chiedi come senti l&apos;anca, la schiena e la gamba (conservato sui tuoi computer).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitato</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Anche rigide</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Zona lombare</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Sciatica (dolore che scende lungo la gamba)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>&amp;Rigidità generale da seduta</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Rafforzarsi</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Solo alla mia &amp;scrivania (seduto)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Posso &amp;alzarmi e allontanarmi dalla scrivania</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>Ho anche &amp;spazio sul pavimento a casa</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: Configura</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>Configurazione di {app}</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>&amp;Salta la configurazione</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Benvenuto in Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy resta in silenzio nell&apos;area di notifica e ogni tanto propone una breve pausa di allungamento, più una breve routine quotidiana a casa. Bastano poche domande per configurarlo; Salta mantiene le impostazioni standard, e puoi tornare qui dal menu dell&apos;icona (Configura…).</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>Quando lavori?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>Le pause vengono proposte solo in questi giorni e tra questi orari.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Lavoro di {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>Il lavoro inizia alle</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>Il lavoro finisce alle</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>Il lavoro i&amp;nizia alle</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>Il lavoro &amp;finisce alle</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>Quanto spesso, e quanto?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Muoversi ogni 30–60 minuti interrompe le lunghe sedute. L&apos;obiettivo conta i minuti in cui ti muovi nelle pause, nella tua routine e quando ti alzi da solo.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> minuti da seduto</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Proponi una pausa dopo</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> minuti di movimento al giorno</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Proponi una &amp;pausa dopo</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>Anche &amp;micro-pause: ogni {minutes} minuti un avviso di {seconds} secondi per riposare gli occhi o sciogliersi</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Una piccola nota nell&apos;angolo che si chiude da sola e non prende mai la tastiera.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micro-pause</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>Per cosa vorresti aiuto?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>Questo sceglie gli allungamenti proposti; puoi cambiarli quando vuoi in Allungamenti…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>Dove puoi muoverti?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>Le pause durante l&apos;orario di lavoro restano alla scrivania o in piedi. Gli esercizi a terra (ponte, bird-dog, plank, allungamenti dei flessori dell&apos;anca e di Thomas) vanno in una routine quotidiana di 5–10 minuti da fare a casa.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>Ricordami la &amp;routine quotidiana alle</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Ora del promemoria della routine</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Avvia con il computer</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy può ricordartelo solo mentre è in esecuzione. Con questa opzione attiva si avvia da solo a ogni accesso; puoi disattivarla nelle Impostazioni.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Avvia Standup Buddy all&apos;&amp;accesso</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Avvia Standup Buddy all&apos;accesso</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>&amp;Prova una pausa ora</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Prova una pausa ora</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Guarda com&apos;è una pausa (conta come una vera):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy ora vive nell&apos;area di notifica: cerca la sua icona rotonda vicino all&apos;orologio. L&apos;anello sull&apos;icona si riempie mentre stai seduto. Fai clic per vedere i tuoi Progressi o aprire una pausa in attesa; clic destro per il menu (Fai una pausa ora, Inizia la mia routine, Configura…, Impostazioni…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Questo desktop non ha un&apos;area di notifica, quindi Standup Buddy mostra al suo posto una piccola finestra di stato. I suoi pulsanti avviano una pausa, aprono Progressi e il resto; chiuderla lascia Standup Buddy in esecuzione.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Tutto pronto</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>minuti di movimento</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>ore attive</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Seduto</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Più lunga</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltate</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Rimandate</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Spont.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Mosso</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>ancora nessun dato</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>in riunione</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>app a schermo intero</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuori dall&apos;orario di lavoro</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} domani</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} il {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>nessuna pausa (fuori dall&apos;orario di lavoro)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>nessuna pausa fino a {moment} (orario di lavoro)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>pausa in attesa ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>pausa in attesa (trattenuta)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>In pausa fino alle {time} · seduto da {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>In pausa · seduto da {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Lontano dalla scrivania</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Seduto da {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (in silenzio: Non disturbare)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · pausa dovuta ora</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · pausa tra {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>rigida: solo «Fatto»</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>nessun rinvio rimasto</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>1 rinvio rimasto</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>{count} rinvii rimasti</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Micropausa ora</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Micropausa in attesa</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Micropausa tra {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Sono in piedi</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Sono seduto</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Da quanto tempo sei seduto</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Apri ora una scheda di allungamento</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Inizia la mia routine</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Una routine guidata di 5–10 minuti, esercizi a terra compresi</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Per 30 minuti</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>Nessun promemoria per 30 minuti</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Per 1 ora</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Nessun promemoria per un&apos;ora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Nessun promemoria fino a domani mattina</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Riprendi i promemoria</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>Il tempo in piedi non conta come seduto</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progressi…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Il tuo movimento rispetto all&apos;obiettivo giornaliero</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Allungamenti…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Scegli quali allungamenti compaiono</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Intervallo delle pause, obiettivo, orario di lavoro e altro</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configura…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>Di nuovo le domande del primo avvio: orari, obiettivo, programma</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Informazioni…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Versione, e cosa è e non è questa app</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Smetti di registrare e chiudi Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>Nessuna area di notifica trovata su questo desktop — vedi &lt;code&gt;standup-buddy doctor&lt;/code&gt;. Questa finestra sostituisce l&apos;icona.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>Stato di {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Seduta in corso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Prossima micropausa</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Perché compare questa finestra</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Metti in pausa i promemoria</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>Come lo chiama la scheda della pausa</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lati</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Passi, uno per riga</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Un passo breve per riga</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animazione</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Scegli almeno una zona.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Scrivi da 1 a {most} passaggi, uno per riga.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>Passo {number}: {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>Questo campo: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuovo allungamento</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Modifica allungamento</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>La tua copia</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: Allungamenti — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>Impossibile salvare il file: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Problema in: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Zona: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Anteprima dell&apos;animazione</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Fino a {steps} passi, uno per riga, ciascuno di al massimo {chars} caratteri.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Ogni allungamento ha un&apos;avvertenza; mantieni la formulazione prudente e aggiungi le tue note.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Salva allungamento</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>La sua animazione</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Salvato nella cartella degli allungamenti come {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>per lato</translation>
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
        <translation>NOME</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>DOVE</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>LATI</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTAZIONE</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluso</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n problema; i file interessati sono stati saltati:</numerusform>
            <numerusform>%n problemi; i file interessati sono stati saltati:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Allungamento scelto</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Incluso o tuo</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nome dell&apos;allungamento</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Dove, a cosa serve e quanto dura</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>Nelle pause</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Nessun allungamento scelto</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluso</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuo</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Richiede più spazio di quello che hai</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} è escluso dal filtro</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>Non nelle zone scelte</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Alla scrivania</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>A terra</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Posso muovermi solo alla scrivania</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Posso alzarmi in piedi</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>Ho spazio a terra a casa</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Scrivania</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Pavimento</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Una volta per lato</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>In ordine</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Casuale</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Entra con dolcezza e non spingere mai fino a un dolore acuto. Fermati se il formicolio o l&apos;intorpidimento alla gamba aumenta, e chiedi consiglio a un fisioterapista o a un medico se i sintomi persistono.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flessori dell&apos;anca</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glutei</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Muscoli posteriori della coscia</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Quadricipiti</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Polpacci</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Gambe</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lombare</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta della schiena</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Spalle</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Collo</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Petto</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Polsi</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Occhi</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respirazione</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circolazione</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilibrio</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{length} each side</source>
        <translation>{length} per lato</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (la tua durata)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>Elimina allungamento</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>Eliminare «{name}»? Il suo file viene rimosso dalla tua cartella degli allungamenti.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Impossibile eliminare l&apos;allungamento</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» eliminato.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Importa una selezione di allungamenti</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>Impossibile importare la selezione</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. La tua selezione non cambia.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} importato: %n allungamento attivo.</numerusform>
            <numerusform>{file} importato: %n allungamenti attivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>Esporta la selezione di allungamenti</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Impossibile esportare la selezione</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Esportato in {file}. I tuoi allungamenti compaiono con il loro id: condividi anche i loro file.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Esportato in {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Il mio programma</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Salva come mio programma</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Nome di questo programma:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Sostituisci programma</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>Sostituire il tuo programma «{name}»?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sostituisci</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Impossibile salvare il programma</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Salvato come «{name}».</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Elimina programma</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>Eliminare il tuo programma «{name}»? Gli allungamenti attivi restano attivi.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Impossibile eliminare il programma</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Importa una selezione</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Usa una selezione che qualcuno ha condiviso con te</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>Esporta la selezione</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Salva questa selezione in un file da condividere</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>Le modifiche valgono dalla prossima pausa.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Chiudi questa finestra (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} di {total} attivi</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Zona: qualsiasi</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Zona: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Zona: %n</numerusform>
            <numerusform>Zone: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Filtrato</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Routine, la sera</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Il tuo programma. Se cambi qualcosa diventa «Personalizzato» finché non salvi di nuovo.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>La tua scelta di allungamenti. Scegli un programma per ripartire da quello, oppure salva questa come tuo programma.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Disattivato: questo allungamento non compare nelle pause.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: non compare finché il filtro è attivo.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Compare nella tua routine quotidiana e, nelle pause, solo fuori dall&apos;orario di lavoro.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>per lato, come indicato</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>come indicato</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>per lato (indicato: {seconds} s)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(indicato: {seconds} s)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>Cambia programma</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>Passare a {name}? Sostituisce quali allungamenti sono attivi e il loro ordine. Per conservare la scelta attuale, salvala prima come tuo programma.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>In uso: {name}.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Tieni almeno un luogo: le pause devono svolgersi da qualche parte.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>«{name}» aggiunto alla fine della tua selezione.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>La tua copia «{name}» prende il posto dell&apos;originale; l&apos;originale è disattivato.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» salvato.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Salvato. Le modifiche valgono dalla prossima pausa.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>Impossibile salvare i tuoi allungamenti</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Una parte della selezione è stata esclusa</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. Tutto il resto è in uso.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} importato; %n voce esclusa (vedi il messaggio).</numerusform>
            <numerusform>{file} importato; %n voci escluse (vedi il messaggio).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Rotazioni di allungamenti (*.json);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Indica a Standup Buddy una cartella che un&apos;app di sincronizzazione (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) mantiene uguale sui tuoi computer. Standup Buddy non va mai online da solo. Le impostazioni di inattività e di aspetto restano per ogni computer; obiettivo, rotazione e cronologia ti seguono.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Scegli cartella…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nome di questo computer:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome di questo computer</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Dispositivi visti</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Dimentica questo dispositivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattivata</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Cartella: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (questo computer)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Scegli la cartella di sincronizzazione</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>Escludere la cronologia di {name} su tutti i computer e rimuoverne i file dalla cartella di sincronizzazione? Il suo database non viene toccato.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} non è una cartella.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>Impossibile salvare la scelta di sincronizzazione: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Salvato. Il nuovo nome compare sugli altri tuoi computer dopo il prossimo riavvio.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>La sincronizzazione è disattivata dal prossimo avvio. I file della cartella sono rimasti come sono.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Salvato. Standup Buddy sincronizza tramite questa cartella dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>Ora la sincronizzazione è disattivata. I file della cartella sono rimasti come sono.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Salvato, ma {folder} al momento non è utilizzabile; vedi il registro.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Salvato. Gli altri tuoi computer mostrano il nuovo nome dopo la loro prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Sincronizzazione tramite questa cartella in corso.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>La sincronizzazione non è attiva.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Dimenticato. I suoi file lasciano la cartella e la sua cronologia lascia tutti i computer.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>Al momento non si può scrivere nella cartella di sincronizzazione ({error}); nuovo tentativo.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>nessun dispositivo di nome {name!r}; dispositivi visti: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>la sincronizzazione è disattivata, quindi qui solo questo dispositivo (&apos;this&apos;) ha una cronologia</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} non è una cartella</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Sincronizzazione tramite {folder} come {name}. Riavvia Standup Buddy per usarla.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>La sincronizzazione è disattivata. I file della cartella sono rimasti come erano.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>la sincronizzazione è disattivata; scegli una cartella con: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>è il dispositivo che stai usando; &apos;sync off&apos; ne ferma la sincronizzazione</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n dispositivo dimenticato.</numerusform>
            <numerusform>%n dispositivi dimenticati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Cartella: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>Questo dispositivo: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(questo dispositivo)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>ultima sincronizzazione {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Cronologia di oggi</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pausa saltata alle {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Pausa rimandata alle {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Pausa persa alle {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Ancora nulla registrato oggi.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Pausa non fatta</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Apri ora</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>Apri ora la scheda della pausa</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Seduta attuale:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Seduta più lunga oggi:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pause:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Seduto oggi:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>La giornata finora</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>nessuna registrazione in corso</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} fatte · {snoozed} rimandate · {skipped} saltate · {missed} perse · {natural} spontanee</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (in piedi {standing}, in pausa {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Obiettivo raggiunto</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Obiettivo non ancora raggiunto</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. Seduta attuale: {current}. Seduta più lunga oggi: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Pause: {completed} fatte, {snoozed} rimandate, {skipped} saltate, {missed} perse; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pausa spontanea</numerusform>
            <numerusform>%n pause spontanee</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>Metti in pausa i promemoria per un po&apos;</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Movimento e seduta più lunga al giorno, ultime dodici settimane</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Seduta più lunga per ora del giorno, ultime dodici settimane</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>movimento (min)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>seduta più lunga (min)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>seduta più lunga iniziata nell&apos;ora (min)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>Nessuna seduta registrata in queste dodici settimane.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Le tue sedute più lunghe iniziano verso le {time} (fino a {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Obiettivo raggiunto in {met} giorni lavorativi su %n nelle ultime dodici settimane.</numerusform>
            <numerusform>Obiettivo raggiunto in {met} giorni lavorativi su %n nelle ultime dodici settimane.</numerusform>
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
        <translation>Micropause fatte: {days}  (non contano come movimento)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Precedente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Settimana precedente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Successiva ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Settimana successiva</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Il grafico mostra</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Mostra le valutazioni</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Micro-pause fatte al giorno</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Il grafico mostra:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Limite di tempo davanti allo schermo raggiunto: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} al giorno, settimana del {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: promemoria di pausa di GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>Anche GNOME ti ricorda di muoverti.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Impostazioni → Benessere). Con anche {app} in esecuzione, due app che non si conoscono ti chiederebbero di alzarti.

Disattivare i promemoria di movimento di GNOME e lasciarli a {app}? Le sue pause per la vista restano come sono, e puoi riattivare i promemoria di movimento nelle Impostazioni di GNOME in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>Disattiva quelli di GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Tieni entrambi</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>I promemoria di movimento di GNOME sono attivi: {length} ogni {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>I promemoria di movimento di GNOME sono attivi</translation>
    </message>
</context>
</TS>
