<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>バージョン {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>GNU 一般公衆利用許諾書 バージョン 3 以降のもとで配布されるフリーソフトウェアです。</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: このアプリについて</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} について</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app} のロゴ</translation>
    </message>
    <message>
        <source>About</source>
        <translation>このアプリについて</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>システムトレイがありません</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>このデスクトップにはシステムトレイがないため、Standup Buddy は代わりに小さな状態ウィンドウを表示します。詳しくは &apos;standup-buddy doctor&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>リモート操作は使えません</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>ローカルソケットを開けませんでした。&apos;standup-buddy status&apos; などのコマンドはこのインスタンスに届きません (ログを参照)。</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>{speed} 倍速で動作中</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>すべての時間が {speed} 倍速で進み、履歴もこの速い時計で記録されます。デモを自分の履歴と分けるには STANDUP_BUDDY_HOME を使ってください。</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>履歴ファイルを修復しました</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>履歴を使用できません</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy はお知らせを続けますが、このセッションでは何も保存されません。</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>離席を検出できません</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>このデスクトップでは Standup Buddy がキーボードとマウスの操作を検出できないため、動作中の時間をすべて座っている時間として数えます。立ち上がるときは「今すぐ休憩する」を使ってください。({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>進み具合を表示できません</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>履歴データベースを開けませんでした。</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>進み具合ウィンドウを起動できませんでした。</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>履歴ファイルが壊れていました (ディスクまたはファイルシステムの問題)。Standup Buddy は新しいファイルを作成し、まだ読み取れたすべての記録 ({count} 件) をコピーしました。</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>一部のデータ ({parts}) を読み戻せませんでした。</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>壊れたファイルは {file} として保管しました。</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>記録はこれまでどおり続きます。</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>ローテーションを保存できませんでした</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>{file} に書き込めませんでした: {error}。新しい設定は Standup Buddy を終了するまで使われます。</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>履歴を保存できませんでした</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}。記録は続きます。Standup Buddy は次の変更時にもう一度試します。</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>ストレッチ</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>このビルドではストレッチエディターを使えません。</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>デスクで</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>床で</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc を 3 回または {keys}: 緊急終了</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter: 完了</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: あとで</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: スキップ</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: 別のストレッチ</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <extracomment>The wrapped labels were fitted to their widths: the window may need to grow.</extracomment>
        <translation>少し休憩しましょう</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>どのストレッチか</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>ストレッチ名</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>場所、目的、時間</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  左右を入れ替え</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>今、左右を入れ替える</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>画面ロックまでのカウントダウン</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>前のストレッチ</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>前のストレッチ ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>次のストレッチ</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>次のストレッチ ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>この休憩をスキップ</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>この休憩をスキップ (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} 分後に</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>%n 分後に延期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>%n 分後にもう一度知らせる (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>ストレッチをしました (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(残り {count} 回)</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>ストレッチ {index} / {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>あと {time} で画面をロックします</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>ステップ {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>ステップ {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>少し休憩しましょう</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>トレイの Standup Buddy アイコンをクリックすると今日のストレッチが開きます。</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>「休憩を開始」を選ぶと今日のストレッチが開きます。</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>Standup Buddy のウィンドウの「今すぐ休憩する」で今日のストレッチを開きます。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>休憩を開始</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>あとで</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>入力が止まるとカードが開きます。</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>コンポジターが動いていないため、画面は暗くなりません。</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>休憩: ストレッチカード</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>休憩完了</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>準備ができたら作業に戻りましょう。</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter: 閉じる</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>このカードを閉じる</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>この休憩は {time}</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>楽に呼吸しましょう</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>ストレッチ休憩 (分)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>自然な休憩 (分)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>ストレッチ休憩</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>活動した時間</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>運動 (分)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>最長の座り時間</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>チェックインの点数</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>最長の座り時間 (分)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>(ストレッチ休憩から {breaks}、自然な休憩から {natural})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}、目標 {goal}、{verdict}、最長の座り時間 {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>; チェックイン {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: チェックイン</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>毎日のチェックイン</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>今日はしない</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>今日の股関節・腰・脚の調子はどうですか?</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>毎日のチェックイン</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 は痛みやこわばりなし、10 は最もひどい状態です。</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>メモ (任意)</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>チェックインのメモ</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>チェックインを保存</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>チェックインをすべて削除…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>このコンピューターと、同期フォルダーを通じてほかの自分のコンピューターに、自分の記録として保存されます。ほかのどこにも送信されません。</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>このコンピューターにのみ保存され、あなた自身の記録用です。どこにも送信されません。</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 なし</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 最悪</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>今日の分を保存しました: {score}/10。</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>今日はまだ回答していません。</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>保存されませんでした: {problem}。回答はそのまま残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>チェックインをすべて削除</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>保存したチェックインの点数とメモをすべて削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>削除されませんでした: {problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>%n 件のチェックインを削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>位置引数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>使い方: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>このヘルプを表示して終了します</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>座っている時間を記録し、ストレッチの休憩を促す、通知領域の相棒です。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>バージョン番号を表示して終了します</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>すべての時間を N 倍速で進めます (デモとテスト用、1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>続けて座っている時間と次の休憩 (アプリから)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>JSON オブジェクトを 1 つ出力します</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>起動中のアプリに今すぐ休憩を始めるよう頼みます</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>リマインダーを MINUTES 分間一時停止します</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>リマインダーを再開します</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>履歴から見た 1 日ごとの数値</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>何日さかのぼるか (今日を含む、既定は 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>このコンピューターの履歴だけ (デバイス名か ID、または &apos;this&apos;。繰り返し指定できます)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>ほかのコンピューターと共有する同期フォルダー</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>フォルダー、このデバイス、見つかったデバイス</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>FOLDER を使います (同期ソフトで最新に保たれます)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>デバイス一覧でのこのコンピューターの名前</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>同期をやめます (フォルダーのファイルは残ります)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>デバイスを履歴から外します</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>履歴をすべてエクスポートします</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>標準出力の代わりにここへ書き込みます</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>ストレッチのカタログ</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>ローテーション順のカタログ</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>ストレッチのファイルを確認し、問題をすべて出力します</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>このデスクトップで使えるもの: 離席の検出元、通知領域、パス</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>進み具合のウィンドウを開きます (別プロセス)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy は実行されていません。次のコマンドで起動してください: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>履歴を読み込めません: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>履歴ファイル {file} が壊れています。まだ読める %n 件の記録を表示しています(ファイルは変更されません。アプリが起動時にファイルを別に保存して修復します)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} はフォルダーです。ファイル名を指定してください</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: フォルダー {folder} がありません</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: そこには書き込めません</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>{file} に書き込めませんでした: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>%n 件のレコードを {file} に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>ファイルがありません: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n 個のファイルに問題はありません</numerusform>
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
        <translation>コマンド</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>エラー: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} には整数を指定してください({text!r} は整数ではありません)</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} には {low} から {high} までの値を指定してください({value} は範囲外です)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>引数 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>次の引数が必要です: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>認識できない引数: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>無効な選択: %(value)r(%(choices)s から選んでください)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>無効な %(type)s の値: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>引数が 1 つ必要です</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>引数は 1 つまでです</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>引数が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>あいまいなオプション: %(option)s は %(matches)s のどれとも一致します</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>明示的に指定された引数 %r は無視されました</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>引数 %s のいずれかが必要です</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>引数 %s と一緒には使えません</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>予期しないオプション: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>DateFormats</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <extracomment>What a sensible first target is when the user switches metric in the editor. Date formats (Qt&apos;s, so each language orders day, month and year its own way).</extracomment>
        <translation>yyyy年M月d日 dddd</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>ddd d</source>
        <translation>d日(ddd)</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日(ddd)</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>d</source>
        <extracomment>The first day of a range inside one month (&quot;16&quot; in &quot;16 – 22 March&quot;).</extracomment>
        <translation>d日</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Own length</source>
        <translation>自分の長さ</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>このストレッチに自分の長さを使う</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>このストレッチを好きな長さで行う</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>シャッフル時の重み</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>シャッフル時、重いストレッチほど各巡の早いうちに出やすくなります</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>ストレッチを編集</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>この自作ストレッチを変更します</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>自分用に複製…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>自分用に複製</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>このストレッチを変更できるよう自分用のコピーを作ります</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>ストレッチを削除</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>この自作ストレッチを削除します</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>組み込みのストレッチは変更できません。変更するにはコピーしてください。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>休憩での扱い</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>プラットフォーム</translation>
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
        <translation>セッションの種類</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>デスクトップ</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>離席: プロトコル</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>離席: 検出元</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>離席: 現在</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>離席: 試す順序</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>離席: 不採用</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>離席: 注意</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>ロックの通知</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>スリープの通知</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>会議: カメラ</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>会議: マイク</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>会議: アイドル抑止</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>会議: 現在</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>会議: 詳細</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>全画面の検出</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>現在の全画面</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>システムトレイ</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt プラットフォーム</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>おやすみモード</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>休憩中のメディア</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>画面ロック</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>設定フォルダー</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>ストレッチのフォルダー</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>GNOME のウェルビーイング</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <extracomment>A plural message (``%n day(s)``): the form for the count, with ``%n`` filled. A date in a Qt format string (itself translated: each language orders it). A time of day (hours 0-24): the locale&apos;s own 12 or 24-hour form.</extracomment>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02}</source>
        <translation>{hours} 時間 {minutes:02} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 時間</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>運動 {done} / {target} 分</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>ストレッチの図解</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>ストレッチのやり方を示す人形</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>このストレッチには図解がありません。手順に従ってください</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>分の運動</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>回の休憩</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} / {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>お疲れさまでした — 休憩が終わりました。</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>お疲れさまでした — 今日は{goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>今週はまだ始まっていません。</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>今週は何も記録されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>ここまで %n 勤務日のうち {met} 日で目標達成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>%n 勤務日のうち {met} 日で目標達成</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>今週は勤務日がありません</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}。座り時間の記録はありません。</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}。最長の座り時間は {weekday} の {duration}。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未達成</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>目標: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>運動: {total} 分 (ストレッチ休憩から {breaks}、自然な休憩から {natural})</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>活動時間: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>座り: {total}、最長 {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>立ち: {standing}、一時停止 {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>チェックイン: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>休憩: 完了 {completed}、延期 {snoozed}、スキップ {skipped}、見逃し {missed}、自然 {natural}</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>座り</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>ストレッチ休憩</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立ち</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>既知のフィールドではありません</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} は数値ではありません</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} は範囲外です ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>x, y, tilt を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>関節の角度のオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>空でない文字列でなければなりません</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>小道具 {most} 個までのリストでなければなりません</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>体の部位名のリストでなければなりません</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} は true でも false でもありません</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>空でないリストでなければなりません</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>既知の関節ではありません</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>項目が {count} 個あります (最大 {most} 個)</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>最初のキーフレームは t = 0 でなければなりません</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>前のものより後でなければなりません</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} は {allowed} のどれでもありません</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} はプログラム ID ではありません</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>リストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; がリストに 2 回あります</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>ストレッチ ID かオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>{allowed} から選んだリストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; は既知のストレッチではありません</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>ローテーションは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>ファイル参照は {suffix} で終わらなければなりません</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>ファイル参照に &apos;\&apos;、&apos;:&apos;、NUL は使えません</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>ファイル参照はストレッチフォルダーからの相対パスでなければなりません</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>ファイル参照に &apos;..&apos;、&apos;.&apos;、空の部分は使えません</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} は文字列ではありません</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>{length} 文字あります (最大 {most} 文字)</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>制御文字が含まれています</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>言語をキーとするオブジェクトでなければなりません (例: {example})</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>ストレッチは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>&apos;de&apos;、&apos;pt_BR&apos;、&apos;zh_CN&apos; のような言語コードではないため無視されます</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} は 1–48 文字の小文字、数字、&apos;-&apos; でなければなりません</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>部位の空でないリストでなければなりません ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} は秒数を表す整数ではありません</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>1–{most} 個の短い文のリストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; は組み込みのストレッチで使われています</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>アニメーション ID か、キーフレームを持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>同じ部位が 2 回あります</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} は既知のアニメーションではありません</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}。代わりに英語を表示します</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>英語では左右の側を示していますが、翻訳にはありません</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>英語では左側を示していますが、翻訳にはありません</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>英語では右側を示していますが、翻訳にはありません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>プレースホルダー {found} が英語の {wanted} と一致しません</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>翻訳済みフィールドのオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>翻訳できるフィールドではありません</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>英語と同じく文字列のリストでなければなりません</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>項目が {count} 個ありますが、英語は {english} 個です</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>{example} のような曜日のリスト</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>{allowed}が必要です</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} から {high} までの整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} のいずれか</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>&quot;08:30&quot; のような時刻</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>{low} から {high} までの整数 ({unit})。{low} は{special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>{low} から {high} までの整数 ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>{low} から {high} までの整数。{low} は{special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} は曜日ではありません。{allowed}が必要です</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>範囲外です。{allowed}にしてください</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}。設定ウィンドウから保存するまで、すべてのキーに既定値を使います</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>{line} 行目 {column} 列が正しい TOML ではありません ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}。設定ウィンドウから保存するまで、すべてのキーに既定値を使います。コピーを {backup} として保存しました</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>{line} 行目が正しい TOML ではありません ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>正しい TOML ではありません ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} は整数ではありません。ファイルをバージョン {version} として読み込みます</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>新しい Standup Buddy (バージョン {version}) で書かれています。このバージョンが知っているキーを読み込み、残りはそのまま残します</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>ほかに不明なキーが {count} 個あります (そのまま残します)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>不明なキーです (そのまま残します)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>読み込めません ({error})。すべてのキーに既定値を使います</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} は使えません ({why})。既定値 {default} を使います</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>一覧を取得できません: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>ストレッチ ID の空でないリストでなければなりません</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>ストレッチ ID のリストでなければなりません</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>プログラムは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>空でないテキストでなければなりません</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; は {file} で使われています</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>{size} バイトあります。上限は {limit} バイト (1 MB) です</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>上限の {limit} バイト (1 MB) を超えています</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>存在しません (またはリンク切れのシンボリックリンクです)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>読み込めません: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>正しい JSON ではありません: {error} ({line} 行目、{column} 列)</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>正しい JSON ではありません: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>ストレッチフォルダーの外を指しています (シンボリックリンクはフォルダーの外に出られません)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} は {version} ではありません</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}。既定のローテーションを使います</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>見つかりません。既定のローテーションを使います</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>既知のストレッチがありません。既定のローテーションを使います</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>{file} にコピーできませんでした: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} は {format} ではありません</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>正しい UTF-8 の JSON ではありません: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>ID をキーとするオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>組み込みの項目の ID ではありません</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>&apos;{prefix}&apos; で始まらなければなりません</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>1–{most} 文字でなければなりません</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>小文字、数字、&apos;-&apos; だけでなければなりません</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>リストに 2 回あります</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}: フィールド &apos;{field}&apos;: {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>ここをクリックすると今日のストレッチが開きます。</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>準備ができたら今日のストレッチを開きましょう。</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>休憩完了</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>GNOME のリマインダーは変更されていません</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>GNOME の運動リマインダーをオフにできませんでした ({error})。GNOME の設定 → ウェルビーイングでオフにできます。</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>GNOME のリマインダーをオフにしました</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>GNOME の運動リマインダーはオフです。これからは Standup Buddy がお知らせします。</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>目標の数え方</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>運動した分数</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>1 日の目標</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>目標を設定</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>今日から有効です。過去の日はその日の目標のままです。</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>1 日の目標:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>今日の目標</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} / {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>/ {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>その日の目標の 200 % 以上</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>目標達成</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy はすでに動いています。進み具合ウィンドウを開きました。</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>休憩を始めます。</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>知らせを {minutes} 分間一時停止しました。</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>知らせを再開しました。</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>目標を設定しました。</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>チェックインを保存しました。</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>長さ (秒)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>How many stretches are on</source>
        <translation>オンになっているストレッチの数</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  上へ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>選んだストレッチを上へ移動 (Ctrl+Up)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  下へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>選んだストレッチを下へ移動 (Ctrl+Down)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>新しいストレッチ…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>新しいストレッチ</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>自分のストレッチを作ります</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>あなたのセット</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>チェックしたストレッチが上から順に休憩に出ます。ドラッグで並べ替えできます。</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>クリックで閉じる</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>残り秒数</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>マイクロ休憩</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>日ごとの目標達成度</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>目標未達成</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>{date}: {goal}, {verdict}</source>
        <translation>{date}: {goal}、{verdict}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>前月</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>翌月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>デイリールーティンをした日</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>今月はまだ始まっていません。</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>{days} のうち {met} 日で目標達成。</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>現在の連続: {current}。今月の最長連続: {best}。</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>デイリールーティンをした日: %n 日 ({days})。</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>今月はまだデイリールーティンをしていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n 勤務日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>用意されたストレッチのセット、または保存したセット</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>このプログラムについて</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>マイプログラムとして保存…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>マイプログラムとして保存</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>このセットに名前を付けて残します</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>プログラムを削除</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>マイプログラムを削除</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>この自作プログラムを削除します</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>ストレッチの順序</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>「順番」はリストを順に回り、「シャッフル」は繰り返す前に各ストレッチを 1 回ずつ出します</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>順序</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>休憩で使えるもの</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>ストレッチを使う: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>休憩でこの場所のストレッチを使う: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>部位で絞り込み</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>これらの部位に効くストレッチのみ</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>すべての部位</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>動ける場所</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>休憩で求めてよいこと: 座って、立って、または床で</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>床での運動は勤務時間外のみ</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>床のスペースがあるオフィスは少ないので、床での運動は自宅向けです</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>CSV 表 (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>傾向(&amp;R)</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>グラフを画像として保存…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>履歴をエクスポート…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>新しい目標を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>新しい目標: 今日から 1 日 {target} {metric}。過去の日はその日の目標のままです。</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>グラフを画像として保存</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>画像を {path} に保存できませんでした。</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>グラフを {path} に保存しました。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>履歴をエクスポート</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>エクスポートを書き込めませんでした: {problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>%n 件の記録を {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>残り {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>残り %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>残り %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>ローテーション中のストレッチ</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>チェックしたストレッチが上から順に休憩に出ます。スペースで選んだストレッチをオン・オフし、Ctrl+Up と Ctrl+Down で移動します。</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>あなたのデイリールーティン</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>床での運動を含む 5〜10 分のルーティンの時間です。都合のよいときに、トレイのメニューから「ルーティンを始める」を選んでください。</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: デイリールーティン</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>デイリールーティン</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>あなたのデイリールーティン</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>ルーティンを一時停止</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>一時停止または再開 (Space)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>次のエクササイズ</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>次のエクササイズへ (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>ルーティンを終了</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>ここでやめます。ここまでの時間は記録されます (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Space: 一時停止   ·   N: 次へ   ·   Esc: 終了</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危険なサイン</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>ルーティンを続ける</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>残り {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>エクササイズ {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>左右を入れ替え: 次は左側</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>左右を入れ替えます。次は左側です。</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>左右を入れ替え: 次は右側</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>左右を入れ替えます。次は右側です。</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>ルーティン完了: よくできました</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>運動 {time}、今日の分に記録</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>ルーティンを閉じる</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy は、コンピューターに向かう長い一日の静かな相棒です。座っている時間に気づき、時間になるとやさしいストレッチ付きの短い休憩を提案し、自分で決めた目標に対してどれだけ体を動かしたかを日ごとに表示します。記録はすべてこのコンピューターに残ります。</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy は医療上の助言ではありません。どんな病気の診断も治療もしません。痛みが続く、悪化する、またはしびれやチクチク感に気づいたときは、医師または理学療法士に相談してください。</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>腰や脚の痛みに次のいずれかが伴うときは、ストレッチをせず、すぐに医療機関を受診してください: 排尿や排便をコントロールできない、陰部やおしりのまわり (自転車のサドルが当たる部分) のしびれ、だんだん強くなる脚の力の入りにくさ、説明のつかない発熱や体重減少。</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>ログイン時の起動設定を読み込めませんでした</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>ログイン時の起動設定を変更できませんでした</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>チェックインを読み込めませんでした</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>チェックインを保存できませんでした</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>チェックインを削除できませんでした</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>ルーティンを保存できませんでした</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>履歴を書き出せませんでした</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>ストレッチのファイルを読み飛ばしました</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>ローテーションを保存できませんでした</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}。変更は終了するまで使われます。</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>ローテーションを書き出せませんでした</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>ストレッチを削除できませんでした</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>一部のプログラムを読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>プログラムを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>プログラムを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: 設定</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>{app} の設定</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>次の休憩のプレビュー</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>このコンピューターにログインしたときに Standup Buddy を自動で起動します。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>新しい言語は Standup Buddy の次回起動時から使われます。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>初期設定に戻す</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>勤務時間の終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>勤務日を少なくとも 1 日選んでください。</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>ヘルプ: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>ログイン時の起動を変更できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>休憩までの座り時間</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>休憩の長さ</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>延期する時間</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>休憩の表示方法</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>休憩とみなすまで</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>会議中は休憩を保留</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>アプリが全画面のときは休憩を保留</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>目標の数え方</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>1 日の目標</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>自分で取った休憩 1 回あたりの上限</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>勤務日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>動きを減らす</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>やさしいチャイム</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>毎日のチェックイン</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>音声による案内</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>休憩中は音楽や動画を一時停止</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>画面をロックするまでの時間</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>画面時間のお知らせまでの時間</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>クリックで合図を閉じる</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>厳格モード (途中で閉じない)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>休憩ごとの延期回数</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>延期できる期間</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>スキップを表示</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>厳格モード (完了のみ)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>1 週間にスキップできる回数</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>通知のみ</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>ストレッチカード</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>暗くした画面の上にカード</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>運動した分数</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>完了した休憩</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>``goal.daily_target`` has no unit of its own: it counts in the goal&apos;s unit.</extracomment>
        <translation> 分</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> 回</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>知らせは一時停止中です。再開後、座って {minutes} 分で休憩になります。</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>立っています。座ると {minutes} 分後に休憩になります。</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>座って {minutes} 分後に休憩になります。</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>この間隔だと今すぐ休憩の時間です。</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>座り続けると次の休憩は {time} です</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>マイクロ休憩</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>1 日の目標</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>勤務時間</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>デイリールーティン</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>チェックイン</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>休憩の時間になるまでの座っている分数。</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>休憩の長さ。</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>「あとで」で休憩を延ばす時間。</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>休憩の表示方法: 通知のみ、ストレッチカード、または暗くした画面の上のカード。</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>1 回の休憩を延期できる回数です。</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>延期は、休憩の知らせが出ている時間のうち、この最初の部分 (見逃しとして数えられるまで) にだけ表示されます。</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>休憩でスキップを表示します (表示しない場合は、代わりに緊急終了が表示されます)。</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>厳格モード: 休憩では完了だけが表示され、休憩はひとりでに終わります。緊急終了 (Esc を 3 回、または Ctrl+Shift+Q) はいつでも使え、記録されます。</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>1 週間にスキップしてよい休憩の数です。進み具合に表示されます。</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>休憩が始まったときに再生中の音楽や動画を一時停止し、休憩が終わったら再生を再開します (Standup Buddy が一時停止したものだけ)。</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>休憩が始まってからこの時間がたつと画面をロックし、席を離れるようにします (0: しない)。</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>休憩と休憩の間の短いマイクロ休憩: 小さな合図 (遠くを見る、肩の力を抜く) で、ひとりでに閉じ、キーボードを奪うことはありません。</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>マイクロ休憩の間の座っている時間 (分)。自分で取った休憩や運動の休憩でカウントはやり直しになります。</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>マイクロ休憩の合図が表示される時間です。</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>マイクロ休憩の合図をクリックで早めに閉じられるようにします (スキップとして記録)。オフにすると合図に閉じる操作はなく、時間が来ると自動で閉じます。</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>マイクロ休憩の厳格モード: 合図は途中で閉じられず、時間が来ると自動で閉じます (会議、一時停止、運動の休憩が始まったときはすぐに消えます)。</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>コンピューターから離れた時間がこの分数に達すると、自分で取った休憩とみなします。</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>カメラやマイクが使われているとき、または動画の再生中は在席とみなし (会議は休憩ではありません)、終わるまで知らせを保留します。</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>全画面のウィンドウ (プレゼンテーションや映画) が前面にある間は休憩の知らせを保留します。</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>1 日にこの時間コンピューターに向かったら、その日に 1 回お知らせします。</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>1 日の目標で数えるもの: 運動した分数、休憩の回数、または活動時間。</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>1 日の目標 (目標の単位で)。</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>自分で取った休憩のうち、運動として数えるのは 1 回につき最大この分数までです。</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>休憩を知らせる曜日。</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>この時刻から休憩を知らせます。</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>この時刻まで休憩を知らせます。</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>動くフィギュアの代わりに静止したポーズを表示します。</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>休憩が始まるときと左右を入れ替えるときに、やさしいチャイムを鳴らします。</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>ストレッチの左右が入れ替わるときに、どちら側かを読み上げます (デスクトップの音声機能がある場合)。</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>ウィンドウ、トレイ、コマンドラインの文字の言語 (「system」はデスクトップの言語に従います)。日付と数字もこれに従います。次回の起動から有効です。</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>1 日 1 回、デイリールーティン (5〜10 分、床での運動を含む) を控えめに提案します。</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>ルーティンを提案する時刻 (標準の勤務日の終わり)。</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>1 日 1 回、股関節、腰、脚の具合をたずねます (自分のコンピューターに保存されます)。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>股関節のこわばり(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>腰(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>坐骨神経痛 (脚に響く痛み)(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>座りっぱなしによる全身のこわばり(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>筋力をつける(&amp;B)</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>机でのみ (座ったまま)(&amp;D)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>立ち上がって机から離れられる(&amp;S)</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>自宅に床で運動できる場所もある(&amp;F)</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: セットアップ</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>{app} のセットアップ</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>セットアップをスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>Standup Buddy へようこそ</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy はトレイで静かに待機し、ときどき短いストレッチ休憩を勧めます。自宅でできる短いデイリールーティンもあります。いくつかの質問に答えると設定できます。スキップすると標準の設定のままになり、トレイのメニュー (初期設定…) からいつでもここに戻れます。</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>いつ仕事をしますか?</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>休憩はこの曜日のこの時間帯にだけ勧めます。</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>{day} に勤務</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>仕事の開始時刻</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>仕事の終了時刻</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>仕事の開始時刻(&amp;S)</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>仕事の終了時刻(&amp;E)</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>どのくらいの頻度で、どれだけ?</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>30〜60 分ごとに体を動かすと、長く座り続けるのを防げます。目標には、休憩中、ルーティン中、自分から席を離れたときに動いた分数が数えられます。</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> 分座ったら</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>休憩を提案するまで</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> 分の運動 / 日</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>1 日の目標</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>休憩を勧めるまで(&amp;B)</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>1 日の目標(&amp;G)</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>&amp;マイクロ休憩も使う: {minutes} 分ごとに {seconds} 秒間、目を休めたり体をほぐしたりする合図</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>画面の隅に出る小さなお知らせで、自動で閉じ、キーボード操作を奪いません。</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>マイクロ休憩</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>どんなことを助けてほしいですか?</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>表示されるストレッチがこれで決まります。「ストレッチ…」でいつでも変更できます</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>どこで体を動かせますか?</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>勤務時間中の休憩は、机の前か立ったままでできるものだけです。床で行う運動 (ブリッジ、バードドッグ、プランク、股関節屈筋とトーマスのストレッチ) は、自宅で行う 5〜10 分のデイリールーティンに入ります。</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>デイリールーティンを知らせる時刻(&amp;R)</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>ルーティンを知らせる時刻</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>コンピューターと一緒に起動</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy は動いている間しか知らせることができません。これをオンにすると、ログインするたびに自動で起動します。設定でオフにできます。</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>ログイン時に Standup Buddy を起動(&amp;L)</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>ログイン時に Standup Buddy を起動</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>今すぐ休憩を試す(&amp;T)</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>今すぐ休憩を試す</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>休憩がどんなものか見てみましょう (本当の休憩として数えられます):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy はシステムトレイに入りました。時計の近くにある丸いアイコンを探してください。座っている間、アイコンのリングが満ちていきます。クリックすると進み具合を見たり、待っている休憩を開いたりできます。右クリックでメニューが開きます (今すぐ休憩する、ルーティンを始める、初期設定…、設定…)。</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>このデスクトップにはシステムトレイがないため、Standup Buddy は代わりに小さな状態ウィンドウを表示します。そのボタンで休憩を始めたり、進み具合などを開いたりできます。閉じても Standup Buddy は動き続けます。</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>準備ができました</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>分の運動</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>回の休憩</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>座り</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最長</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>自然</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>運動</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>met</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>まだ記録なし</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>会議中</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>全画面アプリ</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>勤務時間外</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>明日 {time}</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{date} {time}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>休憩なし (勤務時間外)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>{moment} まで休憩なし (勤務時間)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>休憩待ち ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>休憩待ち (保留中)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>{time} まで一時停止中 · 座って {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>一時停止中 · 座って {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>席を離れています</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立っています</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>座って {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (控えめに: おやすみモード)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · 今すぐ休憩</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · あと {duration} で休憩</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>厳格: 完了のみ</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>延期は残っていません</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>延期はあと 1 回</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>延期はあと {count} 回</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>今すぐマイクロ休憩</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>マイクロ休憩待ち</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>あと {duration} でマイクロ休憩</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>立っています</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>座っています</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>座っている時間</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>今すぐ休憩する</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>今すぐストレッチカードを開く</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>ルーティンを始める</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>床での運動を含む 5〜10 分のガイド付きルーティン</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 分間</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>30 分間知らせない</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>1 時間知らせない</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>明日の朝まで知らせない</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>知らせを再開する</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>立っている時間は座り時間に含まれません</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>進み具合…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>1 日の目標に対する運動量</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>ストレッチ…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>出てくるストレッチを選ぶ</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>休憩の間隔、目標、勤務時間など</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>初期設定…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>初回の質問をもう一度: 時間、目標、プログラム</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>このアプリについて…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>バージョンと、このアプリでできること・できないこと</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>記録を止めて Standup Buddy を終了する</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>このデスクトップにはシステムトレイが見つかりません — &lt;code&gt;standup-buddy doctor&lt;/code&gt; を参照してください。このウィンドウがトレイアイコンの代わりです。</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>{app} の状態</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>連続して座っている時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>次のマイクロ休憩</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>このウィンドウが表示される理由</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>知らせを一時停止</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>休憩カードでの呼び名</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>手順 (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>1 行に短い手順を 1 つ</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>アニメーション</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>部位を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>手順を 1〜{most} 個、1 行に 1 つずつ書いてください。</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>ステップ {number}: {reason}。</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}。</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>この項目: {reason}。</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>新しいストレッチ</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>ストレッチを編集</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>自分用のコピー</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: ストレッチ — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>ファイルを保存できませんでした: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>問題: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>部位: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>アニメーションのプレビュー</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>手順は最大 {steps} 個、1 行に 1 つ、各 {chars} 文字までです。</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>どのストレッチにも注意書きがあります。慎重な言い回しはそのままにして、自分のメモを加えてください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>ストレッチを保存</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>独自のアニメーション</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>ストレッチのフォルダーに {file} として保存されます</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>片側ずつ</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>左右</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n 件の問題があります。該当するファイルはスキップされました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>選んだストレッチ</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>組み込みか自作か</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>ストレッチ名</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>場所、目的、時間</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>休憩に出る</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>ストレッチが選ばれていません</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自作</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>使えるスペースより広い場所が必要です</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} は絞り込みで除外されています</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>選んだ部位に含まれません</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>デスクで</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>床で</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>デスクでしか動けない</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>立ち上がれる</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>自宅に床のスペースがある</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>デスク</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>床</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1 回</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>左右それぞれ 1 回</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>シャッフル</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>ゆっくり始め、鋭い痛みが出るところまでは決して押し込まないでください。脚のチクチク感やしびれが強まったらやめ、症状が続くときは理学療法士か医師に相談してください。</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>股関節の前側</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>お尻</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>太ももの裏</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>太ももの前</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>ふくらはぎ</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>脚</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>体幹</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>腰</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>背中の上部</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>肩</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>首</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>胸</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>手首</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>目</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿勢</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>血行</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>バランス</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{length} each side</source>
        <translation>左右それぞれ {length}</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (自分の長さ)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>ストレッチを削除</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>「{name}」を削除しますか? そのファイルはストレッチフォルダーから削除されます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>ストレッチを削除できませんでした</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>「{name}」を削除しました。</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>ストレッチのセットを読み込む</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>セットを読み込めませんでした</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}。セットは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>{file} を読み込みました: %n 個のストレッチがオンです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>ストレッチのセットを書き出す</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>セットを書き出せませんでした</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>{file} に書き出しました。自作ストレッチは ID で記載されているので、そのファイルも一緒に共有してください。</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>{file} に書き出しました。</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>マイプログラム</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>マイプログラムとして保存</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>このプログラムの名前:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>プログラムを置き換え</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>プログラム「{name}」を置き換えますか?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>プログラムを保存できませんでした</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>「{name}」として保存しました。</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>プログラムを削除</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>プログラム「{name}」を削除しますか? オンのストレッチはオンのままです。</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>プログラムを削除できませんでした</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>セットを読み込む</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>共有されたセットを使います</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>セットを書き出す</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>このセットを共有用の 1 つのファイルに保存します</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>変更は次の休憩から有効です。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>このウィンドウを閉じる (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{total} 個中 {on} 個がオン</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>部位: すべて</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>部位: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>部位: %n か所</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>自作</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>ルーティン (夜)</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>自作のプログラムです。何かを変更すると、再び保存するまで「カスタム」になります。</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>自分で選んだストレッチです。プログラムを選んでそこからやり直すか、これをマイプログラムとして保存してください。</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>オフ: このストレッチは休憩に出ません。</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: フィルターが設定されている間は出ません。</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>毎日のルーティンに出ます。休憩では勤務時間外だけ出ます。</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>片側ずつ、記載どおり</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>記載どおり</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>片側ずつ (記載: {seconds} 秒)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(記載: {seconds} 秒)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>プログラムを切り替え</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>{name} に切り替えますか? オンにするストレッチとその順序が置き換わります。今の選択を残すには、先にマイプログラムとして保存してください。</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切り替え</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>{name} を使用中です。</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>場所を少なくとも 1 つ残してください。休憩にはどこかの場所が必要です。</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>「{name}」をセットの最後に追加しました。</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>コピー「{name}」が元のストレッチの位置に入り、元のストレッチはオフになりました。</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>「{name}」を保存しました。</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>保存しました。変更は次の休憩から適用されます。</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>ストレッチを保存できませんでした</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>セットの一部を除外しました</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}。それ以外はすべて使われています。</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>{file} を読み込みました。%n 件を除外しました (メッセージを参照)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>ストレッチのローテーション (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>まだ</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>同期アプリ (Syncthing、Nextcloud、Dropbox、OneDrive、iCloud Drive) が各コンピューターで同じに保つフォルダーを指定してください。Standup Buddy 自体がオンラインになることはありません。アイドルと表示の設定はコンピューターごと、目標・ローテーション・履歴は共有されます。</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同期フォルダー</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>フォルダーを選ぶ…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>オフにする</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>このコンピューターの名前:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>このコンピューターの名前</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>見つかったデバイス</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>このデバイスを削除</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>フォルダー: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (このコンピューター)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>同期フォルダーを選ぶ</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>{name} の履歴をすべてのコンピューターで除外し、そのファイルを同期フォルダーから削除しますか? そのデバイス自体のデータベースには触れません。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} はフォルダーではありません。</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>同期の設定を保存できませんでした: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>保存しました。新しい名前は次回の再起動後にほかのコンピューターに表示されます。</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>次回の起動から同期はオフになります。フォルダー内のファイルはそのままです。</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>保存しました。Standup Buddy は次回の起動からこのフォルダーで同期します。</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>同期をオフにしました。フォルダー内のファイルはそのままです。</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>保存しましたが、{folder} は今は使えません。ログを確認してください。</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>保存しました。ほかのコンピューターには次の同期後に新しい名前が表示されます。</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>このフォルダーで同期しています。</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>同期は動作していません。</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>削除しました。そのファイルはフォルダーから、その履歴はすべてのコンピューターから消えます。</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>同期フォルダーに今は書き込めません ({error})。再試行します。</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>{name!r} という名前のデバイスはありません。確認されたデバイス: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>同期はオフのため、ここで履歴があるのはこのデバイス (&apos;this&apos;) だけです</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} はフォルダーではありません</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>{folder} を通じて {name} として同期します。使うには Standup Buddy を再起動してください。</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>同期をオフにしました。フォルダー内のファイルはそのままです。</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>同期はオフです。フォルダーを選ぶには: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>これは今使っているデバイスです。同期を止めるには &apos;sync off&apos; を使ってください</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>%n 台のデバイスを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>フォルダー: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>このデバイス: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(このデバイス)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>最終同期 {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>今日のタイムライン</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>{time} の休憩をスキップ</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>{time} の休憩を延期</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>{time} の休憩を見逃し</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>今日はまだ何も記録されていません。</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>取らなかった休憩</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>今すぐ開く</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>休憩カードを今すぐ開く</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>今の座り時間:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>今日いちばん長い座り時間:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>休憩:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>今日座っていた時間:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>今日のここまで</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>現在は記録していません</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>完了 {completed} · 延期 {snoozed} · スキップ {skipped} · 見逃し {missed} · 自然 {natural}</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (立ち {standing}、一時停止 {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>目標達成</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>まだ目標未達成</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}。現在の座り時間: {current}。今日の最長: {longest}。</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>休憩: 完了 {completed}、延期 {snoozed}、スキップ {skipped}、見逃し {missed}、{natural}。</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>自然な休憩 %n 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>しばらく知らせを止める</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>1 日ごとの運動と最長の座り時間 (直近 12 週)</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>時間帯ごとの最長の座り時間 (直近 12 週)</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>運動 (分)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>最長の座り時間 (分)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>その時間帯に始まった最長の座り時間 (分)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>この 12 週間、座り時間の記録はありません。</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>最も長い座り時間は {time} ごろに始まります (最大 {duration})。</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>直近 12 週間の %n 勤務日のうち {met} 日で目標達成。</numerusform>
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
        <translation>マイクロ休憩の回数: {days}  (運動には数えません)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>前週</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>翌週</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>グラフの表示</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>チェックインの点数を表示</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>1 日あたりのマイクロ休憩</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>グラフの表示:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>画面時間の上限に達した日: {days}。</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>1 日あたりの{metric}、{week} の週</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: GNOME の休憩リマインダー</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME も体を動かすよう知らせています。</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (設定 → ウェルビーイング)。{app} も動いていると、互いを知らない 2 つのアプリから立ち上がるよう求められることになります。

GNOME の運動リマインダーをオフにして、{app} に任せますか? GNOME の目の休憩はそのままで、運動リマインダーはいつでも GNOME の設定でオンに戻せます。</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>GNOME のものをオフにする</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>両方使う</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>GNOME の運動リマインダーがオンです: {interval} ごとに {length}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>GNOME の運動リマインダーがオンです</translation>
    </message>
</context>
</TS>
