## Temporary residence permit (tree dialogs/trees/temporary-residence.yaml).

temporary-residence-title = Temporary residence permit (RVP)

trp-topic-question = What do you need? (RVP = temporary residence permit)
trp-topic-new = Get a permit
trp-topic-filed = Already applied
trp-topic-duplicate = Permit lost or damaged
trp-topic-term = Term, extension, fees

## Already filed: what happens next

trp-filed-channel-question = Where was the application for the temporary residence permit (RVP) filed? TsON is the Government for Citizens service centre.
trp-filed-date-question = On what date was it filed? Type the date.
trp-hours-question = During working hours? An application made after working hours, at a weekend or on a public holiday is accepted the next working day.
trp-hours-in = In working hours
trp-hours-after = After hours or day off

trp-result-filed = The decision is due by { $decision_by }.
trp-reason-decision = Accepted on { $accepted }. Review takes 1 working day, not counting the day of acceptance: decision by { $decision_by }.
trp-reason-decision-moved = Filed on { $filed } after hours: accepted on { $accepted }. Review: 1 working day, decision by { $decision_by }.
trp-reason-decision-if-filed = If the application was accepted on { $accepted }: the term is 1 working day, the day of acceptance not counted; the decision no later than { $decision_by }.
trp-reason-decision-moved-if-filed = If you filed on { $filed } after hours, it was accepted on { $accepted }: the term is 1 working day; the decision no later than { $decision_by }.
trp-reason-stay-ended-since = Your stay was allowed until { $until }, and that day has passed. If the application was not filed by then, after the stay ends RVP documents are accepted in two cases only: a system failure with a failure act, or art. 517 for not leaving within 10 days. The bot will check a new date.
trp-reason-checks = Checked: border crossings, criminal record and wanted lists, unserved penalties from a previous stay, IIN, a pending permanent-residence bid, fingerprints (given at the police).
trp-reason-delivery-police = The police issue the ready permit to the host.
trp-reason-delivery-gov-corp = TsON hands over the ready permit during its opening hours — to you, on your ID or a digital document, or to your representative with a power of attorney that states their powers.
trp-reason-delivery-egov = The status and the result date show in your egov.kz account; the permit arrives there.
trp-reason-refusal-notice = A refusal comes as a notice that gives the reasons.
trp-note-day-not-counted-reading = The rule "the day of acceptance is not counted" is written for TsON. We count the same way for the police and egov.kz: that gives the later, safer date.
trp-note-after-hours-reading = The next-working-day rule is written in the point on egov.kz filings. We apply it to the police and TsON as well.
trp-note-refusal-grounds-silent = The refusal grounds are in point 9 of the service requirements (appendix 1-1 to the Rules), which is not in our sources.
trp-note-complaint-silent = The Rules do not say where or by when to appeal a refusal.
trp-note-term-silent = The Rules do not give the term of the permit: only that it depends on the purpose of stay.

## Who files the application

trp-host-question = A temporary residence permit (RVP) is applied for by the host (the receiving party), not the foreigner. Who is the host?
trp-host-citizen = A citizen of Kazakhstan
trp-host-resident = A permanent resident
trp-host-company = A Kazakhstan organisation
trp-host-special = AIFC or akimat
trp-host-special-question = Which special host?
trp-host-aifc = AIFC (investment residents)
trp-host-trafficking = Akimat (trafficking victims)
trp-host-rvp-only = A foreigner with only an RVP
trp-host-self = Nobody, I apply myself

trp-host-role-question = Does the host invite the foreigner or give them a home with an address registration code (RKA)? One of the two is enough.
trp-host-role-invites = Invites
trp-host-role-housing = Gives a home with an RKA
trp-host-role-neither = Neither

trp-result-not-host-role = Such a person is not a host and cannot apply for the RVP.
trp-reason-host-role = A host invites the immigrant and/or gives them a home with an RKA.
trp-reason-host-files = The host applies, not the foreigner.
trp-note-law-6-1-silent = The Rules refer to article 6-1 of the Law "On migration of the population", which is not in our sources. The bot cannot tell whether the Law allows other options.
trp-link-back-host = Choose another host

