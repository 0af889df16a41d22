## Employer permit to attract foreign labour, and intra-corporate transfer (tree dialogs/trees/employer-permit.yaml).

employer-permit-title = Employer permit for foreign workers

## Point labels: Appendix 2 to the Rules in the new wording (from 12.07.2026) and in the wording of Appendix 4 to Order No. 222 (until 11.07.2026).

ep-pt-app2-row = app. 2, row { $point }
ep-pt-app2-doc = app. 2, row 10, item { $point }
ep-pt-app2-refusal = app. 2, row 11, item { $point }
ep-pt-o4-row = app. 4, row { $point }
ep-pt-o4-doc = app. 4, row 10, item { $point }
ep-pt-o4-refusal = app. 4, row 11, item { $point }
ep-pt-list4 = List, item 4, para. { $point }

## What you need

ep-goal-question = What does your organisation need?
ep-goal-issue = A new permit
ep-goal-ict = Intra-corporate transfer
ep-goal-extend = Extend a permit
ep-goal-reissue = Re-issue a permit
ep-goal-fee = Pay the fee after a decision
ep-goal-worker = I'm a foreigner seeking work

## Date of applying: it decides which wording of the rules applies

ep-when-question = When do you (or did you) apply? Part of the rules has a new wording from 12.07.2026, so the date matters.
ep-when-today = Today
ep-when-other = On another date
ep-apply-date-question = Write the date you submit the application.

ep-result-before-order = On this date the rules applied in their wording before Order No. 222. That text is not in our sources, so the bot cannot say what was required then.
ep-reason-order-entry = Order No. 222 comes into force when ten calendar days have passed after the day of its first official publication.
ep-reason-order-switch = Some changes, including the new wording of Appendix 2 (the list of requirements for the service), apply from 12.07.2026. Until then, Appendix 2 applies in the wording of Appendix 4 to Order No. 222.
ep-note-entry-derivation = Our sources do not give the publication date of the order. The order was registered on { $registered }, so it could not come into force before { $earliest }. This is our calculation, not a rule.
ep-note-before-order-silent = The rules as they were before Order No. 222 are not in our sources, so the bot gives no documents or time limits for this date.

ep-note-interim = On your date, the list of requirements for the service (Appendix 2 to the Rules) applies in the wording of Appendix 4 to Order No. 222; from 12.07.2026, in the new wording. Their content is the same; the references point to the wording in force on your date.
ep-note-old-body-silent = Until 12.07.2026, the points of the Rules changed from that date (including p. 3, 6, 7, 9, 10, 14, 39, 47, 79 and 80: who applies and through which portal, reporting, checks for violations) apply in their earlier wording. That text is not in our sources, so the bot does not show these rules for your date.
ep-note-entry-unknown = Order No. 222 comes into force ten calendar days after its first official publication, and our sources do not give the publication date. If the order was not yet in force on your date, the earlier rules applied. Please check this.
ep-note-switch-registration = An application sent outside working hours or on a day off is accepted only on { $registered }, which is already after the change to the new wording on 12.07.2026. The rules do not say which date decides the wording: sending or acceptance. Please check with the akimat.

## Not an employer

ep-result-not-employer = This permit is not for the foreigner. The employer gets it.
ep-reason-employer-applies = The employer, or a person the employer authorises, submits the application, and it is signed with the employer's electronic digital signature (EDS).
ep-reason-employer-signs = The application is signed with the employer's electronic digital signature (EDS).
ep-reason-bin = The service and information about it are available online if you have a business identification number (BIN) and an EDS.
ep-note-self-employment = There is a separate service for working in Kazakhstan on your own: a certificate that your qualification fits self-employment. The foreigner applies for it.
ep-note-household = If you are looking for a permit for yourself, open “Labour-immigrant permit”: see the button below.

## New permit

ep-employer-type-question = Who is hiring? "Foreign company" here means one without a branch or office in Kazakhstan (installing equipment) or one sending people to its own subsidiary or branch.
ep-employer-kz = A company in Kazakhstan
ep-employer-foreign-installation = Foreign company: installation
ep-employer-foreign-subsidiary = Foreign company: own branch
ep-employer-foreign-other = Foreign company: other work

