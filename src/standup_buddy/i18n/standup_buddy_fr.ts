<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app} : À propos</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logo de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>Fichier de réglages</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Pas de zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : Standup Buddy affiche donc une petite fenêtre d&apos;état à la place. Lancez &apos;standup-buddy doctor&apos; pour les détails.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Commande à distance indisponible</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>Le socket local n&apos;a pas pu être ouvert : &apos;standup-buddy status&apos; et les autres commandes n&apos;atteindront pas cette instance (voir le journal).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>Exécution {speed}× plus rapide</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Chaque durée s&apos;écoule {speed} fois plus vite, et l&apos;historique est daté selon cette horloge accélérée. Utilisez STANDUP_BUDDY_HOME pour garder une démonstration à l&apos;écart de votre historique.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>Fichier d&apos;historique réparé</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy continue de vous rappeler de bouger, mais rien n&apos;est enregistré pendant cette session.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Pas de détection d&apos;inactivité</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy ne voit pas l&apos;activité du clavier et de la souris sur ce bureau : tout le temps où il tourne compte donc comme assis ; utilisez « Faire une pause maintenant » quand vous vous levez. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Progrès indisponible</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>La base de données de l&apos;historique n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>La fenêtre Progrès n&apos;a pas pu être lancée.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>Le fichier d&apos;historique était endommagé (un problème de disque ou de système de fichiers) : Standup Buddy en a créé un nouveau et y a copié tous les enregistrements encore lisibles ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>Certains éléments ({parts}) n&apos;ont pas pu être relus.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>Le fichier endommagé a été conservé sous {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>Le suivi continue comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotation non enregistrée</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>Impossible d&apos;écrire {file} : {error}. Les nouveaux réglages s&apos;appliquent jusqu&apos;à la fermeture de Standup Buddy.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Historique non enregistré</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. Le suivi continue ; Standup Buddy réessaiera au prochain changement.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Étirements</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>L&apos;éditeur d&apos;étirements n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>À votre bureau</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Échap trois fois ou {keys} : sortie d&apos;urgence</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Entrée : fait</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S : plus tard</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Échap : passer</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← → : un autre étirement</translation>
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
        <translation>C&apos;est l&apos;heure d&apos;une petite pause</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Quel étirement</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nom de l&apos;étirement</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Où, pour quoi et combien de temps</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Changez de côté</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Changez de côté maintenant</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Compte à rebours avant le verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Étirement précédent</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Étirement précédent ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Étirement suivant</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Étirement suivant ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Passer cette pause</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Passer cette pause (Échap)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Reporter {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Reporter de %n minute</numerusform>
            <numerusform>Reporter de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>Me le rappeler dans %n minute (S)</numerusform>
            <numerusform>Me le rappeler dans %n minutes (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>J&apos;ai fait l&apos;étirement (Entrée)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(encore {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Étirement {index} sur {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>Verrouillage de l&apos;écran dans {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Étape {number} : {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>C&apos;est l&apos;heure d&apos;une petite pause</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Cliquez sur l&apos;icône Standup Buddy de la zone de notification pour ouvrir l&apos;étirement du jour.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Choisissez « Commencer la pause » pour ouvrir l&apos;étirement du jour.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Ouvrez l&apos;étirement du jour avec « Faire une pause maintenant » dans la fenêtre de Standup Buddy.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Commencer la pause</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>La carte s&apos;ouvre quand vous arrêtez de taper.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>Aucun compositeur ne tourne, l&apos;écran n&apos;est donc pas assombri.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Pause : carte d&apos;étirement</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pause terminée</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Reprenez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Entrée : fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Fermer cette carte</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} pour cette pause</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respirez tranquillement</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>Attention</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>pauses étirement (min)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>pauses spontanées (min)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>pauses étirement</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>pauses spontanées</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>heures actives</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>mouvement (min)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>plus longue assise</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>score du bilan</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>plus longue assise (min)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} des pauses étirement, {natural} des pauses spontanées)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date} : {parts} ; objectif {goal}, {verdict} ; plus longue assise {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation> ; bilan {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app} : Bilan</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Bilan quotidien</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>Comment vont votre hanche, votre dos et votre jambe aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Bilan quotidien</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 signifie aucune douleur ni raideur, 10 la pire.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Note du bilan</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Supprimer tous les bilans…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Conservé sur cet ordinateur et, via votre dossier de synchronisation, sur vos autres ordinateurs, pour votre propre suivi ; jamais envoyé ailleurs.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Gardé uniquement sur cet ordinateur, pour votre propre suivi ; jamais envoyé ailleurs.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 aucune</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 la pire</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Enregistré pour aujourd&apos;hui : {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Pas de réponse aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>Non enregistré : {problem}. Votre réponse est toujours là ; réessayez.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Supprimer tous les bilans</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>Supprimer toutes les notes et remarques de bilan enregistrées ? Impossible d&apos;annuler.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>Non supprimé : {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n bilan supprimé.</numerusform>
            <numerusform>%n bilans supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Un compagnon dans la zone de notification qui mesure combien de temps vous restez assis et propose des pauses d&apos;étirement.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>faire passer chaque durée N fois plus vite (démonstration et tests, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>temps assis d&apos;affilée et prochaine pause, selon l&apos;application</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>afficher un objet JSON</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>demander à l&apos;application en cours de lancer une pause maintenant</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>mettre les rappels en pause pendant MINUTES minutes</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>reprendre les rappels</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>chiffres par jour tirés de votre historique</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>combien de jours en arrière, aujourd&apos;hui compris (7 par défaut)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>seulement l&apos;historique de cet ordinateur (un nom ou un identifiant d&apos;appareil, ou &apos;this&apos; ; répétable)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>le dossier de synchronisation partagé avec vos autres ordinateurs</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>le dossier, cet appareil et les appareils vus</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>utiliser FOLDER (tenu à jour par un outil de synchronisation)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>le nom de cet ordinateur dans la liste des appareils</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>arrêter la synchronisation (les fichiers du dossier restent)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>écarter un appareil de l&apos;historique</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>exporter tout votre historique</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>écrire ici plutôt que sur la sortie standard</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>le catalogue d&apos;étirements</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>le catalogue dans l&apos;ordre de la rotation</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>vérifier des fichiers d&apos;étirement et afficher chaque problème</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>ce que propose ce bureau : source d&apos;inactivité, zone de notification, chemins</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>ouvrir la fenêtre Progrès (dans son propre processus)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy n’est pas lancé. Lancez-le avec : standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>impossible de lire l&apos;historique : {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>avertissement : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>le fichier d&apos;historique {file} est endommagé ; affichage de %n enregistrement encore lisible (le fichier n&apos;est pas modifié ; l&apos;application le met de côté et le répare à son démarrage)</numerusform>
            <numerusform>le fichier d&apos;historique {file} est endommagé ; affichage des %n enregistrements encore lisibles (le fichier n&apos;est pas modifié ; l&apos;application le met de côté et le répare à son démarrage)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} est un dossier ; indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file} : le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file} : vous n&apos;avez pas le droit d&apos;écrire ici</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>impossible d&apos;écrire {file} : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers {file}.</numerusform>
            <numerusform>%n enregistrements exportés vers {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>fichier introuvable : {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n fichier correct</numerusform>
            <numerusform>%n fichiers corrects</numerusform>
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
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>APPAREIL</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} doit être un nombre entier, pas {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} doit être compris entre {low} et {high}, pas {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite %r ignoré</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est requis</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
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
        <translation>Durée personnelle</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Utiliser ma propre durée pour cet étirement</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Tenir cet étirement pendant la durée de votre choix</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Poids en mode mélangé</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>En mode mélangé, les étirements plus lourds ont tendance à venir plus tôt dans chaque tour</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Modifier l&apos;étirement</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Modifier cet étirement personnel</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Dupliquer comme le mien…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Dupliquer comme le mien</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Faire votre propre copie de cet étirement pour la modifier</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Supprimer l&apos;étirement</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Supprimer cet étirement personnel</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Les étirements fournis restent tels quels ; copiez-en un pour le modifier.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>Dans vos pauses</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>Plateforme</translation>
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
        <translation>Type de session</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Inactivité : protocole</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Inactivité : source</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Inactivité : maintenant</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Inactivité : ordre</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Inactivité : écartées</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Inactivité : remarque</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Signal de verrouillage</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Signal de mise en veille</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Réunion : caméra</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Réunion : microphone</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Réunion : inhibiteur de veille</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Réunion : maintenant</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Réunion : détail</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Détection du plein écran</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Plein écran maintenant</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Zone de notification</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Plateforme Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Médias pendant les pauses</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Dossier de configuration</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Fichier de réglages</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Dossier des étirements</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>Bien-être GNOME</translation>
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
        <translation>{done} sur {target} minutes de mouvement</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>Démonstration de l&apos;étirement</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Une silhouette qui montre comment faire l&apos;étirement</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>Pas de démonstration pour cet étirement : suivez les étapes</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>minutes de mouvement</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>heures actives</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} sur {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>Bien joué — pause terminée.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>Bien joué — {goal} aujourd’hui</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Cette semaine n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>Rien n&apos;a été enregistré cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Objectif atteint {met} jour de travail sur %n jusqu&apos;ici</numerusform>
            <numerusform>Objectif atteint {met} jours de travail sur %n jusqu&apos;ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Objectif atteint {met} jour de travail sur %n</numerusform>
            <numerusform>Objectif atteint {met} jours de travail sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>Pas de jours de travail cette semaine</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head} ; aucune assise enregistrée.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head} ; plus longue assise {duration} le {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Objectif : {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Mouvement : {total} min ({breaks} des pauses étirement, {natural} des pauses spontanées)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Heures actives : {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Assis : {total} ; plus longue assise {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>Debout : {standing} ; en pause {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Bilan : {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Pauses : {completed} faites, {snoozed} reportées, {skipped} passées, {missed} manquées ; {natural} spontanées</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pause spontanée</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pause étirement</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>n&apos;est pas un champ connu</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} est hors limites ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>doit être un objet avec x, y, tilt</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>doit être un objet d&apos;angles d&apos;articulations</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>doit être une liste d&apos;au plus {most} accessoires</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>doit être une liste de noms de segments du corps</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>doit être une liste non vide</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>n&apos;est pas une articulation connue</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>a {count} entrées (au plus {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>la première image clé doit être à t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>doit venir après la précédente</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} n&apos;est pas l&apos;une des valeurs {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} n&apos;est pas un identifiant de programme</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>doit être un identifiant d&apos;étirement ou un objet</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>doit être une liste tirée de {allowed}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; n&apos;est pas un étirement connu</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>une rotation doit être un objet JSON</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>une référence de fichier doit se terminer par {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>une référence de fichier ne peut pas contenir &apos;\&apos;, &apos;:&apos; ou NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>une référence de fichier doit être relative au dossier des étirements</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>une référence de fichier ne peut pas contenir &apos;..&apos;, &apos;.&apos; ni de parties vides</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>fait {length} caractères (au plus {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>doit être un objet dont les clés sont des langues, par ex. {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>un étirement doit être un objet JSON</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>n&apos;est pas un code de langue comme &apos;de&apos;, &apos;pt_BR&apos; ou &apos;zh_CN&apos; ; il est ignoré</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} doit comporter de 1 à 48 lettres minuscules, chiffres ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>doit être une liste non vide de zones ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} n&apos;est pas un nombre entier de secondes</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>doit être une liste de 1 à {most} phrases courtes</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; est déjà utilisé par un étirement intégré</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>le fichier n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>doit être un identifiant d&apos;animation ou un objet avec des images clés</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>cite une zone deux fois</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} n&apos;est pas une animation connue</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason} ; le texte anglais est affiché à la place</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>l&apos;anglais nomme le côté gauche et le côté droit ; la traduction non</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>l&apos;anglais nomme le côté gauche ; la traduction non</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>l&apos;anglais nomme le côté droit ; la traduction non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>les espaces réservés {found} ne correspondent pas à ceux de l&apos;anglais {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>doit être un objet de champs traduits</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>n&apos;est pas un champ traduisible</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>doit être une liste de textes, comme l&apos;anglais</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>a {count} entrées ; l&apos;anglais en a {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>une liste de jours comme {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pour cent</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>aucun quota</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>attendu : {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l&apos;une des valeurs {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>une heure comme &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>un nombre entier de {low} à {high} ({unit}) ; {low} signifie {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>un nombre entier de {low} à {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>un nombre entier de {low} à {high} ; {low} signifie {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} n&apos;est pas un jour : attendu {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>hors limites : autorisé {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem} ; les valeurs par défaut s&apos;appliquent à chaque clé jusqu&apos;à ce que vous enregistriez depuis la fenêtre Réglages</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>n&apos;est pas du TOML valide à la ligne {line}, colonne {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem} ; les valeurs par défaut s&apos;appliquent à chaque clé jusqu&apos;à ce que vous enregistriez depuis la fenêtre Réglages ; une copie a été enregistrée sous {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erreur de syntaxe</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>n&apos;est pas du TOML valide à la ligne {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>n&apos;est pas du TOML valide ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} n&apos;est pas un nombre entier ; le fichier est lu comme version {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>a été écrit par un Standup Buddy plus récent (version {version}) ; les clés que cette version connaît sont lues, le reste est conservé</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>{count} autres clés inconnues (conservées telles quelles)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>clé inconnue (conservée telle quelle)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>ne peut pas être lu ({error}) ; les valeurs par défaut s&apos;appliquent à chaque clé</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} n&apos;est pas autorisé ({why}) ; la valeur par défaut {default} s&apos;applique</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>ne peut pas être listé : {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>doit être une liste non vide d&apos;identifiants d&apos;étirements</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>doit être une liste d&apos;identifiants d&apos;étirements</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>un programme doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>doit être un texte non vide</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; est déjà utilisé par {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>fait {size} octets ; la limite est de {limit} octets (1 Mo)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>dépasse la limite de {limit} octets (1 Mo)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>n&apos;existe pas (ou est un lien symbolique cassé)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>n&apos;est pas du JSON valide : {error} (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>n&apos;est pas du JSON valide : {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>pointe hors du dossier des étirements (les liens symboliques ne peuvent pas en sortir)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} n&apos;est pas {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason} ; la rotation par défaut s&apos;applique</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>est manquant ; la rotation par défaut s&apos;applique</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>aucun étirement connu ; la rotation par défaut s&apos;applique</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>n&apos;a pas pu être copié vers {file} : {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} n&apos;est pas {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>n&apos;est pas du JSON UTF-8 valide : {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>doit être un objet dont les clés sont des identifiants</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>n&apos;est pas l&apos;identifiant d&apos;une entrée intégrée</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>doit commencer par &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>doit faire de 1 à {most} caractères</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>doit ne contenir que des lettres minuscules, des chiffres ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file} : champ &apos;{field}&apos; : {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>Cliquez ici pour ouvrir l&apos;étirement du jour.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Ouvrez l&apos;étirement du jour quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pause terminée</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>Rappels de GNOME inchangés</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>Les rappels de mouvement de GNOME n&apos;ont pas pu être désactivés ({error}). Vous pouvez les désactiver dans les Paramètres de GNOME → Bien-être.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>Rappels de GNOME désactivés</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>Les rappels de mouvement de GNOME sont désactivés ; Standup Buddy vous les rappelle désormais.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>L&apos;objectif compte</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Minutes de mouvement</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures actives</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Fixer l&apos;objectif</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Prend effet aujourd&apos;hui ; les jours passés gardent leur objectif.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Objectif du jour :</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} sur {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>sur {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % ou plus de l&apos;objectif du jour</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy est déjà lancé : sa fenêtre Progrès a été ouverte.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Une pause commence.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Rappels en pause pour {minutes} min.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Rappels repris.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Objectif défini.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Bilan enregistré.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Durée en secondes</translation>
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
        <translation>Combien d&apos;étirements sont activés</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  Monter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>Monter l&apos;étirement choisi (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  Descendre</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Descendre l&apos;étirement choisi (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Nouvel étirement…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nouvel étirement</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Créer votre propre étirement</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>Votre sélection</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Les étirements cochés viennent dans les pauses, de haut en bas ; faites glisser pour réordonner.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Cliquer pour fermer</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Secondes restantes</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>Micro-pause</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Objectif atteint par jour</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>objectif non atteint</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>{date}: {goal}, {verdict}</source>
        <translation>{date} : {goal}, {verdict}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Jours de routine quotidienne</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Ce mois n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Objectif atteint {met} sur {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Série en cours : {current}. Meilleure série ce mois-ci : {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Routine quotidienne faite %n jour : {days}.</numerusform>
            <numerusform>Routine quotidienne faite %n jours : {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>Pas encore de routine quotidienne ce mois-ci.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n jour de travail</numerusform>
            <numerusform>%n jours de travail</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>Une sélection d&apos;étirements toute prête, ou une que vous avez enregistrée</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>À propos de ce programme</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Enregistrer comme mon programme…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Enregistrer comme mon programme</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Garder cette sélection sous un nom</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Supprimer mon programme</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Retirer ce programme personnel</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Ordre des étirements</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>« Dans l&apos;ordre » parcourt la liste ; « Mélangé » montre chaque étirement une fois avant de répéter</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>Les pauses peuvent utiliser</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Utiliser les étirements : {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Permettre aux pauses d&apos;utiliser les étirements faits ici : {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filtre par zone</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Seulement les étirements qui travaillent ces zones</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Zones ciblées</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Toute zone</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Où je peux bouger</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>Ce que les pauses peuvent vous demander : assis, debout ou au sol</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Exercices au sol seulement hors des heures de travail</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>Peu de bureaux ont de la place au sol : gardez les exercices au sol pour la maison</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Enregistrer le graphique en image…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Exporter l&apos;historique…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>Le nouvel objectif n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Nouvel objectif : {target} {metric} par jour, dès aujourd&apos;hui. Les jours passés gardent leur objectif.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Graphique enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>Impossible d&apos;écrire l&apos;export : {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers {path}.</numerusform>
            <numerusform>%n enregistrements exportés vers {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>{minutes} {seconds} restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute restante</numerusform>
            <numerusform>%n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Étirements de votre rotation</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Les étirements cochés viennent dans les pauses, de haut en bas. Espace active ou désactive l&apos;étirement choisi ; Ctrl+Haut et Ctrl+Bas le déplacent.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>Votre routine quotidienne</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>C&apos;est le moment de votre routine de 5 à 10 minutes, exercices au sol compris, quand cela vous convient : choisissez « Commencer ma routine » dans le menu de l&apos;icône.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app} : Routine quotidienne</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Routine quotidienne</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Votre routine quotidienne</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Mettre la routine en pause</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pause ou reprise (Espace)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Passer à l&apos;exercice suivant (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Arrêter la routine</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>S&apos;arrêter ici ; le temps déjà fait compte (Échap)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Espace : pause   ·   N : suivant   ·   Échap : arrêter</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes d&apos;alerte</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Continuer la routine</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restantes</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Exercice {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} sur {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>Changez de côté : maintenant votre côté gauche</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Changez de côté. Maintenant votre côté gauche.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Changez de côté : maintenant votre côté droit</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Changez de côté. Maintenant votre côté droit.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Routine terminée : bravo</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} de mouvement, comptées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>Fermer la routine</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy est un compagnon discret pour les longues journées devant l&apos;ordinateur. Il remarque depuis combien de temps vous êtes assis, propose une courte pause avec un étirement doux quand il est temps, et montre, jour après jour, combien vous avez bougé par rapport à un objectif que vous avez fixé. Tout ce qu&apos;il enregistre reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy n&apos;est pas un avis médical. Il ne diagnostique ni ne traite aucune affection. Si la douleur persiste ou s&apos;aggrave, ou si vous remarquez un engourdissement ou des picotements, consultez un médecin ou un kinésithérapeute.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Consultez d&apos;urgence un médecin, et ne vous étirez pas, si une douleur au dos ou à la jambe s&apos;accompagne de l&apos;un de ces signes : perte du contrôle de la vessie ou des intestins, engourdissement autour des parties génitales ou des fesses (la zone en contact avec une selle de vélo), faiblesse d&apos;une jambe qui s&apos;aggrave, ou fièvre ou perte de poids inexpliquées.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>Impossible de lire le démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>Impossible de modifier le démarrage à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>Impossible de lire les bilans</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>Votre bilan n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>Les bilans n&apos;ont pas été supprimés</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>Votre routine n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>L&apos;historique n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>Fichier d&apos;étirement ignoré</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotation non enregistrée</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. La modification s&apos;applique jusqu&apos;à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Impossible d&apos;exporter la rotation</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Impossible de supprimer l&apos;étirement</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Certains de vos programmes n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Impossible d&apos;enregistrer le programme</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Impossible de supprimer le programme</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app} : Réglages</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>Réglages de {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Aperçu de la prochaine pause</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Démarrer Standup Buddy automatiquement quand vous ouvrez une session sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>La nouvelle langue s&apos;applique au prochain démarrage de Standup Buddy.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>Les heures de travail doivent finir après leur début.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Choisissez au moins un jour de travail.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Aide : {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Le démarrage à l&apos;ouverture de session n&apos;a pas pu être modifié : {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Pause après être assis</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Durée de la pause</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Reporter de</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Afficher les pauses comme</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Compte comme pause après</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Retenir les pauses pendant les réunions</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Retenir les pauses quand une appli est en plein écran</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>L&apos;objectif compte</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Plafond par pause spontanée</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Jours de travail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;à</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Carillon doux</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Bilan quotidien</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Annonces vocales</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Mettre en pause la musique et les vidéos pendant une pause</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Avis de temps d&apos;écran après</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Un clic ferme le signal</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Mode strict (pas de fermeture anticipée)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>« Plus tard » par pause</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>« Plus tard » proposé pendant</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>Proposer « Passer »</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Mode strict (seulement « Fait »)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Pauses passées permises par semaine</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Une notification seulement</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Une carte d&apos;étirement</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Une carte sur les écrans assombris</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Minutes de mouvement</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pauses faites</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Heures actives</translation>
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
        <translation> pauses</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>Les rappels sont en pause. Ensuite, une pause vient après {minutes} min assis.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Vous êtes debout. Une fois assis, une pause vient après {minutes} min assis.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Une pause vient après {minutes} min assis.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Avec cet intervalle, une pause est due maintenant.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Prochaine pause à {time} si vous restez assis</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micro-pauses</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Routine quotidienne</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minutes assis avant qu&apos;une pause soit due.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Durée d&apos;une pause.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>De combien « Plus tard » repousse une pause.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Comment une pause s&apos;affiche : une notification seulement, une carte d&apos;étirement, ou une carte sur les écrans assombris.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Combien de fois une même pause peut être reportée.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>« Plus tard » n&apos;est proposé que pendant cette première partie de la durée d&apos;un rappel de pause (jusqu&apos;à ce qu&apos;elle compte comme manquée).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>Proposer « Passer » sur une pause (sinon, la sortie d&apos;urgence est proposée à la place).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Mode strict : une pause ne propose que « Fait » et se termine d&apos;elle-même ; la sortie d&apos;urgence (Échap trois fois, ou Ctrl+Maj+Q) est toujours là et est enregistrée.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Combien de pauses vous vous permettez de passer par semaine, affiché dans Progrès.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Mettre en pause la musique et les vidéos en cours au début d&apos;une pause, et les relancer à la fin (seulement ce que Standup Buddy a mis en pause).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Verrouiller l&apos;écran ce temps après le début d&apos;une pause, pour que vous vous éloigniez (0 : jamais).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>De courtes micro-pauses entre les pauses : un petit signal (regarder au loin, relâcher les épaules) qui se ferme tout seul et ne prend jamais le clavier.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minutes assis entre les micro-pauses (une pause spontanée ou une pause mouvement relance le décompte).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Combien de temps un signal de micro-pause reste affiché.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Permettre de fermer plus tôt un signal de micro-pause d’un clic (enregistré comme passé) ; sinon, le signal n’a aucune commande de fermeture et se termine de lui-même.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Mode strict pour les micro-pauses : le signal ne peut pas être fermé plus tôt et se termine de lui-même (il s’efface tout de même aussitôt devant une réunion, une mise en pause ou une pause de mouvement).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minutes loin de l&apos;ordinateur qui comptent comme une pause spontanée.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Considérer une caméra ou un micro ouvert, ou une vidéo en cours, comme une présence (les réunions ne sont pas des pauses) et retenir les rappels jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Retenir les rappels de pause tant qu&apos;une fenêtre plein écran (une présentation, un film) est au premier plan.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Après ce nombre d&apos;heures devant l&apos;ordinateur dans une journée, le signaler une fois ce jour-là.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>Ce que compte votre objectif du jour : minutes de mouvement, pauses ou heures actives.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Votre objectif du jour, dans l&apos;unité de l&apos;objectif.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>Au plus ce nombre de minutes de chaque pause spontanée compte comme mouvement.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Jours où les pauses sont proposées.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>Les pauses sont proposées à partir de cette heure.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>Les pauses sont proposées jusqu&apos;à cette heure.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Afficher une pose fixe au lieu d&apos;une figure animée.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Jouer un carillon doux quand une pause commence et quand il est temps de changer de côté.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>Annoncer le côté à voix haute quand un étirement change de côté (utilise la synthèse vocale du bureau, s&apos;il y en a une).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>La langue des fenêtres, de la zone de notification et des textes de la ligne de commande (« system » suit la langue du bureau) ; les dates et les nombres la suivent aussi. Prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Une fois par jour, proposer discrètement la routine quotidienne (5 à 10 minutes, exercices au sol compris).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Quand la routine est proposée (la fin de la journée de travail par défaut).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Une fois par jour, demander comment vont votre hanche, votre dos et votre jambe (conservé sur vos propres ordinateurs).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>aucun quota</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Hanches raides</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Bas du dos</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Sciatique (douleur qui descend dans la jambe)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>&amp;Raideur générale due à la position assise</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Gagner en force</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Seulement à mon &amp;bureau (assis)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Je peux me &amp;lever et m&apos;éloigner du bureau</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>J&apos;ai aussi de la place au &amp;sol chez moi</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app} : Configuration</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>Configuration de {app}</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>Passer la &amp;configuration</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Bienvenue dans Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy se tient discrètement dans la zone de notification et vous propose de temps en temps une courte pause d&apos;étirement, ainsi qu&apos;une courte routine quotidienne à la maison. Quelques questions suffisent à le configurer ; Passer garde les réglages standard, et vous pouvez revenir ici depuis le menu de l&apos;icône (Configurer…).</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>Quand travaillez-vous ?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>Les pauses ne sont proposées que ces jours-là et entre ces heures.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Travail le {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>Début du travail à</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>Fin du travail à</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>&amp;Début du travail à</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>&amp;Fin du travail à</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>À quelle fréquence, et combien ?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Bouger toutes les 30 à 60 minutes interrompt les longues périodes assises. L&apos;objectif compte les minutes où vous bougez : pendant les pauses, pendant votre routine et quand vous vous levez de vous-même.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> minutes assis</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Proposer une pause après</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> minutes de mouvement par jour</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objectif du jour</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Proposer une pa&amp;use après</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Objectif du jour</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>Aussi des &amp;micro-pauses : toutes les {minutes} minutes, un signal de {seconds} secondes pour reposer les yeux ou se détendre</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Une petite note dans le coin, qui se ferme toute seule et ne prend jamais le clavier.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micro-pauses</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>Pour quoi souhaitez-vous de l&apos;aide ?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>Ce choix détermine les étirements proposés ; vous pouvez les changer à tout moment dans Étirements…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>Où pouvez-vous bouger ?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>Les pauses pendant les heures de travail restent au bureau ou debout. Les exercices au sol (pont, bird-dog, planche, étirements des fléchisseurs de hanche et de Thomas) vont dans une routine quotidienne de 5 à 10 minutes à faire chez vous.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>Me rappeler ma &amp;routine quotidienne à</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Heure du rappel de routine</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Démarrer avec votre ordinateur</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy ne peut vous rappeler à l&apos;ordre que s&apos;il est lancé. Avec cette option, il démarre tout seul à chaque ouverture de session ; vous pouvez la désactiver dans les Réglages.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Démarrer Standup Buddy à l&apos;ouverture de &amp;session</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Démarrer Standup Buddy à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>&amp;Essayer une pause maintenant</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Essayer une pause maintenant</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Voyez à quoi ressemble une pause (elle compte comme une vraie) :</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy se trouve maintenant dans la zone de notification : cherchez son icône ronde près de l&apos;horloge. L&apos;anneau de l&apos;icône se remplit pendant que vous êtes assis. Cliquez dessus pour voir vos Progrès ou ouvrir une pause en attente ; clic droit pour le menu (Faire une pause maintenant, Commencer ma routine, Configurer…, Réglages…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : Standup Buddy affiche donc une petite fenêtre d&apos;état à la place. Ses boutons lancent une pause, ouvrent Progrès et le reste ; la fermer laisse Standup Buddy tourner.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Tout est prêt</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>minutes de mouvement</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pauses</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>heures actives</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Assis</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Report.</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Spont.</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Bougé</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>pas encore de relevé</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>en réunion</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>appli en plein écran</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>hors des heures de travail</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} demain</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} le {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>pas de pauses (hors des heures de travail)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>pas de pauses avant {moment} (heures de travail)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>pause en attente ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>pause en attente (retenue)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>En pause jusqu&apos;à {time} · assis depuis {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>En pause · assis depuis {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Loin du bureau</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Assis depuis {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (discrètement : Ne pas déranger)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · pause due maintenant</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · pause dans {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>strict : seulement « Fait »</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>plus aucun report possible</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>encore 1 report possible</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>encore {count} reports possibles</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Micro-pause maintenant</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Micro-pause en attente</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Micro-pause dans {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Je suis debout</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Je suis assis</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Depuis combien de temps vous êtes assis</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Ouvrir une carte d&apos;étirement maintenant</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Commencer ma routine</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Une routine guidée de 5 à 10 minutes, exercices au sol compris</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>Aucun rappel pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Aucun rappel pendant une heure</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Aucun rappel jusqu&apos;à demain matin</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>Le temps debout ne compte pas comme assis</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progrès…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Votre mouvement par rapport à votre objectif du jour</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Étirements…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Choisir les étirements proposés</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Intervalle des pauses, objectif, heures de travail et plus</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>Les questions du premier démarrage à nouveau : heures, objectif, programme</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>À propos…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Version, et ce que cette appli est et n&apos;est pas</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Arrêter le suivi et fermer Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>Aucune zone de notification trouvée sur ce bureau — voir &lt;code&gt;standup-buddy doctor&lt;/code&gt;. Cette fenêtre remplace l&apos;icône.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>État de {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Assise en cours</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Prochaine micro-pause</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Pourquoi cette fenêtre s&apos;affiche</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Mettre les rappels en pause</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>Comment la carte de pause l&apos;appelle</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Zones ciblées</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Étapes, une par ligne</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Une étape courte par ligne</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Choisissez au moins une zone.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Écrivez de 1 à {most} étapes, une par ligne.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>Étape {number} : {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field} : {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>Ce champ : {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nouvel étirement</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Modifier l&apos;étirement</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>Votre propre copie</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy : Étirements — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Problème : {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Zone : {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Aperçu de l&apos;animation</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Jusqu&apos;à {steps} étapes, une par ligne, chacune de {chars} caractères au plus.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Chaque étirement a une mise en garde ; gardez la formulation prudente et ajoutez vos propres notes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Enregistrer l&apos;étirement</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>Sa propre animation</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Enregistré dans votre dossier d&apos;étirements sous {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>de chaque côté</translation>
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
        <translation>NOM</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>LIEU</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>ZONES</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGINE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>CÔTÉS</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTATION</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n problème ; les fichiers concernés ont été ignorés :</numerusform>
            <numerusform>%n problèmes ; les fichiers concernés ont été ignorés :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Étirement choisi</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Fourni ou à vous</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nom de l&apos;étirement</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Où, pour quoi et combien de temps</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>Dans les pauses</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Aucun étirement choisi</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Demande plus de place que vous n&apos;en avez</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} est exclu par le filtre</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>Pas dans les zones choisies</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Debout</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>Au sol</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Je ne peux bouger qu&apos;au bureau</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Je peux me lever</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>J&apos;ai de la place au sol à la maison</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Sol</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Une fois de chaque côté</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Mélangé</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Allez-y doucement et ne forcez jamais jusqu&apos;à une douleur vive. Arrêtez si des picotements ou un engourdissement dans la jambe augmentent, et demandez conseil à un kinésithérapeute ou à un médecin si les symptômes persistent.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Fléchisseurs de hanche</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Fessiers</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Ischio-jambiers</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Quadriceps</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Mollets</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Jambes</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Tronc</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Bas du dos</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Haut du dos</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Épaules</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nuque</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Poitrine</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Poignets</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Yeux</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Posture</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
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
        <translation>{length} de chaque côté</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (votre durée)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>Supprimer l&apos;étirement</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>Supprimer « {name} » ? Son fichier est retiré de votre dossier d&apos;étirements.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Impossible de supprimer l&apos;étirement</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>« {name} » supprimé.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Importer une sélection d&apos;étirements</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>Impossible d&apos;importer la sélection</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file} : {details}. Votre sélection est inchangée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} importé : %n étirement activé.</numerusform>
            <numerusform>{file} importé : %n étirements activés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>Exporter la sélection d&apos;étirements</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Impossible d&apos;exporter la sélection</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Exporté vers {file}. Vos propres étirements y figurent par identifiant : partagez aussi leurs fichiers.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Exporté vers {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mon programme</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Enregistrer comme mon programme</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Nom de ce programme :</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Remplacer le programme</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>Remplacer votre programme « {name} » ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Impossible d&apos;enregistrer le programme</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Enregistré sous « {name} ».</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Supprimer le programme</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>Supprimer votre programme « {name} » ? Les étirements activés le restent.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Impossible de supprimer le programme</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Importer une sélection</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Utiliser une sélection que quelqu&apos;un vous a partagée</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>Exporter la sélection</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Enregistrer cette sélection dans un fichier à partager</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>Les changements s&apos;appliquent dès la prochaine pause.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Fermer cette fenêtre (Échap)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} sur {total} activés</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Zone : toutes</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Zone : {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Zone : %n</numerusform>
            <numerusform>Zones : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Routine, le soir</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Votre propre programme. Au moindre changement, il devient « Personnalisé » jusqu&apos;au prochain enregistrement.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>Votre propre choix d&apos;étirements. Choisissez un programme pour repartir de celui-ci, ou enregistrez ce choix comme votre programme.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Désactivé : cet étirement n&apos;apparaît pas dans les pauses.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason} : il n&apos;apparaît pas tant que le filtre est actif.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Apparaît dans votre routine quotidienne, et dans les pauses seulement hors des heures de travail.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>de chaque côté, comme prévu</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>comme prévu</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>de chaque côté (prévu : {seconds} s)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(prévu : {seconds} s)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>Changer de programme</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>Passer à {name} ? Cela remplace les étirements activés et leur ordre. Pour garder votre choix actuel, enregistrez-le d&apos;abord comme votre programme.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>{name} est utilisé.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Gardez au moins un lieu : les pauses doivent avoir lieu quelque part.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>« {name} » ajouté à la fin de votre sélection.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>Votre copie « {name} » prend la place de l&apos;original ; l&apos;original est désactivé.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>« {name} » enregistré.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Enregistré. Les changements s&apos;appliquent dès la prochaine pause.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>Impossible d&apos;enregistrer vos étirements</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title} : {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Une partie de la sélection a été ignorée</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file} : {details}. Tout le reste est utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} importé ; %n élément ignoré (voir le message).</numerusform>
            <numerusform>{file} importé ; %n éléments ignorés (voir le message).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Rotations d&apos;étirements (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Indiquez à Standup Buddy un dossier qu&apos;une appli de synchronisation (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) garde identique sur vos ordinateurs. Standup Buddy ne se connecte jamais lui-même à Internet. Les réglages d&apos;inactivité et d&apos;apparence restent propres à chaque ordinateur ; l&apos;objectif, la rotation et l&apos;historique vous suivent.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Appareils vus</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Oublier cet appareil</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (cet ordinateur)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>Écarter l&apos;historique de {name} sur tous les ordinateurs et retirer ses fichiers du dossier de synchronisation ? Sa propre base de données n&apos;est pas touchée.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>Impossible d&apos;enregistrer le choix de synchronisation : {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Enregistré. Le nouveau nom apparaît sur vos autres ordinateurs après le prochain redémarrage.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>La synchronisation est désactivée dès le prochain démarrage. Les fichiers du dossier restent tels quels.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Enregistré. Standup Buddy synchronise par ce dossier dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>La synchronisation est désactivée. Les fichiers du dossier restent tels quels.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Enregistré, mais {folder} est inutilisable pour le moment ; voir le journal.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Enregistré. Vos autres ordinateurs affichent le nouveau nom après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Synchronisation par ce dossier en cours.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>La synchronisation n&apos;est pas active.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Oublié. Ses fichiers quittent le dossier et son historique quitte tous les ordinateurs.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>Impossible d&apos;écrire dans le dossier de synchronisation pour le moment ({error}) ; nouvel essai.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>aucun appareil nommé {name!r} ; appareils vus : {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>la synchronisation est désactivée : seul cet appareil (&apos;this&apos;) a un historique ici</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Synchronisation via {folder} sous le nom {name}. Redémarrez Standup Buddy pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>La synchronisation est désactivée. Les fichiers du dossier sont restés tels quels.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>la synchronisation est désactivée ; choisissez un dossier avec : standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>c&apos;est l&apos;appareil sur lequel vous êtes ; &apos;sync off&apos; arrête sa synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n appareil oublié.</numerusform>
            <numerusform>%n appareils oubliés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>Cet appareil : {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(cet appareil)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>dernière synchro {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Chronologie du jour</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pause passée à {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Pause reportée à {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Pause manquée à {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Rien d&apos;enregistré aujourd&apos;hui pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Pause non prise</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Ouvrir maintenant</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>Ouvrir la carte de pause maintenant</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Assise en cours :</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Plus longue assise aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pauses :</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Assis aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>La journée jusqu&apos;ici</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>pas de suivi en ce moment</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} faites · {snoozed} reportées · {skipped} passées · {missed} manquées · {natural} spontanées</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (debout {standing}, en pause {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Objectif pas encore atteint</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict} : {goal}. Assise en cours : {current}. Plus longue assise aujourd&apos;hui : {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Pauses : {completed} faites, {snoozed} reportées, {skipped} passées, {missed} manquées ; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pause spontanée</numerusform>
            <numerusform>%n pauses spontanées</numerusform>
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
        <translation>Mettre les rappels en pause un moment</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Mouvement et plus longue assise par jour, douze dernières semaines</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Plus longue assise selon l&apos;heure de la journée, douze dernières semaines</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>mouvement (min)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>plus longue assise (min)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>plus longue assise commencée dans l&apos;heure (min)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>Aucune assise enregistrée ces douze semaines.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Vos plus longues assises commencent vers {time} (jusqu&apos;à {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Objectif atteint {met} jour de travail sur %n ces douze dernières semaines.</numerusform>
            <numerusform>Objectif atteint {met} jours de travail sur %n ces douze dernières semaines.</numerusform>
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
        <translation>Micro-pauses prises : {days}  (non comptées comme mouvement)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>Le graphique montre</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Afficher les notes du bilan</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Micro-pauses prises par jour</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Le graphique montre :</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Limite de temps d&apos;écran atteinte : {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} par jour, semaine du {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app} : rappels de pause de GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME vous rappelle aussi de bouger.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Paramètres → Bien-être). Avec {app} en plus, deux applications qui s&apos;ignorent vous demanderaient de vous lever.

Désactiver les rappels de mouvement de GNOME et laisser {app} s&apos;en charger ? Ses pauses pour les yeux restent telles quelles, et vous pouvez réactiver les rappels de mouvement dans les Paramètres de GNOME à tout moment.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>Désactiver ceux de GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>Les rappels de mouvement de GNOME sont activés : {length} toutes les {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>Les rappels de mouvement de GNOME sont activés</translation>
    </message>
</context>
</TS>
