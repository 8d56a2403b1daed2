<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>برنامج حر مرخّص بموجب رخصة غنو العمومية العامة، الإصدار 3 أو أحدث.</translation>
    </message>
    <message>
        <source>{app}: About</source>
        <translation>{app}: حول</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>{app} logo</source>
        <translation>شعار {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
</context>
<context>
    <name>AppMessages</name>
    <message>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>No system tray</source>
        <translation>لا يوجد شريط نظام</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Run &apos;standup-buddy doctor&apos; for details.</source>
        <translation>لا يوجد شريط نظام في سطح المكتب هذا، لذا يعرض Standup Buddy نافذة حالة صغيرة بدلًا منه. شغّل &apos;standup-buddy doctor&apos; لمعرفة التفاصيل.</translation>
    </message>
    <message>
        <source>Remote control unavailable</source>
        <translation>التحكم عن بُعد غير متاح</translation>
    </message>
    <message>
        <source>The local socket could not be opened: &apos;standup-buddy status&apos; and the other commands will not reach this instance (see the log).</source>
        <translation>تعذّر فتح المقبس المحلي: لن يصل &apos;standup-buddy status&apos; والأوامر الأخرى إلى هذه النسخة (راجع السجل).</translation>
    </message>
    <message>
        <source>Running {speed}× faster</source>
        <translation>يعمل أسرع {speed}×</translation>
    </message>
    <message>
        <source>Every duration runs {speed} times faster, and history is dated on this faster clock. Use STANDUP_BUDDY_HOME to keep a demo apart from your history.</source>
        <translation>تمضي كل مدة أسرع بـ {speed} مرة، ويُؤرَّخ السجل بهذه الساعة الأسرع. استخدم STANDUP_BUDDY_HOME لإبقاء العرض التجريبي منفصلًا عن سجلك.</translation>
    </message>
    <message>
        <source>History file repaired</source>
        <translation>تم إصلاح ملف السجل</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>السجل غير متاح</translation>
    </message>
    <message>
        <source>{error} Standup Buddy keeps reminding you, but nothing is saved this session.</source>
        <translation>{error} سيواصل Standup Buddy تذكيرك، لكن لن يُحفظ شيء في هذه الجلسة.</translation>
    </message>
    <message>
        <source>No idle detection</source>
        <translation>لا يوجد كشف للخمول</translation>
    </message>
    <message>
        <source>Standup Buddy cannot see keyboard and mouse activity on this desktop, so it counts all the time it runs as sitting; use Take a break now when you get up. ({reasons})</source>
        <translation>لا يستطيع Standup Buddy رؤية نشاط لوحة المفاتيح والفأرة على سطح المكتب هذا، لذا يحتسب كل وقت تشغيله جلوسًا؛ استخدم «خذ استراحة الآن» عندما تقوم. ({reasons})</translation>
    </message>
    <message>
        <source>Progress unavailable</source>
        <translation>التقدّم غير متاح</translation>
    </message>
    <message>
        <source>The history database could not be opened.</source>
        <translation>تعذّر فتح قاعدة بيانات السجل.</translation>
    </message>
    <message>
        <source>The Progress window could not be started.</source>
        <translation>تعذّر تشغيل نافذة التقدّم.</translation>
    </message>
    <message>
        <source>The history file was damaged (a disk or file-system problem), so Standup Buddy started a fresh one and copied into it every record it could still read ({count}).</source>
        <translation>كان ملف السجل تالفًا (مشكلة في القرص أو نظام الملفات)، فأنشأ Standup Buddy ملفًا جديدًا ونسخ إليه كل السجلات التي أمكن قراءتها ({count}).</translation>
    </message>
    <message>
        <source>Some {parts} could not be read back.</source>
        <translation>تعذّرت قراءة بعض البيانات ({parts}).</translation>
    </message>
    <message>
        <source>The damaged file was kept as {file}.</source>
        <translation>احتُفظ بالملف التالف باسم {file}.</translation>
    </message>
    <message>
        <source>Tracking goes on as usual.</source>
        <translation>تستمر المتابعة كالمعتاد.</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>لم تُحفظ التشكيلة</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. The new settings are used until Standup Buddy quits.</source>
        <translation>تعذّرت الكتابة في {file}: {error}. تُستخدم الإعدادات الجديدة حتى يُغلق Standup Buddy.</translation>
    </message>
    <message>
        <source>History not saved</source>
        <translation>لم يُحفظ السجل</translation>
    </message>
    <message>
        <source>{error}. Tracking goes on; Standup Buddy will try again at the next change.</source>
        <translation>{error}. يستمر التتبع؛ سيحاول Standup Buddy مجددًا عند التغيير التالي.</translation>
    </message>
    <message>
        <source>Stretches</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <source>The stretch editor is not available in this build.</source>
        <translation>محرر التمارين غير متاح في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>BreakCardView</name>
    <message>
        <source>At your desk</source>
        <translation>على مكتبك</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>واقفًا</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>على الأرض</translation>
    </message>
    <message>
        <source>Esc three times or {keys}: emergency exit</source>
        <extracomment>The key combination that ends a break whatever the rules (also Esc three times).</extracomment>
        <translation>Esc ثلاث مرات أو {keys}: خروج طارئ</translation>
    </message>
    <message>
        <source>Enter: done</source>
        <translation>Enter: تم</translation>
    </message>
    <message>
        <source>S: snooze</source>
        <translation>S: لاحقًا</translation>
    </message>
    <message>
        <source>Esc: skip</source>
        <translation>Esc: تخطٍّ</translation>
    </message>
    <message>
        <source>← →: another stretch</source>
        <translation>← →: تمرين آخر</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} د {seconds} ث</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>Time for a short break</source>
        <extracomment>The wrapped labels were fitted to their widths: the window may need to grow.</extracomment>
        <translation>حان وقت استراحة قصيرة</translation>
    </message>
    <message>
        <source>Which stretch</source>
        <translation>أي تمرين</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>اسم التمرين</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>أين، ولأي غرض، وكم يستغرق</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>⇄  Switch sides</source>
        <translation>⇄  بدّل الجانب</translation>
    </message>
    <message>
        <source>Switch sides now</source>
        <translation>بدّل الجانب الآن</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Screen lock countdown</source>
        <translation>العد التنازلي لقفل الشاشة</translation>
    </message>
    <message>
        <source>Previous stretch</source>
        <translation>التمرين السابق</translation>
    </message>
    <message>
        <source>Previous stretch ({key})</source>
        <translation>التمرين السابق ({key})</translation>
    </message>
    <message>
        <source>Next stretch</source>
        <translation>التمرين التالي</translation>
    </message>
    <message>
        <source>Next stretch ({key})</source>
        <translation>التمرين التالي ({key})</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Skip this break</source>
        <translation>تخطَّ هذه الاستراحة</translation>
    </message>
    <message>
        <source>Skip this break (Esc)</source>
        <translation>تخطَّ هذه الاستراحة (Esc)</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>أجّل {minutes} د</translation>
    </message>
    <message numerus="yes">
        <source>Snooze for %n minute(s)</source>
        <translation>
            <numerusform>أجّل %n دقيقة</numerusform>
            <numerusform>أجّل %n دقيقة</numerusform>
            <numerusform>أجّل %n دقيقتين</numerusform>
            <numerusform>أجّل %n دقائق</numerusform>
            <numerusform>أجّل %n دقيقة</numerusform>
            <numerusform>أجّل %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remind me again in %n minute(s) (S)</source>
        <translation>
            <numerusform>ذكّرني بعد %n دقيقة (S)</numerusform>
            <numerusform>ذكّرني بعد %n دقيقة (S)</numerusform>
            <numerusform>ذكّرني بعد %n دقيقتين (S)</numerusform>
            <numerusform>ذكّرني بعد %n دقائق (S)</numerusform>
            <numerusform>ذكّرني بعد %n دقيقة (S)</numerusform>
            <numerusform>ذكّرني بعد %n دقيقة (S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>I did the stretch (Enter)</source>
        <translation>أديت تمرين التمدد (Enter)</translation>
    </message>
    <message>
        <source>({count} left)</source>
        <translation>(متبقٍ: {count})</translation>
    </message>
    <message>
        <source>Stretch {index} of {count}</source>
        <translation>التمرين {index} من {count}</translation>
    </message>
    <message>
        <source>Screen locks in {time}</source>
        <translation>تُقفل الشاشة بعد {time}</translation>
    </message>
    <message>
        <source>Step {number}</source>
        <translation>الخطوة {number}</translation>
    </message>
    <message>
        <source>Step {number}: {step}</source>
        <translation>الخطوة {number}: {step}</translation>
    </message>
</context>
<context>
    <name>BreakFlow</name>
    <message>
        <source>Time for a short break</source>
        <translation>حان وقت استراحة قصيرة</translation>
    </message>
    <message>
        <source>Click the Standup Buddy tray icon to open today&apos;s stretch.</source>
        <translation>انقر أيقونة Standup Buddy في شريط النظام لفتح تمرين اليوم.</translation>
    </message>
    <message>
        <source>Choose Start break to open today&apos;s stretch.</source>
        <translation>اختر «ابدأ الاستراحة» لفتح تمرين اليوم.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch with Take a break now in the Standup Buddy window.</source>
        <translation>افتح تمرين اليوم من «خذ استراحة الآن» في نافذة Standup Buddy.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>ابدأ الاستراحة</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>The card opens when you pause typing.</source>
        <translation>تُفتح البطاقة عندما تتوقف عن الكتابة.</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <source>No compositor is running, so the screen is not dimmed.</source>
        <translation>لا يعمل مُركِّب نوافذ، لذلك لا تُعتَّم الشاشة.</translation>
    </message>
    <message>
        <source>Break: stretch card</source>
        <extracomment>The emergency exit: this many presses of Esc within this many seconds. The window is done: the CardAnswer, or None when the break was withdrawn.</extracomment>
        <translation>استراحة: بطاقة تمرين</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>اكتملت الاستراحة</translation>
    </message>
    <message>
        <source>Back to it when you are ready.</source>
        <translation>عد إلى عملك حين تكون مستعدًا.</translation>
    </message>
    <message>
        <source>Enter: close</source>
        <translation>Enter: إغلاق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this card</source>
        <translation>أغلق هذه البطاقة</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <source>{time} for this break</source>
        <translation>{time} لهذه الاستراحة</translation>
    </message>
    <message>
        <source>Breathe easily</source>
        <translation>تنفّس بهدوء</translation>
    </message>
</context>
<context>
    <name>CautionBox</name>
    <message>
        <source>Caution</source>
        <translation>تنبيه</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>stretch breaks (min)</source>
        <translation>استراحات التمدد (د)</translation>
    </message>
    <message>
        <source>natural breaks (min)</source>
        <translation>استراحات تلقائية (د)</translation>
    </message>
    <message>
        <source>stretch breaks</source>
        <translation>استراحات التمدد</translation>
    </message>
    <message>
        <source>natural breaks</source>
        <translation>استراحات تلقائية</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>ساعات النشاط</translation>
    </message>
    <message>
        <source>movement (min)</source>
        <translation>الحركة (د)</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>longest sit</source>
        <translation>أطول جلوس</translation>
    </message>
    <message>
        <source>check-in score</source>
        <translation>درجة التسجيل اليومي</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>أطول جلوس (د)</translation>
    </message>
    <message>
        <source>({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>({breaks} من استراحات التمدد، {natural} من الاستراحات التلقائية)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>{date}: {parts}; goal {goal}, {verdict}; longest sit {longest}</source>
        <translation>{date}: {parts}؛ الهدف {goal}، {verdict}؛ أطول جلوس {longest}</translation>
    </message>
    <message>
        <source>; check-in {score}/10</source>
        <translation>؛ المتابعة {score}/10</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>{app}: Check-in</source>
        <translation>{app}: المتابعة</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>المتابعة اليومية</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>ليس اليوم</translation>
    </message>
</context>
<context>
    <name>CheckInWidget</name>
    <message>
        <source>How are your hip, back and leg today?</source>
        <translation>كيف حال وركك وظهرك وساقك اليوم؟</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <extracomment>(parent, title, question) -&gt; True when the user said yes. Tests pass their own. A check-in was saved or all were deleted.</extracomment>
        <translation>المتابعة اليومية</translation>
    </message>
    <message>
        <source>0 means no pain or stiffness, 10 the worst.</source>
        <translation>0 يعني لا ألم ولا تيبّس، و10 الأسوأ.</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>ملاحظة اختيارية</translation>
    </message>
    <message>
        <source>Check-in note</source>
        <translation>ملاحظة المتابعة</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>احفظ المتابعة</translation>
    </message>
    <message>
        <source>Delete all check-ins…</source>
        <translation>احذف كل المتابعات…</translation>
    </message>
    <message>
        <source>Kept on this computer and, through your sync folder, your other computers, for your own record; never sent anywhere else.</source>
        <translation>يُحفظ على هذا الحاسوب، وعبر مجلد المزامنة على حواسيبك الأخرى، لسجلك الخاص؛ ولا يُرسل إلى أي مكان آخر أبدًا.</translation>
    </message>
    <message>
        <source>Kept only on this computer, for your own record; never sent anywhere.</source>
        <translation>تُحفظ على هذا الحاسوب فقط، لسجلّك الخاص؛ لا تُرسل إلى أي مكان.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 لا شيء</translation>
    </message>
    <message>
        <source>10 worst</source>
        <translation>10 الأسوأ</translation>
    </message>
    <message>
        <source>Saved for today: {score}/10.</source>
        <translation>حُفظ لليوم: {score}/10.</translation>
    </message>
    <message>
        <source>Not answered today.</source>
        <translation>لم تُجب اليوم.</translation>
    </message>
    <message>
        <source>Not saved: {problem}. Your answer is still here; try again.</source>
        <translation>لم يُحفظ: {problem}. إجابتك ما زالت هنا؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Delete all check-ins</source>
        <translation>احذف كل المتابعات</translation>
    </message>
    <message>
        <source>Delete every check-in score and note you have saved? This cannot be undone.</source>
        <translation>أتحذف كل درجات المتابعة وملاحظاتها التي حفظتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Not deleted: {problem}.</source>
        <translation>لم يُحذف: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n check-in(s).</source>
        <translation>
            <numerusform>حُذفت %n متابعة.</numerusform>
            <numerusform>حُذفت متابعة واحدة (%n).</numerusform>
            <numerusform>حُذفت متابعتان (%n).</numerusform>
            <numerusform>حُذفت %n متابعات.</numerusform>
            <numerusform>حُذفت %n متابعةً.</numerusform>
            <numerusform>حُذفت %n متابعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>positional arguments</source>
        <extracomment>argparse&apos;s own section headings, said in the user&apos;s language.</extracomment>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>A tray companion that tracks how long you sit and prompts stretch breaks.</source>
        <translation>رفيق في شريط النظام يقيس مدة جلوسك ويقترح استراحات للتمدد.</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>اعرض رقم الإصدار واخرج</translation>
    </message>
    <message>
        <source>run every product duration N times faster (demo and testing, 1-3600)</source>
        <translation>شغّل كل مدة أسرع بـ N مرة (للعرض والاختبار، 1-3600)</translation>
    </message>
    <message>
        <source>sitting streak and next break, from the app</source>
        <translation>مدة الجلوس المتواصل والاستراحة التالية، من التطبيق</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>اطبع كائن JSON واحدًا</translation>
    </message>
    <message>
        <source>ask the running app to start a break now</source>
        <translation>اطلب من التطبيق العامل أن يبدأ استراحة الآن</translation>
    </message>
    <message>
        <source>pause reminders for MINUTES</source>
        <translation>أوقف التذكيرات مؤقتًا لمدة MINUTES دقيقة</translation>
    </message>
    <message>
        <source>resume reminders</source>
        <translation>استأنف التذكيرات</translation>
    </message>
    <message>
        <source>per-day figures from your history</source>
        <translation>أرقام كل يوم من سجلك</translation>
    </message>
    <message>
        <source>how many days back, today included (default 7)</source>
        <translation>كم يومًا إلى الوراء، مع اليوم (الافتراضي 7)</translation>
    </message>
    <message>
        <source>only this computer&apos;s history (a device name or id, or &apos;this&apos;; repeatable)</source>
        <translation>سجل هذا الحاسوب فقط (اسم جهاز أو معرّفه، أو &apos;this&apos;؛ يمكن تكراره)</translation>
    </message>
    <message>
        <source>the sync folder shared with your other computers</source>
        <translation>مجلد المزامنة المشترك مع حواسيبك الأخرى</translation>
    </message>
    <message>
        <source>the folder, this device and the devices seen</source>
        <translation>المجلد وهذا الجهاز والأجهزة التي ظهرت</translation>
    </message>
    <message>
        <source>use FOLDER (kept in step by a sync engine)</source>
        <translation>استخدم FOLDER (يبقيه برنامج مزامنة محدّثًا)</translation>
    </message>
    <message>
        <source>this computer&apos;s name in the device list</source>
        <translation>اسم هذا الحاسوب في قائمة الأجهزة</translation>
    </message>
    <message>
        <source>stop syncing (the folder&apos;s files stay)</source>
        <translation>أوقف المزامنة (تبقى ملفات المجلد)</translation>
    </message>
    <message>
        <source>leave a device out of the history</source>
        <translation>استبعد جهازًا من السجل</translation>
    </message>
    <message>
        <source>export your whole history</source>
        <translation>صدّر سجلك كله</translation>
    </message>
    <message>
        <source>write here instead of stdout</source>
        <translation>اكتب هنا بدل المخرج القياسي</translation>
    </message>
    <message>
        <source>the stretch catalog</source>
        <translation>فهرس تمارين التمدد</translation>
    </message>
    <message>
        <source>the catalog in rotation order</source>
        <translation>الفهرس بترتيب التشكيلة</translation>
    </message>
    <message>
        <source>check stretch files and print every problem</source>
        <translation>افحص ملفات التمارين واطبع كل مشكلة</translation>
    </message>
    <message>
        <source>what this desktop offers: idle source, tray, paths</source>
        <translation>ما يوفره سطح المكتب هذا: مصدر رصد الغياب، شريط النظام، المسارات</translation>
    </message>
    <message>
        <source>open the Progress window (its own process)</source>
        <translation>افتح نافذة التقدّم (في عملية مستقلة)</translation>
    </message>
</context>
<context>
    <name>CliMessages</name>
    <message>
        <source>Standup Buddy is not running. Start it with: standup-buddy</source>
        <translation>Standup Buddy لا يعمل. شغّله بالأمر: standup-buddy</translation>
    </message>
    <message>
        <source>cannot read the history: {error}</source>
        <translation>تعذّرت قراءة السجل: {error}</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>تحذير: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>the history file {file} is damaged; showing the %n record(s) that can still be read (the file is not changed; the app sets it aside and repairs it when it starts)</source>
        <translation>
            <numerusform>ملف السجل {file} تالف؛ تُعرض السجلات التي ما زالت قابلة للقراءة، وعددها %n (لا يتغير الملف؛ يضعه التطبيق جانبًا ويصلحه عند بدء تشغيله)</numerusform>
            <numerusform>ملف السجل {file} تالف؛ تُعرض السجلات التي ما زالت قابلة للقراءة، وعددها %n (لا يتغير الملف؛ يضعه التطبيق جانبًا ويصلحه عند بدء تشغيله)</numerusform>
            <numerusform>ملف السجل {file} تالف؛ تُعرض السجلات التي ما زالت قابلة للقراءة، وعددها %n (لا يتغير الملف؛ يضعه التطبيق جانبًا ويصلحه عند بدء تشغيله)</numerusform>
            <numerusform>ملف السجل {file} تالف؛ تُعرض السجلات التي ما زالت قابلة للقراءة، وعددها %n (لا يتغير الملف؛ يضعه التطبيق جانبًا ويصلحه عند بدء تشغيله)</numerusform>
            <numerusform>ملف السجل {file} تالف؛ تُعرض السجلات التي ما زالت قابلة للقراءة، وعددها %n (لا يتغير الملف؛ يضعه التطبيق جانبًا ويصلحه عند بدء تشغيله)</numerusform>
            <numerusform>ملف السجل {file} تالف؛ تُعرض السجلات التي ما زالت قابلة للقراءة، وعددها %n (لا يتغير الملف؛ يضعه التطبيق جانبًا ويصلحه عند بدء تشغيله)</numerusform>
        </translation>
    </message>
    <message>
        <source>--out {file} is a folder; give a file name</source>
        <translation>--out {file} مجلد؛ أعطِ اسم ملف</translation>
    </message>
    <message>
        <source>--out {file}: the folder {folder} does not exist</source>
        <translation>--out {file}: المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>--out {file}: you may not write there</source>
        <translation>--out {file}: لا يُسمح لك بالكتابة هناك</translation>
    </message>
    <message>
        <source>could not write {file}: {error}</source>
        <translation>تعذّرت الكتابة في {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {file}.</source>
        <translation>
            <numerusform>صُدِّر %n سجل إلى {file}.</numerusform>
            <numerusform>صُدِّر سجل واحد (%n) إلى {file}.</numerusform>
            <numerusform>صُدِّر سجلان (%n) إلى {file}.</numerusform>
            <numerusform>صُدِّرت %n سجلات إلى {file}.</numerusform>
            <numerusform>صُدِّر %n سجلًا إلى {file}.</numerusform>
            <numerusform>صُدِّر %n سجل إلى {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>no such file: {file}</source>
        <translation>لا يوجد ملف كهذا: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) OK</source>
        <translation>
            <numerusform>%n ملف سليم</numerusform>
            <numerusform>الملف سليم (%n)</numerusform>
            <numerusform>الملفان سليمان (%n)</numerusform>
            <numerusform>%n ملفات سليمة</numerusform>
            <numerusform>%n ملفًا سليمًا</numerusform>
            <numerusform>%n ملف سليم</numerusform>
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
        <translation>أمر</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>إجراء</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>error: {message}</source>
        <translation>خطأ: {message}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {text!r}</source>
        <translation>يجب أن يكون {what} عددًا صحيحًا، وليس {text!r}</translation>
    </message>
    <message>
        <source>{what} must be from {low} to {high}, not {value}</source>
        <translation>يجب أن يكون {what} من {low} إلى {high}، وليس {value}</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُتوقع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُتوقع وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: %(option)s قد يطابق %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيط المحدد صراحةً %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع الوسيط %s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>خيار غير متوقع: %s</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
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
        <translation>مدة خاصة</translation>
    </message>
    <message>
        <source>Use my own length for this stretch</source>
        <translation>استخدم مدتي الخاصة لهذا التمرين</translation>
    </message>
    <message>
        <source>Hold this stretch for a length of your choosing</source>
        <translation>أمسك هذا التمرين للمدة التي تختارها</translation>
    </message>
    <message>
        <source>Weight when shuffled</source>
        <translation>الوزن عند الخلط</translation>
    </message>
    <message>
        <source>When shuffled, heavier stretches tend to come up earlier in each round</source>
        <translation>عند الخلط تظهر التمارين الأثقل في وقت أبكر من كل جولة</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>تعديل التمرين</translation>
    </message>
    <message>
        <source>Change this stretch of yours</source>
        <translation>غيّر تمرينك هذا</translation>
    </message>
    <message>
        <source>Duplicate as my own…</source>
        <translation>انسخه ليكون خاصًا بي…</translation>
    </message>
    <message>
        <source>Duplicate as my own</source>
        <translation>انسخه ليكون خاصًا بي</translation>
    </message>
    <message>
        <source>Make your own copy of this stretch to change</source>
        <translation>أنشئ نسخة خاصة بك من هذا التمرين لتعديلها</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <translation>حذف التمرين</translation>
    </message>
    <message>
        <source>Delete this stretch of yours</source>
        <translation>احذف تمرينك هذا</translation>
    </message>
    <message>
        <source>Built-in stretches stay as they are; copy one to change it.</source>
        <translation>تبقى التمارين المضمّنة كما هي؛ انسخ واحدًا لتغييره.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>In your breaks</source>
        <translation>في استراحاتك</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Platform</source>
        <extracomment>Every row label, marked for the catalog: ``doctor`` prints them in the reader&apos;s language (a test keeps this list complete).</extracomment>
        <translation>المنصة</translation>
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
        <translation>نوع الجلسة</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <source>Idle protocol</source>
        <translation>الخمول: البروتوكول</translation>
    </message>
    <message>
        <source>Idle source</source>
        <translation>الخمول: المصدر</translation>
    </message>
    <message>
        <source>Idle now</source>
        <translation>الخمول: الآن</translation>
    </message>
    <message>
        <source>Idle order</source>
        <translation>الخمول: الترتيب</translation>
    </message>
    <message>
        <source>Idle rejected</source>
        <translation>الخمول: المرفوضة</translation>
    </message>
    <message>
        <source>Idle note</source>
        <translation>الخمول: ملاحظة</translation>
    </message>
    <message>
        <source>Lock signal</source>
        <translation>إشارة القفل</translation>
    </message>
    <message>
        <source>Suspend signal</source>
        <translation>إشارة السكون</translation>
    </message>
    <message>
        <source>Meeting: camera</source>
        <translation>الاجتماع: الكاميرا</translation>
    </message>
    <message>
        <source>Meeting: microphone</source>
        <translation>الاجتماع: الميكروفون</translation>
    </message>
    <message>
        <source>Meeting: idle inhibitor</source>
        <translation>الاجتماع: مانع الخمول</translation>
    </message>
    <message>
        <source>Meeting: now</source>
        <translation>الاجتماع: الآن</translation>
    </message>
    <message>
        <source>Meeting: detail</source>
        <translation>الاجتماع: التفاصيل</translation>
    </message>
    <message>
        <source>Fullscreen detection</source>
        <translation>كشف ملء الشاشة</translation>
    </message>
    <message>
        <source>Fullscreen now</source>
        <translation>ملء الشاشة الآن</translation>
    </message>
    <message>
        <source>System tray</source>
        <translation>شريط النظام</translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>منصة Qt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>عدم الإزعاج</translation>
    </message>
    <message>
        <source>Media in breaks</source>
        <translation>الوسائط أثناء الاستراحات</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>قفل الشاشة</translation>
    </message>
    <message>
        <source>Config folder</source>
        <translation>مجلد الإعدادات</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>Stretches folder</source>
        <translation>مجلد التمارين</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>GNOME Wellbeing</source>
        <translation>رفاهية GNOME</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <extracomment>A plural message (``%n day(s)``): the form for the count, with ``%n`` filled. A date in a Qt format string (itself translated: each language orders it). A time of day (hours 0-24): the locale&apos;s own 12 or 24-hour form.</extracomment>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02}</source>
        <translation>{hours} س {minutes:02}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} س</translation>
    </message>
    <message>
        <source>{done} of {target} movement minutes</source>
        <translation>{done} من {target} دقيقة حركة</translation>
    </message>
</context>
<context>
    <name>EarlyTray</name>
    <message>
        <source>Starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
</context>
<context>
    <name>FigureWidget</name>
    <message>
        <source>Stretch demonstration</source>
        <translation>عرض التمرين</translation>
    </message>
    <message>
        <source>A figure showing how to do the stretch</source>
        <translation>شكل يوضح طريقة أداء التمرين</translation>
    </message>
    <message>
        <source>No demonstration for this stretch: follow the steps</source>
        <translation>لا يوجد عرض لهذا التمرين: اتبع الخطوات</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>movement minutes</source>
        <extracomment>Metric → (label for sentences, short unit for axes and rings). English here; ``metric_name``/``metric_unit`` give them in the interface language.</extracomment>
        <translation>دقائق حركة</translation>
    </message>
    <message>
        <source>min</source>
        <translation>د</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>استراحات</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>ساعات نشطة</translation>
    </message>
    <message>
        <source>h</source>
        <translation>س</translation>
    </message>
    <message>
        <source>{value} of {target} {metric}</source>
        <translation>{value} من {target} {metric}</translation>
    </message>
    <message>
        <source>Nice work — break complete.</source>
        <translation>أحسنت — اكتملت الاستراحة.</translation>
    </message>
    <message>
        <source>Nice work — {goal} today</source>
        <translation>أحسنت — اليوم {goal}</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>لم يبدأ هذا الأسبوع بعد.</translation>
    </message>
    <message>
        <source>Nothing was recorded this week.</source>
        <translation>لم يُسجَّل شيء هذا الأسبوع.</translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s) so far</source>
        <translation>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل حتى الآن</numerusform>
            <numerusform>تحقق الهدف في {met} من يوم عمل واحد (%n) حتى الآن</numerusform>
            <numerusform>تحقق الهدف في {met} من يومي عمل (%n) حتى الآن</numerusform>
            <numerusform>تحقق الهدف في {met} من %n أيام عمل حتى الآن</numerusform>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل حتى الآن</numerusform>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل حتى الآن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal met {met} of %n work day(s)</source>
        <translation>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل</numerusform>
            <numerusform>تحقق الهدف في {met} من يوم عمل واحد (%n)</numerusform>
            <numerusform>تحقق الهدف في {met} من يومي عمل (%n)</numerusform>
            <numerusform>تحقق الهدف في {met} من %n أيام عمل</numerusform>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل</numerusform>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل</numerusform>
        </translation>
    </message>
    <message>
        <source>No work days this week</source>
        <translation>لا أيام عمل هذا الأسبوع</translation>
    </message>
    <message>
        <source>{head}; no sitting recorded.</source>
        <translation>{head}؛ لم يُسجَّل جلوس.</translation>
    </message>
    <message>
        <source>{head}; longest sit {duration} on {weekday}.</source>
        <translation>{head}؛ أطول جلوس {duration} يوم {weekday}.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>لم يتحقق</translation>
    </message>
    <message>
        <source>Goal: {goal} ({verdict})</source>
        <translation>الهدف: {goal} ({verdict})</translation>
    </message>
    <message>
        <source>Movement: {total} min ({breaks} from stretch breaks, {natural} from natural breaks)</source>
        <translation>الحركة: {total} د ({breaks} من استراحات التمدد، {natural} من الاستراحات التلقائية)</translation>
    </message>
    <message>
        <source>Active hours: {hours}</source>
        <translation>الساعات النشطة: {hours}</translation>
    </message>
    <message>
        <source>Sitting: {total}; longest sit {longest}</source>
        <translation>الجلوس: {total}؛ أطول جلوس {longest}</translation>
    </message>
    <message>
        <source>Standing: {standing}; paused {paused}</source>
        <translation>الوقوف: {standing}؛ متوقف مؤقتًا {paused}</translation>
    </message>
    <message>
        <source>Check-in: {score}/10</source>
        <translation>المتابعة: {score}/10</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural} natural</source>
        <translation>الاستراحات: {completed} مكتملة، {snoozed} مؤجلة، {skipped} متخطاة، {missed} فائتة؛ {natural} تلقائية</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>الجلوس</translation>
    </message>
    <message>
        <source>Natural break</source>
        <translation>استراحة تلقائية</translation>
    </message>
    <message>
        <source>Stretch break</source>
        <translation>استراحة تمدد</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>الوقوف</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>is not a known field</source>
        <translation>ليس حقلًا معروفًا</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ليس رقمًا</translation>
    </message>
    <message>
        <source>{value} is out of bounds ({low}–{high})</source>
        <translation>{value} خارج الحدود ({low}–{high})</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>must be an object with x, y, tilt</source>
        <translation>يجب أن يكون كائنًا فيه x وy وtilt</translation>
    </message>
    <message>
        <source>must be an object of joint angles</source>
        <translation>يجب أن يكون كائنًا من زوايا المفاصل</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <source>must be a list of at most {most} props</source>
        <translation>يجب أن يكون قائمة من {most} أدوات على الأكثر</translation>
    </message>
    <message>
        <source>must be a list of body segment names</source>
        <translation>يجب أن يكون قائمة بأسماء أجزاء الجسم</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} ليس true ولا false</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>يجب أن يكون قائمة غير فارغة</translation>
    </message>
    <message>
        <source>is not a known joint</source>
        <translation>ليس مفصلًا معروفًا</translation>
    </message>
    <message>
        <source>has {count} entries (at most {most})</source>
        <translation>فيه {count} عناصر (على الأكثر {most})</translation>
    </message>
    <message>
        <source>the first keyframe must be at t = 0</source>
        <translation>يجب أن يكون الإطار المفتاحي الأول عند t = 0</translation>
    </message>
    <message>
        <source>must be later than the one before</source>
        <translation>يجب أن يأتي بعد الذي قبله</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ليس من {allowed}</translation>
    </message>
    <message>
        <source>{value} is not a program id</source>
        <translation>{value} ليس معرّف برنامج</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; مذكور مرتين في القائمة</translation>
    </message>
    <message>
        <source>must be a stretch id or an object</source>
        <translation>يجب أن يكون معرّف تمرين أو كائنًا</translation>
    </message>
    <message>
        <source>must be a list drawn from {allowed}</source>
        <translation>يجب أن يكون قائمة من {allowed}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is not a known stretch</source>
        <translation>&apos;{id}&apos; ليس تمرينًا معروفًا</translation>
    </message>
    <message>
        <source>a rotation must be a JSON object</source>
        <translation>يجب أن تكون التشكيلة كائن JSON</translation>
    </message>
    <message>
        <source>a file reference must end in {suffix}</source>
        <translation>يجب أن ينتهي مرجع الملف بـ {suffix}</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;\&apos;, &apos;:&apos; or NUL</source>
        <translation>لا يجوز أن يحتوي مرجع الملف على &apos;\&apos; أو &apos;:&apos; أو NUL</translation>
    </message>
    <message>
        <source>a file reference must be relative to the stretches folder</source>
        <translation>يجب أن يكون مرجع الملف نسبيًا إلى مجلد التمارين</translation>
    </message>
    <message>
        <source>a file reference may not contain &apos;..&apos;, &apos;.&apos; or empty parts</source>
        <translation>لا يجوز أن يحتوي مرجع الملف على &apos;..&apos; أو &apos;.&apos; أو أجزاء فارغة</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ليس نصًا</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>لا يجوز أن يكون فارغًا</translation>
    </message>
    <message>
        <source>is {length} characters long (at most {most})</source>
        <translation>طوله {length} حرفًا (على الأكثر {most})</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>يحتوي على محارف تحكم</translation>
    </message>
    <message>
        <source>must be an object keyed by language, e.g. {example}</source>
        <translation>يجب أن يكون كائنًا مفاتيحه لغات، مثل {example}</translation>
    </message>
    <message>
        <source>a stretch must be a JSON object</source>
        <translation>يجب أن يكون التمرين كائن JSON</translation>
    </message>
    <message>
        <source>is not a language code like &apos;de&apos;, &apos;pt_BR&apos; or &apos;zh_CN&apos;; it is ignored</source>
        <translation>ليس رمز لغة مثل &apos;de&apos; أو &apos;pt_BR&apos; أو &apos;zh_CN&apos;؛ تم تجاهله</translation>
    </message>
    <message>
        <source>{value} must be 1–48 lowercase letters, digits or &apos;-&apos;</source>
        <translation>يجب أن يتكون {value} من 1–48 حرفًا لاتينيًا صغيرًا أو رقمًا أو &apos;-&apos;</translation>
    </message>
    <message>
        <source>must be a non-empty list of focus areas ({areas})</source>
        <translation>يجب أن يكون قائمة غير فارغة بمناطق الجسم ({areas})</translation>
    </message>
    <message>
        <source>{value} is not a whole number of seconds</source>
        <translation>{value} ليس عددًا صحيحًا من الثواني</translation>
    </message>
    <message>
        <source>must be a list of 1–{most} short sentences</source>
        <translation>يجب أن يكون قائمة من 1–{most} جمل قصيرة</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by a built-in stretch</source>
        <translation>&apos;{id}&apos; مستخدم بالفعل في تمرين مدمج</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>must be an animation id or an object with keyframes</source>
        <translation>يجب أن يكون معرّف حركة أو كائنًا فيه إطارات مفتاحية</translation>
    </message>
    <message>
        <source>lists an area twice</source>
        <translation>يذكر منطقة مرتين</translation>
    </message>
    <message>
        <source>{value} is not a known animation</source>
        <translation>{value} ليس حركة معروفة</translation>
    </message>
    <message>
        <source>{reason}; the English is shown instead</source>
        <translation>{reason}؛ يُعرض النص الإنجليزي بدلًا منه</translation>
    </message>
    <message>
        <source>the English names the left and right side; the translation does not</source>
        <translation>النص الإنجليزي يذكر الجانبين الأيسر والأيمن، والترجمة لا تذكرهما</translation>
    </message>
    <message>
        <source>the English names the left side; the translation does not</source>
        <translation>النص الإنجليزي يذكر الجانب الأيسر، والترجمة لا تذكره</translation>
    </message>
    <message>
        <source>the English names the right side; the translation does not</source>
        <translation>النص الإنجليزي يذكر الجانب الأيمن، والترجمة لا تذكره</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>placeholders {found} do not match the English {wanted}</source>
        <translation>العناصر النائبة {found} لا تطابق الإنجليزية {wanted}</translation>
    </message>
    <message>
        <source>must be an object of translated fields</source>
        <translation>يجب أن يكون كائنًا من الحقول المترجمة</translation>
    </message>
    <message>
        <source>is not a translatable field</source>
        <translation>ليس حقلًا قابلًا للترجمة</translation>
    </message>
    <message>
        <source>must be a list of texts, like the English</source>
        <translation>يجب أن يكون قائمة نصوص، كما في الإنجليزية</translation>
    </message>
    <message>
        <source>has {count} entries; the English has {english}</source>
        <translation>فيه {count} عناصر، والإنجليزي فيه {english}</translation>
    </message>
    <message>
        <source>a list of days such as {example}</source>
        <translation>قائمة أيام مثل {example}</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثوانٍ</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>بالمئة</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>بلا رصيد</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>expected {allowed}</source>
        <translation>المتوقع: {allowed}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>عدد صحيح من {low} إلى {high}</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>واحد من {choices}</translation>
    </message>
    <message>
        <source>a time of day such as &quot;08:30&quot;</source>
        <translation>وقت من اليوم مثل &quot;08:30&quot;</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit}); {low} means {special}</source>
        <translation>عدد صحيح من {low} إلى {high} ({unit})؛ {low} يعني {special}</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} ({unit})</source>
        <translation>عدد صحيح من {low} إلى {high} ({unit})</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}; {low} means {special}</source>
        <translation>عدد صحيح من {low} إلى {high}؛ {low} يعني {special}</translation>
    </message>
    <message>
        <source>{item} is not a day: expected {allowed}</source>
        <translation>{item} ليس يومًا: المتوقع {allowed}</translation>
    </message>
    <message>
        <source>out of bounds: allowed is {allowed}</source>
        <translation>خارج الحدود: المسموح {allowed}</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window</source>
        <translation>{problem}؛ تُستخدم القيم الافتراضية لكل مفتاح حتى تحفظ من نافذة الإعدادات</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line}, column {column} ({why})</source>
        <translation>ليس TOML صالحًا في السطر {line}، العمود {column} ({why})</translation>
    </message>
    <message>
        <source>{problem}; using the defaults for every key until you save from the Settings window; a copy was saved as {backup}</source>
        <translation>{problem}؛ تُستخدم القيم الافتراضية لكل مفتاح حتى تحفظ من نافذة الإعدادات؛ حُفظت نسخة باسم {backup}</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>خطأ في الصياغة</translation>
    </message>
    <message>
        <source>is not valid TOML at line {line} ({why})</source>
        <translation>ليس TOML صالحًا في السطر {line} ({why})</translation>
    </message>
    <message>
        <source>is not valid TOML ({why})</source>
        <translation>ليس TOML صالحًا ({why})</translation>
    </message>
    <message>
        <source>{value} is not a whole number; reading the file as version {version}</source>
        <translation>{value} ليس عددًا صحيحًا؛ يُقرأ الملف على أنه الإصدار {version}</translation>
    </message>
    <message>
        <source>was written by a newer Standup Buddy (version {version}); reading the keys this version knows and keeping the rest</source>
        <translation>كتبه إصدار أحدث من Standup Buddy (الإصدار {version})؛ تُقرأ المفاتيح التي يعرفها هذا الإصدار ويُحتفظ بالباقي</translation>
    </message>
    <message>
        <source>{count} more unknown keys (kept as they are)</source>
        <translation>{count} مفاتيح أخرى غير معروفة (تبقى كما هي)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>مفتاح غير معروف (يبقى كما هو)</translation>
    </message>
    <message>
        <source>cannot be read ({error}); using the defaults for every key</source>
        <translation>تتعذّر قراءته ({error})؛ تُستخدم القيم الافتراضية لكل مفتاح</translation>
    </message>
    <message>
        <source>{value} is not allowed ({why}); using the default {default}</source>
        <translation>{value} غير مسموح ({why})؛ تُستخدم القيمة الافتراضية {default}</translation>
    </message>
    <message>
        <source>cannot be listed: {error}</source>
        <translation>يتعذّر عرض محتواه: {error}</translation>
    </message>
    <message>
        <source>must be a non-empty list of stretch ids</source>
        <translation>يجب أن يكون قائمة غير فارغة بمعرّفات التمارين</translation>
    </message>
    <message>
        <source>must be a list of stretch ids</source>
        <translation>يجب أن يكون قائمة بمعرّفات التمارين</translation>
    </message>
    <message>
        <source>a program must be a JSON object</source>
        <translation>يجب أن يكون البرنامج كائن JSON</translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>&apos;{id}&apos; مستخدم بالفعل في {file}</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} {reason}</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>is {size} bytes; the limit is {limit} bytes (1 MB)</source>
        <translation>حجمه {size} بايت؛ الحد {limit} بايت (1 ميغابايت)</translation>
    </message>
    <message>
        <source>is larger than the limit of {limit} bytes (1 MB)</source>
        <translation>أكبر من الحد البالغ {limit} بايت (1 ميغابايت)</translation>
    </message>
    <message>
        <source>does not exist (or is a broken symlink)</source>
        <translation>غير موجود (أو رابط رمزي معطوب)</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>تتعذّر قراءته: {error}</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} (line {line}, column {column})</source>
        <translation>ليس JSON صالحًا: {error} (السطر {line}، العمود {column})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error}</source>
        <translation>ليس JSON صالحًا: {error}</translation>
    </message>
    <message>
        <source>points outside the stretches folder (symlinks may not leave it)</source>
        <translation>يشير إلى خارج مجلد التمارين (لا يجوز للروابط الرمزية مغادرته)</translation>
    </message>
    <message>
        <source>{value} is not {version}</source>
        <translation>{value} ليس {version}</translation>
    </message>
    <message>
        <source>{reason}; using the default rotation</source>
        <translation>{reason}؛ تُستخدم التشكيلة الافتراضية</translation>
    </message>
    <message>
        <source>is missing; using the default rotation</source>
        <translation>مفقود؛ تُستخدم التشكيلة الافتراضية</translation>
    </message>
    <message>
        <source>no known stretches; using the default rotation</source>
        <translation>لا توجد تمارين معروفة؛ تُستخدم التشكيلة الافتراضية</translation>
    </message>
    <message>
        <source>could not be copied to {file}: {error}</source>
        <translation>تعذّر نسخه إلى {file}: {error}</translation>
    </message>
    <message>
        <source>{value} is not {format}</source>
        <translation>{value} ليس {format}</translation>
    </message>
    <message>
        <source>is not valid UTF-8 JSON: {error}</source>
        <translation>ليس JSON صالحًا بترميز UTF-8: {error}</translation>
    </message>
    <message>
        <source>must be an object keyed by id</source>
        <translation>يجب أن يكون كائنًا مفاتيحه معرّفات</translation>
    </message>
    <message>
        <source>is not the id of a built-in entry</source>
        <translation>ليس معرّف عنصر مدمج</translation>
    </message>
    <message>
        <source>must start with &apos;{prefix}&apos;</source>
        <translation>يجب أن يبدأ بـ &apos;{prefix}&apos;</translation>
    </message>
    <message>
        <source>must be 1–{most} characters</source>
        <translation>يجب أن يكون من 1–{most} حرفًا</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits or &apos;-&apos;</source>
        <translation>يجب أن يتكون من أحرف لاتينية صغيرة أو أرقام أو &apos;-&apos; فقط</translation>
    </message>
    <message>
        <source>is listed twice</source>
        <translation>مذكور مرتين في القائمة</translation>
    </message>
    <message>
        <source>{file}: field &apos;{field}&apos;: {reason}</source>
        <extracomment>The translation context of every reason template.</extracomment>
        <translation>{file}: الحقل &apos;{field}&apos;: {reason}</translation>
    </message>