ep-result-foreign-other = For a foreign company without a branch, the rules describe a special procedure only for installing equipment and for work in its own subsidiary, branch or office. For other work our sources have none.
ep-reason-p39-only = The special procedure (p. 39 of the Rules): a contract to install and commission equipment, or work in the company's own subsidiary, branch or office.
ep-reason-p39-docs = The only special documents named are the contract for works under p. 39 and the letter (agreement) transferring workers to a subsidiary, branch or office.
ep-note-foreign-other-silent = Our sources do not say how a foreign company without a branch gets a permit for other work. Please ask the local executive body before the work starts.

ep-category-question = What kind of workers are you hiring? If all of them are citizens of Armenia, Belarus, Kyrgyzstan or Russia, choose “All are EAEU citizens”.
ep-category-seasonal = Seasonal workers
ep-category-1-4 = Category 1, 2, 3 or 4
ep-category-unknown = I don't know the category
ep-category-eaeu = All are EAEU citizens
ep-category-unknown-info = About worker categories:
ep-reason-categories = Permits are issued for the first, second, third and fourth categories and for seasonal foreign workers.
ep-note-categories-silent = Which jobs belong to each category is set in parts of the Rules that are not in our sources. So the bot cannot choose the category for you.

ep-local-content-question = Does any of these fit you? It decides whether you file information on local content in staff. "Self-employed" means a worker with a self-employment certificate.
ep-lc-small = We are a small business
ep-lc-state = State body or enterprise
ep-lc-branch = Branch of a foreign company
ep-lc-quota = Quota by country of origin
ep-lc-selfemp = Worker is self-employed
ep-lc-none = None of these
ep-headcount-question = Do you have 10 employees or fewer?
ep-headcount-yes = Yes, 10 or fewer
ep-headcount-no = No, more than 10
ep-investment-question = Are the workers for an investment priority project?
ep-regions-question = Will the permit be valid within one administrative-territorial unit or more than one?
ep-regions-one = In one
ep-regions-several = In several

ep-result-issue = You can apply for the permit; the documents are behind the button below.
ep-reason-provider-channels = The permit is issued by the akimat of the region, the city of republican significance or the capital. Online only: egov.kz, elicense.kz or migration.enbek.kz.
ep-reason-who-where = The employer or its representative applies to the akimat (local executive body) where the foreigners will work: egov.kz, elicense.kz or migration.enbek.kz.
ep-reason-p39-installation = A foreign company without a branch installing equipment: the client's authorised person applies via egov.kz or elicense.kz to the akimat where the work is done.
ep-reason-p39-subsidiary = Workers sent to the foreign company's subsidiary, branch or office: that organisation's authorised person applies via egov.kz or elicense.kz to the akimat where they work.
ep-reason-multi-unit = Issuing or extending a permit valid within more than one administrative-territorial unit takes 3 more working days to approve; the rules do not say whether they count in the other limits, so allow for them.
ep-reason-after-hours = The portals work 24 hours a day, but an application sent after working hours, on a day off or a holiday is accepted on the next working day. Local executive bodies work Monday to Friday, 9:00 to 18:30, with a break from 13:00 to 14:30.
ep-reason-fee-paid = There is a fee (rates: Government decree No. 819 of 03.10.2025), paid at a bank within 10 working days of the decision or of its notice (the rules differ).
ep-reason-result-form = The service is electronic. The result is a permit (on the form in Appendix 1 to the Rules) or a reasoned refusal.
ep-reason-report-replacement = After getting a permit, the employer enters on the portal migration.enbek.kz information on replacing foreign workers with citizens of Kazakhstan and on the foreign workers attracted (form in Appendix 11 to the Rules).

