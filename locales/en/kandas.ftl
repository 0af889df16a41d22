## Kandas status: assigning and extending (tree dialogs/trees/kandas.yaml).

kandas-title = Kandas status

# Labels for rows of the appendices (rows counted in table order).
ks-point-app2-row = app. 2, row { $point }
ks-point-order-app1-row = app. 1 to the order, row { $point }
ks-point-order-app2-row = app. 2 to the order, row { $point }

ks-goal-question = What do you need?
ks-goal-assign = Get kandas status
ks-goal-decision = I have a decision, I am moving
ks-goal-extend = Extend my kandas status

ks-when-question = When do you file the application? If you have already filed, choose “Another date” and type the filing day: the time limits and the version of the rules depend on it.
ks-when-today = Today
ks-when-date = Another date
ks-apply-date-question = Write the date of the application — a future date or one that has passed.

ks-former-citizen-question = Have you ever been a citizen of Kazakhstan?
ks-former-citizen-no = No, never
ks-former-citizen-yes = Yes, I have

ks-result-former-citizen = You will most likely not be granted kandas status: it is for people who were never citizens of Kazakhstan.
ks-reason-definition = A kandas is an ethnic Kazakh and/or family members of Kazakh nationality who were never citizens of Kazakhstan.
ks-reason-ground-1 = Status is refused if the applicant does not meet the conditions of Article 20(1) of the Law on Migration of the Population.
ks-note-definition-source = The definition of kandas comes from the Law "On migration of the population", as quoted in the rules on the regional quota. The text of Article 20 of the Law is not in our sources, so the bot cannot check the other conditions. If you are not sure whether you ever had citizenship of Kazakhstan, find out before you apply.
ks-note-before-july = Your date is before 12 July 2026. Until that day, Appendix 2 of the Rules (documents, time limits, fee, refusal grounds) applies in a transitional wording — Appendix 1 to order No. 222; in substance it is the same as the new wording. But order No. 222 itself takes effect ten calendar days after its first official publication, and the publication date is not in our sources. So we cannot confirm that these texts already applied on your date, and not the earlier wording, which we do not have. If your application is still being considered after 12 July 2026, the rules also do not say which wording applies to it.
ks-note-old-points-silent = From 12 July 2026 some points of the Rules themselves also change: how to apply (p. 3), registration of the application (p. 4, 5), checks (p. 6), the decision and when it takes effect (p. 10), issuing the certificate (p. 11), extension (p. 22), complaints about a TsON (p. 27). Their earlier wording is not in our sources, so for your date the bot says nothing about them.

ks-proof-question = How will you show that you are an ethnic Kazakh? Documents that state your nationality (birth certificate, foreign passport, stateless person's certificate, others) or a recommendation of the Commission.
ks-proof-docs = Documents on nationality
ks-proof-commission = Commission recommendation
ks-proof-none = Neither of them

ks-note-commission-silent = Our sources do not describe how to get a recommendation of the Commission: it works under sub-point 11-1) of Article 11 of the Law "On migration of the population", whose text we do not have. The rules we rely on also do not say whether other documents are accepted.

ks-purpose-question = Why are you moving? The application names one of four purposes.
ks-purpose-regions = To a settlement region
ks-purpose-family = To join family or relatives
ks-purpose-employer = Employer, or own business
ks-purpose-study = I study at a university in KZ

ks-channel-question = How will you submit the application?
ks-channel-foreign = At an embassy or consulate
ks-channel-gov-corp = At a TsON service centre
ks-channel-enbek = Online: migration.enbek.kz
ks-channel-egov = Online: egov.kz
ks-channel-mobile = Mobile app