</context>
<context>
    <name>FlowText</name>
    <message>
        <source>Click here to open today&apos;s stretch.</source>
        <extracomment>A card window was opened (for the app and for tests).</extracomment>
        <translation>انقر هنا لفتح تمرين اليوم.</translation>
    </message>
    <message>
        <source>Open today&apos;s stretch when you are ready.</source>
        <translation>افتح تمرين اليوم حين تكون مستعدًا.</translation>
    </message>
    <message>
        <source>Break complete</source>
        <translation>اكتملت الاستراحة</translation>
    </message>
</context>
<context>
    <name>GnomeWellbeing</name>
    <message>
        <source>GNOME reminders unchanged</source>
        <translation>تذكيرات GNOME دون تغيير</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders could not be switched off ({error}). You can switch them off in GNOME Settings → Wellbeing.</source>
        <translation>تعذّر إيقاف تذكيرات الحركة في GNOME ({error}). يمكنك إيقافها من إعدادات GNOME ← الرفاهية.</translation>
    </message>
    <message>
        <source>GNOME reminders off</source>
        <translation>تذكيرات GNOME متوقفة</translation>
    </message>
    <message>
        <source>GNOME&apos;s movement reminders are off; Standup Buddy reminds you from now on.</source>
        <translation>تذكيرات الحركة في GNOME متوقفة؛ من الآن يذكّرك Standup Buddy.</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>Goal counts</source>
        <extracomment>(GoalMetric, target): the user asked for this goal from today on.</extracomment>
        <translation>ما يحسبه الهدف</translation>
    </message>
    <message>
        <source>Movement minutes</source>
        <translation>دقائق الحركة</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>الساعات النشطة</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>Set goal</source>
        <translation>اضبط الهدف</translation>
    </message>
    <message>
        <source>Takes effect today; past days keep the goal they had.</source>
        <translation>يسري من اليوم؛ تحتفظ الأيام الماضية بهدفها.</translation>
    </message>
    <message>
        <source>Daily goal:</source>
        <translation>الهدف اليومي:</translation>
    </message>
