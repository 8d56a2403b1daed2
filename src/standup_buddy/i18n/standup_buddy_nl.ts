<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <extracomment>The wrapped labels were fitted to their widths: the window may need to grow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous stretch (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stretch (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: done   ·   S: snooze   ·   Esc: skip   ·   ← →: another stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: done   ·   S: snooze   ·   Esc: skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
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
        <source>No daily routine done this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>Save chart as image…</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own. How often the open window re-reads today&apos;s figures.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>``goal.daily_target`` has no unit of its own: it counts in the goal&apos;s unit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
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
    <name>TrayController</name>
    <message>
        <source>Pause reminders for a while</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
