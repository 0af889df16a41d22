## Labour-immigrant permit (tree dialogs/trees/labour-permit.yaml).

labour-permit-title = Labour-immigrant permit
lp-point-header = repeal note
lp-point-title = title
lp-source-eaeu-treaty = Treaty on the Eurasian Economic Union (Astana, 29.05.2014), outside our main sources
lp-point-eaeu-art97 = art. 97({ $point })

lp-role-question = Who are you?
lp-role-immigrant = A foreigner who wants to work
lp-role-employer = I hire for my household

lp-citizenship-question = Which country are you a citizen of? Citizens of the Eurasian Economic Union (EAEU) work without a permit.
lp-citizenship-question-employer = Which country is your worker a citizen of? Citizens of the Eurasian Economic Union (EAEU) work without a permit.
lp-citizenship-am = Armenia
lp-citizenship-by = Belarus
lp-citizenship-kg = Kyrgyzstan
lp-citizenship-ru = Russia
lp-citizenship-other = Another country

lp-result-eaeu = A citizen of an EAEU member state needs no permit to work in Kazakhstan.
lp-reason-eaeu-no-permit = EAEU Treaty: workers from member states need no work permit.
lp-reason-eaeu-employer = An employer may hire you without the limits that protect the local labour market.
lp-reason-eaeu-employer-hire = You may hire such a worker without the limits that protect the local labour market.
lp-reason-eaeu-registration = You still have to be registered where you stay: the police keep that register.
lp-note-eaeu-silent = This source does not say how long you may stay or on what terms you register.
lp-link-registration = Registration where you stay

lp-has-permit-question = Do you already have a labour-immigrant permit?
lp-has-permit-no = No, I need a first one
lp-has-permit-yes = Yes, a valid one
lp-has-permit-old = Yes, issued under 2019 rules
lp-has-permit-lost = Yes, but lost or damaged
lp-has-permit-revoked = About revocation

lp-result-old-rules = The 2019 rules are no longer in force: permits are not issued or extended under them.
lp-reason-2019-repealed = The 2019 regulation (Interior Ministry order No. 532) was repealed by order No. 273 of 31.03.2020.
lp-reason-provider-now = Today the district or city akimat issues it; you apply at a TsON (Government for Citizens service centre), egov.kz or migration.enbek.kz.
lp-reason-term-now = A permit is issued for 1 to 12 months. Check the end date on your permit.
lp-link-check-dates = Check my permit's dates
lp-link-first-permit = How to get a permit

lp-no-work-without-permit = You may not work until you have the permit. It is issued by the akimat (local executive body) of the district or city of regional significance, within the quota.

lp-property-question = Will you work in a house or flat that your employer owns?
lp-property-owned = Yes, the employer owns it
lp-property-rented = No, it is rented
lp-property-unsure = I don't know
lp-property-unsure-info = The permit is issued for the address of a home the employer owns. Ask your employer who owns it: otherwise the permit may be refused.

lp-result-not-eligible-property = Under our sources, a permit to work at a rented address will most likely not be issued.
lp-reason-owned-property = The permit is issued for the address of the employer-owned home where you will work.
lp-reason-owned-property-employer = The permit is issued for the address of a home you own, where the worker will work.
lp-reason-territory = The permit cannot be passed to anyone else; it is valid only in the district or city that issued it.
lp-note-rented-ambiguous = The rules do not speak of rented homes. We take the careful reading: the employer must own the home. Ask the akimat before you apply.

lp-in-kz-question = Will you be in Kazakhstan on the day you file?
lp-abroad-info = Through migration.enbek.kz the permit is issued once you and the employer sign the agreement of intent after you have entered Kazakhstan. You need a passport with Kazakhstan border stamps from the last 12 months.

lp-term-question = For how many months do you need the permit? From 1 to 12.

lp-file-date-question = When will you file the application? Type the date. The decision time counts from the day it is accepted.
lp-file-hours-question = At what time? An application filed after working hours, on a day off or a holiday is accepted the next working day.
lp-file-in-hours = During working hours
lp-file-after-hours = After hours or day off
lp-passport-question = Until what date is your passport valid? Expired documents are not accepted.
lp-passport-stamp-question = Does your passport have a Kazakhstan border stamp (entry or exit) from the 12 months before the filing day?
lp-passport-stamp-yes = Yes, it does
lp-passport-stamp-no = No
lp-passport-stamp-unsure = Not sure