</context>
<context>
    <name>GoalRing</name>
    <message>
        <source>Today&apos;s goal</source>
        <translation>هدف اليوم</translation>
    </message>
    <message>
        <source>{value} of {target} {metric} ({share} %)</source>
        <translation>{value} من {target} {metric} ({share} %)</translation>
    </message>
    <message>
        <source>of {target}</source>
        <translation>من {target}</translation>
    </message>
</context>
<context>
    <name>HeatLegend</name>
    <message>
        <source>200 % or more of the day&apos;s goal</source>
        <translation>200 % أو أكثر من هدف اليوم</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>تحقق الهدف</translation>
    </message>
</context>
<context>
    <name>IpcReplies</name>
    <message>
        <source>Standup Buddy is already running: its Progress window was opened.</source>
        <translation>Standup Buddy يعمل بالفعل: فُتحت نافذة التقدّم الخاصة به.</translation>
    </message>
    <message>
        <source>A break is starting.</source>
        <translation>تبدأ استراحة الآن.</translation>
    </message>
    <message>
        <source>Reminders paused for {minutes} min.</source>
        <translation>أُوقفت التذكيرات مؤقتًا لمدة {minutes} دقيقة.</translation>
    </message>
    <message>
        <source>Reminders resumed.</source>
        <translation>استُؤنفت التذكيرات.</translation>
    </message>
    <message>
        <source>Goal set.</source>
        <translation>تم تعيين الهدف.</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>حُفظت المتابعة.</translation>
    </message>
