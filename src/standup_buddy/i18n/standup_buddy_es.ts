<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: Acerca de</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logotipo de {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sin bandeja del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que Standup Buddy muestra en su lugar una pequeña ventana de estado. Ejecuta &apos;standup-buddy doctor&apos; para ver los detalles.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Control remoto no disponible</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>No se pudo abrir el socket local: &apos;standup-buddy status&apos; y las demás órdenes no llegarán a esta instancia (consulta el registro).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>Funcionando {speed}× más rápido</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Cada duración transcurre {speed} veces más rápido y el historial se fecha con este reloj acelerado. Usa STANDUP_BUDDY_HOME para mantener una demostración aparte de tu historial.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>Archivo de historial reparado</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy sigue recordándote, pero en esta sesión no se guarda nada.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Sin detección de inactividad</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy no puede ver la actividad del teclado y el ratón en este escritorio, así que cuenta todo el tiempo que funciona como sentado; usa «Hacer una pausa ahora» cuando te levantes. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Progreso no disponible</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>No se pudo abrir la base de datos del historial.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>No se pudo iniciar la ventana Progreso.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>El archivo de historial estaba dañado (un problema del disco o del sistema de archivos), así que Standup Buddy creó uno nuevo y copió en él todos los registros que aún podía leer ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>No se pudieron volver a leer algunos datos ({parts}).</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>El archivo dañado se guardó como {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>El seguimiento continúa como siempre.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotación no guardada</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Ajustes no guardados</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>No se pudo escribir {file}: {error}. Los nuevos ajustes se usan hasta que Standup Buddy se cierre.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Historial no guardado</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. El seguimiento continúa; Standup Buddy lo intentará de nuevo con el próximo cambio.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Estiramientos</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>El editor de estiramientos no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>En tu escritorio</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc tres veces o {keys}: salida de emergencia</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Intro: hecho</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: más tarde</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: saltar</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: otro estiramiento</translation>
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
        <translation>Hora de una pausa corta</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Qué estiramiento</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nombre del estiramiento</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Dónde, para qué y cuánto tiempo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Cambia de lado</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Cambia de lado ahora</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Cuenta atrás para el bloqueo de pantalla</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Estiramiento anterior</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Estiramiento anterior ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Siguiente estiramiento</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Siguiente estiramiento ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Saltar esta pausa</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Saltar esta pausa (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Posponer {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Posponer %n minuto</numerusform>
            <numerusform>Posponer %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>Recordármelo en %n minuto (S)</numerusform>
            <numerusform>Recordármelo en %n minutos (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>He hecho el estiramiento (Intro)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(quedan {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Estiramiento {index} de {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>La pantalla se bloquea en {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>Paso {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>Hora de una pausa corta</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Haz clic en el icono de Standup Buddy de la bandeja para abrir el estiramiento de hoy.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Elige «Empezar pausa» para abrir el estiramiento de hoy.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Abre el estiramiento de hoy con «Hacer una pausa ahora» en la ventana de Standup Buddy.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Empezar pausa</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>La tarjeta se abre cuando dejas de escribir.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>No hay ningún compositor en marcha, así que la pantalla no se oscurece.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Pausa: tarjeta de estiramiento</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa completada</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Vuelve cuando estés listo.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Intro: cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Cerrar esta tarjeta</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} para esta pausa</translation>
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
        <translation>Precaución</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>pausas de estiramiento (min)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>pausas propias (min)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>pausas de estiramiento</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>pausas propias</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>horas activas</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>movimiento (min)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>sentada más larga</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>puntuación del registro</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>sentada más larga (min)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} de pausas de estiramiento, {natural} de pausas propias)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}; objetivo {goal}, {verdict}; sentado más largo {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; valoración {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: Valoración</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Valoración diaria</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>¿Cómo notas hoy la cadera, la espalda y la pierna?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Valoración diaria</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 significa sin dolor ni rigidez, 10 el peor.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Nota opcional</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nota de la valoración</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar valoración</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Borrar todas las valoraciones…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Se guarda en este ordenador y, a través de tu carpeta de sincronización, en tus otros ordenadores, para tu propio registro; nunca se envía a ningún otro sitio.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Se guarda solo en este ordenador, para tu propio registro; nunca se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 nada</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 el peor</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Guardado para hoy: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Sin respuesta hoy.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>No se guardó: {problem}. Tu respuesta sigue aquí; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Borrar todas las valoraciones</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>¿Borrar todas las puntuaciones y notas de valoración guardadas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>No se borró: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n valoración borrada.</numerusform>
            <numerusform>%n valoraciones borradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Un compañero en la bandeja del sistema que mide cuánto tiempo pasas sentado y te propone pausas para estirarte.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>hacer que cada duración pase N veces más rápido (demostración y pruebas, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>tiempo sentado seguido y próxima pausa, según la aplicación</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprimir un objeto JSON</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>pedir a la aplicación en marcha que empiece una pausa ahora</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>pausar los recordatorios durante MINUTES minutos</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>reanudar los recordatorios</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>cifras por día de tu historial</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>cuántos días hacia atrás, hoy incluido (7 por defecto)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>solo el historial de este ordenador (un nombre o id de dispositivo, o &apos;this&apos;; se puede repetir)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>la carpeta de sincronización compartida con tus otros ordenadores</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>la carpeta, este dispositivo y los dispositivos vistos</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>usar FOLDER (mantenida al día por un programa de sincronización)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>el nombre de este ordenador en la lista de dispositivos</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>dejar de sincronizar (los archivos de la carpeta se quedan)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>dejar un dispositivo fuera del historial</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>exportar todo tu historial</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>escribir aquí en vez de en la salida estándar</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>el catálogo de estiramientos</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>el catálogo en el orden de la rotación</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>comprobar archivos de estiramientos e imprimir cada problema</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>lo que ofrece este escritorio: fuente de inactividad, bandeja, rutas</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>abrir la ventana Progreso (en su propio proceso)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy no se está ejecutando. Inícialo con: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>no se puede leer el historial: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>aviso: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>el archivo del historial {file} está dañado; se muestra %n registro que aún se puede leer (el archivo no se modifica; la aplicación lo aparta y lo repara al iniciarse)</numerusform>
            <numerusform>el archivo del historial {file} está dañado; se muestran los %n registros que aún se pueden leer (el archivo no se modifica; la aplicación lo aparta y lo repara al iniciarse)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} es una carpeta; indica un nombre de archivo</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: no tienes permiso para escribir ahí</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>no se pudo escribir {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n registro exportado a {file}.</numerusform>
            <numerusform>%n registros exportados a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>no existe el archivo: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n archivo correcto</numerusform>
            <numerusform>%n archivos correctos</numerusform>
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
        <translation>MINUTOS</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} debe ser un número entero, no {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} debe estar entre {low} y {high}, no {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elige entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>se ignoró el argumento explícito %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>What a sensible first target is when the user switches metric in the editor. Date formats (Qt&apos;s, so each language orders day, month and year its own way).</extracomment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
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
        <translation>MMMM &apos;de&apos; yyyy</translation>
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
        <translation>Duración propia</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Usar mi propia duración para este estiramiento</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Mantener este estiramiento el tiempo que elijas</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Peso al mezclar</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>Al mezclar, los estiramientos con más peso suelen salir antes en cada ronda</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Editar estiramiento</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Cambiar este estiramiento tuyo</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Duplicar como mío…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplicar como mío</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Hacer tu propia copia de este estiramiento para cambiarla</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Eliminar estiramiento</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Eliminar este estiramiento tuyo</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Los estiramientos incluidos se quedan como están; copia uno para cambiarlo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>En tus pausas</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>Plataforma</translation>
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
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Inactividad: protocolo</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Inactividad: fuente</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Inactividad: ahora</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Inactividad: orden</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Inactividad: descartadas</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Inactividad: nota</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Señal de bloqueo</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Señal de suspensión</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Reunión: cámara</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Reunión: micrófono</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Reunión: inhibidor de inactividad</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Reunión: ahora</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Reunión: detalle</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Detección de pantalla completa</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Pantalla completa ahora</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Bandeja del sistema</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Plataforma Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Multimedia en las pausas</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bloqueo de pantalla</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Carpeta de configuración</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Carpeta de estiramientos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>Bienestar de GNOME</translation>
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
        <translation>{done} de {target} minutos de movimiento</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>Demostración del estiramiento</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Una figura que muestra cómo hacer el estiramiento</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>No hay demostración para este estiramiento: sigue los pasos</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>minutos de movimiento</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>horas activas</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} de {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>¡Bien hecho! Pausa completada.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>¡Bien hecho! Hoy: {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Esta semana aún no ha empezado.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>No se registró nada esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Objetivo cumplido {met} de %n día laborable hasta ahora</numerusform>
            <numerusform>Objetivo cumplido {met} de %n días laborables hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Objetivo cumplido {met} de %n día laborable</numerusform>
            <numerusform>Objetivo cumplido {met} de %n días laborables</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>No hay días laborables esta semana</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}; no se registró tiempo sentado.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}; sentado más largo {duration} el {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Objetivo: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Movimiento: {total} min ({breaks} de pausas de estiramiento, {natural} de pausas propias)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Horas activas: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Sentado: {total}; sentado más largo {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>De pie: {standing}; en pausa {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Valoración: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Pausas: {completed} hechas, {snoozed} pospuestas, {skipped} saltadas, {missed} perdidas; {natural} propias</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa propia</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa de estiramiento</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>no es un campo conocido</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} está fuera de límites ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>debe ser un objeto con x, y, tilt</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>debe ser un objeto de ángulos de articulaciones</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>debe ser una lista de {most} accesorios como máximo</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>debe ser una lista de nombres de segmentos del cuerpo</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} no es true ni false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>no es una articulación conocida</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>tiene {count} entradas (como máximo {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>el primer fotograma clave debe estar en t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>debe ser posterior al anterior</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} no es uno de {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} no es un id de programa</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; aparece dos veces en la lista</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>debe ser un id de estiramiento o un objeto</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>debe ser una lista con valores de {allowed}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; no es un estiramiento conocido</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>una rotación debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>una referencia de archivo debe terminar en {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>una referencia de archivo no puede contener &apos;\&apos;, &apos;:&apos; ni NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>una referencia de archivo debe ser relativa a la carpeta de estiramientos</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>una referencia de archivo no puede contener &apos;..&apos;, &apos;.&apos; ni partes vacías</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} no es texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>tiene {length} caracteres (como máximo {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>debe ser un objeto con idiomas como claves, p. ej. {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>un estiramiento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>no es un código de idioma como &apos;de&apos;, &apos;pt_BR&apos; o &apos;zh_CN&apos;; se ignora</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} debe tener de 1 a 48 letras minúsculas, dígitos o &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>debe ser una lista no vacía de zonas ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} no es un número entero de segundos</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>debe ser una lista de 1 a {most} frases cortas</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; ya lo usa un estiramiento incluido</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>debe ser un id de animación o un objeto con fotogramas clave</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>nombra una zona dos veces</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} no es una animación conocida</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}; se muestra el inglés en su lugar</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>el inglés nombra el lado izquierdo y el derecho; la traducción no</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>el inglés nombra el lado izquierdo; la traducción no</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>el inglés nombra el lado derecho; la traducción no</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>los marcadores {found} no coinciden con los del inglés {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>debe ser un objeto de campos traducidos</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>no es un campo traducible</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>debe ser una lista de textos, como en inglés</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>tiene {count} entradas; el inglés tiene {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>una lista de días como {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>por ciento</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin cupo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>se esperaba {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>una hora del día como &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>un número entero de {low} a {high} ({unit}); {low} significa {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>un número entero de {low} a {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>un número entero de {low} a {high}; {low} significa {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} no es un día: se esperaba {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>fuera de límites: se admite {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}; se usan los valores por defecto en cada clave hasta que guardes desde la ventana Ajustes</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>no es TOML válido en la línea {line}, columna {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}; se usan los valores por defecto en cada clave hasta que guardes desde la ventana Ajustes; se guardó una copia como {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>error de sintaxis</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>no es TOML válido en la línea {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>no es TOML válido ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} no es un número entero; el archivo se lee como versión {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>lo escribió un Standup Buddy más nuevo (versión {version}); se leen las claves que conoce esta versión y se conserva el resto</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>{count} claves desconocidas más (se conservan tal cual)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>clave desconocida (se conserva tal cual)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>no se puede leer ({error}); se usan los valores por defecto en cada clave</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} no está permitido ({why}); se usa el valor por defecto {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>no se puede listar: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>debe ser una lista no vacía de ids de estiramientos</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>debe ser una lista de ids de estiramientos</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>un programa debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; ya lo usa {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>ocupa {size} bytes; el límite es {limit} bytes (1 MB)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>supera el límite de {limit} bytes (1 MB)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>no existe (o es un enlace simbólico roto)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>no se puede leer: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>no es JSON válido: {error} (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>no es JSON válido: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>apunta fuera de la carpeta de estiramientos (los enlaces simbólicos no pueden salir de ella)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} no es {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}; se usa la rotación por defecto</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>falta; se usa la rotación por defecto</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>ningún estiramiento conocido; se usa la rotación por defecto</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>no se pudo copiar a {file}: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} no es {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>no es JSON UTF-8 válido: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>debe ser un objeto con ids como claves</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>no es el id de una entrada incluida</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>debe empezar por &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>debe tener de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>debe tener solo letras minúsculas, dígitos o &apos;-&apos;</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>aparece dos veces en la lista</translation>
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
        <translation>Haz clic aquí para abrir el estiramiento de hoy.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Abre el estiramiento de hoy cuando estés listo.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa completada</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>Recordatorios de GNOME sin cambios</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>No se pudieron desactivar los recordatorios de movimiento de GNOME ({error}). Puedes desactivarlos en Configuración de GNOME → Bienestar.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>Recordatorios de GNOME desactivados</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>Los recordatorios de movimiento de GNOME están desactivados; desde ahora te avisa Standup Buddy.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>El objetivo cuenta</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Minutos de movimiento</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Fijar objetivo</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Se aplica desde hoy; los días pasados conservan su objetivo.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Objetivo diario:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Objetivo de hoy</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} de {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>de {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % o más del objetivo del día</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objetivo cumplido</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy ya está en marcha: se ha abierto su ventana Progreso.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Empieza una pausa.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Recordatorios en pausa durante {minutes} min.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Recordatorios reanudados.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Objetivo fijado.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Valoración guardada.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Duración en segundos</translation>
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
        <translation>Cuántos estiramientos están activados</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  Subir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>Subir el estiramiento elegido (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  Bajar</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Bajar el estiramiento elegido (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Nuevo estiramiento…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuevo estiramiento</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Crear un estiramiento propio</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>Tu selección</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Los estiramientos marcados salen en las pausas, de arriba abajo; arrastra para reordenar.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Haz clic para cerrar</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>Micropausa</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Cumplimiento del objetivo por día</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>objetivo no cumplido</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nada registrado</translation>
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
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Días con rutina diaria</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Este mes aún no ha empezado.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Objetivo cumplido {met} de {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Racha actual: {current}. Mejor racha este mes: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Rutina diaria hecha %n día: {days}.</numerusform>
            <numerusform>Rutina diaria hecha %n días: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>Aún no hay rutina diaria este mes.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n día laborable</numerusform>
            <numerusform>%n días laborables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>Un conjunto de estiramientos ya preparado, o uno que hayas guardado</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Acerca de este programa</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Guardar como mi programa…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Guardar como mi programa</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Guardar esta selección con un nombre</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Eliminar programa</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Eliminar mi programa</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Quitar este programa tuyo</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Orden de los estiramientos</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>«En orden» recorre la lista; «Mezclado» muestra cada estiramiento una vez antes de repetir</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>Las pausas pueden usar</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Usar estiramientos: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Permitir en las pausas estiramientos de este lugar: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filtro por zona</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Solo estiramientos que trabajan estas zonas</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Cualquier zona</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Dónde puedo moverme</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>Lo que las pausas pueden pedirte: sentado, de pie o en el suelo</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Ejercicios de suelo solo fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>Pocas oficinas tienen espacio en el suelo: deja los ejercicios de suelo para casa</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>Tabla CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Tendencias</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Guardar gráfico como imagen…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Exportar historial…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>No se pudo guardar el nuevo objetivo: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Nuevo objetivo: {target} {metric} al día, desde hoy. Los días pasados conservan su objetivo.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Guardar gráfico como imagen</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>No se pudo guardar la imagen en {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Gráfico guardado en {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>No se pudo escribir la exportación: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n registro exportado a {path}.</numerusform>
            <numerusform>%n registros exportados a {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>quedan {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>queda %n minuto</numerusform>
            <numerusform>quedan %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Estiramientos de tu rotación</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Los estiramientos marcados salen en las pausas, de arriba abajo. Espacio activa o desactiva el estiramiento elegido; Ctrl+Arriba y Ctrl+Abajo lo mueven.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>Tu rutina diaria</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>Es hora de tu rutina de 5–10 minutos, con ejercicios en el suelo, cuando te venga bien: elige «Empezar mi rutina» en el menú de la bandeja.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: Rutina diaria</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Rutina diaria</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Tu rutina diaria</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Pausar la rutina</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Siguiente ejercicio</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Pasar al siguiente ejercicio (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Parar la rutina</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>Parar aquí; el tiempo hecho cuenta igual (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Espacio: pausa   ·   N: siguiente   ·   Esc: parar</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Seguir con la rutina</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Ejercicio {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>Cambia de lado: ahora tu lado izquierdo</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Cambia de lado. Ahora tu lado izquierdo.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Cambia de lado: ahora tu lado derecho</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Cambia de lado. Ahora tu lado derecho.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Rutina terminada: bien hecho</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} de movimiento, contados hoy</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>Cerrar la rutina</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy es un compañero discreto para los días largos frente al ordenador. Nota cuánto tiempo llevas sentado, sugiere una pausa corta con un estiramiento suave cuando toca y muestra, día a día, cuánto te has movido frente a un objetivo que tú mismo fijas. Todo lo que registra se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy no es consejo médico. No diagnostica ni trata ninguna afección. Si el dolor persiste o empeora, o notas entumecimiento u hormigueo, consulta a un médico o fisioterapeuta.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Busca atención médica urgente, y no estires, si el dolor de espalda o de pierna viene con alguno de estos signos: pérdida del control de la vejiga o del intestino, entumecimiento alrededor de los genitales o de las nalgas (la zona que toca un sillín), debilidad en una pierna que va a peor, o fiebre o pérdida de peso sin explicación.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>No se pudo leer el inicio al entrar</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>No se pudo cambiar el inicio al entrar</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>No se pudieron leer las valoraciones</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>Tu valoración no se guardó</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>Las valoraciones no se borraron</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>Tu rutina no se guardó</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>El historial no se exportó</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>Archivo de estiramiento omitido</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotación no guardada</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. El cambio se usa hasta que salgas.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>No se pudo exportar la rotación</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>No se pudo borrar el estiramiento</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Algunos de tus programas no se pudieron leer</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>No se pudo guardar el programa</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>No se pudo borrar el programa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: Ajustes</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>Ajustes de {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Vista previa de la próxima pausa</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al entrar</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Iniciar Standup Buddy automáticamente al entrar en este ordenador.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>El nuevo idioma se usa cuando Standup Buddy vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer valores</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>El horario de trabajo debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Elige al menos un día laborable.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Ayuda: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>No se pudo cambiar el inicio al entrar: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Pausa tras estar sentado</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duración de la pausa</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Mostrar pausas como</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Cuenta como pausa tras</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Retener pausas durante reuniones</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Retener pausas con una app a pantalla completa</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>El objetivo cuenta</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Máximo por pausa propia</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Días laborables</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reducir movimiento</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Campanilla suave</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Valoración diaria</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avisos hablados</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Pausar música y vídeos durante una pausa</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bloquear la pantalla después de</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Aviso de tiempo de pantalla después de</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Un clic cierra la señal</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Modo estricto (sin cerrar antes)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>Veces «Más tarde» por pausa</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>«Más tarde» disponible durante</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>Ofrecer «Saltar»</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Modo estricto (solo «Hecho»)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Pausas saltadas permitidas por semana</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Solo una notificación</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Una tarjeta de estiramiento</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Una tarjeta sobre pantallas oscurecidas</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Minutos de movimiento</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas hechas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas activas</translation>
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
        <translation> pausas</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>Los recordatorios están en pausa. Después, una pausa llega tras {minutes} min sentado.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Estás de pie. Cuando te sientes, una pausa llega tras {minutes} min sentado.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Una pausa llega tras {minutes} min sentado.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Con este intervalo toca una pausa ahora.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Próxima pausa a las {time} si sigues sentado</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micropausas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de trabajo</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Rutina diaria</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minutos sentado antes de que toque una pausa.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Cuánto dura una pausa.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Cuánto aplaza «Más tarde» una pausa.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Cómo se muestra una pausa: solo una notificación, una tarjeta de estiramiento o una tarjeta sobre pantallas oscurecidas.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Cuántas veces se puede posponer una misma pausa.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>«Más tarde» solo se ofrece durante esta primera parte del tiempo que un aviso de pausa está abierto (hasta que contaría como perdida).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>Ofrecer «Saltar» en una pausa (sin esto, se ofrece en su lugar la salida de emergencia).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Modo estricto: una pausa solo ofrece «Hecho» y termina sola; la salida de emergencia (Esc tres veces, o Ctrl+Mayús+Q) siempre está disponible y queda registrada.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Cuántas pausas te permites saltar por semana, mostrado en Progreso.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Pausar la música y los vídeos que suenan cuando empieza una pausa, y reanudarlos cuando termina (solo lo que Standup Buddy pausó).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Bloquear la pantalla este tiempo después de que empiece una pausa, para que te alejes (0: nunca).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>Micropausas cortas entre pausas: una pequeña señal (mirar a lo lejos, bajar los hombros) que se cierra sola y nunca toma el teclado.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minutos sentado entre micropausas (una pausa espontánea o de movimiento reinicia la cuenta).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Cuánto tiempo se muestra la señal de una micropausa.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Permitir cerrar antes la señal de una micropausa con un clic (se registra como saltada); sin esto, la señal no tiene control para cerrarla y termina sola.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Modo estricto para las micropausas: la señal no se puede cerrar antes y termina sola (aun así cede al instante ante una reunión, una pausa o una pausa de movimiento).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minutos lejos del ordenador que cuentan como una pausa propia.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Tratar una cámara o un micrófono abiertos, o un vídeo en reproducción, como presencia (las reuniones no son pausas) y retener los avisos hasta que acabe.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Retener los avisos de pausa mientras una ventana a pantalla completa (una presentación, una película) esté delante.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Después de estas horas frente al ordenador en un día, avisarlo una vez ese día.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>Qué cuenta tu objetivo diario: minutos de movimiento, pausas u horas activas.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Tu objetivo diario, en la unidad del propio objetivo.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>Como mucho estos minutos de cada pausa propia cuentan como movimiento.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Días en que se proponen pausas.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>Las pausas se proponen desde esta hora.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>Las pausas se proponen hasta esta hora.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Mostrar una postura fija en lugar de una figura animada.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Tocar una campanilla suave al empezar una pausa y al llegar el momento de cambiar de lado.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>Decir el lado en voz alta cuando un estiramiento cambia de lado (usa la voz del escritorio, si la hay).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>El idioma de las ventanas, la bandeja y el texto de la línea de órdenes («system» sigue el idioma del escritorio); las fechas y los números también lo siguen. Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Una vez al día, ofrecer con discreción la rutina diaria (5–10 minutos, con ejercicios en el suelo).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Cuándo se ofrece la rutina (al final de la jornada por defecto).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Una vez al día, preguntar cómo notas la cadera, la espalda y la pierna (se guarda en tus propios ordenadores).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin cupo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Caderas tensas</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Zona lumbar</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Ciática (dolor que baja por la pierna)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>&amp;Rigidez general por estar sentado</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Ganar fuerza</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Solo en mi &amp;escritorio (sentado)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Puedo &amp;levantarme y alejarme del escritorio</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>También tengo &amp;espacio en el suelo en casa</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: Configurar</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>Configuración de {app}</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>&amp;Omitir la configuración</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Te damos la bienvenida a Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy espera en silencio en la bandeja y de vez en cuando te sugiere una pausa corta para estirarte, además de una rutina diaria corta en casa. Unas pocas preguntas lo configuran; Omitir conserva los ajustes estándar, y puedes volver aquí desde el menú de la bandeja (Configurar…).</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>¿Cuándo trabajas?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>Las pausas solo se sugieren estos días y entre estas horas.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Trabajo el {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>El trabajo empieza a las</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>El trabajo termina a las</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>El trabajo &amp;empieza a las</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>El trabajo &amp;termina a las</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>¿Con qué frecuencia y cuánto?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Moverse cada 30–60 minutos corta los ratos largos sentado. El objetivo cuenta los minutos que te mueves en las pausas, en tu rutina y cuando te levantas por tu cuenta.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> minutos sentado</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Sugerir una pausa tras</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> minutos de movimiento al día</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Sugerir una &amp;pausa tras</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Objetivo diario</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>También &amp;micropausas: cada {minutes} minutos, un aviso de {seconds} segundos para descansar la vista o soltarte</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Una pequeña nota en la esquina que se cierra sola y nunca toma el teclado.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micropausas</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>¿Con qué te gustaría que te ayudemos?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>Esto elige los estiramientos que aparecen; puedes cambiarlos cuando quieras en Estiramientos…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>¿Dónde puedes moverte?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>Las pausas en horario de trabajo se quedan en el escritorio o de pie. Los ejercicios en el suelo (puente, bird-dog, plancha, estiramientos del flexor de cadera y de Thomas) van en una rutina diaria de 5–10 minutos que haces en casa.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>Recordarme mi &amp;rutina diaria a las</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Hora del recordatorio de la rutina</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Iniciar con tu ordenador</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy solo puede recordártelo mientras está en marcha. Con esto activado, se inicia solo cada vez que entras; puedes desactivarlo en Ajustes.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Iniciar Standup Buddy al &amp;entrar</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Iniciar Standup Buddy al entrar</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>&amp;Probar una pausa ahora</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Probar una pausa ahora</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Mira cómo es una pausa (cuenta como una de verdad):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy vive ahora en la bandeja del sistema: busca su icono redondo cerca del reloj. El anillo del icono se llena mientras estás sentado. Haz clic para ver tu Progreso o abrir una pausa pendiente; haz clic derecho para el menú (Hacer una pausa ahora, Empezar mi rutina, Configurar…, Ajustes…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que Standup Buddy muestra en su lugar una pequeña ventana de estado. Sus botones inician una pausa, abren Progreso y lo demás; al cerrarla, Standup Buddy sigue funcionando.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>minutos de movimiento</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>horas activas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Más largo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltadas</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Propias</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>sin registro aún</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>en una reunión</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>app a pantalla completa</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fuera del horario de trabajo</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} mañana</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} el {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} el {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>sin pausas (fuera del horario de trabajo)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>sin pausas hasta {moment} (horario de trabajo)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>pausa en espera ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>pausa en espera (retenida)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>En pausa hasta las {time} · sentado {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>En pausa · sentado {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>En una pausa</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Lejos del escritorio</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Sentado {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (en silencio: No molestar)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · toca pausa ahora</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · pausa en {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>estricto: solo «Hecho»</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>no quedan aplazamientos</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>queda 1 aplazamiento</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>quedan {count} aplazamientos</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Micropausa ahora</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Micropausa en espera</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Micropausa en {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estoy de pie</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Estoy sentado</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Cuánto tiempo llevas sentado</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Abrir una tarjeta de estiramiento ahora</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Empezar mi rutina</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Una rutina guiada de 5–10 minutos, con ejercicios en el suelo</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>Sin recordatorios durante 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Sin recordatorios durante una hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Sin recordatorios hasta mañana por la mañana</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Volver a recordar</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>El tiempo de pie no cuenta como sentado</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progreso…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Tu movimiento frente a tu objetivo diario</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Estiramientos…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Elegir qué estiramientos aparecen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Intervalo de pausas, objetivo, horario de trabajo y más</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>Las preguntas del primer inicio otra vez: horario, objetivo, programa</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Acerca de…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Versión, y qué es y qué no es esta app</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Dejar de registrar y cerrar Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>No se encontró bandeja del sistema en este escritorio — consulta &lt;code&gt;standup-buddy doctor&lt;/code&gt;. Esta ventana sustituye al icono de la bandeja.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>Estado de {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Tiempo sentado seguido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Próxima micropausa</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Por qué se muestra esta ventana</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>Cómo lo llama la tarjeta de pausa</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Pasos, uno por línea</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Un paso corto por línea</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Elige al menos una zona.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Escribe de 1 a {most} pasos, uno por línea.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>Paso {number}: {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>Este campo: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Nuevo estiramiento</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Editar estiramiento</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>Tu propia copia</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: Estiramientos — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>No se pudo guardar el archivo: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Problema en: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Zona: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Vista previa de la animación</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Hasta {steps} pasos, uno por línea, cada uno de {chars} caracteres como mucho.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Cada estiramiento lleva una precaución; mantén la redacción prudente y añade tus notas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Guardar estiramiento</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>Su propia animación</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Guardado en tu carpeta de estiramientos como {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>cada lado</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>DÓNDE</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>LADOS</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTACIÓN</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n problema; se omitieron los archivos afectados:</numerusform>
            <numerusform>%n problemas; se omitieron los archivos afectados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Estiramiento elegido</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Incluido o tuyo</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nombre del estiramiento</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Dónde, para qué y cuánto tiempo</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>En las pausas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Ningún estiramiento elegido</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Necesita más espacio del que tienes</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} queda fuera por el filtro</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>No está en las zonas elegidas</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>En el escritorio</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>En el suelo</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Solo puedo moverme en el escritorio</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Puedo ponerme de pie</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>Tengo espacio en el suelo en casa</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Una vez por lado</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>En orden</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Mezclado</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Entra con suavidad y nunca fuerces hasta un dolor agudo. Para si el hormigueo o el entumecimiento en la pierna aumenta, y pide consejo a un fisioterapeuta o médico si los síntomas persisten.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flexores de cadera</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Isquiotibiales</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Cuádriceps</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Gemelos</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Piernas</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Muñecas</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulación</translation>
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
        <translation>{length} por lado</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (tu duración)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>Eliminar estiramiento</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>¿Eliminar «{name}»? Su archivo se quita de tu carpeta de estiramientos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>No se pudo eliminar el estiramiento</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>«{name}» eliminado.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Importar una selección de estiramientos</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>No se pudo importar la selección</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. Tu selección no cambia.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} importado: %n estiramiento activado.</numerusform>
            <numerusform>{file} importado: %n estiramientos activados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>Exportar la selección de estiramientos</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>No se pudo exportar la selección</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Exportado a {file}. Tus propios estiramientos figuran por su id: comparte también sus archivos.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Exportado a {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Mi programa</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Guardar como mi programa</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Nombre de este programa:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Reemplazar programa</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>¿Reemplazar tu programa «{name}»?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>No se pudo guardar el programa</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Guardado como «{name}».</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Eliminar programa</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>¿Eliminar tu programa «{name}»? Los estiramientos activados siguen activados.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>No se pudo eliminar el programa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Importar una selección</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Usar una selección que alguien compartió contigo</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>Exportar la selección</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Guardar esta selección en un archivo para compartir</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>Los cambios se aplican desde la próxima pausa.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Cerrar esta ventana (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} de {total} activados</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Zona: cualquiera</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Zona: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Zona: %n</numerusform>
            <numerusform>Zonas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Rutina, por la tarde</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Tu propio programa. Si cambias algo, pasa a «Personalizado» hasta que vuelvas a guardar.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>Tu propia selección de estiramientos. Elige un programa para empezar de nuevo desde él, o guarda esta como tu programa.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Desactivado: este estiramiento no aparece en las pausas.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: no aparece mientras el filtro esté puesto.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Aparece en tu rutina diaria y en las pausas solo fuera del horario de trabajo.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>cada lado, como está escrito</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>como está escrito</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>cada lado (escrito: {seconds} s)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(escrito: {seconds} s)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>Cambiar de programa</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>¿Cambiar a {name}? Reemplaza qué estiramientos están activados y su orden. Para conservar tu selección actual, guárdala antes como tu programa.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>Usando {name}.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Deja al menos un lugar: las pausas necesitan dónde hacerse.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>«{name}» añadido al final de tu selección.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>Tu copia «{name}» ocupa el lugar del original; el original está desactivado.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>«{name}» guardado.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Guardado. Los cambios se aplican desde la próxima pausa.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>No se pudieron guardar tus estiramientos</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Se omitió parte de la selección</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. Todo lo demás se usa.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} importado; se omitió %n elemento (ver el mensaje).</numerusform>
            <numerusform>{file} importado; se omitieron %n elementos (ver el mensaje).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Rotaciones de estiramientos (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Indica a Standup Buddy una carpeta que una app de sincronización (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) mantiene igual en tus ordenadores. Standup Buddy nunca se conecta a internet por sí mismo. Los ajustes de inactividad y de estilo son de cada ordenador; el objetivo, la rotación y el historial te acompañan.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nombre de este ordenador:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este ordenador</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Dispositivos vistos</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Olvidar este dispositivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (este equipo)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>¿Dejar fuera el historial de {name} en todos los equipos y quitar sus archivos de la carpeta de sincronización? Su propia base de datos no se toca.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>No se pudo guardar la elección de sincronización: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Guardado. El nuevo nombre aparece en tus otros equipos tras el próximo reinicio.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>La sincronización queda desactivada desde el próximo inicio. Los archivos de la carpeta se dejaron como están.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Guardado. Standup Buddy sincroniza por esta carpeta desde su próximo inicio.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>La sincronización está desactivada. Los archivos de la carpeta se dejaron como están.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Guardado, pero {folder} no se puede usar ahora; consulta el registro.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Guardado. Tus otros equipos muestran el nuevo nombre tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Sincronizando ahora por esta carpeta.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>La sincronización no está en marcha.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Olvidado. Sus archivos salen de la carpeta y su historial sale de todos los equipos.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>No se puede escribir en la carpeta de sincronización ahora ({error}); se reintentará.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>no hay ningún dispositivo llamado {name!r}; dispositivos vistos: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>la sincronización está desactivada, así que aquí solo este dispositivo (&apos;this&apos;) tiene historial</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Sincronizando a través de {folder} como {name}. Reinicia Standup Buddy para usarlo.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>La sincronización está desactivada. Los archivos de la carpeta se han dejado como estaban.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>la sincronización está desactivada; elige una carpeta con: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>este es el dispositivo en el que estás; &apos;sync off&apos; detiene su sincronización</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n dispositivo olvidado.</numerusform>
            <numerusform>%n dispositivos olvidados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>Este dispositivo: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(este dispositivo)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>última sincronización {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Línea de tiempo de hoy</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pausa saltada a las {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Pausa pospuesta a las {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Pausa perdida a las {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Aún no hay nada registrado hoy.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Pausa no tomada</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Abrir ahora</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>Abrir ahora la tarjeta de pausa</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Sentado ahora:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Rato sentado más largo hoy:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pausas:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Sentado hoy:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>El día hasta ahora</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>sin registrar ahora mismo</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} hechas · {snoozed} pospuestas · {skipped} saltadas · {missed} perdidas · {natural} propias</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (de pie {standing}, en pausa {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Objetivo cumplido</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Objetivo aún no cumplido</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. Sentado ahora: {current}. Sentado más largo hoy: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Pausas: {completed} hechas, {snoozed} pospuestas, {skipped} saltadas, {missed} perdidas; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pausa propia</numerusform>
            <numerusform>%n pausas propias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>Pausar los recordatorios un rato</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Movimiento y sentado más largo por día, últimas doce semanas</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Sentado más largo por hora del día, últimas doce semanas</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>movimiento (min)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>sentada más larga (min)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>sentada más larga iniciada en esa hora (min)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>No se registró tiempo sentado en estas doce semanas.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Tus ratos sentado más largos empiezan hacia las {time} (hasta {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Objetivo cumplido {met} de %n día laborable en las últimas doce semanas.</numerusform>
            <numerusform>Objetivo cumplido {met} de %n días laborables en las últimas doce semanas.</numerusform>
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
        <translation>Micropausas hechas: {days}  (no cuentan como movimiento)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>El gráfico muestra</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Mostrar valoraciones</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Micropausas hechas por día</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>El gráfico muestra:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Límite de tiempo de pantalla alcanzado: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} por día, semana del {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: recordatorios de pausa de GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME también te recuerda que te muevas.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Configuración → Bienestar). Con {app} en marcha también, dos aplicaciones que no saben la una de la otra te pedirían que te levantes.

¿Desactivar los recordatorios de movimiento de GNOME y dejar que lo haga {app}? Sus pausas para la vista siguen igual, y puedes volver a activar los recordatorios de movimiento en Configuración de GNOME cuando quieras.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>Desactivar los de GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Mantener ambos</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>Los recordatorios de movimiento de GNOME están activados: {length} cada {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>Los recordatorios de movimiento de GNOME están activados</translation>
    </message>
</context>
</TS>