lp-has-medical-question = Do you already have a form 028/u medical certificate? It must be issued no more than 12 months before you apply.
lp-has-medical-yes = Yes, I have it
lp-has-medical-no = Not yet
lp-medical-date-question = On what date was the 028/u certificate issued? Type the date shown on it.

lp-has-insurance-question = Do you already have the medical insurance for the permit? It must cover the whole term you ask for in the application.
lp-has-insurance-yes = Yes, I have it
lp-has-insurance-no = Not yet
lp-insurance-until-question = Until what date is the insurance valid? Type its last day.

lp-block-passport = Not ready: your passport is valid until { $until }, but the application would be accepted on { $accepted }. Renew the passport first.
lp-block-passport-stamp-missing = Risky: your passport has no Kazakhstan border stamp from the 12 months before filing. On the strict reading of the rule such a stamp is required, and without it the documents are refused; on the other, the passport only shows the stamps of that period, if there are any.
lp-blocked-passport-stamp-missing = We go by the strict reading. Before filing, ask the akimat, a TsON or 1414 whether a passport without such a stamp will be accepted.
lp-block-passport-stamp-unsure = Check before filing: look in your passport for a Kazakhstan border stamp from the 12 months before filing. On the strict reading of the rule it is required, and without it the documents are refused; on the other, the passport only shows the stamps of that period.
lp-blocked-passport-stamp-unsure = If the stamp is there, change your answer: «✏️ Change an answer». If not, we go by the strict reading: before filing, ask the akimat, a TsON or 1414 whether the passport will be accepted without it.
lp-block-medical = Not ready: your 028/u certificate is good until { $valid_until }, but the application would be accepted on { $accepted }. Get a new one.
lp-block-medical-decision = Risky: your 028/u certificate is good until { $valid_until }, the application would be accepted on { $accepted }, and the decision is due by { $decision_by }. The rule does not say on which day the 12 months count: on the decision day the certificate may already be older; on the filing day it is fine.
lp-blocked-medical-decision = It is safer to get a new 028/u certificate before filing. Check which day counts at a TsON or on 1414.
lp-block-insurance = Risky: your insurance ends { $until }. On the strict reading of the rule it must cover the whole term applied for from the permit's first day, that is until { $needed }; on another, a policy as long as the term applied for ({ $months } months) is enough.
lp-blocked-insurance-short = We follow the strict reading: it is safer to extend the insurance before filing, or the application may be refused at acceptance. You can check at a TsON or on 1414.
lp-block-insurance-expired = Not ready: your insurance ended { $until }, but the application would be accepted on { $accepted }. Get a new one for the whole term in the application.
lp-block-extension-late = Too late: the application would be accepted on { $accepted }, and the window's last day is { $closes }. { $last_days ->
        [same] File earlier: by { $last_wd }, in working hours.
        [safe-passed] File by { $last_wd }, in working hours: the last day read literally (on the careful count the last working day was { $safe_wd }).
       *[differ] File earlier: safe — by { $safe_wd } (in working hours); read literally — { $last_wd }.
    }
lp-blocked-not-extended = A permit is not extended if the application comes later than 5 calendar days before it expires.
lp-block-extension-late-closed = Too late: the extension window has closed — the last day an application could be accepted was { $last_wd }. An application accepted on { $accepted } comes after the window: the permit is not extended on it. The permit is valid until { $expiry }; after that you may not work without a permit.
lp-block-extension-late-expired = Too late: your permit expired on { $expiry }, and the extension window closed before that — the last day an application could be accepted was { $last_wd }. An application accepted on { $accepted } comes after the window: the permit is not extended on it.
lp-blocked-not-extended-closed = A permit is not extended if the application comes later than 5 calendar days before it expires — this can no longer be fixed. You may not work without a valid permit. Our sources do not say what to do next: ask the akimat or a TsON.
# the window's last day D-1 a day off (`closes_day_off`): said so, with its last working day (¶12)
lp-block-new-late = { $closes_day_off ->
        [yes] Too late: the application would be accepted on { $accepted }, but the new-permit window closes { $closes }, and that is not a working day: the window's last working day is { $closes_wd }.
       *[other] Too late: the application would be accepted on { $accepted }, but the new-permit window closes { $closes }.
    }