ks-result-assign = You can apply for kandas status. { $channel ->
    [foreign] The decision is due by about { $decision_by }: the embassy forwards the application to the akimat; the time runs from its registration there.
    [gov-corp] The decision is due by about { $decision_by }: the rules do not say when the akimat registers a TsON filing.
    [egov] The decision is due by about { $decision_by }: the rules do not say when the akimat registers an egov.kz filing.
   *[other] The decision on the application is due by { $decision_by }.
}
ks-reason-purpose-regions = Moving to a settlement region: if it has no quota or you turn down the place offered, status is refused.
ks-reason-purpose-family = Purpose "reunion with family and/or relatives": the application gives details of your relative in Kazakhstan.
ks-reason-purpose-employer = Purpose "by invitation of employers, or individual entrepreneurs from among ethnic Kazakhs": the application gives details of the employer and of your professional skills.
ks-reason-purpose-study = Purpose "ethnic Kazakhs studying at universities of Kazakhstan": the application gives the university, the speciality and the period of study.
ks-reason-provider = The decision is taken by the akimat of the region, city of republican significance or capital (employment and social protection office).
ks-reason-channel-foreign = Filing and result: at a Kazakh embassy or consulate (this way is for ethnic Kazakhs living abroad), 9:00–17:00 (lunch 13:00–14:30).
ks-reason-channel-gov-corp = Filing and result: at a TsON (Government for Citizens service centre), Mon–Fri 9:00–18:00; duty TsONs to 20:00 and Sat 9:00–13:00.
ks-reason-channel-online = Online (migration.enbek.kz, egov.kz, mobile app): round the clock; the result arrives there too.
ks-reason-registered-online = An application from migration.enbek.kz or the mobile app goes to the akimat (employment office) to consider; you get a notice that it is registered.
ks-reason-registered-foreign = The embassy or consulate registers the application and passes it to the akimat (employment office); you get a notice that it is registered.
ks-reason-decision-time = The decision is due within 30 working days after registration ({ $registered }): by { $decision_by }.
ks-reason-free = The service is free. Result: a kandas certificate (for an extension, the akimat's decision).
ks-note-registration-day = The time limit runs from the day the akimat registers the application, which is not known in advance. The rules do not say when a filing made in the evening, at a weekend or on a holiday is registered, so we show both readings, the safe one first. After forwarding from an embassy or a TsON, registration may be later still.
ks-note-conditions-silent = The conditions for the status are set by sub-point 1) of Article 20 of the Law "On migration of the population", whose text is not in our sources. So the bot cannot check all conditions — the akimat makes the final check.
ks-note-subtype-silent = The rules name two kinds of assigning the status: the general procedure, and on the basis of the consent of the akimat through foreign offices of Kazakhstan. Our sources do not say how they differ or when such consent is needed.
ks-note-routing-silent = Our sources do not describe how an application from a TsON or egov.kz reaches the akimat, or when it counts as registered.
ks-note-help = You can ask about the procedure and the progress of your application at the unified contact centre: 1414, 8 800 080 7777. If a person cannot move around or look after themselves, a TsON employee can accept the documents at home — ask for this through 1414.

