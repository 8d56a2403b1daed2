<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>依据 GNU 通用公共许可证第 3 版或更高版本发布的自由软件。</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}：关于</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>{app} 标志</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>没有系统托盘</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>此桌面没有系统托盘，因此 Standup Buddy 改为显示一个小的状态窗口。运行 &apos;standup-buddy doctor&apos; 查看详情。</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>远程控制不可用</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>无法打开本地套接字：&apos;standup-buddy status&apos; 及其他命令无法连接到此实例（请查看日志）。</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>以 {speed} 倍速运行</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>所有时长都以 {speed} 倍速流逝，历史记录也按这个加快的时钟记录日期。使用 STANDUP_BUDDY_HOME 可将演示与你的历史记录分开。</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>历史文件已修复</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>历史不可用</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} Standup Buddy 会继续提醒你，但本次运行不会保存任何内容。</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>无法检测空闲</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>Standup Buddy 在此桌面上无法检测键盘和鼠标活动，因此会把运行的全部时间都算作久坐；起身时请使用“现在休息”。（{reasons}）</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>进度不可用</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>无法打开历史数据库。</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>无法启动进度窗口。</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>历史文件已损坏（磁盘或文件系统问题），Standup Buddy 已新建一个文件，并把仍能读取的所有记录（{count} 条）复制进去。</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>部分数据（{parts}）无法读回。</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>损坏的文件已保留为 {file}。</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>记录照常继续。</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>轮换未保存</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>无法写入 {file}：{error}。新设置会一直使用到 Standup Buddy 退出。</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>历史记录未保存</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}。记录仍在继续；Standup Buddy 会在下次变更时重试。</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>此版本不提供拉伸编辑器。</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>在办公桌前</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站立</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>在地板上</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>按三次 Esc 或 {keys}：紧急退出</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter：完成</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S：稍后</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc：跳过</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →：换一个拉伸</translation>
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
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <extracomment>The wrapped labels were fitted to their widths: the window may need to grow.</extracomment>
        <translation>该短暂休息一下了</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>哪个拉伸</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>拉伸名称</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>地点、作用和时长</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  换另一侧</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>现在换另一侧</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>锁屏倒计时</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>上一个拉伸</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>上一个拉伸 ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>下一个拉伸</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>下一个拉伸 ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>跳过这次休息</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>跳过这次休息 (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>推迟 {minutes} 分钟</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>推迟 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>%n 分钟后再提醒我 (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>我做完了拉伸 (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>（还剩 {count} 次）</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>第 {index} 个，共 {count} 个</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>{time}后锁定屏幕</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>第 {number} 步</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>第 {number} 步：{step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>该短暂休息一下了</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>点击托盘中的 Standup Buddy 图标即可打开今天的拉伸。</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>选择“开始休息”即可打开今天的拉伸。</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>在 Standup Buddy 窗口中点“现在休息”即可打开今天的拉伸。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>开始休息</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>你停下打字时卡片就会打开。</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>没有运行合成器，因此屏幕不会变暗。</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>休息：拉伸卡片</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>休息完成</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>准备好了再回去工作。</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter：关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>关闭这张卡片</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>本次休息 {time}</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>放松呼吸</translation>
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
        <translation>拉伸休息（分钟）</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>自主休息（分钟）</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>拉伸休息</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>自主休息</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>活动小时数</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>活动（分钟）</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>最长久坐</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>打卡评分</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>最长久坐（分钟）</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>（拉伸休息 {breaks}，自主休息 {natural}）</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}：{parts}；目标 {goal}，{verdict}；最长久坐 {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>；自评 {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}：自评</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>每日自评</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>今天不做</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>你今天的髋部、背部和腿感觉怎么样？</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>每日自评</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 表示没有疼痛或僵硬，10 表示最严重。</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>自评备注</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>保存自评</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>删除所有自评…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>保存在这台电脑上，并通过你的同步文件夹保存在你的其他电脑上，仅供你自己记录；绝不会发送到其他任何地方。</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>只保存在这台电脑上，供你自己记录；不会发送到任何地方。</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 没有</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 最严重</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>已保存今天的自评：{score}/10。</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>今天尚未回答。</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>未保存：{problem}。你的回答仍在这里；请再试一次。</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>删除所有自评</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>删除你保存的所有自评分数和备注？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>未删除：{problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>已删除 %n 条自评。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>托盘里的小伙伴：记录你坐了多久，并提醒你起身做拉伸休息。</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>显示版本号并退出</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>让所有时长加快 N 倍（用于演示和测试，1-3600）</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>连续坐着的时间和下次休息，来自正在运行的程序</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>让正在运行的程序现在开始一次休息</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>暂停提醒 MINUTES 分钟</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>恢复提醒</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>来自你的历史记录的每日数据</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>往回看多少天，含今天（默认 7）</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>只看这台电脑的历史（设备名称或 ID，或 &apos;this&apos;；可重复）</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>与你其他电脑共享的同步文件夹</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>文件夹、本设备和见过的设备</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>使用 FOLDER（由同步软件保持一致）</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>这台电脑在设备列表中的名称</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>停止同步（文件夹里的文件保留）</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>把一台设备排除在历史之外</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>导出你的全部历史</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>写到这里，而不是标准输出</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>拉伸目录</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>按轮换顺序排列的目录</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>检查拉伸文件并输出每个问题</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>此桌面提供的功能：空闲来源、托盘、路径</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>打开“进度”窗口（独立进程）</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy 未在运行。请用以下命令启动：standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>无法读取历史记录：{error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>警告：{problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>历史记录文件 {file} 已损坏；正在显示仍可读取的 %n 条记录（文件不会被修改；应用启动时会把它另存一旁并修复）</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} 是文件夹；请给出文件名</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}：你无权写入该位置</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>无法写入 {file}：{error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>没有此文件：{file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n 个文件没有问题</numerusform>
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
        <translation>命令</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>{what} 必须是整数，而不是 {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>{what} 必须在 {low} 到 {high} 之间，而不是 {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可匹配 %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略明确给出的参数 %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要参数 %s 之一</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 一起使用</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
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
        <translation>d日 ddd</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
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
        <translation>自定时长</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>此拉伸使用我的自定时长</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>按你选择的时长保持这个拉伸</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>随机时的权重</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>随机时，权重更高的拉伸在每一轮中往往更早出现</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>编辑拉伸</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>修改你自己的这个拉伸</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>复制为我的…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>复制为我的</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>复制一份这个拉伸，以便修改</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>删除拉伸</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>删除你自己的这个拉伸</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>内置拉伸保持不变；复制一个即可修改。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>在你的休息中</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>平台</translation>
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
        <translation>会话类型</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>空闲：协议</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>空闲：来源</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>空闲：当前</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>空闲：顺序</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>空闲：已排除</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>空闲：说明</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>锁屏信号</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>挂起信号</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>会议：摄像头</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>会议：麦克风</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>会议：空闲抑制</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>会议：当前</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>会议：详情</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>全屏检测</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>当前全屏</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>系统托盘</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>Qt 平台</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>休息时的媒体</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>配置文件夹</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>设置文件</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>拉伸文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>GNOME 健康</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <extracomment>A plural message (``%n day(s)``): the form for the count, with ``%n`` filled. A date in a Qt format string (itself translated: each language orders it). A time of day (hours 0-24): the locale&apos;s own 12 or 24-hour form.</extracomment>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02}</source>
        <translation>{hours} 小时 {minutes:02} 分</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>活动 {done}/{target} 分钟</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>拉伸演示</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>演示如何做这个拉伸的人形</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>此拉伸没有演示：请按步骤做</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>活动分钟</translation>
    </message>
    <message>
        <source>min</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>次休息</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>活跃小时</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value}/{target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>做得好 — 休息完成。</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>做得好 — 今天{goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>本周尚未开始。</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>本周没有任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>到目前为止 %n 个工作日中 {met} 天达成目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>%n 个工作日中 {met} 天达成目标</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>本周没有工作日</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}；没有久坐记录。</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}；最长久坐 {duration}，在{weekday}。</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>目标：{goal}（{verdict}）</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>活动：{total} 分钟（拉伸休息 {breaks}，自主休息 {natural}）</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>活跃小时：{hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>久坐：{total}；最长 {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>站立：{standing}；暂停 {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>自评：{score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>休息：完成 {completed}，推迟 {snoozed}，跳过 {skipped}，错过 {missed}；自主 {natural}</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>自主休息</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>拉伸休息</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站立</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>不是已知字段</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} 不是数字</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} 超出范围（{low}–{high}）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>必须是含有 x、y、tilt 的对象</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>必须是关节角度的对象</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>必须是最多 {most} 个道具的列表</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>必须是身体部位名称的列表</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>必须是非空列表</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>不是已知关节</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>有 {count} 项（最多 {most} 项）</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>第一个关键帧必须在 t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>必须晚于前一个</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} 不是 {allowed} 之一</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} 不是程序 ID</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; 在列表中出现了两次</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>必须是拉伸 ID 或对象</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>必须是取自 {allowed} 的列表</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; 不是已知的拉伸</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>轮换必须是 JSON 对象</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>文件引用必须以 {suffix} 结尾</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>文件引用不能包含 &apos;\&apos;、&apos;:&apos; 或 NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>文件引用必须相对于拉伸文件夹</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>文件引用不能包含 &apos;..&apos;、&apos;.&apos; 或空的部分</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} 不是文本</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>长 {length} 个字符（最多 {most} 个）</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>必须是以语言为键的对象，例如 {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>拉伸必须是 JSON 对象</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>不是 &apos;de&apos;、&apos;pt_BR&apos; 或 &apos;zh_CN&apos; 这样的语言代码，已忽略</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>{value} 必须由 1–48 个小写字母、数字或 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>必须是非空的部位列表（{areas}）</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} 不是整数秒</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>必须是 1–{most} 个短句的列表</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; 已被一个内置拉伸使用</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>必须是动画 ID 或含关键帧的对象</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>同一部位列出了两次</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} 不是已知的动画</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}；改为显示英文</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>英文提到了左侧和右侧，译文没有</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>英文提到了左侧，译文没有</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>英文提到了右侧，译文没有</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>占位符 {found} 与英文的 {wanted} 不一致</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>必须是已翻译字段的对象</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>不是可翻译的字段</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>必须像英文一样是文本列表</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>有 {count} 项，英文有 {english} 项</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>星期列表，例如 {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>不设额度</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>应为 {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} 之一</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>时刻，例如 &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>{low} 到 {high} 之间的整数（{unit}）；{low} 表示{special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>{low} 到 {high} 之间的整数（{unit}）</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>{low} 到 {high} 之间的整数；{low} 表示{special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} 不是星期：应为 {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>超出范围：允许的是 {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}；在你从设置窗口保存之前，所有键都使用默认值</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>第 {line} 行第 {column} 列不是有效的 TOML（{why}）</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}；在你从设置窗口保存之前，所有键都使用默认值；已将副本保存为 {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>第 {line} 行不是有效的 TOML（{why}）</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>不是有效的 TOML（{why}）</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} 不是整数；按版本 {version} 读取该文件</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>由更新版本的 Standup Buddy（版本 {version}）写入；读取此版本认识的键，其余保留</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>另有 {count} 个未知键（保持原样）</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>未知键（保持原样）</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>无法读取（{error}）；所有键都使用默认值</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} 不允许（{why}）；使用默认值 {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>无法列出：{error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>必须是非空的拉伸 ID 列表</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>必须是拉伸 ID 列表</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>程序必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; 已被 {file} 使用</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>大小为 {size} 字节；上限是 {limit} 字节（1 MB）</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>超过了 {limit} 字节（1 MB）的上限</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>不存在（或是失效的符号链接）</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>不是有效的 JSON：{error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>指向拉伸文件夹之外（符号链接不能离开该文件夹）</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} 不是 {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}；使用默认轮换</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>缺失；使用默认轮换</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>没有已知的拉伸；使用默认轮换</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>无法复制到 {file}：{error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} 不是 {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>不是有效的 UTF-8 JSON：{error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>必须是以 ID 为键的对象</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>不是内置条目的 ID</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>必须以 &apos;{prefix}&apos; 开头</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>必须是 1–{most} 个字符</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>只能包含小写字母、数字或 &apos;-&apos;</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>在列表中出现了两次</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}：字段 &apos;{field}&apos;：{reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>点击此处打开今天的拉伸。</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>准备好后再打开今天的拉伸。</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>休息完成</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>GNOME 提醒未更改</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>无法关闭 GNOME 的活动提醒（{error}）。你可以在 GNOME 设置 → 健康 中关闭它们。</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>GNOME 提醒已关闭</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>GNOME 的活动提醒已关闭；从现在起由 Standup Buddy 提醒你。</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>目标统计</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>活动分钟</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活跃小时</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>设定目标</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>从今天起生效；过去的日子保留原来的目标。</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>每日目标：</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>今天的目标</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value}/{target} {metric}（{share} %）</translation>
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
        <translation>当日目标的 200 % 或以上</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>已达成目标</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy 已在运行：已打开它的进度窗口。</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>休息即将开始。</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>提醒已暂停 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>提醒已恢复。</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>目标已设定。</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>自评已保存。</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>时长（秒）</translation>
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
        <translation>已开启的拉伸数量</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  上移</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>上移所选拉伸（Ctrl+Up）</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  下移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>下移所选拉伸（Ctrl+Down）</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>新建拉伸…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>新建拉伸</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>创建你自己的拉伸</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>你的组合</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>勾选的拉伸按从上到下的顺序出现在休息中；拖动可重新排序。</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>点击关闭</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>剩余秒数</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>微休息</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>每日目标完成情况</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>已达成目标</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>未达成目标</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>{date}: {goal}, {verdict}</source>
        <translation>{date}：{goal}，{verdict}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上个月</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下个月 ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>做了每日例行的日子</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>本月尚未开始。</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>{days}中 {met} 天达成目标。</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>当前连续：{current}。本月最长连续：{best}。</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>%n 天做了每日例行：{days}。</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>本月还没有做过每日例行。</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>现成的一组拉伸，或你保存的一组</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>关于此计划</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>保存为我的计划…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>保存为我的计划</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>给这个组合起个名字保存</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>删除我的计划</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>删除你自己的这个计划</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>拉伸顺序</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>“按顺序”依次轮换列表；“随机”在重复前每个拉伸出现一次</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>休息可以使用</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>使用拉伸：{place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>允许休息使用在此处进行的拉伸：{place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>部位筛选</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>只用作用于这些部位的拉伸</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>任何部位</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>我能活动的地方</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>休息可以要求你做什么：坐着、站着或在地面上</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>地面练习仅在工作时间以外</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>很少有办公室有地面空间：地面练习留到家里做</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>趋势(&amp;R)</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>将图表保存为图片…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>导出历史记录…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>无法保存新目标：{error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>新目标：从今天起每天 {target} {metric}。过去的日子保留原来的目标。</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>将图表保存为图片</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>无法将图片保存到 {path}。</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>图表已保存到 {path}。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>无法写入导出文件：{problem}。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 {path}。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>还剩 {minutes} {seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
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
            <numerusform>还剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>还剩 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>轮换中的拉伸</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>勾选的拉伸按从上到下的顺序出现在休息中。空格键开启或关闭所选拉伸；Ctrl+Up 和 Ctrl+Down 移动它。</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>你的每日例行练习</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>该做 5–10 分钟的例行练习了（包括地面练习），方便时在托盘菜单中选择“开始我的例行练习”。</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}：每日例行</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>每日例行</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>你的每日例行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>暂停例行练习</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>暂停或继续（空格）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>下一个练习</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>进入下一个练习 (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>停止例行练习</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>到此为止；已做的时间照样计入 (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>空格：暂停   ·   N：下一个   ·   Esc：停止</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>继续例行练习</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>还剩 {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>练习 {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>侧</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number}/{count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>换另一侧：现在是左侧</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>换另一侧。现在是你的左侧。</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>换另一侧：现在是右侧</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>换另一侧。现在是你的右侧。</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>例行练习完成：做得好</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>活动 {time}，已计入今天</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>关闭例行练习</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy 是在电脑前度过漫长一天时的安静伙伴。它会注意你坐了多久，到时间时建议一次带有轻柔拉伸的短暂休息，并逐日显示你相对于自己设定的目标活动了多少。它记录的一切都保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy 不是医疗建议。它不诊断也不治疗任何疾病。如果疼痛持续或加重，或你感到麻木或刺痛，请咨询医生或物理治疗师。</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>如果背痛或腿痛伴有以下任何一种情况，请立即就医，不要做拉伸：无法控制膀胱或大便、生殖器或臀部周围麻木（骑车时接触车座的部位）、一条腿的无力越来越重，或原因不明的发热或体重下降。</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>无法读取登录时启动设置</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>无法更改登录时启动设置</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>无法读取自评</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>你的自评未保存</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>自评未删除</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>你的例行未保存</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>历史记录未导出</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>已跳过拉伸文件</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>轮换未保存</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}。此更改会一直使用到你退出。</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>无法导出轮换</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>无法删除拉伸</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>无法读取你的部分计划</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>无法保存计划</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>无法删除计划</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}：设置</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>{app} 设置</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>下次休息预览</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>登录这台电脑时自动启动 Standup Buddy。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>新语言将在 Standup Buddy 下次启动时生效。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>工作时间的结束必须晚于开始。</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>请至少选择一个工作日。</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>帮助：{text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>无法更改登录时启动：{error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>久坐多久后休息</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>休息时长</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>推迟时长</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>休息显示方式</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>多久后算作休息</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>会议期间暂缓休息</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>有应用全屏时暂缓休息</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>目标统计</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>每次自主休息的上限</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>柔和提示音</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>每日自评</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>语音提示</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>休息时暂停音乐和视频</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>多久后锁定屏幕</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>多久后提示屏幕时间</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>点击即可关闭提示</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>严格模式（不能提前关闭）</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>每次休息可推迟次数</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>可推迟的时段</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>提供“跳过”</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>严格模式（仅“完成”）</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>每周允许跳过次数</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>仅通知</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>拉伸卡片</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>变暗屏幕上的卡片</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>活动分钟</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>完成的休息</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>活跃小时</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>``goal.daily_target`` has no unit of its own: it counts in the goal&apos;s unit.</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> 次休息</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>提醒已暂停。之后久坐 {minutes} 分钟后休息。</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>你正站着。坐下后，久坐 {minutes} 分钟后休息。</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>久坐 {minutes} 分钟后休息。</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>按此间隔，现在就该休息了。</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>如果继续坐着，下次休息在 {time}</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>微休息</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>每日例行</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>久坐多少分钟后该休息。</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>一次休息持续多久。</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>“稍后”把休息推迟多久。</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>休息的显示方式：仅通知、拉伸卡片，或在变暗屏幕上的卡片。</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>一次休息最多可以推迟几次。</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>只在休息提醒出现后的这段前期提供“稍后”（直到它会被算作错过为止）。</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>在休息时提供“跳过”（不提供时，改为提供紧急退出）。</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>严格模式：休息只提供“完成”，并会自行结束；紧急退出（按三次 Esc，或 Ctrl+Shift+Q）始终可用，并会被记录。</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>每周允许自己跳过多少次休息，显示在“进度”中。</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>休息开始时暂停正在播放的音乐和视频，休息结束后继续播放（仅限 Standup Buddy 暂停的内容）。</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>休息开始后经过这段时间锁定屏幕，让你离开座位（0：从不）。</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>休息之间的简短微休息：一个小提示（望向远处、放松双肩），会自行关闭，也绝不占用键盘。</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>两次微休息之间的久坐分钟数（自主休息或活动休息会重新开始计数）。</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>微休息提示显示多长时间。</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>允许点击提前关闭微休息提示（记为跳过）；关闭此项后，提示没有关闭控件，时间到了会自行结束。</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>微休息的严格模式：提示不能提前关闭，时间到了会自行结束（遇到会议、暂停或活动休息时仍会立即让开）。</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>离开电脑多少分钟算作一次自主休息。</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>摄像头或麦克风开着、或正在播放视频时视为在场（会议不算休息），并暂缓提示直到结束。</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>有全屏窗口（演示文稿、电影）在前面时暂缓休息提示。</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>一天在电脑前达到这么多小时后，当天提示一次。</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>每日目标统计什么：活动分钟、休息次数或活跃小时。</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>你的每日目标，使用目标本身的单位。</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>每次自主休息最多按这么多分钟计入活动。</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>提示休息的日子。</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>从这个时间开始提示休息。</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>提示休息到这个时间为止。</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>显示静止姿势，而不是动画人物。</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>休息开始和该换侧时播放柔和的提示音。</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>拉伸换侧时读出是哪一侧（使用桌面的语音功能，如有）。</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>窗口、托盘和命令行文字的语言（“system”跟随桌面语言）；日期和数字也随之变化。下次启动时生效。</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>每天一次，安静地提供每日例行（5–10 分钟，含地面练习）。</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>何时提供例行练习（默认工作日结束时）。</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>每天一次，询问你的髋部、背部和腿部感觉如何（保存在你自己的电脑上）。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>不设额度</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>髋部紧绷(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>下背部(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>坐骨神经痛（疼痛沿腿向下放射）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>久坐引起的全身僵硬(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>增强力量(&amp;B)</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>只在办公桌前（坐着）(&amp;D)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>我可以站起来离开办公桌(&amp;S)</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>我在家也有可以在地上活动的地方(&amp;F)</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}：设置向导</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>{app} 设置向导</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>跳过设置(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>欢迎使用 Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>Standup Buddy 安静地待在托盘中，时不时建议你做一次简短的拉伸休息，另外还有一套在家做的简短每日例行练习。回答几个问题即可完成设置；跳过则保留标准设置，你也可以随时从托盘菜单（设置向导…）回到这里。</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>你什么时候工作？</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>只在这些日子的这些时间段内建议休息。</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>{day}工作</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>上班时间(&amp;S)</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>下班时间(&amp;E)</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>多久一次，做多少？</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>每 30–60 分钟活动一下，可以打断久坐。目标计算你在休息、例行练习以及自己离开座位时活动的分钟数。</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> 分钟久坐</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>多久后建议休息</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> 分钟活动/天</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>每日目标</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>多久后建议休息(&amp;B)</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>每日目标(&amp;G)</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>同时启用&amp;微休息：每 {minutes} 分钟提示 {seconds} 秒，让眼睛休息或放松身体</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>角落里的小提示，会自动关闭，绝不占用键盘。</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>微休息</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>你希望在哪方面得到帮助？</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>这决定会出现哪些拉伸；你可以随时在“拉伸…”中更改</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>你可以在哪里活动？</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>工作时间内的休息只在办公桌前或站着进行。地面练习（臀桥、鸟狗式、平板支撑、髋屈肌拉伸和托马斯拉伸）放进在家做的 5–10 分钟每日例行练习。</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>每日例行提醒时间(&amp;R)</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>例行练习提醒时间</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>随电脑启动</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>Standup Buddy 只有在运行时才能提醒你。开启此项后，每次登录它都会自动启动；你可以在设置中关闭。</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>登录时启动 Standup Buddy(&amp;L)</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>登录时启动 Standup Buddy</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>现在试一次休息(&amp;T)</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>现在试一次休息</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>看看休息是什么样子（会算作一次真正的休息）：</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>Standup Buddy 现在位于系统托盘中：在时钟附近找它的圆形图标。你坐着时，图标上的圆环会逐渐填满。点击它可以查看进度，或打开正在等待的休息；右键点击可打开菜单（现在休息、开始我的例行练习、设置向导…、设置…）。</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>此桌面没有系统托盘，因此 Standup Buddy 改为显示一个小的状态窗口。它的按钮可以开始休息、打开进度等；关闭它后 Standup Buddy 仍会继续运行。</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>一切就绪</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>活动分钟</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>次休息</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>活跃小时</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>久坐</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>最长</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>自主</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>暂无记录</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>会议中</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>全屏应用</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>工作时间外</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>明天 {time}</translation>
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
        <translation>无休息（工作时间外）</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>{moment} 前无休息（工作时间）</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>休息等待中（{reason}）</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>休息等待中（已暂缓）</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>暂停至 {time} · 已坐 {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>已暂停 · 已坐 {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>休息中</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>不在座位上</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站立</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>已坐 {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> （安静：勿扰模式）</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · 现在该休息了</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · {duration} 后休息</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>严格：仅“完成”</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>没有剩余推迟次数</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>还可推迟 1 次</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>还可推迟 {count} 次</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>现在微休息</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>微休息等待中</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>{duration} 后微休息</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>我站着</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>我坐着</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>你已经坐了多久</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>现在休息</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>现在打开拉伸卡片</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>开始我的例行练习</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>5–10 分钟的引导例行练习，含地面练习</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>30 分钟内不提醒</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>一小时内不提醒</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>直到明天</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>明早之前不提醒</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>重新开始提醒</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>站立时间不算久坐</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>进度…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>你的活动与每日目标的对比</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>拉伸…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>选择会出现哪些拉伸</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>休息间隔、目标、工作时间等</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>设置向导…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>再次回答首次启动的问题：时间、目标、计划</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>关于…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>版本，以及这个应用是什么、不是什么</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>停止记录并关闭 Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>此桌面上没有找到系统托盘 — 请参见 &lt;code&gt;standup-buddy doctor&lt;/code&gt;。此窗口代替托盘图标。</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>{app} 状态</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>连续久坐</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>下次微休息</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>为什么显示此窗口</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>暂停提醒</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>休息卡片上的名称</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>侧</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>步骤，每行一个</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>每行一个简短步骤</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>请至少选择一个部位。</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>写 1–{most} 个步骤，每行一个。</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>第 {number} 步：{reason}。</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}：{reason}。</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>此项：{reason}。</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>新建拉伸</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>编辑拉伸</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>你自己的副本</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy：拉伸 — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>无法保存文件：{problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>问题：{field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>部位：{area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>动画预览</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>最多 {steps} 个步骤，每行一个，每个最多 {chars} 个字符。</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>每个拉伸都有注意事项；请保留谨慎的措辞，并加上你自己的说明。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>保存拉伸</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>自带动画</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>已保存在你的拉伸文件夹中，文件名为 {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>每侧</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>侧别</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds}秒</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>%n 个问题；已跳过相关文件：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>所选拉伸</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>内置或自建</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>拉伸名称</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>地点、作用和时长</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>在休息中</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>未选择拉伸</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>需要的空间比你的更大</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} 已被筛选排除</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>不在所选部位中</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>在办公桌前</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>站立</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>在地板上</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>我只能在办公桌前活动</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>我可以站起来</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>我家里有地面空间</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>办公桌</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>地面</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>每侧一次</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>按顺序</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>缓慢进入，绝不要用力到出现剧痛。如果腿部刺痛或麻木加重就停下；如果症状持续，请咨询物理治疗师或医生。</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>髋屈肌</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>臀部</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>腘绳肌</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>股四头肌</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>小腿</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>腿部</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>下背部</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>上背部</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>肩部</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>颈部</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>胸部</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>手腕</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>眼睛</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>姿势</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>呼吸</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>血液循环</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>平衡</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} 秒</translation>
    </message>
    <message>
        <source>{length} each side</source>
        <translation>每侧 {length}</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length}（你的时长）</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>删除拉伸</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>删除“{name}”？它的文件会从你的拉伸文件夹中移除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>无法删除该拉伸</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>已删除“{name}”。</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>导入拉伸组合</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>无法导入该组合</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}：{details}。你的组合未改变。</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>已导入 {file}：开启了 %n 个拉伸。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>导出拉伸组合</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>无法导出该组合</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>已导出到 {file}。你自己的拉伸以 ID 列出：请把它们的文件也一起分享。</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>已导出到 {file}。</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>我的计划</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>保存为我的计划</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>计划名称：</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>替换计划</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>替换你的计划“{name}”？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>无法保存该计划</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>已保存为“{name}”。</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>删除你的计划“{name}”？已开启的拉伸保持开启。</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>无法删除该计划</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>导入组合</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>使用别人分享给你的组合</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>导出组合</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>把这个组合保存为一个文件以便分享</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>更改从下一次休息开始生效。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>关闭此窗口（Esc）</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>已开启 {on}/{total}</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>部位：任意</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>部位：{areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>部位：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>已筛除</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>日常练习，晚上</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>你自己的计划。只要有改动，它就会变为“自定义”，直到你再次保存。</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>你自己选择的拉伸。选一个计划从头开始，或把这个保存为你的计划。</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>关闭：这个拉伸不会在休息中出现。</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}：设置了筛选时它不会出现。</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>出现在你的每日练习中；在休息中只在工作时间之外出现。</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>每侧，按原设定</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>按原设定</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>每侧（原设定：{seconds} 秒）</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>（原设定：{seconds} 秒）</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>切换计划</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>切换到 {name}？这会替换开启的拉伸及其顺序。要保留当前选择，请先把它保存为你的计划。</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>切换</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>正在使用 {name}。</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>请至少保留一个地点：休息需要有地方进行。</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>已把“{name}”添加到你的组合末尾。</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>你的副本“{name}”取代了原拉伸的位置；原拉伸已关闭。</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>已保存“{name}”。</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>已保存。更改从下次休息开始生效。</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>无法保存你的拉伸</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}：{text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>组合的一部分被略过</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}：{details}。其余部分均已使用。</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>已导入 {file}；略过了 %n 项（见消息）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>拉伸轮换 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>为 Standup Buddy 指定一个由同步应用（Syncthing、Nextcloud、Dropbox、OneDrive、iCloud Drive）在你的各台电脑上保持一致的文件夹。Standup Buddy 自己从不联网。空闲和外观设置按电脑分别保存；目标、轮换和历史记录随你同步。</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>这台电脑的名称：</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>这台电脑的名称</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>见过的设备</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>忘记此设备</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name}（本机）</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>选择同步文件夹</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>在所有电脑上略去 {name} 的历史，并从同步文件夹中移除它的文件？它自己的数据库不会被改动。</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} 不是文件夹。</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>无法保存同步设置：{error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>已保存。新名称将在下次重启后显示在你的其他电脑上。</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>从下次启动起同步关闭。文件夹中的文件保持原样。</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>已保存。Standup Buddy 将从下次启动起通过此文件夹同步。</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>同步现已关闭。文件夹中的文件保持原样。</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>已保存，但 {folder} 暂时无法使用；请查看日志。</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>已保存。你的其他电脑将在下次同步后显示新名称。</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>正在通过此文件夹同步。</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>同步未在运行。</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>已忘记。它的文件将离开文件夹，它的历史将从所有电脑上移除。</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>暂时无法写入同步文件夹（{error}）；正在重试。</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>没有名为 {name!r} 的设备；已发现的设备：{known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>同步已关闭，因此这里只有本设备（&apos;this&apos;）有历史记录</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} 不是文件夹</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>以 {name} 的名称通过 {folder} 同步。重新启动 Standup Buddy 后生效。</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>同步已关闭。文件夹中的文件保持原样。</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>同步已关闭；用以下命令选择文件夹：standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>这是你正在使用的设备；&apos;sync off&apos; 可停止它的同步</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>已忘记 %n 台设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>文件夹：{folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>本设备：{name}（{device}）</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>（本设备）</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>上次同步 {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>今天的时间线</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>{time} 跳过休息</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>{time} 推迟休息</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>{time} 错过休息</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>今天还没有记录。</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>未进行的休息</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>立即打开</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>立即打开休息卡片</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>当前久坐：</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>今天最长久坐：</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>休息：</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>今天久坐：</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>今天到目前为止</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>目前未在记录</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>完成 {completed} · 推迟 {snoozed} · 跳过 {skipped} · 错过 {missed} · 自主 {natural}</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting}（站立 {standing}，暂停 {paused}）</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>已达成目标</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>尚未达成目标</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}：{goal}。当前久坐：{current}。今天最长久坐：{longest}。</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>休息：完成 {completed}，推迟 {snoozed}，跳过 {skipped}，错过 {missed}；{natural}。</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>自主休息 %n 次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>暂时暂停提醒</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>每天的活动和最长久坐，最近十二周</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>按一天中的时段统计的最长久坐，最近十二周</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>活动（分钟）</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>最长久坐（分钟）</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>在该小时开始的最长久坐（分钟）</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>这十二周没有久坐记录。</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>你最长的久坐大约从 {time} 开始（最长 {duration}）。</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>最近十二周的 %n 个工作日中 {met} 天达成目标。</numerusform>
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
        <translation>已完成的微休息：{days}  （不计入活动时间）</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>图表显示</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>显示自评分数</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>每天完成的微休息</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>图表显示：</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>已达到屏幕使用时间上限：{days}。</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>每天的{metric}，{week} 这一周</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}：GNOME 休息提醒</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME 也在提醒你活动。</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome}（设置 → 健康）。如果 {app} 也在运行，两个互不知情的应用都会叫你起身。

关闭 GNOME 的活动提醒，交给 {app} 来提醒？GNOME 的护眼休息保持不变，你也可以随时在 GNOME 设置中重新打开活动提醒。</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>关闭 GNOME 的提醒</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两个都保留</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>GNOME 活动提醒已开启：每 {interval} 一次，每次 {length}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>GNOME 活动提醒已开启</translation>
    </message>
</context>
</TS>
