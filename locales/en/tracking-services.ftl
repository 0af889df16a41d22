## Reminders and /status lines for every service's tracked items (dialogs/schedules/).

status-application = Application filed: the answer is due no later than { $decision_by }.
rem-decision-due = The answer to your application is due no later than { $decision_by }. If it has not come, check your personal account on egov.kz or call 1414.

# ¶21 refuses only a late application; the decision may come after the last day (¶5)
ended-lp-permit = The permit ended on { $date }: working without a valid permit is not allowed. If you applied for an extension or a new permit in time, wait for the decision — ask about it where you applied, or call 1414. If you did not apply, the permit can no longer be extended; what to do next, our sources do not say — ask a TsON or 1414.
ended-lp-termination = The time to give notice of the termination ran out on { $date }. Give the notice as soon as possible.
ended-lp-application = The decision was due by { $date }. If it has not come, ask the TsON or the 1414 contact centre: our sources have no appeal procedure.

status-se-permit = Self-employment certificate valid until { $expiry }. To extend it, apply within 5 working days of the employment contract, and no later than { $file_by }{ $moved ->
        [yes] , its last working day, in working hours: an application sent later is accepted only after it has ended.
       *[no] , in working hours: an application sent later is accepted only after the certificate has ended.
    }
# no working day left before the certificate ends (row 9: a filing on a day off is accepted the next working day)
status-se-cert-no-working-day = The certificate is valid until { $expiry }, but no working day is left before it ends: an extension application filed now would be accepted only after it has ended. Whether it can be extended then, the rules do not say — ask the contact centre 1414 or egov.kz.
ended-se-permit = The certificate ended on { $date }. Whether it can still be extended after that day, the rules do not say: ask the contact centre 1414 or egov.kz.
rem-se-permit-soon = Your self-employment certificate ends on { $expiry }. If you have signed an employment contract, apply to extend it within 5 working days of signing, and no later than { $file_by }{ $moved ->
        [yes] , its last working day, in working hours: an application sent later is accepted only after it has ended.
       *[no] , in working hours: an application sent later is accepted only after the certificate has ended.
    }
rem-se-permit-expiry = Your self-employment certificate ends on { $expiry }. If you have signed an employment contract, apply to extend it within 5 working days of signing, and no later than { $file_by }{ $moved ->
        [yes] , its last working day, in working hours: an application sent later is accepted only after it has ended.
       *[no] , in working hours: an application sent later is accepted only after the certificate has ended.
    } Whether it can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
status-se-duty = Apply by { $deadline }{ $one_day ->
        [yes] .
       *[no] { " " }(by the other way of counting, by { $latest }).
    }
status-se-duty-cert-first = Apply by { $safe }: your certificate ends on { $expiry }, before the deadline { $deadline }.
# one way of counting's last day gone, the other's still ahead
status-se-duty-late = By one way of counting, the time to apply has passed ({ $deadline }); by the other, it runs until { $latest }. Apply as soon as you can.
# one count's day gone; the other's runs past the certificate's end, which cuts it short
status-se-duty-late-cert = By one way of counting, the time to apply has passed ({ $deadline }); by the other it runs longer, but the certificate is valid only until { $expiry }. Apply while it is valid: its last working day is { $last }.
ended-se-duty = The 5-working-day term ran out on { $date }. What follows a late application, the rules do not say: ask the contact centre 1414.
ended-se-application = The decision was due by { $date }. If it has not come, file a complaint with the akimat that issues the certificate: it is considered within 5 working days.
rem-se-duty-extend = Apply to extend your self-employment certificate by { $deadline }: 5 working days from the day the employment contract was signed{ $one_day ->
        [yes] .
       *[no] { " " }(by the other way of counting, by { $latest }).
    }
rem-se-cert-ends-first = Apply to extend your certificate no later than { $safe }, its last working day: it is valid until { $expiry }, before the deadline { $deadline }. Whether a certificate can be extended after it ends, the rules do not say — ask the 1414 contact centre or check egov.kz.
rem-se-duty-reissue = Apply to re-issue your self-employment certificate by { $deadline }: 5 working days from the change{ $one_day ->
        [yes] .
       *[no] { " " }(by the other way of counting, by { $latest }).
    }