lp-blocked-new-window = Our sources do not say whether an application outside the window is accepted. You may not work after the permit expires.
lp-block-new-late-closed = Too late: on our reading the new-permit window closed on { $closes }, and the application's day of acceptance is { $accepted }. On another reading you can still apply on { $expiry }, the permit's last day: ask a TsON or 1414 at once.
# as lp-block-new-late-closed, the permit's last day a day off (¶12, A04)
lp-block-new-late-closed-day-off = Too late: on our reading the new-permit window closed on { $closes }, and the application's day of acceptance is { $accepted }. On another reading you may also apply on the permit's last day, { $expiry }, but that is a day off: an application sent then is accepted only on { $expiry_accepted }, after the permit ends, and whether the sending day counts, the rules do not say. Ask a TsON or 1414 at once.
lp-block-new-late-expired = Too late: your permit expired on { $expiry }, and on our reading the new-permit window closed on { $closes } (on the latest, on { $expiry }); the application's day of acceptance is { $accepted }.
lp-blocked-new-window-expired = It is no longer possible to apply for a new permit in time: on every reading the window ends by the permit's last day. Whether an application filed outside the window on our reading is accepted, our sources do not say — ask the akimat or a TsON. You may not work without a valid permit.
lp-block-abroad = Not ready: you will not be in Kazakhstan on the day you file. Through migration.enbek.kz the permit is issued only after entry, once you and the employer sign the agreement of intent; at a TsON documents are filed in person.
lp-block-abroad-tson = Not ready: at a TsON documents are filed in person, and you will not be in Kazakhstan on the day you file.
lp-block-enbek-window = Check before filing: through migration.enbek.kz the permit is received within 10 calendar days of signing the agreement ({ $signed }): safely by { $safe_by }, on the other reading by { $latest }, but the decision is due by { $decision_by }.
lp-blocked-enbek-window-consequence = The quota is held for you only those 10 days. What happens if the decision comes later, the rules do not say: file earlier or check with the akimat.
lp-block-enbek-unsigned = Not ready: the agreement of intent ({ $signed }) is one of the documents; it is signed before filing ({ $filed }).
lp-blocked-abroad = File after you enter: the decision time counts from the day the application is accepted. Whether you can file on egov.kz from abroad, our sources do not say — ask 1414.
lp-block-property-unknown = First find out whether the employer owns the home: the permit is issued only for an address the employer owns, where you will work.
lp-blocked-property-unknown = Until that is known we cannot say whether the permit will be issued. The rules do not speak of rented homes directly — ask the akimat before filing.
lp-block-medical-missing = Not ready: you need a 028/u medical certificate issued no more than 12 months ago. Get it before filing.
lp-block-insurance-missing = Not ready: you need medical insurance for the whole term in the application. Get it before filing.
lp-block-extension-disputed-open-accepted = Early on the careful count: the application would be accepted on { $accepted }, the window's first day only if counted literally. { $moved ->
        [yes] Safe: file from { $safe_opens }; that is a day off, so a filing then is accepted on { $safe_accepted }.
       *[no] Safe: file from { $safe_opens }.
    }
lp-blocked-extension-disputed-open = "Not earlier than 30 calendar days before expiry" can also be read so that the window opens a day later. An application filed before the window may not be accepted — filing a day later is safer.
lp-block-extension-disputed-open-sent = Early, if the filing day is the day you send it: the application is sent on { $filed }, before the window's safe first day, { $safe_opens }. It is accepted on { $accepted }: by the day of acceptance, that is inside the window.
lp-blocked-extension-disputed-open-sent = The rules do not say whether the filing day is the day of sending or of acceptance. An application filed before the window may be refused: it is safer to send it no earlier than the window's safe first day.
lp-block-extension-disputed-close = Risky: the application would be accepted on { $accepted }, the window's last day only if counted literally. { $last_days ->
        [safe-passed] On the careful count the last working day was { $safe_wd }: file as soon as you can.
       *[other] Safe: file by { $safe_wd }, in working hours.
    }