trp-result-not-host-temporary = A foreigner with only an RVP cannot be the host and apply for someone else.
trp-reason-host-definition = A host is a citizen of Kazakhstan, a permanent resident, or an organisation registered in Kazakhstan.
trp-link-permanent = Permanent residence permit

trp-result-not-host-self = The foreigner does not apply for the RVP: the host does.
trp-reason-host-eds = Even on egov.kz the application is signed with the host's electronic signature (EDS).
trp-link-kandas = Kandas status

## Special hosts

trp-aifc-question = Did the AIFC investment resident and the family come from a state with a ratified visa-free treaty with Kazakhstan?
trp-unsure = I don't know
trp-aifc-host-info = For AIFC investment residents and their families from such states, the host is the AIFC Administration, and it applies.
trp-note-aifc-reading = It is unclear whether the visa-free condition covers only the family or the investor too. We take the strict reading: all of them came from such a state.
trp-result-aifc-silent = The Rules do not say who the host is in your case.
trp-reason-aifc-host = The Rules name the AIFC Administration as the host for investment residents and their families from states with a visa-free treaty; they say nothing about others.
trp-note-aifc-visa-silent = The Rules say nothing about people from other states; the list of treaties is not in our sources.

trp-trafficking-info = For victims of human trafficking the host is the akimat, and it applies. The permit lets the person receive special social services. No criminal case is needed.
trp-note-trafficking-proof-silent = Which documents prove victim status for an RVP is not in our sources. The Rules only say that a trafficking victim is identified under the Criteria for assessing cruel treatment (joint order No. 528 of the Interior Ministry and other ministries); we do not have their text.

## Who the permit is for

trp-person-question = Who is the permit for?
trp-person-adult = An adult
trp-person-under16 = A child under 16
trp-person-turned16 = A child turning 16

trp-result-under16 = The Rules set no separate procedure for a child under 16.
trp-reason-sixteen-rule = A special deadline applies only when the child turns 16 in Kazakhstan: apply within 10 calendar days.
trp-note-under16-silent = Our sources do not say whether a child under 16 needs an own permit or which documents. Check before you apply.

trp-sixteen-where-question = Where did (or will) the child turn 16? The Rules set the 10-day deadline only for turning 16 in Kazakhstan.
trp-sixteen-where-kz = In Kazakhstan
trp-sixteen-where-abroad = Abroad

trp-result-sixteen-abroad = For a child who turned 16 abroad the Rules set no special deadline.
trp-note-sixteen-abroad-silent = The 10-day rule covers only turning 16 in Kazakhstan. Our sources do not say when to apply for a child who turned 16 abroad: apply as early as you can.

trp-birthday16-question = On what date did (or will) the child turn 16?

trp-result-sixteen-deadline = File the application for the child by { $safe_by }, in working hours.
trp-reason-sixteen-dates = Turns 16 on { $birthday }. Safe: by { $safe_by } (birthday counted as day 1). Other reading: by { $latest }.
trp-reason-sixteen-day-off = { $safe_by } is a day off: a filing then is accepted the next working day. File by { $last_wd }.
trp-reason-sixteen-channels = Apply at the police, at TsON (Government for Citizens service centre) or on egov.kz.
trp-note-sixteen-reading = "Not later than 10 calendar days from the moment" can be counted from the next day ({ $latest }) or from the birthday itself ({ $safe_by }). We advise the earlier date.
trp-note-sixteen-before-birthday = The Rules do not say whether you may apply before the 16th birthday: the term runs from the moment the child turns 16.
trp-result-sixteen-last-day = { $when ->
    [none-left] No working day is left before the term ends ({ $latest }): an application made now is accepted on { $next_wd }. Whether that is in time, the Rules do not say: check with the police or on 1414.
    [safe-off] No working day is left before the safe date ({ $safe_by }); the last day under the other reading is { $latest }. Apply on that day, in working hours.
   *[passed] The safe date has passed; the last day under the other reading is { $latest }. Apply now, in working hours.
}
trp-reason-sixteen-today-day-off = Today is a day off: a filing today is accepted the next working day. The Rules do not say whether that is in time.