rem-se-duty-duplicate = Apply for a duplicate of your self-employment certificate by { $deadline }: 5 working days from the loss or damage{ $one_day ->
        [yes] .
       *[no] { " " }(by the other way of counting, by { $latest }).
    }
# the earlier count's day gone, the other count's last day: today (a working day, never moved)
rem-se-duty-latest-day = By one way of counting, the time to apply has passed ({ $deadline }); by the other, today, { $latest }, is the last day. Apply { $duty ->
        [reissue] to re-issue the certificate
        [duplicate] for a duplicate of the certificate
       *[extend] to extend the certificate
    } today, in working hours: an application filed later is accepted only after that day. If in doubt, ask the contact centre 1414.

status-ep-permit = Permit valid until { $expiry }. To have the extension decided in time, apply no later than { $latest } — our planning date: the rules in our sources set no time to apply (check with the akimat or call 1414).
# the planning date gone while the permit still runs (/status, /track)
status-ep-permit-late = The permit is valid until { $expiry }. Filing for the extension with time to spare (by { $latest }) is no longer possible: file as soon as possible, in working hours. What happens if the permit ends before the decision, our sources do not say — ask the akimat or call 1414.
status-ep-permit-no-working-day = The permit is valid until { $expiry }, but no working day is left before it ends: an extension application filed now will be accepted on { $accepted }, after the permit has ended. Whether it can be extended then, our sources do not say — check with the akimat or call 1414.
ended-ep-permit = The permit ended on { $date }. Whether it can be extended after that day, our sources do not say: ask the akimat or the contact centre 1414.
rem-ep-extension-plan = The permit ends on { $expiry }. When to apply for an extension, the rules in our sources do not say — check with the akimat or call 1414. An extension is decided within its working days, so apply no later than { $latest } (our planning date). Start preparing the documents now.
rem-ep-extension-latest = { $latest } is the last working day to apply for the extension and still get the decision before the permit ends on { $expiry } (a planning date, not a legal deadline).
rem-ep-expiry-last-day = The permit ends on { $expiry }. Today, { $last_wd }, is the last working day to apply for its extension while it is valid: an application filed after working hours or on a day off will be accepted on { $accepted }, after it has ended. If there is no decision on an extension yet, ask the akimat or call the 1414 contact centre.
status-ep-issue = Application filed: the notice of the decision is due by { $decision_by }, the whole procedure with the fee by { $total_by }.
rem-ep-issue-notice-due = The notice of the decision on the permit is due no later than { $decision_by }. After a decision to issue, the fee is paid within 10 working days; the whole procedure ends by { $total_by }.
status-ep-fee = Pay the permit fee by { $pay_by }.
status-ep-fee-notice = Pay the permit fee by { $pay_by } (counted from the notice, by { $pay_by_notice }).
# the day from the decision gone, the one from the notice ahead
status-ep-fee-notice-late = Counted from the decision, the time to pay the fee ran out on { $pay_by }; counted from the notice of the decision, the last day is { $pay_by_notice }. Pay at once and ask the akimat what now.
ended-ep-fee = The time to pay the fee, counted from the decision, ran out on { $date }; counted from the notice of the decision it may end later. Pay at once and ask the akimat what follows.
ended-ep-fee-notice = The time to pay the fee is over, counted from the decision and from its notice alike: the later of the two ended on { $date }. Pay at once and ask the akimat what follows.
ended-ep-application = The decision was due by { $date }. If it has not come, ask the akimat or the 1414 contact centre: where to appeal, our sources do not say.
rem-ep-fee-nudge = The permit fee must be paid by { $pay_by }: 10 working days from the decision. Pay in advance.
rem-ep-fee-last-day = { $reading ->
        [later] { $pay_by } is the safe last day to pay the permit fee (10 working days from the decision; counted from the notice received on { $received }, by { $pay_by_notice }).
        [same] { $pay_by } is the last day to pay the permit fee: counted from the decision and from its notice alike, the time ends on that day.
       *[unknown] { $pay_by } is the safe last day to pay the permit fee (10 working days from the decision; counted from the notice of the decision — later).
    }