</context>
<context>
    <name>LengthSpin</name>
    <message>
        <source>Length in seconds</source>
        <translation>المدة بالثواني</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>How many stretches are on</source>
        <translation>كم تمرينًا مفعّلًا</translation>
    </message>
    <message>
        <source>↑  Up</source>
        <translation>↑  لأعلى</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انقل لأعلى</translation>
    </message>
    <message>
        <source>Move the selected stretch up (Ctrl+Up)</source>
        <translation>انقل التمرين المحدد لأعلى (Ctrl+Up)</translation>
    </message>
    <message>
        <source>↓  Down</source>
        <translation>↓  لأسفل</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انقل لأسفل</translation>
    </message>
    <message>
        <source>Move the selected stretch down (Ctrl+Down)</source>
        <translation>انقل التمرين المحدد لأسفل (Ctrl+Down)</translation>
    </message>
    <message>
        <source>New stretch…</source>
        <translation>تمرين جديد…</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>تمرين جديد</translation>
    </message>
    <message>
        <source>Make a stretch of your own</source>
        <translation>أنشئ تمرينًا خاصًا بك</translation>
    </message>
    <message>
        <source>Your rotation</source>
        <translation>مجموعتك</translation>
    </message>
    <message>
        <source>Ticked stretches come up in breaks, top to bottom; drag to reorder.</source>
        <translation>تظهر التمارين المعلَّمة في الاستراحات من الأعلى إلى الأسفل؛ اسحب لإعادة الترتيب.</translation>
    </message>
</context>
<context>
    <name>MicroCue</name>
    <message>
        <source>Click to close</source>
        <translation>انقر للإغلاق</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>الثواني المتبقية</translation>
    </message>
    <message>
        <source>Micro-pause</source>
        <translation>استراحة قصيرة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
</context>
<context>
    <name>MonthHeatMap</name>
    <message>
        <source>Goal completion by day</source>
        <translation>تحقيق الهدف حسب اليوم</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>تحقق الهدف</translation>
    </message>
    <message>
        <source>goal not met</source>
        <translation>لم يتحقق الهدف</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>{date}: {goal}, {verdict}</source>
        <translation>{date}: {goal}، {verdict}</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>الشهر السابق</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>الشهر التالي</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Daily routine days</source>
        <translation>أيام الروتين اليومي</translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation>لم يبدأ هذا الشهر بعد.</translation>
    </message>
    <message>
        <source>Goal met on {met} of {days}.</source>
        <translation>تحقق الهدف في {met} من {days}.</translation>
    </message>
    <message>
        <source>Current streak: {current}. Best streak this month: {best}.</source>
        <translation>السلسلة الحالية: {current}. أفضل سلسلة هذا الشهر: {best}.</translation>
    </message>
    <message numerus="yes">
        <source>Daily routine done on %n day(s): {days}.</source>
        <translation>
            <numerusform>أُدّي الروتين اليومي في %n يوم: {days}.</numerusform>
            <numerusform>أُدّي الروتين اليومي في يوم واحد (%n): {days}.</numerusform>
            <numerusform>أُدّي الروتين اليومي في يومين (%n): {days}.</numerusform>
            <numerusform>أُدّي الروتين اليومي في %n أيام: {days}.</numerusform>
            <numerusform>أُدّي الروتين اليومي في %n يومًا: {days}.</numerusform>
            <numerusform>أُدّي الروتين اليومي في %n يوم: {days}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No daily routine done this month yet.</source>
        <translation>لم يُؤدَّ الروتين اليومي هذا الشهر بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n work day(s)</source>
        <translation>
            <numerusform>%n يوم عمل</numerusform>
            <numerusform>يوم عمل واحد (%n)</numerusform>
            <numerusform>يوما عمل (%n)</numerusform>
            <numerusform>%n أيام عمل</numerusform>
            <numerusform>%n يوم عمل</numerusform>
            <numerusform>%n يوم عمل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramBar</name>
    <message>
        <source>Program</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>A ready-made set of stretches, or one you saved</source>
        <translation>مجموعة جاهزة من التمارين، أو مجموعة حفظتها</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>حول هذا البرنامج</translation>
    </message>
    <message>
        <source>Save as my program…</source>
        <translation>احفظ كبرنامجي…</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>احفظ كبرنامجي</translation>
    </message>
    <message>
        <source>Keep this rotation under a name</source>
        <translation>احتفظ بهذه المجموعة باسم</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>حذف البرنامج</translation>
    </message>
    <message>
        <source>Delete my program</source>
        <translation>حذف برنامجي</translation>
    </message>
    <message>
        <source>Remove this program of yours</source>
        <translation>أزل برنامجك هذا</translation>
    </message>
    <message>
        <source>Order of stretches</source>
        <translation>ترتيب التمارين</translation>
    </message>
    <message>
        <source>In order goes round the list; shuffled shows each stretch once before repeating</source>
        <translation>«بالترتيب» يمرّ على القائمة؛ «مخلوط» يعرض كل تمرين مرة قبل التكرار</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Breaks may use</source>
        <translation>يمكن للاستراحات أن تستخدم</translation>
    </message>
    <message>
        <source>Use stretches: {place}</source>
        <translation>استخدم التمارين: {place}</translation>
    </message>
    <message>
        <source>Let breaks use stretches done here: {place}</source>
        <translation>اسمح للاستراحات باستخدام تمارين في هذا المكان: {place}</translation>
    </message>
    <message>
        <source>Focus filter</source>
        <translation>مرشّح التركيز</translation>
    </message>
    <message>
        <source>Only stretches that work on these areas</source>
        <translation>فقط التمارين التي تعمل على هذه المناطق</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>مناطق التركيز</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <source>Where I can move</source>
        <translation>أين يمكنني الحركة</translation>
    </message>
    <message>
        <source>What the breaks may ask of you: seated, standing or floor</source>
        <translation>ما قد تطلبه منك الاستراحات: جالسًا أو واقفًا أو على الأرض</translation>
    </message>
    <message>
        <source>Floor exercises only outside working hours</source>
        <translation>تمارين الأرض خارج ساعات العمل فقط</translation>
    </message>
    <message>
        <source>Few offices have floor space: keep floor work for home</source>
        <translation>قليل من المكاتب فيها مساحة على الأرض: اترك تمارين الأرض للبيت</translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>CSV table (*.csv)</source>
        <extracomment>(parent, caption, suggested path, filter) -&gt; (chosen path or &quot;&quot;, chosen filter). The signature of ``QFileDialog.getSaveFileName``; tests pass their own.</extracomment>
        <translation>جدول CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>صورة PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <extracomment>How often the open window re-reads today&apos;s figures.</extracomment>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>الأ&amp;سبوع</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>ال&amp;شهر</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>ال&amp;اتجاهات</translation>
    </message>
    <message>
        <source>Save chart as image…</source>
        <translation>حفظ الرسم البياني كصورة…</translation>
    </message>
    <message>
        <source>Export history…</source>
        <translation>تصدير السجل…</translation>
    </message>
    <message>
        <source>The new goal could not be saved: {error}</source>
        <translation>تعذّر حفظ الهدف الجديد: {error}</translation>
    </message>
    <message>
        <source>New goal: {target} {metric} a day, from today. Past days keep the goal they had.</source>
        <translation>هدف جديد: {target} {metric} في اليوم، من اليوم. تحتفظ الأيام الماضية بهدفها.</translation>
    </message>
    <message>
        <source>Save chart as image</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <source>Could not save the image to {path}.</source>
        <translation>تعذّر حفظ الصورة في {path}.</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>حُفظ الرسم البياني في {path}.</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>تصدير السجل</translation>
    </message>
    <message>
        <source>Could not write the export: {problem}.</source>
        <translation>تعذّرت كتابة التصدير: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}.</source>
        <translation>
            <numerusform>صُدِّر %n سجل إلى {path}.</numerusform>
            <numerusform>صُدِّر سجل واحد (%n) إلى {path}.</numerusform>
            <numerusform>صُدِّر سجلّان (%n) إلى {path}.</numerusform>
            <numerusform>صُدِّرت %n سجلات إلى {path}.</numerusform>
            <numerusform>صُدِّر %n سجلًا إلى {path}.</numerusform>
            <numerusform>صُدِّر %n سجل إلى {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingWords</name>
    <message>
        <source>{minutes} {seconds} left</source>
        <translation>بقيت {minutes} و{seconds}</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة (%n)</numerusform>
            <numerusform>دقيقتان (%n)</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة (%n)</numerusform>
            <numerusform>ثانيتان (%n)</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>بقيت %n دقيقة</numerusform>
            <numerusform>بقيت دقيقة واحدة (%n)</numerusform>
            <numerusform>بقيت دقيقتان (%n)</numerusform>
            <numerusform>بقيت %n دقائق</numerusform>
            <numerusform>بقيت %n دقيقة</numerusform>
            <numerusform>بقيت %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت ثانية واحدة (%n)</numerusform>
            <numerusform>بقيت ثانيتان (%n)</numerusform>
            <numerusform>بقيت %n ثوانٍ</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationList</name>
    <message>
        <source>Stretches in your rotation</source>
        <translation>التمارين في تشكيلتك</translation>
    </message>
    <message>
        <source>Checked stretches come up in breaks, top to bottom. Space switches the selected stretch on or off; Ctrl+Up and Ctrl+Down move it.</source>
        <translation>تظهر التمارين المعلَّمة في الاستراحات من الأعلى إلى الأسفل. المسافة تشغّل التمرين المحدد أو توقفه؛ Ctrl+Up وCtrl+Down تنقلانه.</translation>
    </message>
</context>
<context>
    <name>RoutineReminder</name>
    <message>
        <source>Your daily routine</source>
        <translation>روتينك اليومي</translation>
    </message>
    <message>
        <source>Time for your 5–10 minute routine, floor exercises included, when it suits you: choose Start my routine in the tray menu.</source>
        <translation>حان وقت روتينك الذي يستغرق 5–10 دقائق، بما فيه تمارين الأرض، متى ناسبك ذلك: اختر «ابدأ روتيني» من قائمة شريط النظام.</translation>
    </message>
</context>
<context>
    <name>RoutineWindow</name>
    <message>
        <source>Left side</source>
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <source>{app}: Daily routine</source>
        <translation>{app}: الروتين اليومي</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>الروتين اليومي</translation>
    </message>
    <message>
        <source>Your daily routine</source>
        <translation>روتينك اليومي</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause the routine</source>
        <translation>أوقف الروتين مؤقتًا</translation>
    </message>
    <message>
        <source>Pause or go on (Space)</source>
        <translation>أوقف مؤقتًا أو تابع (Space)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next exercise</source>
        <translation>التمرين التالي</translation>
    </message>
    <message>
        <source>Go on to the next exercise (N)</source>
        <translation>تابع إلى التمرين التالي (N)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Stop the routine</source>
        <translation>أنهِ الروتين</translation>
    </message>
    <message>
        <source>Stop here; the time so far still counts (Esc)</source>
        <translation>توقف هنا؛ الوقت حتى الآن يُحسب (Esc)</translation>
    </message>
    <message>
        <source>Space: pause   ·   N: next   ·   Esc: stop</source>
        <translation>Space: إيقاف مؤقت   ·   N: التالي   ·   Esc: إنهاء</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>علامات التحذير</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Go on with the routine</source>
        <translation>تابع الروتين</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>بقي {time}</translation>
    </message>
    <message>
        <source>Exercise {progress}</source>
        <translation>التمرين {progress}</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>الجانب</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} من {count}</translation>
    </message>
    <message>
        <source>Switch sides: now your left side</source>
        <translation>بدّل الجانب: الآن جانبك الأيسر</translation>
    </message>
    <message>
        <source>Switch sides. Now your left side.</source>
        <translation>بدّل الجانب. الآن جانبك الأيسر.</translation>
    </message>
    <message>
        <source>Switch sides: now your right side</source>
        <translation>بدّل الجانب: الآن جانبك الأيمن</translation>
    </message>
    <message>
        <source>Switch sides. Now your right side.</source>
        <translation>بدّل الجانب. الآن جانبك الأيمن.</translation>
    </message>
    <message>
        <source>Routine done: well done</source>
        <translation>انتهى الروتين: أحسنت</translation>
    </message>
    <message>
        <source>{time} of movement, counted today</source>
        <translation>{time} من الحركة، حُسبت اليوم</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the routine</source>
        <translation>أغلق الروتين</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>Standup Buddy is a quiet companion for long days at a computer. It notices how long you have been sitting, suggests a short break with a gentle stretch when it is time, and shows, day by day, how much you moved against a goal you set yourself. Everything it records stays on this computer.</source>
        <translation>Standup Buddy رفيق هادئ للأيام الطويلة أمام الحاسوب. يلاحظ منذ متى وأنت جالس، ويقترح استراحة قصيرة مع تمرين تمدد لطيف حين يحين وقتها، ويعرض يومًا بيوم مقدار حركتك مقارنةً بهدف وضعته بنفسك. كل ما يسجّله يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Standup Buddy is not medical advice. It does not diagnose or treat any condition. If pain persists or gets worse, or you notice numbness or tingling, please see a doctor or physiotherapist.</source>
        <translation>Standup Buddy ليس استشارة طبية. لا يشخّص أي حالة ولا يعالجها. إذا استمر الألم أو ازداد، أو لاحظت خدرًا أو وخزًا، فراجع طبيبًا أو أخصائي علاج طبيعي.</translation>
    </message>
    <message>
        <source>Get urgent medical help, and do not stretch, if back or leg pain comes with any of these: losing control of your bladder or bowels, numbness around your genitals or bottom (the area a saddle would touch), weakness in a leg that is getting worse, or a fever or weight loss you cannot explain.</source>
        <translation>اطلب مساعدة طبية عاجلة، ولا تقم بالتمدد، إذا جاء ألم الظهر أو الساق مع أيٍّ مما يلي: فقدان التحكم في المثانة أو الأمعاء، أو خدر حول الأعضاء التناسلية أو المقعدة (المنطقة التي يلامسها السرج)، أو ضعف في الساق يزداد سوءًا، أو حمّى أو فقدان وزن لا تجد له تفسيرًا.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>Start at login could not be read</source>
        <translation>تعذّرت قراءة التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start at login could not be changed</source>
        <translation>تعذّر تغيير التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Check-ins could not be read</source>
        <translation>تعذّرت قراءة المتابعات</translation>
    </message>
    <message>
        <source>Your check-in was not saved</source>
        <translation>لم تُحفظ متابعتك</translation>
    </message>
    <message>
        <source>Check-ins were not deleted</source>
        <translation>لم تُحذف المتابعات</translation>
    </message>
    <message>
        <source>Your routine was not saved</source>
        <translation>لم يُحفظ روتينك</translation>
    </message>
    <message>
        <source>History was not exported</source>
        <translation>لم يُصدَّر السجل</translation>
    </message>
    <message>
        <source>Stretch file skipped</source>
        <extracomment>Called with the rotation whenever the service replaces it (new config or catalog). Called after each successful save with the saved data (the sync folder follows it).</extracomment>
        <translation>تم تخطي ملف تمرين</translation>
    </message>
    <message>
        <source>Rotation not saved</source>
        <translation>لم تُحفظ التشكيلة</translation>
    </message>
    <message>
        <source>{error}. The change is used until you quit.</source>
        <translation>{error}. يُستخدم التغيير حتى تخرج.</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>تعذّر تصدير التشكيلة</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>تعذّر حذف التمرين</translation>
    </message>
    <message>
        <source>Some of your programs could not be read</source>
        <translation>تعذّرت قراءة بعض برامجك</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>تعذّر حفظ البرنامج</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>تعذّر حذف البرنامج</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>{app}: Settings</source>
        <extracomment>Emitted after settings were handed to the controller.</extracomment>
        <translation>{app}: الإعدادات</translation>
    </message>
    <message>
        <source>{app} settings</source>
        <translation>إعدادات {app}</translation>
    </message>
    <message>
        <source>Next break preview</source>
        <translation>معاينة الاستراحة التالية</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>بدء التشغيل</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>التشغيل عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start Standup Buddy automatically when you log in to this computer.</source>
        <translation>شغّل Standup Buddy تلقائيًا عند تسجيل الدخول إلى هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>The new language is used when Standup Buddy starts again.</source>
        <translation>تُستخدم اللغة الجديدة عند تشغيل Standup Buddy من جديد.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Working hours must end after they start.</source>
        <translation>يجب أن تنتهي ساعات العمل بعد بدايتها.</translation>
    </message>
    <message>
        <source>Choose at least one work day.</source>
        <translation>اختر يوم عمل واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Help: {text}</source>
        <translation>مساعدة: {text}</translation>
    </message>
    <message>
        <source>Start at login could not be changed: {error}</source>
        <translation>تعذّر تغيير التشغيل عند تسجيل الدخول: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsEditors</name>
    <message>
        <source>Break after sitting for</source>
        <extracomment>Friendlier row labels than the key names; any key not listed gets one made from its name.</extracomment>
        <translation>استراحة بعد الجلوس لمدة</translation>
    </message>
    <message>
        <source>Break length</source>
        <translation>مدة الاستراحة</translation>
    </message>
    <message>
        <source>Snooze for</source>
        <translation>التأجيل لمدة</translation>
    </message>
    <message>
        <source>Show breaks as</source>
        <translation>اعرض الاستراحات على شكل</translation>
    </message>
    <message>
        <source>Counts as a break after</source>
        <translation>تُحسب استراحةً بعد</translation>
    </message>
    <message>
        <source>Hold breaks during meetings</source>
        <translation>أوقف الاستراحات أثناء الاجتماعات</translation>
    </message>
    <message>
        <source>Hold breaks while an app is full screen</source>
        <translation>أوقف الاستراحات عندما يكون تطبيق بملء الشاشة</translation>
    </message>
    <message>
        <source>Goal counts</source>
        <translation>ما يحسبه الهدف</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>Cap per break you take</source>
        <translation>الحد الأقصى لكل استراحة تأخذها بنفسك</translation>
    </message>
    <message>
        <source>Work days</source>
        <translation>أيام العمل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>تقليل الحركة</translation>
    </message>
    <message>
        <source>Soft chime</source>
        <translation>رنين هادئ</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>المتابعة اليومية</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>تنبيهات منطوقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Pause music and videos during a break</source>
        <translation>أوقف الموسيقى والفيديو مؤقتًا أثناء الاستراحة</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>اقفل الشاشة بعد</translation>
    </message>
    <message>
        <source>Screen-time notice after</source>
        <translation>تنبيه وقت الشاشة بعد</translation>
    </message>
    <message>
        <source>A click closes the cue</source>
        <translation>النقر يغلق التنبيه</translation>
    </message>
    <message>
        <source>Strict mode (no closing early)</source>
        <translation>الوضع الصارم (بلا إغلاق مبكر)</translation>
    </message>
    <message>
        <source>Snoozes per break</source>
        <extracomment>The postpone and skip rules have the same names in every break kind&apos;s table.</extracomment>
        <translation>مرات التأجيل لكل استراحة</translation>
    </message>
    <message>
        <source>Snooze offered during</source>
        <translation>يُعرض التأجيل خلال</translation>
    </message>
    <message>
        <source>Offer Skip</source>
        <translation>اعرض «تخطٍّ»</translation>
    </message>
    <message>
        <source>Strict mode (only Done)</source>
        <translation>الوضع الصارم (فقط «تم»)</translation>
    </message>
    <message>
        <source>Skips allowed a week</source>
        <translation>مرات التخطي المسموح بها في الأسبوع</translation>
    </message>
    <message>
        <source>A notification only</source>
        <translation>إشعار فقط</translation>
    </message>
    <message>
        <source>A stretch card</source>
        <translation>بطاقة تمرين</translation>
    </message>
    <message>
        <source>A card over dimmed screens</source>
        <translation>بطاقة فوق شاشات معتّمة</translation>
    </message>
    <message>
        <source>Minutes of movement</source>
        <translation>دقائق الحركة</translation>
    </message>
    <message>
        <source>Breaks completed</source>
        <translation>الاستراحات المكتملة</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>الساعات النشطة</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>``goal.daily_target`` has no unit of its own: it counts in the goal&apos;s unit.</extracomment>
        <translation> د</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source> h</source>
        <translation> س</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> breaks</source>
        <translation> استراحات</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعات</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
