## Certificate of qualification for self-employment
## (tree dialogs/trees/self-employment.yaml).

self-employment-title = Certificate for self-employment

## Labels of source points.
se-point-app2-row = app. 2 (new wording), row { $point }
se-point-app2-interim-row = app. 2 (transitional wording), row { $point }
se-point-part2 = p. { $point }, part 2
se-point-list3 = List, item 3, para. { $point }

## Who and when.
se-who-question = This certificate confirms that a foreigner's qualification is suitable for self-employment in Kazakhstan. Who are you?
se-who-foreigner = A citizen of another country
se-who-stateless = A stateless person
se-who-representative = I act for such a person
se-who-citizen = A citizen of Kazakhstan

se-result-not-foreigner = This service is not for you: the certificate is issued only to foreigners and stateless persons.
se-reason-for-foreigners = The service is called "Issuing or extending a certificate to a foreigner or stateless person on the conformity of qualification for self-employment".

se-apply-when-question = When will you apply? A new wording of the rules applies from { $switch }, so the date decides which rules apply.
se-apply-today = Today
se-apply-other-date = On another day
se-apply-complaint = Complaint: refusal or delay
se-apply-date-question = Write the date when you will apply (or applied).

se-result-before-order = The bot cannot answer for { $apply }: the changes of order No. 222 were most likely not yet in force, and the earlier rules are not in our sources.
se-reason-order-registered = Order No. 222 was registered with the Ministry of Justice on { $registered }.
se-reason-order-in-force = The order comes into force when ten calendar days have passed after the day of its first official publication.
se-note-order-date-derived = The publication date is not in our sources. We assume the order could not be published before its registration ({ $registered }), so it could not be in force before { $earliest }.
se-note-old-rules-silent = Our sources do not say which rules applied before order No. 222.

## What you need.
se-what-question = What do you need?
se-what-issue = A first certificate
se-what-extend = Extend my certificate
se-what-reissue = Re-issue my certificate
se-what-duplicate = Duplicate (lost or damaged)

## First certificate.
se-profession-question = Is your profession on the list of priority economic sectors and professions in demand for self-employment of foreigners?
se-profession-yes = Yes, it is
se-profession-no = No
se-profession-unsure = I don't know

se-result-not-priority = The certificate will most likely be refused: it is meant for professions on the list of priority sectors.
se-reason-refusal-qualification = The certificate is refused if your qualification and level of education do not meet the requirements for professions in demand in the priority economic sectors on the list.
se-note-list-silent = The list of professions and their requirements is not in our sources, so the bot cannot check your profession.

se-education-question = Which document confirms your qualification?
se-education-recognised = Diploma recognised in KZ
se-education-english = English teaching certificate
se-education-unrecognised = Diploma not recognised yet
se-education-none = Neither of these

se-result-no-education = Without an education document or a certificate for teaching English you cannot put together the full set of documents.
se-reason-education-required = You need notarised translations into Kazakh or Russian either of education documents that passed recognition or nostrification in Kazakhstan, or of certificates for teaching English.
se-note-treaty-silent = The rules make an exception where ratified international treaties of Kazakhstan provide otherwise. The texts of these treaties are not in our sources.

se-work-doc-question = Do you have a notarised copy of a document proving your work history (for example, a work record book) with a translation into Kazakh or Russian?


