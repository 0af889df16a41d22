## Permit tracking and reminders (/track, /status, /calendar, /roster).

track-title = 🔔 Deadline reminders
track-what-question = What should I save for reminders?
track-what-my-permit = My work permit
track-what-worker-permit = My worker's permit
track-what-application = An application I filed
track-what-termination = A worker’s contract ended
track-worker-name-question = What should I call this worker? Write a name or a short label (up to 64 characters), for example “Aigerim”.
track-worker-expiry-question = What is the last day of the worker's permit? Type the date printed on it.
track-worker-cumulative-question = How many months does the worker's permit cover in total, with all extensions? (1 to 12)
track-filed-on-question = On what date was the application filed?
track-hours-question = During working hours?
track-hours-next-day = An application made after working hours, at a weekend or on a public holiday is accepted the next working day.
track-hours-unsaid = The rules of this service do not say when an application made in the evening, at a weekend or on a holiday is registered. To be safe, we count from the next working day: that gives the later decision date.
track-result-permit = The permit is valid until { $expiry }. Check the deadlines below. Nothing is saved yet: press “🔔 Remind me of deadlines”, and I will save them and remind you.
track-result-application = The decision on the application will be made no later than { $decision_by }. Nothing is saved yet: press “🔔 Remind me of deadlines”, and I will save it and remind you on that day.

button-track = 🔔 Remind me of deadlines
tracking-saved = Done, saved. The next reminder: { $next } at 9:00 (Almaty time). All deadlines: /status.
tracking-saved-no-upcoming = Done, saved. All its deadlines have already passed, so there will be no reminders. All deadlines: /status.
# saved, not over, but no reminder left ahead (e.g. only the later reading's day is left)
tracking-saved-no-reminders-left = Done, saved. There will be no more reminders for it: what is left is said below. All deadlines: /status.
tracking-not-saved = I could not save it: some dates are missing. Please answer the questions again.

status-title = Your permits and applications (nearest deadlines first):
status-empty = Nothing is saved yet. Send /track or press “🔔 Remind me of deadlines” on a result screen.
status-company-workers = 🏢 Your company's workers ({ $count }) are in /workers.
status-item-self = Mine
status-next-reminder = next reminder: { $date }
status-no-reminders = no more reminders
status-done = ✅ done
status-lp-permit-extension = { $last_days ->
        [same] Permit valid until { $expiry }: safe to apply for an extension from { $opens } to { $last_wd }, in working hours: read literally, the window runs to { $closes }, but that is not a working day.
       *[other] Permit valid until { $expiry }: safe to apply for an extension from { $opens } to { $last_wd } (read literally, the window runs to { $closes }).
    }
# the cautious last working day gone, the literal one still ahead (A03)
status-lp-permit-extension-safe-passed = Permit valid until { $expiry }: on the careful count the last working day to apply for the extension was { $safe_wd }. Read literally, you can apply until { $last_wd }, in working hours: apply as soon as you can and ask a TsON or 1414 first whether the application will be accepted.
# led by the earliest reading's last working day (D-4, or the working day before it), then our window (A05)
# our window's last day D-1 a day off (`closes_day_off`, `closes_wd`: dialogs/tracking/schedule.py with_working_days): said so, with its last working day
status-lp-permit-new = { $days ->
        [none] Permit valid until { $expiry }: the 12-month total is reached, so a new permit is needed. On the earliest reading you must apply no later than { $safe_wd }, in working hours. Every day of the window on our reading, { $opens } to { $closes }, is a day off: an application filed on them is accepted only on { $accepted }, after the window. Ask a TsON or 1414 in advance from which day they accept the application.
       *[other] { $closes_day_off ->
            [yes] Permit valid until { $expiry }: the 12-month total is reached, so a new permit is needed. On the earliest reading you must apply no later than { $safe_wd }, in working hours; on ours, from { $opens } to { $closes } inclusive, but that is not a working day: the window's last working day is { $closes_wd }. Ask a TsON or 1414 in advance from which day they accept the application.
           *[other] Permit valid until { $expiry }: the 12-month total is reached, so a new permit is needed. On the earliest reading you must apply no later than { $safe_wd }, in working hours; on ours, from { $opens } to { $closes } inclusive. Ask a TsON or 1414 in advance from which day they accept the application.
        }
    }
# the earliest reading's last working day ($safe: D-4, or the working day before it) gone, our window still open (A05)
# (`last_days` day-off: our window's last day D-1 is a day off, $last_wd its last working day, as status-lp-permit-extension's [same])
status-lp-permit-new-safe-passed = { $last_days ->
        [day-off] Permit valid until { $expiry }: the 12-month total is reached. On one reading the new permit had to be applied for by { $safe }; on ours the window runs to { $closes }, but that is not a working day: the window's last working day is { $last_wd }. Apply as soon as you can, in working hours, and ask a TsON or 1414 first whether the application will be accepted.
       *[other] Permit valid until { $expiry }: the 12-month total is reached. On one reading the new permit had to be applied for by { $safe }; on ours the window runs to { $closes }. Apply as soon as you can and ask a TsON or 1414 first whether the application will be accepted.
    }