ks-documents-assign = Documents for kandas status:
ks-doc-application = The application form (Appendix 1 of the Rules): your details, your family (full name, relationship, date of birth, citizenship, nationality) and the purpose of the move.
ks-doc-regions = In the application: the place you chose — region (or city of republican significance, or the capital), district, settlement.
ks-doc-family = In the application: details of your relative in Kazakhstan — IIN, full name, relationship, ID card number, address and contacts.
ks-doc-employer = In the application: details of the employer — name, full name of the authorised representative, address and contacts.
ks-doc-study = In the application: details of your studies — university, qualification or speciality, period of study.
ks-doc-autobiography = An autobiography in free form (it is not returned).
ks-doc-identity = Copies of identity documents — yours and your family members' (if any) — with a notarised translation into Kazakh or Russian.
ks-doc-nationality = Copies of documents that confirm nationality: birth certificates, foreign passport, stateless person's certificate or other official documents of the country of origin.
ks-doc-commission = Documents on nationality are not needed: you have a recommendation of the Commission for determining Kazakh nationality.
ks-doc-skills = Your profession, work experience, education document and a document confirming your work. The application form asks for them, although the list of documents does not name them — take them with you.
ks-doc-consent = Consent to the collection and processing of personal data (a line in the application). Without consent to access personal data of limited access, the status is refused.
ks-note-originals = You bring originals and copies; the originals are returned after checking (except the autobiography). Electronic copies and data from state databases can also be used.
ks-note-no-demand = The akimat gets the details of identity documents from state systems itself. You may not be asked for documents that are available from these systems.
ks-note-translation = The rules do not say clearly whether the set is incomplete without a notarised translation. We take the strict reading: without a translation the documents may be refused, so have the translation made in advance.
ks-note-online-documents = The list of documents is named only for applying through an embassy or a TsON. For online applications the rules do not say, but they allow electronic copies. We take the strict reading: prepare the same set of documents in electronic form.
ks-note-family-nationality = The definition of kandas speaks of family members "of Kazakh nationality", while the application form speaks simply of family members. The rules do not say clearly whether a family member of another nationality gets the status. We take the careful reading: find this out before you apply.
ks-note-commission-bring = The rules do not say how the Commission's recommendation reaches the akimat. We take the strict reading: take it with you (original and copy) in case it is asked for.
ks-note-employer-wording = The purpose "by invitation of employers, or individual entrepreneurs from among ethnic Kazakhs" can be read in two ways: the inviting employers must be ethnic Kazakhs — or it means an applicant who is an entrepreneur. Ask the akimat whether your case fits.
ks-note-purpose-silent = Our sources give no special conditions for each purpose of the move: we show only what the application form asks.
ks-note-incomplete = If the set of documents is incomplete, or a document has expired, the documents are refused and you get a receipt listing those documents.

ks-result-refusals = When they refuse to accept the application or refuse status:
ks-reason-refuse-accept = An incomplete package or an expired document: the application is not accepted and you get a receipt listing those documents.
ks-reason-complaint = A complaint to the akimat (local administration) is considered within 5 working days after the day it is registered (that day is not counted).
ks-reason-complaint-gov-corp = Complaints about TsON staff go to the TsON head or to the authorised body for digitalisation.
ks-note-ground-5-all = The rules do not say whether the no-quota ground applies only to moving to a settlement region or to all purposes. We take the careful reading: it may apply to you too.
ks-note-grounds-silent = The texts of sub-point 1) of Article 20 of the Law "On migration of the population" and of Article 19-1 of the Law "On state and socially responsible services" are not in our sources, so the bot cannot explain these grounds.
ks-note-refuse-accept-time-silent = Our sources do not say how soon you are told that your documents are not accepted.

ks-result-after = What happens after the decision:
ks-reason-decision-sent = The akimat decides to grant or refuse the status and sends the decision to you, to the embassy or consulate, or to a TsON.
ks-reason-iin = If you or your family members have no IIN (individual identification number), one is created; if you already have one, no new one is made.
ks-reason-effect-arrival = The decision to assign the status takes effect on the day you arrive in the settlement region named in the decision.
ks-reason-certificate-3-days = The kandas certificate is issued within 3 days after the day you arrive in the settlement region named in the decision.
ks-reason-status-start = The decision form says: the status starts from the day you arrive in the settlement region and receive the kandas certificate.
ks-reason-certificate-mark = You get the certificate, and the «Kandas» information system (АЦС «Кандас») records that the decision has taken effect.
ks-reason-certificate-end = The kandas certificate stops being valid when you become a citizen of Kazakhstan, or one year after the day you received the status.
ks-reason-minors = The kandas's minor family members are written into the kandas certificate.
ks-reason-cabinet = On migration.enbek.kz the result appears in your personal account.
ks-reason-reissue = A TsON keeps the documents in its system for 1 year and, if you ask, gives you the certificate it received earlier from the akimat.
ks-note-start-reading = The start of the status is described in different ways: in the Rules, the day of arrival; in the decision form, the day of arrival and receipt of the certificate; in the certificate form, the “date the status was assigned”. We take the careful reading: do not rely on the status until you have the certificate, and count the one year from the day of arrival, the earliest day the decision takes effect. The certificate states the term (“from … to …”): go by the end date it gives.
ks-note-three-days = The rules do not say whether these are calendar days or working days. If you have not received the certificate 3 working days after you arrive, contact the akimat.
ks-note-adults-silent = Only minor family members are written into the certificate. Our sources do not say how adult family members get their status.
ks-note-after-silent-before-july = For your date (before 12 July 2026) the earlier wording of the points of the Rules on the decision and the certificate (p. 10, 11) is not in our sources; above is only what the decision and certificate forms say.

