<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Vrije software onder de GNU General Public License, versie 3 of later.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: Over</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo van {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>Instellingenbestand</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Geen systeemvak</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Deze desktop heeft geen systeemvak, dus Standup Buddy toont in plaats daarvan een klein statusvenster. Voer &apos;standup-buddy doctor&apos; uit voor details.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Bediening op afstand niet beschikbaar</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>De lokale socket kon niet worden geopend: &apos;standup-buddy status&apos; en de andere opdrachten bereiken deze instantie niet (zie het logboek).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>Draait {speed}× sneller</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Elke duur loopt {speed} keer sneller en de geschiedenis wordt volgens deze snellere klok gedateerd. Gebruik STANDUP_BUDDY_HOME om een demo gescheiden te houden van je geschiedenis.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>Geschiedenisbestand hersteld</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Geschiedenis niet beschikbaar</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy blijft je herinneren, maar in deze sessie wordt niets bewaard.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Geen detectie van inactiviteit</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy kan op deze desktop geen toetsenbord- en muisactiviteit zien en telt daarom alle tijd dat het draait als zitten; gebruik ‘Nu pauze nemen’ als je opstaat. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Voortgang niet beschikbaar</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>De geschiedenisdatabase kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>Het venster Voortgang kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>Het geschiedenisbestand was beschadigd (een probleem met de schijf of het bestandssysteem). Standup Buddy is met een nieuw bestand begonnen en heeft daar elke regel in gekopieerd die nog leesbaar was ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>Sommige gegevens ({parts}) konden niet worden teruggelezen.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Het beschadigde bestand is bewaard als {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>Het bijhouden gaat gewoon door.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotatie niet opgeslagen</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Instellingen niet opgeslagen</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>Kon {file} niet schrijven: {error}. De nieuwe instellingen gelden tot Standup Buddy wordt afgesloten.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Geschiedenis niet opgeslagen</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. Het bijhouden gaat door; Standup Buddy probeert het opnieuw bij de volgende wijziging.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Rekoefeningen</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>De editor voor rekoefeningen is niet beschikbaar in deze versie.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>Aan je bureau</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Op de vloer</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Drie keer Esc of {keys}: nooduitgang</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter: klaar</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: later</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: overslaan</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: een andere rekoefening</translation>
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
        <translation>Tijd voor een korte pauze</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Welke rekoefening</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Naam van de rekoefening</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Waar, waarvoor en hoe lang</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Wissel van kant</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Wissel nu van kant</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Aftellen tot schermvergrendeling</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Vorige rekoefening</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Vorige rekoefening ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Volgende rekoefening</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Volgende rekoefening ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Deze pauze overslaan</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Deze pauze overslaan (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} min uitstellen</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>%n minuut uitstellen</numerusform>
            <numerusform>%n minuten uitstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>Herinner me over %n minuut (S)</numerusform>
            <numerusform>Herinner me over %n minuten (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>Ik heb de rekoefening gedaan (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(nog {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Rekoefening {index} van {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>Scherm wordt vergrendeld over {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Stap {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Stap {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>Tijd voor een korte pauze</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Klik op het Standup Buddy-pictogram in het systeemvak om de rekoefening van vandaag te openen.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Kies ‘Pauze starten’ om de rekoefening van vandaag te openen.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Open de rekoefening van vandaag met ‘Nu pauze nemen’ in het Standup Buddy-venster.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Pauze starten</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>De kaart gaat open zodra je even niet typt.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>Er draait geen compositor, dus het scherm wordt niet gedimd.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Pauze: rekkaart</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pauze voltooid</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Ga verder wanneer je klaar bent.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter: sluiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Deze kaart sluiten</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} voor deze pauze</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Adem rustig</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>rekpauzes (min)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>eigen pauzes (min)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>rekpauzes</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>eigen pauzes</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>actieve uren</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>beweging (min)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauzes</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>langste zitperiode</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>check-inscore</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>langste zitperiode (min)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} uit rekpauzes, {natural} uit eigen pauzes)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}; doel {goal}, {verdict}; langst zitten {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; check-in {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: Check-in</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Dagelijkse check-in</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Niet vandaag</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>Hoe voelen je heup, rug en been vandaag?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Dagelijkse check-in</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 betekent geen pijn of stijfheid, 10 de ergste.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Notitie bij de check-in</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in opslaan</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Alle check-ins verwijderen…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Bewaard op deze computer en, via je sync-map, op je andere computers, voor je eigen overzicht; nooit ergens anders heen gestuurd.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Blijft alleen op deze computer, voor je eigen overzicht; wordt nergens heen gestuurd.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 geen</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 ergste</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Opgeslagen voor vandaag: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Vandaag niet beantwoord.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>Niet opgeslagen: {problem}. Je antwoord staat er nog; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Alle check-ins verwijderen</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>Alle opgeslagen check-in-scores en notities verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>Niet verwijderd: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n check-in verwijderd.</numerusform>
            <numerusform>%n check-ins verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>deze hulp tonen en stoppen</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Een maatje in het systeemvak dat bijhoudt hoe lang je zit en rekpauzes voorstelt.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>het versienummer tonen en stoppen</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>elke duur N keer sneller laten lopen (demo en tests, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>aaneengesloten zittijd en volgende pauze, van de app</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>één JSON-object afdrukken</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>de draaiende app vragen nu een pauze te beginnen</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>herinneringen MINUTES minuten pauzeren</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>herinneringen hervatten</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>cijfers per dag uit je geschiedenis</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>hoeveel dagen terug, vandaag meegeteld (standaard 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>alleen de geschiedenis van deze computer (een apparaatnaam of -id, of &apos;this&apos;; herhaalbaar)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>de syncmap die je deelt met je andere computers</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>de map, dit apparaat en de geziene apparaten</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>FOLDER gebruiken (bijgehouden door een syncprogramma)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>de naam van deze computer in de apparatenlijst</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>stoppen met synchroniseren (de bestanden in de map blijven)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>een apparaat buiten de geschiedenis laten</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>je hele geschiedenis exporteren</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>hierheen schrijven in plaats van naar standaarduitvoer</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>de catalogus met rekoefeningen</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>de catalogus in de volgorde van de rotatie</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>bestanden met rekoefeningen controleren en elk probleem afdrukken</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>wat dit bureaublad biedt: bron voor afwezigheid, systeemvak, paden</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>het venster Voortgang openen (in een eigen proces)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy draait niet. Start het met: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>kan de geschiedenis niet lezen: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>waarschuwing: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>het geschiedenisbestand {file} is beschadigd; %n record dat nog leesbaar is wordt getoond (het bestand wordt niet gewijzigd; de app zet het opzij en herstelt het bij het starten)</numerusform>
            <numerusform>het geschiedenisbestand {file} is beschadigd; de %n records die nog leesbaar zijn worden getoond (het bestand wordt niet gewijzigd; de app zet het opzij en herstelt het bij het starten)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} is een map; geef een bestandsnaam op</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: je mag daar niet schrijven</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>kon {file} niet schrijven: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n record geëxporteerd naar {file}.</numerusform>
            <numerusform>%n records geëxporteerd naar {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>bestand bestaat niet: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n bestand in orde</numerusform>
            <numerusform>%n bestanden in orde</numerusform>
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
        <translation>OPDRACHT</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTIE</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPARAAT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>fout: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} moet een geheel getal zijn, niet {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} moet tussen {low} en {high} liggen, niet {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwachtte één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwachtte hoogstens één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwachtte minstens één argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan overeenkomen met %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>expliciet argument %r genegeerd</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>onverwachte optie: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
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
        <translation>Eigen duur</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Mijn eigen duur gebruiken voor deze rekoefening</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Deze rekoefening zo lang vasthouden als je wilt</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Gewicht bij husselen</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>Bij husselen komen zwaardere rekoefeningen in elke ronde vaak eerder</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Oefening bewerken</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Deze eigen oefening wijzigen</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Kopiëren als eigen…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Kopiëren als eigen</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Een eigen kopie van deze oefening maken om te wijzigen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Oefening verwijderen</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Deze eigen oefening verwijderen</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Meegeleverde rekoefeningen blijven zoals ze zijn; kopieer er een om hem te wijzigen.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>In je pauzes</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>Platform</translation>
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
        <translation>Sessietype</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Inactiviteit: protocol</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Inactiviteit: bron</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Inactiviteit: nu</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Inactiviteit: volgorde</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Inactiviteit: afgewezen</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Inactiviteit: opmerking</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Vergrendelsignaal</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Slaapstandsignaal</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Vergadering: camera</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Vergadering: microfoon</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Vergadering: inactiviteitsblokkering</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Vergadering: nu</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Vergadering: details</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Detectie van volledig scherm</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Volledig scherm nu</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Systeemvak</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt-platform</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Niet storen</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Media tijdens pauzes</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Schermvergrendeling</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Configuratiemap</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Instellingenbestand</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Map met rekoefeningen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>GNOME-welzijn</translation>
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
        <translation>{hours} u {minutes:02}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>{done} van {target} bewegingsminuten</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>Bezig met starten…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>Voorbeeld van de oefening</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Een figuur die laat zien hoe de oefening gaat</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>Geen voorbeeld voor deze oefening: volg de stappen</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>bewegingsminuten</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauzes</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>actieve uren</translation>
    </message>
    <message>
        <source>h</source>
        <translation>u</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} van {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>Goed gedaan — pauze voltooid.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>Goed gedaan — vandaag {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Deze week is nog niet begonnen.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>Deze week is niets vastgelegd.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Doel gehaald op {met} van %n werkdag tot nu toe</numerusform>
            <numerusform>Doel gehaald op {met} van %n werkdagen tot nu toe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Doel gehaald op {met} van %n werkdag</numerusform>
            <numerusform>Doel gehaald op {met} van %n werkdagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>Geen werkdagen deze week</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}; geen zitten vastgelegd.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}; langst zitten {duration} op {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet gehaald</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Doel: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Beweging: {total} min ({breaks} uit rekpauzes, {natural} uit eigen pauzes)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Actieve uren: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Zitten: {total}; langst zitten {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>Staan: {standing}; gepauzeerd {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Check-in: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Pauzes: {completed} gedaan, {snoozed} uitgesteld, {skipped} overgeslagen, {missed} gemist; {natural} eigen</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Zitten</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Eigen pauze</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Rekpauze</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staan</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>is geen bekend veld</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} is geen getal</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} valt buiten de grenzen ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>moet een object met x, y, tilt zijn</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>moet een object met gewrichtshoeken zijn</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>moet een lijst met hoogstens {most} hulpmiddelen zijn</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>moet een lijst met namen van lichaamsdelen zijn</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} is niet true of false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>moet een niet-lege lijst zijn</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>is geen bekend gewricht</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>heeft {count} items (hoogstens {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>het eerste sleutelbeeld moet op t = 0 staan</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>moet later zijn dan het vorige</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} is niet een van {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} is geen programma-id</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>moet een oefening-id of een object zijn</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>moet een lijst met waarden uit {allowed} zijn</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; is geen bekende rekoefening</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>een rotatie moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>een bestandsverwijzing moet eindigen op {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>een bestandsverwijzing mag geen &apos;\&apos;, &apos;:&apos; of NUL bevatten</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>een bestandsverwijzing moet relatief zijn aan de map met rekoefeningen</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>een bestandsverwijzing mag geen &apos;..&apos;, &apos;.&apos; of lege delen bevatten</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} is geen tekst</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>is {length} tekens lang (hoogstens {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>bevat stuurtekens</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>moet een object met talen als sleutels zijn, bijv. {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>een rekoefening moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>is geen taalcode zoals &apos;de&apos;, &apos;pt_BR&apos; of &apos;zh_CN&apos;; wordt genegeerd</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} moet uit 1–48 kleine letters, cijfers of &apos;-&apos; bestaan</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>moet een niet-lege lijst met lichaamsgebieden zijn ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} is geen geheel aantal seconden</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>moet een lijst met 1–{most} korte zinnen zijn</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; wordt al gebruikt door een ingebouwde rekoefening</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>het bestand kon niet worden gelezen</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>moet een animatie-id of een object met sleutelbeelden zijn</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>noemt een gebied twee keer</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} is geen bekende animatie</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}; in plaats daarvan wordt het Engels getoond</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>het Engels noemt de linker- en rechterkant; de vertaling niet</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>het Engels noemt de linkerkant; de vertaling niet</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>het Engels noemt de rechterkant; de vertaling niet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>plaatshouders {found} komen niet overeen met het Engels {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>moet een object met vertaalde velden zijn</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>is geen vertaalbaar veld</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>moet een lijst met teksten zijn, zoals het Engels</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>heeft {count} items; het Engels heeft er {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>een lijst met dagen zoals {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uur</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>geen budget</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>verwacht: {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>een geheel getal van {low} tot {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>een van {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>een tijdstip zoals &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>een geheel getal van {low} tot {high} ({unit}); {low} betekent {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>een geheel getal van {low} tot {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>een geheel getal van {low} tot {high}; {low} betekent {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} is geen dag: verwacht {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>buiten de grenzen: toegestaan is {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}; voor elke sleutel geldt de standaardwaarde tot je opslaat in het venster Instellingen</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>het is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>is geen geldige TOML op regel {line}, kolom {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}; voor elke sleutel geldt de standaardwaarde tot je opslaat in het venster Instellingen; een kopie is bewaard als {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>syntaxfout</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>is geen geldige TOML op regel {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>is geen geldige TOML ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} is geen geheel getal; het bestand wordt gelezen als versie {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>is geschreven door een nieuwere Standup Buddy (versie {version}); de sleutels die deze versie kent worden gelezen, de rest blijft bewaard</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>nog {count} onbekende sleutels (blijven zoals ze zijn)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>onbekende sleutel (blijft zoals hij is)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>kan niet worden gelezen ({error}); voor elke sleutel geldt de standaardwaarde</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} is niet toegestaan ({why}); de standaardwaarde {default} geldt</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>kan niet worden opgesomd: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>moet een niet-lege lijst met oefening-id&apos;s zijn</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>moet een lijst met oefening-id&apos;s zijn</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>een programma moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>moet een niet-lege tekst zijn</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; wordt al gebruikt door {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>is {size} bytes; de grens is {limit} bytes (1 MB)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>is groter dan de grens van {limit} bytes (1 MB)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>bestaat niet (of is een kapotte symbolische koppeling)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>kan niet worden gelezen: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>is geen geldige JSON: {error} (regel {line}, kolom {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>is geen geldige JSON: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>wijst buiten de map met rekoefeningen (symbolische koppelingen mogen die niet verlaten)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} is niet {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}; de standaardrotatie geldt</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>ontbreekt; de standaardrotatie geldt</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>geen bekende rekoefeningen; de standaardrotatie geldt</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>kon niet worden gekopieerd naar {file}: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} is niet {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>is geen geldige UTF-8-JSON: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>moet een object met id&apos;s als sleutels zijn</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>is niet de id van een ingebouwd item</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>moet beginnen met &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>moet 1–{most} tekens lang zijn</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>mag alleen kleine letters, cijfers of &apos;-&apos; bevatten</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>staat twee keer in de lijst</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}: veld &apos;{field}&apos;: {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>Klik hier om de rekoefening van vandaag te openen.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Open de rekoefening van vandaag wanneer je klaar bent.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pauze voltooid</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>GNOME-herinneringen ongewijzigd</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>De bewegingsherinneringen van GNOME konden niet worden uitgezet ({error}). Je kunt ze uitzetten in GNOME Instellingen → Welzijn.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>GNOME-herinneringen uit</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>De bewegingsherinneringen van GNOME staan uit; vanaf nu herinnert Standup Buddy je.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>Doel telt</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Bewegingsminuten</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Actieve uren</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Dagdoel</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Doel instellen</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Geldt vanaf vandaag; vorige dagen houden hun doel.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Dagdoel:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Doel van vandaag</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} van {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>van {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % of meer van het dagdoel</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>doel gehaald</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy draait al: het venster Voortgang is geopend.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Er begint een pauze.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Herinneringen {minutes} min gepauzeerd.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Herinneringen hervat.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Doel ingesteld.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Check-in opgeslagen.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Duur in seconden</translation>
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
        <translation>Hoeveel rekoefeningen aan staan</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  Omhoog</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>Gekozen rekoefening omhoog (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  Omlaag</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Gekozen rekoefening omlaag (Ctrl+Omlaag)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Nieuwe oefening…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nieuwe oefening</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Een eigen oefening maken</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>Jouw selectie</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Aangevinkte rekoefeningen komen in de pauzes van boven naar beneden; sleep om de volgorde te wijzigen.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Klik om te sluiten</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Resterende seconden</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>Micropauze</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Doel gehaald per dag</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>doel gehaald</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>doel niet gehaald</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>niets vastgelegd</translation>
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
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Dagen met de dagelijkse routine</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Deze maand is nog niet begonnen.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Doel gehaald op {met} van {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Huidige reeks: {current}. Beste reeks deze maand: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Dagelijkse routine gedaan op %n dag: {days}.</numerusform>
            <numerusform>Dagelijkse routine gedaan op %n dagen: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>Deze maand nog geen dagelijkse routine gedaan.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n werkdag</numerusform>
            <numerusform>%n werkdagen</numerusform>
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
        <translation>Een kant-en-klare set rekoefeningen, of een die je hebt opgeslagen</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Over dit programma</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Opslaan als mijn programma…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Opslaan als mijn programma</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Deze selectie onder een naam bewaren</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Programma verwijderen</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Mijn programma verwijderen</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Dit eigen programma verwijderen</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Volgorde van de rekoefeningen</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>‘Op volgorde’ loopt de lijst af; ‘Gehusseld’ toont elke rekoefening één keer voordat er een terugkomt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>Pauzes mogen gebruiken</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Rekoefeningen gebruiken: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Pauzes rekoefeningen op deze plek laten gebruiken: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filter op lichaamsdeel</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Alleen rekoefeningen voor deze lichaamsdelen</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Lichaamsdelen</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Elk gebied</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Waar ik kan bewegen</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>Wat de pauzes van je mogen vragen: zittend, staand of op de vloer</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Vloeroefeningen alleen buiten werktijd</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>Weinig kantoren hebben vloerruimte: bewaar vloeroefeningen voor thuis</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>CSV-tabel (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-afbeelding (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Maand</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Grafiek als afbeelding opslaan…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Geschiedenis exporteren…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>Het nieuwe doel kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Nieuw doel: {target} {metric} per dag, vanaf vandaag. Vorige dagen houden hun doel.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Grafiek als afbeelding opslaan</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>Kon de afbeelding niet opslaan in {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Grafiek opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>Kon de export niet wegschrijven: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n record geëxporteerd naar {path}.</numerusform>
            <numerusform>%n records geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>nog {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>nog %n minuut</numerusform>
            <numerusform>nog %n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>nog %n seconde</numerusform>
            <numerusform>nog %n seconden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Rekoefeningen in je rotatie</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Aangevinkte rekoefeningen komen in de pauzes van boven naar beneden. Spatie zet de gekozen rekoefening aan of uit; Ctrl+Omhoog en Ctrl+Omlaag verplaatsen hem.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>Je dagelijkse routine</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>Tijd voor je routine van 5–10 minuten, met oefeningen op de vloer, wanneer het je uitkomt: kies ‘Mijn routine starten’ in het menu van het systeemvak.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: Dagelijkse routine</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Dagelijkse routine</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Je dagelijkse routine</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>De routine pauzeren</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pauzeren of doorgaan (Spatie)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Volgende oefening</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Naar de volgende oefening (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>De routine stoppen</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>Hier stoppen; de tijd tot nu telt mee (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Spatie: pauze   ·   N: volgende   ·   Esc: stoppen</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Alarmsignalen</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Doorgaan met de routine</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>nog {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Oefening {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Kant</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} van {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>Wissel van kant: nu je linkerkant</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Wissel van kant. Nu je linkerkant.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Wissel van kant: nu je rechterkant</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Wissel van kant. Nu je rechterkant.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Routine klaar: goed gedaan</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} beweging, vandaag meegeteld</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>De routine sluiten</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy is een stille metgezel voor lange dagen achter de computer. Hij merkt hoe lang je al zit, stelt op tijd een korte pauze met een zachte rekoefening voor en laat dag voor dag zien hoeveel je hebt bewogen tegenover een doel dat je zelf kiest. Alles wat hij vastlegt, blijft op deze computer.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy is geen medisch advies. Hij stelt geen diagnose en behandelt geen aandoening. Blijft de pijn of wordt die erger, of merk je een doof of tintelend gevoel, ga dan naar een arts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Zoek meteen medische hulp, en rek niet, als rug- of beenpijn samengaat met een van deze signalen: je kunt je blaas of darmen niet meer beheersen, een doof gevoel rond je geslachtsdelen of billen (de plek waar een zadel zit), zwakte in een been die erger wordt, of koorts of gewichtsverlies zonder verklaring.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>Starten bij aanmelden kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>Starten bij aanmelden kon niet worden gewijzigd</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>Check-ins konden niet worden gelezen</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>Je check-in is niet opgeslagen</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>Check-ins zijn niet verwijderd</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>Je routine is niet opgeslagen</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>De geschiedenis is niet geëxporteerd</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>Bestand met rekoefening overgeslagen</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotatie niet opgeslagen</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. De wijziging geldt tot je afsluit.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Kon de rotatie niet exporteren</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Kon de rekoefening niet verwijderen</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Sommige van je programma&apos;s konden niet worden gelezen</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Kon het programma niet opslaan</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Kon het programma niet verwijderen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: Instellingen</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>Instellingen van {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Voorbeeld van de volgende pauze</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Opstarten</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Starten bij aanmelden</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Standup Buddy automatisch starten als je je aanmeldt op deze computer.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>De nieuwe taal wordt gebruikt zodra Standup Buddy opnieuw start.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>De werktijd moet eindigen na het begin.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Kies minstens één werkdag.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Hulp: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Starten bij aanmelden kon niet worden gewijzigd: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Pauze na zitten van</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Pauzeduur</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Uitstellen met</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Pauzes tonen als</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Telt als pauze na</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Pauzes tijdens vergaderingen uitstellen</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Pauzes uitstellen als een app schermvullend is</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>Doel telt</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Dagdoel</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Maximum per eigen pauze</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Zachte gong</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Dagelijkse check-in</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Gesproken aanwijzingen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Muziek en video&apos;s pauzeren tijdens een pauze</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Scherm vergrendelen na</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Melding over schermtijd na</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Een klik sluit het seintje</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Strikte modus (niet eerder sluiten)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>Keer ‘Later’ per pauze</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>‘Later’ aangeboden gedurende</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>‘Overslaan’ aanbieden</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Strikte modus (alleen ‘Klaar’)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Toegestaan overslaan per week</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Alleen een melding</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Een rekkaart</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Een kaart over gedimde schermen</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Bewegingsminuten</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Gedane pauzes</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Actieve uren</translation>
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
        <translation> u</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> pauzes</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Taal van het systeem</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>Herinneringen zijn gepauzeerd. Daarna komt een pauze na {minutes} min zitten.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Je staat. Zodra je zit, komt een pauze na {minutes} min zitten.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Een pauze komt na {minutes} min zitten.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Met deze tussentijd is er nu een pauze.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Volgende pauze om {time} als je blijft zitten</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>Pauzes</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micropauzes</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Dagdoel</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijd</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Dagelijkse routine</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minuten zitten voordat een pauze komt.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Hoe lang een pauze duurt.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Hoe lang ‘Later’ een pauze uitstelt.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Hoe een pauze verschijnt: alleen een melding, een rekkaart of een kaart over gedimde schermen.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Hoe vaak één pauze mag worden uitgesteld.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>‘Later’ wordt alleen aangeboden in dit eerste deel van de tijd dat een pauzemelding open staat (tot ze als gemist zou tellen).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>‘Overslaan’ aanbieden bij een pauze (zonder dit wordt in plaats daarvan de nooduitgang aangeboden).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Strikte modus: een pauze biedt alleen ‘Klaar’ en eindigt vanzelf; de nooduitgang (drie keer Esc, of Ctrl+Shift+Q) is er altijd en wordt vastgelegd.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Hoeveel pauzes je jezelf per week toestaat over te slaan, getoond in Voortgang.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Muziek en video&apos;s die spelen wanneer een pauze begint pauzeren, en ze weer afspelen wanneer die eindigt (alleen wat Standup Buddy heeft gepauzeerd).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Het scherm zo lang na het begin van een pauze vergrendelen, zodat je wegloopt (0: nooit).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>Korte micropauzes tussen pauzes: een klein seintje (in de verte kijken, je schouders laten zakken) dat vanzelf sluit en nooit het toetsenbord overneemt.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minuten zitten tussen micropauzes (een eigen pauze of bewegingspauze laat de telling opnieuw beginnen).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Hoe lang het seintje van een micropauze zichtbaar blijft.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Een seintje voor een micropauze met een klik eerder laten sluiten (vastgelegd als overgeslagen); zonder dit heeft het seintje geen knop om te sluiten en stopt het vanzelf.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Strikte modus voor micropauzes: het seintje kan niet eerder gesloten worden en stopt vanzelf (het maakt wel meteen plaats voor een vergadering, een pauzestand of een bewegingspauze).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minuten weg van de computer die als eigen pauze tellen.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Een open camera of microfoon, of een afspelende video, telt als aanwezig (vergaderingen zijn geen pauzes); meldingen wachten tot het voorbij is.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Pauzemeldingen uitstellen zolang een schermvullend venster (een presentatie, een film) voorop staat.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Na zoveel uur achter de computer op een dag, dat die dag één keer melden.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>Wat je dagdoel telt: bewegingsminuten, pauzes of actieve uren.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Je dagdoel, in de eenheid van het doel.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>Hooguit zoveel minuten van elke eigen pauze tellen als beweging.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Dagen waarop pauzes worden voorgesteld.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>Vanaf dit tijdstip worden pauzes voorgesteld.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>Tot dit tijdstip worden pauzes voorgesteld.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Een stilstaande houding tonen in plaats van een bewegende figuur.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Een zachte gong laten horen als een pauze begint en als het tijd is om van kant te wisselen.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>De kant hardop zeggen als een rekoefening van kant wisselt (met de spraak van het bureaublad, als die er is).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>De taal van de vensters, het systeemvak en de tekst op de opdrachtregel (‘system’ volgt de taal van het bureaublad); datums en getallen volgen haar ook. Geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Eén keer per dag rustig de dagelijkse routine aanbieden (5–10 minuten, met oefeningen op de vloer).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Wanneer de routine wordt aangeboden (het einde van de standaard werkdag).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Eén keer per dag vragen hoe je heup, rug en been aanvoelen (bewaard op je eigen computers).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>geen budget</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Stijve heupen</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Onderrug</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Ischias (pijn die uitstraalt naar het been)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>Algemene &amp;stijfheid van het zitten</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Kracht opbouwen</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Alleen aan mijn &amp;bureau (zittend)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Ik kan &amp;opstaan en van het bureau weglopen</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>Ik heb thuis ook &amp;ruimte op de vloer</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: Instellen</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>{app} instellen</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>Instellen &amp;overslaan</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Vol&amp;tooien</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Welkom bij Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy zit rustig in het systeemvak en stelt af en toe een korte rekpauze voor, plus een korte dagelijkse routine thuis. Een paar vragen stellen het in; Overslaan houdt de standaardinstellingen, en via het menu in het systeemvak (Instellen…) kom je hier terug.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>Wanneer werk je?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>Pauzes worden alleen op deze dagen en tussen deze tijden voorgesteld.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Werken op {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>Werk begint om</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>Werk eindigt om</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>Werk &amp;begint om</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>Werk &amp;eindigt om</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>Hoe vaak, en hoeveel?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Elke 30–60 minuten bewegen onderbreekt lang zitten. Het doel telt de minuten dat je beweegt in pauzes, in je routine en wanneer je zelf even wegloopt.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> minuten zitten</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Pauze voorstellen na</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> bewegingsminuten per dag</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Dagdoel</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Een &amp;pauze voorstellen na</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Dagdoel</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>Ook &amp;micropauzes: elke {minutes} minuten een seintje van {seconds} seconden om je ogen rust te geven of los te komen</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Een klein berichtje in de hoek dat vanzelf sluit en nooit het toetsenbord overneemt.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micropauzes</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>Waarbij wil je hulp?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>Dit bepaalt welke rekoefeningen je krijgt; je kunt ze altijd wijzigen onder Rekoefeningen…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>Waar kun je bewegen?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>Pauzes tijdens werktijd blijven aan het bureau of staand. Oefeningen op de vloer (brug, bird-dog, plank, heupbuiger- en Thomas-stretch) komen in een dagelijkse routine van 5–10 minuten die je thuis doet.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>Herinner me aan mijn dagelijkse &amp;routine om</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Tijd van de routineherinnering</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Starten met je computer</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy kan je alleen herinneren als het draait. Als dit aan staat, start het vanzelf elke keer dat je je aanmeldt; je kunt het uitzetten in Instellingen.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Standup Buddy starten bij &amp;aanmelden</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Standup Buddy starten bij aanmelden</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>Nu een pauze &amp;proberen</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Nu een pauze proberen</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Bekijk hoe een pauze eruitziet (die telt als een echte):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy woont nu in het systeemvak: zoek het ronde pictogram bij de klok. De ring op het pictogram loopt vol terwijl je zit. Klik erop om je Voortgang te zien of een wachtende pauze te openen; klik met rechts voor het menu (Nu pauze nemen, Mijn routine starten, Instellen…, Instellingen…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Deze desktop heeft geen systeemvak, dus Standup Buddy toont in plaats daarvan een klein statusvenster. De knoppen starten een pauze, openen Voortgang en de rest; als je het sluit, blijft Standup Buddy draaien.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Alles klaar</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>bewegingsminuten</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauzes</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>actieve uren</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Zitten</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Langst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overgesl.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitgest.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Bewogen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>nog geen gegevens</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>in een vergadering</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>schermvullende app</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>buiten werktijd</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} morgen</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} op {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>geen pauzes (buiten werktijd)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>geen pauzes tot {moment} (werktijd)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>pauze wacht ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>pauze wacht (uitgesteld)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>Gepauzeerd tot {time} · zit {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>Gepauzeerd · zit {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Met pauze</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Weg van het bureau</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Zit {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (stil: Niet storen)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · nu pauze</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · pauze over {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>strikt: alleen ‘Klaar’</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>geen keer uitstellen meer over</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>nog 1 keer uitstellen</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>nog {count} keer uitstellen</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Micropauze nu</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Micropauze wacht</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Micropauze over {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Ik sta</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Ik zit</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Hoe lang je al zit</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Nu pauze nemen</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Nu een rekkaart openen</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Mijn routine starten</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Een begeleide routine van 5–10 minuten, met oefeningen op de vloer</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 minuten</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>30 minuten geen herinneringen</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Een uur geen herinneringen</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Tot morgenochtend geen herinneringen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Weer herinneren</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>Staan telt niet als zitten</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Voortgang…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Je beweging tegenover je dagdoel</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Rekoefeningen…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Kiezen welke rekoefeningen langskomen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Pauzetijd, doel, werktijd en meer</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Instellen…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>De vragen van de eerste start opnieuw: tijden, doel, programma</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Over…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Versie, en wat deze app wel en niet is</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Stoppen met bijhouden en Standup Buddy sluiten</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>Geen systeemvak gevonden op dit bureaublad — zie &lt;code&gt;standup-buddy doctor&lt;/code&gt;. Dit venster vervangt het pictogram in het systeemvak.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>Status van {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Zitreeks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Volgende micropauze</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Waarom dit venster wordt getoond</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Herinneringen pauzeren</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>Hoe de pauzekaart hem noemt</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Kanten</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Lichaamsdelen</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Stappen, één per regel</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Eén korte stap per regel</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Lichaamsdeel</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animatie</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Kies ten minste één gebied.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Schrijf 1–{most} stappen, één per regel.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>Stap {number}: {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>Dit veld: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nieuwe rekoefening</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Rekoefening bewerken</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>Je eigen kopie</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: Rekoefeningen — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>Het bestand kon niet worden opgeslagen: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Probleem bij: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Lichaamsdeel: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Voorbeeld van de animatie</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Tot {steps} stappen, één per regel, elk hooguit {chars} tekens.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Elke rekoefening heeft een waarschuwing; houd de voorzichtige formulering en voeg je eigen notities toe.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Rekoefening opslaan</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>Eigen animatie</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Opgeslagen in je map met rekoefeningen als {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>per kant</translation>
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
        <translation>NAAM</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WAAR</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>FOCUS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>BRON</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIJD</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>KANTEN</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTATIE</translation>
    </message>
    <message>
        <source>user</source>
        <translation>eigen</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n probleem; de betrokken bestanden zijn overgeslagen:</numerusform>
            <numerusform>%n problemen; de betrokken bestanden zijn overgeslagen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Gekozen rekoefening</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Meegeleverd of van jou</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Naam van de rekoefening</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Waar, waarvoor en hoe lang</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>In pauzes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Geen rekoefening gekozen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Ingebouwd</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigen</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Heeft meer ruimte nodig dan je hebt</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} is weggefilterd</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>Niet in de gekozen lichaamsdelen</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Aan het bureau</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Op de vloer</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Ik kan alleen aan het bureau bewegen</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Ik kan opstaan</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>Ik heb thuis vloerruimte</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Vloer</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Eén keer</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Eén keer per kant</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Op volgorde</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Gehusseld</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Begin rustig en duw nooit door tot een scherpe pijn. Stop als tintelingen of een doof gevoel in je been toenemen, en vraag advies aan een fysiotherapeut of arts als de klachten blijven.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Heupbuigers</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Bilspieren</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Hamstrings</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Bovenbenen</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Kuiten</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Benen</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Romp</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Onderrug</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Bovenrug</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schouders</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nek</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Borst</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Polsen</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Ogen</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Houding</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Doorbloeding</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Evenwicht</translation>
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
        <translation>{length} per kant</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (jouw duur)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>Oefening verwijderen</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>“{name}” verwijderen? Het bestand wordt uit je map met oefeningen verwijderd.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>De oefening kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” verwijderd.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Een selectie oefeningen importeren</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>De selectie kon niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. Je selectie blijft ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} geïmporteerd: %n oefening aan.</numerusform>
            <numerusform>{file} geïmporteerd: %n oefeningen aan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>De selectie oefeningen exporteren</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>De selectie kon niet worden geëxporteerd</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Geëxporteerd naar {file}. Je eigen oefeningen staan erin met hun id: deel ook hun bestanden.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mijn programma</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Opslaan als mijn programma</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Naam voor dit programma:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Programma vervangen</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>Je programma “{name}” vervangen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Het programma kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Opgeslagen als “{name}”.</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Programma verwijderen</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>Je programma “{name}” verwijderen? De oefeningen die aan staan, blijven aan.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Het programma kon niet worden verwijderd</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Een selectie importeren</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Een selectie gebruiken die iemand met je heeft gedeeld</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>De selectie exporteren</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Deze selectie als één bestand opslaan om te delen</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>Wijzigingen gelden vanaf de volgende pauze.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Dit venster sluiten (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} van {total} aan</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Gebied: alle</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Gebied: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Gebied: %n</numerusform>
            <numerusform>Gebieden: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Weggefilterd</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Routine, &apos;s avonds</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Je eigen programma. Verander je iets, dan wordt het ‘Eigen’ tot je opnieuw opslaat.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>Je eigen keuze van oefeningen. Kies een programma om daar opnieuw van uit te gaan, of sla deze op als je programma.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Uit: deze oefening komt niet voor in pauzes.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: komt niet voor zolang het filter aan staat.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Komt voor in je dagelijkse routine, en in pauzes alleen buiten werktijd.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>per kant, zoals beschreven</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>zoals beschreven</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>per kant (beschreven: {seconds} s)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(beschreven: {seconds} s)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>Ander programma</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>Overschakelen naar {name}? Dat vervangt welke oefeningen aan staan en hun volgorde. Wil je je huidige keuze houden, sla die dan eerst op als je programma.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Overschakelen</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>{name} in gebruik.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Houd minstens één plek aan: pauzes moeten ergens kunnen plaatsvinden.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>“{name}” toegevoegd aan het eind van je selectie.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>Je kopie “{name}” neemt de plaats van het origineel in; het origineel staat uit.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>“{name}” opgeslagen.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Opgeslagen. Wijzigingen gelden vanaf de volgende pauze.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>Je oefeningen konden niet worden opgeslagen</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Een deel van de selectie is weggelaten</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. Al het andere is in gebruik.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} geïmporteerd; %n onderdeel weggelaten (zie de melding).</numerusform>
            <numerusform>{file} geïmporteerd; %n onderdelen weggelaten (zie de melding).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Rotaties van rekoefeningen (*.json);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Wijs Standup Buddy een map aan die een sync-app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) op je computers gelijk houdt. Standup Buddy gaat zelf nooit online. Instellingen voor inactiviteit en stijl blijven per computer; het doel, de rotatie en de geschiedenis gaan met je mee.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Sync-map</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Uitzetten</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Naam van deze computer:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Naam van deze computer</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Geziene apparaten</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Laatste synchronisatie</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Dit apparaat vergeten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (deze computer)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>De synchronisatiemap kiezen</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>De geschiedenis van {name} op elke computer weglaten en de bestanden ervan uit de synchronisatiemap verwijderen? De eigen database van dat apparaat blijft onaangeroerd.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} is geen map.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>De synchronisatiekeuze kon niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Opgeslagen. De nieuwe naam verschijnt op je andere computers na de volgende herstart.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>Synchronisatie staat uit vanaf de volgende start. De bestanden in de map zijn gelaten zoals ze zijn.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Opgeslagen. Standup Buddy synchroniseert via deze map vanaf de volgende start.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>Synchronisatie staat nu uit. De bestanden in de map zijn gelaten zoals ze zijn.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Opgeslagen, maar {folder} is nu niet bruikbaar; zie het logboek.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Opgeslagen. Je andere computers tonen de nieuwe naam na hun volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Synchroniseert nu via deze map.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>Synchronisatie loopt niet.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Vergeten. De bestanden verdwijnen uit de map en de geschiedenis van elke computer.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>Er kan nu niet in de synchronisatiemap worden geschreven ({error}); wordt opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>geen apparaat met de naam {name!r}; geziene apparaten: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>synchronisatie staat uit, dus alleen dit apparaat (&apos;this&apos;) heeft hier geschiedenis</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} is geen map</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Synchroniseert via {folder} als {name}. Start Standup Buddy opnieuw om het te gebruiken.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>Synchronisatie staat uit. De bestanden in de map zijn gelaten zoals ze waren.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>synchronisatie staat uit; kies een map met: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>dit is het apparaat waarop je werkt; &apos;sync off&apos; stopt de synchronisatie ervan</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n apparaat vergeten.</numerusform>
            <numerusform>%n apparaten vergeten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Map: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>Dit apparaat: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(dit apparaat)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>laatst gesynchroniseerd {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Tijdlijn van vandaag</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pauze overgeslagen om {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Pauze uitgesteld om {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Pauze gemist om {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Vandaag nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Pauze niet genomen</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Nu openen</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>De pauzekaart nu openen</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Huidige zitperiode:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Langste zitperiode vandaag:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pauzes:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Zitten vandaag:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>De dag tot nu toe</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>nu niet aan het bijhouden</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} gedaan · {snoozed} uitgesteld · {skipped} overgeslagen · {missed} gemist · {natural} eigen</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (staan {standing}, gepauzeerd {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Doel gehaald</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Doel nog niet gehaald</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. Zit nu: {current}. Langst zitten vandaag: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Pauzes: {completed} gedaan, {snoozed} uitgesteld, {skipped} overgeslagen, {missed} gemist; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n eigen pauze</numerusform>
            <numerusform>%n eigen pauzes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>Herinneringen even pauzeren</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Beweging en langst zitten per dag, laatste twaalf weken</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Langst zitten per uur van de dag, laatste twaalf weken</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>beweging (min)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>langste zitperiode (min)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>langste zitperiode begonnen in dat uur (min)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>Geen zitten vastgelegd in deze twaalf weken.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Je langste zitperiodes beginnen rond {time} (tot {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Doel gehaald op {met} van %n werkdag in de laatste twaalf weken.</numerusform>
            <numerusform>Doel gehaald op {met} van %n werkdagen in de laatste twaalf weken.</numerusform>
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
        <translation>Micropauzes genomen: {days}  (tellen niet als beweging)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Grafiek toont</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Check-in-scores tonen</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Genomen micropauzes per dag</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Grafiek toont:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Schermtijdlimiet bereikt: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} per dag, week van {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: pauzeherinneringen van GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME herinnert je ook aan bewegen.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Instellingen → Welzijn). Draait {app} ook, dan vragen twee apps die niets van elkaar weten je om op te staan.

De bewegingsherinneringen van GNOME uitzetten en {app} het laten doen? De oogpauzes van GNOME blijven zoals ze zijn, en je kunt de bewegingsherinneringen altijd weer aanzetten in GNOME Instellingen.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>Die van GNOME uitzetten</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>De bewegingsherinneringen van GNOME staan aan: {length} elke {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>De bewegingsherinneringen van GNOME staan aan</translation>
    </message>
</context>
</TS>
