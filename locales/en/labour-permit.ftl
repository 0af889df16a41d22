## Labour immigrant permit (tree dialogs/trees/labour-permit.yaml).

labour-permit-title = Labour immigrant permit

lp-role-question = Who are you?
lp-role-immigrant = I am a foreigner and I want to work
lp-role-employer = I am an employer (I hire a worker for my household)

lp-has-permit-question = Do you already have a labour immigrant permit?
lp-has-permit-no = No, I need my first one
lp-has-permit-yes = Yes, a valid one
lp-has-permit-lost = Yes, but it is lost or damaged
lp-has-permit-revoked = A question about revoking a permit

lp-no-work-without-permit = You must not work until you have a permit. The permit is issued by the local executive body (the akimat of a district or of a city of regional significance) within the quota.

lp-property-question = Will the work be in a house or apartment that belongs to the employer by right of ownership?
lp-property-owned = Yes, the employer owns the home
lp-property-rented = No, the home is rented
lp-property-unsure = I don't know
lp-property-unsure-info = The permit is issued for the address of real estate that the employer owns. Ask the employer who owns the home: without this, the permit may be refused.

lp-result-not-eligible-property = Under the rules we rely on, a permit for work at this address will most likely not be issued.
lp-reason-owned-property = The permit is issued for the address of real estate that belongs to the employer by right of ownership and where you will work.
lp-reason-territory = The permit cannot be passed to another person. It is valid only in the district or city where it was issued.
lp-note-rented-ambiguous = The rules say nothing directly about rented housing. We use the careful reading: the employer must own the property. If the home is rented, be sure to check with the service provider before you submit the documents.

lp-in-kz-question = Are you in Kazakhstan now?
lp-abroad-info = Through migration.enbek.kz, the permit is issued when you and the employer sign the agreement of intent after you have entered Kazakhstan. The application also needs your passport with marks showing that you crossed the border of Kazakhstan in the last 12 months.

lp-term-question = For how many months do you need the permit? From 1 to 12.

lp-has-medical-question = Do you already have a medical certificate, form 028/u (028/у)?
lp-has-medical-yes = Yes, I have it
lp-has-medical-no = Not yet
lp-medical-date-question = On what date was your 028/у certificate issued? Write the date shown on it.

lp-channel-question = How will you submit the documents?
lp-channel-gov-corp = In person at the State Corporation (TsON)
lp-channel-egov = Online at egov.kz
lp-channel-enbek = Online at migration.enbek.kz

lp-result-first-permit = You can apply for a permit if the conditions below are met. If you apply today, the decision will be made no later than { $decision_by }.
lp-reason-quota = Permits are issued within the quota set by the authorized body for migration.
lp-reason-decision-time = The decision is made within 2 working days, not counting the day of filing. An application filed on a day off, on a public holiday or after working hours is accepted on the next working day. Deadline if you apply today: { $decision_by }.
lp-reason-no-work-until-issued = You may work only after the permit is issued.
lp-note-citizenship-not-decidable = The service provider checks your citizenship against the conditions of Article 43-1 of the Law "On Migration of Population". The text of this article is not in our sources, so the bot cannot tell whether your citizenship qualifies. Please check with 1414 or on egov.kz.
lp-note-medical-expired = Your 028/у certificate of { $issued } was valid only until { $valid_until }. To apply, you need a certificate issued no more than 12 months ago.

