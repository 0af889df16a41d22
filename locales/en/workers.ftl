## The employer's list of workers (/workers), company invitations and the daily digest (bot/employer.py).

cmd-workers = My workers: deadlines and files
workers-title = Workers: { $count }. The most urgent first:
workers-line = { $n }. { $name } — { $kind }, valid until { $expiry }
workers-line-expired = { $n }. { $name } — { $kind }, ⛔ expired on { $expiry }
workers-next = → { $action }: { $date }
workers-next-none = → no deadlines ahead
workers-no-rules = → the legal texts set no reminder dates for this permit: ask 1414 or egov.kz
workers-unreadable = the saved dates cannot be read: send this worker again with /roster.
workers-empty = Your company has no list of workers yet. Send /roster to upload one (CSV or XLSX); a colleague who uploaded it can also send you an invitation link.
workers-hint = Tap a number to open a worker. ⬇️ CSV / XLSX: this table as a file. 👥: invite a colleague.
# a member (not the owner) has no 👥 button: instead of workers-hint
workers-hint-member = Tap a number to open a worker. ⬇️ CSV / XLSX: this table as a file. The company account's owner can invite colleagues. To leave the account: /leave.
# the owner's, when the account has colleagues: opens the workers-hint paragraph
workers-hint-colleagues = 👥 Colleagues: who is in the account; remove one there.
workers-file-format-unreadable = I cannot read old Excel (.xls), OpenDocument (.ods) or binary .xlsb files. Open the file in Excel, LibreOffice or Google Sheets, save it as XLSX (Excel Workbook) or CSV and send it again. A sample list: /roster.
workers-action-deadline = deadline
workers-detail-title = 👤 { $name } — { $kind }
workers-detail-expiry = Valid until { $expiry }.
workers-detail-expired = ⛔ The permit expired on { $expiry }.
workers-detail-months = Months granted in total: { $months }.
workers-detail-ahead = Deadlines ahead:
workers-detail-occasion = { $date } — { $action }
workers-col-kind = permit kind
workers-col-next-action = next action
workers-col-next-date = date of the next action
workers-export-caption-update = Your workers, the most urgent first. Fix the first four columns and send the file back with /roster to add workers and update dates. Deleting a row does not remove the worker: do that in /workers (the number → 🗑 Remove from the list).
worker-deleted = { $name } was removed from the list.
worker-not-found = This worker is not on your company's list.
button-worker = { $n }
button-worker-delete = 🗑 Remove from the list
button-worker-delete-yes = 🗑 Yes, remove
worker-delete-question = Remove { $name } from the company's list? The list is shared: the worker disappears for every member, and the reminders about them stop.
button-workers-back = ⬅️ All workers
button-workers-csv = ⬇️ CSV
button-workers-xlsx = ⬇️ XLSX
button-workers-invite = 👥 Invite a colleague
button-workers-colleagues = 👥 Colleagues ({ $count })
button-workers-open = 📋 Workers

invite-owner-only = Only the person who uploaded the company's list can invite colleagues.
invite-link = Send this link to a colleague. It works once, for { $days } days; whoever opens it will see and change the same list of workers:
invite-joined = You have joined your colleagues' company account: { $count } workers. Send /workers to see them. Every morning at 9:00 I will send a digest of the deadlines in the next 14 days. To stop it: the 🔕 button on it or under /workers.
invite-already = You are already in this company account: /workers.
invite-other-company-leave = You are already in another company account, so this link was not used. To join these colleagues, leave that account with /leave (the bot asks you to confirm and says what happens to its list of workers), then open this link again while it is still valid.
invite-member-only = Only the company account's owner can invite colleagues: the person whose upload created the account (or to whom that role has passed). A file a member uploads goes into the shared list but does not make them the owner: ask the owner to send you a link with /invite.
invite-used = This invitation link has already been used. Ask your colleague for a new one.
invite-expired = This invitation link has expired. Ask your colleague for a new one.
invite-invalid = This invitation link is not valid. Ask your colleague for a new one.

# the owner's list of colleagues (👥 Colleagues under /workers): first names fetched from Telegram (getChat) for the screen, never stored
colleagues-title = 👥 Colleagues in the account “{ $company }”: { $count }
colleagues-line = { $n }. { $name }, since { $since }
colleagues-hint = ✖️ removes a colleague from the account: they no longer see the list of workers or get the digest. Names come from Telegram and are not stored.
colleagues-none = No colleagues are left in the account “{ $company }”: only you see the list. To invite one: 👥 below or /invite.
colleague-fallback = colleague { $n }
button-colleague-remove = ✖️ { $n }. { $name }
colleague-remove-question = Remove { $name } (in the account since { $since }) from the account “{ $company }”? They will no longer see the list of workers or get the digest; the list stays with you. I will tell them. A new invitation link brings them back. Unused invitation links will stop working too.
button-colleague-remove-yes = ✖️ Yes, remove
button-colleagues-back = ⬅️ Colleagues
colleague-removed = ✅ { $name } is no longer in the account.{ $invites ->
        [0] {""}
       *[other] {" "}Unused invitation links ({ $invites }) were withdrawn so that none can bring them back; a new link: /invite.
    }