ks-arrival-question = On what date did you arrive (or will you arrive) in the settlement region named in the decision?
ks-result-arrival = Date of arrival in the settlement region: { $arrival }. Expect your kandas certificate by { $latest } at the latest.
ks-result-arrival-overdue = Your kandas certificate was due by { $latest }. If you do not have it, contact the akimat: a complaint there is considered within 5 working days.
ks-reason-arrival-effect = The decision to assign the status takes effect on the day you arrive in the settlement region — { $arrival }.
ks-reason-arrival-certificate = The certificate is issued within 3 days after arrival: { $one_day ->
        [yes] by { $by_working }, in working days and in calendar days alike.
       *[no] safe date { $by_working } (working days); if calendar days, { $by_calendar }.
    }
ks-reason-arrival-year = The certificate ends when you become a citizen of Kazakhstan, or one year after the day you received the status. From the arrival day, the year ends on { $year_ends_early } ({ $year_ends } counting from the next day); check the "valid until" date on your certificate.
ks-note-three-days-dates = The rules do not say whether these are calendar days or working days: { $one_day ->
        [yes] here both give the same date, { $by_working }. If you have no certificate by then, contact the akimat.
       *[no] in calendar days the limit is { $by_calendar }, in working days { $by_working }. If you have no certificate by the later date, contact the akimat.
    }
ks-note-arrival-before-july = You arrived before 12 July 2026. The earlier wording of the points of the Rules on when the decision takes effect and on issuing the certificate is not in our sources; above is only what the decision and certificate forms say.
ks-note-extend-later = To extend the status, start over and choose "Extend my kandas status".

ks-valid-to-question = Until what date is your kandas certificate valid? Write the "valid until" date from the certificate.
ks-result-ext-in-time = You can apply to extend your kandas status. Your certificate is valid until { $valid_to }.
ks-reason-ext-decision = Decision: 3 working days. Safe date: { $decision_by } (counted after filing on { $filed }); if the filing day counts: { $early }.
ks-reason-ext-informed = The decision is passed to a TsON within 1 working day so that you are told: at the TsON by { $informed_by }. When you are told, the rules do not say.
ks-reason-ext-latest-hours = The rules set no filing deadline. To have the answer by { $valid_to }, file by { $latest }, in office hours.
ks-reason-ext-where = File at the akimat (9:00–17:30, lunch 13:00–14:30) or a TsON (Mon–Fri 9:00–18:00, duty offices also Sat). Free; the rules name no online channel.
ks-reason-ext-result = The result of an extension is a decision of the akimat (on the form of Appendix 4 of the Rules).
ks-note-ext-count = The rules do not say from which day the 3 working days run. The safe count starts on the working day after filing (both readings are shown above). The rules of this service also do not say when a filing made in the evening or at a weekend is accepted; we take the next working day.
ks-note-ext-silent = Our sources do not give the conditions for an extension, how long it is for, how many times you can extend, or how many days before the end you should apply.
ks-note-ext-p22-silent = For your date (before 12 July 2026) the earlier wording of p. 22 on sending the decision to a TsON is not in our sources, so the bot does not count a date for the notice.

