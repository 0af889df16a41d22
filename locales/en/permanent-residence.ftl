## Permanent residence permit (tree dialogs/trees/permanent-residence.yaml).

permanent-residence-title = Permanent residence permit

prp-unsure = I don't know

prp-situation-question = A permanent residence permit lets a foreigner or stateless person live in Kazakhstan permanently. The police issue it. What is your situation?
prp-situation-apply = I want to apply
prp-situation-filed = I have already applied
prp-situation-hearing = Called to a hearing
prp-situation-refused = I was refused
prp-situation-moving = I have it, moving
prp-situation-annulled = It was annulled

## Already applied

prp-filed-already-question = On what date did you apply? Type the date.
prp-result-filed-already = Expect the written answer by about { $notice_earliest } if the checks run at the same time, or by { $notice_latest } if they run one after another. A hearing notice can come sooner: the hearing is then held within 2 working days.
prp-result-filed-earliest-gone = The earlier estimate (if the checks ran at the same time) has passed; if they run one after another, expect the written answer by about { $notice_latest }. A hearing notice can come any day: the hearing is then held within 2 working days.
prp-reason-steps = Your file is opened by { $registered_by }; checks and security approval roughly by { $security_from_a } (or { $security_from_b }).
prp-reason-step-conclusion = Conclusion within 10 days of all answers, notice within 3 more days. A hearing comes before any refusal.
prp-reason-hearing-first = If there are grounds to refuse, you are first called to a hearing.
prp-reason-reapply-rule = After a refusal, a new application no earlier than one year later.
prp-link-hearing = I got a hearing notice
prp-link-refused = I was refused

## Who may apply (p. 11)

prp-in-kz-question = Are you in Kazakhstan now?

prp-prior-question = Have you been refused a permanent residence permit before, or had one annulled? After a refusal or annulment conclusion you may apply again only a year later.
prp-prior-refused = Refused
prp-prior-annulled = Annulled
prp-prior-date-question = What is the date of that conclusion? If you only know the date of the notice, type that.

prp-result-abroad = The Rules do not describe applying from abroad.
prp-reason-channels = You apply at the police or at TsON (Government for Citizens service centre).
prp-reason-visa-routes-in-kz = Visa routes (residence, investor, in-demand profession) are for people staying in Kazakhstan.
prp-note-abroad-silent = Our sources name no embassy or consulate channel: only the police and TsON. The Rules do not say whether you can start from abroad.
prp-link-kandas = Kandas status
prp-link-temporary = Temporary residence (RVP)

prp-ethnic-question = Are you an ethnic Kazakh, that is, a foreigner or stateless person of Kazakh nationality?

prp-refugee-question = Do you have refugee status in Kazakhstan?
prp-refugee-yes = Yes, I have it
prp-refugee-pending = Applied, waiting

prp-visa-free-question = Did you come from a country that has a visa-free entry and stay agreement with Kazakhstan?
prp-visa-free-citizen-question = Are you a citizen of a country that has such an agreement with Kazakhstan? The rule says "came from states" with a visa-free agreement and does not say whether citizenship of such a state is needed too.
prp-note-visa-free-list-silent = Our sources have no list of these countries. If you are not sure, choose "I don't know".

prp-visa-question = What visa are you staying in Kazakhstan on?
prp-visa-prp = Permanent residence visa
prp-visa-investor = Investor visa
prp-visa-profession = In-demand profession visa
prp-visa-other = Another visa or none

prp-investor-question = Is your investor visa multiple-entry, and was it issued on the petition of the authorised investment body?
prp-visa-until-question = Until what date is your visa valid? The visa routes are for people staying in Kazakhstan on such a visa: apply while it is valid.