</context>
<context>
    <name>SettingsPreview</name>
    <message>
        <source>Reminders are paused. Then a break comes after {minutes} min of sitting.</source>
        <translation>التذكيرات متوقفة مؤقتًا. بعدها تأتي الاستراحة بعد {minutes} د من الجلوس.</translation>
    </message>
    <message>
        <source>You are standing. Once you sit, a break comes after {minutes} min of sitting.</source>
        <translation>أنت واقف. حين تجلس تأتي الاستراحة بعد {minutes} د من الجلوس.</translation>
    </message>
    <message>
        <source>A break comes after {minutes} min of sitting.</source>
        <translation>تأتي الاستراحة بعد {minutes} د من الجلوس.</translation>
    </message>
    <message>
        <source>A break is due now with this interval.</source>
        <translation>تحين الاستراحة الآن بهذه الفترة.</translation>
    </message>
    <message>
        <source>Next break at {time} if you keep sitting</source>
        <translation>الاستراحة التالية عند {time} إن واصلت الجلوس</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>Breaks</source>
        <translation>الاستراحات</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>استراحات قصيرة</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Daily routine</source>
        <translation>الروتين اليومي</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Minutes of sitting before a break is due.</source>
        <translation>دقائق الجلوس قبل أن تحين الاستراحة.</translation>
    </message>
    <message>
        <source>How long a break lasts.</source>
        <translation>مدة الاستراحة.</translation>
    </message>
    <message>
        <source>How long Snooze puts a break off.</source>
        <translation>المدة التي يؤجل بها زر «لاحقًا» الاستراحة.</translation>
    </message>
    <message>
        <source>How a break is shown: a notification only, a stretch card, or a card over dimmed screens.</source>
        <translation>طريقة عرض الاستراحة: إشعار فقط، أو بطاقة تمرين، أو بطاقة فوق شاشات معتّمة.</translation>
    </message>
    <message>
        <source>How often one break may be snoozed.</source>
        <translation>كم مرة يمكن تأجيل الاستراحة الواحدة.</translation>
    </message>
    <message>
        <source>Snooze is offered only during this first part of a break prompt&apos;s life (until it would count as missed).</source>
        <translation>يُعرض «لاحقًا» فقط خلال هذا الجزء الأول من مدة ظهور تذكير الاستراحة (إلى أن تُحسب فائتة).</translation>
    </message>
    <message>
        <source>Offer Skip on a break (without it, the emergency exit is offered instead).</source>
        <translation>اعرض «تخطٍّ» في الاستراحة (من دونه يُعرض الخروج الطارئ بدلًا منه).</translation>
    </message>
    <message>
        <source>Strict mode: a break offers only Done and ends by itself; the emergency exit (Esc three times, or Ctrl+Shift+Q) is always there and is recorded.</source>
        <translation>الوضع الصارم: لا تعرض الاستراحة إلا «تم» وتنتهي من تلقاء نفسها؛ والخروج الطارئ (Esc ثلاث مرات، أو Ctrl+Shift+Q) متاح دائمًا ويُسجَّل.</translation>
    </message>
    <message>
        <source>How many breaks you allow yourself to skip in a week, shown in Progress.</source>
        <translation>كم استراحة تسمح لنفسك بتخطيها في الأسبوع، ويظهر ذلك في التقدّم.</translation>
    </message>
    <message>
        <source>Pause music and videos that are playing when a break starts, and play them again when it ends (only what Standup Buddy paused).</source>
        <translation>أوقف مؤقتًا الموسيقى والفيديو الجاري تشغيلهما عند بدء الاستراحة، وشغّلهما من جديد عند انتهائها (فقط ما أوقفه Standup Buddy).</translation>
    </message>
    <message>
        <source>Lock the screen this long after a break starts, so you step away (0: never).</source>
        <translation>اقفل الشاشة بعد هذه المدة من بدء الاستراحة، لتبتعد عن مكانك (0: أبدًا).</translation>
    </message>
    <message>
        <source>Short micro-pauses between breaks: a small cue (look into the distance, drop your shoulders) that closes by itself and never takes the keyboard.</source>
        <translation>استراحات قصيرة بين الاستراحات: تنبيه صغير (انظر إلى البعيد، أرخِ كتفيك) يُغلق من تلقاء نفسه ولا يستحوذ على لوحة المفاتيح أبدًا.</translation>
    </message>
    <message>
        <source>Minutes of sitting between micro-pauses (a natural or movement break starts the count again).</source>
        <translation>دقائق الجلوس بين الاستراحات القصيرة (الاستراحة التلقائية أو استراحة الحركة تبدأ العدّ من جديد).</translation>
    </message>
    <message>
        <source>How long a micro-pause cue stays up.</source>
        <translation>المدة التي يبقى فيها تنبيه الاستراحة القصيرة ظاهرًا.</translation>
    </message>
    <message>
        <source>Let a click close a micro-pause cue early (recorded as skipped); without it the cue has no close control and ends by itself.</source>
        <translation>اسمح بإغلاق تنبيه الاستراحة القصيرة مبكرًا بنقرة (يُسجَّل على أنه متخطًّى)؛ ومن دون ذلك لا يكون في التنبيه عنصر للإغلاق وينتهي من تلقاء نفسه.</translation>
    </message>
    <message>
        <source>Strict mode for micro-pauses: the cue cannot be closed early and ends by itself (it still gives way at once to a meeting, a pause or a movement break).</source>
        <translation>الوضع الصارم للاستراحات القصيرة: لا يمكن إغلاق التنبيه مبكرًا وينتهي من تلقاء نفسه (ومع ذلك يختفي فورًا عند بدء اجتماع أو إيقاف مؤقت أو استراحة حركة).</translation>
    </message>
    <message>
        <source>Minutes away from the computer that count as a break you took yourself.</source>
        <translation>دقائق بعيدًا عن الحاسوب تُحسب استراحةً أخذتها بنفسك.</translation>
    </message>
    <message>
        <source>Treat an open camera or microphone, or a video playing, as being present (meetings are not breaks) and hold prompts until it ends.</source>
        <translation>اعتبر الكاميرا أو الميكروفون المفتوح، أو تشغيل فيديو، حضورًا (الاجتماعات ليست استراحات) وأوقف التنبيهات حتى ينتهي.</translation>
    </message>
    <message>
        <source>Hold break prompts while a full-screen window (a presentation, a film) is in front.</source>
        <translation>أوقف تنبيهات الاستراحة ما دامت نافذة بملء الشاشة (عرض تقديمي أو فيلم) في المقدمة.</translation>
    </message>
    <message>
        <source>After this many hours at the computer in a day, say so once that day.</source>
        <translation>بعد هذا العدد من الساعات أمام الحاسوب في اليوم، نبّه إلى ذلك مرة واحدة في ذلك اليوم.</translation>
    </message>
    <message>
        <source>What your daily goal counts: minutes of movement, breaks, or active hours.</source>
        <translation>ما يحسبه هدفك اليومي: دقائق الحركة، أو الاستراحات، أو الساعات النشطة.</translation>
    </message>
    <message>
        <source>Your daily target, in the goal&apos;s own unit.</source>
        <translation>هدفك اليومي، بوحدة الهدف نفسها.</translation>
    </message>
    <message>
        <source>At most this many minutes of each break you took yourself count as movement.</source>
        <translation>تُحسب من كل استراحة أخذتها بنفسك هذه الدقائق على الأكثر حركةً.</translation>
    </message>
    <message>
        <source>Days on which breaks are prompted.</source>
        <translation>الأيام التي تُقترح فيها الاستراحات.</translation>
    </message>
    <message>
        <source>Breaks are prompted from this time of day.</source>
        <translation>تبدأ تنبيهات الاستراحة من هذا الوقت من اليوم.</translation>
    </message>
    <message>
        <source>Breaks are prompted until this time of day.</source>
        <translation>تستمر تنبيهات الاستراحة حتى هذا الوقت من اليوم.</translation>
    </message>
    <message>
        <source>Show a still pose instead of an animated figure.</source>
        <translation>اعرض وضعية ثابتة بدلًا من شكل متحرك.</translation>
    </message>
    <message>
        <source>Play a soft chime when a break starts and when it is time to switch sides.</source>
        <translation>شغّل رنينًا هادئًا عند بدء الاستراحة وعند حلول وقت تبديل الجانب.</translation>
    </message>
    <message>
        <source>Say the side aloud when a stretch switches sides (uses the desktop&apos;s speech, if any).</source>
        <translation>انطق الجانب بصوت عالٍ عندما يبدّل التمرين الجانب (يستخدم نطق سطح المكتب إن وُجد).</translation>
    </message>
    <message>
        <source>The language of the windows, the tray and the CLI&apos;s text (&quot;system&quot; follows the desktop&apos;s language); dates and numbers follow it too. Takes effect at the next start.</source>
        <translation>لغة النوافذ وقائمة الصينية ونصوص سطر الأوامر («system» تتبع لغة سطح المكتب)؛ والتواريخ والأرقام تتبعها أيضًا. يسري التغيير عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Once a day, quietly offer the daily routine (5-10 minutes, floor work included).</source>
        <translation>مرة في اليوم، اعرض الروتين اليومي بهدوء (5–10 دقائق، مع تمارين على الأرض).</translation>
    </message>
    <message>
        <source>When the routine is offered (the end of the default working day).</source>
        <translation>وقت عرض الروتين (نهاية يوم العمل الافتراضي).</translation>
    </message>
    <message>
        <source>Once a day, ask how your hip, back and leg feel (kept on your own computers).</source>
        <translation>مرة في اليوم، اسأل كيف تشعر في الورك والظهر والساق (يُحفظ على حواسيبك أنت).</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>بلا رصيد</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>&amp;Tight hips</source>
        <translation>&amp;تيبّس الوركين</translation>
    </message>
    <message>
        <source>&amp;Low back</source>
        <translation>أسفل ال&amp;ظهر</translation>
    </message>
    <message>
        <source>&amp;Sciatica (pain down the leg)</source>
        <translation>&amp;عرق النسا (ألم يمتد إلى الساق)</translation>
    </message>
    <message>
        <source>&amp;General stiffness from sitting</source>
        <translation>&amp;تيبّس عام من الجلوس</translation>
    </message>
    <message>
        <source>&amp;Building strength</source>
        <translation>&amp;بناء القوة</translation>
    </message>
    <message>
        <source>At my &amp;desk only (seated)</source>
        <translation>عند &amp;مكتبي فقط (جالسًا)</translation>
    </message>
    <message>
        <source>I can &amp;stand up and step away from the desk</source>
        <translation>أستطيع ال&amp;وقوف والابتعاد عن المكتب</translation>
    </message>
    <message>
        <source>I have &amp;floor space at home as well</source>
        <translation>لديّ &amp;مساحة على الأرض في البيت أيضًا</translation>
    </message>
    <message>
        <source>{app}: Set up</source>
        <translation>{app}: الإعداد</translation>
    </message>
    <message>
        <source>{app} set-up</source>
        <translation>إعداد {app}</translation>
    </message>
    <message>
        <source>S&amp;kip set-up</source>
        <translation>ت&amp;خطَّ الإعداد</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Welcome to Standup Buddy</source>
        <translation>مرحبًا بك في Standup Buddy</translation>
    </message>
    <message>
        <source>Standup Buddy sits quietly in your tray and suggests a short stretch break now and then, plus a short daily routine at home. A few questions set it up; Skip keeps the standard settings, and you can come back here from the tray menu (Set up…).</source>
        <translation>يبقى Standup Buddy بهدوء في شريط النظام ويقترح عليك من حين لآخر استراحة قصيرة للتمدد، إضافةً إلى روتين يومي قصير في البيت. تكفي بضعة أسئلة لإعداده؛ يُبقي التخطي الإعدادات القياسية، ويمكنك العودة إلى هنا من قائمة شريط النظام (الإعداد…).</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>السلامة</translation>
    </message>
    <message>
        <source>When do you work?</source>
        <translation>متى تعمل؟</translation>
    </message>
    <message>
        <source>Breaks are suggested only on these days and between these times.</source>
        <translation>لا تُقترح الاستراحات إلا في هذه الأيام وبين هذين الوقتين.</translation>
    </message>
    <message>
        <source>Work on {day}</source>
        <translation>العمل يوم {day}</translation>
    </message>
    <message>
        <source>Work starts at</source>
        <translation>يبدأ العمل في</translation>
    </message>
    <message>
        <source>Work ends at</source>
        <translation>ينتهي العمل في</translation>
    </message>
    <message>
        <source>Work &amp;starts at</source>
        <translation>ي&amp;بدأ العمل في</translation>
    </message>
    <message>
        <source>Work &amp;ends at</source>
        <translation>&amp;ينتهي العمل في</translation>
    </message>
    <message>
        <source>How often, and how much?</source>
        <translation>كم مرة، وكم من الوقت؟</translation>
    </message>
    <message>
        <source>Moving every 30–60 minutes breaks up long sitting. The goal counts the minutes you move in breaks, in your routine and when you step away yourself.</source>
        <translation>الحركة كل 30–60 دقيقة تقطع الجلوس الطويل. يحسب الهدف الدقائق التي تتحرك فيها في الاستراحات وفي روتينك وعندما تبتعد بنفسك.</translation>
    </message>
    <message>
        <source> minutes of sitting</source>
        <translation> دقيقة جلوس</translation>
    </message>
    <message>
        <source>Suggest a break after</source>
        <translation>اقترح استراحة بعد</translation>
    </message>
    <message>
        <source> minutes of movement a day</source>
        <translation> دقيقة حركة في اليوم</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>الهدف اليومي</translation>
    </message>
    <message>
        <source>Suggest a &amp;break after</source>
        <translation>اقترح &amp;استراحة بعد</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>ال&amp;هدف اليومي</translation>
    </message>
    <message>
        <source>Also &amp;micro-pauses: a {seconds}-second cue every {minutes} minutes to rest your eyes or loosen up</source>
        <translation>أيضًا ا&amp;ستراحات قصيرة: تنبيه مدته {seconds} ثانية كل {minutes} دقيقة لإراحة عينيك أو إرخاء جسمك</translation>
    </message>
    <message>
        <source>A small note in the corner that closes by itself and never takes the keyboard.</source>
        <translation>ملاحظة صغيرة في الزاوية تُغلق من تلقاء نفسها ولا تستولي على لوحة المفاتيح أبدًا.</translation>
    </message>
    <message>
        <source>Micro-pauses</source>
        <translation>الاستراحات القصيرة</translation>
    </message>
    <message>
        <source>What would you like help with?</source>
        <translation>في أي شيء تريد المساعدة؟</translation>
    </message>
    <message>
        <source>This picks the stretches that come up; you can change them any time in Stretches…</source>
        <translation>يحدد هذا التمارين التي تظهر؛ ويمكنك تغييرها في أي وقت من التمارين…</translation>
    </message>
    <message>
        <source>Where can you move?</source>
        <translation>أين يمكنك التحرك؟</translation>
    </message>
    <message>
        <source>Breaks during working hours stay at the desk or standing. Floor exercises (bridges, bird-dog, plank, hip flexor and Thomas stretches) go in a 5–10 minute daily routine you do at home.</source>
        <translation>تبقى الاستراحات في ساعات العمل عند المكتب أو وقوفًا. أما تمارين الأرض (الجسر، وتمرين الطائر والكلب، واللوح، وتمدد ثاني الورك وتمدد توماس) فتدخل في روتين يومي من 5–10 دقائق تؤديه في البيت.</translation>
    </message>
    <message>
        <source>&amp;Remind me about my daily routine at</source>
        <translation>ذكّرني بروتيني اليومي عند ال&amp;ساعة</translation>
    </message>
    <message>
        <source>Routine reminder time</source>
        <translation>وقت تذكير الروتين</translation>
    </message>
    <message>
        <source>Start with your computer</source>
        <translation>التشغيل مع حاسوبك</translation>
    </message>
    <message>
        <source>Standup Buddy can only remind you while it is running. With this on, it starts by itself each time you log in; you can turn it off in Settings.</source>
        <translation>لا يستطيع Standup Buddy تذكيرك إلا وهو يعمل. مع تفعيل هذا الخيار يبدأ تلقائيًا في كل مرة تسجّل فيها الدخول؛ ويمكنك إيقافه من الإعدادات.</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I &amp;log in</source>
        <translation>شغّل Standup Buddy عند &amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Start Standup Buddy when I log in</source>
        <translation>شغّل Standup Buddy عند تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Try a break now</source>
        <translation>&amp;جرّب استراحة الآن</translation>
    </message>
    <message>
        <source>Try a break now</source>
        <translation>جرّب استراحة الآن</translation>
    </message>
    <message>
        <source>See what a break looks like (it counts as a real one):</source>
        <translation>شاهد كيف تبدو الاستراحة (تُحتسب استراحة حقيقية):</translation>
    </message>
    <message>
        <source>Standup Buddy now lives in your system tray: look for its round icon near the clock. The ring on the icon fills up as you sit. Click it to see your Progress, or to open a break that is waiting; right-click it for the menu (Take a break now, Start my routine, Set up…, Settings…).</source>
        <translation>يقيم Standup Buddy الآن في شريط النظام: ابحث عن أيقونته المستديرة قرب الساعة. تمتلئ الحلقة على الأيقونة وأنت جالس. انقرها لترى تقدّمك أو لتفتح استراحة تنتظرك؛ وانقر بالزر الأيمن لفتح القائمة (خذ استراحة الآن، ابدأ روتيني، الإعداد…، الإعدادات…).</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Standup Buddy shows a small status window instead. Its buttons take a break, open Progress and the rest; closing it keeps Standup Buddy running.</source>
        <translation>لا يوجد شريط نظام في سطح المكتب هذا، لذا يعرض Standup Buddy نافذة حالة صغيرة بدلًا منه. تبدأ أزرارها استراحة وتفتح التقدّم وغير ذلك؛ وإغلاقها يُبقي Standup Buddy يعمل.</translation>
    </message>
    <message>
        <source>All set</source>
        <translation>كل شيء جاهز</translation>
    </message>