lp-documents-first = Documents for the first permit:
lp-doc-application = An application for the permit, signed by you and the employer (you will get a copy).
lp-doc-application-extension = An application to extend the permit, signed by you and the employer.
lp-doc-tax-receipt = A receipt for the advance payment of individual income tax.
lp-doc-passport = Your passport with marks showing that you crossed the border of Kazakhstan in the last 12 months (it will be returned after scanning).
lp-doc-medical = A medical certificate, form 028/u (028/у), issued no more than 12 months ago.
lp-doc-medical-yours = Your medical certificate 028/у: it is suitable if you submit the documents no later than { $valid_until }.
lp-doc-medical-renew = A new medical certificate 028/у: your certificate of { $issued } is already older than 12 months.
lp-doc-insurance = Medical insurance (primary health care and emergency care in hospital) for the whole period you ask for ({ $months } month(s)), registered in the Unified Insurance Database.
lp-doc-insurance-extension = Medical insurance (primary health care and emergency care in hospital) for the whole extension period, registered in the Unified Insurance Database.
lp-doc-agreement = An agreement of intent to conclude an employment contract, signed by you and the employer.
lp-doc-enbek-registration = Registration on migration.enbek.kz: passport details, qualification, skills and work experience.
lp-doc-enbek-ten-days = Through migration.enbek.kz, the permit is issued within 10 calendar days after the agreement of intent is signed. During all this time, the quota is kept for you.
lp-note-tax-amount-silent = The amount of the tax payment is set by the Tax Code (p. 2 of Article 360 or p. 5 of Article 658). Its text is not in our sources, so the bot does not give the amount. Please check on egov.kz or with 1414.
lp-note-insurance-reading = The rule says "with a validity period not shorter than the period stated in the application". We read this strictly: the insurance must cover every day of the period you ask for.
lp-note-incomplete-refused = If any document is missing or has expired, they will refuse to accept your application.
lp-note-where-result = The result will come to the place where you applied: to the TsON or to your personal account on egov.kz / migration.enbek.kz.

lp-expiry-question = What is the last day your permit is valid? Write the date shown in the permit.
lp-cumulative-question = How many months in total is your permit, together with all extensions? (from 1 to 12)

lp-result-expired = Your permit ended on { $expiry }. It can no longer be extended.
lp-reason-not-extended-late = The permit is not extended if the application is filed later than 5 calendar days before the permit expires.
lp-reason-no-work-after-expiry = After { $expiry }, you must not work without a valid permit.
lp-note-after-expiry-silent = Our sources do not say what to do next. Do not count on an extension: contact the service provider.

lp-result-extension-too-early = It is too early to extend. The window for the application: from { $opens } to { $closes }. The last working day in the window is { $last_wd }.
lp-reason-window = An application for extension is filed not earlier than 30 and not later than 5 calendar days before the permit expires. For you, this is from { $opens } to { $closes } inclusive.
lp-reason-last-working-day = An application filed on a day off or a public holiday is accepted only on the next working day. So the safe last day is { $last_wd }, during working hours.
lp-reason-max-extension = Together with extensions, the permit cannot be longer than 12 months: you can extend it by no more than { $max_months } month(s).
lp-note-window-reading = The rule "not later than 5 calendar days before the permit expires" can be understood in two ways. We take the earlier date so that you are not late. It is even safer to apply one or two days earlier.

lp-extension-months-question = The extension window is open. For how many months do you want to extend? No more than { $max_months }.
lp-result-extension-too-long = You cannot extend for that long: you ask for { $asked } month(s), but the maximum is { $max_months }. Enter a different period.

lp-result-extension-now = You can apply for an extension right now. The application will be accepted on { $accepted }, and the decision will be made no later than { $decision_by }. The last day of the window is { $closes }; the last working day is { $last_wd }.
lp-reason-late-not-extended = If you apply after { $closes }, the permit will not be extended.

lp-result-extension-day-off = Today is not a working day: the application will be accepted only on { $accepted }, and this is already after the last day of the window ({ $closes }). The safe last day was { $last_wd }.
lp-reason-accepted-next-working-day = On days off and public holidays, applications are accepted on the next working day. In your case, this is { $accepted }.
lp-note-day-off-reading = The rules do not say which date counts as the filing date: the day of sending or the day of acceptance. We take the careful option: the day of acceptance. Check with the service provider urgently.

lp-result-extension-too-late = The time for extension has passed: the last day to apply was { $closes }. The permit is valid until { $expiry }.
lp-note-after-late-silent = Our sources do not say what to do if you missed the extension window. Do not work after the permit expires, and contact the service provider.

lp-documents-extension = Documents for extension:
lp-note-extension-same-list = Our sources have no separate list for extension. The rule on refusal for incomplete or expired documents also applies to extension. So prepare the same full set.

lp-result-new-permit-too-early = Your total period is already 12 months. An extension is not possible; you need a new permit. The application is filed within 4 calendar days before the permit expires: from { $opens } to { $closes }.
lp-reason-cap-reached = The maximum period of a permit, together with extensions, is 12 months.
lp-reason-new-permit-window = An application for a new permit is filed within 4 calendar days before the permit expires: from { $opens } to { $closes }.
lp-note-new-permit-reading = "Within 4 calendar days before the permit expires" can be understood in different ways. We count the window from { $opens } to { $closes } and advise you to apply on the very first day: the decision takes up to 2 working days.