ep-note-notice-conflict = The list of requirements has two lines on the notice: 8 working days for a decision to issue, 4 working days for a decision to issue or refuse. Check your personal account from the earlier date.
ep-note-count-from = The rules do not say whether the day of acceptance counts. Plan on the later date (counting from the next working day); the answer may come earlier.
ep-note-p39-channel = Point 39 names only the web portal egov.kz and elicense.kz, while the list of requirements also allows migration.enbek.kz. It is safer to apply through egov.kz or elicense.kz.
ep-note-fee-amount-silent = The amount of the fee is set by Government Decree No. 819 of 03.10.2025. Its text is not in our sources, so the bot does not give the amount.
ep-note-issue-terms-silent = Our sources do not say how long a permit is valid, which quotas and shares of Kazakh staff apply, or what each category covers. These are parts of the Rules that Order No. 222 did not change.
ep-note-no-bin-silent = Our sources do not say how an employer without a BIN (for example, a private person) applies.
ep-note-p39-signature = Under p. 39 the application is filed by the authorised person of the organisation the work is done for, but the list requires an application certified with the employer's EDS, and here the employer is the foreign company. The rules do not say whose EDS and BIN are needed: the foreign company's or that organisation's. Ask the akimat or 1414 before applying.
ep-note-exempt-silent = The Rules in our sources do not list which foreigners an employer needs no permit for. If some workers are citizens of Armenia, Belarus, Kyrgyzstan or Russia, ask 1414 whether to include them: the EAEU Treaty lets employers hire them “without the restrictions that protect the national labour market”.
ep-note-report-silent = Our sources do not say how often or by when to enter this information.

ep-documents-issue = Documents for the permit:
ep-doc-application-seasonal = Application on the form in Appendix 1 to the Rules, signed with the employer's EDS.
ep-doc-application = Application signed with the employer's EDS.
ep-doc-workers-details = Details of each worker: full name (also in Latin letters), date of birth, citizenship, passport number, date and issuing authority, country of permanent residence, country of departure, education, and profession named under the Qualification requirements (professional standards, qualification directories, Classifier of occupations NK RK 01-2017).
ep-doc-workers = Details of the workers: full name (also in Latin letters), date of birth, citizenship, passport details, country of residence and of departure, education, profession under the Qualification requirements.
ep-doc-id = Electronic copy of the foreign worker's identity document.
ep-doc-fee = Document confirming payment of the permit fee: it is on the list, but the rules differ on when to pay (see the note).
ep-doc-education = Electronic copies of notarised education documents, with translation if the document is not in Kazakh or Russian, legalised in the established way, unless an international treaty of Kazakhstan says otherwise.
ep-doc-p39-contract = Notarised electronic copy of the contract for works or services, with translation if it is not in Kazakh or Russian (company without a branch, p. 39 of the Rules).
ep-doc-p39-transfer = Notarised electronic copy of the transfer letter or agreement agreed between the worker and the foreign company from which the worker is temporarily transferred, with translation if it is not in Kazakh or Russian.
ep-doc-qualification-letter = Electronic copy of the employer's letter confirming that the worker's qualification and experience match the position.
ep-doc-replacement-done = Information on how you replaced foreign workers with citizens of Kazakhstan when permits were issued (p. 14 of the Rules).
ep-doc-local-content = Information on local content in staff, on the form in Appendix 6 to the Rules.
ep-doc-local-content-strict = Information on local content in staff (Appendix 6 form). Your organisation is named among the exceptions, but you have more than 10 employees: the 10-person limit can be read as applying to all the exceptions or only to branches and representative offices. It is safer to attach it.
ep-doc-local-content-unclear = Information on local content in staff (Appendix 6 form). Your case is named among the exceptions, but the exception is worded unclearly, so it is safer to attach it.
ep-doc-investment = For investment priority projects: notarised copy of the document on local content conditions in staff (form in Appendix 7 to the Rules).
ep-doc-replacement = Information on replacing foreign workers with citizens of Kazakhstan (p. 14 of the Rules).
ep-doc-units-contract = If the work is in several administrative-territorial units: electronic copy of the services contract on the territory of that unit.
ep-doc-units-letter = If the work is in several administrative-territorial units: electronic copy of the letter from the authorised body of that unit on meeting the need for the requested foreign workers.

