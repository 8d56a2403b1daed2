<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: Sobre</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Sobre o {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>Logotipo do {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>Sem bandeja do sistema</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema, então o Standup Buddy mostra uma pequena janela de status no lugar. Execute &apos;standup-buddy doctor&apos; para ver os detalhes.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>Controle remoto indisponível</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>Não foi possível abrir o socket local: &apos;standup-buddy status&apos; e os outros comandos não chegarão a esta instância (veja o log).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>Executando {speed}× mais rápido</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>Cada duração passa {speed} vezes mais rápido, e o histórico é datado por esse relógio acelerado. Use STANDUP_BUDDY_HOME para manter uma demonstração separada do seu histórico.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>Arquivo de histórico reparado</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Histórico indisponível</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} O Standup Buddy continua lembrando você, mas nada é salvo nesta sessão.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>Sem detecção de inatividade</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>O Standup Buddy não consegue ver a atividade do teclado e do mouse nesta área de trabalho, então conta todo o tempo em execução como sentado; use &quot;Fazer uma pausa agora&quot; quando se levantar. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>Progresso indisponível</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>Não foi possível abrir o banco de dados do histórico.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>Não foi possível iniciar a janela Progresso.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>O arquivo de histórico estava danificado (um problema de disco ou do sistema de arquivos), então o Standup Buddy criou um novo e copiou para ele todos os registros que ainda conseguiu ler ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>Alguns dados ({parts}) não puderam ser lidos de volta.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>O arquivo danificado foi guardado como {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>O acompanhamento continua normalmente.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotação não salva</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configurações não salvas</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>Não foi possível gravar {file}: {error}. As novas configurações valem até o Standup Buddy ser fechado.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>Histórico não salvo</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. O acompanhamento continua; o Standup Buddy tentará de novo na próxima mudança.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>Alongamentos</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>O editor de alongamentos não está disponível nesta versão.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>Na sua mesa</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>No chão</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc três vezes ou {keys}: saída de emergência</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter: feito</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: mais tarde</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: pular</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: outro alongamento</translation>
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
        <translation>Hora de uma pausa curta</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>Qual alongamento</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nome do alongamento</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Onde, para quê e por quanto tempo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  Troque de lado</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>Troque de lado agora</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>Contagem regressiva para o bloqueio da tela</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>Alongamento anterior</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>Alongamento anterior ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>Próximo alongamento</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>Próximo alongamento ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>Pular esta pausa</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>Pular esta pausa (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>Adiar {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>Adiar %n minuto</numerusform>
            <numerusform>Adiar %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>Lembrar de novo em %n minuto (S)</numerusform>
            <numerusform>Lembrar de novo em %n minutos (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>Fiz o alongamento (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(restam {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>Alongamento {index} de {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>A tela será bloqueada em {time}</translation>
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
        <translation>Hora de uma pausa curta</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>Clique no ícone do Standup Buddy na bandeja para abrir o alongamento de hoje.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>Escolha “Iniciar pausa” para abrir o alongamento de hoje.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Abra o alongamento de hoje com “Fazer uma pausa agora” na janela do Standup Buddy.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Iniciar pausa</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>O cartão abre quando você para de digitar.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>Nenhum compositor está rodando, então a tela não é escurecida.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>Pausa: cartão de alongamento</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa concluída</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>Volte quando estiver pronto.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter: fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>Fechar este cartão</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} para esta pausa</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>Respire com calma</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>Cuidado</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>pausas de alongamento (min)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>pausas próprias (min)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>pausas de alongamento</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>pausas próprias</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>horas ativas</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>movimento (min)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>maior tempo sentado</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>nota do check-in</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>maior tempo sentado (min)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} de pausas de alongamento, {natural} de pausas próprias)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>não atingida</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}; meta {goal}, {verdict}; maior tempo sentado {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; avaliação {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: Avaliação</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Avaliação diária</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoje não</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>Como estão seu quadril, suas costas e sua perna hoje?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>Avaliação diária</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 significa sem dor ou rigidez, 10 a pior.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Nota opcional</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>Nota da avaliação</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Salvar avaliação</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>Apagar todas as avaliações…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>Guardado neste computador e, pela sua pasta de sincronização, nos seus outros computadores, para o seu próprio registro; nunca enviado para outro lugar.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>Fica só neste computador, para o seu próprio registro; nunca é enviado a lugar nenhum.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 nenhuma</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 a pior</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>Salvo para hoje: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>Sem resposta hoje.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>Não salvo: {problem}. Sua resposta continua aqui; tente de novo.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>Apagar todas as avaliações</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>Apagar todas as notas e observações de avaliação salvas? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>Não excluído: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n avaliação apagada.</numerusform>
            <numerusform>%n avaliações apagadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>Um companheiro na bandeja do sistema que mede quanto tempo você fica sentado e sugere pausas para alongar.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar o número da versão e sair</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>fazer cada duração passar N vezes mais rápido (demonstração e testes, 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>tempo sentado sem parar e próxima pausa, segundo o aplicativo</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprimir um objeto JSON</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>pedir ao aplicativo em execução que comece uma pausa agora</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>pausar os lembretes por MINUTES minutos</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>retomar os lembretes</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>números por dia do seu histórico</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>quantos dias para trás, hoje incluído (padrão 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>só o histórico deste computador (um nome ou id de dispositivo, ou &apos;this&apos;; pode repetir)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>a pasta de sincronização compartilhada com seus outros computadores</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>a pasta, este dispositivo e os dispositivos vistos</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>usar FOLDER (mantida em dia por um programa de sincronização)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>o nome deste computador na lista de dispositivos</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>parar de sincronizar (os arquivos da pasta ficam)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>deixar um dispositivo fora do histórico</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>exportar todo o seu histórico</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>gravar aqui em vez da saída padrão</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>o catálogo de alongamentos</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>o catálogo na ordem da rotação</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>verificar arquivos de alongamento e imprimir cada problema</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>o que este desktop oferece: fonte de inatividade, bandeja, caminhos</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>abrir a janela Progresso (em um processo próprio)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>O Standup Buddy não está em execução. Inicie-o com: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>não é possível ler o histórico: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>aviso: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>o arquivo de histórico {file} está danificado; mostrando %n registro que ainda pode ser lido (o arquivo não é alterado; o aplicativo o deixa de lado e o repara ao iniciar)</numerusform>
            <numerusform>o arquivo de histórico {file} está danificado; mostrando os %n registros que ainda podem ser lidos (o arquivo não é alterado; o aplicativo o deixa de lado e o repara ao iniciar)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} é uma pasta; informe um nome de arquivo</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: a pasta {folder} não existe</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: você não tem permissão para gravar aí</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>não foi possível gravar {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n registro exportado para {file}.</numerusform>
            <numerusform>%n registros exportados para {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>arquivo não encontrado: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n arquivo OK</numerusform>
            <numerusform>%n arquivos OK</numerusform>
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
        <translation>NOME</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AÇÃO</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>DISPOSITIVO</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>erro: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} deve ser um número inteiro, não {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} deve estar entre {low} e {high}, não {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperava no máximo um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperava pelo menos um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito %r ignorado</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
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
        <translation>Duração própria</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>Usar minha própria duração para este alongamento</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>Manter este alongamento pelo tempo que você escolher</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>Peso ao misturar</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>Ao misturar, alongamentos mais pesados tendem a aparecer mais cedo em cada rodada</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Editar alongamento</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>Alterar este alongamento seu</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>Duplicar como meu…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>Duplicar como meu</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>Fazer sua própria cópia deste alongamento para alterar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>Excluir alongamento</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>Excluir este alongamento seu</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>Os alongamentos incluídos ficam como estão; copie um para alterá-lo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>Nas suas pausas</translation>
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
        <translation>Tipo de sessão</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>Inatividade: protocolo</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>Inatividade: fonte</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>Inatividade: agora</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>Inatividade: ordem</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>Inatividade: descartadas</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>Inatividade: observação</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>Sinal de bloqueio</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>Sinal de suspensão</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>Reunião: câmera</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>Reunião: microfone</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>Reunião: inibidor de inatividade</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>Reunião: agora</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>Reunião: detalhe</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>Detecção de tela cheia</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>Tela cheia agora</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>Bandeja do sistema</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Plataforma Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Não perturbe</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>Mídia nas pausas</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bloqueio de tela</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>Pasta de configuração</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Arquivo de configurações</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>Pasta de alongamentos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>Bem-estar do GNOME</translation>
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
        <translation>{done} de {target} minutos de movimento</translation>
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
        <translation>Demonstração do alongamento</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>Uma figura que mostra como fazer o alongamento</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>Sem demonstração para este alongamento: siga os passos</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>minutos de movimento</translation>
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
        <translation>horas ativas</translation>
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
        <translation>Muito bem — pausa concluída.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>Muito bem — hoje {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Esta semana ainda não começou.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>Nada foi registrado nesta semana.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>Meta atingida em {met} de %n dia de trabalho até agora</numerusform>
            <numerusform>Meta atingida em {met} de %n dias de trabalho até agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>Meta atingida em {met} de %n dia de trabalho</numerusform>
            <numerusform>Meta atingida em {met} de %n dias de trabalho</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>Nenhum dia de trabalho nesta semana</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}; nenhum tempo sentado registrado.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}; maior tempo sentado {duration} na {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>não atingida</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>Meta: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>Movimento: {total} min ({breaks} de pausas de alongamento, {natural} de pausas próprias)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>Horas ativas: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>Sentado: {total}; maior tempo sentado {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>Em pé: {standing}; pausado {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>Avaliação: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>Pausas: {completed} feitas, {snoozed} adiadas, {skipped} puladas, {missed} perdidas; {natural} próprias</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>Pausa própria</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>Pausa de alongamento</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>não é um campo conhecido</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} não é um número</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} está fora dos limites ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está faltando</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>deve ser um objeto com x, y, tilt</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>deve ser um objeto de ângulos das articulações</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>deve ser uma lista de no máximo {most} acessórios</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>deve ser uma lista de nomes de segmentos do corpo</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} não é true nem false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>deve ser uma lista não vazia</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>não é uma articulação conhecida</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>tem {count} itens (no máximo {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>o primeiro quadro-chave deve estar em t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>deve vir depois do anterior</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} não é um de {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} não é um id de programa</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; aparece duas vezes na lista</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>deve ser um id de alongamento ou um objeto</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>deve ser uma lista com valores de {allowed}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; não é um alongamento conhecido</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>uma rotação deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>uma referência de arquivo deve terminar em {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>uma referência de arquivo não pode conter &apos;\&apos;, &apos;:&apos; nem NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>uma referência de arquivo deve ser relativa à pasta de alongamentos</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>uma referência de arquivo não pode conter &apos;..&apos;, &apos;.&apos; nem partes vazias</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} não é texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>não pode ficar vazio</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>tem {length} caracteres (no máximo {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contém caracteres de controle</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>deve ser um objeto com idiomas como chaves, por exemplo {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>um alongamento deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>não é um código de idioma como &apos;de&apos;, &apos;pt_BR&apos; ou &apos;zh_CN&apos;; é ignorado</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} deve ter de 1 a 48 letras minúsculas, dígitos ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>deve ser uma lista não vazia de áreas ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} não é um número inteiro de segundos</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>deve ser uma lista de 1 a {most} frases curtas</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; já é usado por um alongamento incluído</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>não foi possível ler o arquivo</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>deve ser um id de animação ou um objeto com quadros-chave</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>cita uma área duas vezes</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} não é uma animação conhecida</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}; o inglês é mostrado no lugar</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>o inglês cita o lado esquerdo e o direito; a tradução não</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>o inglês cita o lado esquerdo; a tradução não</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>o inglês cita o lado direito; a tradução não</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>os marcadores {found} não correspondem aos do inglês {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>deve ser um objeto de campos traduzidos</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>não é um campo traduzível</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>deve ser uma lista de textos, como no inglês</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>tem {count} itens; o inglês tem {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>uma lista de dias como {example}</translation>
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
        <translation>por cento</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sem cota</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>esperado: {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>um número inteiro de {low} a {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>um de {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>um horário como &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>um número inteiro de {low} a {high} ({unit}); {low} significa {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>um número inteiro de {low} a {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>um número inteiro de {low} a {high}; {low} significa {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} não é um dia: esperado {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>fora dos limites: o permitido é {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}; os valores padrão valem para todas as chaves até você salvar na janela Configurações</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>não é TOML válido na linha {line}, coluna {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}; os valores padrão valem para todas as chaves até você salvar na janela Configurações; uma cópia foi salva como {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>erro de sintaxe</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>não é TOML válido na linha {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>não é TOML válido ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} não é um número inteiro; o arquivo é lido como versão {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>foi gravado por um Standup Buddy mais novo (versão {version}); as chaves que esta versão conhece são lidas e o resto é mantido</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>mais {count} chaves desconhecidas (mantidas como estão)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>chave desconhecida (mantida como está)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>não pode ser lido ({error}); os valores padrão valem para todas as chaves</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} não é permitido ({why}); vale o padrão {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>não pode ser listado: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>deve ser uma lista não vazia de ids de alongamentos</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>deve ser uma lista de ids de alongamentos</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>um programa deve ser um objeto JSON</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; já é usado por {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>tem {size} bytes; o limite é {limit} bytes (1 MB)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>passa do limite de {limit} bytes (1 MB)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>não existe (ou é um link simbólico quebrado)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>não pode ser lido: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>não é JSON válido: {error} (linha {line}, coluna {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>não é JSON válido: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>aponta para fora da pasta de alongamentos (links simbólicos não podem sair dela)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} não é {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}; vale a rotação padrão</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>está faltando; vale a rotação padrão</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>nenhum alongamento conhecido; vale a rotação padrão</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>não foi possível copiar para {file}: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} não é {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>não é JSON UTF-8 válido: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>deve ser um objeto com ids como chaves</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>não é o id de um item incluído</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>deve começar com &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>deve ter de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>deve ter só letras minúsculas, dígitos ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>aparece duas vezes na lista</translation>
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
        <translation>Clique aqui para abrir o alongamento de hoje.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>Abra o alongamento de hoje quando estiver pronto.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>Pausa concluída</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>Lembretes do GNOME inalterados</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>Não foi possível desativar os lembretes de movimento do GNOME ({error}). Você pode desativá-los em Configurações do GNOME → Bem-estar.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>Lembretes do GNOME desativados</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>Os lembretes de movimento do GNOME estão desativados; a partir de agora o Standup Buddy lembra você.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>A meta conta</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>Minutos de movimento</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas ativas</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>Definir meta</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>Vale a partir de hoje; os dias passados mantêm a meta que tinham.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>Meta diária:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>Meta de hoje</translation>
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
        <translation>200 % ou mais da meta do dia</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>meta atingida</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>O Standup Buddy já está em execução: a janela Progresso foi aberta.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>Uma pausa está começando.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>Lembretes pausados por {minutes} min.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>Lembretes retomados.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>Meta definida.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Avaliação salva.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>Duração em segundos</translation>
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
        <translation>Quantos alongamentos estão ligados</translation>
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
        <translation>Subir o alongamento escolhido (Ctrl+Cima)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  Descer</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>Descer o alongamento escolhido (Ctrl+Baixo)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>Novo alongamento…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Novo alongamento</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>Criar um alongamento seu</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>Sua seleção</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>Os alongamentos marcados aparecem nas pausas, de cima para baixo; arraste para reordenar.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>Clique para fechar</translation>
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
        <translation>Tempo restante</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>Meta atingida por dia</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>meta atingida</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>meta não atingida</translation>
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
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Próximo ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>Dias com rotina diária</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>Este mês ainda não começou.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>Meta atingida em {met} de {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>Sequência atual: {current}. Melhor sequência neste mês: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>Rotina diária feita em %n dia: {days}.</numerusform>
            <numerusform>Rotina diária feita em %n dias: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>Nenhuma rotina diária feita neste mês ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n dia de trabalho</numerusform>
            <numerusform>%n dias de trabalho</numerusform>
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
        <translation>Um conjunto pronto de alongamentos, ou um que você salvou</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Sobre este programa</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>Salvar como meu programa…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Salvar como meu programa</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>Guardar esta seleção com um nome</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Excluir programa</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>Excluir meu programa</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>Remover este programa seu</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>Ordem dos alongamentos</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>“Em ordem” percorre a lista; “Misturado” mostra cada alongamento uma vez antes de repetir</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>As pausas podem usar</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>Usar alongamentos: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>Permitir nas pausas alongamentos feitos aqui: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>Filtro por região</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>Só alongamentos que trabalham estas regiões</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Qualquer região</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>Onde posso me mexer</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>O que as pausas podem pedir de você: sentado, em pé ou no chão</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>Exercícios no chão só fora do horário de trabalho</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>Poucos escritórios têm espaço no chão: deixe os exercícios no chão para casa</translation>
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
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>&amp;Tendências</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>Salvar gráfico como imagem…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>Exportar histórico…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>Não foi possível salvar a nova meta: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>Nova meta: {target} {metric} por dia, a partir de hoje. Os dias passados mantêm a meta que tinham.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>Salvar gráfico como imagem</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>Não foi possível salvar a imagem em {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Gráfico salvo em {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>Não foi possível gravar a exportação: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n registro exportado para {path}.</numerusform>
            <numerusform>%n registros exportados para {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>faltam {minutes} {seconds}</translation>
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
            <numerusform>falta %n minuto</numerusform>
            <numerusform>faltam %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>falta %n segundo</numerusform>
            <numerusform>faltam %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>Alongamentos da sua rotação</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Os alongamentos marcados aparecem nas pausas, de cima para baixo. Espaço liga ou desliga o alongamento escolhido; Ctrl+Cima e Ctrl+Baixo o movem.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>Sua rotina diária</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>Hora da sua rotina de 5–10 minutos, com exercícios no chão, quando for bom para você: escolha &quot;Começar minha rotina&quot; no menu da bandeja.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: Rotina diária</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Rotina diária</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>Sua rotina diária</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>Pausar a rotina</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>Pausar ou continuar (Espaço)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>Próximo exercício</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>Ir para o próximo exercício (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>Parar a rotina</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>Parar aqui; o tempo até agora conta (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Espaço: pausar   ·   N: próximo   ·   Esc: parar</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Sinais de alerta</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>Continuar a rotina</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>faltam {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>Exercício {progress}</translation>
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
        <translation>Troque de lado: agora o seu lado esquerdo</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>Troque de lado. Agora o seu lado esquerdo.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>Troque de lado: agora o seu lado direito</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>Troque de lado. Agora o seu lado direito.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>Rotina concluída: muito bem</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} de movimento, contados hoje</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>Fechar a rotina</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>O Standup Buddy é um companheiro discreto para os dias longos no computador. Ele percebe há quanto tempo você está sentado, sugere uma pausa curta com um alongamento suave na hora certa e mostra, dia a dia, quanto você se mexeu em relação a uma meta que você mesmo definiu. Tudo o que ele registra fica neste computador.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>O Standup Buddy não é orientação médica. Ele não diagnostica nem trata nenhuma condição. Se a dor continuar ou piorar, ou se você notar dormência ou formigamento, procure um médico ou fisioterapeuta.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>Procure ajuda médica urgente, e não alongue, se a dor nas costas ou na perna vier com algum destes sinais: perda do controle da bexiga ou do intestino, dormência ao redor dos genitais ou do bumbum (a área que encosta num selim), fraqueza numa perna que está piorando, ou febre ou perda de peso sem explicação.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>Não foi possível ler o início ao entrar</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>Não foi possível alterar o início ao entrar</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>Não foi possível ler as avaliações</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>Sua avaliação não foi salva</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>As avaliações não foram excluídas</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>Sua rotina não foi salva</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>O histórico não foi exportado</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>Arquivo de alongamento ignorado</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>Rotação não salva</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. A mudança vale até você sair.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Não foi possível exportar a rotação</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Não foi possível excluir o alongamento</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>Alguns dos seus programas não puderam ser lidos</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Não foi possível salvar o programa</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Não foi possível excluir o programa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: Configurações</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>Configurações do {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>Prévia da próxima pausa</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicialização</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar ao entrar</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>Iniciar o Standup Buddy automaticamente ao entrar neste computador.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>O novo idioma é usado quando o Standup Buddy iniciar de novo.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>O horário de trabalho precisa terminar depois de começar.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>Escolha pelo menos um dia de trabalho.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>Ajuda: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>Não foi possível mudar o início ao entrar: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>Pausa depois de sentado por</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>Duração da pausa</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>Adiar por</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>Mostrar pausas como</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>Conta como pausa depois de</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>Segurar pausas durante reuniões</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>Segurar pausas com um app em tela cheia</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>A meta conta</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>Limite por pausa própria</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>Dias de trabalho</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>Reduzir movimento</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>Sino suave</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Avaliação diária</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avisos falados</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>Pausar músicas e vídeos durante uma pausa</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bloquear a tela após</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>Aviso de tempo de tela após</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>Um clique fecha o aviso</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>Modo estrito (sem fechar antes)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>Vezes “Mais tarde” por pausa</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>“Mais tarde” oferecido durante</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>Oferecer “Pular”</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>Modo estrito (só “Feito”)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>Pausas puladas permitidas por semana</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>Só uma notificação</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>Um cartão de alongamento</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>Um cartão sobre telas escurecidas</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>Minutos de movimento</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>Pausas feitas</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Horas ativas</translation>
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
        <translation>Idioma do sistema</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>Os lembretes estão pausados. Depois, uma pausa vem após {minutes} min sentado.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>Você está em pé. Quando sentar, uma pausa vem após {minutes} min sentado.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>Uma pausa vem depois de {minutes} min sentado.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>Com este intervalo, uma pausa é devida agora.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>Próxima pausa às {time} se você continuar sentado</translation>
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
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>Rotina diária</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>Minutos sentado até uma pausa ser devida.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>Quanto dura uma pausa.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>Quanto “Mais tarde” adia uma pausa.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>Como uma pausa aparece: só uma notificação, um cartão de alongamento ou um cartão sobre telas escurecidas.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>Quantas vezes uma mesma pausa pode ser adiada.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>“Mais tarde” só é oferecido durante esta primeira parte do tempo em que um aviso de pausa fica aberto (até contar como perdida).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>Oferecer “Pular” em uma pausa (sem isso, a saída de emergência é oferecida no lugar).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>Modo estrito: uma pausa oferece só “Feito” e termina sozinha; a saída de emergência (Esc três vezes, ou Ctrl+Shift+Q) está sempre disponível e é registrada.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>Quantas pausas você se permite pular por semana, mostrado em Progresso.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>Pausar músicas e vídeos que estão tocando quando uma pausa começa e retomá-los quando ela termina (só o que o Standup Buddy pausou).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>Bloquear a tela este tempo depois que uma pausa começa, para você se afastar (0: nunca).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>Micropausas curtas entre as pausas: um pequeno aviso (olhar para longe, soltar os ombros) que fecha sozinho e nunca toma o teclado.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>Minutos sentado entre micropausas (uma pausa espontânea ou de movimento reinicia a contagem).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>Quanto tempo o aviso de uma micropausa fica visível.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>Permitir fechar antes o aviso de uma micropausa com um clique (registrado como pulado); sem isso, o aviso não tem controle para fechar e termina sozinho.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>Modo estrito para micropausas: o aviso não pode ser fechado antes e termina sozinho (mesmo assim, ele cede na hora a uma reunião, uma pausa ou uma pausa de movimento).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>Minutos longe do computador que contam como uma pausa própria.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>Considerar uma câmera ou um microfone abertos, ou um vídeo tocando, como presença (reuniões não são pausas) e segurar os avisos até terminar.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>Segurar os avisos de pausa enquanto uma janela em tela cheia (uma apresentação, um filme) estiver na frente.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>Depois de tantas horas no computador em um dia, avisar uma vez naquele dia.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>O que sua meta diária conta: minutos de movimento, pausas ou horas ativas.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>Sua meta diária, na unidade da própria meta.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>No máximo estes minutos de cada pausa própria contam como movimento.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>Dias em que as pausas são sugeridas.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>As pausas são sugeridas a partir deste horário.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>As pausas são sugeridas até este horário.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>Mostrar uma pose parada em vez de uma figura animada.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>Tocar um sino suave quando uma pausa começa e quando é hora de trocar de lado.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>Dizer o lado em voz alta quando um alongamento troca de lado (usa a voz da área de trabalho, se houver).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>O idioma das janelas, da bandeja e do texto da linha de comando (“system” segue o idioma da área de trabalho); datas e números também o seguem. Vale a partir do próximo início.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>Uma vez por dia, oferecer discretamente a rotina diária (5–10 minutos, com exercícios no chão).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>Quando a rotina é oferecida (o fim do dia de trabalho padrão).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>Uma vez por dia, perguntar como estão seu quadril, suas costas e sua perna (guardado nos seus próprios computadores).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sem cota</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;Quadril tenso</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>&amp;Lombar</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;Ciática (dor que desce pela perna)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>&amp;Rigidez geral de ficar sentado</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;Ganhar força</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>Só na minha &amp;mesa (sentado)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>Posso &amp;levantar e me afastar da mesa</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>Também tenho &amp;espaço no chão em casa</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: Configurar</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>Configuração do {app}</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>&amp;Pular configuração</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Concluir</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Boas-vindas ao Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>O Standup Buddy fica quieto na bandeja e sugere de vez em quando uma pausa curta para alongar, além de uma rotina diária curta em casa. Algumas perguntas o configuram; Pular mantém as configurações padrão, e você pode voltar aqui pelo menu da bandeja (Configurar…).</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>Quando você trabalha?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>As pausas só são sugeridas nesses dias e entre esses horários.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>Trabalho na {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>O trabalho começa às</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>O trabalho termina às</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>O trabalho &amp;começa às</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>O trabalho &amp;termina às</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>Com que frequência, e quanto?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>Mexer-se a cada 30–60 minutos interrompe longos períodos sentado. A meta conta os minutos em que você se mexe nas pausas, na sua rotina e quando se afasta por conta própria.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> minutos sentado</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>Sugerir uma pausa depois de</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> minutos de movimento por dia</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Meta diária</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>Sugerir uma &amp;pausa após</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>&amp;Meta diária</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>Também &amp;micropausas: a cada {minutes} minutos, um aviso de {seconds} segundos para descansar os olhos ou se soltar</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>Uma pequena nota no canto que fecha sozinha e nunca toma o teclado.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>Micropausas</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>Com o que você gostaria de ajuda?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>Isso escolhe os alongamentos que aparecem; você pode mudá-los a qualquer momento em Alongamentos…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>Onde você pode se mexer?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>As pausas no horário de trabalho ficam na mesa ou em pé. Os exercícios no chão (ponte, bird-dog, prancha, alongamentos do flexor do quadril e de Thomas) vão para uma rotina diária de 5–10 minutos que você faz em casa.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>Lembrar da minha &amp;rotina diária às</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>Horário do lembrete da rotina</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>Iniciar com o computador</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>O Standup Buddy só consegue lembrar você enquanto está em execução. Com isto ligado, ele inicia sozinho sempre que você entra; você pode desligar isso nas Configurações.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>Iniciar o Standup Buddy ao &amp;entrar</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>Iniciar o Standup Buddy ao entrar</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>&amp;Experimentar uma pausa agora</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>Experimentar uma pausa agora</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>Veja como é uma pausa (ela conta como uma pausa de verdade):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>O Standup Buddy agora fica na bandeja do sistema: procure o ícone redondo perto do relógio. O anel do ícone se enche enquanto você está sentado. Clique nele para ver seu Progresso ou abrir uma pausa que está esperando; clique com o botão direito para o menu (Fazer uma pausa agora, Começar minha rotina, Configurar…, Configurações…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema, então o Standup Buddy mostra uma pequena janela de status no lugar. Os botões dela iniciam uma pausa, abrem o Progresso e o resto; fechá-la mantém o Standup Buddy em execução.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>Tudo pronto</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>minutos de movimento</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>pausas</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>horas ativas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feitas</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Puladas</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>Próprias</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atingida</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>ainda sem registro</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>em reunião</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>app em tela cheia</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>fora do horário de trabalho</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} amanhã</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} de {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} em {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>sem pausas (fora do horário de trabalho)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>sem pausas até {moment} (horário de trabalho)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>pausa esperando ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>pausa esperando (segurada)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>Pausado até {time} · sentado há {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>Pausado · sentado há {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>Em uma pausa</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Longe da mesa</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>Sentado há {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (discretamente: Não perturbe)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · pausa devida agora</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · pausa em {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>estrito: só “Feito”</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>nenhum adiamento restante</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>1 adiamento restante</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>{count} adiamentos restantes</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>Micropausa agora</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>Micropausa aguardando</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>Micropausa em {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>Estou em pé</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>Estou sentado</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>Há quanto tempo você está sentado</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>Abrir um cartão de alongamento agora</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>Começar minha rotina</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>Uma rotina guiada de 5–10 minutos, com exercícios no chão</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Por 30 minutos</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>Sem lembretes por 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Por 1 hora</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>Sem lembretes por uma hora</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>Sem lembretes até amanhã de manhã</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>Voltar a lembrar</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>O tempo em pé não conta como sentado</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progresso…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>Seu movimento em relação à sua meta diária</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>Alongamentos…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>Escolher quais alongamentos aparecem</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>Intervalo das pausas, meta, horário de trabalho e mais</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>As perguntas do primeiro início de novo: horário, meta, programa</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>Sobre…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>Versão, e o que este app é e não é</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>Parar de registrar e fechar o Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>Nenhuma bandeja do sistema foi encontrada nesta área de trabalho — veja &lt;code&gt;standup-buddy doctor&lt;/code&gt;. Esta janela substitui o ícone da bandeja.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>Status do {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>Tempo sentado seguido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>Próxima micropausa</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>Por que esta janela aparece</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar lembretes</translation>
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
        <translation>Como o cartão de pausa o chama</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>Passos, um por linha</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>Um passo curto por linha</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Cuidado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animação</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>Escolha pelo menos uma área.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>Escreva de 1 a {most} passos, um por linha.</translation>
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
        <translation>Este campo: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>Novo alongamento</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>Editar alongamento</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>Sua própria cópia</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: Alongamentos — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>Não foi possível salvar o arquivo: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>Problema em: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>Região: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>Prévia da animação</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>Até {steps} passos, um por linha, cada um com no máximo {chars} caracteres.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>Todo alongamento tem um aviso de cuidado; mantenha a redação cautelosa e acrescente suas notas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>Salvar alongamento</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>Animação própria</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>Salvo na sua pasta de alongamentos como {file}</translation>
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
        <translation>NOME</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ONDE</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>FOCO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TEMPO</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>LADOS</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ROTAÇÃO</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluído</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n problema; os arquivos afetados foram ignorados:</numerusform>
            <numerusform>%n problemas; os arquivos afetados foram ignorados:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>Alongamento escolhido</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>Incluído ou seu</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>Nome do alongamento</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>Onde, para quê e por quanto tempo</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>Nas pausas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>Nenhum alongamento escolhido</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Incluído</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Seu</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>Precisa de mais espaço do que você tem</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} está fora pelo filtro</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>Fora das regiões escolhidas</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>Na mesa</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>No chão</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>Só posso me mexer na mesa</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>Posso ficar em pé</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>Tenho espaço no chão em casa</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Chão</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Uma vez</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>Uma vez de cada lado</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Em ordem</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Misturado</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>Entre devagar e nunca force até uma dor aguda. Pare se o formigamento ou a dormência na perna aumentar e procure um fisioterapeuta ou médico se os sintomas continuarem.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>Flexores do quadril</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Glúteos</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Posteriores da coxa</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Quadríceps</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Panturrilhas</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Pernas</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Core</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Lombar</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta das costas</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Ombros</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Pescoço</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Peito</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Punhos</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Olhos</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>Postura</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulação</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Equilíbrio</translation>
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
        <translation>{length} de cada lado</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (sua duração)</translation>
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
        <translation>Excluir alongamento</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>Excluir “{name}”? O arquivo dele é removido da sua pasta de alongamentos.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>Não foi possível excluir o alongamento</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>“{name}” excluído.</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>Importar uma seleção de alongamentos</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>Não foi possível importar a seleção</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. Sua seleção não mudou.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} importado: %n alongamento ativado.</numerusform>
            <numerusform>{file} importado: %n alongamentos ativados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>Exportar a seleção de alongamentos</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>Não foi possível exportar a seleção</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>Exportado para {file}. Seus próprios alongamentos aparecem pelo id: compartilhe também os arquivos deles.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>Exportado para {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>Meu programa</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>Salvar como meu programa</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>Nome deste programa:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>Substituir programa</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>Substituir seu programa “{name}”?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>Não foi possível salvar o programa</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>Salvo como “{name}”.</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>Excluir programa</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>Excluir seu programa “{name}”? Os alongamentos ativados continuam ativados.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>Não foi possível excluir o programa</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>Importar uma seleção</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>Usar uma seleção que alguém compartilhou com você</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>Exportar a seleção</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>Salvar esta seleção em um arquivo para compartilhar</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>As mudanças valem a partir da próxima pausa.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Fechar esta janela (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} de {total} ligados</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>Área: qualquer</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>Área: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>Área: %n</numerusform>
            <numerusform>Áreas: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>Filtrado</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Seu</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>Rotina, à noite</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>Seu próprio programa. Se você mudar algo, ele vira “Personalizado” até você salvar de novo.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>Sua própria escolha de alongamentos. Escolha um programa para recomeçar a partir dele, ou salve esta como seu programa.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>Desativado: este alongamento não aparece nas pausas.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: ele não aparece enquanto o filtro estiver ativo.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>Aparece na sua rotina diária e, nas pausas, só fora do horário de trabalho.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>cada lado, como escrito</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>como escrito</translation>
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
        <translation>Trocar de programa</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>Trocar para {name}? Isso substitui quais alongamentos estão ativados e a ordem deles. Para manter sua escolha atual, salve-a antes como seu programa.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>Usando {name}.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>Mantenha pelo menos um lugar: as pausas precisam acontecer em algum lugar.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>“{name}” adicionado ao fim da sua seleção.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>Sua cópia “{name}” ocupa o lugar do original; o original está desativado.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>“{name}” salvo.</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>Salvo. As mudanças valem a partir da próxima pausa.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>Não foi possível salvar seus alongamentos</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>Parte da seleção ficou de fora</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. Todo o resto está em uso.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} importado; %n item ficou de fora (veja a mensagem).</numerusform>
            <numerusform>{file} importado; %n itens ficaram de fora (veja a mensagem).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>Rotações de alongamentos (*.json);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>Indique ao Standup Buddy uma pasta que um app de sincronização (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) mantém igual nos seus computadores. O Standup Buddy nunca fica online por conta própria. As configurações de inatividade e de estilo ficam em cada computador; a meta, a rotação e o histórico acompanham você.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Pasta de sincronização</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Escolher pasta…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nome deste computador:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nome deste computador</translation>
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
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>Esquecer este dispositivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Pasta: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (este computador)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Escolher a pasta de sincronização</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>Deixar o histórico de {name} de fora em todos os computadores e remover os arquivos dele da pasta de sincronização? O banco de dados dele não é tocado.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} não é uma pasta.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>Não foi possível salvar a escolha de sincronização: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>Salvo. O novo nome aparece nos seus outros computadores após o próximo reinício.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>A sincronização fica desativada a partir do próximo início. Os arquivos da pasta ficaram como estão.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>Salvo. O Standup Buddy sincroniza por esta pasta a partir do próximo início.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>A sincronização está desativada. Os arquivos da pasta ficaram como estão.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>Salvo, mas {folder} não pode ser usada agora; veja o log.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>Salvo. Seus outros computadores mostram o novo nome após a próxima sincronização deles.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>Sincronizando por esta pasta agora.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>A sincronização não está em execução.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>Esquecido. Os arquivos dele saem da pasta, e o histórico dele sai de todos os computadores.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>Não é possível gravar na pasta de sincronização agora ({error}); tentando de novo.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>nenhum dispositivo chamado {name!r}; dispositivos vistos: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>a sincronização está desligada, então só este dispositivo (&apos;this&apos;) tem histórico aqui</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} não é uma pasta</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>Sincronizando por {folder} como {name}. Reinicie o Standup Buddy para usar.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>A sincronização está desligada. Os arquivos da pasta ficaram como estavam.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>a sincronização está desligada; escolha uma pasta com: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>este é o dispositivo em que você está; &apos;sync off&apos; interrompe a sincronização dele</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n dispositivo esquecido.</numerusform>
            <numerusform>%n dispositivos esquecidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Pasta: {folder}</translation>
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
        <translation>última sincronização {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>Linha do tempo de hoje</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>Pausa pulada às {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>Pausa adiada às {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>Pausa perdida às {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>Nada registrado hoje ainda.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>Pausa não feita</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>Abrir agora</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>Abrir o cartão de pausa agora</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>Sentado agora:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>Maior tempo sentado hoje:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>Pausas:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>Sentado hoje:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>O dia até agora</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>sem registrar agora</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} feitas · {snoozed} adiadas · {skipped} puladas · {missed} perdidas · {natural} próprias</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (em pé {standing}, pausado {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Meta atingida</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>Meta ainda não atingida</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. Sentado agora: {current}. Maior tempo sentado hoje: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>Pausas: {completed} feitas, {snoozed} adiadas, {skipped} puladas, {missed} perdidas; {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pausa própria</numerusform>
            <numerusform>%n pausas próprias</numerusform>
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
        <translation>Pausar os lembretes por um tempo</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>Movimento e maior tempo sentado por dia, últimas doze semanas</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>Maior tempo sentado por hora do dia, últimas doze semanas</translation>
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
        <translation>maior tempo sentado (min)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>maior tempo sentado iniciado na hora (min)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>Nenhum tempo sentado registrado nestas doze semanas.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>Seus maiores períodos sentado começam por volta das {time} (até {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>Meta atingida em {met} de %n dia de trabalho nas últimas doze semanas.</numerusform>
            <numerusform>Meta atingida em {met} de %n dias de trabalho nas últimas doze semanas.</numerusform>
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
        <translation>Micropausas feitas: {days}  (não contam como movimento)</translation>
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
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>O gráfico mostra</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>Mostrar as avaliações</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>Micropausas feitas por dia</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>O gráfico mostra:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>Limite de tempo de tela atingido: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} por dia, semana de {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: lembretes de pausa do GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>O GNOME também está lembrando você de se mexer.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (Configurações → Bem-estar). Com o {app} também em execução, dois aplicativos que não sabem um do outro pediriam para você se levantar.

Desativar os lembretes de movimento do GNOME e deixar o {app} cuidar disso? As pausas para os olhos dele continuam como estão, e você pode reativar os lembretes de movimento nas Configurações do GNOME a qualquer momento.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>Desativar os do GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Manter os dois</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>Os lembretes de movimento do GNOME estão ativados: {length} a cada {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>Os lembretes de movimento do GNOME estão ativados</translation>
    </message>
</context>
</TS>