lp-blocked-extension-disputed-close = If the careful reading is right, the application is filed later than 5 days before expiry, and such a permit is not extended. Ask a TsON or 1414 in advance whether it will be accepted.
lp-block-extension-disputed-close-gone = An application accepted on { $accepted } falls on the extension window's last day only by the literal count; by the cautious one the last working day was { $safe_wd }. That day has passed and the window has closed: if the application was not filed, the permit can no longer be extended.
lp-blocked-extension-disputed-close-gone = If the cautious reading is right, a permit is not extended on an application filed later than 5 days before the end; on the literal one it is considered. The state body decides; what to do if it is not extended our sources do not say: ask the akimat or a TsON.
# our window's last day D-1 a day off (`closes_day_off`): said so, with its last working day (¶12)
lp-block-new-disputed = { $closes_day_off ->
        [yes] Risky: the application would be accepted on { $accepted }. On one reading it had to be filed by { $safe } (4 days before expiry); on ours the window runs to { $closes }, but that is not a working day: the window's last working day is { $closes_wd }. File as soon as you can, in working hours.
       *[other] Risky: the application would be accepted on { $accepted }. On one reading it had to be filed by { $safe } (4 days before expiry); on ours the window runs to { $closes }. File as soon as you can.
    }
lp-blocked-new-disputed = If the strict reading is right, the application for a new permit may not be accepted. Ask a TsON or 1414 in advance. You may not work after the permit ends.

lp-channel-question = How will you file the documents? A TsON is a Government for Citizens service centre.
lp-channel-gov-corp = In person at a TsON
lp-channel-egov = Online on egov.kz
lp-channel-enbek = Online on migration.enbek.kz
lp-enbek-agreement-question = On what date did you and the employer sign (or will you sign) the agreement of intent to conclude an employment contract? Through migration.enbek.kz it is signed after entering Kazakhstan.
lp-enbek-after-entry-question = Was the agreement signed (or will it be signed) after you entered Kazakhstan?
lp-block-enbek-before-entry = { $answer ->
        [unsure] Check before filing: through migration.enbek.kz the permit is issued when the agreement of intent is signed after entry into Kazakhstan, and you are not sure yours was signed after entry.
       *[other] Risky: through migration.enbek.kz the permit is issued when the agreement of intent is signed after entry into Kazakhstan, and yours was signed before entry.
    }
lp-blocked-enbek-before-entry = The rule can be read two ways: after entry the agreement of intent is signed — or the employment contract is concluded. On the strict reading, an agreement signed before entry does not do for migration.enbek.kz: check with 1414 before filing, or file at a TsON or on egov.kz — the rules set no such condition for them.

lp-result-first-permit = You can apply for the permit. Decision by { $decision_by }.
lp-reason-quota = Permits are issued within the quota set by the migration authority.
lp-reason-decision-accepted = Accepted on { $accepted }; the decision takes 2 working days, not counting the day of filing.
lp-reason-decision-time = The decision is taken within 2 working days, not counting the day of filing; a filing after hours, on a day off or a holiday is accepted the next working day. Decision by { $decision_by }.
lp-reason-no-work-until-issued = You may work only once the permit is issued.
lp-note-citizenship-not-decidable = The akimat checks your citizenship against art. 43-1 of the Law "On migration of the population". That text is not in our sources, so the bot cannot tell whether your citizenship qualifies.
lp-note-citizenship-quota-not-decidable = The akimat checks your citizenship under article 43-1 of the Law on Migration (its text is not in our sources) and issues permits within the migration authority's quota. Whether your citizenship qualifies and whether the quota still has room the bot cannot say: ask the akimat or call 1414.
lp-note-provider-conditions-silent = The akimat also checks the conditions of art. 43-2 p. 5 of the Law "On migration of the population". That text is not in our sources: ask 1414 what it requires.
lp-result-abroad-egov = Ask 1414 or egov.kz whether you can file on egov.kz from abroad: our sources do not say. If the application is accepted, the decision comes by { $decision_by }.
lp-result-abroad-egov-filed-if = If your application on egov.kz was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, check your egov.kz account or call 1414. If you have not filed, first ask 1414 whether you can file on egov.kz from abroad (our sources do not say), then choose a new date: «✏️ Change an answer».
lp-note-egov-abroad-silent = At a TsON one files in person, on migration.enbek.kz after entry. Whether you must be in Kazakhstan to file on egov.kz, the sources do not say: ask 1414 before filing.