ks-result-ext-late = Apply as soon as possible: the answer may come only after your certificate ends ({ $valid_to }).
ks-result-ext-late-filed-if = If the application was filed on { $filed }, the decision reaches a TsON by { $informed_by }, after your certificate ends ({ $valid_to }). If not, pick a new date: «✏️ Change an answer».
ks-reason-ext-was-latest-hours = To have the answer by { $valid_to }, you needed to file by { $latest }, in office hours.
ks-note-ext-gap-silent = Our sources do not say what happens if your certificate ends while your application is being considered.

ks-result-ext-expired = Your kandas certificate was valid until { $valid_to } — that is before the day of your application.
ks-reason-ext-subtype = Extension of the status is a separate kind of this service.
ks-note-expired-silent = The rules we rely on do not say whether the status can be extended after the certificate has ended, or what to do then. Do not count on an extension — contact the akimat.

ks-documents-ext = Documents for extending the status:
ks-doc-ext-application = An application on the form of Appendix 6 of the Rules.
ks-note-ext-form-silent = The text of the Appendix 6 form is not in our sources, and the rules name no other documents for an extension. Before you apply, ask the akimat what to bring.
ks-note-ext-refusal-silent = The rules do not list separate grounds for refusing an extension: the list of grounds is about assigning the status and the quota. The grounds of Article 19-1 of the Law "On state and socially responsible services" apply to the whole service, but the text of that article is not in our sources.