</context>
<context>
    <name>StatsTable</name>
    <message>
        <source>movement minutes</source>
        <translation>دقائق حركة</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>استراحات</translation>
    </message>
    <message>
        <source>active hours</source>
        <translation>ساعات نشطة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>الجلوس</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>الأطول</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Natural</source>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>الحركة</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>no record yet</source>
        <translation>لا سجل بعد</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>in a meeting</source>
        <translation>في اجتماع</translation>
    </message>
    <message>
        <source>full-screen app</source>
        <translation>تطبيق بملء الشاشة</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>خارج ساعات العمل</translation>
    </message>
    <message>
        <source>{time} tomorrow</source>
        <translation>{time} غدًا</translation>
    </message>
    <message>
        <source>{time} {weekday}</source>
        <translation>{time} يوم {weekday}</translation>
    </message>
    <message>
        <source>{time} on {date}</source>
        <translation>{time} في {date}</translation>
    </message>
    <message>
        <source>no breaks (outside working hours)</source>
        <translation>لا استراحات (خارج ساعات العمل)</translation>
    </message>
    <message>
        <source>no breaks until {moment} (working hours)</source>
        <translation>لا استراحات حتى {moment} (ساعات العمل)</translation>
    </message>
    <message>
        <source>break waiting ({reason})</source>
        <translation>استراحة تنتظر ({reason})</translation>
    </message>
    <message>
        <source>break waiting (held)</source>
        <translation>استراحة تنتظر (موقوفة)</translation>
    </message>
    <message>
        <source>Paused until {time} · sitting {duration}</source>
        <translation>متوقف حتى {time} · جالس منذ {duration}</translation>
    </message>
    <message>
        <source>Paused · sitting {duration}</source>
        <translation>متوقف مؤقتًا · جالس منذ {duration}</translation>
    </message>
    <message>
        <source>On a break</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>بعيد عن المكتب</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>واقف</translation>
    </message>
    <message>
        <source>Sitting {duration}</source>
        <translation>جالس منذ {duration}</translation>
    </message>
    <message>
        <source> (quietly: Do Not Disturb)</source>
        <translation> (بهدوء: عدم الإزعاج)</translation>
    </message>
    <message>
        <source>{head} · break due now</source>
        <translation>{head} · حان وقت الاستراحة</translation>
    </message>
    <message>
        <source>{head} · break in {duration}</source>
        <translation>{head} · استراحة بعد {duration}</translation>
    </message>
    <message>
        <source>strict: Done only</source>
        <translation>صارم: فقط «تم»</translation>
    </message>
    <message>
        <source>no snoozes left</source>
        <translation>لم يبقَ تأجيل</translation>
    </message>
    <message>
        <source>1 snooze left</source>
        <translation>بقي تأجيل واحد</translation>
    </message>
    <message>
        <source>{count} snoozes left</source>
        <translation>مرات التأجيل الباقية: {count}</translation>
    </message>
    <message>
        <source>Micro-pause now</source>
        <translation>استراحة قصيرة الآن</translation>
    </message>
    <message>
        <source>Micro-pause waiting</source>
        <translation>استراحة قصيرة تنتظر</translation>
    </message>
    <message>
        <source>Micro-pause in {duration}</source>
        <translation>استراحة قصيرة بعد {duration}</translation>
    </message>