prp-result-not-eligible = From your answers, you are in none of the groups that may apply for a permanent residence permit.
prp-reason-routes-list = Who may apply: holders of a residence, investor or profession visa; visa-free arrivals; refugees; ethnic Kazakhs.
prp-reason-investor-both = An investor visa counts only if multiple-entry and issued on the investment body's petition.
prp-reason-asylum-not-refugee = An asylum seeker is not yet a refugee: the refugee route opens once the status is granted.
prp-note-list-reading = The Rules name no other groups and we read the list as complete. But the Law "On migration of the population" is not in our sources: this is not a final legal answer.
prp-note-family-not-route = A family tie with someone in Kazakhstan is not on this list. A relative who is a citizen or a permanent resident can host you for a temporary residence permit (RVP).

prp-result-route-unsure = From your answers the bot cannot tell whether you qualify. First check the points below.
prp-reason-check-visa-free = If your country has a visa-free agreement with Kazakhstan, you may apply.

## Where and when

prp-channel-question = Where will you apply? TsON is the Government for Citizens service centre.
prp-channel-police = At the police
prp-channel-gov-corp = At TsON
prp-channel-online = Online on egov.kz

prp-online-info = For this permit the Rules name only the police and TsON (Government for Citizens service centre). Choose one of them.
prp-note-online-silent = The Rules for this service do not name egov.kz. Ask an official source whether online filing exists in practice.

prp-iin-question = Do you have an IIN (individual identification number) in Kazakhstan?

prp-filed-question = On what date will you apply? Type the date.
prp-passport-question = Until what date is your passport valid? An application with an expired document is not accepted.

prp-block-passport = Not ready: your passport is valid until { $until }, but you apply on { $filed }. Renew the passport first.
prp-reason-passport-ok = The passport is valid until { $until }: not expired on the filing day ({ $filed }).
prp-block-passport-day-off = Not ready: { $filed } is a day off, so the application is accepted on { $accepted } at the earliest, but your passport is valid until { $until }. Renew the passport first.
prp-reason-passport-ok-day-off = { $filed } is a day off: the application is accepted on { $accepted } at the earliest, and we count the dates from that day. The passport is valid until { $until }: not expired on that day.
prp-block-visa = Not ready: your visa is valid until { $until }, but you apply on { $filed }. Apply while the visa is valid.
prp-blocked-visa-consequence = The Rules give the visa routes to people staying in Kazakhstan on such a visa. They do not say what happens if the visa ends before filing. Apply earlier or ask the police.
prp-reason-visa-ok = The visa is valid until { $until }: not expired on the filing day ({ $filed }).
prp-block-visa-day-off = Not ready: { $filed } is a day off, so the application is accepted on { $accepted } at the earliest, but your visa is valid until { $until }. Apply earlier, on a working day.
prp-reason-visa-ok-day-off = The visa is valid until { $until }: not expired on the day of acceptance ({ $accepted }).

prp-block-reapply = Not ready: a new application is allowed no earlier than a year after the conclusion: safe from { $safe }, but you apply on { $filed }.
prp-blocked-reapply-consequence = The Rules do not say what happens to an application filed earlier: they only forbid filing before the year is out. Move the filing date.
prp-reason-reapply-passed = By the filing day ({ $filed }) a year since the conclusion will have passed: safe from { $safe }.
prp-block-no-iin = Check before you apply: TsON forms the request when you have an IIN, and you have none or are not sure.
prp-blocked-no-iin-consequence = The Rules do not say what happens without an IIN. Ask TsON in advance or apply at the police: the Rules set no such condition there.
prp-block-visa-free = Check before you apply: the rule says "came from states" with a visa-free agreement and does not say whether citizenship of such a state is needed, and you are not a citizen of one or are not sure.
prp-blocked-visa-free-consequence = If citizenship is needed too, this route is not open to you. Apply once you have checked with the police or on 1414.
prp-link-channel = Choose another place