lp-result-new-permit-now = Apply for a new permit now: the window is open until { $closes }. If you apply today, the decision will be made no later than { $decision_by }.
lp-result-new-permit-too-late = The window for applying for a new permit ended on { $closes }. The permit is valid until { $expiry }.

lp-documents-new-permit = Documents for a new permit:
lp-note-new-permit-full-list = Our sources have no separate list for a new permit. Prepare the full set, as for the first permit: a new 028/у certificate, new insurance and a new tax receipt.

lp-lost-question = How did you get the permit?
lp-lost-gov-corp = At the State Corporation (TsON), on paper
lp-lost-online = Online (egov.kz or migration.enbek.kz)
lp-result-lost-copy = Go to the State Corporation "Government for Citizens" (Public Service Centre, TsON): they will give you a copy of the permit on the day you apply.
lp-reason-lost-copy = If a permit issued by the State Corporation is damaged or lost, a copy is issued on the day you apply.
lp-result-lost-online = For a permit received online, our sources do not describe how to restore it.
lp-reason-lost-only-gov-corp = The rule about a copy on the day you apply covers only permits issued by the State Corporation.
lp-reason-where-result = The result of an online application comes to your personal account on egov.kz or migration.enbek.kz. Check it there.

lp-result-revocation = Revocation of the permit is mentioned in the name of the service, but our sources do not describe the grounds or the procedure for revocation.
lp-reason-revocation-silent = The service is called "Issuing, extending and revoking a labour immigrant permit", but nothing more is said about revocation.
lp-reason-refusal-grounds = The grounds for refusal are set by the Requirements for providing the service, and these are not in our sources.

lp-employer-question = What do you want to know?
lp-employer-hire = I want to hire a foreigner
lp-employer-search-abroad = I am looking for a worker abroad on enbek.kz
lp-employer-contract = The worker got a permit: the employment contract
lp-employer-terminated = The contract with the worker has been terminated

lp-result-employer-hire = The worker gets the permit, but the worker cannot get it without you. What the employer must do:
lp-reason-employer-signs = You and the worker sign the application for the permit.
lp-reason-employer-agreement = You must sign an agreement of intent to conclude an employment contract with the worker.

lp-vacancy-published-question = On what date was the vacancy published on enbek.kz?
lp-result-employer-search = You can search for workers abroad on migration.enbek.kz from { $search_from }.
lp-reason-search-abroad = Searching for immigrants abroad is allowed only after 15 days have passed from the day the vacancy was published on enbek.kz. For you, this is from { $search_from }.
lp-reason-enbek-after-entry = Through migration.enbek.kz, the permit is issued after the worker enters Kazakhstan and the agreement of intent is signed.
lp-note-search-reading = The rules do not say whether these are calendar days or working days, or whether the day of publication counts. We use the reading that gives the latest date: 15 working days, not counting the day of publication. This way you do not start the search too early. With calendar days the date could be earlier: check with 1414.

lp-result-employer-contract = With a worker who has received a permit, the employment contract must be made in one of these ways:
lp-reason-contract-register = Enter the information about the conclusion and termination of the employment contract into the unified employment-contract register.
lp-reason-contract-hr-enbek = Or conclude the employment contract on the hr.enbek.kz portal.
lp-note-contract-deadline-silent = Our sources do not state the deadline for entering this information.

lp-terminated-question = On what date was the employment contract terminated?
lp-result-employer-terminated = Give notice of the contract termination no later than { $notice_by } (better: by { $urged }).
lp-reason-termination-notice = If the work in the household ended before the permit expires, the employer must notify the State Corporation "Government for Citizens" (Public Service Centre, TsON) within 2 working days from the day the contract was terminated: in person, through egov.kz or through migration.enbek.kz. Your deadline: { $notice_by }.
lp-note-termination-reading = The rule does not say whether the day of termination counts. If it counts, the deadline is { $urged }. So it is safer to send the notice by { $urged }.
lp-note-revocation-not-implied = Our sources do not say that the notice revokes the worker's permit.
