## Permanent residence permit (tree dialogs/trees/permanent-residence.yaml).

permanent-residence-title = Permanent residence permit

prp-unsure = I don't know

prp-situation-question = A permanent residence permit gives a foreigner or a stateless person the right to live in Kazakhstan permanently. It is issued by the internal affairs bodies (the police). What is your situation?
prp-situation-apply = I want to get a permit
prp-situation-hearing = I got a hearing notice
prp-situation-refused = I was refused
prp-situation-moving = I have a permit and I am moving
prp-situation-annulled = My permit was annulled

## Who may apply (p. 11)

prp-in-kz-question = Are you in Kazakhstan now?

prp-result-abroad = The rules we rely on do not describe applying from abroad.
prp-reason-channels = The application is filed at a territorial police unit or through the State Corporation "Government for Citizens" (TsON).
prp-reason-visa-routes-in-kz = The rule for holders of a permanent residence visa, an investor visa or a visa under the list of in-demand professions speaks of people who are temporarily staying in Kazakhstan.
prp-note-abroad-silent = Our sources do not offer filing through an embassy or consulate of Kazakhstan: they name only the police and the State Corporation. The rules do not say whether you can start the process from abroad.

prp-ethnic-question = Are you an ethnic Kazakh, that is, a foreigner or a stateless person of Kazakh nationality?

prp-refugee-question = Do you have refugee status in Kazakhstan?
prp-refugee-yes = Yes, I have the status
prp-refugee-pending = I applied, waiting for a decision

prp-visa-free-question = Did you come to Kazakhstan from a country that has an agreement with Kazakhstan on visa-free entry and stay?
prp-note-visa-free-list-silent = Our sources have no list of these countries, so the bot cannot check it. If you are not sure, choose "I don't know".

prp-visa-question = With what visa are you staying in Kazakhstan now?
prp-visa-prp = Permanent residence visa
prp-visa-investor = Investor visa
prp-visa-profession = In-demand profession visa
prp-visa-other = Another visa or no visa

prp-investor-question = Is your investor visa multiple-entry, and was it issued on the petition of the authorised investment body?

prp-result-not-eligible = From your answers, you are not in any of the groups that may apply for a permanent residence permit under the rules.
prp-reason-routes-list = Foreigners and stateless persons may apply if they: are temporarily staying in Kazakhstan with a permanent residence visa; or with a multiple-entry investor visa issued on the petition of the authorised investment body; or with a visa under the list of in-demand professions; or came from a country that has an agreement with Kazakhstan on visa-free entry and stay; or have refugee status in Kazakhstan. Ethnic Kazakhs may also apply, with a visa of any category.
prp-reason-investor-both = An investor visa counts only if it is both multiple-entry and issued on the petition of the authorised investment body.
prp-reason-asylum-not-refugee = A person seeking asylum is not yet a refugee: this is the name for a person until the final decision on their application for refugee status. The refugee route opens when the status is granted.
prp-note-list-reading = The rules have no other groups, and we read this list as complete. But the Law "On migration of the population" is not among our sources, so this is not a final legal answer: check your situation with an official source.

prp-result-route-unsure = From your answers, the bot cannot tell whether you qualify. First check the points below.
prp-reason-check-visa-free = If the country you came from has an agreement with Kazakhstan on visa-free entry and stay, you may apply.

## Where and when

prp-channel-question = Where will you file the application?
prp-channel-police = At the police (migration service)
prp-channel-gov-corp = At the State Corporation (TsON)
prp-channel-online = Online at egov.kz

prp-online-info = For a permanent residence permit the rules name only two ways: a territorial police unit or the State Corporation "Government for Citizens" (TsON). Please choose one of them.
prp-note-online-silent = The rules for this service do not name filing through egov.kz. Ask an official source whether online filing exists in practice.

prp-iin-question = Do you have an IIN (individual identification number) in Kazakhstan?

prp-filed-question = On what date did you file, or do you plan to file, the application? Write the date.