prp-result-eligible = You may apply for a permanent residence permit. Expect the answer by about { $notice_earliest } if the checks run at the same time, or by { $notice_latest } if they run one after another. A hearing notice can come sooner: the hearing is then held within 2 working days.
prp-reason-route-ethnic = Ethnic Kazakhs may apply on any visa.
prp-reason-route-refugee = People with refugee status in Kazakhstan may apply.
prp-reason-route-visa-free = People who came from a country with a visa-free agreement may apply.
prp-reason-route-visa-prp = People staying in Kazakhstan on a permanent residence visa may apply.
prp-reason-route-investor = People staying in Kazakhstan on a multiple-entry investor visa issued on the investment body's petition may apply.
prp-reason-route-profession = People staying in Kazakhstan on a visa under the list of in-demand professions may apply.
prp-reason-channel-police = At the police you get a coupon (talon) when the documents are accepted.
prp-reason-channel-gov-corp = TsON checks your IIN and sends the request to the police; the police time limits run from its arrival there. We count the dates below from the day the application is accepted (the filing day, if that is a working day): when it arrives is not known, so in practice they may be later.
prp-note-timeline-reading = The limits are in calendar days. The Rules do not say whether the first three steps all run from filing (answer by { $notice_earliest }) or one after another (by { $notice_latest }). Answers may also come later.
prp-note-total-term-silent = The total service term is in appendix 3 to the Rules, which we do not have. No limit is set for the bank's answer or the records checks.
prp-note-hours-silent = The Rules for this permit do not say when a filing on a day off counts as accepted. The safe reading is the next working day: we check your documents' validity on that day and count the review steps from it.
prp-note-gk-start = Through TsON the police limits run from the request's arrival at the police. We count them from the day the application is accepted (the filing day, if that is a working day): in practice the dates may be later. TsON gets the result at least a day before the service term ends.
prp-note-stay-reading = The rule speaks of people "temporarily staying in Kazakhstan". To be safe, apply while you are in Kazakhstan and your stay is valid.
prp-note-visa-free-reading = The rule says "came from states" with a visa-free agreement and does not say whether you must be a citizen of one. Check before you apply.
prp-note-asylum-pending = Until the decision on refugee status you are an asylum seeker, not a refugee. We used your other route.
prp-note-fees-silent = Our sources do not say whether the service is paid or whether there is a state fee.
prp-note-validity-silent = Our sources do not give the permit's validity or how it is renewed.

prp-documents = Documents for the application:
prp-doc-application = An application for a permanent residence permit.
prp-doc-appendix3 = The set from appendix 3 to the Rules: not in our sources, check it officially.
prp-doc-solvency = Probably proof that you can support yourself: the police ask the bank if it is genuine. Whether you need it, the amount and form are in appendix 3, which we do not have.
prp-doc-iin = Your IIN: TsON checks it in the "Individuals" database.
prp-doc-valid = A full set, nothing expired on the day of acceptance (the next working day if you file on a day off), or the documents are refused.
prp-doc-each-adult = One file per adult: if a family applies, prepare documents for each adult.
prp-note-documents-silent = The exact list is only in appendix 3 to the Rules, which we do not have. Check it before you apply.
prp-note-minors-silent = The Rules do not say how children under 18 are handled.
prp-note-coupon = At the police you get a coupon (talon) on acceptance. Keep it.

## Hearing before a refusal (p. 17)

prp-hearing-date-question = What date is on the hearing notice?

prp-result-hearing = The notice of { $notice } means the police see grounds to refuse. Be ready by { $ready_by }; the hearing is held by { $latest } at the latest.
prp-reason-hearing-purpose = A hearing notice is sent when there are grounds to refuse, at least 3 working days before the decision.
prp-reason-hearing-within = The hearing is held within 2 working days of the notice: by { $latest }.
prp-reason-act-not-before = The decision cannot be taken before { $act_not_before }.
prp-reason-hearing-outcome = After the hearing they decide whether to go on examining your application.
prp-reason-refusal-notice = A refusal comes as a notice that states the reason.
prp-result-hearing-passed = These dates have passed: the hearing was due by { $latest }. Contact the police at once.
prp-note-hearing-count = The Rules do not say whether the notice day counts. If it does, the last day is { $ready_by }; if not, { $latest }. Be ready for the earlier date.
prp-note-hearing-count-day-off = The notice is dated { $notice }, a day off: that day is not a working day, so on either reading the last day is { $latest }. But the hearing may be held as early as the first working day, { $ready_by }: be ready for it.
prp-note-hearing-day-of-notice = "From the day of the notice" may mean sending or receipt. We count from the date on the notice: the earlier one.
prp-note-grounds-silent = The refusal grounds are in art. 19-1 of the Law "On public services" and art. 49 of the Law "On migration of the population", which are not in our sources.