trp-result-sixteen-late = The deadline for the child passed on { $latest }.
trp-note-sixteen-late-silent = The Rules do not say what follows from a late filing. Do not wait: go to the police as soon as you can.

trp-block-sixteen-late = May be late: for a child who turned 16 the safe date is { $safe_by }, the other reading { $latest }. The filing is accepted on { $accepted }.
trp-blocked-sixteen-consequence = The Rules do not say what follows from a late filing. File earlier, or ask the police before you file.
trp-block-sixteen-early = Check before filing: the child turns 16 on { $birthday }, but the filing is accepted earlier, on { $accepted }. The term runs from the 16th birthday: safely from { $birthday } to { $safe_by }.
trp-block-passport = Not ready: the foreigner's passport is valid until { $until }, but the filing is accepted on { $accepted }. Renew the passport first.
trp-reason-passport-ok = The passport is valid until { $until }: not expired on the day of acceptance ({ $accepted }).

## Term of stay

trp-stay-question = Until what date may the foreigner stay in Kazakhstan? If the term ends before the day the application is accepted, RVP documents are accepted in two cases only.
trp-block-stay = Not ready: the stay is permitted until { $until }, but the filing is accepted on { $accepted }. File before the term ends.
trp-blocked-stay-consequence = After the term ends, RVP documents are accepted in two cases only: you applied in time but the term ran out because of a system failure, with a failure act signed by TsON and the police; or held liable under art. 517 for not leaving within 10 days.
trp-block-overstay-517 = Check before filing: the stay ended on { $until }, and the filing is accepted on { $accepted }. The art. 517 exception is for not leaving for at most 10 days: safely by { $safe_last }, on the other reading by { $latest }.
trp-blocked-overstay-517-consequence = The Rules do not say plainly up to which day these 10 days are counted. If up to the day of acceptance, the time is over and the documents will not be accepted. Check with the police before filing.
trp-block-ict-ended = Not ready: a transfer from { $start } lasts at most 3 years plus a 1-year extension, until { $ext_end } ({ $ext_outer } if the start day is not counted), but the filing is accepted on { $accepted }.
trp-blocked-ict-ended-consequence = After that it is no longer an intra-corporate transfer: the RVP needs another purpose of stay. Check on 1414.
trp-block-ict-boundary = Check before filing: a transfer from { $start } lasts at most 3 years plus a 1-year extension, safely until { $ext_end }, or until { $ext_outer } if the start day is not counted. The filing is accepted on { $accepted }.
trp-blocked-ict-boundary-consequence = The Rules do not say whether the start day counts. If it does, the time is over and it is no longer an intra-corporate transfer. Check on 1414 before filing.
trp-block-ict-contract-ended = Check before filing: the contract ended on { $end }, and the filing is accepted on { $accepted }. The transfer goes on only if the contract was extended: by 1 year, until { $ext_near } (the 3 + 1 year limit: { $ext_end }).
trp-blocked-ict-contract-ended-consequence = Without an extended contract it is no longer an intra-corporate transfer. Check on 1414 before filing.
trp-block-ict-extension-over = Check before filing: the contract ended on { $end }, and the filing is accepted on { $accepted }. If the extension is a year added to the contract's term (our reading), the transfer ended on { $ext_near }. Only on the reading of an overall 3 + 1 year limit could it last until { $ext_end }, if the contract was extended.
trp-blocked-ict-extension-over-consequence = On our reading it is no longer an intra-corporate transfer: the RVP needs another purpose of stay. Check on 1414 before filing.
trp-block-under16 = Check before filing: the Rules have no separate procedure for a child under 16. If the application is accepted, the decision is due by { $decision_by }.
trp-blocked-under16-consequence = Whether the child needs a permit of their own, and which documents, the Rules do not say. File once you have checked this with the police or on 1414.