se-result-issue-ready = You can apply for the certificate. It is issued for up to { $months } months.
se-reason-validity = The certificate is issued for up to { $months } months; the exact end date is written on the certificate.
se-reason-time-issue = Accepted on { $registered }. The certificate takes { $days } working days: by { $by } at the latest (if the day of acceptance counts, { $early }).
se-reason-free = The service is free of charge.
se-reason-channels-all = You apply online: on egov.kz, elicense.kz or migration.enbek.kz. The rules name no other way to apply.
se-reason-provider = The certificate is issued by the akimat (local executive body).
se-reason-status-cabinet = After you apply on egov.kz, your "personal account" shows that the application was accepted and the date and time when the result will be ready.
se-reason-result-cabinet = The result (the certificate or a reasoned refusal) comes to your "personal account" on egov.kz as an electronic document signed by an authorised official.
se-reason-result-form = The result is the certificate of qualification or a reasoned refusal.
se-reason-representative = A person authorised by the foreigner or stateless person may apply for them.
se-note-score-silent = Our sources do not say how the assessment points are counted; they give only the threshold of six points. The bot cannot work out your score.
se-note-time-reading = The rules do not say whether the day of registration counts. Plan on the later date; the result may come earlier.
se-note-complaint = A complaint received by the akimat (local executive body) that provides the service is reviewed within 5 working days from the day it is registered.
se-note-representative-silent = The right of an authorised person to apply is stated in p. 3 of the Rules in the wording from { $switch }. The earlier text of this point is not in our sources.
se-note-version-interim = You apply before { $switch }. Until that date the list of requirements of the service (appendix 2 to the Rules) applies in its transitional wording, appendix 3 to order No. 222. Its documents, time limits, fee and grounds for refusal are the same as in the new wording.
se-note-version-unknown = Order No. 222 comes into force ten calendar days after its first official publication, and the publication date is not in our sources; before that, the earlier wording of the Rules applied, which we do not have. Also, points 3, 5, 13, 17, 22 and 22-1 of the Rules (how to apply, status, where the result comes, the 5-working-day time limits) change only from { $switch }, and we do not have their earlier text. For your date the bot cannot confirm these rules.

se-result-issue-check = Before you apply, check the points below: they decide whether the certificate is issued.
se-note-profession-unsure = Check whether your profession is on the list of priority sectors and professions in demand. The list itself is not in our sources; if your profession is not on it, the certificate is refused.
se-note-unrecognised = First get your diploma recognised or nostrified in Kazakhstan: the rules require it. An international treaty may provide otherwise, but we do not have the texts of the treaties.

se-documents-issue = Documents for the certificate:
se-doc-application = Application for the certificate (on the form in appendix 1 to the Rules).
se-doc-id-copy = Electronic copy of your identity document (passport).
se-doc-education = Notarised translation into Kazakh or Russian of your education document that passed recognition or nostrification in Kazakhstan.
se-doc-english = Notarised translation into Kazakh or Russian of your certificate for teaching English.
se-doc-work = Notarised copy of a document confirming your work activity, and its translation into Kazakh or Russian.
se-doc-iin = To apply on egov.kz, elicense.kz or migration.enbek.kz you need an IIN (individual identification number) to get an electronic digital signature (EDS).
se-note-treaty = The rules make an exception to the recognition of education documents where a ratified international treaty provides otherwise. We do not have the treaties, so we advise the strict option: a diploma that passed recognition or nostrification.
se-note-iin-silent = Our sources do not say how a foreigner gets an IIN and an EDS.
se-note-contact-centre = You can ask about the procedure and status at the Unified Contact Centre; the rules of this service print its number as "1411". The same order gives the number 1414 for another service. If "1411" does not answer, call 1414.

## Extension.
se-ext-contract-question = Have you already signed an employment contract with an employer?

se-result-ext-no-contract = You can extend the certificate only after you sign an employment contract with an employer.
se-reason-ext-needs-contract = To extend the certificate, you send the documents through egov.kz within 5 working days from the day you sign an employment contract with an employer.
se-reason-ext-contract-copy = The extension needs a copy of the employment contract.
se-note-no-contract-silent = Our sources do not say what happens if no employment contract is signed while the certificate is valid.

se-ext-contract-date-question = On what date did you sign the employment contract?
se-ext-expiry-question = Until what date is your certificate valid? Write the date shown on it.

