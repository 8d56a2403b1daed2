<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
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
        <source>Previous stretch</source>
        <translation>上一个拉伸</translation>
    </message>
    <message>
        <source>Previous stretch (←)</source>
        <translation>上一个拉伸 (←)</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>下一个拉伸</translation>
    </message>
    <message>
        <source>Next stretch (→)</source>
        <translation>下一个拉伸 (→)</translation>
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
        <source>Enter: done   ·   S: snooze   ·   Esc: skip   ·   ← →: another stretch</source>
        <translation>Enter：完成   ·   S：稍后   ·   Esc：跳过   ·   ← →：换一个拉伸</translation>
    </message>
    <message>
        <source>Enter: done   ·   S: snooze   ·   Esc: skip</source>
        <translation>Enter：完成   ·   S：稍后   ·   Esc：跳过</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>第 {index} 个，共 {count} 个</translation>
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
        <extracomment>The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
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
        <translation type="unfinished"></translation>
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
        <source>Daily check-in</source>
        <translation type="unfinished">每日自评</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <extracomment>A date in a Qt format string (itself translated: each language orders it). A time of day (hours 0-24): the locale&apos;s own 12 or 24-hour form.</extracomment>
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
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation type="unfinished">活动分钟</translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished">次休息</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation type="unfinished">活跃小时</translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met {met} of {days} work day so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met {met} of {days} work day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met {met} of {days} work days so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met {met} of {days} work days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished">已达成</translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished">未达成</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished">久坐</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished">站立</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation type="unfinished">目标统计</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation type="unfinished">每日目标</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"> 秒</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>How many stretches are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}: {goal}, {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished">◀ 上一周</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished">下一周 ▶</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>&amp;Today</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own. How often the open window re-reads today&apos;s figures.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation type="unfinished">左侧</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished">右侧</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation type="unfinished">每日例行</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">暂停</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished">侧</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">关闭</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation type="unfinished"></translation>
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
        <source>Once a day, ask how your hip, back and leg feel (kept only on this computer).</source>
        <translation>每天一次，询问髋部、背部和腿的感觉（只保存在这台电脑上）。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>{app}: Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished">每日目标</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation type="unfinished"></translation>
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
        <source>{head} · break due now</source>
        <translation>{head} · 现在该休息了</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · {duration} 后休息</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished">暂停</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished">问题</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished">步骤</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">取消</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation type="unfinished">拉伸名称</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation type="unfinished">地点、作用和时长</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished">步骤</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished">站立</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation type="unfinished">在地板上</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished">{minutes} 分钟</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished">{seconds} 秒</translation>
    </message>
    <message>
        <source>{length} each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Changes apply from the next break.</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural breaks.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
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
        <source>Chart shows:</source>
        <translation>图表显示：</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>每天的{metric}，{week} 这一周</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