lp-documents-first = Documents for the first permit:
lp-doc-application = Application for the permit, signed by you and the employer (you get a copy).
lp-doc-application-employer = Application for the permit, signed by the worker and you (a copy of the application is issued).
lp-doc-application-extension = Application to extend the permit, signed by you and the employer.
lp-doc-tax-receipt = Receipt for the advance payment of individual income tax.
lp-doc-passport = A valid passport with Kazakhstan border stamps from the last 12 months.
lp-doc-passport-employer = The worker's valid passport with Kazakhstan border stamps from the last 12 months.
lp-doc-medical = Form 028/u medical certificate issued no more than 12 months ago.
lp-doc-medical-yours = Your 028/u certificate — fine if the application is accepted by { $valid_until }.
lp-doc-medical-renew = A new 028/u certificate: the one of { $issued } will be over 12 months old when you file.
lp-doc-medical-decision = A new 028/u certificate is safer: yours is good until { $valid_until }, and the decision is due by { $decision_by }. If the 12 months count on the filing day, yours will do: check on 1414.
# `short` no: the policy the user named is long enough on our reading (its start not asked, A09)
lp-doc-insurance = { $short ->
        [no] Your medical insurance until { $until } (primary care and emergency in-patient care), entered in the Unified Insurance Database. On our reading it must already run from { $from }: check the start date printed on the policy.
       *[other] Medical insurance (primary care and emergency in-patient care) for the whole term ({ $months } months), entered in the Unified Insurance Database.
    }
lp-doc-insurance-yours = Your medical insurance until { $until } (primary care and emergency in-patient care), entered in the Unified Insurance Database. On our reading it must already run from { $from }: check the start date printed on the policy.
lp-doc-insurance-employer = The worker's medical insurance (primary care and emergency in-patient care) for the whole term in the application, entered in the Unified Insurance Database.
lp-doc-insurance-extension = Medical insurance (primary care and emergency in-patient care) for the whole new term, entered in the Unified Insurance Database.
lp-doc-agreement = Agreement of intent to conclude an employment contract, signed by you and the employer.
lp-doc-agreement-employer = Agreement of intent to conclude an employment contract, signed by you and the worker.
lp-doc-enbek-registration = Registration on migration.enbek.kz: passport details, qualification, skills and work experience.
lp-doc-enbek-ten-days-from-signing = Through migration.enbek.kz the permit comes within 10 calendar days from the day the agreement of intent is signed; the quota is held for you meanwhile.
lp-note-tax-amount-silent = The tax amount is set by the Tax Code (art. 360(2) or art. 658(5)). Its text is not in our sources: check the amount on egov.kz or with 1414.
lp-note-passport-stamps = No Kazakhstan border stamp in the passport from the 12 months before the filing day (say, you entered earlier and have not left since)? Point 2.3 can be read two ways: that such a stamp is required — then the documents are refused without it — or only that the passport shows the stamps of that period. Go by the first: before filing, ask the akimat, a TsON or 1414.
lp-note-insurance-reading = The rule: insurance "valid for no less than the term stated in the application". The permit's first day is not stated, so we count strictly: from the decision day (for an extension, from the day after the current permit ends; for a new permit after 12 months, from the later of the two) to the end of the months applied for.
lp-note-incomplete-refused = If a document is missing or has expired, the application will not be accepted.
lp-note-where-result = The result comes where you filed: to the TsON or to your account on egov.kz / migration.enbek.kz.
lp-note-where-result-employer = The result comes where the worker filed: to the TsON or to the worker's account on egov.kz / migration.enbek.kz.

lp-expiry-question = What is the last day of your permit? Type the date printed on it.
lp-cumulative-question = How many months does your permit cover in total, with all extensions? (1 to 12)