status-lp-permit-months-unknown = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — an extension, safe from { $opens } to { $last_wd }; 12 — a new permit, by { $new_safe } in working hours on the earliest reading (ask a TsON or 1414 which day).
# the extension over (`literal` no), or, the day this goes out as a reminder, still open on the literal reading (yes: as status-lp-permit-months-unknown-safe-passed)
status-lp-permit-months-unknown-late = { $literal ->
        [yes] Permit valid until { $expiry }: the roster does not say how many months are used, and the safe last day to apply for an extension ({ $last_wd }) has passed. Under 12 — read literally, you can apply for the extension until { $literal_wd }, in working hours. 12 — a new permit: on the earliest reading apply by { $new_safe }, in working hours. Apply as soon as you can, ask a TsON or 1414 first whether the application will be accepted, and add the months to the roster.
       *[other] Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — a new permit: on the earliest reading apply by { $new_safe }, in working hours. Ask a TsON or 1414 at once and add the months to the roster.
    }
# today a day off after the extension window's last working day, still inside it by the
# calendar (¶12, A04): the careful reading (the day of acceptance: late) first
status-lp-permit-extension-day-off = Permit valid until { $expiry }: today is a day off, and the last working day of the extension window, { $last_wd }, has passed. An application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }): if the filing date is the day of acceptance, the permit will not be extended. Whether the day of sending counts instead, the rules do not say: ask the akimat or 1414 at once, and do not count on an extension without their answer.
# today a day off after our new-permit window's last working day (or none in it), up to D-1 (¶12, A04, A05)
status-lp-permit-new-day-off = Permit valid until { $expiry }: the 12-month total is reached. Today is a day off: an application for a new permit filed now is accepted only on { $accepted }, after { $closes }, the last day of the window on our reading; on the earliest reading it had to be filed by { $safe_wd }. Whether the day of sending counts, and whether you may still apply on the permit's last day, { $expiry }, the rules do not say: ask a TsON or 1414 at once.
# months unknown, day by day as the lines of a known count say it (under 12 / 12):
# the extension's safe last working day gone, its literal one ahead; the earliest reading's day ahead
status-lp-permit-months-unknown-safe-passed = Permit valid until { $expiry }: the roster does not say how many months are used, and the safe last day to apply for an extension ({ $safe_wd }) has passed. Under 12 — read literally, you can apply for the extension until { $last_wd }, in working hours. 12 — a new permit: on the earliest reading apply by { $new_safe }, in working hours. Apply as soon as you can, ask a TsON or 1414 first whether the application will be accepted, and add the months to the roster.
# the extension window's last working day gone, today a day off inside it; the earliest reading's day ahead
status-lp-permit-months-unknown-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — an extension: the window's last working day, { $last_wd }, has passed and today is a day off — an application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }); whether the day of sending counts, the rules do not say, so do not count on an extension. 12 — a new permit: on the earliest reading apply by { $new_safe }, in working hours. Ask a TsON or 1414 at once and add the months to the roster.
# as above, the earliest reading's day gone too, our window's working days ahead
# our window's last day D-1 a day off (`n_closes_day_off`, `n_closes_wd`): said so, with its last working day
status-lp-permit-months-unknown-day-off-new-passed = { $n_closes_day_off ->
        [yes] Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — an extension: the window's last working day, { $last_wd }, has passed and today is a day off — an application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }); whether the day of sending counts, the rules do not say, so do not count on an extension. 12 — a new permit: on the earliest reading it had to be filed by { $new_safe }, in working hours; on ours the window runs to { $n_closes }, but that is not a working day: the window's last working day is { $n_closes_wd }; apply as soon as you can, in working hours. Ask a TsON or 1414 at once and add the months to the roster.
       *[other] Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — an extension: the window's last working day, { $last_wd }, has passed and today is a day off — an application filed now is accepted only on { $accepted }, after the window (read literally, it runs to { $closes }); whether the day of sending counts, the rules do not say, so do not count on an extension. 12 — a new permit: on the earliest reading it had to be filed by { $new_safe }, in working hours; on ours the window runs to { $n_closes }: apply as soon as you can. Ask a TsON or 1414 at once and add the months to the roster.
    }