se-result-ext-expired = Your certificate was valid until { $expiry }, and you apply on { $apply }, after it ended.
se-result-ext-no-day-left = Your certificate is valid until { $expiry }, but no working day is left before it ends: an application sent now is accepted only on { $registered }, after it has ended.
se-reason-accepted-next-working-day = An application sent after working hours, on a day off or a holiday is accepted on the next working day.
se-reason-ext-needs-certificate = For an extension you submit the certificate issued to you before and a copy of the employment contract.
se-note-expired-silent = Our sources do not say whether a certificate that has already ended can be extended. Do not count on an extension until you have checked.

se-result-ext-ready = Apply for the extension by { $deadline } at the latest.
se-result-duty-filed = Application filed on { $filed } — in time: the last day was { $deadline }. The decision is due by { $decision_by }.
se-reason-duty-extension = The limit is { $days } working days from the contract ({ $event }): { $one_day ->
        [yes] by { $deadline }, either way of counting.
       *[no] safe date { $deadline }; if the contract day does not count, { $latest }.
    }
se-reason-time-extension = Accepted on { $registered }. An extension takes { $days } working days: by { $by } at the latest (if the day of acceptance counts, { $early }).
se-reason-channel-egov = Apply through egov.kz.
se-note-time-start = The rules do not say whether the day of registration counts. Plan on the later date; the result may come earlier.
se-note-two-readings = The rules do not say whether the day of the event itself counts. We go by the earlier date so that you are not late; the second date is the other reading.
se-note-channel-egov = The general list of requirements names egov.kz, elicense.kz and migration.enbek.kz, but the point on extension or re-issue names only egov.kz. We advise egov.kz because it is named in both places.
se-note-extension-term-silent = Our sources do not say for how long the certificate is extended or how many times it can be extended.
se-note-event-before-july = The event ({ $event }) was before { $switch }, when the new wording of the 5-working-day rule began to apply. The earlier text of the rule is not in our sources, and there is no transitional rule for this case. We show the time limit under the new wording as a safe target.
se-note-duty-safe-target = The time limit of { $days } working days is in the wording of the Rules that applies from { $switch }. Our sources do not say what time limit applied before. Treat { $deadline } as a safe date and apply by then.
se-result-duty-interim = A safe target: apply by { $deadline }. The { $days }-working-day rule applies only from { $switch }, and our sources do not have the earlier time limit.
se-result-duty-interim-filed = Application filed on { $filed }. The safe target was to file by { $deadline }: the { $days }-working-day rule applies only from { $switch }, and our sources do not have the earlier time limit.
se-reason-duty-extension-new = In the wording of the Rules from { $switch }: { $days } working days from the contract ({ $event }), { $one_day ->
        [yes] by { $deadline }, either way of counting.
       *[no] safe date { $deadline }; if the contract day does not count, { $latest }.
    }
se-reason-duty-reissue-new = In the wording of the Rules from { $switch }: { $days } working days from the change ({ $event }), { $one_day ->
        [yes] by { $deadline }, either way of counting.
       *[no] safe date { $deadline }; if the day of the change does not count, { $latest }.
    }
se-reason-duty-duplicate-new = In the wording of the Rules from { $switch }: { $days } working days from the loss or damage ({ $event }), { $one_day ->
        [yes] by { $deadline }, either way of counting.
       *[no] safe date { $deadline }; if that day does not count, { $latest }.
    }

se-documents-extension = Documents for extending the certificate:
se-doc-ext-application = Application for extending the certificate (on the form in appendix 1 to the Rules).
se-doc-ext-certificate = The certificate issued to you before.
se-doc-ext-contract = Copy of the employment contract.

## Re-issue.
se-reissue-question = What has changed?
se-reissue-name = Name or patronymic
se-reissue-passport = Passport number or series
se-reissue-employer = I have a new employer

se-result-reissue-employer-old = For an application before { $switch }, the bot cannot say whether the certificate must be re-issued when the employer changes.
se-reason-reissue-old-grounds = The transitional wording of the list of requirements provides for re-issue only when the surname, first name, patronymic, or the number and series of the identity document change.
se-reason-employer-from-july = A change of employer as a reason for re-issue is named in p. 22, part 2, of the Rules in the wording that applies from { $switch }.
se-note-employer-old-silent = Our sources do not say what applied to a change of employer before { $switch }.