lp-result-expired = Your permit expired on { $expiry }. It can no longer be extended.
lp-reason-not-extended-late = A permit is not extended if the application comes later than 5 calendar days before it expires.
lp-reason-no-work-after-expiry = After { $expiry } you may not work without a valid permit.
lp-reason-decision-after-expiry = The extension may be decided after { $expiry }, by { $decision_by }. After { $expiry } you may not work without a valid permit.
lp-note-after-expiry-silent = Our sources do not say what to do next. Do not count on an extension — ask the akimat or a TsON.
lp-expired-extension-filed-question = Your permit expired on { $expiry }. Was your extension application accepted by { $closes }, the window's last day by the literal count? An application filed in the evening, at a weekend or on a holiday is accepted on the next working day.
lp-expired-extension-safe-question = "Not later than 5 calendar days before expiry" can also be read more cautiously: 5 whole days must be left. Then the window's last working day is { $safe_wd }. Was the application accepted by { $safe_wd }?
lp-result-expired-extension-disputed = Your extension application was accepted in time only by the literal count (by { $closes }). By the cautious one the window's last working day was { $safe_wd }, and then it was filed late. Whether the permit is extended is for the state body to decide: ask where you filed, or call 1414. After { $expiry } do not work without the extended permit.
lp-result-expired-extension-pending = You applied for the extension in time: wait for the akimat's decision. After { $expiry } do not work without the extended permit. Ask about the decision where you filed, or call 1414.
lp-reason-decision-time-accepted = The decision is taken within 2 working days, not counting the day of filing; a filing after hours, on a day off or a holiday is accepted the next working day.
lp-note-pending-after-expiry-silent = Our sources do not say where you stand between the permit's end and the decision. One thing is clear: you may not work without a valid permit. Ask a TsON or 1414.
lp-expired-new-filed-question = Your permit expired on { $expiry }. Did you apply for a new permit by { $expiry }?
lp-result-expired-new-pending = You applied for a new permit before the term ended, but whether that was in time depends on how the 4-day rule is read (below). Wait for the akimat's decision and check where you applied or by calling 1414. After { $expiry } do not work without a new permit.
lp-result-expired-cap = Your permit expired on { $expiry }. It could not be extended — you had reached 12 months — and the time to apply for a new permit has passed.
lp-note-after-expiry-new-silent = Our sources do not say whether a new permit can be applied for after the old one has ended. Do not work, and ask the akimat or a TsON.

lp-result-extension-too-early = Too early to extend: safe — apply from { $opens }.
lp-reason-window = An extension is filed 30 to 5 calendar days before expiry. First day: safe — { $safe_opens }; read literally — { $opens }.
lp-reason-window-last-day = { $last_days ->
        [same] Last day: { $last_wd }, in working hours, however you count: read literally the window runs to { $closes }, but that is a day off.
       *[other] Last day: safe — { $safe_wd }; read literally — { $closes }.
    }
lp-reason-last-working-day = An application filed on a day off or holiday is accepted only the next working day, so the safe last day is { $last_wd }, in working hours.
lp-reason-max-extension = With extensions a permit is at most 12 months: you can extend by up to { $max_months } months.
lp-note-window-reading = "No later than 5 calendar days before expiry" can be read two ways: the last day is 5 days before the end, or 6 (so that 5 whole days remain). The earlier date is the safe one. The window's start ("not earlier than 30 days") reads the same way: 30 days or 29 — the later is safer. On a day off the application is accepted only the next working day.
lp-note-new-permit-months = If this is a new permit, obtained after 12 months on earlier ones (¶22), the rules do not say whether the 12 months count afresh. On the strict reading the 12 months with extensions are used up and it cannot be extended: check with the akimat or 1414 before filing.

lp-extension-months-question = The extension window is open. For how many months do you want to extend? At most { $max_months }.
lp-result-extension-too-long = You cannot extend that long: you ask for { $asked } months, the maximum is { $max_months }. Enter another term.

lp-result-extension-now = You can apply to extend. Decision by { $decision_by }.
lp-reason-late-not-extended-both = { $last_days ->
        [same] If the application is accepted after { $closes } (last working day { $last_wd }), the permit will not be extended.
       *[other] On the careful count the permit will not be extended if the application is accepted after { $safe_wd }; read literally, after { $closes }.
    }
lp-result-extension-day-off = Today is a day off: the application would be accepted only on { $accepted }, after the window's last day ({ $closes }).
lp-reason-accepted-next-working-day = On days off and holidays applications are accepted the next working day — for you, { $accepted }.
lp-note-day-off-reading = The rules do not say which date counts as the filing date — the day sent or the day accepted. We take the careful one: the day accepted. Ask a TsON or the akimat urgently.

lp-result-extension-too-late = The extension deadline has passed: the last day to file was { $closes }. The permit is valid until { $expiry }.
lp-note-after-late-silent = Our sources do not say what to do after missing the extension window. Do not work after the permit expires and ask the akimat or a TsON.

lp-documents-extension = Documents for the extension:
lp-note-extension-same-list = The sources give no separate list for an extension; the refusal for missing or expired documents applies to extensions too. Prepare the same full set.