# today a day off after the last working day of both windows (D-5..D-1 all days off)
status-lp-permit-months-unknown-all-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Today is a day off, and the last working day before the end of both the extension window and the new-permit window on our reading was { $last_wd }: an application filed now is accepted only on { $accepted }, after both windows (the extension's runs to { $closes } read literally, the new permit's to { $n_closes }). Whether the day of sending counts, and whether a new permit may still be applied for on the permit's last day, { $expiry }, the rules do not say: do not count on an extension, ask a TsON or 1414 at once and add the months to the roster.
# the extension window over; the earliest reading's day gone, our window's working days ahead
# our window's last day D-1 a day off (`n_closes_day_off`, `n_closes_wd`): said so, with its last working day
status-lp-permit-months-unknown-new-passed = { $n_closes_day_off ->
        [yes] Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — a new permit: on the earliest reading it had to be filed by { $new_safe }, in working hours; on ours the window runs to { $n_closes }, but that is not a working day: the window's last working day is { $n_closes_wd }; apply as soon as you can, in working hours. Ask a TsON or 1414 first whether the application will be accepted, and add the months to the roster.
       *[other] Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — a new permit: on the earliest reading it had to be filed by { $new_safe }, in working hours; on ours the window runs to { $n_closes }: apply as soon as you can. Ask a TsON or 1414 first whether the application will be accepted, and add the months to the roster.
    }
# the extension window over; today a day off after our new-permit window's last working day
status-lp-permit-months-unknown-new-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — a new permit: today is a day off, and an application filed now is accepted only on { $accepted }, after { $n_closes }, the last day of the window on our reading (on the earliest reading it had to be filed by { $new_safe }). Whether the day of sending counts, and whether you may still apply on the permit's last day, { $expiry }, the rules do not say. Ask a TsON or 1414 at once and add the months to the roster.
# both windows over on our reading: the permit's last day left on another
status-lp-permit-months-unknown-closed = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — on our reading the window for a new permit ended on { $n_closes }; on another reading you may still apply on { $expiry }. Ask a TsON or 1414 at once and add the months to the roster.
# as status-lp-permit-months-unknown-closed, the permit's last day a day off: a filing on it is accepted after the end (¶12, A04)
status-lp-permit-months-unknown-closed-day-off = Permit valid until { $expiry }: the roster does not say how many months are used. Under 12 — the time to apply for an extension has passed: the last day to apply was { $closes }. 12 — on our reading the window for a new permit ended on { $n_closes }; on another reading you may also apply on the permit's last day, { $expiry }, but that is a day off: an application sent then is accepted only on { $expiry_accepted }, after the permit ends, and whether the sending day counts, the rules do not say. Ask a TsON or 1414 at once and add the months to the roster.
status-lp-application = Application filed: the decision will be made no later than { $decision_by }.
status-lp-termination = { $one_day ->
        [yes] Give notice of the contract termination by { $urged }.
       *[no] Give notice of the contract termination, safe: by { $urged } (if the termination day is not counted: by { $notice_by }).
    }
status-hint = Buttons below: ✏️ changes the dates, ✅ marks an entry as done (its reminders stop), 🗑 deletes it, 📜 quotes the rules the dates rest on.
button-item-done = ✅ { $n }
button-item-undo-done = ↩️ Resume reminders
button-item-delete = 🗑 { $n }
item-deleted = The entry “{ $n }” has been deleted, together with its reminders.
item-delete-question = Delete the entry “{ $n }” with its reminders? To get it back you would enter its dates again.
button-item-delete-yes = 🗑 Yes, delete
button-item-keep = ⬅️ Keep it
item-done = The entry “{ $n }” is marked as done: there will be no more reminders for it.
item-not-found = This entry no longer exists.

button-reminder-open = 📋 Open deadlines
button-reminder-snooze = ⏰ Remind me tomorrow
button-reminder-done = ✅ Done
reminder-snoozed = OK, I will remind you tomorrow at 9:00.
reminder-snooze-too-late = Tomorrow would be too late: this is the last day. Better do it today.
# ⏰ on a reminder whose item was marked done (a toast)
reminder-item-done = This record is already marked done: there will be no reminders for it.

rem-lp-extension-opens = { $last_days ->
        [same] The window to extend the permit is open: safe — apply from { $opens } to { $last_wd }, in working hours (read literally, the window runs to { $closes }, but that is not a working day).
       *[other] The window to extend the permit is open: safe — apply from { $opens } to { $last_wd } (read literally, the window runs to { $closes }).
    }
rem-lp-extension-nudge = { $last_days ->
        [same] The safe last day to apply for an extension is { $last_wd }, in working hours (read literally, the window runs to { $closes }, but that is not a working day). If you have not applied yet, prepare the documents now.
       *[other] The safe last day to apply for an extension is { $last_wd }, in working hours (read literally, the window runs to { $closes }). If you have not applied yet, prepare the documents now.
    }