# the day from the decision gone; the one from the notice (a working day, never moved) is today
rem-ep-fee-notice-last-day = The safe time to pay the permit fee — 10 working days from the decision — ran out on { $pay_by }. Counted from the notice of the decision, received on { $received }, today, { $pay_by_notice }, is the last day. Pay the fee today. If in doubt, ask the akimat or the contact centre 1414.

status-ks-status = Kandas status valid until { $valid_to }. To get the extension's answer in time, apply by { $latest } in working hours — our planning date, not a deadline: the rules do not say when to apply (ask the akimat or 1414).
status-ks-status-estimated = Kandas status valid until { $valid_to } by our estimate from the day of arrival (counting the year the other way, until { $valid_to_late }); go by the "valid until" date on your certificate. To get the extension's answer in time, apply by { $latest } in working hours — our planning date, not a deadline: the rules do not say when to apply (ask the akimat or 1414).
# the day to file for an answer before the end gone while the status still runs (/status, /track)
status-ks-status-late = The kandas status is valid until { $valid_to }. File for the extension as soon as possible: for an answer before that day you had to file by { $latest }. This is our planning date, not a deadline: the rules do not say when to apply — ask the akimat or 1414.
status-ks-status-estimated-late = The kandas status is valid until { $valid_to }, by our estimate from the day of arrival (counting the year the other way, until { $valid_to_late }); go by the "valid until" date on your certificate. File for the extension as soon as possible: for an answer before that day you had to file by { $latest }. This is our planning date, not a deadline: the rules do not say when to apply — ask the akimat or 1414.
# the earlier reading's last day gone, the later one's not yet: that one day (arrival, /status, /track)
status-ks-status-estimated-last-day = By our estimate from the day of arrival, kandas status was valid until { $valid_to } if the day of arrival is the year's first day; if not, its last day is { $valid_to_late }. Check the "valid until" date on your certificate. If you have not applied to extend it yet, contact the akimat or 1414 at once: whether the status can be extended after it ends, the rules do not say.
ended-ks-status = Kandas status and the certificate ended on { $date }. Whether the status can be extended after that day, the rules do not say: ask the contact centre 1414.
ended-ks-application = The decision was due by { $date }. If it has not come, file a complaint with the akimat: it is considered within 5 working days.
ended-rq-application = The decision was due by { $date }. If it has not come, file a complaint with the akimat: it is considered within 5 working days of its registration.
rem-ks-certificate-due = The kandas certificate is due by { $certificate_by } (3 days after arrival; calendar or working days, the rules do not say: the later date). It states your status's term: save its end date with /track.
rem-ks-extension-prepare = Kandas status ends on { $valid_to }. An extension is decided within 3 working days: for the answer to come before the status ends, apply by { $latest } — our planning date, not a deadline: the rules do not say when to apply (ask the akimat or 1414). Prepare the documents now.
rem-ks-extension-prepare-estimated = By our estimate from the day of arrival, kandas status ends on { $valid_to } (counting the year the other way, on { $valid_to_late }); the "valid until" date on your certificate is the one that counts. An extension is decided within 3 working days: for the answer to come before the status ends, apply by { $latest } — our planning date, not a deadline: the rules do not say when to apply (ask the akimat or 1414). Prepare the documents now.
rem-ks-extension-latest = { $latest } is the last working day to apply to extend kandas status and still get the answer (3 working days) before it ends on { $valid_to }. This is our planning date, not a deadline: the rules do not say when to apply — ask the akimat or 1414.
rem-ks-extension-latest-estimated = { $latest } is the last working day to apply to extend kandas status and still get the answer (3 working days) before it ends on { $valid_to } (our estimate from the day of arrival; counting the year the other way, { $valid_to_late }; if your certificate gives an earlier end date, go by it). This is our planning date, not a deadline: the rules do not say when to apply — ask the akimat or 1414.
rem-ks-status-ends = Kandas status and the certificate end on { $valid_to }.
rem-ks-status-ends-estimated = By our estimate from the day of arrival, kandas status and the certificate end on { $valid_to } (counting the year the other way, on { $valid_to_late }); check the "valid until" date on your certificate.
rem-ks-informed = The decision on the extension reaches the Public Service Centre (PSC) no later than { $informed_by }: ask there for the result.