prp-result-eligible = From your answers, you may apply for a permanent residence permit. If you file on { $filed }, you can expect the written notice of the decision roughly between { $notice_earliest } and { $notice_latest }. This is an estimate, not a promised date.
prp-reason-route-ethnic = Ethnic Kazakhs may apply whatever the category of their visa.
prp-reason-route-refugee = People who have refugee status in Kazakhstan may apply.
prp-reason-route-visa-free = People who came from a country that has an agreement with Kazakhstan on visa-free entry and stay may apply.
prp-reason-route-visa-prp = People temporarily staying in Kazakhstan with a permanent residence visa may apply.
prp-reason-route-investor = People temporarily staying in Kazakhstan with a multiple-entry investor visa issued on the petition of the authorised investment body may apply.
prp-reason-route-profession = People temporarily staying in Kazakhstan with a visa under the list of in-demand professions (approved by the authorised migration body) may apply.
prp-reason-channel-police = You file at a territorial police unit. If your documents are accepted, you get a coupon (talon) confirming it.
prp-reason-channel-gov-corp = The State Corporation checks in the "Individuals" database whether you have an IIN. If you have one, it sends the request with electronic copies of all documents to the police.
prp-reason-step-register = Within 2 calendar days the police enter your data in their information system and open a separate file for each adult. If you file on { $filed }, this is by { $registered_by }.
prp-reason-step-checks = Then the police send the file for approval to the Migration Service Directorate (within 5 calendar days), ask the bank whether your documents on solvency are genuine, check the records of the internal affairs bodies and of the Prosecutor General's Office, and send the materials to the national security bodies (within 7 calendar days). The national security bodies approve within 25 calendar days, roughly by { $security_from_a } – { $security_from_b }.
prp-reason-step-conclusion = Within 10 calendar days after all bodies answer, a conclusion to issue or to refuse is made. It is approved by the head of the police department (or a deputy), the head of the city (district) internal affairs body, or the head of the migration service directorate. Within 3 calendar days a written notice is sent to you or to the State Corporation.
prp-reason-gk-delivery = If you filed through the State Corporation, the police deliver the result there no later than one day before the service term ends.
prp-reason-hearing-first = If there are grounds to refuse, you will first be invited to a hearing so that you can state your position.
prp-note-timeline-reading = All these limits are in calendar days: weekends and holidays count. The rules do not say whether the first three steps run from the day of filing or one after another, so we give an estimate: from { $notice_earliest } (from the day of filing) to { $notice_latest } (one after another). This is not a guarantee: answers may come later.
prp-note-total-term-silent = The total term of the service is set in Appendix 3 to the rules, which is not among our sources. No time limit is given for the bank's answer or for the records checks.
prp-note-gk-start = If you file through the State Corporation, the police time limits count from the moment the request reaches the police, not from the day of your visit to TsON. The rules do not say how long the transfer takes.
prp-note-no-iin = The rules describe the State Corporation route only for a person who has an IIN. They do not say what happens without one. It is safer to file directly at the police, or to ask at TsON first.
prp-note-stay-reading = The rule mentions people "temporarily staying in Kazakhstan". It is not clear whether this applies to you. To be safe, file while you are in Kazakhstan and before your permitted stay ends.
prp-note-visa-free-reading = The rule says "came from states" with a visa-free agreement. It does not say whether you must be a citizen of such a state. Check this before you file.
prp-note-asylum-pending = Until the decision on refugee status, you are a person seeking asylum, not a refugee. We used your other route.
prp-note-fees-silent = Our sources do not say whether the service is paid or whether there is a state fee.
prp-note-validity-silent = Our sources do not give the validity of the permit or how it is renewed.

prp-documents = Documents for the application:
prp-doc-application = An application for a permanent residence permit.
prp-doc-appendix3 = The set of documents from the List of basic requirements (Appendix 3 to the rules). This list is not among our sources: check it with an official source.
prp-doc-solvency = Documents proving your solvency (that you can support yourself): the police ask the bank whether they are genuine. Our sources do not give the amount or the form.
prp-doc-iin = Your IIN: the State Corporation checks it in the "Individuals" database.
prp-doc-valid = All documents must be complete and not expired on the day you file. Otherwise they will not be accepted.
prp-doc-each-adult = A separate file is opened for each adult: if a family applies, prepare documents for each adult.
prp-note-documents-silent = The exact list of documents is only in Appendix 3 to the rules, which is not among our sources. The bot will not guess: check the list before you file.
prp-note-minors-silent = The rules we rely on do not say how children under 18 are handled.
prp-note-coupon = At the police you get a coupon (talon) when your documents are accepted. Keep it.

## Hearing before a refusal (p. 17)

prp-hearing-date-question = What date is on the hearing notice? Write it.

prp-result-hearing = A hearing notice dated { $notice } means the police have grounds to refuse. Be ready for the hearing by { $ready_by }; it must be held no later than { $latest }. The decision cannot be taken before { $act_not_before }.
prp-reason-hearing-purpose = A hearing notice is sent when there are grounds to refuse, so that you can state your position on the preliminary decision. It is sent no later than 3 working days before the decision.
prp-reason-hearing-within = The hearing is held no later than 2 working days from the day of the notice, that is by { $latest }.
prp-reason-act-not-before = Because the notice is sent no later than 3 working days before the decision, the decision on your case will not be taken before { $act_not_before }.
prp-reason-hearing-outcome = After the hearing, they decide whether to continue examining your application.
prp-reason-refusal-notice = If the permit is refused, you are sent a notice of refusal that states the reason.
prp-reason-reapply-rule = After a refusal, a new application may be filed no earlier than one year later.
prp-note-hearing-passed = These dates have passed: the hearing had to be held by { $latest }. Contact the police unit that took your application at once.
prp-note-hearing-count = The rules do not say whether the day of the notice itself counts. If it counts, the last day is { $ready_by }; if not, { $latest }. Be ready for the earlier date. We count working days by the Kazakhstan calendar, holidays included.
prp-note-hearing-day-of-notice = "From the day of the notice" may mean the day it was sent or the day you received it. We count from the date on the notice, which is the earlier one.
prp-note-grounds-silent = The grounds for refusal are set by Article 19-1 of the Law "On public services" and Article 49 of the Law "On migration of the population". The texts of these articles are not among our sources, so the bot cannot say whether they apply to you.