ep-note-seasonal-p39 = The list for seasonal workers does not name this document; it is named in the list for categories 1–4 for the cases of p. 39. We take the stricter reading and include it. Please check with the akimat.
ep-note-lc-exempt = You do not need to give the information on local content in staff (Appendix 6): small businesses, state institutions and enterprises, and branches and representative offices of foreign companies with no more than 10 employees are exempt.
ep-note-replacement-twice = Information on replacing foreign workers with citizens of Kazakhstan appears twice in the list (items 6 and 9). It may be one document, but we list both items.
ep-note-investment-only = The document for investment priority projects (Appendix 7) is not clearly marked as conditional in the list. We read it as needed only for such projects. If in doubt, please check.
ep-note-fee-document = The rules diverge: 1) a document confirming the fee is named in the list of documents for the application; 2) by row 5 the fee is paid within 10 working days of the decision, by row 8 of receiving the notice of it; the employer gets the payment data from state systems (p. 7). Which order applies, the rules do not explain. Before filing, ask the akimat or 1414; if you cannot confirm, it is safer to attach the document so the application is not returned as incomplete.
ep-note-fee-document-interim = The rules diverge: 1) a document confirming the fee is named in the list of documents for the application; 2) by row 5 the fee is paid within 10 working days of the decision, by row 8 of receiving the notice of it. Which order applies, the rules do not explain. Before filing, ask the akimat or 1414; if you cannot confirm, it is safer to attach the document so the application is not returned as incomplete.
ep-note-forms-silent = The application form and the forms in the appendices to the Rules (1, 6–9, 11) are not in our sources. Please find them on the portal where you apply, or ask 1414.

## EAEU citizens

ep-ict-citizenship-question = Are all the workers being transferred citizens of Armenia, Belarus, Kyrgyzstan or Russia (EAEU countries)?
ep-citizenship-all-eaeu = Yes, all
ep-citizenship-not-all = No, or not all
ep-result-eaeu = The Treaty on the Eurasian Economic Union (EAEU) applies to citizens of Armenia, Belarus, Kyrgyzstan and Russia. It does not say outright whether the employer then needs a permit: check before hiring.
ep-reason-eaeu-employers = EAEU Treaty, art. 97 p. 1: employers of a member state “may hire workers of the member states to work without regard to the restrictions that protect the national labour market”.
ep-reason-eaeu-worker = Same point: “workers of the member states do not need a permit to work in the state of employment”.
ep-note-eaeu-permit-unclear = Article 97 does not name the employer's permit. The careful reading: only the workers themselves are freed from a permit, and the employer may still need one. The other reading: the employer's permit is one of the “restrictions that protect the national labour market” and is not needed for EAEU citizens. Until the akimat or 1414 confirms the second reading, do not hire without a permit.
ep-note-eaeu-rules-silent = The Rules on employer permits in our sources do not mention citizens of EAEU countries.

## Intra-corporate transfer

ep-ict-action-question = What do you need for the intra-corporate transfer?
ep-ict-new = Get a permit
ep-ict-reissue = Re-issue a permit
ep-ict-extend = Extend a permit
ep-ict-basis-question = Does the worker have an employment contract with a company from a WTO member country working outside Kazakhstan, or a transfer letter (agreement) with it and its branch, office or affiliate in Kazakhstan?
ep-ict-basis-unsure = Not sure

ep-result-ict-not-eligible = Under the rules we rely on, without such a contract or letter the documents for an intra-corporate transfer are incomplete.
ep-reason-ict-basis = You need an employment contract with a company from a WTO member country working outside Kazakhstan, or a transfer letter (agreement) with its branch, office or affiliate in Kazakhstan.
ep-note-ict-other-route = If an intra-corporate transfer does not fit, choose a regular permit: see the button below.
ep-note-ict-conditions-silent = Other conditions of an intra-corporate transfer (for example, how long the worker must have worked for the company, and the permit term) are set in parts of the Rules that are not in our sources.
ep-result-ict-unsure = Please check this condition before applying: without such a contract or letter the documents are incomplete.
ep-note-wto-silent = Our sources have no list of WTO member countries. Please check the membership of the country where the company is set up.