</context>
<context>
    <name>StatusActions</name>
    <message>
        <source>I&apos;m standing</source>
        <translation>أنا واقف</translation>
    </message>
    <message>
        <source>I&apos;m sitting</source>
        <translation>أنا جالس</translation>
    </message>
    <message>
        <source>How long you have been sitting</source>
        <translation>منذ متى وأنت جالس</translation>
    </message>
    <message>
        <source>Take a break now</source>
        <translation>خذ استراحة الآن</translation>
    </message>
    <message>
        <source>Open a stretch card now</source>
        <translation>افتح بطاقة تمرين الآن</translation>
    </message>
    <message>
        <source>Start my routine</source>
        <translation>ابدأ روتيني</translation>
    </message>
    <message>
        <source>A guided 5–10 minute routine, floor exercises included</source>
        <translation>روتين موجَّه من 5–10 دقائق، مع تمارين على الأرض</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>لمدة 30 دقيقة</translation>
    </message>
    <message>
        <source>No reminders for 30 minutes</source>
        <translation>لا تذكيرات لمدة 30 دقيقة</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>No reminders for an hour</source>
        <translation>لا تذكيرات لمدة ساعة</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>No reminders until tomorrow morning</source>
        <translation>لا تذكيرات حتى صباح الغد</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Start reminding again</source>
        <translation>استأنف التذكير</translation>
    </message>
    <message>
        <source>Standing time does not count as sitting</source>
        <translation>وقت الوقوف لا يُحسب جلوسًا</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>التقدّم…</translation>
    </message>
    <message>
        <source>Your movement against your daily goal</source>
        <translation>حركتك مقارنةً بهدفك اليومي</translation>
    </message>
    <message>
        <source>Stretches…</source>
        <translation>التمارين…</translation>
    </message>
    <message>
        <source>Choose which stretches come up</source>
        <translation>اختر التمارين التي تظهر</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Break interval, goal, working hours and more</source>
        <translation>فترة الاستراحة والهدف وساعات العمل وغير ذلك</translation>
    </message>
    <message>
        <source>Set up…</source>
        <translation>الإعداد…</translation>
    </message>
    <message>
        <source>The first-run questions again: hours, goal, program</source>
        <translation>أسئلة التشغيل الأول مرة أخرى: الساعات والهدف والبرنامج</translation>
    </message>
    <message>
        <source>About…</source>
        <translation>حول…</translation>
    </message>
    <message>
        <source>Version, and what this app is and is not</source>
        <translation>الإصدار، وما هذا التطبيق وما ليس هو</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Stop tracking and close Standup Buddy</source>
        <translation>أوقف التتبع وأغلق Standup Buddy</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <source>No system tray was found on this desktop — see &lt;code&gt;standup-buddy doctor&lt;/code&gt;. This window stands in for the tray icon.</source>
        <translation>لم يُعثر على شريط نظام (System Tray) في سطح المكتب هذا — راجع &lt;code&gt;standup-buddy doctor&lt;/code&gt;. تحلّ هذه النافذة محل أيقونة الشريط.</translation>
    </message>
    <message>
        <source>{app} status</source>
        <translation>حالة {app}</translation>
    </message>
    <message>
        <source>Sitting streak</source>
        <translation>مدة الجلوس المتواصل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Next micro-pause</source>
        <translation>الاستراحة القصيرة التالية</translation>
    </message>
    <message>
        <source>Why this window is shown</source>
        <translation>لماذا تظهر هذه النافذة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>أوقف التذكيرات مؤقتًا</translation>
    </message>
</context>
<context>
    <name>StretchForm</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>What the break card calls it</source>
        <translation>ما تسمّيه به بطاقة الاستراحة</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>مناطق التركيز</translation>
    </message>
    <message>
        <source>Steps, one per line</source>
        <translation>الخطوات، واحدة في كل سطر</translation>
    </message>
    <message>
        <source>One short step per line</source>
        <translation>خطوة قصيرة في كل سطر</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>الحركة المتحركة</translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation>اختر منطقة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Write 1–{most} steps, one per line.</source>
        <translation>اكتب من 1 إلى {most} خطوات، خطوة في كل سطر.</translation>
    </message>
    <message>
        <source>Step {number} {reason}.</source>
        <translation>الخطوة {number}: {reason}.</translation>
    </message>
    <message>
        <source>{field} {reason}.</source>
        <translation>{field}: {reason}.</translation>
    </message>
    <message>
        <source>This {reason}.</source>
        <translation>هذا الحقل: {reason}.</translation>
    </message>
    <message>
        <source>New stretch</source>
        <translation>تمرين جديد</translation>
    </message>
    <message>
        <source>Edit stretch</source>
        <translation>عدّل التمرين</translation>
    </message>
    <message>
        <source>Your own copy</source>
        <translation>نسختك الخاصة</translation>
    </message>
    <message>
        <source>Standup Buddy: Stretches — {title}</source>
        <translation>Standup Buddy: التمارين — {title}</translation>
    </message>
    <message>
        <source>The file could not be saved: {problem}</source>
        <translation>تعذّر حفظ الملف: {problem}</translation>
    </message>
    <message>
        <source>Problem with: {field}</source>
        <translation>مشكلة في: {field}</translation>
    </message>
    <message>
        <source>Focus: {area}</source>
        <translation>التركيز: {area}</translation>
    </message>
    <message>
        <source>Animation preview</source>
        <translation>معاينة الحركة</translation>
    </message>
    <message>
        <source>Up to {steps} steps, one per line, each at most {chars} characters.</source>
        <translation>حتى {steps} خطوات، واحدة في كل سطر، كل منها {chars} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Every stretch carries a caution; keep the careful wording and add your own notes.</source>
        <translation>كل تمرين يحمل تنبيهًا؛ احتفظ بالصياغة الحذرة وأضف ملاحظاتك.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save stretch</source>
        <translation>احفظ التمرين</translation>
    </message>
    <message>
        <source>Its own animation</source>
        <translation>رسومه المتحركة الخاصة</translation>
    </message>
    <message>
        <source>Saved in your stretches folder as {file}</source>
        <translation>حُفظ في مجلد تمارينك باسم {file}</translation>
    </message>
    <message>
        <source>per side</source>
        <translation>لكل جانب</translation>
    </message>
</context>
<context>
    <name>StretchList</name>
    <message>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>SIDES</source>
        <translation>الجانبان</translation>
    </message>
    <message>
        <source>ROTATION</source>
        <translation>التناوب</translation>
    </message>
    <message>
        <source>user</source>
        <translation>مستخدم</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>{seconds}s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); the affected files were skipped:</source>
        <translation>
            <numerusform>عدد المشكلات: %n؛ تم تخطي الملفات المتأثرة:</numerusform>
            <numerusform>عدد المشكلات: %n؛ تم تخطي الملفات المتأثرة:</numerusform>
            <numerusform>عدد المشكلات: %n؛ تم تخطي الملفات المتأثرة:</numerusform>
            <numerusform>عدد المشكلات: %n؛ تم تخطي الملفات المتأثرة:</numerusform>
            <numerusform>عدد المشكلات: %n؛ تم تخطي الملفات المتأثرة:</numerusform>
            <numerusform>عدد المشكلات: %n؛ تم تخطي الملفات المتأثرة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StretchPreview</name>
    <message>
        <source>Selected stretch</source>
        <translation>التمرين المحدد</translation>
    </message>
    <message>
        <source>Built-in or yours</source>
        <translation>مضمّن أو خاص بك</translation>
    </message>
    <message>
        <source>Stretch name</source>
        <translation>اسم التمرين</translation>
    </message>
    <message>
        <source>Where, what for and how long</source>
        <translation>أين، ولأي غرض، وكم يستغرق</translation>
    </message>
    <message>
        <source>In breaks</source>
        <translation>في الاستراحات</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>No stretch selected</source>
        <translation>لم يُحدَّد تمرين</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>خاص بك</translation>
    </message>
</context>
<context>
    <name>StretchWords</name>
    <message>
        <source>Needs more room than you have</source>
        <translation>يحتاج مساحة أكبر مما لديك</translation>
    </message>
    <message>
        <source>{place} is filtered out</source>
        <translation>{place} مستبعد بالمرشّح</translation>
    </message>
    <message>
        <source>Not in the chosen focus</source>
        <translation>ليس ضمن التركيز المختار</translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation>على المكتب</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>واقفًا</translation>
    </message>
    <message>
        <source>On the floor</source>
        <translation>على الأرض</translation>
    </message>
    <message>
        <source>I can move at the desk only</source>
        <translation>لا أستطيع الحركة إلا على المكتب</translation>
    </message>
    <message>
        <source>I can stand up</source>
        <translation>أستطيع الوقوف</translation>
    </message>
    <message>
        <source>I have floor space at home</source>
        <translation>لديّ مساحة على الأرض في البيت</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>الأرض</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>Once on each side</source>
        <translation>مرة على كل جانب</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>بالترتيب</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>مخلوط</translation>
    </message>
    <message>
        <source>Ease in gently and never push into sharp pain. Stop if tingling or numbness in your leg grows, and get advice from a physiotherapist or doctor if symptoms persist.</source>
        <translation>ادخل في الوضعية بلطف ولا تضغط أبدًا حتى الألم الحاد. توقف إذا ازداد الوخز أو الخدر في ساقك، واستشر أخصائي علاج طبيعي أو طبيبًا إذا استمرت الأعراض.</translation>
    </message>
    <message>
        <source>Hip flexors</source>
        <translation>عضلات ثني الورك</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>الأرداف</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>أوتار الركبة</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>عضلات الفخذ الأمامية</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>السمانة</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>الساقان</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>الجذع</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>أسفل الظهر</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>أعلى الظهر</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>الكتفان</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>الرقبة</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>الصدر</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>الرسغان</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>العينان</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>القوام</translation>
    </message>
    <message>
        <source>Breathing</source>
        <translation>التنفس</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>الدورة الدموية</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>التوازن</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <source>{length} each side</source>
        <translation>{length} لكل جانب</translation>
    </message>
    <message>
        <source>{length} (your length)</source>
        <translation>{length} (مدتك)</translation>
    </message>
