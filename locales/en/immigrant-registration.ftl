## Registration of immigrants (tree dialogs/trees/immigrant-registration.yaml).

immigrant-registration-title = Registration where you stay

reg-who-question = Who are you?
reg-who-foreigner = I am a foreigner in Kazakhstan
reg-who-host = I host a foreigner

reg-visa-question = Did you enter Kazakhstan with a Kazakhstan visa?
reg-visa-yes = Yes, with a visa
reg-visa-no = No, without a visa

reg-result-visa = If you enter with a Kazakhstan visa, you are registered automatically at the address the inviting party gave.
reg-result-host-registers-you = Your host — the person or organisation receiving you — reports you; the police register you.
reg-result-host = If a foreigner stays with you, report them in one of the ways below.

reg-reason-by-police = Foreigners are registered by the police where they temporarily live.
reg-reason-visa-automatic = If you enter on a Kazakhstan visa, you are registered automatically at the border, at the address in the invitation.
reg-reason-visa-host-unsettled = Whether your host must still notify about you, the rules do not settle: they speak of hosts in general, not of those registered by visa. Ask 1414 / egov.kz.
reg-reason-host-portal = The host enters the details on vmp.gov.kz or egov.kz, signing with their digital signature (EDS).
reg-reason-host-in-person-post = Or submits a notification in person at a migration service unit, or sends it by post.
reg-reason-e-qonaq = Users of the e-Qonaq system (eqonaq.kz) may also report a foreigner's stay through it.
reg-reason-separate-from-work = Registration does not give the right to work: work needs a separate permit unless a law or an international treaty says otherwise (citizens of EAEU countries need none).

reg-note-other-address-silent = If you live at an address other than the one in the invitation, our sources do not say whether an extra notification is needed.
reg-note-deadline-silent = Our sources do not give the deadline for reporting a foreigner's arrival. Do not wait.
reg-note-no-host-silent = Who reports you when there is no host (for example, you live in your own home), our sources do not say — ask 1414.
reg-note-e-qonaq-users-silent = Our sources do not say who exactly counts as a "user" of the e-Qonaq system.
reg-note-visa-host-silent = Our sources do not say whether a host must report a foreigner who was already registered automatically by visa.