ep-result-ict = You can apply under intra-corporate transfer. It is free of charge. Below: where to apply and time limits. Next: the documents.
ep-reason-ict-route = The employer or its representative applies through egov.kz or elicense.kz to the akimat where the foreigners will work.
ep-reason-ict-issue-time = Accepted on { $registered }. Issue takes 8 working days: by { $due } (if the day of acceptance counts, { $early }).
ep-reason-ict-reissue-time = Accepted on { $registered }. Re-issue takes 6 working days: by { $due } (if the day of acceptance counts, { $early }).
ep-reason-ict-free = Issue, extension and re-issue of permits under intra-corporate transfer are free of charge.
ep-reason-report-special = After getting a permit, the employer enters on the portal migration.enbek.kz information on the special conditions and on the foreign workers attracted (form in Appendix 11 to the Rules).
ep-note-ict-channel = Point 47 names only the web portal egov.kz and elicense.kz, while the list of requirements also allows migration.enbek.kz. It is safer to apply through egov.kz or elicense.kz.
ep-note-ict-reissue-silent = Our sources do not say in which cases a permit under intra-corporate transfer is re-issued.
ep-result-ict-reissue = The rules provide for re-issuing a permit under intra-corporate transfer but do not say for which reasons. Please ask the akimat (local executive body) whether your case fits.
ep-note-ict-reissue-channel = The Rules have no point of their own on how to apply for re-issue under a transfer. The general p. 3 and the list of requirements allow egov.kz, elicense.kz and migration.enbek.kz, while the points on obtaining a permit under a transfer (p. 47) and on re-issue (p. 79) name only egov.kz and elicense.kz. It is safer to apply through egov.kz or elicense.kz.

ep-documents-ict = Documents for the intra-corporate transfer:
ep-doc-ict-contract = Electronic copy of a notarised translation (if not in Kazakh or Russian) of the employment contract with a company from a WTO member country, or of the letter (agreement) on intra-corporate transfer with its branch, representative office or affiliate in Kazakhstan.
ep-doc-ict-work-history = Information on the worker's work history, with supporting documents recognised in Kazakhstan.
ep-doc-ict-special-done = Information on meeting the special conditions set when permits were issued (p. 80 of the Rules).
ep-doc-ict-letters = Electronic copy of the foreign company's letter confirming that the worker's qualification and experience match the transfer position, and a letter from the receiving side confirming that the worker has the needed qualification and experience.
ep-doc-ict-special-accepted = Information on the special conditions accepted for getting and extending permits (form in Appendix 8 to the Rules).
ep-doc-ict-local-content = Information on local content in staff for intra-corporate transfer (Appendix 9 to the Rules).
ep-doc-ict-programme = Electronic copy of the programme to increase local content in staff, if you have one.
ep-note-ict-no-fee-document = There is no payment document in this list: under intra-corporate transfer the service is free of charge.

## Extension

ep-expiry-question = Until what date is the permit valid? Write the last day shown on the permit.
ep-result-extension = Extending the permit valid until { $expiry } is a separate sub-service. Below: where to apply and how long it takes; the documents are behind the button below.
ep-reason-extension-time = Accepted on { $registered }. Extension takes 3 working days: by { $due } (if the day of acceptance counts, { $early }).
ep-reason-ict-extension-time = Accepted on { $registered }. A transfer extension takes 6 working days: by { $due } (if the day of acceptance counts, { $early }).
ep-reason-extension-plan = For planning (not a limit in the rules): to have the decision before { $expiry }, file in working hours by { $latest }.
ep-note-extension-window-silent = Our sources do not say from what day before expiry you may apply for an extension, for how long or how many times a permit is extended: the time limits on this screen are only the processing time. Whether an application is accepted long before expiry, ask the akimat or 1414.
ep-note-extension-fee-inside = The rules do not say whether the 10 working days to pay the fee are part of the 3 working days of extension. Watch your personal account and pay as soon as you get the notice of the decision.
ep-result-ext-filed-late = The extension application was filed on { $filed }; the decision is due by { $due }, and the permit's last day is { $expiry }. Our sources do not say what happens if the decision comes on the permit's last day or after it: ask the akimat or 1414.