## Refusal and a new application (p. 22)

prp-refusal-date-question = What is the date of the refusal conclusion? If you only know the date of the refusal notice, write that date.

prp-result-reapply-wait = You cannot apply again yet. The safe date from which you can file is { $safe }.
prp-result-reapply-now = A year has passed since the refusal: you may file a new application (safe date: from { $safe }). Let us check whether you qualify now.
prp-reason-reapply = A new application is filed no earlier than one year after the conclusion of refusal or annulment: the year ends on { $anniversary }, and it is safe to file from { $safe }.
prp-reason-reapply-full = A new application is examined from the start: you must again belong to one of the groups and file a full set of documents.
prp-note-reapply-reading = The rules do not say whether you may file on { $anniversary } itself. We advise filing from { $safe } so that your application cannot be treated as too early.
prp-note-leap-anchor = The conclusion is dated 29 February, and the next year has no such day. We take the year to end on { $anniversary }; this is our assumption, not a rule. File from { $safe }.
prp-note-appeal-silent = Our sources do not say how to appeal this decision.

## Moving (p. 17-1)

prp-result-moving = If you hold a permanent residence permit and change your place of residence, you are registered at the new address.
prp-reason-moving-registration = Registration at the new place of residence is done on the day you apply, under the Rules of registration of internal migrants (Government Decree No. 1427 of 01.12.2011).
prp-reason-moving-file = Your file is requested from the internal affairs body where you were registered before.
prp-note-moving-deadline-silent = Our sources do not say how soon after moving you must apply or which documents to bring: the Rules of registration of internal migrants are not among them.

## Annulment (p. 18–22)

prp-annul-known-question = The time to leave counts from the day the annulment conclusion was approved. Which date do you know?
prp-annul-known-approval = Date the conclusion was approved
prp-annul-known-notice = Only the date of the notice
prp-annul-approved-question = On what date was the annulment conclusion approved? Write the date.
prp-annul-notice-question = What date is on the annulment notice? Write it.

prp-result-annulled = Your permit has been annulled (the conclusion was approved on { $approved }). You must leave Kazakhstan no later than { $safe }.
prp-result-annulled-notice = You must leave Kazakhstan no later than { $safe }, and maybe earlier. Ask the police at once for the date the annulment conclusion was approved.
prp-reason-exit = After an annulment you must leave the country within up to 30 calendar days from the day the conclusion was approved: the last safe day is { $safe }. Weekends and holidays do not extend this time.
prp-reason-exit-from-approval = The 30 calendar days count from the day the conclusion was approved, not from the date of the notice ({ $notice }). Counting from the notice gives { $safe } at the latest; your real deadline may end earlier.
prp-reason-bridging-rvp = On annulment you are issued a temporary residence permit for the time needed to leave.
prp-reason-annul-basis = The permit is annulled by a conclusion made under Article 49 of the Law "On migration of the population". It is approved by the head of the police department (or a deputy), the head of the city (district) internal affairs body, or the head of the migration service directorate, and you are sent a notice of annulment.
prp-reason-reapply-after-annul = You may apply for a permit again no earlier than one year after the annulment conclusion: safe from { $safe }.
prp-note-exit-passed = By our count, the time to leave ({ $safe }) has already passed. Contact the police at once.
prp-note-exit-count = The rules do not say whether the day of approval is day 1. If it is not, the last day is { $outer }. We show the earlier date, { $safe }, so that you are not late.
prp-note-bridging-term = The rules do not give the exact term of this temporary residence permit ("needed to leave"). Do not count on it to extend the 30 days.
prp-note-reapply-anchor = The year counts from the day the conclusion was made, and its approval may be on a different day. We count from the date you know and add one day: the year ends on { $anniversary }, and it is safe to file from { $safe }.
prp-note-notice-date-later = The notice is sent about a decision already taken, and the rules set no time for sending it. So your time may have started before the date on the notice.
prp-note-annul-grounds-silent = The grounds for annulment are set by Article 49 of the Law "On migration of the population", which is not among our sources.
