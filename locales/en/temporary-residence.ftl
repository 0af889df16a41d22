## Temporary residence permit (tree dialogs/trees/temporary-residence.yaml).

temporary-residence-title = Temporary residence permit (RVP)

trp-topic-question = What do you need?
trp-topic-new = Get a permit
trp-topic-duplicate = Permit lost or damaged
trp-topic-term = Term, extension, fees

## Who files the application

trp-host-question = The application for a temporary residence permit is filed not by the foreigner but by the receiving party (the host). Who is the host in your case?
trp-host-citizen = A citizen of Kazakhstan
trp-host-resident = A foreigner with permanent residence in Kazakhstan
trp-host-company = An organisation registered in Kazakhstan
trp-host-aifc = AIFC (for investment residents)
trp-host-trafficking = Akimat (for victims of human trafficking)
trp-host-rvp-only = A foreigner with only a temporary permit
trp-host-self = Nobody, I will apply myself

trp-host-role-question = Does the host invite the foreigner (petition for the invitation) or give the foreigner a home that has an address registration code (RKA)? One of the two is enough.
trp-host-role-invites = Invites
trp-host-role-housing = Gives a home with an RKA
trp-host-role-neither = Neither

trp-result-not-host-role = Under the rules we rely on, such a person is not a receiving party, so they cannot file an application for a temporary residence permit.
trp-reason-host-role = A receiving party is someone who petitions to invite the immigrant for temporary residence and/or gives the immigrant a place to live that has an address registration code.
trp-reason-host-files = The applicants for this service are the receiving parties. They file the application, not the foreigner.
trp-note-law-6-1-silent = The Rules refer to article 6-1 of the Law "On migration of the population", but the text of that article is not in our sources. The bot cannot tell whether the Law allows other options.

trp-result-not-host-temporary = A foreigner who has only a temporary residence permit is not a receiving party under the Rules. They cannot file the application for someone else.
trp-reason-host-definition = A receiving party can be a citizen of Kazakhstan, a foreigner or stateless person who lives in Kazakhstan permanently, or an organisation registered in Kazakhstan.

trp-result-not-host-self = The foreigner cannot file the application for a temporary residence permit. The receiving party does it: a citizen, a permanently resident foreigner or an organisation in Kazakhstan (for AIFC investment residents, the AIFC Administration; for victims of human trafficking, the akimat).
trp-reason-host-eds = Even online on egov.kz, the application is signed with the electronic signature (EDS) of the receiving party.

## Special hosts

trp-aifc-question = Did the AIFC investment resident and the family come from a state that has a ratified treaty with Kazakhstan on visa-free entry and stay?
trp-unsure = I don't know
trp-aifc-host-info = For AIFC investment residents and their family members who came from such states, the receiving party is the AIFC Administration. The Administration files the application.
trp-note-aifc-reading = The text does not make clear whether the visa-free condition applies only to the family members or also to the investor. We use the strict reading: all of them came from such a state.
trp-result-aifc-silent = Our sources do not say who the receiving party is in this case.
trp-reason-aifc-host = The AIFC Administration is the receiving party for AIFC investment residents and their family members who came from states with a ratified treaty on visa-free entry and stay.
trp-note-aifc-visa-silent = The Rules say nothing about people who came from a state without such a treaty. The list of such treaties is not in our sources either.

trp-trafficking-info = For victims of human trafficking, the receiving party is the local executive body (akimat), and it files the application. The permit is issued so that the person can receive a guaranteed set of special social services. A person counts as a victim of human trafficking whether or not a criminal case has been opened.
trp-note-trafficking-proof-silent = Our sources do not say which documents prove that a person is recognised as a victim of human trafficking. That list is in appendix 1-1 to the Rules, which we do not have.

## Who the permit is for

trp-person-question = Who is the permit for?
trp-person-adult = An adult
trp-person-under16 = A child under 16
trp-person-turned16 = A child who turned 16 in Kazakhstan

trp-result-under16 = The rules we rely on set no separate procedure for a child under 16.
trp-reason-sixteen-rule = There is a special deadline only for an immigrant who turns 16 in Kazakhstan: the receiving party files the application not later than 10 calendar days from that moment.
trp-note-under16-silent = Our sources do not say whether a child under 16 needs a separate permit or which documents to file for the child. Check this before you apply.