lp-result-new-permit-too-early = You have reached 12 months: no extension, you need a new permit. On the earliest reading you must file on { $safe }, on another the window opens only on { $late_opens }: ask a TsON or 1414 in advance from which day they accept the application.
lp-result-new-permit-day-off = You have reached 12 months: you need a new permit. The day 4 days before expiry, { $safe }, is a day off: an application filed then is accepted on { $accepted }. No day fits every reading — ask a TsON or 1414 in advance.
lp-result-new-permit-day-off-earliest = You have reached 12 months: you need a new permit. On the earliest reading you must file by { $safe_wd }, the last working day before { $safe } (4 days before expiry, a day off). On the others the window opens on { $safe } or later, and a filing that day is accepted on { $accepted }. No day fits every reading — ask a TsON or 1414 in advance.
lp-reason-cap-reached = A permit with extensions lasts at most 12 months.
lp-reason-new-permit-window = The new permit is applied for within 4 calendar days before expiry: from { $opens } to { $closes }.{ $closes_day_off ->
        [yes] {" "}{ $closes } is not a working day: the window's last working day is { $closes_wd }.
       *[other] {""}
    }
lp-reason-new-permit-window-both = When to apply for a new permit, the rule "within 4 calendar days before expiry" does not make clear. It can be read as: by { $safe }; { $opens } to { $closes } (our reading); { $late_opens } to { $expiry }.{ $closes_day_off ->
        [yes] {" "}{ $closes } is not a working day: the window's last working day is { $closes_wd }.
       *[other] {""}
    }
lp-note-new-permit-reading = "Within 4 calendar days before expiry" may mean "no later than 4 days before", the 4 days before the last day, or the last 4 days including it. No single day fits every reading: we lead with the earliest, 4 days before the end. If that is a day off, the application is accepted the next working day. Ask a TsON or 1414 in advance.

lp-result-new-permit-now = Ask a TsON or 1414 in advance whether an application for a new permit is accepted on { $accepted }: the 4-day rule reads several ways, and no day fits every reading. If it is accepted, the decision comes by { $decision_by }.
lp-result-new-permit-now-filed-if = If your application for a new permit was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, ask where you filed or call 1414. If you have not filed: on our reading the window is open until { $closes } (on the earliest reading the last day was { $safe }) — ask a TsON or 1414 beforehand whether the application will be accepted, and file as soon as you can.
# as lp-result-new-permit-now-filed-if, our window's last day D-1 a day off: said so, with its last working day (¶12)
lp-result-new-permit-now-filed-if-day-off = If your application for a new permit was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, ask where you filed or call 1414. If you have not filed: on our reading the window is open until { $closes }, but that is not a working day: the window's last working day is { $closes_wd } (on the earliest reading the last day was { $safe }). Ask a TsON or 1414 beforehand whether the application will be accepted, and file as soon as you can, in working hours.
lp-result-new-permit-now-closing-day-off = If your application for a new permit was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, ask where you filed or call 1414. If you have not filed: today is a day off — an application filed now would be accepted only on { $accepted_now }, after { $closes }, the window's last day on our reading. Ask a TsON or 1414 at once whether it will be accepted.
lp-result-new-permit-now-closed = If your application for a new permit was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, ask where you filed or call 1414. If you have not filed: on our reading the window ended on { $closes }; on another reading you can still apply on { $expiry }. Ask a TsON or 1414 at once.
lp-result-new-permit-now-closed-day-off = If your application for a new permit was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, ask where you filed or call 1414. If you have not filed: on our reading the window ended on { $closes }. On another reading you may also apply on the permit's last day, { $expiry }, but that is a day off: an application sent then is accepted only on { $expiry_accepted }, after the permit ends. If the day of acceptance counts, that is too late; whether the sending day counts, the rules do not say. Ask a TsON or 1414 at once.
lp-result-new-permit-now-ended = Your permit expired on { $expiry }: you may not work without a valid permit. If your application for a new permit was accepted on { $accepted }, the decision comes by { $decision_by }; if there is none, ask where you filed or call 1414. If you have not filed, the time to apply has passed: whether one can apply after the permit's end, our sources do not say — ask the akimat or a TsON.
lp-result-new-permit-too-late = On our reading the window for a new permit ended on { $closes }; on another reading you can still apply on { $expiry }. Ask a TsON or 1414 at once.
# our window over, the permit's last day (today) a day off: a filing on it is accepted after the end (¶12); whether the sending day counts is not said (A04)
lp-result-new-permit-too-late-day-off = On our reading the new-permit window ended on { $closes }. On another reading you may also apply on the permit's last day, { $expiry }, but that is a day off: an application sent then is accepted only on { $expiry_accepted }, after the permit ends. If the day of acceptance counts, that is too late; whether the sending day counts, the rules do not say. Ask a TsON or 1414 at once.
lp-result-new-permit-closing-day-off = Today is a day off: an application for a new permit would be accepted only on { $accepted }, after { $closes }, the window's last day on our reading. Ask a TsON or 1414 at once whether it will be accepted.