rem-lp-extension-last-day = { $last_days ->
        [same] Today, { $last_wd }, is the safe last day to apply for an extension, however it is counted, and in working hours only: read literally the window runs to { $closes }, but that is not a working day, and an application filed in the evening or on the days off is accepted after it — the permit may not be extended.
       *[other] Today, { $last_wd }, is the safe last day to apply for an extension, in working hours only: an application filed in the evening is accepted the next working day. Read literally, the window runs to { $closes }; an application filed later may not be extended.
    }
# our window's last day D-1 a day off (`closes_day_off`, `closes_wd`): said so, with its last working day
rem-lp-new-permit-prepare = { $days ->
        [none] The permit cannot be extended: the 12-month total is reached. Prepare the documents for a new permit. On the earliest reading you must apply no later than { $safe_wd }, in working hours. Every day of the window on our reading, { $opens } to { $closes }, is a day off: an application filed on them is accepted only on { $accepted }, after the window. Ask a TsON or 1414 in advance from which day they accept the application.
       *[other] { $closes_day_off ->
            [yes] The permit cannot be extended: the 12-month total is reached. Prepare the documents for a new permit. On the earliest reading you must apply no later than { $safe_wd }, in working hours; on ours, from { $opens } to { $closes } inclusive, but that is not a working day: the window's last working day is { $closes_wd }. Ask a TsON or 1414 in advance from which day they accept the application.
           *[other] The permit cannot be extended: the 12-month total is reached. Prepare the documents for a new permit. On the earliest reading you must apply no later than { $safe_wd }, in working hours; on ours, from { $opens } to { $closes } inclusive. Ask a TsON or 1414 in advance from which day they accept the application.
        }
    }
rem-lp-months-unknown = The permit is valid until { $expiry }, and the roster does not say how many months are used. Under 12 — apply for an extension, safe from { $opens } to { $last_wd }; 12 — for a new permit, by { $new_safe } in working hours on the earliest reading (ask a TsON or 1414 which day). Add the months to the roster (column months_total).
# our window's last day D-1 a day off (`closes_day_off`, `closes_wd`): said so, with its last working day
rem-lp-new-permit-opens = { $closes_day_off ->
        [yes] The window to apply for a new permit: from { $opens } to { $closes } (on our reading), but { $closes } is not a working day: the window's last working day is { $closes_wd }. On the earliest reading you must apply on its first day, { $opens }; on another the window opens a day later: ask a TsON or 1414 from which day they accept.
       *[other] The window to apply for a new permit: from { $opens } to { $closes } (on our reading). On the earliest reading you must apply on its first day, { $opens }; on another the window opens a day later: ask a TsON or 1414 from which day they accept.
    }
# our window's last day D-1 a day off (`closes_day_off`): today, its last working day, is the last day to file on our reading
rem-lp-new-permit-last-day = { $closes_day_off ->
        [yes] Today, { $last_wd }, is the last working day of the new-permit window on our reading (the window runs to { $closes }, but that is not a working day). On the strict reading the deadline has passed: apply today, in working hours, and ask a TsON or 1414.
       *[other] Today, { $last_wd }, is the last working day of the new-permit window on our reading (to { $closes }). On the strict reading the deadline has passed: apply today and ask a TsON or 1414.
    }
rem-lp-expiry = The permit is valid until { $expiry } inclusive. Working without a valid permit is not allowed.
rem-lp-decision-due = Today is the deadline for the decision on the application ({ $decision_by }). Check the result at the State Corporation (TsON) or in your personal account.
rem-lp-termination-urged = Send the notice of termination of the employment contract today: { $one_day ->
        [yes] today is the last day.
       *[no] if the termination day counts, today is the last day (otherwise { $notice_by }).
    }
rem-lp-termination-last-day = Today, { $notice_by }, is the last day to give notice of the termination of the employment contract if the termination day is not counted (if it is, the limit was { $urged }).

calendar-caption = Your deadlines for a calendar: open the .ics file on your phone, in Google Calendar or in Outlook.
calendar-empty = There are no deadlines ahead for the calendar: neither your saved permits nor the workers on your company's list have one. Save a permit with /track or upload your list of workers with /roster.
calendar-name = Deadlines: permits and applications

roster-prompt = Send a CSV or XLSX file with the list of workers, and I will start tracking their permits for your company.
cmd-track = Save a deadline for reminders
cmd-status = My deadlines
cmd-calendar = Deadlines to your calendar (.ics)
cmd-roster = Upload a list of workers (CSV, XLSX)
text-error-length = Please write it shorter: at most { $max } characters.
hint-input-text = Write your answer in one message.
button-item-edit = ✏️ { $n }
button-item-grounds = 📜 { $n }

tracking-too-many = Not saved: you already have { $max } entries, which is the limit. Delete the ones you no longer need in /status (the 🗑 button), then you can add new ones.
status-item-unreadable = the saved dates cannot be read. Change them (✏️) or delete the entry (🗑).
status-page = Page { $page } of { $pages }.
button-page-prev = ◀️ Back
button-page-next = Next ▶️
