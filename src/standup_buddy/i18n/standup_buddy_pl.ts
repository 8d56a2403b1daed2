<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: O programie</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>O programie {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>Plik ustawień</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Brak zasobnika systemowego</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc Standup Buddy pokazuje zamiast niego małe okno stanu. Szczegóły pokaże &apos;standup-buddy doctor&apos;.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Zdalne sterowanie niedostępne</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>Nie udało się otworzyć lokalnego gniazda: &apos;standup-buddy status&apos; i inne polecenia nie dotrą do tej instancji (zobacz dziennik).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>Działa {speed}× szybciej</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Każdy czas płynie {speed} razy szybciej, a historia jest datowana według tego szybszego zegara. Użyj STANDUP_BUDDY_HOME, aby oddzielić pokaz od swojej historii.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>Naprawiono plik historii</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historia niedostępna</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy nadal będzie przypominać, ale w tej sesji nic nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Brak wykrywania bezczynności</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy nie widzi aktywności klawiatury i myszy na tym pulpicie, więc liczy cały czas działania jako siedzenie; gdy wstajesz, użyj „Zrób przerwę teraz”. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Postępy niedostępne</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>Nie udało się otworzyć bazy danych historii.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>Nie udało się uruchomić okna Postępy.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>Plik historii był uszkodzony (problem z dyskiem lub systemem plików), więc Standup Buddy założył nowy i skopiował do niego wszystkie wpisy, które dało się jeszcze odczytać ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>Części danych ({parts}) nie udało się odczytać.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Uszkodzony plik zachowano jako {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>Śledzenie działa dalej jak zwykle.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Nie zapisano rotacji</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Nie zapisano ustawień</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>Nie udało się zapisać {file}: {error}. Nowe ustawienia obowiązują do zamknięcia Standup Buddy.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Nie zapisano historii</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. Śledzenie trwa dalej; Standup Buddy spróbuje ponownie przy następnej zmianie.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Rozciągania</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>Edytor rozciągań nie jest dostępny w tej wersji.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>Przy biurku</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Na podłodze</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc trzy razy lub {keys}: wyjście awaryjne</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter: gotowe</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: później</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: pomiń</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: inne rozciąganie</translation>
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
        <translation>Czas na krótką przerwę</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Które rozciąganie</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nazwa rozciągania</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Gdzie, na co i jak długo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Zmień stronę</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Zmień stronę teraz</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Odliczanie do blokady ekranu</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Poprzednie rozciąganie</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Poprzednie rozciąganie ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Następne rozciąganie</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Następne rozciąganie ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pomiń tę przerwę</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Pomiń tę przerwę (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Odłóż o {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Odłóż o %n minutę</numerusform>
            <numerusform>Odłóż o %n minuty</numerusform>
            <numerusform>Odłóż o %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>Przypomnij za %n minutę (S)</numerusform>
            <numerusform>Przypomnij za %n minuty (S)</numerusform>
            <numerusform>Przypomnij za %n minut (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>Zrobiłem rozciąganie (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(zostało: {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Rozciąganie {index} z {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>Ekran zablokuje się za {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Krok {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Krok {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>Czas na krótką przerwę</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Kliknij ikonę Standup Buddy w zasobniku, aby otworzyć dzisiejsze rozciąganie.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Wybierz „Zacznij przerwę”, aby otworzyć dzisiejsze rozciąganie.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Otwórz dzisiejsze rozciąganie przyciskiem „Zrób przerwę teraz” w oknie Standup Buddy.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Zacznij przerwę</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Później</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>Karta otworzy się, gdy przestaniesz pisać.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>Nie działa kompozytor, więc ekran nie jest przyciemniany.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Przerwa: karta rozciągania</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Przerwa zakończona</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Wróć do pracy, gdy będziesz gotów.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter: zamknij</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Zamknij tę kartę</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} na tę przerwę</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Oddychaj spokojnie</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>Uwaga</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>przerwy na rozciąganie (min)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>własne przerwy (min)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>przerwy na rozciąganie</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>własne przerwy</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>aktywne godziny</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>ruch (min)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>przerwy</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>najdłuższe siedzenie</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>wynik samooceny</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>najdłuższe siedzenie (min)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} z przerw na rozciąganie, {natural} z własnych przerw)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>osiągnięty</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nieosiągnięty</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}; cel {goal}, {verdict}; najdłuższe siedzenie {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; samoocena {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: Samoocena</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Codzienna samoocena</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Nie dziś</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>Jak dziś czują się twoje biodro, plecy i noga?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Codzienna samoocena</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 oznacza brak bólu i sztywności, 10 najgorszy stan.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Notatka (opcjonalnie)</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Notatka do samooceny</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Zapisz samoocenę</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Usuń wszystkie samooceny…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Przechowywane na tym komputerze i, przez folder synchronizacji, na Twoich innych komputerach, na Twój własny użytek; nigdy nie wysyłane nigdzie indziej.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Zapisywane tylko na tym komputerze, na twój własny użytek; nigdy nigdzie nie wysyłane.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 brak</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 najgorzej</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Zapisano na dziś: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Dziś bez odpowiedzi.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>Nie zapisano: {problem}. Twoja odpowiedź nadal tu jest; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Usuń wszystkie samooceny</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>Usunąć wszystkie zapisane wyniki i notatki samooceny? Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>Nie usunięto: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>Usunięto %n samoocenę.</numerusform>
            <numerusform>Usunięto %n samooceny.</numerusform>
            <numerusform>Usunięto %n samoocen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Towarzysz w zasobniku systemowym, który mierzy, jak długo siedzisz, i proponuje przerwy na rozciąganie.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>pokaż numer wersji i zakończ</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>każdy czas płynie N razy szybciej (pokaz i testy, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>czas siedzenia bez przerwy i następna przerwa, od aplikacji</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>wypisz jeden obiekt JSON</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>poproś działającą aplikację o rozpoczęcie przerwy teraz</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>wstrzymaj przypomnienia na MINUTES minut</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>wznów przypomnienia</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>dane dzień po dniu z twojej historii</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>ile dni wstecz, z dzisiejszym włącznie (domyślnie 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>tylko historia tego komputera (nazwa lub id urządzenia albo &apos;this&apos;; można powtarzać)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>folder synchronizacji wspólny z twoimi innymi komputerami</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>folder, to urządzenie i widziane urządzenia</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>użyj FOLDER (aktualizowanego przez program do synchronizacji)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>nazwa tego komputera na liście urządzeń</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>zakończ synchronizację (pliki w folderze zostają)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>pomiń urządzenie w historii</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>wyeksportuj całą swoją historię</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>zapisz tutaj zamiast na standardowe wyjście</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>katalog ćwiczeń rozciągających</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>katalog w kolejności rotacji</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>sprawdź pliki ćwiczeń i wypisz każdy problem</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>co oferuje ten pulpit: źródło bezczynności, zasobnik, ścieżki</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>otwórz okno Postępy (we własnym procesie)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy nie jest uruchomiony. Uruchom go poleceniem: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>nie można odczytać historii: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>ostrzeżenie: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>plik historii {file} jest uszkodzony; pokazano %n wpis, który nadal da się odczytać (plik nie jest zmieniany; aplikacja odkłada go na bok i naprawia przy uruchomieniu)</numerusform>
            <numerusform>plik historii {file} jest uszkodzony; pokazano %n wpisy, które nadal da się odczytać (plik nie jest zmieniany; aplikacja odkłada go na bok i naprawia przy uruchomieniu)</numerusform>
            <numerusform>plik historii {file} jest uszkodzony; pokazano %n wpisów, które nadal da się odczytać (plik nie jest zmieniany; aplikacja odkłada go na bok i naprawia przy uruchomieniu)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} to folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: nie masz uprawnień do zapisu w tym miejscu</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>nie udało się zapisać {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %n rekord do {file}.</numerusform>
            <numerusform>Wyeksportowano %n rekordy do {file}.</numerusform>
            <numerusform>Wyeksportowano %n rekordów do {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>nie ma takiego pliku: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n plik poprawny</numerusform>
            <numerusform>%n pliki poprawne</numerusform>
            <numerusform>%n plików poprawnych</numerusform>
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
        <translation>POLECENIE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTY</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKCJA</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>URZĄDZENIE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>błąd: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} musi być liczbą całkowitą, a nie {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} musi mieścić się w zakresie od {low} do {high}, a nie {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są następujące argumenty: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (wybierz spośród %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednego argumentu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s może oznaczać %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawnie podany argument %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niedozwolone razem z argumentem %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>nieoczekiwana opcja: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>What a sensible first target is when the user switches metric in the editor. Date formats (Qt&apos;s, so each language orders day, month and year its own way).</extracomment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d MMMM</translation>
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
        <translation>Własna długość</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Użyj mojej długości dla tego rozciągania</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Trzymaj to rozciąganie tak długo, jak chcesz</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Waga przy losowaniu</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>Przy losowaniu cięższe rozciągania pojawiają się zwykle wcześniej w każdej rundzie</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Edytuj ćwiczenie</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Zmień to swoje ćwiczenie</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Powiel jako moje…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Powiel jako moje</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Utwórz własną kopię tego ćwiczenia, aby ją zmienić</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Usuń ćwiczenie</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Usuń to swoje ćwiczenie</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Wbudowane rozciągania zostają bez zmian; skopiuj jedno, aby je zmienić.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>W twoich przerwach</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>Platforma</translation>
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
        <translation>Typ sesji</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Bezczynność: protokół</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Bezczynność: źródło</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Bezczynność: teraz</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Bezczynność: kolejność</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Bezczynność: odrzucone</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Bezczynność: uwaga</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Sygnał blokady</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Sygnał uśpienia</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Spotkanie: kamera</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Spotkanie: mikrofon</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Spotkanie: blokada bezczynności</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Spotkanie: teraz</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Spotkanie: szczegóły</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Wykrywanie pełnego ekranu</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Pełny ekran teraz</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Zasobnik systemowy</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Platforma Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nie przeszkadzać</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Multimedia w przerwach</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Blokada ekranu</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Folder konfiguracji</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder danych</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Plik ustawień</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Folder rozciągań</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>Dobrostan GNOME</translation>
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
        <translation>{hours} godz. {minutes:02}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} godz. {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} godz.</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>{done} z {target} minut ruchu</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>Pokaz ćwiczenia</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Postać pokazująca, jak wykonać ćwiczenie</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>Brak pokazu dla tego ćwiczenia: wykonuj kroki</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>minuty ruchu</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>przerwy</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>aktywne godziny</translation>
    </message>
    <message>
        <source>h</source>
        <translation>godz.</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} z {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>Dobra robota — przerwa zakończona.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>Dobra robota — dziś {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Ten tydzień jeszcze się nie zaczął.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>W tym tygodniu nic nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Cel osiągnięty w {met} z %n dnia pracy do tej pory</numerusform>
            <numerusform>Cel osiągnięty w {met} z %n dni pracy do tej pory</numerusform>
            <numerusform>Cel osiągnięty w {met} z %n dni pracy do tej pory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Cel osiągnięty w {met} z %n dnia pracy</numerusform>
            <numerusform>Cel osiągnięty w {met} z %n dni pracy</numerusform>
            <numerusform>Cel osiągnięty w {met} z %n dni pracy</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>Brak dni pracy w tym tygodniu</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}; brak zapisanego siedzenia.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}; najdłuższe siedzenie {duration}, {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>osiągnięty</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nieosiągnięty</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Cel: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Ruch: {total} min ({breaks} z przerw na rozciąganie, {natural} z własnych przerw)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Aktywne godziny: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Siedzenie: {total}; najdłuższe {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>Stanie: {standing}; wstrzymane {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Samoocena: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Przerwy: {completed} zrobione, {snoozed} odłożone, {skipped} pominięte, {missed} przegapione; {natural} własne</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Siedzenie</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Własna przerwa</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Przerwa na rozciąganie</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stanie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>nie jest znanym polem</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} nie jest liczbą</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} jest poza zakresem ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>brakuje go</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>musi być obiektem z x, y, tilt</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>musi być obiektem z kątami stawów</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>musi być niepustym tekstem</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>musi być listą co najwyżej {most} rekwizytów</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>musi być listą nazw części ciała</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} nie jest ani true, ani false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>musi być niepustą listą</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>nie jest znanym stawem</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>ma {count} pozycji (co najwyżej {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>pierwsza klatka kluczowa musi być w t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>musi być później niż poprzednia</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} nie jest żadną z wartości {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} nie jest id programu</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>musi być listą</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; występuje na liście dwa razy</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>musi być id ćwiczenia albo obiektem</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>musi być listą wartości z {allowed}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; nie jest znanym ćwiczeniem</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>rotacja musi być obiektem JSON</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>odwołanie do pliku musi kończyć się na {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>odwołanie do pliku nie może zawierać &apos;\&apos;, &apos;:&apos; ani NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>odwołanie do pliku musi być względne wobec folderu ćwiczeń</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>odwołanie do pliku nie może zawierać &apos;..&apos;, &apos;.&apos; ani pustych części</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} nie jest tekstem</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>ma {length} znaków (co najwyżej {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>zawiera znaki sterujące</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>musi być obiektem z językami jako kluczami, np. {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>ćwiczenie musi być obiektem JSON</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>nie jest kodem języka takim jak &apos;de&apos;, &apos;pt_BR&apos; czy &apos;zh_CN&apos;; zostaje pominięte</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} musi mieć 1–48 małych liter, cyfr lub &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>musi być niepustą listą obszarów ciała ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} nie jest całkowitą liczbą sekund</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>musi być listą 1–{most} krótkich zdań</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; jest już używane przez wbudowane ćwiczenie</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>nie udało się odczytać pliku</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>musi być id animacji albo obiektem z klatkami kluczowymi</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>wymienia obszar dwa razy</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} nie jest znaną animacją</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}; zamiast tego pokazywany jest tekst angielski</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>tekst angielski wymienia lewą i prawą stronę; tłumaczenie nie</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>tekst angielski wymienia lewą stronę; tłumaczenie nie</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>tekst angielski wymienia prawą stronę; tłumaczenie nie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>symbole zastępcze {found} nie zgadzają się z angielskimi {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>musi być obiektem z przetłumaczonymi polami</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>nie jest polem do tłumaczenia</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>musi być listą tekstów, jak w angielskim</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>ma {count} pozycji; tekst angielski ma {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>lista dni, np. {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekundy</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godziny</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>oczekiwano: {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>liczba całkowita od {low} do {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>jedna z wartości {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>godzina, np. &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>liczba całkowita od {low} do {high} ({unit}); {low} oznacza {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>liczba całkowita od {low} do {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>liczba całkowita od {low} do {high}; {low} oznacza {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} nie jest dniem: oczekiwano {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>poza zakresem: dozwolone jest {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}; dla każdego klucza obowiązują wartości domyślne, dopóki nie zapiszesz w oknie Ustawienia</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>to nie jest tekst UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>nie jest poprawnym TOML w wierszu {line}, kolumnie {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}; dla każdego klucza obowiązują wartości domyślne, dopóki nie zapiszesz w oknie Ustawienia; kopię zapisano jako {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>błąd składni</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>nie jest poprawnym TOML w wierszu {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>nie jest poprawnym TOML ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} nie jest liczbą całkowitą; plik jest czytany jako wersja {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>został zapisany przez nowszą wersję Standup Buddy (wersja {version}); odczytywane są klucze znane tej wersji, a reszta zostaje zachowana</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>jeszcze {count} nieznanych kluczy (zachowane bez zmian)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>nieznany klucz (zachowany bez zmian)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>nie można go odczytać ({error}); dla każdego klucza obowiązują wartości domyślne</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} jest niedozwolone ({why}); obowiązuje wartość domyślna {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>nie można wyświetlić zawartości: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>musi być niepustą listą id ćwiczeń</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>musi być listą id ćwiczeń</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>program musi być obiektem JSON</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>musi być niepustym tekstem</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; jest już używane przez {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>nie jest zwykłym plikiem</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>ma {size} bajtów; limit to {limit} bajtów (1 MB)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>przekracza limit {limit} bajtów (1 MB)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>nie istnieje (albo jest uszkodzonym dowiązaniem symbolicznym)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>nie można go odczytać: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>nie jest tekstem UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>nie jest poprawnym JSON: {error} (wiersz {line}, kolumna {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>nie jest poprawnym JSON: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>wskazuje poza folder ćwiczeń (dowiązania symboliczne nie mogą go opuszczać)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} to nie {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}; obowiązuje domyślna rotacja</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>brakuje go; obowiązuje domyślna rotacja</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>brak znanych ćwiczeń; obowiązuje domyślna rotacja</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>nie udało się skopiować do {file}: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} to nie {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>nie jest poprawnym JSON w UTF-8: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>musi być obiektem z id jako kluczami</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>nie jest id wbudowanej pozycji</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>musi zaczynać się od &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>musi mieć 1–{most} znaków</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>może zawierać tylko małe litery, cyfry lub &apos;-&apos;</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>występuje na liście dwa razy</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}: pole &apos;{field}&apos;: {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>Kliknij tutaj, aby otworzyć dzisiejsze rozciąganie.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Otwórz dzisiejsze rozciąganie, gdy będziesz gotów.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Przerwa zakończona</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>Przypomnienia GNOME bez zmian</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>Nie udało się wyłączyć przypomnień o ruchu w GNOME ({error}). Możesz je wyłączyć w Ustawieniach GNOME → Dobre samopoczucie.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>Przypomnienia GNOME wyłączone</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>Przypomnienia o ruchu w GNOME są wyłączone; od teraz przypomina Standup Buddy.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>Cel liczy</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Minuty ruchu</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktywne godziny</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Ustaw cel</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Obowiązuje od dziś; poprzednie dni zachowują swój cel.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Cel dzienny:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Dzisiejszy cel</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} z {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>z {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % lub więcej celu dnia</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>cel osiągnięty</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy już działa: otwarto jego okno Postępy.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Zaczyna się przerwa.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Przypomnienia wstrzymane na {minutes} min.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Przypomnienia wznowione.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Cel ustawiony.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Samoocena zapisana.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Długość w sekundach</translation>
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
        <translation>Ile rozciągań jest włączonych</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  W górę</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>Przesuń wybrane rozciąganie w górę (Ctrl+Góra)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  W dół</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Przesuń wybrane rozciąganie w dół (Ctrl+Dół)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Nowe ćwiczenie…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nowe ćwiczenie</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Utwórz własne ćwiczenie</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>Twój zestaw</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Zaznaczone rozciągania pojawiają się w przerwach od góry do dołu; przeciągnij, aby zmienić kolejność.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Kliknij, aby zamknąć</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Pozostałe sekundy</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>Mikroprzerwa</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Pozostały czas</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Realizacja celu w poszczególne dni</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>cel osiągnięty</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>cel nieosiągnięty</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nic nie zapisano</translation>
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
        <translation>◀ Wstecz</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Dalej ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Dni z codzienną rutyną</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Ten miesiąc jeszcze się nie zaczął.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Cel osiągnięty w {met} z {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Obecna seria: {current}. Najlepsza seria w tym miesiącu: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Codzienna rutyna zrobiona w %n dzień: {days}.</numerusform>
            <numerusform>Codzienna rutyna zrobiona w %n dni: {days}.</numerusform>
            <numerusform>Codzienna rutyna zrobiona w %n dni: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>W tym miesiącu nie zrobiono jeszcze codziennej rutyny.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n dzień pracy</numerusform>
            <numerusform>%n dni pracy</numerusform>
            <numerusform>%n dni pracy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>Gotowy zestaw rozciągań albo taki, który zapisałeś</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>O tym programie</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Zapisz jako mój program…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Zapisz jako mój program</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Zachowaj ten zestaw pod nazwą</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Usuń program</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Usuń mój program</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Usuń ten swój program</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Kolejność rozciągań</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>„Po kolei” przechodzi przez listę; „Losowo” pokazuje każde rozciąganie raz, zanim się powtórzy</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>Przerwy mogą korzystać z</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Używaj rozciągań: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Pozwól przerwom używać rozciągań w tym miejscu: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filtr partii ciała</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Tylko rozciągania na te partie ciała</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Partie ciała</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Dowolna partia</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Gdzie mogę się ruszać</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>Czego przerwy mogą od ciebie wymagać: na siedząco, na stojąco lub na podłodze</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Ćwiczenia na podłodze tylko poza godzinami pracy</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>Niewiele biur ma miejsce na podłodze: ćwiczenia na podłodze zostaw na dom</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>Tabela CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tydzień</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Miesiąc</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rendy</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Zapisz wykres jako obraz…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Eksportuj historię…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>Nie udało się zapisać nowego celu: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Nowy cel: {target} {metric} dziennie, od dziś. Poprzednie dni zachowują swój cel.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Zapisz wykres jako obraz</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>Nie udało się zapisać obrazu w {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Zapisano wykres w {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Eksportuj historię</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>Nie udało się zapisać eksportu: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n wpis do {path}.</numerusform>
            <numerusform>Wyeksportowano %n wpisy do {path}.</numerusform>
            <numerusform>Wyeksportowano %n wpisów do {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>zostało {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>została %n minuta</numerusform>
            <numerusform>zostały %n minuty</numerusform>
            <numerusform>zostało %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>została %n sekunda</numerusform>
            <numerusform>zostały %n sekundy</numerusform>
            <numerusform>zostało %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Rozciągania w twojej rotacji</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Zaznaczone rozciągania pojawiają się w przerwach od góry do dołu. Spacja włącza lub wyłącza wybrane rozciąganie; Ctrl+Góra i Ctrl+Dół je przesuwają.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>Twoja codzienna rutyna</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>Czas na twoją 5–10-minutową rutynę z ćwiczeniami na podłodze, kiedy ci pasuje: wybierz „Zacznij moją rutynę” w menu zasobnika.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: Codzienna rutyna</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Codzienna rutyna</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Twoja codzienna rutyna</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Wstrzymaj rutynę</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Wstrzymaj lub kontynuuj (Spacja)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Następne ćwiczenie</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Przejdź do następnego ćwiczenia (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Zatrzymaj rutynę</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>Zakończ tutaj; dotychczasowy czas się liczy (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Spacja: pauza   ·   N: dalej   ·   Esc: stop</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Kontynuuj rutynę</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>zostało {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Ćwiczenie {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} z {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>Zmień stronę: teraz lewa strona</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Zmień stronę. Teraz lewa strona.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Zmień stronę: teraz prawa strona</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Zmień stronę. Teraz prawa strona.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Rutyna skończona: dobra robota</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} ruchu, policzone dzisiaj</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>Zamknij rutynę</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy to cichy towarzysz długich dni przy komputerze. Zauważa, jak długo siedzisz, we właściwym momencie proponuje krótką przerwę z łagodnym rozciąganiem i pokazuje dzień po dniu, ile się ruszałeś w porównaniu z celem, który sam ustalasz. Wszystko, co zapisuje, zostaje na tym komputerze.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy nie jest poradą medyczną. Niczego nie diagnozuje ani nie leczy. Jeśli ból się utrzymuje lub nasila albo zauważysz drętwienie lub mrowienie, zgłoś się do lekarza lub fizjoterapeuty.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Natychmiast szukaj pomocy lekarskiej i nie rozciągaj się, jeśli bólowi pleców lub nogi towarzyszy którykolwiek z tych objawów: utrata kontroli nad pęcherzem lub jelitami, drętwienie wokół narządów płciowych lub pośladków (tam, gdzie dotyka siodełko), narastające osłabienie nogi albo niewyjaśniona gorączka lub utrata masy ciała.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>Nie udało się odczytać uruchamiania po zalogowaniu</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>Nie udało się odczytać samoocen</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>Twoja samoocena nie została zapisana</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>Samooceny nie zostały usunięte</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>Twoja rutyna nie została zapisana</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>Historia nie została wyeksportowana</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>Pominięto plik rozciągania</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Nie zapisano rotacji</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. Zmiana obowiązuje do zamknięcia programu.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Nie udało się wyeksportować rotacji</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Nie udało się usunąć rozciągania</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Nie udało się odczytać niektórych twoich programów</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Nie udało się zapisać programu</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Nie udało się usunąć programu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: Ustawienia</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>Ustawienia {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Podgląd następnej przerwy</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Uruchamianie</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Uruchamiaj po zalogowaniu</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Uruchamiaj Standup Buddy automatycznie po zalogowaniu na tym komputerze.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>Nowy język zacznie obowiązywać po ponownym uruchomieniu Standup Buddy.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Godziny pracy muszą kończyć się po ich początku.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Wybierz co najmniej jeden dzień pracy.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Pomoc: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Nie udało się zmienić uruchamiania po zalogowaniu: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Przerwa po siedzeniu przez</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Długość przerwy</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Odkładaj o</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Pokazuj przerwy jako</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Liczy się jako przerwa po</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Wstrzymuj przerwy podczas spotkań</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Wstrzymuj przerwy, gdy aplikacja jest na pełnym ekranie</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>Cel liczy</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Limit na własną przerwę</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Dni pracy</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Ogranicz animacje</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Cichy dzwonek</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Codzienna samoocena</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Komunikaty głosowe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Wstrzymuj muzykę i filmy podczas przerwy</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Zablokuj ekran po</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Uwaga o czasie przed ekranem po</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Kliknięcie zamyka wskazówkę</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Tryb ścisły (bez wcześniejszego zamykania)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>Odłożenia na przerwę</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>Odłożenie dostępne przez</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>Pokazuj „Pomiń”</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Tryb ścisły (tylko „Gotowe”)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Dozwolone pominięcia w tygodniu</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Tylko powiadomienie</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Karta rozciągania</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Karta na przyciemnionych ekranach</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Minuty ruchu</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Zrobione przerwy</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktywne godziny</translation>
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
        <translation> godz.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> przerw</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>Przypomnienia są wstrzymane. Potem przerwa przyjdzie po {minutes} min siedzenia.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Stoisz. Gdy usiądziesz, przerwa przyjdzie po {minutes} min siedzenia.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Przerwa przyjdzie po {minutes} min siedzenia.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Przy tym odstępie przerwa należy się teraz.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Następna przerwa o {time}, jeśli dalej siedzisz</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>Przerwy</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Mikroprzerwy</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Codzienna rutyna</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minuty siedzenia, zanim należy się przerwa.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Jak długo trwa przerwa.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>O ile „Później” odkłada przerwę.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Jak pokazywana jest przerwa: tylko powiadomienie, karta rozciągania albo karta na przyciemnionych ekranach.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Ile razy można odłożyć jedną przerwę.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>„Później” jest dostępne tylko w tej pierwszej części czasu, gdy przypomnienie o przerwie jest otwarte (zanim liczyłoby się jako przegapione).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>Pokazuj „Pomiń” przy przerwie (bez tego zamiast niego dostępne jest wyjście awaryjne).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Tryb ścisły: przerwa oferuje tylko „Gotowe” i kończy się sama; wyjście awaryjne (Esc trzy razy lub Ctrl+Shift+Q) jest zawsze dostępne i jest zapisywane.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Ile przerw pozwalasz sobie pominąć w tygodniu, pokazywane w Postępach.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Wstrzymuj muzykę i filmy odtwarzane w chwili rozpoczęcia przerwy i wznawiaj je po jej końcu (tylko to, co wstrzymał Standup Buddy).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Zablokuj ekran po takim czasie od rozpoczęcia przerwy, aby odejść od komputera (0: nigdy).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>Krótkie mikroprzerwy między przerwami: mała wskazówka (popatrz w dal, opuść barki), która zamyka się sama i nigdy nie przejmuje klawiatury.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minuty siedzenia między mikroprzerwami (przerwa zrobiona samodzielnie lub przerwa na ruch liczy od nowa).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Jak długo widać wskazówkę mikroprzerwy.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Pozwól zamknąć wskazówkę mikroprzerwy wcześniej kliknięciem (zapisywane jako pominięte); bez tego wskazówka nie ma przycisku zamknięcia i kończy się sama.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Tryb ścisły dla mikroprzerw: wskazówki nie da się zamknąć wcześniej i kończy się sama (mimo to od razu ustępuje spotkaniu, wstrzymaniu lub przerwie na ruch).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minuty z dala od komputera, które liczą się jako własna przerwa.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Traktuj otwartą kamerę lub mikrofon albo odtwarzane wideo jako obecność (spotkania to nie przerwy) i wstrzymuj przypomnienia do ich końca.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Wstrzymuj przypomnienia o przerwie, gdy z przodu jest okno na pełnym ekranie (prezentacja, film).</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Po tylu godzinach przy komputerze w ciągu dnia powiedz o tym raz tego dnia.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>Co liczy twój cel dzienny: minuty ruchu, przerwy albo aktywne godziny.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Twój cel dzienny, w jednostce tego celu.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>Najwyżej tyle minut każdej własnej przerwy liczy się jako ruch.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Dni, w które proponowane są przerwy.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>Przerwy są proponowane od tej godziny.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>Przerwy są proponowane do tej godziny.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Pokazuj nieruchomą pozycję zamiast animowanej postaci.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Odtwarzaj cichy dzwonek, gdy zaczyna się przerwa i gdy trzeba zmienić stronę.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>Mów na głos, która strona, gdy rozciąganie zmienia stronę (używa mowy pulpitu, jeśli jest).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>Język okien, zasobnika i tekstu w wierszu poleceń („system” oznacza język pulpitu); daty i liczby też się do niego stosują. Działa od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Raz dziennie dyskretnie proponuj codzienną rutynę (5–10 minut, z ćwiczeniami na podłodze).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Kiedy proponowana jest rutyna (koniec domyślnego dnia pracy).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Raz dziennie zapytaj, jak czujesz biodro, plecy i nogę (przechowywane na Twoich własnych komputerach).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Steife biodra</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Dolny odcinek pleców</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Rwa kulszowa (ból schodzący do nogi)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>&amp;Ogólna sztywność od siedzenia</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Budowanie siły</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Tylko przy &amp;biurku (na siedząco)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Mogę &amp;wstać i odejść od biurka</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>W domu mam też miejsce na &amp;podłodze</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: Konfiguracja</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>Konfiguracja {app}</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>&amp;Pomiń konfigurację</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Witaj w Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy siedzi cicho w zasobniku i od czasu do czasu proponuje krótką przerwę na rozciąganie, a do tego krótką codzienną rutynę w domu. Kilka pytań wystarczy, by go skonfigurować; Pomiń zostawia standardowe ustawienia, a wrócić tu możesz z menu w zasobniku (Konfiguracja…).</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Bezpieczeństwo</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>Kiedy pracujesz?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>Przerwy są proponowane tylko w te dni i w tych godzinach.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Praca: {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>Praca zaczyna się o</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>Praca kończy się o</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>Praca &amp;zaczyna się o</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>Praca &amp;kończy się o</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>Jak często i ile?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Ruch co 30–60 minut przerywa długie siedzenie. Cel liczy minuty, w których się ruszasz: w przerwach, w rutynie i wtedy, gdy sam odchodzisz od biurka.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> minut siedzenia</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Proponuj przerwę po</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> minut ruchu dziennie</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Cel dzienny</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Proponuj &amp;przerwę po</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Cel dzienny</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>Także &amp;mikroprzerwy: co {minutes} min wskazówka na {seconds} s, by dać odpocząć oczom lub się rozluźnić</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Mała notka w rogu, która sama się zamyka i nigdy nie przejmuje klawiatury.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Mikroprzerwy</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>W czym chcesz pomocy?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>To wybiera proponowane rozciągania; zmienić je możesz w każdej chwili w Rozciągania…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>Gdzie możesz się ruszać?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>Przerwy w godzinach pracy odbywają się przy biurku lub na stojąco. Ćwiczenia na podłodze (mostek, bird-dog, deska, rozciąganie zginaczy bioder i test Thomasa) trafiają do 5–10-minutowej codziennej rutyny w domu.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>Przypominaj o codziennej &amp;rutynie o</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Godzina przypomnienia o rutynie</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Uruchamianie razem z komputerem</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy może przypominać tylko wtedy, gdy działa. Gdy to jest włączone, uruchamia się sam przy każdym logowaniu; wyłączyć to możesz w Ustawieniach.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Uruchamiaj Standup Buddy po &amp;zalogowaniu</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Uruchamiaj Standup Buddy po zalogowaniu</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>&amp;Wypróbuj przerwę teraz</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Wypróbuj przerwę teraz</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Zobacz, jak wygląda przerwa (liczy się jak prawdziwa):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy mieszka teraz w zasobniku systemowym: poszukaj okrągłej ikony przy zegarze. Pierścień na ikonie wypełnia się, gdy siedzisz. Kliknij ją, aby zobaczyć Postępy lub otworzyć czekającą przerwę; kliknij prawym przyciskiem, aby otworzyć menu (Zrób przerwę teraz, Zacznij moją rutynę, Konfiguracja…, Ustawienia…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Ten pulpit nie ma zasobnika systemowego, więc Standup Buddy pokazuje zamiast niego małe okno stanu. Jego przyciski zaczynają przerwę, otwierają Postępy i resztę; zamknięcie go nie wyłącza Standup Buddy.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>minuty ruchu</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>przerwy</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>aktywne godziny</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Siedzenie</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Najdł.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrob.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pomin.</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Odłoż.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Własne</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Ruch</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>met</source>
        <translation>osiągnięty</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>brak zapisu</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>na spotkaniu</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>aplikacja na pełnym ekranie</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>poza godzinami pracy</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} jutro</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time}, {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time}, {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>brak przerw (poza godzinami pracy)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>brak przerw do {moment} (godziny pracy)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>przerwa czeka ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>przerwa czeka (wstrzymana)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>Wstrzymane do {time} · siedzisz {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>Wstrzymane · siedzisz {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Na przerwie</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Z dala od biurka</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Siedzisz {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (po cichu: Nie przeszkadzać)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · przerwa teraz</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · przerwa za {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>ścisły: tylko „Gotowe”</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>nie zostało żadne odłożenie</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>zostało odłożeń: 1</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>zostało odłożeń: {count}</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Mikroprzerwa teraz</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Mikroprzerwa czeka</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Mikroprzerwa za {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Stoję</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Siedzę</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Jak długo już siedzisz</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Zrób przerwę teraz</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Otwórz teraz kartę rozciągania</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Zacznij moją rutynę</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Prowadzona rutyna na 5–10 minut, z ćwiczeniami na podłodze</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Na 30 minut</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>Bez przypomnień przez 30 minut</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Na 1 godzinę</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Bez przypomnień przez godzinę</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Bez przypomnień do jutra rana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Znów przypominaj</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>Czas na stojąco nie liczy się jako siedzenie</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Postępy…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Twój ruch w porównaniu z celem dziennym</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Rozciągania…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Wybierz, które rozciągania się pojawiają</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Odstęp przerw, cel, godziny pracy i więcej</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Konfiguracja…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>Pytania z pierwszego uruchomienia jeszcze raz: godziny, cel, program</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>O programie…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Wersja oraz czym ta aplikacja jest, a czym nie</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Przestań śledzić i zamknij Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>Na tym pulpicie nie znaleziono zasobnika systemowego — zobacz &lt;code&gt;standup-buddy doctor&lt;/code&gt;. To okno zastępuje ikonę w zasobniku.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>Stan {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Siedzenie bez przerwy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Następna mikroprzerwa</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Dlaczego to okno jest widoczne</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Wstrzymaj przypomnienia</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>Jak nazywa je karta przerwy</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nazwa pliku</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Partie ciała</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Kroki, jeden w wierszu</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Jeden krótki krok w wierszu</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Długość</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Partia ciała</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animacja</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Wybierz co najmniej jeden obszar.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Wpisz od 1 do {most} kroków, po jednym w wierszu.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>Krok {number}: {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>To pole: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nowe rozciąganie</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Edytuj rozciąganie</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>Twoja własna kopia</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: Rozciągania — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>Nie udało się zapisać pliku: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Problem z: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Partia ciała: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Podgląd animacji</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Do {steps} kroków, jeden w wierszu, każdy najwyżej {chars} znaków.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Każde rozciąganie ma ostrzeżenie; zachowaj ostrożne sformułowania i dodaj własne uwagi.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Zapisz rozciąganie</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>Własna animacja</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Zapisane w folderze rozciągań jako {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>na każdą stronę</translation>
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
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>GDZIE</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>OBSZAR</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ŹRÓDŁO</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>CZAS</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>STRONY</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTACJA</translation>
    </message>
    <message>
        <source>user</source>
        <translation>własne</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>wbudowane</translation>
    </message>
    <message>
        <source>on</source>
        <translation>włączone</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n problem; pominięto pliki, których dotyczy:</numerusform>
            <numerusform>%n problemy; pominięto pliki, których dotyczą:</numerusform>
            <numerusform>%n problemów; pominięto pliki, których dotyczą:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Wybrane rozciąganie</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Wbudowane lub twoje</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nazwa rozciągania</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Gdzie, na co i jak długo</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>W przerwach</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Nie wybrano rozciągania</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Wbudowane</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Wymaga więcej miejsca, niż masz</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} odfiltrowane</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>Nie w wybranych partiach ciała</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Przy biurku</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Na podłodze</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Mogę się ruszać tylko przy biurku</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Mogę wstać</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>Mam w domu miejsce na podłodze</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Biurko</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Podłoga</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Raz</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Raz na każdą stronę</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Po kolei</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Losowo</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Wchodź w pozycję łagodnie i nigdy nie pchaj do ostrego bólu. Przerwij, jeśli mrowienie lub drętwienie nogi się nasila, a gdy objawy się utrzymują, zasięgnij porady fizjoterapeuty lub lekarza.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Zginacze biodra</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Pośladki</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Tył uda</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Przód uda</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Łydki</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Nogi</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Mięśnie tułowia</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Dolna część pleców</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Górna część pleców</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Barki</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Szyja</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Klatka piersiowa</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Nadgarstki</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Oczy</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postawa</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Oddech</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Krążenie</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Równowaga</translation>
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
        <translation>{length} na stronę</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (twoja długość)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>Usuń ćwiczenie</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>Usunąć „{name}”? Jego plik zostanie usunięty z twojego folderu ćwiczeń.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Nie udało się usunąć ćwiczenia</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>Usunięto „{name}”.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Importuj zestaw ćwiczeń</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>Nie udało się zaimportować zestawu</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. Twój zestaw się nie zmienił.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>Zaimportowano {file}: włączone ćwiczenia: %n.</numerusform>
            <numerusform>Zaimportowano {file}: włączone ćwiczenia: %n.</numerusform>
            <numerusform>Zaimportowano {file}: włączone ćwiczenia: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>Eksportuj zestaw ćwiczeń</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Nie udało się wyeksportować zestawu</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Wyeksportowano do {file}. Twoje własne ćwiczenia są tam podane przez identyfikator: udostępnij też ich pliki.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Wyeksportowano do {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mój program</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Zapisz jako mój program</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Nazwa tego programu:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Zastąp program</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>Zastąpić twój program „{name}”?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Nie udało się zapisać programu</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Zapisano jako „{name}”.</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Usuń program</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>Usunąć twój program „{name}”? Włączone ćwiczenia pozostaną włączone.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Nie udało się usunąć programu</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Importuj zestaw</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Użyj zestawu, który ktoś ci udostępnił</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>Eksportuj zestaw</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Zapisz ten zestaw jako jeden plik do udostępnienia</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>Zmiany obowiązują od następnej przerwy.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Zamknij to okno (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} z {total} włączonych</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Obszar: dowolny</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Obszar: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Obszary: %n</numerusform>
            <numerusform>Obszary: %n</numerusform>
            <numerusform>Obszary: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Odfiltrowane</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Rutyna, wieczorem</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Twój własny program. Gdy coś zmienisz, staje się „Własny”, dopóki znów nie zapiszesz.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>Twój własny wybór ćwiczeń. Wybierz program, aby zacząć od niego od nowa, albo zapisz ten wybór jako swój program.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Wyłączone: to ćwiczenie nie pojawia się w przerwach.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: nie pojawia się, dopóki filtr jest ustawiony.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Pojawia się w codziennej rutynie, a w przerwach tylko poza godzinami pracy.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>na każdą stronę, jak w opisie</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>jak w opisie</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>na każdą stronę (w opisie: {seconds} s)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(w opisie: {seconds} s)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>Zmień program</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>Przełączyć na {name}? To zastąpi wybór włączonych ćwiczeń i ich kolejność. Aby zachować obecny wybór, najpierw zapisz go jako swój program.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Przełącz</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>Używany: {name}.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Zostaw co najmniej jedno miejsce: przerwy muszą się gdzieś odbywać.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>Dodano „{name}” na końcu twojego zestawu.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>Twoja kopia „{name}” zajmuje miejsce oryginału; oryginał jest wyłączony.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Zapisano „{name}”.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Zapisano. Zmiany obowiązują od następnej przerwy.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>Nie udało się zapisać twoich ćwiczeń</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Część zestawu pominięto</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. Cała reszta jest używana.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>Zaimportowano {file}; pominięto %n element (zobacz komunikat).</numerusform>
            <numerusform>Zaimportowano {file}; pominięto %n elementy (zobacz komunikat).</numerusform>
            <numerusform>Zaimportowano {file}; pominięto %n elementów (zobacz komunikat).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Rotacje rozciągań (*.json);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Wskaż Standup Buddy folder, który aplikacja do synchronizacji (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) utrzymuje taki sam na twoich komputerach. Standup Buddy sam nigdy nie łączy się z internetem. Ustawienia bezczynności i wyglądu są osobne dla każdego komputera; cel, rotacja i historia idą za tobą.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Folder synchronizacji</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nazwa tego komputera:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Widziane urządzenia</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Zapomnij to urządzenie</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączona</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (ten komputer)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Wybierz folder synchronizacji</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>Pominąć historię urządzenia {name} na wszystkich komputerach i usunąć jego pliki z folderu synchronizacji? Jego własna baza danych pozostaje nietknięta.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} nie jest folderem.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>Nie udało się zapisać wyboru synchronizacji: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Zapisano. Nowa nazwa pojawi się na twoich innych komputerach po następnym uruchomieniu.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>Synchronizacja będzie wyłączona od następnego uruchomienia. Pliki w folderze pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Zapisano. Standup Buddy będzie synchronizować przez ten folder od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>Synchronizacja jest teraz wyłączona. Pliki w folderze pozostawiono bez zmian.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Zapisano, ale {folder} nie da się teraz użyć; zobacz dziennik.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Zapisano. Twoje inne komputery pokażą nową nazwę po swojej następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Synchronizacja przez ten folder trwa.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>Synchronizacja nie działa.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Zapomniano. Jego pliki znikają z folderu, a jego historia ze wszystkich komputerów.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>Nie można teraz zapisywać w folderze synchronizacji ({error}); ponowna próba wkrótce.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>brak urządzenia o nazwie {name!r}; widziane urządzenia: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>synchronizacja jest wyłączona, więc tylko to urządzenie (&apos;this&apos;) ma tu historię</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} nie jest folderem</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Synchronizacja przez {folder} jako {name}. Uruchom ponownie Standup Buddy, aby z niej korzystać.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>Synchronizacja jest wyłączona. Pliki w folderze pozostały bez zmian.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>synchronizacja jest wyłączona; wybierz folder poleceniem: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>to jest urządzenie, na którym pracujesz; &apos;sync off&apos; wyłącza jego synchronizację</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>Zapomniano %n urządzenie.</numerusform>
            <numerusform>Zapomniano %n urządzenia.</numerusform>
            <numerusform>Zapomniano %n urządzeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>To urządzenie: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(to urządzenie)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>ostatnia synchronizacja {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Dzisiejsza oś czasu</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pominięta przerwa o {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Odłożona przerwa o {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Przegapiona przerwa o {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Dziś jeszcze nic nie zapisano.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Przerwa niewzięta</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Otwórz teraz</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>Otwórz teraz kartę przerwy</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Obecne siedzenie:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Najdłuższe siedzenie dziś:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Przerwy:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Siedzenie dziś:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>Dzień do tej pory</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>teraz nie śledzi</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} zrobione · {snoozed} odłożone · {skipped} pominięte · {missed} przegapione · {natural} własne</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (stanie {standing}, wstrzymane {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Cel osiągnięty</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Cel jeszcze nieosiągnięty</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. Obecne siedzenie: {current}. Najdłuższe siedzenie dziś: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Przerwy: {completed} zrobione, {snoozed} odłożone, {skipped} pominięte, {missed} przegapione; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n własna przerwa</numerusform>
            <numerusform>%n własne przerwy</numerusform>
            <numerusform>%n własnych przerw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>Wstrzymaj przypomnienia na chwilę</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Ruch i najdłuższe siedzenie dziennie, ostatnie dwanaście tygodni</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Najdłuższe siedzenie według godziny, ostatnie dwanaście tygodni</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>ruch (min)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>najdłuższe siedzenie (min)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>najdłuższe siedzenie zaczęte w danej godzinie (min)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>W tych dwunastu tygodniach nie zapisano siedzenia.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Twoje najdłuższe siedzenie zaczyna się około {time} (do {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Cel osiągnięty w {met} z %n dnia pracy w ostatnich dwunastu tygodniach.</numerusform>
            <numerusform>Cel osiągnięty w {met} z %n dni pracy w ostatnich dwunastu tygodniach.</numerusform>
            <numerusform>Cel osiągnięty w {met} z %n dni pracy w ostatnich dwunastu tygodniach.</numerusform>
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
        <translation>Wykonane mikroprzerwy: {days}  (nie liczą się jako ruch)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Wstecz</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Dalej ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Następny tydzień</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Wykres pokazuje</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Pokaż wyniki samooceny</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Mikroprzerwy na dzień</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Wykres pokazuje:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Osiągnięto limit czasu przed ekranem: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} dziennie, tydzień {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: przypomnienia o przerwach w GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME też przypomina ci o ruchu.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Ustawienia → Dobre samopoczucie). Gdy działa też {app}, o wstanie prosiłyby cię dwie aplikacje, które nic o sobie nie wiedzą.

Wyłączyć przypomnienia o ruchu w GNOME i zostawić to aplikacji {app}? Przerwy dla oczu w GNOME pozostaną bez zmian, a przypomnienia o ruchu możesz w każdej chwili włączyć z powrotem w Ustawieniach GNOME.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>Wyłącz te z GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj oba</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>Przypomnienia o ruchu w GNOME są włączone: {length} co {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>Przypomnienia o ruchu w GNOME są włączone</translation>
    </message>
</context>
</TS>