## Issue 8: facts that decide the verdict
ks-goal-complaint = Complaint: when they answer
ks-hours-question = When do you file: on a weekday in office hours, or in the evening, at a weekend or on a holiday (for example, at a duty office of a TsON — Government for Citizens service centre)?
ks-hours-in = Weekday, office hours
ks-hours-after = Evening, weekend or holiday
ks-ethnic-question = Are you an ethnic Kazakh? Kandas status is granted to ethnic Kazakhs and their family members.
ks-ethnic-yes = Yes
ks-ethnic-family = No, I'm a Kazakh's relative
ks-ethnic-family-kazakh = Yes, and I'm a Kazakh's relative
ks-ethnic-no = No
ks-result-not-kazakh = Kandas status is not for you: it is granted to ethnic Kazakhs and their family members.
ks-reason-only-kazakhs = The applicants for kandas status are an ethnic Kazakh and his family members; the family is in his application.
ks-note-other-services = To live in Kazakhstan, see the temporary residence permit (RVP) or the permanent residence permit — buttons below.
ks-link-temporary = Temporary residence (RVP)
ks-link-permanent = Permanent residence permit
ks-reason-family-in-application = The application is “for me and my family members”: each one's relationship, citizenship and nationality are given.
ks-result-family-member-other = A family member of another nationality may not get kandas status at all: the definition speaks of family members "of Kazakh nationality". Read another way, the ethnic Kazakh includes you in their application. Check before you apply: 1414 / egov.kz.
ks-reason-family-strict = Strict reading: a kandas is an ethnic Kazakh and/or family members "of Kazakh nationality"; a family member of another nationality is refused the status.
ks-reason-family-lenient = Lenient reading: the application is "for me and my family members", each one's nationality is given, Kazakh is not required: you are in the Kazakh's application.
ks-note-family-separate-silent = Whether a family member may apply separately from the ethnic Kazakh, the rules do not say.
ks-result-family-member-kazakh = A family member of Kazakh nationality fits the definition of kandas (if never a citizen of Kazakhstan). Usually the ethnic Kazakh includes you in their application "for me and my family members"; you may also file your own: the button below.
ks-reason-family-kazakh-own = You are an ethnic Kazakh yourself, and an applicant is "a person from among ethnic Kazakhs": you may also file an application of your own, for yourself and your family.
ks-link-apply-own = File my own application
ks-children-question = Are you including children in the application? Only minor children are written into the kandas certificate.
ks-children-none = No children
ks-children-minors = Yes, all are minors
ks-children-adults = Some are adults
ks-id-until-question = Until what date is your passport (identity document) valid? If family members are in the application, type the earliest date among all their documents.
ks-block-proof = Not ready: you need documents showing your nationality or the Commission's recommendation — without them the package is incomplete.
ks-block-id = Not ready: your document is valid until { $until }, but the application would be accepted on { $accepted }. Renew it before filing.
ks-reason-who = You are an ethnic Kazakh and were never a citizen of Kazakhstan: kandas status is for such applicants.
ks-reason-decision-readings = 30 working days after registration. Safe date: { $decision_by } (registered { $registered }); if registered on the filing day: { $early }.
ks-reason-decision-time-estimate = Decision: 30 working days from the akimat's registration; registered on { $registered }, by { $decision_by }.
ks-reason-children-minors = Your minor children will be written into your kandas certificate.
ks-doc-children-minors = Minor children: copies of their documents with a notarised translation, and proof of nationality (e.g. a birth certificate).
ks-doc-children-minors-commission = Minor children: copies of their documents with a notarised translation. If the Commission's recommendation does not name the children, bring a document showing their nationality too (a birth certificate, say): the rules waive it when there is a recommendation but do not say whose it must be.
ks-doc-children-adults = Adult children: copies of their documents with a notarised translation. They are not written into your certificate — ask whether they need their own application.
ks-reason-grounds-person = Status is refused for: not meeting Article 20 of the Law on Migration, false documents, records of offences or extremism.
ks-reason-grounds-other = Also: no consent to access personal data; no quota in the region or refusing the place offered; Article 19-1 of the Law on public services.
ks-link-complaint = Complaint: when they answer
ks-complaint-date-question = On what date was your complaint registered? Type the registration date (from the notice or the stamp on your copy).
ks-result-complaint = The answer to a complaint to the akimat is due by { $answer_by }.
ks-reason-complaint-answer = 5 working days after the registration day ({ $registered }), that day not counted: answer by { $answer_by }.
ks-note-complaint-gov-corp-silent = Our sources give no time limit for answering a complaint about TsON staff.
ks-note-complaint-law-silent = The rules refer to Article 25(2) of the Law on public and socially responsible services; its text and the court appeal procedure are not in our sources.

## A date before order No. 222 can be in force, and a date before 12 July 2026
ks-result-old-rules = The bot cannot answer for { $date }: order No. 222, on which its answers are based, could not take effect before { $earliest }, and the earlier wording of the Rules is not in our sources.
ks-reason-order-in-force = Order No. 222 was signed on { $signed } and registered with the Ministry of Justice on { $registered }; it takes effect ten calendar days after the day of its first official publication. We assume it was not published before its registration; then it cannot be in force before { $earliest } — this is our calculation: the publication date is not in our sources.
ks-note-old-rules-silent = The text of the Rules in force before order No. 222 is not in our sources, so the bot gives no conditions or time limits for this date.
ks-note-entry-unknown = Order No. 222 takes effect ten calendar days after its first official publication, and the publication date is not in our sources. If it was not yet in force on your date, the earlier wording of the Rules applied, which we do not have.
ks-result-before-july = Your filing date ({ $date }) is before 12 July 2026: the bot cannot say for sure which rules apply to it. Ask the akimat; below is what is known.