trp-overstay-question = Once the term of stay has ended, RVP documents are accepted in two cases only. Which is yours?
trp-overstay-failure = System failure, with act
trp-overstay-517 = Held liable, art. 517, ≤10 days
trp-overstay-over-10 = More than 10 days
trp-overstay-other = Other

trp-overstay-failure-question = This exception needs all three: the RVP was applied for in time, the term of stay ended because of an information-system failure, and there is a failure act signed by TsON and the police. Is that so?
trp-overstay-failure-yes = Yes, all of it
trp-overstay-failure-no = No, or not all
trp-reason-overstay-failure-ok = The term of stay has ended, but the documents are accepted: applied in time, the term ended through a system failure, the act exists.
trp-reason-overstay-517-ok = The stay ended on { $until }, but the documents are accepted under the art. 517 exception: not leaving for at most 10 days.

trp-overstay-accepted-info = In your case the RVP documents may be accepted: at the police, at TsON or on egov.kz.
trp-note-overstay-failure-act = You need a failure act signed by TsON and the police, and you must have applied in time. Without the act the documents are not accepted.
trp-note-overstay-ten-days = "A period not exceeding ten days" after the term ended: the safe count takes the last day of the term as the first day, so the limit comes a day earlier. On the other reading the 10th day after the last lawful day is still within it. At exactly 10 days, ask the police before filing.
trp-note-overstay-not-grace = This is not a grace period: it is about people already held liable under article 517 of the Code of Administrative Offences.
trp-result-overstay-517-past = Check before filing: the stay ended on { $until }. The art. 517 exception is for not leaving for at most 10 days: safely by { $safe_last }, on the other reading by { $latest }. The safe date has passed: if these days are counted up to the day of acceptance, the documents will not be accepted.

trp-result-overstay-refused = In your case the RVP documents will not be accepted: the rule has only two exceptions.
trp-reason-overstay-only-two = Apart from the two cases below, documents are not accepted.
trp-reason-overstay-failure = Applied in time, the term ended through a system failure, and there is a failure act.
trp-reason-overstay-517 = Held liable under article 517 for not leaving within 10 days after the term.
trp-note-overstay-scope = We read this limit as applying only to people whose term of stay has ended: ordinary applications follow the general rules.

## Purpose of stay

trp-purpose-question = What is the purpose of stay? The documents depend on it.
trp-purpose-family = Family
trp-purpose-ict = Intra-corporate transfer
trp-purpose-household = Domestic work
trp-purpose-other = Another purpose

trp-family-question = Who is the foreigner to the host?
trp-family-child = Child
trp-family-parent = Parent
trp-family-sibling = Brother or sister
trp-family-grand = Grandchild or grandparent
trp-family-spouse = Husband or wife
trp-family-other = Other relative or none