ep-result-extension-expired = The permit is valid until { $expiry }, but the application will be accepted after that date. Our sources do not say whether a permit that has ended can be extended.
ep-reason-accepted-on = An application sent after working hours, on a day off or a holiday is accepted on the next working day. Your application's day of acceptance: { $registered }.
ep-note-expired-silent = The rules we rely on give neither a deadline for applying for an extension nor what happens when a permit ends. Please ask the akimat what to do.

ep-documents-extension = Documents for the extension:
ep-doc-local-content-extension = Information on local content in staff.
ep-note-extension-local-content = For an extension, the list asks for information on local content in staff and does not repeat the exceptions (small business, state bodies, small branches and others). We take the stricter reading: prepare it in any case.
ep-doc-ict-special-years = Information on meeting the special conditions of permits issued in the previous and the current calendar year (p. 80 of the Rules).
ep-doc-ict-local-content-ext = Information on local content in staff for intra-corporate transfer.
ep-doc-ict-justification = Reasons for extending the permit term.
ep-doc-ict-special-info = Information on the special conditions accepted.
ep-note-ict-id-unnumbered = The copy of the identity document has no number in the list; it stands between items 4 and 5. We treat it as required.

## Re-issue

ep-reissue-question = Why do you need to re-issue the permit?
ep-reissue-worker-data = Worker's new name or passport
ep-reissue-reorganisation = Our company was reorganised
ep-reissue-employer-details = Our name or details changed
ep-reissue-other = Another reason

ep-result-reissue = The rules provide a re-issue for your case. It is free of charge. Below: how to apply and time limits. Next: the documents.
ep-reason-reissue-cases = Re-issued when the worker's name or passport changes, the employer is reorganised, or its name or details in the permit change.
ep-reason-reissue-route = The employer or its representative applies through egov.kz or elicense.kz to the akimat (local executive body) where the foreigners work.
ep-reason-reissue-time = Accepted on { $registered }. Re-issue takes 6 working days: by { $due } (if the day of acceptance counts, { $early }).
ep-reason-reissue-free = Re-issue of permits already issued is free of charge.
ep-note-reissue-deadline-silent = Our sources do not say how soon after the change you must apply. Please apply as soon as you can.
ep-note-reissue-channel = Point 79 names only the web portal egov.kz and elicense.kz, while the list of requirements also allows migration.enbek.kz. It is safer to apply through egov.kz or elicense.kz.

ep-documents-reissue = Documents for the re-issue:
ep-doc-change-worker = Electronic copies of documents confirming the change of the worker's name or of the number and series of the identity document.
ep-doc-change-reorganisation = Electronic copies of documents confirming the reorganisation (merger, accession, division, separation or transformation).
ep-doc-change-employer = Electronic copies of documents confirming the change of the employer's name or details stated in the permit.