colleague-gone = This colleague is no longer in the company account.
colleague-self = You cannot remove yourself. To leave the account: /leave.
colleagues-owner-only = Only the company account's owner can see and remove colleagues.
colleague-removed-you = The owner of the company account “{ $company }” removed you from it. You no longer see its list of workers or get its digest. Your own deadlines (/status) stay; a new invitation link brings you back.

# /leave: leaving the company account (Companies.leave)
leave-not-member = You are not in a company account.
leave-question-kept = Leave the company account “{ $company }”? The list of workers ({ $workers }) stays with your colleagues: the account has other members ({ $others }). You will no longer see the list or get the digest; a new invitation link brings you back.
leave-question-owner = The member who has been in the account longest becomes the one who invites colleagues.
leave-question-deleted = Leave the company account “{ $company }”? You are its last member, so the account and its list of workers ({ $workers }) will be deleted. This cannot be undone.
leave-question-own-data = Your own deadlines (/status) and settings stay.
button-leave-yes = 🚪 Yes, leave
leave-stale = You are no longer in this company account.
leave-done = You have left the company account “{ $company }”. { $deleted ->
    [yes] The account and its list of workers are deleted.
   *[no] The list of workers stays with your colleagues.
} A colleague's invitation link will now work while it is valid; to upload your own list: /roster.

digest-title = 📋 Workers with a deadline in the next { $days } days (until { $until }): { $count }
digest-more = …and { $count } more: /workers.
digest-hint = Details and files: /workers.

rem-lp-extension-opens-short = safe to apply for an extension from now
rem-lp-extension-nudge-short = prepare the extension documents
rem-lp-extension-last-day-short = safe last working day to apply for an extension
rem-lp-new-permit-prepare-short = prepare the documents for a new permit
rem-lp-months-unknown-short = extension or new permit: add the months to the roster
# the roster does not say how many months are used (dialogs/schedules/labour-permit.yaml, months-unknown-*): the line has one date, this occasion's
status-lp-permit-months-unknown-short = the months are not in the roster, and they decide: at 12, a new permit, 4 days before the end; under 12, the safe last working day to apply for an extension
# `literal` yes: the date is the extension's literal last working day and the new permit's earliest one (D-4 a day off), as status-lp-permit-months-unknown-safe-passed
status-lp-permit-months-unknown-late-short = { $literal ->
        [yes] the safe day to extend has passed and the months are not in the roster — ask a TsON or 1414 at once; the last working day to apply both for an extension read literally (under 12) and for a new permit on the earliest reading (at 12)
       *[other] the safe day to extend has passed and the months are not in the roster: ask a TsON or 1414 at once; at 12, a new permit, on the earliest reading
    }
rem-lp-months-unknown-new-permit-last-day-short = too late to extend, and the months are not in the roster: at 12, the last working day of the new-permit window (on our reading)
# the same occasion's reminder (a saved deadline without the months)
# our window's last day D-1 a day off (`closes_day_off`): $last_wd, its last working day, is the last day to file on our reading
rem-lp-months-unknown-new-permit-last-day = { $closes_day_off ->
        [yes] The permit is valid until { $expiry }, and the roster does not say how many months are used. It can no longer be extended: the time to apply for an extension has passed. If 12 months are used, { $last_wd } is the last working day of the new-permit window on our reading (the window runs to { $closes }, but that is not a working day); on the earliest reading the application was due by { $new_safe }. Apply as soon as you can, ask a TsON or 1414 first whether it will be accepted, and add the months to the roster.
       *[other] The permit is valid until { $expiry }, and the roster does not say how many months are used. It can no longer be extended: the time to apply for an extension has passed. If 12 months are used, { $last_wd } is the last working day of the new-permit window on our reading (to { $closes }); on the earliest reading the application was due by { $new_safe }. Apply as soon as you can, ask a TsON or 1414 first whether it will be accepted, and add the months to the roster.
    }
rem-lp-new-permit-opens-short = the window for a new permit opens
lp-result-new-permit-day-off-short = the new-permit window falls on days off: ask in advance
# its day is the earliest reading's last working day, D-4 ($safe) a day off (dialogs/schedules/labour-permit.yaml, new-permit-day-off)
lp-result-new-permit-day-off-earliest-short = the last working day to apply for a new permit on the earliest reading ({ $safe }, 4 days before the end, is a day off): ask in advance
rem-lp-new-permit-last-day-short = last working day to apply for a new permit (on our reading)
rem-lp-expiry-short = the permit ends soon
rem-ep-extension-plan-short = prepare the extension documents
rem-ep-extension-latest-short = last working day to apply for an extension in time (planning date)
rem-ep-expiry-last-day-short = the permit's last working day to apply for its extension
rem-se-permit-soon-short = 2 weeks before the certificate's last working day
rem-se-permit-expiry-short = the certificate's last working day to apply for an extension
rem-trp-permit-soon-short = the permit ends soon: ask 1414 how to extend it

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Stop the daily digest
button-digest-on = 🔔 Daily digest at 9:00
digest-turned-off = 🔕 No more daily digest. The list is in /workers, with a button there to turn the digest back on.
digest-turned-on = 🔔 The daily digest is on: every morning at 9:00, the workers with a deadline in the next 14 days.