trp-family-close-info = This is a close relative under the Rules (adopted and half relatives included). But the Rules do not say whether close kinship qualifies for an RVP for the family purpose: check before filing. The documents by purpose of stay are in appendix 1-1, which we do not have.
trp-note-family-use-silent = The Rules only define close relatives and use that list nowhere else. Which relatives may get an RVP for the family purpose is not in our sources; the documents by purpose of stay are in appendix 1-1 to the Rules, which we do not have.
trp-result-family-spouse = The Rules do not list a spouse among close relatives; check before filing whether a spouse qualifies for the family purpose.
trp-block-family-spouse = Check before filing: the Rules do not say whether a husband or wife qualifies for the family purpose. If so, the decision is due by { $decision_by }.
trp-blocked-family-spouse-consequence = A spouse is not on the list of close relatives, and the documents for the family purpose are in appendix 1-1, which we do not have. File once you have checked.
trp-reason-close-relatives = Close relatives: parents, children, adoptive parents and children, siblings, grandparents, grandchildren.
trp-reason-family-members-undefined = The Rules mention "family members" but do not define them.
trp-result-family-other = The Rules do not say which relatives may get an RVP for the family purpose; this tie is not on the list of close relatives. Check before filing, or choose another purpose.
trp-block-family-other = Check before filing: the Rules do not say whether such a relative qualifies for the family purpose. If so, the decision is due by { $decision_by }.
trp-blocked-family-other-consequence = This tie is not on the list of close relatives, and who may get an RVP for the family purpose is not in our sources. File once you have checked.
trp-block-family-close = Check before filing: this is a close relative under the Rules, but the Rules do not say whether that qualifies for an RVP for the family purpose. If it does, the decision is due by { $decision_by }.
trp-blocked-family-close-consequence = The Rules only define close relatives and use that list nowhere else; the documents by purpose of stay are in appendix 1-1, which we do not have. File once you have checked.
trp-block-ict-long = Check before filing: the contract is longer than 3 years, and by definition a transfer lasts at most 3 years (to { $cap_end }). If the contract is accepted, the decision comes by { $decision_by }.
trp-reason-other-purpose = The host may apply for another purpose if it invites the foreigner or gives them a home.
trp-link-other-purpose = Choose another purpose

trp-ict-conditions-question = An intra-corporate transfer moves a head, manager or specialist of a company from a WTO member state, working outside Kazakhstan, to its branch, subsidiary or office in Kazakhstan. Is that your case?
trp-ict-conditions-yes = Yes, all of it
trp-ict-conditions-no = No, or not all

trp-ict-not-ict-info = Then it is not an intra-corporate transfer. The documents depend on the real purpose of stay.

trp-ict-start-question = On what date does the transfer start under the employment contract?
trp-ict-months-question = For how many months is the employment contract?

trp-ict-ok-info = A { $months }-month contract: transfer until { $end }, within the 3-year cap ({ $cap_end }). An extension adds 1 year: to { $ext_near }. The transfer's overall limit with the extension is 3 + 1 years, until { $ext_end }.
trp-note-ict-term-reading = The cap of 3 years plus a 1-year extension is in the definition of the transfer. The Rules do not say what term the RVP itself gets.
trp-note-ict-extension-reading = "With the right to extend by one year" may mean a year added to the transfer's term or an overall cap of 3 + 1 years from the start. We lead with the earlier date: a year added to the contract's term. Ask 1414.
trp-note-wto-silent = Our sources do not list the WTO member states.

trp-ict-capped-info = A { $months }-month contract is longer than 3 years. By definition the transfer lasts at most 3 years: to { $cap_end } (safe) or { $cap_outer }. With the 1-year extension: to { $ext_end } or { $ext_outer }.
trp-note-ict-long-contract = The Rules do not say outright whether a contract over 3 years qualifies for a transfer: it may not be accepted. On the other reading, "no more than three years" only caps the transfer's term. Ask 1414 before filing.
trp-note-ict-cap-count = The Rules do not say whether the start day counts in the 3 years. If it does, the end is { $cap_end }; if not, { $cap_outer }. We show the earlier date first.

trp-household-info = For domestic work the police check how many valid RVPs the employer already has for such contracts (art. 43-2 p.5 of the Law).
trp-note-household-limit-silent = How many such permits are allowed is for paragraph 5 of Article 43-2 of the Law to say; its text is not in our sources — check on 1414.

## How and when to apply

trp-channel-question = How will the host apply? TsON is the Government for Citizens service centre.
trp-channel-police = At the police
trp-channel-gov-corp = At TsON
trp-channel-egov = Online on egov.kz

trp-filing-date-question = On what date will the host apply?
trp-passport-question = Until what date is the foreigner's passport valid? An application with an expired document is not accepted.