## Extension: citizenship, and filing on the last day out of hours
ks-ext-valid-to-question = Until what date is your kandas certificate valid? Write the "valid until" date from the certificate. If you have already become a citizen of Kazakhstan, press the button below.
ks-link-ext-citizen = I am already a citizen of RK
ks-result-ext-citizen = Once you become a citizen of Kazakhstan, the kandas certificate stops being valid. Whether the status can be extended after that, the rules do not say — ask the akimat.
ks-note-ext-citizen-silent = What happens to kandas status after you become a citizen, and whether it needs to (or can) be extended, is not said in our sources.
ks-result-ext-last-day = File while your certificate is valid (until { $valid_to }), preferably in office hours: an application filed in the evening or at a weekend may count as accepted only on { $accepted }.
ks-reason-ext-last-day = TsON duty offices work weekdays until 20:00 and Saturdays until 13:00; whether a filing there counts for that day, the rules do not say. On Sundays and holidays no way the rules name is open: file on the last working day and ask the akimat or 1414.

## Dates gone: an estimated date, the decision before the TsON, a date before 12 July 2026; no day left to file
ks-result-assign-estimate-filed-if = If the application was filed on { $filed }, the decision is due by about { $decision_by }: the time runs from the akimat's registration, whose date we do not know. If not, pick a new date: «✏️ Change an answer».
ks-result-assign-estimate-overdue = The decision was expected by about { $date }, but the time runs from the akimat's registration, whose date we do not know. Ask where you filed or 1414; if 30 working days from it have passed, complain to the akimat.
ks-result-before-july-overdue = Application filed on { $filed }, before { $switch }. Under the transitional wording the decision was due by { $date }; whether it applied, the bot cannot confirm. If there is no decision, ask the akimat or 1414.
ks-result-ext-decided-if = If the application was filed on { $filed }, the decision was due by { $decision_by }; it reaches a TsON by { $informed_by }. If not, pick a new date: «✏️ Change an answer».
ks-result-ext-no-day-left = Your certificate is valid until { $valid_to }, but no day on which applications are taken is left before it ends: one filed on { $filed } may count as accepted only on { $accepted }, after it has ended.
ks-reason-ext-no-day-left = The akimat takes applications 9:00–17:30, TsONs Mon–Fri, duty TsONs also on Saturdays until 13:00, except holidays and days off. On Sundays and holidays no way of filing the rules name is open.

## A dialog opened again later: the certificate has ended, the year since arrival is over
ks-result-ext-no-day-left-ended = Your kandas certificate was valid until { $valid_to } and has ended: an application filed on { $filed } could count as accepted only on { $accepted }, after it ended.
ks-result-arrival-year-over = Counted from the day of arrival ({ $arrival }), the year of kandas status ended on { $year_ends }: the certificate stops being valid one year after the day the status was received. Check the "valid until" date on your certificate; if it has passed, contact the akimat — whether the status can be extended after the certificate ends, the rules do not say.

## Audit 2026-12: how the application was filed in /track, reminders and /status; adult children
ks-track-request-question = Which application did you file, and how? How you filed decides how exact the decision date is. A consulate counts as «at an embassy».
ks-track-request-online = Status: enbek.kz or the app
ks-track-request-gov-corp = Status: at a TsON
ks-track-request-foreign = Status: at an embassy
ks-track-request-egov = Status: via egov.kz
status-ks-application-estimate = Application filed: the decision is due by about { $decision_by }. The time runs from the day the akimat registers the application, and we don't know that day.
rem-ks-decision-estimate = The decision on your application is expected by about { $decision_by }: the 30 working days run from the day the akimat registers the application, and we don't know that day. If there's no decision yet, ask where you filed or call 1414 for the registration date.
ks-block-children-adults = Check before filing: adult children are not written into the kandas certificate, and the rules don't say how they get the status. { $channel ->
    [foreign] The decision on the application is due by about { $decision_by }.
    [gov-corp] The decision on the application is due by about { $decision_by }.
    [egov] The decision on the application is due by about { $decision_by }.
   *[other] The decision on the application is due by { $decision_by }.
}
ks-blocked-children-adults-consequence = The application is made "for me and my family members", but only minors are written into the certificate. The rules don't say whether adult children go into your application or need one of their own. File once you have checked this with the akimat or on 1414.