se-reissue-date-question = On what date did the change happen?

se-result-reissue-ready = Apply for re-issue of the certificate by { $deadline } at the latest.
se-reason-duty-reissue = The limit is { $days } working days from the change ({ $event }): { $one_day ->
        [yes] by { $deadline }, either way of counting.
       *[no] safe date { $deadline }; if the day of the change does not count, { $latest }.
    }
se-reason-time-reissue = Accepted on { $registered }. Re-issue takes { $days } working days: by { $by } at the latest (if the day of acceptance counts, { $early }).

se-documents-reissue = Documents for re-issuing the certificate:
se-doc-reissue-application = Application for re-issue of the certificate (on the form in appendix 1 to the Rules).
se-doc-reissue-changed = Copy of the document with the changed surname, first name, patronymic, or number and series of the identity document.
se-doc-reissue-employer = Copies of documents confirming the change of employer.
se-note-employer-docs = The list of requirements has no separate list of documents for a change of employer; the Rules speak only of "copies of documents confirming this information". Check which documents are accepted before you apply.

## Duplicate.
se-dup-date-question = On what date was the certificate lost or damaged?

se-result-dup-ready = Apply for a duplicate of the certificate by { $deadline } at the latest.
se-reason-duty-duplicate = The limit is { $days } working days from the loss or damage ({ $event }): { $one_day ->
        [yes] by { $deadline }, either way of counting.
       *[no] safe date { $deadline }; if that day does not count, { $latest }.
    }
se-reason-time-duplicate = Accepted on { $registered }. A duplicate takes { $days } working days: by { $by } at the latest (if the day of acceptance counts, { $early }).
se-note-loss-found-later = If you found out about the loss later, the rules do not say whether the time limit runs from the date of the loss or from the day you noticed it. It is safer to count from the earlier date.

se-documents-duplicate = Documents for a duplicate of the certificate:
se-doc-dup-application = Application for a duplicate of the certificate (on the form in appendix 1 to the Rules).

## Shared nodes.
se-result-duty-late = By our count, the time limit ended on { $deadline }, and you apply on { $apply }.
se-reason-duty-other-reading-in-time = If the day the term runs from is not counted, the deadline is { $latest }, and { $apply } is still in time: file that day in working hours.
se-reason-duty-other-reading-accepted = If the day the term runs from is not counted, the deadline is { $latest }: an application sent on { $apply } is accepted on { $registered }, the next working day, which is still in time.
se-note-late-silent = Our sources do not say what happens if you apply after the time limit. Apply as soon as possible and ask about the consequences.

se-result-dates-mismatch = The application date ({ $apply }) is before the date of the event ({ $event }). Please check the dates and say when you will apply.

## Issue 8
se-what-complaint = Complaint: refusal or delay
se-complaint-where-question = Where did you file your complaint?
se-complaint-to-provider = The issuing akimat
se-complaint-to-other = Another body
se-link-employer-permit = Employer permit
se-link-labour-permit = Labour-immigrant permit
se-note-other-way = If this certificate does not suit you, see the “Labour-immigrant permit” service: the button below.
se-eds-question = You can only apply online, through the "digital government" portal egov.kz, signing with an EDS (electronic digital signature). To get an EDS you need an IIN. Do you have an IIN and a valid EDS?
se-eds-yes = Yes
se-eds-no = No
se-hours-question = When will you send the application? Sent after working hours, on a day off or a holiday, it is accepted only on the next working day.
se-hours-in = Working hours (Mon–Fri)
se-hours-after = Evening, day off, holiday
se-work-doc-yes = Yes, notarised, translated
se-work-doc-no = No, or not notarised
se-score-question = The certificate is refused if the foreigner's assessment result is below six points. What is your result?
se-score-pass = 6 points or more
se-score-below = Below 6 points
se-score-unknown = I don't know
se-note-score-unknown = Our sources do not say how the points are counted; they give only the six-point threshold. Find out your result before you apply.
se-block-eds = Not ready yet: get an IIN and then an EDS — without them you cannot apply online.
se-block-eds-consequence = The rules name no way to apply other than the online portals. How a foreigner gets an IIN and an EDS is not in our sources: ask 1414.
se-block-work-doc = Not ready yet: you need a notarised copy of a document proving your work history, with a translation into Kazakh or Russian.
se-block-doc-consequence = This document is on the mandatory list. Our sources do not say what happens to an incomplete application: apply once you have everything.
se-block-score = An assessment result below six points is a ground for refusing the certificate.
se-block-late-acceptance-readings = Send it during working hours: { $one_day ->
        [yes] the last day is { $deadline }, and an application sent in the evening or on a day off is accepted only on { $registered }.
       *[no] the safe last day is { $deadline }, and an application sent in the evening or on a day off is accepted only on { $registered }. If the day the term runs from is not counted, the last day is { $latest }, and such an application is still in time.
    }