trp-result-application = The host can apply for the RVP. The decision is due by { $decision_by }.
trp-reason-host-regular = The host applies: it invites the foreigner or gives them a home with an RKA.
trp-reason-host-aifc = The AIFC Administration applies as host of investment residents and their families.
trp-reason-host-trafficking = The akimat applies as host of victims of human trafficking.
trp-reason-channel-police = The police at the place of registration accept the documents on the working day they arrive and issue the permit.
trp-reason-channel-gov-corp = TsON (Government for Citizens service centre) gives a receipt, then issues the permit.
trp-reason-channel-egov = egov.kz, "Citizenship, migration" ("Гражданство, миграция и иммиграция"), with the host's EDS.
trp-note-presence = The host or their representative must come in person, with a notarised power of attorney (for an organisation, its order or power of attorney).
trp-note-ict-until = The intra-corporate transfer runs until { $until } (3-year cap: { $cap_end }).
trp-note-ict-capped = The transfer lasts at most 3 years, to { $cap_end }; with the 1-year extension, to { $ext_end }.
trp-note-place-of-registration = The Rules do not say whose registration is meant, the foreigner's or the host's. If in doubt, apply at TsON or on egov.kz.
trp-note-checks-reading = The Rules list the checks but not what each one leads to. We do not predict a refusal from them.
trp-note-fee-silent = The Rules do not say whether there is a fee; the list of service requirements (appendix 1-1) is not in our sources.
trp-note-exit-notice-silent = Some immigrants (paragraphs 7–13 of point 6 of the Rules of entry and stay) get an exit notice from the migration service. Whether it replaces the RVP, and for whom exactly, our sources do not say.

trp-documents = Documents for the RVP application:
trp-doc-application-form = The application form (appendix 1 to the Rules).
trp-doc-by-purpose = Documents for the purpose of stay, per appendix 1-1 (not in our sources).
trp-doc-failure-act = The system failure act signed by TsON and the police.
trp-doc-power-of-attorney = For a representative: a notarised power of attorney; for an organisation: its order or power of attorney.
trp-doc-scans-eds = For egov.kz: scans of the documents and the host's EDS.
trp-doc-not-expired = A full set, none expired: otherwise the documents are refused.
trp-doc-is-data = A document may be left out if its data is in state systems linked to TsON or egov.kz. Ask which documents this covers.
trp-note-documents-silent = The Rules do not list the documents for each purpose. Get the exact list before you apply.

## Duplicate

trp-duplicate-question = What happened to the permit?
trp-duplicate-lost = Lost
trp-duplicate-damaged = Damaged by accident
trp-duplicate-intentional = Damaged on purpose

trp-result-duplicate = The police issue a duplicate RVP.
trp-reason-duplicate-application = Write a free-form application to the head of the police unit.
trp-reason-duplicate-check = The duplicate is issued after a check in the migration police database.
trp-note-duplicate-silent = The Rules give no time limit, term or fee for the duplicate.

trp-result-duplicate-intentional = The Rules cover a duplicate only for accidental damage or loss.
trp-reason-duplicate-unintentional-only = A duplicate is issued for accidental damage or loss.
trp-note-duplicate-intentional-silent = Our sources do not say what to do after damage on purpose.

## Term, extension, fees

trp-result-term-silent = The Rules say almost nothing about the RVP's term, extension or fees.
trp-reason-term-by-purpose = The RVP term depends on the purpose of stay; the terms are not in the Rules.
trp-reason-extension-silent = The Rules have no procedure or window for extending an RVP.
trp-reason-fee-silent = The Rules do not say whether there is a fee.
trp-reason-annulment-silent = The Rules describe annulment only for the permanent residence permit, not for the RVP.
trp-reason-rvp-after-prp-annulment = When a permanent residence permit is annulled, an RVP is issued for the time needed to leave.
trp-reason-ict-term = An intra-corporate transfer lasts at most 3 years, extendable by 1 year.
trp-note-apply-before-stay-ends = Once the term of stay ends, documents are accepted only if you applied in time and the term ran out because of a system failure (with a failure act signed by TsON and the police), or once held liable under art. 517 for not leaving within 10 days. Apply early.
trp-note-no-other-windows = Extension windows of other permits (such as the labour-immigrant permit) do not apply to the RVP.