status-trp-sixteen = Apply for the child's temporary residence permit by { $safe_by } (at the latest { $latest }).
status-trp-sixteen-late = The safe time to apply for the child's temporary residence permit has passed ({ $safe_by }); at the latest { $latest }. Apply as soon as you can.
status-trp-sixteen-none-left = Applying for the child's temporary residence permit: no working day is left before the end of the term ({ $latest }) — an application filed now will be accepted on { $next_wd }. Whether that is in time, the Rules do not say — check with the police or call 1414.
ended-trp-sixteen = The 10 days to apply for the child who turned 16 ran out on { $date }. Ask the migration police or the contact centre 1414 what to do now.
rem-trp-sixteen-soon = The child turns 16 on { $birthday }. The host must apply for a temporary residence permit within 10 calendar days; the safe last day is { $safe_by }. Prepare the documents.
rem-trp-sixteen-last = { $safe_last } is the last working day before the safe deadline ({ $safe_by }) to apply for the temporary residence permit of the child who turned 16. The latest reading gives { $latest }.
rem-trp-sixteen-last-both = Today, { $safe_last }, is the last working day to apply for the temporary residence permit of the child who turned 16, on both readings of the term (safe: { $safe_by }; at the latest: { $latest }): only days off follow up to the end of the term, and an application filed on a day off is accepted only on { $next_wd }. Apply today, in working hours.
# the safe day gone, the latest reading's last day (a working day) today.
rem-trp-sixteen-latest-day = The safe time to apply for the temporary residence permit of the child who turned 16 has passed ({ $safe_by }). On the latest reading, today, { $latest }, is the last day: apply today, in working hours — an application filed later is accepted only after it. If in doubt, ask the migration police or the contact centre 1414.
status-trp-transfer = Intra-corporate transfer ends on { $ends }.
ended-trp-transfer = The intra-corporate transfer ended on { $date }. Whether it can be extended after it has ended, our sources do not say — ask 1414.
ended-trp-application = The decision was due by { $date }. If it has not come, ask about it where you filed the application, or the 1414 contact centre.
rem-trp-transfer-soon = The intra-corporate transfer ends on { $ends }. It lasts at most 3 years, with the right to extend it by a year: ask your employer or 1414 in advance how to extend it.
rem-trp-transfer-ends = The intra-corporate transfer ends on { $ends }.

status-prp-application = Application filed: the notice of the decision, by our estimate, no later than { $notice_latest } (the total term is in Appendix 3 to the Rules, which is not in our sources).
ended-prp-application = By our estimate, the notice of the decision was due no later than { $date }. The overall time limit is in Appendix 3 to the Rules, which our sources lack: if there is no answer, ask the migration police, the 1414 contact centre or check egov.kz.
rem-prp-notice-estimate = By our estimate, the last day for the notice of the decision on your permanent residence permit is { $notice_latest }. The total term is in Appendix 3 to the Rules, which is not in our sources: if there is nothing yet, ask the migration police, the 1414 contact centre or check egov.kz.
status-prp-hearing = The hearing: be ready by { $ready_by }; it is held no later than { $latest }.
status-prp-hearing-any-day = The hearing is held no later than { $latest }: be ready to come.
ended-prp-hearing = The time for the hearing ran out on { $date }. If there was no hearing, contact the police at once.
rem-prp-hearing = The hearing on your application is held no later than { $latest }; it can be as early as { $ready_by }. Be ready to come.
status-prp-exit = Leave Kazakhstan by { $safe } (at the latest { $outer }). You may apply again from { $reapply }.
# the safe day to leave gone, the other reading's ahead
status-prp-exit-late = By our count the safe day to leave ({ $safe }) has passed; on the other reading, it is { $outer }. If you are still in Kazakhstan, contact the migration police at once. You can apply again from { $reapply }.
# the item is over whether or not the user left: said for one who is still here
ended-prp-exit-if-here = The 30 days to leave ran out on { $date }. If you are still in Kazakhstan, contact the migration police at once.
rem-prp-exit-nudge = After the annulment you must leave Kazakhstan by { $safe } (the safe last day; by the other reading { $outer }).
rem-prp-exit-last = { $safe } is the safe last day to leave Kazakhstan after the annulment (by the other reading { $outer }).
# the safe day to leave gone, the other reading's last day (a working day) today.
rem-prp-exit-outer-day = The safe day to leave Kazakhstan after the annulment ({ $safe }) has passed. On the other reading, today, { $outer }, is the last day. If you are still in Kazakhstan, leave today. If in doubt, contact the migration police at once or call 1414.
status-prp-reapply = You may apply for a permanent residence permit again from { $safe }.
rem-prp-reapply = From { $safe } you may apply for a permanent residence permit again (one year after the conclusion has passed).