trp-birthday16-question = On what date did (or will) the child turn 16?

trp-result-sixteen-deadline = File the application for the child by { $safe_by } (inclusive). The last day under the rules is { $latest }.
trp-reason-sixteen-deadline = The child turned 16 on { $birthday }. The receiving party applies not later than 10 calendar days from that day: by { $latest }. These are calendar days: weekends and holidays count too.
trp-reason-sixteen-channels = You can apply at the police at the place of registration, at the State Corporation (TsON) or on the egov.kz portal.
trp-note-sixteen-reading = "Not later than 10 calendar days from the moment" can be counted from the next day ({ $latest }) or from the birthday itself ({ $safe_by }). We advise the earlier date: { $safe_by }.
trp-note-sixteen-day-off = { $safe_by } is a weekend or a public holiday, and an application filed on such a day is accepted only on the next working day. It is safer to file by { $last_wd } (inclusive), during working hours.
trp-note-sixteen-today-day-off = Today is not a working day: an application filed today is accepted only on the next working day. The Rules do not say whether it is then still in time: check with the service provider urgently.
trp-note-sixteen-before-birthday = The Rules do not say whether you may apply before the child turns 16: the term counts from the moment the child turns 16.
trp-note-sixteen-abroad-silent = The rule covers only children who turned 16 in Kazakhstan. If the child turned 16 abroad, our sources do not describe this case.
trp-result-sixteen-last-day = The safe date has already passed: the last day under the rules is { $latest }. File the application for the child at once, during working hours.

trp-result-sixteen-late = The child turned 16 on { $birthday }, and the deadline for the application passed on { $latest }.
trp-note-sixteen-late-silent = The Rules do not say what happens if you apply after this deadline. Do not wait: contact the service provider as soon as possible.
trp-note-sixteen-filing-late = The filing date { $filed } is after the deadline for a child who turned 16 ({ $latest }). The Rules do not say what happens if you are late: file earlier if you can.

## Term of stay

trp-stay-question = Is the foreigner's permitted term of stay in Kazakhstan still valid?
trp-stay-valid = Still valid
trp-stay-expired = Already expired

trp-overstay-question = When the term of stay has already expired, documents for the permit are accepted only in two cases. Which is yours?
trp-overstay-failure = System failure, there is an act
trp-overstay-517 = Fined under art. 517, up to 10 days
trp-overstay-over-10 = Overstay of more than 10 days
trp-overstay-other = Other

trp-overstay-accepted-info = In your case the documents for the permit can be accepted: at the police, at the State Corporation (TsON) or on the portal.
trp-note-overstay-failure-act = You need an act on the information system failure, signed by the State Corporation and the service provider, and the foreigner must have applied in time. Without the act the documents are not accepted.
trp-note-overstay-ten-days = The rule speaks of not leaving "within a period not exceeding ten days" after the term ended. We count the tenth day after the last lawful day as still inside this period.
trp-note-overstay-not-grace = This is not a grace period. It is about people who have already been held liable under article 517 of the Code of Administrative Offences.

trp-result-overstay-refused = If the term of stay expired for another reason, the Rules do not allow the documents for the permit to be accepted.
trp-reason-overstay-only-two = Except for the two cases below, the documents are not accepted.
trp-reason-overstay-failure = First case: the foreigner applied in time, but the term of stay expired because of a failure of the information systems, and there is a failure act signed by the State Corporation and the service provider.
trp-reason-overstay-517 = Second case: the foreigner was held liable under article 517 of the Code of Administrative Offences for not leaving Kazakhstan within not more than 10 days after the term ended.
trp-note-overstay-scope = We read this restriction as applying only to people whose term of stay has already expired. Ordinary applications are accepted under the general rules.

## Purpose of stay

trp-purpose-question = What is the purpose of stay? The list of documents depends on it.
trp-purpose-ict = Intra-corporate transfer
trp-purpose-household = Work in a household
trp-purpose-other = Another purpose

trp-ict-conditions-question = Under the Rules, an intra-corporate transfer is when the foreigner works as a head, manager or specialist in a company founded in a member state of the WTO and operating outside Kazakhstan, and is transferred to its branch, subsidiary or representative office in Kazakhstan. Is all of this true for you?
trp-ict-conditions-yes = Yes, all of it
trp-ict-conditions-no = No, or not all

