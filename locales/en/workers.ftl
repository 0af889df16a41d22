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
workers-export-caption = Your workers, the most urgent first. The first four columns can be sent back with /roster after a change.
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
button-workers-open = 📋 Workers

invite-owner-only = Only the person who uploaded the company's list can invite colleagues.
invite-link = Send this link to a colleague. It works once, for { $days } days; whoever opens it will see and change the same list of workers:
invite-joined = You have joined your colleagues' company account: { $count } workers. Send /workers to see them. Every morning at 9:00 I will send a digest of the deadlines in the next 14 days. To stop it: the 🔕 button on it or under /workers.
invite-already = You are already in this company account: /workers.
invite-other-company = You are already in another company account, so this link was not used.
invite-used = This invitation link has already been used. Ask your colleague for a new one.
invite-expired = This invitation link has expired. Ask your colleague for a new one.
invite-invalid = This invitation link is not valid. Ask your colleague for a new one.

digest-title = 📋 Workers with a deadline in the next { $days } days (until { $until }): { $count }
digest-more = …and { $count } more: /workers.
digest-hint = Details and files: /workers.

rem-lp-extension-opens-short = safe to apply for an extension from now
rem-lp-extension-nudge-short = prepare the extension documents
rem-lp-extension-last-day-short = safe last working day to apply for an extension
rem-lp-new-permit-prepare-short = prepare the documents for a new permit
rem-lp-months-unknown-short = extension or new permit: add the months to the roster
rem-lp-new-permit-opens-short = the window for a new permit opens
lp-result-new-permit-day-off-short = the new-permit window falls on days off: ask in advance
lp-result-new-permit-day-off-earliest-short = the new-permit window falls on days off: ask in advance
rem-lp-new-permit-last-day-short = last working day to apply for a new permit (on our reading)
rem-lp-expiry-short = the permit ends soon
rem-ep-extension-plan-short = prepare the extension documents
rem-ep-extension-latest-short = last working day to apply for an extension in time (planning date)
rem-ep-expiry-short = the permit's last day
rem-se-permit-soon-short = 2 weeks before the certificate's last working day
rem-se-permit-expiry-short = the certificate's last working day to apply for an extension
rem-trp-permit-soon-short = the permit ends soon: ask 1414 how to extend it

# the daily digest turned off and on (its button on the digest and on /workers)
button-digest-off = 🔕 Stop the daily digest
button-digest-on = 🔔 Daily digest at 9:00
digest-turned-off = 🔕 No more daily digest. The list is in /workers, with a button there to turn the digest back on.
digest-turned-on = 🔔 The daily digest is on: every morning at 9:00, the workers with a deadline in the next 14 days.