</context>
<context>
    <name>StretchesEditor</name>
    <message>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>Delete stretch</source>
        <extracomment>The rotation changed (already saved): a RotationConfig. The catalog was reloaded after a user stretch was saved or deleted: a Catalog.</extracomment>
        <translation>حذف التمرين</translation>
    </message>
    <message>
        <source>Delete “{name}”? Its file is removed from your stretches folder.</source>
        <translation>حذف «{name}»؟ سيُزال ملفه من مجلد تمارينك.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Could not delete the stretch</source>
        <translation>تعذّر حذف التمرين</translation>
    </message>
    <message>
        <source>Deleted “{name}”.</source>
        <translation>حُذف «{name}».</translation>
    </message>
    <message>
        <source>Import a stretch rotation</source>
        <translation>استيراد مجموعة تمارين</translation>
    </message>
    <message>
        <source>Could not import the rotation</source>
        <translation>تعذّر استيراد المجموعة</translation>
    </message>
    <message>
        <source>{file}: {details}. Your rotation is unchanged.</source>
        <translation>{file}: {details}. لم تتغير مجموعتك.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}: %n stretch(es) on.</source>
        <translation>
            <numerusform>استُورد {file}: عدد التمارين المفعّلة: %n.</numerusform>
            <numerusform>استُورد {file}: عدد التمارين المفعّلة: %n.</numerusform>
            <numerusform>استُورد {file}: عدد التمارين المفعّلة: %n.</numerusform>
            <numerusform>استُورد {file}: عدد التمارين المفعّلة: %n.</numerusform>
            <numerusform>استُورد {file}: عدد التمارين المفعّلة: %n.</numerusform>
            <numerusform>استُورد {file}: عدد التمارين المفعّلة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the stretch rotation</source>
        <translation>تصدير مجموعة التمارين</translation>
    </message>
    <message>
        <source>Could not export the rotation</source>
        <translation>تعذّر تصدير المجموعة</translation>
    </message>
    <message>
        <source>Exported to {file}. Your own stretches are listed by id: share their files too.</source>
        <translation>صُدّرت إلى {file}. تمارينك الخاصة مذكورة بمعرّفاتها: شارك ملفاتها أيضًا.</translation>
    </message>
    <message>
        <source>Exported to {file}.</source>
        <translation>صُدّرت إلى {file}.</translation>
    </message>
    <message>
        <source>My program</source>
        <translation>برنامجي</translation>
    </message>
    <message>
        <source>Save as my program</source>
        <translation>احفظ كبرنامجي</translation>
    </message>
    <message>
        <source>Name for this program:</source>
        <translation>اسم هذا البرنامج:</translation>
    </message>
    <message>
        <source>Replace program</source>
        <translation>استبدال البرنامج</translation>
    </message>
    <message>
        <source>Replace your program “{name}”?</source>
        <translation>استبدال برنامجك «{name}»؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Could not save the program</source>
        <translation>تعذّر حفظ البرنامج</translation>
    </message>
    <message>
        <source>Saved as “{name}”.</source>
        <translation>حُفظ باسم «{name}».</translation>
    </message>
    <message>
        <source>Delete program</source>
        <translation>حذف البرنامج</translation>
    </message>
    <message>
        <source>Delete your program “{name}”? The stretches you have on stay on.</source>
        <translation>حذف برنامجك «{name}»؟ تبقى التمارين المفعّلة مفعّلة.</translation>
    </message>
    <message>
        <source>Could not delete the program</source>
        <translation>تعذّر حذف البرنامج</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a rotation</source>
        <translation>استيراد مجموعة</translation>
    </message>
    <message>
        <source>Use a rotation someone shared with you</source>
        <translation>استخدم مجموعة شاركها أحدهم معك</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the rotation</source>
        <translation>تصدير المجموعة</translation>
    </message>
    <message>
        <source>Save this rotation as one file to share</source>
        <translation>احفظ هذه المجموعة في ملف واحد لمشاركتها</translation>
    </message>
    <message>
        <source>Changes apply from the next break.</source>
        <translation>تسري التغييرات من الاستراحة التالية.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>أغلق هذه النافذة (Esc)</translation>
    </message>
    <message>
        <source>{on} of {total} on</source>
        <translation>{on} من {total} مفعّلة</translation>
    </message>
    <message>
        <source>Focus: any area</source>
        <translation>المنطقة: أي منطقة</translation>
    </message>
    <message>
        <source>Focus: {areas}</source>
        <translation>المنطقة: {areas}</translation>
    </message>
    <message numerus="yes">
        <source>Focus: %n area(s)</source>
        <translation>
            <numerusform>عدد المناطق: %n</numerusform>
            <numerusform>عدد المناطق: %n</numerusform>
            <numerusform>عدد المناطق: %n</numerusform>
            <numerusform>عدد المناطق: %n</numerusform>
            <numerusform>عدد المناطق: %n</numerusform>
            <numerusform>عدد المناطق: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered out</source>
        <translation>مستبعد بالتصفية</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>خاص بك</translation>
    </message>
    <message>
        <source>Routine, evenings</source>
        <translation>الروتين، مساءً</translation>
    </message>
    <message>
        <source>Your own program. Change anything and it becomes Custom until you save again.</source>
        <translation>برنامجك الخاص. إذا غيّرت أي شيء يصبح «مخصص» حتى تحفظه من جديد.</translation>
    </message>
    <message>
        <source>Your own choice of stretches. Pick a program to start again from it, or save this one as your program.</source>
        <translation>اختيارك الخاص من التمارين. اختر برنامجًا لتبدأ منه من جديد، أو احفظ هذا الاختيار كبرنامجك.</translation>
    </message>
    <message>
        <source>Off: this stretch does not come up in breaks.</source>
        <translation>متوقف: لا يظهر هذا التمرين في الاستراحات.</translation>
    </message>
    <message>
        <source>{reason}: it does not come up while the filter is set.</source>
        <translation>{reason}: لا يظهر ما دامت التصفية مفعّلة.</translation>
    </message>
    <message>
        <source>Comes up in your daily routine, and in breaks only outside working hours.</source>
        <translation>يظهر في روتينك اليومي، وفي الاستراحات خارج ساعات العمل فقط.</translation>
    </message>
    <message>
        <source>each side, as written</source>
        <translation>لكل جانب، كما هو مكتوب</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>كما هو مكتوب</translation>
    </message>
    <message>
        <source>each side (written: {seconds} s)</source>
        <translation>لكل جانب (المكتوب: {seconds} ث)</translation>
    </message>
    <message>
        <source>(written: {seconds} s)</source>
        <translation>(المكتوب: {seconds} ث)</translation>
    </message>
    <message>
        <source>Switch program</source>
        <translation>تبديل البرنامج</translation>
    </message>
    <message>
        <source>Switch to {name}? It replaces which stretches are on and their order. To keep your current choice, save it as your program first.</source>
        <translation>التبديل إلى {name}؟ سيستبدل التمارين المفعّلة وترتيبها. للاحتفاظ باختيارك الحالي، احفظه أولًا كبرنامجك.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>تبديل</translation>
    </message>
    <message>
        <source>Using {name}.</source>
        <translation>يُستخدم {name}.</translation>
    </message>
    <message>
        <source>Keep at least one place: breaks need somewhere to happen.</source>
        <translation>أبقِ مكانًا واحدًا على الأقل: تحتاج الاستراحات إلى مكان تجري فيه.</translation>
    </message>
    <message>
        <source>Added “{name}” at the end of your rotation.</source>
        <translation>أُضيف «{name}» إلى آخر مجموعتك.</translation>
    </message>
    <message>
        <source>Your copy “{name}” takes the original&apos;s place; the original is off.</source>
        <translation>نسختك «{name}» تحل محل الأصل؛ والأصل متوقف.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>حُفظ «{name}».</translation>
    </message>
    <message>
        <source>Saved. Changes apply from the next break.</source>
        <translation>حُفظ. تسري التغييرات من الاستراحة التالية.</translation>
    </message>
    <message>
        <source>Could not save your stretches</source>
        <translation>تعذّر حفظ تمارينك</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Part of the rotation was left out</source>
        <translation>استُبعد جزء من المجموعة</translation>
    </message>
    <message>
        <source>{file}: {details}. Everything else is in use.</source>
        <translation>{file}: {details}. كل ما عدا ذلك مستخدم.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {file}; %n item(s) left out (see the message).</source>
        <translation>
            <numerusform>استُورد {file}؛ عدد العناصر المستبعدة: %n (انظر الرسالة).</numerusform>
            <numerusform>استُورد {file}؛ عدد العناصر المستبعدة: %n (انظر الرسالة).</numerusform>
            <numerusform>استُورد {file}؛ عدد العناصر المستبعدة: %n (انظر الرسالة).</numerusform>
            <numerusform>استُورد {file}؛ عدد العناصر المستبعدة: %n (انظر الرسالة).</numerusform>
            <numerusform>استُورد {file}؛ عدد العناصر المستبعدة: %n (انظر الرسالة).</numerusform>
            <numerusform>استُورد {file}؛ عدد العناصر المستبعدة: %n (انظر الرسالة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stretch rotations (*.json);;All files (*)</source>
        <translation>تشكيلات التمارين (*.json);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Point Standup Buddy at a folder that a sync app (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps the same on your computers. Standup Buddy never goes online itself. Idle and style settings stay per computer; the goal, the rotation and the history follow you.</source>
        <translation>وجّه Standup Buddy إلى مجلد يبقيه تطبيق مزامنة (Syncthing أو Nextcloud أو Dropbox أو OneDrive أو iCloud Drive) متطابقًا على حواسيبك. Standup Buddy نفسه لا يتصل بالإنترنت أبدًا. تبقى إعدادات الخمول والمظهر لكل حاسوب؛ أما الهدف والتشكيلة والسجل فترافقك.</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>مجلد المزامنة</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>اختر مجلدًا…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>اسم هذا الحاسوب:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>اسم هذا الحاسوب</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>الأجهزة المرئية</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Forget this device</source>
        <translation>انسَ هذا الجهاز</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>{name} (this computer)</source>
        <translation>{name} (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>اختر مجلد المزامنة</translation>
    </message>
    <message>
        <source>Leave the history of {name} out on every computer and remove its files from the sync folder? Its own database is not touched.</source>
        <translation>استبعاد سجل {name} على كل الحواسيب وإزالة ملفاته من مجلد المزامنة؟ لن تُمس قاعدة بياناته الخاصة.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Could not save the sync choice: {error}</source>
        <translation>تعذّر حفظ اختيار المزامنة: {error}</translation>
    </message>
    <message>
        <source>Saved. The new name shows on your other computers after the next restart.</source>
        <translation>حُفظ. يظهر الاسم الجديد على حواسيبك الأخرى بعد إعادة التشغيل التالية.</translation>
    </message>
    <message>
        <source>Sync is off from the next start. The folder&apos;s files were left as they are.</source>
        <translation>تتوقف المزامنة من التشغيل التالي. تُركت ملفات المجلد كما هي.</translation>
    </message>
    <message>
        <source>Saved. Standup Buddy syncs through this folder from its next start.</source>
        <translation>حُفظ. يزامن Standup Buddy عبر هذا المجلد من تشغيله التالي.</translation>
    </message>
    <message>
        <source>Sync is off now. The folder&apos;s files were left as they are.</source>
        <translation>المزامنة متوقفة الآن. تُركت ملفات المجلد كما هي.</translation>
    </message>
    <message>
        <source>Saved, but {folder} cannot be used just now; see the log.</source>
        <translation>حُفظ، لكن لا يمكن استخدام {folder} حاليًا؛ راجع السجل.</translation>
    </message>
    <message>
        <source>Saved. Your other computers show the new name after their next sync.</source>
        <translation>حُفظ. تعرض حواسيبك الأخرى الاسم الجديد بعد مزامنتها التالية.</translation>
    </message>
    <message>
        <source>Syncing through this folder now.</source>
        <translation>تجري المزامنة عبر هذا المجلد الآن.</translation>
    </message>
    <message>
        <source>Sync is not running.</source>
        <translation>المزامنة لا تعمل.</translation>
    </message>
    <message>
        <source>Forgotten. Its files leave the folder, and its history leaves every computer.</source>
        <translation>نُسي. تُزال ملفاته من المجلد، ويُزال سجله من كل الحواسيب.</translation>
    </message>
    <message>
        <source>The sync folder cannot be written just now ({error}); retrying.</source>
        <translation>تتعذّر الكتابة في مجلد المزامنة حاليًا ({error})؛ ستُعاد المحاولة.</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>no device named {name!r}; devices seen: {known}</source>
        <translation>لا يوجد جهاز باسم {name!r}؛ الأجهزة المعروفة: {known}</translation>
    </message>
    <message>
        <source>sync is off, so only this device (&apos;this&apos;) has history here</source>
        <translation>المزامنة متوقفة، لذا لا يملك سجلًا هنا إلا هذا الجهاز (&apos;this&apos;)</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ليس مجلدًا</translation>
    </message>
    <message>
        <source>Syncing through {folder} as {name}. Restart Standup Buddy to use it.</source>
        <translation>تتم المزامنة عبر {folder} باسم {name}. أعد تشغيل Standup Buddy لاستخدامها.</translation>
    </message>
    <message>
        <source>Sync is off. The folder&apos;s files were left as they are.</source>
        <translation>المزامنة متوقفة. تُركت ملفات المجلد كما هي.</translation>
    </message>
    <message>
        <source>sync is off; choose a folder with: standup-buddy sync set FOLDER</source>
        <translation>المزامنة متوقفة؛ اختر مجلدًا بالأمر: standup-buddy sync set FOLDER</translation>
    </message>
    <message>
        <source>this is the device you are on; &apos;sync off&apos; stops it syncing</source>
        <translation>هذا هو الجهاز الذي تستخدمه؛ يوقف &apos;sync off&apos; مزامنته</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n device(s).</source>
        <translation>
            <numerusform>نُسي %n جهاز.</numerusform>
            <numerusform>نُسي جهاز واحد (%n).</numerusform>
            <numerusform>نُسي جهازان (%n).</numerusform>
            <numerusform>نُسيت %n أجهزة.</numerusform>
            <numerusform>نُسي %n جهازًا.</numerusform>
            <numerusform>نُسي %n جهاز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>This device: {name} ({device})</source>
        <translation>هذا الجهاز: {name} ({device})</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(هذا الجهاز)</translation>
    </message>
    <message>
        <source>last sync {when}</source>
        <translation>آخر مزامنة {when}</translation>
    </message>
</context>
<context>
    <name>TimelineStrip</name>
    <message>
        <source>Today&apos;s timeline</source>
        <translation>الخط الزمني لليوم</translation>
    </message>
    <message>
        <source>Break skipped at {time}</source>
        <translation>تُخطّيت استراحة عند {time}</translation>
    </message>
    <message>
        <source>Break snoozed at {time}</source>
        <translation>أُجّلت استراحة عند {time}</translation>
    </message>
    <message>
        <source>Break missed at {time}</source>
        <translation>فاتت استراحة عند {time}</translation>
    </message>
    <message>
        <source>Nothing recorded yet today.</source>
        <translation>لم يُسجَّل شيء اليوم بعد.</translation>
    </message>
    <message>
        <source>Break not taken</source>
        <translation>استراحة لم تؤخذ</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Open now</source>
        <translation>افتح الآن</translation>
    </message>
    <message>
        <source>Open the break card now</source>
        <translation>افتح بطاقة الاستراحة الآن</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Current sit:</source>
        <translation>الجلوس الحالي:</translation>
    </message>
    <message>
        <source>Longest sit today:</source>
        <translation>أطول جلوس اليوم:</translation>
    </message>
    <message>
        <source>Breaks:</source>
        <translation>الاستراحات:</translation>
    </message>
    <message>
        <source>Sitting today:</source>
        <translation>الجلوس اليوم:</translation>
    </message>
    <message>
        <source>The day so far</source>
        <translation>اليوم حتى الآن</translation>
    </message>
    <message>
        <source>not tracking right now</source>
        <translation>لا يتتبع الآن</translation>
    </message>
    <message>
        <source>{completed} completed · {snoozed} snoozed · {skipped} skipped · {missed} missed · {natural} natural</source>
        <translation>{completed} مكتملة · {snoozed} مؤجلة · {skipped} متخطاة · {missed} فائتة · {natural} تلقائية</translation>
    </message>
    <message>
        <source>{sitting} (standing {standing}, paused {paused})</source>
        <translation>{sitting} (وقوف {standing}، توقف مؤقت {paused})</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>تحقق الهدف</translation>
    </message>
    <message>
        <source>Goal not met yet</source>
        <translation>لم يتحقق الهدف بعد</translation>
    </message>
    <message>
        <source>{verdict}: {goal}. Current sit: {current}. Longest sit today: {longest}.</source>
        <translation>{verdict}: {goal}. الجلوس الحالي: {current}. أطول جلوس اليوم: {longest}.</translation>
    </message>
    <message>
        <source>Breaks: {completed} completed, {snoozed} snoozed, {skipped} skipped, {missed} missed; {natural}.</source>
        <translation>الاستراحات: {completed} مكتملة، {snoozed} مؤجلة، {skipped} متخطاة، {missed} فائتة؛ {natural}.</translation>
    </message>
    <message numerus="yes">
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n استراحة تلقائية</numerusform>
            <numerusform>استراحة تلقائية واحدة (%n)</numerusform>
            <numerusform>استراحتان تلقائيتان (%n)</numerusform>
            <numerusform>%n استراحات تلقائية</numerusform>
            <numerusform>%n استراحة تلقائية</numerusform>
            <numerusform>%n استراحة تلقائية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause reminders for a while</source>
        <translation>أوقف التذكيرات لبعض الوقت</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Movement and longest sit per day, last twelve weeks</source>
        <translation>الحركة وأطول جلوس في اليوم، آخر اثني عشر أسبوعًا</translation>
    </message>
    <message>
        <source>Longest sit by hour of the day, last twelve weeks</source>
        <translation>أطول جلوس حسب ساعة اليوم، آخر اثني عشر أسبوعًا</translation>
    </message>
</context>
<context>
    <name>TrendWords</name>
    <message>
        <source>movement (min)</source>
        <translation>الحركة (د)</translation>
    </message>
    <message>
        <source>longest sit (min)</source>
        <translation>أطول جلوس (د)</translation>
    </message>
    <message>
        <source>longest sit begun in the hour (min)</source>
        <translation>أطول جلوس بدأ في الساعة (د)</translation>
    </message>
    <message>
        <source>No sitting recorded in these twelve weeks.</source>
        <translation>لم يُسجَّل جلوس في هذه الأسابيع الاثني عشر.</translation>
    </message>
    <message>
        <source>Your longest sits begin around {time} (up to {duration}).</source>
        <translation>تبدأ أطول فترات جلوسك نحو {time} (حتى {duration}).</translation>
    </message>
    <message numerus="yes">
        <source>Goal met on {met} of %n work day(s) in the last twelve weeks.</source>
        <translation>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل في آخر اثني عشر أسبوعًا.</numerusform>
            <numerusform>تحقق الهدف في {met} من يوم عمل واحد (%n) في آخر اثني عشر أسبوعًا.</numerusform>
            <numerusform>تحقق الهدف في {met} من يومي عمل (%n) في آخر اثني عشر أسبوعًا.</numerusform>
            <numerusform>تحقق الهدف في {met} من %n أيام عمل في آخر اثني عشر أسبوعًا.</numerusform>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل في آخر اثني عشر أسبوعًا.</numerusform>
            <numerusform>تحقق الهدف في {met} من %n يوم عمل في آخر اثني عشر أسبوعًا.</numerusform>
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
        <translation>الاستراحات القصيرة المأخوذة: {days}  (لا تُحسب حركةً)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>الأسبوع السابق</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>الأسبوع التالي</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Chart shows</source>
        <translation>يعرض الرسم البياني</translation>
    </message>
    <message>
        <source>Show check-in scores</source>
        <translation>اعرض درجات المتابعة</translation>
    </message>
    <message>
        <source>Micro-pauses taken per day</source>
        <translation>الاستراحات القصيرة المأخوذة يوميًا</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>يعرض الرسم البياني:</translation>
    </message>
    <message>
        <source>Screen-time limit reached: {days}.</source>
        <translation>تم بلوغ حد وقت الشاشة: {days}.</translation>
    </message>
    <message>
        <source>{metric} per day, week of {week}</source>
        <translation>{metric} في اليوم، أسبوع {week}</translation>
    </message>
</context>
<context>
    <name>WellbeingOffer</name>
    <message>
        <source>{app}: GNOME break reminders</source>
        <translation>{app}: تذكيرات الاستراحة في GNOME</translation>
    </message>
    <message>
        <source>GNOME is also reminding you to move.</source>
        <translation>GNOME يذكّرك بالحركة أيضًا.</translation>
    </message>
    <message>
        <source>{gnome} (Settings → Wellbeing). With {app} running as well, you would be asked to get up by two apps that do not know about each other.

Switch GNOME&apos;s movement reminders off and let {app} do it? Its eyesight breaks stay as they are, and you can switch movement reminders back on in GNOME Settings at any time.</source>
        <translation>{gnome} (الإعدادات ← الرفاهية). مع تشغيل {app} أيضًا، سيطلب منك النهوض تطبيقان لا يعرف أحدهما بالآخر.

هل توقف تذكيرات الحركة في GNOME وتترك المهمة لـ {app}؟ تبقى استراحات العين في GNOME كما هي، ويمكنك إعادة تشغيل تذكيرات الحركة من إعدادات GNOME في أي وقت.</translation>
    </message>
    <message>
        <source>Switch GNOME&apos;s off</source>
        <translation>أوقف تذكيرات GNOME</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>أبقِ الاثنين</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on: {length} every {interval}</source>
        <translation>تذكيرات الحركة في GNOME مفعّلة: {length} كل {interval}</translation>
    </message>
    <message>
        <source>GNOME movement reminders are on</source>
        <translation>تذكيرات الحركة في GNOME مفعّلة</translation>
    </message>
</context>
</TS>