## What an item is: first on its /status line, in its reminders and calendar events (dialogs/schedules, `name`)
item-lp-permit = { track-service-lp }
item-lp-application = { track-service-lp } — application
item-lp-termination = { track-service-lp } — contract ended
item-se-permit = { track-service-se }
item-se-application = { track-service-se } — { $request ->
        [issue] application to issue
        [extend] application to extend
        [reissue] application to re-issue
        [duplicate] application for a duplicate
       *[other] application
    }
item-se-duty = { track-service-se } — { $duty ->
        [extend] extension
        [reissue] re-issue
        [duplicate] duplicate
       *[other] 5-working-day duty
    }
item-ep-ict = { track-service-ep } (intra-corporate transfer)
item-ep-permit = { $goal ->
        [ict] { item-ep-ict }
       *[other] { track-service-ep }
    }
item-ep-application = { $request ->
        [ict-issue] { item-ep-ict } — application to issue
        [ict-extend] { item-ep-ict } — application to extend
        [ict-reissue] { item-ep-ict } — application to re-issue
        [issue] { track-service-ep } — application to issue
        [extend] { track-service-ep } — application to extend
        [reissue] { track-service-ep } — application to re-issue
       *[other] { track-service-ep } — application
    }
item-ep-fee = { track-service-ep } — fee
item-ks-status = { track-service-ks }
item-ks-application = { track-service-ks } — { $request ->
        [assign] application for the status
        [extend] application to extend
       *[other] application
    }
item-rq-application = { track-service-rq } — { $applicant ->
        [kandas] a kandas's application
        [resettler] a resettler's application
       *[other] application
    }
item-trp-permit = { track-service-trp }
item-trp-application = { track-service-trp } — application
item-trp-sixteen = { track-service-trp } — a child turning 16
item-trp-transfer = { track-service-trp } — intra-corporate transfer
item-prp-application = { track-service-prp } — application
item-prp-hearing = { track-service-prp } — hearing
item-prp-exit = { track-service-prp } — leaving after annulment
item-prp-reapply = { track-service-prp } — applying again after refusal

## /track: which service, which kind, then the dates

track-service-question = Which service is it about?
track-service-lp = Labour immigrant permit
track-service-se = Self-employment certificate
track-service-ep = Employer's permit
track-service-ks = Kandas status
track-service-rq = Regional quota
track-service-trp = Temporary residence permit
track-service-prp = Permanent residence permit
track-kind-question = What should I save?
track-kind-se-permit = The certificate I hold
track-kind-se-duty = A 5-working-day duty
track-kind-ep-permit = A permit we hold
track-kind-ep-fee = The permit fee to pay
track-kind-ks-status = My status (certificate)
track-ks-arrival-estimate = The year is our estimate from your arrival (the decision takes effect that day): until { $valid_to }, or { $valid_to_late } counting from the next day. The exact date is on the certificate: once you have it, track it (button below).
track-kind-ks-arrival = I arrived in the region
track-kind-trp-sixteen = A child turning 16
track-kind-trp-transfer = Intra-corporate transfer
track-kind-prp-hearing = A hearing notice
track-kind-prp-exit = Annulment: leaving
track-kind-prp-reapply = Refusal: applying again
track-request-question = What was the application for?
track-request-ict-issue = Transfer: issue
track-request-ict-extend = Transfer: extension
track-request-ict-reissue = Transfer: re-issue
track-request-ks-extend = Extending the status
track-duty-question = What happened?
track-duty-se-extend = I signed a work contract
track-duty-se-reissue = Name, ID or employer changed
track-duty-se-duplicate = Certificate lost or damaged
track-event-question = On what date did it happen?
track-expiry-question = Until what date is it valid? Write the last day shown on the document.
track-goal-question = Which permit is it?
track-goal-categories = Categories 1–4 or seasonal
track-applicant-question = Who applied for the quota?
track-applicant-kandas = A kandas
track-applicant-resettler = A resettler
track-result-check = Check the dates below. Nothing is saved yet: press “🔔 Remind me of deadlines”, and I will save them and remind you at 9:00 (Almaty time).

