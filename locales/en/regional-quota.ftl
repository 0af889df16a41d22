## Inclusion in the regional quota for admission of kandases and resettlers (tree dialogs/trees/regional-quota.yaml).

regional-quota-title = Regional quota for kandases and resettlers
rq-point-app2-row = app. 2, row { $point }

## When and who

rq-when-question = From 12 July 2026 the rules of this service apply in a new version, so the filing date matters. When do you file (or did you file) the application?
rq-when-today = Today
rq-when-other = On another day
rq-apply-date-question = Write the date when you will submit (or submitted) the application.

rq-group-question = Who are you? The quota is for kandases, widows and children of kandases, and for citizens of Kazakhstan moving through the employment service.
rq-group-kandas = I have kandas status
rq-group-widow = Widow or child of a kandas
rq-group-resettler = Citizen of Kazakhstan
rq-group-no-status = Ethnic Kazakh, no status
rq-group-other = None of these

## Kandases

rq-in-kz-question = Do you live in Kazakhstan now?
rq-in-kz-no = No, still abroad
rq-included-before-question = Have you been included in the regional quota for kandases before?
rq-included-before-no = No, never
rq-included-before-yes = Yes, I have

rq-result-kandas-abroad = While you live abroad, the bot cannot tell whether you may apply.
rq-reason-g3-lives-in-kz = Kandases who live in Kazakhstan may apply for inclusion in the quota.
rq-reason-g1-p9-silent = Ethnic Kazakhs who received kandas status under sub-point 1) of point 9 of the Rules on kandas status, and were never included in the quota before, may also apply. The text of that sub-point is not in our sources, so the bot cannot check whether your status fits.

rq-result-kandas-repeat = The rules do not say clearly whether you can be included in the quota again.
rq-reason-g1-not-before = For ethnic Kazakhs who received kandas status under sub-point 1) of point 9 of the Rules on kandas status, the rule requires that they were never included in the regional quota before.
rq-reason-g3-no-such-condition = For kandases who live in Kazakhstan, the rule does not repeat this condition.
rq-note-repeat-ambiguous = It is not clear whether the condition "never included in the quota before" also applies to kandases who live in Kazakhstan. We do not tell you "yes": before you apply, ask the akimat whether a second inclusion is possible.

## Widows and children of kandases

rq-widow-question = Which of these is about you? "Before" and "after the quota": before or after the kandas (husband, parent) was included in the regional quota.
rq-widow-widow = Widow, came after the quota
rq-widow-widow-before = Widow, came before the quota
rq-widow-child-arrived = Child, came after the quota
rq-widow-child-born = Child born in Kazakhstan
rq-widow-other = None of these
rq-result-widow-not-covered = From your answer, you are not in the group of widows and children of kandases that the rules allow to apply.
rq-result-widow-before = Whether a widow who came before her husband was included in the quota may apply, the rules do not say clearly. Check with the akimat before filing: on one reading you may qualify.
rq-g2-citizen-question-open = Are you a citizen of Kazakhstan? Your answer decides the way: the resettler quota is open to citizens, while the rules do not clearly say whether citizenship stops a widow or child of a kandas from applying for the kandas quota.
rq-reason-g2 = Widows of kandases and their common children who came after the kandas was included in the regional quota may apply, and (or) children born in Kazakhstan before their parents became citizens of Kazakhstan.
rq-note-g2-widow-reading = The text does not make clear whether the condition "came after the kandas was included in the quota" applies to widows too, or only to children. We use the stricter reading: to widows too. If you are a widow who came earlier, ask the akimat: under the other reading you may qualify.
rq-note-own-status = If you have kandas status yourself, start again and choose "I have kandas status".

## Resettlers

rq-job-seeker-question = Are you registered at a career centre as a job seeker or as unemployed?
rq-job-seeker-yes = Yes, registered
rq-job-seeker-no = No
rq-result-not-registered = Until you are registered as a job seeker or as unemployed, you cannot apply for the resettler quota.
rq-reason-p14-who = The resettler quota is for citizens of Kazakhstan who are registered at a career centre as job seekers and (or) unemployed.
rq-reason-jobseeker-document = The application must include a document showing your registration as a job seeker and (or) unemployed.
rq-note-register-how-silent = How to register at a career centre is set by the Rules for registering job seekers (order No. 214 of 09.06.2023). Their text is not in our sources, so the bot does not describe that procedure.

rq-registered-since-question = Since what date have you had permanent registration at your current place of residence? Write the date of registration.