trp-ict-not-ict-info = Then this is not an intra-corporate transfer in the sense of the Rules. The documents depend on your real purpose of stay.

trp-ict-months-question = For how many months is the transfer planned under the labour contract (including an extension, if you plan one)?

trp-ict-ok-info = A transfer of { $months } months is within the limit: under the labour contract, not more than { $max_months } months (3 years).
trp-note-ict-term-reading = The limit of 3 years plus a 1-year extension is written in the definition of an intra-corporate transfer. The Rules do not say for how long the permit itself is issued.
trp-note-wto-silent = Our sources do not list the member states of the WTO.

trp-ict-extension-info = A transfer of { $months } months is longer than { $max_months } months. Under the labour contract a transfer may last not more than 3 years; up to 1 more year is possible only by an extension. In total, not more than { $total } months.

trp-result-ict-too-long = A transfer of { $months } months cannot be an intra-corporate transfer: it is more than { $total } months.
trp-reason-ict-cap = An intra-corporate transfer lasts for the term of the labour contract, but not more than 3 years ({ $max_months } months), with the right to extend it by 1 year: not more than { $total } months in total.

trp-household-info = For work in a household, the police officer checks how many valid temporary residence permits have already been issued to this employer under such labour contracts (article 43-2, point 5 of the Law).
trp-note-household-limit-silent = How many permits one employer may have is set in the Law, whose text is not in our sources. We do not give a number.

## How and when to apply

trp-channel-question = How will the receiving party file the application?
trp-channel-police = At the police (place of registration)
trp-channel-gov-corp = At TsON (State Corporation)
trp-channel-egov = Online on egov.kz

trp-filing-date-question = On what date will (or did) the receiving party file the application?

trp-result-application = The receiving party can file the application for a temporary residence permit if the conditions below are met. If it is filed on { $filed } during working hours, the decision is due by { $decision_by }.
trp-reason-host-regular = The receiving party files the application: a citizen of Kazakhstan, a foreigner (or stateless person) who lives in Kazakhstan permanently, or an organisation registered in Kazakhstan, who invites the foreigner or gives them a home with an RKA.
trp-reason-host-aifc = The AIFC Administration files the application: it is the receiving party for AIFC investment residents and their families.
trp-reason-host-trafficking = The local executive body (akimat) files the application: it is the receiving party for victims of human trafficking.
trp-reason-presence = The receiving party or its representative must come in person. A representative needs a notarised power of attorney, or an order or power of attorney of the organisation.
trp-reason-channel-police = At the police, the documents are accepted and checked on the day they arrive.
trp-reason-channel-gov-corp = At TsON you get a receipt for the documents.
trp-reason-channel-egov = On egov.kz the receiving party needs an electronic signature (EDS). Section: "Гражданство, миграция и иммиграция — Иностранцам: въезд в Республику Казахстан и гражданство", button "Заказать услугу онлайн" (Order the service online).
trp-reason-decision = The application is reviewed within 1 working day; the day of acceptance is not counted. If it is filed on { $filed } during working hours, the decision is due by { $decision_by }.
trp-reason-decision-day-off = { $filed } is a weekend or a public holiday: the application will be accepted on the next working day, { $accepted }. The review takes 1 working day and the day of acceptance is not counted, so the decision is due by { $decision_by }.
trp-reason-after-hours = If it is filed after working hours, it will be accepted on the next working day, { $accepted }, and the decision is due by { $decision_by }.
trp-reason-portal-notice = Your personal account on egov.kz will show the status of the application and a notice with the date and time of the result.
trp-reason-checks = After acceptance they check: border crossings, criminal record and wanted lists, unpaid penalties from a previous stay, the IIN of the foreigner and of family members who came together, whether there is an application for permanent residence, and whether there is a fingerprint registration.
trp-reason-fingerprints = For fingerprint registration, the foreigner goes to the police at the place of stay.
trp-reason-delivery-police = If everything is correct and there are no grounds for refusal, the police make the permit, print it and give it to the receiving party.
trp-reason-delivery-gov-corp = The TsON operator prints the permit and gives it out, following TsON working hours, when you show an identity document or an electronic document from the digital documents service.
trp-reason-delivery-egov = The permit arrives in the receiving party's personal account on egov.kz.
trp-note-day-not-counted-reading = The rule "the day of acceptance is not counted" is written for TsON. We count the same way for the police and the portal: this gives the later, safer date.
trp-note-place-of-registration = The Rules do not say whose registration is meant: the foreigner's or the receiving party's. If in doubt, apply at TsON or on egov.kz.
trp-note-checks-reading = The Rules list what is checked but not what each check leads to. We do not predict a refusal from them.
trp-note-refusal-grounds-silent = The grounds for refusal are listed in point 9 of the requirements of the service (appendix 1-1 to the Rules). That appendix is not in our sources, so the bot does not name them.
trp-note-term-silent = The Rules do not say for how long the permit is issued; they say only that the term depends on the purpose of stay.
trp-note-fee-silent = The Rules do not say whether the service is paid or how much it costs, and the list of requirements of the service (appendix 1-1) is not in our sources.
trp-note-exit-notice-silent = Some immigrants (listed in paragraphs 7–13 of point 6 of the Rules of entry and stay of immigrants) get an exit notice instead. Our sources do not say who they are.