tracking-saved-again = This is already saved: I updated it, nothing is doubled. The next reminder: { $next } at 9:00 (Almaty time). All deadlines: /status.
# a second 🔔 press within seconds of the first (a toast, at most 200 characters)
tracking-saved-above = 🔔 Already saved: the confirmation is just above.
tracking-saved-again-no-upcoming = This is already saved: I updated it, nothing is doubled. All its deadlines have passed, so there will be no reminders. All deadlines: /status.
tracking-saved-again-no-reminders-left = This is already saved: I updated it, nothing is doubled. There will be no more reminders for it: what is left is said below. All deadlines: /status.
# after a save: current items of the same thing (same title) with other dates — an answer
# corrected after saving, or a renewed permit whose old item still reminds. $items: their
# /status lines, numbered "1) …" when $count > 1
tracking-saved-twin = { $count ->
        [one] The same thing was saved before, with other dates:
       *[other] The same thing was saved before { $count } more times, with other dates:
    }
    { $items }
    If the new one replaces the earlier one, delete the earlier one, or its reminders will keep coming too. If you need both, do nothing.
# under that text, one per earlier item; $n is 0 when there is one
button-twin-delete = { $n ->
        [0] 🗑 Delete the earlier one
       *[other] 🗑 Delete earlier one { $n }
    }

## A temporary residence permit held: reminders on the user's own last day (the Rules set no term)
track-kind-trp-permit = My permit: its last day
status-trp-permit = Your temporary residence permit is valid until { $expiry } (the date you gave).
track-note-trp-permit-silent = The rules in our sources set neither the permit's term nor when and how to extend it or get a new one. I will remind you 60 and 14 days before its last day: our choice, not a rule. If your term of stay runs out, documents for a permit are accepted only in two cases. Ask 1414 or egov.kz what to do.
rem-trp-permit-soon = Your temporary residence permit is valid until { $expiry }. How and when to extend it or get a new one, the rules do not say; if your term of stay runs out, documents for a permit are accepted only in two cases. Ask 1414 or egov.kz now what you need, and apply in time.
ended-trp-permit = Your temporary residence permit ended on { $date }. If your term of stay has run out, documents for a permit are accepted only in two cases. Call 1414.

## /track: a self-employment extension duty asks the certificate's last day (AMB-09)
track-se-cert-question = Do you know until what date your certificate is valid? The date is on the certificate; it may end before the 5 working days are up.
track-se-cert-date = Yes, I'll enter the date
track-se-cert-unknown = I don't know
track-se-result-cert-ended = Your certificate's last day is { $expiry }: an extension cannot be filed while it is still valid. I do not plan reminders for it.
track-se-reason-accepted-after = You apply for the extension after the employment contract is signed, and an application sent on a day off or after working hours is accepted the next working day: before { $expiry } no working day is left for it.
track-se-cert-first = Apply by { $safe }, the last working day of your certificate: it is valid until { $expiry }, before the deadline { $deadline }. Whether a certificate can be extended after it ends, the rules do not say, and an application sent on a day off is accepted the next working day.
track-se-cert-later = Your certificate is valid until { $expiry }: it does not end before the deadline { $deadline }.
track-se-note-cert-unknown = You did not give the certificate's last day. It matters: if the certificate ends before { $deadline }, apply while it is still valid — whether an ended certificate can be extended, the rules do not say. Check the date on your certificate; you can add it later: ✏️ in /status.

## /track: the employer's fee asks the day the notice came (rows 5 and 8, AMB-14)
track-ep-notice-same = On the day of the decision
track-ep-notice-other = On another day
track-ep-notice-unknown = Not yet / I don't know
track-ep-notice-date = On what date did the notice come?