lp-documents-new-permit = Documents for the new permit:
lp-note-new-permit-full-list = The sources give no separate list for a new permit. Prepare the full set, as for the first one: a fresh 028/u certificate, insurance and tax receipt.

lp-lost-question = How did you get the permit?
lp-lost-gov-corp = At a TsON, on paper
lp-lost-online = Online (egov.kz, enbek)
lp-result-lost-copy = Go to a TsON (Government for Citizens service centre): a copy of the permit is issued the same day.
lp-reason-lost-copy = If a permit issued by a TsON is lost or damaged, a copy is issued on the day you ask.
lp-result-lost-online = Our sources do not describe how to restore a permit obtained online.
lp-reason-lost-only-gov-corp = The same-day copy rule covers only permits issued by a TsON.
lp-reason-where-result = The result of an online application goes to your account on egov.kz or migration.enbek.kz — check it there.

lp-result-revocation = Revocation is named in the title of the service, but neither its grounds nor its procedure are in our sources.
lp-reason-revocation-silent = The sources say nothing about revocation beyond the name of the service.
lp-reason-refusal-grounds = The grounds for refusal are set by the service Requirements, which are not in our sources.

lp-employer-question = What do you need?
lp-employer-hire = Hire a foreigner
lp-employer-search-abroad = Find a worker abroad
lp-employer-contract = Employment contract
lp-employer-terminated = Contract terminated

lp-result-employer-hire = The worker gets the permit, but cannot get it without you. What you do:
lp-reason-employer-signs = You and the worker both sign the permit application.
lp-reason-employer-agreement = You sign an agreement of intent to conclude an employment contract with the worker.

lp-vacancy-published-question = On what date was the vacancy published on enbek.kz?
lp-result-employer-search = You can safely search for workers abroad on migration.enbek.kz from { $search_from }.
lp-reason-search-abroad = Search abroad 15 days after publishing: safe (working days) from { $search_from }; calendar days: from { $search_from_calendar }.
lp-reason-enbek-after-entry = On migration.enbek.kz the permit comes after the worker enters and the agreement of intent is signed.
lp-note-search-reading = The rules do not say whether these are calendar or working days. For a "not before" rule the later date is the safe one — 15 working days, not counting the day of publication. In calendar days you could start earlier: ask 1414.

lp-result-employer-contract = The employment contract with a worker who has the permit is made in one of these ways:
lp-reason-contract-register = Enter its conclusion and termination in the unified register of employment contracts.
lp-reason-contract-hr-enbek = Or conclude the contract on hr.enbek.kz.
lp-note-contract-deadline-silent = Our sources give no deadline for entering the data.

lp-terminated-question = On what date was the employment contract terminated?
lp-result-employer-terminated-channels = Send the notice of termination by { $urged }: to a TsON, on egov.kz or on migration.enbek.kz.
lp-result-termination-passed = The time to notify a TsON of the termination has passed: { $one_day ->
        [yes] { $notice_by }.
       *[no] the safe date was { $urged }; if the day of termination does not count, { $notice_by }.
    } Send the notice now: to a TsON, on egov.kz or migration.enbek.kz.
lp-result-termination-last-day = The safe date to notify a TsON of the termination ({ $urged }) has passed; if the day of termination does not count, the last day is { $notice_by }. Send the notice now: to a TsON, on egov.kz or migration.enbek.kz.
lp-reason-termination-notice = If household work ends before the permit does, the employer sends a notice within 2 working days of termination: to a TsON, on egov.kz or migration.enbek.kz. { $one_day ->
        [yes] Deadline: { $urged }, however you count.
       *[no] Safe: by { $urged }; if the termination day is not counted: by { $notice_by }.
    }
lp-reason-termination-both = If the work ended before the permit does — 2 working days: { $one_day ->
        [yes] by { $urged }, however you count.
       *[no] safe: by { $urged }; if the termination day is not counted: by { $notice_by }.
    }
lp-note-termination-reading = The rule does not say whether the termination day itself counts. If it does, the deadline comes earlier — so we lead with the earlier date.
lp-note-revocation-not-implied = The sources do not say that the notice revokes the worker's permit.