trp-documents = Documents for the permit application:
trp-doc-application-form = The application form as in appendix 1 to the Rules.
trp-doc-by-purpose = Documents that depend on the purpose of stay, from the list in appendix 1-1 to the Rules. That list is not in our sources.
trp-doc-failure-act = The act on the information system failure, signed by the State Corporation and the service provider.
trp-doc-power-of-attorney = If a representative files: a notarised power of attorney; for an organisation, an order or power of attorney of the organisation.
trp-doc-scans-eds = For egov.kz: scans of the documents; the request is signed with the receiving party's EDS.
trp-doc-not-expired = All documents must be valid: if the set is incomplete or a document has expired, the application is not accepted.
trp-doc-is-data = A document is not needed if the state information systems already hold its data.
trp-note-documents-silent = The rules the bot relies on do not list the documents for each purpose of stay. Find out the exact list before you apply.

## Duplicate

trp-duplicate-question = What happened to the permit?
trp-duplicate-lost = It is lost
trp-duplicate-damaged = Damaged by accident
trp-duplicate-intentional = Damaged on purpose

trp-result-duplicate = You can get a duplicate of the permit at the police.
trp-reason-duplicate-application = Write an application in free form to the head of the territorial police body.
trp-reason-duplicate-check = The duplicate is issued after a check in the migration police information system.
trp-note-duplicate-silent = The Rules do not give the time for issuing a duplicate, its validity or any fee.

trp-result-duplicate-intentional = The Rules describe a duplicate only when the permit was damaged by accident or lost.
trp-reason-duplicate-unintentional-only = A duplicate is issued when the permit was damaged unintentionally or lost.
trp-note-duplicate-intentional-silent = Our sources do not say what to do if the permit was damaged on purpose.

## Term, extension, fees

trp-result-term-silent = The rules we rely on say almost nothing about the validity of the permit, its extension or fees.
trp-reason-term-by-purpose = The permit gives the right to live in Kazakhstan for a certain term that depends on the purpose of stay. The terms themselves are not in our sources.
trp-reason-extension-silent = The Rules have no procedure, deadline or window for extending a temporary residence permit: they describe only issuing the permit and its annulment.
trp-reason-fee-silent = The Rules do not say whether there is a fee for the permit.
trp-reason-annulment-silent = The Rules describe annulment only for permanent residence, not for a temporary residence permit.
trp-reason-rvp-after-prp-annulment = If a permanent residence permit is annulled, a temporary residence permit is issued for the time needed to leave; the Rules do not say how many days that is.
trp-reason-ict-term = For an intra-corporate transfer, we know only that the transfer itself lasts not more than 3 years, with the right to extend it by 1 year.
trp-note-apply-before-stay-ends = If the permitted term of stay expires, documents for the permit are accepted only in two cases: a system failure with an act, or after a fine under article 517 for not leaving within up to 10 days. Apply in good time.
trp-note-no-other-windows = Do not use the extension deadlines of other permits, such as the labour immigrant permit: they do not apply to this permit.