ep-result-reissue-other = The rules also provide another kind of re-issue but do not say for which reasons. Please ask the akimat whether your case fits.
ep-reason-reissue-generic = Re-issue of a permit is a separate kind of this service; for it you give the documents of section 2 of the list (as for issue in categories 1–4).
ep-note-reissue-reasons-silent = Our sources do not say for which reasons, other than a change of the worker's data, reorganisation or a change of name or details, this kind of re-issue is meant.
ep-note-reissue-fee-conflict = Re-issue is free of charge, but the list it refers to includes a fee payment document. We show the full list; please check whether this document is needed.
ep-documents-reissue-other = Documents of section 2 (full list, conditional items marked):
ep-doc-p39-contract-if = If a foreign company works without a branch under p. 39: notarised electronic copy of the contract for works or services, with translation.
ep-doc-p39-transfer-if = If workers are transferred to a subsidiary, branch or representative office of a foreign company: notarised electronic copy of the transfer letter or agreement, with translation.
ep-doc-local-content-if = Information on local content in staff (Appendix 6), except for: small businesses, state institutions and enterprises, branches and representative offices of foreign companies with up to 10 employees, workers who came for self-employment, permits within quotas by country of origin. The exceptions are worded unclearly: if in doubt whether yours is one, it is safer to attach it.
ep-doc-fee-reissue = Fee payment document: named in the list, although re-issue is free (see the note).

## Fee after the decision

ep-fee-kind-question = Which permit was the decision about? Issue and extension (categories 1–4, seasonal) are paid; re-issue and intra-corporate transfer are free.
ep-fee-kind-paid = Issue or extension
ep-fee-kind-free = Re-issue or transfer
ep-decision-date-question = On what date was the decision to issue or extend made?
ep-result-fee = Pay the fee no later than { $pay_by }.
ep-reason-fee-deadline = Safe date: { $pay_by } — 10 working days from the decision ({ $decided }), its day counted. Counting from the notice ({ $received }): { $pay_by_notice }.
ep-reason-fee-deadline-day-off = Safe date: { $pay_by } — 10 working days from the decision ({ $decided }); that was not a working day, so the count starts on the next working day. Counting from the notice ({ $received }): { $pay_by_notice }.
ep-reason-fee-deadline-no-notice = Safe date: { $pay_by } — 10 working days from the decision ({ $decided }){ $working_day ->
        [no] ; that was a day off, so the count starts on the first working day after it
       *[yes] , counting its day
    }. Counted from the notice, the deadline is not known yet: it ends later — 10 working days after the day the notice arrives.
ep-reason-fee-data = Information on fee payment is taken from state digital systems through the "digital government" gateway.
ep-note-fee-reading = The lines of the rules differ: one counts 10 working days from the decision, the other from receiving the notice, and neither says whether that day counts. Pay by the earlier date.
ep-note-fee-late-silent = Our sources do not say what happens if the fee is not paid on time.
ep-result-fee-free = There is no fee for this permit.
ep-reason-free-cases = Free of charge: re-issue of permits already issued, and issue, extension and re-issue of permits under intra-corporate transfer.

## Grounds for refusal

ep-refusal-title = The service can be refused on these grounds:
ep-ground-unreliable = The documents the employer gave, or the information in them, are found to be unreliable.
ep-ground-requirements = The employer, or the materials, data and information given, do not meet the requirements of the laws and regulations of Kazakhstan.
ep-ground-consent = There is no consent to access restricted personal data needed for the service (Art. 8 of the Law "On personal data and their protection").
ep-ground-other-laws = Other grounds set by the laws of Kazakhstan.
ep-note-violations-check = Before deciding, the local executive body checks for recorded violations in the systems "Unified register of administrative proceedings", "Migration police", "Labour protection and safety", and in the systems "Foreign labour" (IRS) and "Unified system for recording employment contracts" (ESUTD).
ep-note-violations-silent = Our sources do not say which violations lead to a refusal.
ep-note-refusal-delivery = A refusal to accept the application and a reasoned refusal to consider it further are signed with the EDS of the head of the local executive body and arrive as an electronic document in your personal account on the portal.
ep-note-refusal-accept-silent = Our sources do not say on what grounds the application can be refused at acceptance.
ep-note-refusal-old-silent = Our sources do not say how checks were made and refusals sent before 12.07.2026 (the earlier wording of p. 6, 9 and 10 of the Rules).