rq-result-too-early = Not yet: you need one year of permanent registration on the filing day. Safe to file from { $safe_from }.
rq-reason-one-year-not-yet = You need at least one year of permanent registration when you file. You are registered since { $since }; safe from { $safe_from }.
rq-note-anniversary = You apply exactly on the day the year is complete ({ $anniversary }). The rules do not say whether this day counts. To avoid a refusal, we advise you to apply from { $safe_from }.
rq-result-anniversary = Safe to file from { $safe_from }: your year of registration is complete exactly on the filing day, and the rules do not say whether that day counts. To file earlier, ask the akimat or call 1414 first.
rq-result-anniversary-filed-if = If the application was filed on { $filed }, exactly the day your year of registration was complete, the rules do not say whether that day counts: ask the akimat or call 1414 whether it was accepted. If not, pick a new date: «✏️ Change an answer».
rq-note-region-ambiguous = The rule asks for registration "in the region provided for by point 16", but the new point 16 names no region. We count the year at your current place of residence. If you moved between regions during the last year, ask the akimat.
rq-note-period-234-silent = Besides the year of registration, the rule also requires "the period provided for by sub-point 4) of point 12" of the Rules on voluntary resettlement (order No. 234). That text is not in our sources, so the bot cannot check this condition.
rq-note-year-before-switch = The one-year registration condition comes from point 14 in the wording in force from 12 July 2026. The earlier wording is not in our sources; for your date we use this condition only as a careful guide.

## Shared questions

rq-id-expiry-question = Until what date is your identity document (ID card or passport) valid? Write the expiry date.
rq-family-question = Are you including family members in the application?
rq-family-yes = Yes, with family
rq-family-no = No, only me

## Application date before 12 July 2026

rq-result-before-switch = Your filing date ({ $date }) is before 12 July 2026: the bot cannot say for sure whether you may apply. Ask the akimat; below is what is known.
rq-note-before-switch = Points 3, 5, 6, 8, 9, 14, 15 and 16 of the Rules (who may apply, how to apply, time limits for a refusal to accept) have their new wording only from 12 July 2026. The earlier wording is not in our sources, so the bot cannot confirm the conditions for an earlier date.
rq-note-transitional-list = Until 12 July 2026 the list of requirements of the service (documents, time limit, fee, refusal grounds) applies in a transitional wording: Appendix 2 to order No. 222. The documents, time limit and fee in this answer come from it.
rq-note-entry-into-force = Order No. 222 takes effect 10 calendar days after its first official publication. The publication date is not in our sources (the order was registered on { $registered }). If your date is before the order took effect, the earlier rules applied, and we do not have them.
rq-note-straddle = The decision on your application is expected after 12 July 2026 (by { $decision_by }). The rules do not say which wording applies when the application is filed before that date and decided after it.

## Reasons and time limits