## Refusal and a new application (p. 22)

prp-refusal-date-question = What is the date of the refusal conclusion? If you only know the date of the notice, type that.

prp-result-reapply-wait = You cannot apply again yet. Safe from { $safe }.
prp-result-reapply-now = A year has passed since the refusal: you may apply again (safe from { $safe }). Let us check whether you qualify.
prp-reason-reapply = A new application no earlier than a year after the conclusion: the year ends on { $anniversary }, safe from { $safe }.
prp-reason-reapply-full = It is examined from scratch: you must again be in one of the groups and file a full set.
prp-note-reapply-reading = The Rules do not say whether you may apply on { $anniversary } itself. We advise applying from { $safe }.
prp-note-leap-anchor = The conclusion is dated 29 February, which next year lacks. We take the year to end on { $anniversary }: our assumption. Apply from { $safe }.
prp-note-appeal-silent = Our sources do not say where or by when to appeal this decision.

## Moving (p. 17-1)

prp-result-moving = When you change your place of residence, you are registered at the new address.
prp-reason-moving-registration = Registration at the new address is done on the day you apply (Rules of registration of internal migrants, No. 1427).
prp-reason-moving-file = Your file is requested from the police where you were registered before.
prp-note-moving-deadline-silent = Our sources do not say how soon after moving to apply or which documents to bring.

## Annulment (p. 18–22)

prp-annul-known-question = The time to leave runs from the day the annulment conclusion was approved. Which date do you know?
prp-annul-known-approval = The approval date
prp-annul-known-notice = Only the notice date
prp-annul-approved-question = On what date was the annulment conclusion approved?
prp-annul-notice-question = What date is on the annulment notice?

prp-result-annulled = Your permit was annulled (conclusion approved on { $approved }). Leave Kazakhstan by { $safe }.
prp-result-annulled-notice = Leave Kazakhstan by { $safe }, maybe earlier. Ask the police at once for the date the conclusion was approved.
prp-reason-exit = 30 calendar days from the approval: safe by { $safe } (approval day = day 1); other reading: by { $outer }.
prp-reason-exit-from-approval = From the notice ({ $notice }): by { $safe } or { $outer }. But the term runs from the approval and may end earlier.
prp-reason-bridging-rvp = On annulment you get a temporary residence permit for the time needed to leave.
prp-reason-annul-basis = Annulment is by a conclusion under art. 49 of the Law on migration, approved by police chiefs.
prp-reason-reapply-after-annul = You may apply for the permit again no earlier than a year later: safe from { $safe }.
prp-result-exit-passed = By our count the time to leave ({ $safe }) has passed. Contact the police at once.
prp-note-exit-count = The Rules do not say whether the approval day is day 1. If not, the last day is { $outer }. We show the earlier date, { $safe }, first.
prp-note-bridging-term = The Rules do not give this permit's exact term ("needed to leave"). Do not count on it to extend the 30 days.
prp-note-reapply-anchor = The year runs from the day the conclusion was made, and it may have been approved on another day. We count from the date you know plus one day: the year ends on { $anniversary }, safe from { $safe }.
prp-note-notice-date-later = The notice follows a decision already taken, and no time is set for sending it. Your time may have started before the date on the notice.
prp-note-annul-grounds-silent = The annulment grounds are in art. 49 of the Law "On migration of the population", which is not in our sources.