se-block-late-consequence = Our sources do not say what happens if you apply late. Send it during working hours on or before the last day.
se-block-cert-acceptance = Send it during working hours by { $safe }: your certificate is valid until { $expiry }, and an application sent in the evening or on a day off is accepted only on { $registered }, after it has ended.
se-block-cert-consequence = Whether a certificate can be extended after it ends, our sources do not say. Send the application while it is still valid, during working hours.
se-reason-refusal-grounds = Refused if your qualification does not fit a listed profession, your assessment is below 6 points, or documents are false.
se-complaint-date-question = A complaint received by the akimat (local executive body) that provides the service is considered within 5 working days from the day it is registered. On what date did the akimat register your complaint?
se-result-complaint = The answer to your complaint is due by { $by }.
se-reason-complaint-time-days = A complaint registered on { $registered } is considered within 5 working days: { $one_day ->
        [yes] by { $by }, counted either way.
       *[no] by { $by } (if the day of registration counts, { $early }).
    }
se-note-complaint-reading = The rules do not say whether the day the complaint is registered counts. The answer may come earlier; the complaint is overdue only after the later date.
se-note-complaint-other-silent = Where else the decision can be appealed, and in what time, our sources do not say for this service.
se-result-complaint-other = The rules set the 5-working-day time only for a complaint received by the akimat that provides the service. Our sources give no time for a complaint to another body.
se-note-complaint-entry = Point 25 in this wording applies from the day Order No. 222 comes into force, ten calendar days after its first official publication, and the publication date is not in our sources. If the order was not yet in force on { $registered }, the time may have been different: we do not have the earlier wording.

## A first certificate with a filing date before 12 July 2026
se-result-issue-interim = Your filing date ({ $apply }) is before { $switch }: the bot cannot confirm which rules apply to it. Ask the akimat or 1414; below is what is known.
se-result-issue-interim-overdue = Application filed on { $filed }, before { $switch }. Under the transitional wording the certificate was due by { $decision_by }, but the bot cannot confirm that this wording applied to your date. If there is no result, ask the akimat or 1414; a complaint to the akimat is considered within 5 working days.

## A dialog opened again later: the duty's term over on either count, the certificate ended
se-result-duty-late-ended = { $one_day ->
        [yes] The { $days }-working-day term ran out on { $latest }.
       *[no] The { $days }-working-day term ran out on either count: on { $deadline } counting the day it runs from, on { $latest } not counting it.
    } What follows a late application, the rules do not say: if you have not filed yet, file as soon as possible and ask the contact centre 1414 about the consequences.
se-result-duty-late-filed-if = If the application was filed on { $apply }, by the safe count that is after the term ({ $deadline }); not counting the day it runs from, the term lasts until { $latest }. If not filed yet, file by { $latest } in working hours.
se-result-ext-no-day-left-ended = Your certificate ended on { $expiry }: an application sent on { $apply } could be accepted only on { $registered }, after it ended. Ask the contact centre 1414 or egov.kz what to do now.