rq-reason-g3 = You are a kandas living in Kazakhstan and were never in the quota before — such kandases may apply.
rq-reason-g2-widow = A widow of a kandas who came after the kandas was included in the regional quota may apply.
rq-reason-g2-child-arrived = A common child of a kandas and his widow who came after the kandas was included in the regional quota may apply.
rq-reason-g2-child-born = A common child of a kandas born in Kazakhstan before the parents became citizens of Kazakhstan may apply.
rq-reason-one-year-met = A citizen of Kazakhstan looking for work: permanent registration since { $since } — one year by filing (safe from { $safe_from }).
rq-reason-decision = Decision: 14 working days after the day the application is accepted ({ $accepted }): by { $decision_by }.
rq-note-decision-start = The rules do not say from which day the 14 working days run. The safe count starts on the working day after acceptance; a filing in the evening, at a weekend or on a holiday is taken as accepted on the next working day (the other reading's date is shown above too).
rq-note-decision-start-in-hours = The rules do not say from which day the 14 working days run. We count from the working day after the day of acceptance; if the day of acceptance itself counts, the decision may come one working day earlier.
rq-reason-kandas-notice = If a document is missing or expired, you are told within 1 working day that it is not accepted — watch until { $notice_by }.
rq-reason-decision-online = Online, a career centre has 1 working day to pass the application on — then the decision is due by { $decision_by_online }.
rq-reason-resettler-notice = A refusal to accept is sent within 2 working days: watch until { $notice_by }, or until { $notice_by_online } if you file online.
rq-reason-accepted-notice = If your set of documents is complete, you get a notice that the application is accepted.
rq-reason-channels-old = File on migration.enbek.kz, at a TsON (Government for Citizens service centre) or on egov.kz. Free of charge.
rq-reason-channels-kandas = File on migration.enbek.kz, at a TsON (Government for Citizens service centre; it forwards the same day) or on egov.kz.
rq-reason-channels-resettler = File at a TsON (it forwards the same day), on migration.enbek.kz or egov.kz — the status shows in your account. Free.
rq-reason-fee = The service is free of charge.
rq-reason-result-delivery = The decision on inclusion in the quota, or the refusal, comes to your personal account as an electronic document signed with the official's digital signature.

## Results from 12 July 2026

rq-result-kandas = You can apply for the kandas admission quota. The decision is due by { $decision_by }.
rq-result-g2 = Before you file, ask the akimat or call 1414: the rules do not say whether the definition of a kandas among the refusal grounds applies to widows and children of kandases.
rq-result-g2-filed-if = If the application was filed on { $filed }, the decision is due by { $decision_by }. The rules do not say whether the definition of a kandas among the refusal grounds applies to widows and children of kandases: if you are refused on it, ask the akimat or call 1414. If not filed, pick a new date: «✏️ Change an answer».
rq-note-widow-proof-silent = The rules do not say how to prove that you are the widow of a kandas: no such document is in the list. Ask the akimat before you apply.
rq-note-family-nationality = By the law's definition, a kandas is an ethnic Kazakh and (or) members of his family of Kazakh nationality. If a family member is not of Kazakh nationality, their inclusion may be in question: ask the akimat.
rq-note-g2-ground-1-open = Refusal ground 1 is not meeting the definition of a kandas: an ethnic Kazakh or a family member of Kazakh nationality, never a citizen of Kazakhstan, who obtained the status. Whether it covers widows and children, the rules do not settle; if it does, all of this is needed.
rq-note-housing = A TsON itself gets data on your permanent registration and on housing that you and your family own in the place of arrival. The rules do not say how this data affects the decision.
rq-note-regions-silent = The service is provided by the employment bodies of the regions set by Article 112 of the Social Code. The text of that article, the list of regions and the size of the quotas are not in our sources.
rq-result-resettler = You have the year of registration. But the second condition — the period under sub-point 4) of point 12 of the Rules on voluntary resettlement (order No. 234) — the bot cannot check: ask a career centre or 1414. If it is met, the decision is due by { $decision_by }.
rq-result-resettler-filed-if = If the application was filed on { $filed }: you have the year of registration, but the second condition — the period under sub-point 4) of point 12 of the Rules on voluntary resettlement (order No. 234) — the bot cannot check: ask a career centre or 1414. If it is met, the decision is due by { $decision_by }. If not filed, pick a new date: «✏️ Change an answer».

## Documents

rq-documents-kandas = Documents for the kandas quota:
rq-documents-resettler = Documents for the resettler quota:
rq-doc-application-kandas = An application on the form of Appendix 1 to the Rules (you get the form where you apply; its text is not in our sources).
rq-doc-application-resettler = An application for inclusion in the resettler quota on the form of Appendix 6 to the Rules (you get the form where you apply; its text is not in our sources).
rq-doc-kandas-id = Your identity document (for identification); it can come from the digital documents service.
rq-doc-resettler-id = A copy of your identity document; it can come from the digital documents service.
rq-doc-family-id = Identity documents of the family members you include in the application.
rq-doc-marriage = A copy of your marriage or divorce certificate, if you have one.
rq-doc-birth = Copies of the birth certificates of family members.
rq-doc-jobseeker = A document showing your registration as a job seeker and (or) unemployed (required).
rq-doc-education = A document on education, qualification, special knowledge or vocational training, if you have one.
rq-doc-work = A document confirming your work experience, if you have one.
rq-note-kandas-refusal-to-accept = If the set of documents is not complete or a document has expired, the application is not accepted and you are told so.
rq-note-resettler-refusal-to-accept = The application is not accepted if the set of documents is not complete, or a document has expired or expires on the day of the decision; you get a receipt of the refusal.
rq-note-refusal-to-accept-before = Our sources have the form of the receipt refusing to accept documents (incomplete set or expired documents). But they do not describe the time limits and the way of this notice before 12 July 2026.
rq-note-documents-point-8 = Point 3 of the Rules refers to the documents "in point 8 of the List", but point 8 is about the fee; the documents are listed in row 10. We show the documents from row 10.
rq-note-digital = The akimat can get documents itself from the digital documents service if you agree with a one-time password or a reply SMS to the phone number registered on egov.kz.
rq-note-access = If your health does not allow you to come yourself, a TsON employee will accept the documents: call the contact centre 1414. At TsON, the waiting time to hand in documents is at most 15 minutes.
rq-note-hours = TsON accepts applications Monday to Friday from 9:00 to 18:00 without a break; duty offices work Monday to Friday from 9:00 to 20:00 and on Saturday from 9:00 to 13:00, except public holidays and days off. The portal works around the clock, except for technical breaks.