## Issue 8
ep-hours-question = When will you send the application? Akimats work Mon–Fri 9:00–18:30 (lunch 13:00–14:30). Sent later, on a day off or a holiday, it is accepted on the next working day.
ep-hours-in = During working hours
ep-hours-after = Evening, day off, holiday
ep-court-question = Is there a court decision in force that bans your organisation from this activity, or takes away a special right linked to this permit?
ep-court-none = No
ep-court-ban = Yes, an activity ban
ep-court-right = Yes, a special right removed
ep-consent-question = The permit needs restricted-access personal data. Will you consent to access to it (Art. 8 of the Law on Personal Data and Their Protection)?
ep-consent-yes = Yes, I will consent
ep-consent-no = No
ep-signature-question = Does the employer have an EDS (electronic digital signature) and a business identification number (BIN)? The application is filed only online, certified by the employer's EDS; under the rules the service is available online with a BIN and an EDS.
ep-signature-yes = Yes, a BIN and an EDS
ep-signature-no = No EDS
ep-signature-no-bin = EDS, but no BIN
ep-block-ban = A court decision bans the activity: under the rules this is a ground for refusing the permit.
ep-block-right = A court decision removed a special right: under the rules this is a ground for refusing the permit.
ep-block-consent = Without consent to access personal data the permit is refused: give your consent when you apply.
ep-block-signature = Not ready: the application is filed only online (egov.kz, elicense.kz or migration.enbek.kz), certified by the employer's EDS.
ep-blocked-signature-consequence = Without the employer's EDS the application cannot be filed: get one first.
ep-block-bin = Not ready: under the rules the service is had online with a BIN and an EDS, and the employer has no BIN.
ep-blocked-bin-consequence = Our sources do not say how to apply without a BIN: ask the akimat or 1414 before applying.
ep-result-no-bin = Before applying, ask the akimat or 1414 whether an application without a BIN is accepted: the rules can be read two ways here.
ep-reason-no-bin-strict = Strict reading: the service is had online "with" a BIN and an EDS, and the application is filed only online — without a BIN you may not be able to file.
ep-reason-no-bin-persons = Other reading: the service is rendered "to individuals and legal entities" — so an employer registered as a sole trader (IP) with an IIN and an EDS may be able to file without a BIN.
ep-block-ext-late = File earlier: accepted on { $registered }, the decision is due by { $due }, { $last_day ->
        [yes] the permit's last day, with no margin.
       *[other] but the permit ends on { $expiry }.
    } File in working hours by { $latest }.
ep-block-ext-late-passed = Apply as soon as you can, in working hours: accepted on { $registered }, the decision is due by { $due }, { $last_day ->
        [yes] the permit's last day.
       *[other] but the permit ends on { $expiry }.
    } Filing with a margin (by { $latest }) is no longer possible.
ep-block-ext-late-consequence = Our sources do not say what happens if the permit ends before the application is accepted or decided (they set no time to apply for an extension): ask the akimat or 1414.
ep-block-ext-expired = File earlier: an application filed on { $filed } is accepted on { $registered }, after the permit ends ({ $expiry }). File in working hours by { $latest }.
ep-block-ext-expired-passed = Apply as soon as you can, in working hours, while the permit is valid (until { $expiry }): an application filed on { $filed } is accepted on { $registered }, after it ends. Filing with a margin (by { $latest }) is no longer possible.
ep-reason-issue-notice = Accepted on { $registered }. Decision by { $by } (if the day of acceptance counts, { $early }); another line of the rules says 4 working days: { $short }.
ep-reason-issue-total = The whole issue, fee included, takes 19 working days: by { $by } (if the day of acceptance counts, { $early }).
ep-notice-date-question = On what date did you receive the notice of the decision? One line of the rules counts the time to pay from that date.
ep-fee-dates-mismatch = The notice ({ $received }) cannot come before the decision ({ $decided }). Check the dates and enter them again.
ep-ground-court = A court decision in force bans the activity, or removes a special right linked to the service.
ep-note-complaint-silent = Where and within what time a refusal of this service can be appealed, our sources do not say.
ep-link-labour-permit = Labour-immigrant permit
ep-link-self-employment = Self-employment certificate
ep-link-other-permit = Choose another permit
ep-link-new-permit = Apply for a new permit