## Refusal grounds

rq-refusals = When inclusion in the quota can be refused:
rq-ground-k-definition = You do not fit the definition of a kandas: an ethnic Kazakh and (or) members of his family of Kazakh nationality who were never citizens of Kazakhstan and received the status in the set procedure.
rq-ground-k-false = The documents or the data in them are false.
rq-ground-k-compromising = There is compromising information about offences in Kazakhstan or about links to terrorist or extremist organisations.
rq-ground-consent = You did not give consent to access your personal data of restricted access.
rq-ground-no-quota = There is no quota in the administrative-territorial unit, or you refuse the place offered for settlement.
rq-ground-r-false = The data in the documents you submitted are false.
rq-ground-r-social-code = You do not meet the conditions of paragraphs 1 and 2 of Article 112 of the Social Code.
rq-ground-r-categories = You are not in the categories of point 12 of the Rules on voluntary resettlement (order No. 234).
rq-reason-complaint = A complaint to the akimat is considered within 5 working days from its registration — the button below works out the date.
rq-note-article-20-silent = The grounds for refusing kandases are the conditions of Article 20 of the Law "On migration of the population". The text of that article is not in our sources; above is only what the Rules themselves list.
rq-note-social-code-silent = The conditions of Article 112 of the Social Code and the categories of point 12 of the Rules on voluntary resettlement are not in our sources, so the bot cannot check them for you.
rq-note-complaint-count = The rules do not say whether the registration day counts towards the 5 working days. The safe date leaves it out (it is later).

## Not eligible

rq-result-no-status = You need kandas status first: without it you cannot apply for the kandas quota. The button below shows how to get it.
rq-reason-status-needed = The kandas quota is for ethnic Kazakhs who already have kandas status (and for widows and children of kandases).
rq-reason-kandas-definition = A kandas is an ethnic Kazakh and (or) members of his family of Kazakh nationality who were never citizens of Kazakhstan and received the status in the set procedure.
rq-note-kandas-service = Kandas status is given by a separate state service, "Assignment or extension of kandas status".
rq-result-not-covered = From your answer, this service does not fit you.
rq-reason-who-kandas = The kandas quota is for ethnic Kazakhs with kandas status, and for widows of kandases and their common children.
rq-reason-who-resettler = The resettler quota is for citizens of Kazakhstan registered at a career centre as job seekers or unemployed.

## Facts that decide the verdict: filing hours, citizenship, the document, complaints
rq-link-complaint = Complaint: when they answer
rq-hours-question = When do you file: on a weekday in TsON (Government for Citizens service centre) office hours, or in the evening, at a weekend or on a holiday (online, at a TsON duty office)?
rq-hours-in = Weekday, office hours
rq-hours-after = Evening, weekend or holiday
rq-citizen-question = Are you a citizen of Kazakhstan? Citizens apply for the resettler quota, not for kandas status.
rq-kandas-citizen-question = Have you already become a citizen of Kazakhstan? Your kandas certificate stops being valid when you do.
rq-note-kandas-citizen = The kandas-quota rule speaks of ethnic Kazakhs “who obtained kandas status”; it does not say whether you may apply after becoming a citizen, when the certificate is no longer valid. The resettler quota is open to citizens, so we take you through it. To apply for the kandas quota instead, ask the akimat.
rq-status-until-question = Until what date is your kandas certificate valid? Write the “valid until” date from the certificate or, if your status was extended, the date it was extended to.
rq-result-status-ended = Your kandas certificate was valid until { $valid_to }, and the application would be accepted on { $accepted }. Whether you can apply for the quota with an expired status, the rules do not clearly say: ask the akimat or call 1414.
rq-result-status-ending = Your kandas certificate is valid until { $valid_to }, but the decision on the quota may come later, by { $decision_by }. It is safer to extend the status first: ask the akimat or call 1414.
rq-reason-status-safe = Safe reading: the quota is refused to anyone outside the definition of a kandas (“who obtained the relevant status”), and the certificate is valid for a year after the status is obtained. The status should still be valid on the day of the decision.
rq-reason-status-other = Other reading: p. 3 speaks of those “who obtained kandas status”, and the certificate is not in the quota’s list of documents, so the end of its term does not stop you.
rq-block-id-expired = Not ready: your document is valid until { $expiry }, but the application would be accepted on { $accepted }. Renew it before filing.
rq-block-id-decision = Not ready: your document is valid until { $expiry }, but the decision may come as late as { $latest }. Renew it before filing.
rq-reason-decision-moved = 14 working days. Safe date: { $decision_by } (accepted { $accepted }); counting from the filing day: { $early }.
rq-reason-decision-moved-channels = 14 working days from acceptance ({ $accepted }): TsON — by { $decision_by } (from filing: { $early }); online via a career centre — { $decision_by_online }.
rq-link-kandas = Kandas status
rq-link-temporary = Temporary residence (RVP)
rq-link-permanent = Permanent residence permit
rq-complaint-date-question = On what date did the akimat (employment office) register your complaint? Type the registration date.
rq-result-complaint = Expect the answer to your complaint by { $answer_by }.
rq-reason-complaint-readings = 5 working days “from the day of registration” ({ $registered }). Safe date: { $answer_by } (that day not counted); if it counts: { $early }.
rq-note-complaint-bodies-silent = The rules of this service name only a complaint to the akimat (p.24) and refer to Article 25(2) of the Law on public services, whose text is not in our sources. Where else to complain and within what time, the bot cannot say.

## Notice of refusal to accept: both readings of the deadline
rq-reason-kandas-notice-moved = A refusal to accept is sent within 1 working day: safe date { $notice_by }; counting from the filing day, { $early }.
rq-reason-resettler-notice-moved = A refusal to accept is sent within 2 working days: safe date { $notice_by } (online { $notice_by_online }); from the filing day, { $early }.

## A date before order No. 222 can be in force; before 12 July 2026 — no "you cannot"
rq-result-old-rules = The bot cannot answer for { $date }: order No. 222, on which its answers are based, could not take effect before { $earliest }, and the earlier wording of the Rules is not in our sources.
rq-reason-order-in-force = Order No. 222 was signed on { $signed } and registered with the Ministry of Justice on { $registered }; it takes effect ten calendar days after the day of its first official publication. We assume it was not published before its registration; then it cannot be in force before { $earliest } — this is our calculation: the publication date is not in our sources.
rq-note-old-rules-silent = The text of the Rules in force before order No. 222 is not in our sources, so the bot gives no conditions or time limits for this date.
rq-result-before-switch-no = Under the rules in force from 12 July 2026 you cannot apply — the reason is below. But on your date ({ $date }) they were not yet in force, and we do not have the earlier wording: ask the akimat.

## Children of a kandas: a common child of the deceased kandas and his widow
rq-g2-common-child-question = Are you a common child of a kandas and his widow, and has the kandas (your parent) died? The rule speaks only of such children.
rq-g2-born-before-question = Were you born in Kazakhstan before your parents became citizens of Kazakhstan?
rq-g2-born-before-yes = Yes, before that
rq-g2-born-before-no = No, after
rq-note-g2-parent-alive = If your kandas parent is alive, he or she applies for the quota, and family members are included in that application.

## A kandas who has become a citizen: both readings
rq-result-kandas-citizen = You cannot apply for the resettler quota yet (the reason is below). Whether you may apply for the kandas quota after becoming a citizen, the rules do not clearly say — ask the akimat.
rq-reason-g3-citizen-reading = The rule opens the kandas quota to ethnic Kazakhs “who obtained kandas status” and live in Kazakhstan — it sets no “not a citizen” condition. But the kandas certificate stops being valid once you become a citizen.
rq-result-g2-citizen = Not yet for the resettler quota (the reason is below). Whether citizenship stops a widow or child of a kandas applying for the kandas quota, the rules do not say — ask the akimat or call 1414.
rq-reason-g2-citizen-reading = P. 3 opens the kandas quota to widows and common children of kandases with no “not a citizen” condition, but the definition of a kandas among the refusal grounds says “never before citizens of Kazakhstan”.
rq-note-g2-citizen = Whether the definition of a kandas among the refusal grounds (it says “never before citizens of Kazakhstan”) applies to widows and children of kandases, the rules do not explain. The resettler quota is open to citizens, so we take you through it. To apply for the kandas quota instead, ask the akimat or call 1414.

## A dialog opened again later: the year of registration reached, the kandas certificate ended
rq-result-too-early-year-reached = From { $safe_from } you have the year of permanent registration: pick a new filing date — «✏️ Change an answer».
rq-result-status-ending-ended = Your kandas certificate was valid until { $valid_to } and has ended. Whether the status can be extended after the certificate ends, the rules do not say: do not count on an extension — contact the akimat or call 1414, about the status and about the quota.
rq-result-status-ending-filed-if = If the application was filed on { $filed }, the decision on the quota may come by { $decision_by }, after your kandas certificate ends ({ $valid_to }): it is safer to extend the status while it is valid; ask the akimat or call 1414. If not filed, extend the status first, then pick a new date: «✏️ Change an answer».
