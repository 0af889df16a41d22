## Registration of immigrants (tree dialogs/trees/immigrant-registration.yaml).

immigrant-registration-title = Registration of a foreigner at the place of stay

reg-who-question = Who are you?
reg-who-foreigner = I am a foreigner in Kazakhstan
reg-who-host = I host a foreigner (at home or in an organisation)

reg-visa-question = Did you enter Kazakhstan with a Kazakhstan visa?
reg-visa-yes = Yes, with a visa
reg-visa-no = No, without a visa

reg-result-visa = If you enter with a Kazakhstan visa, you are registered automatically at the address the inviting party gave.
reg-result-host-registers-you = You are registered by your host: the person or organisation you stay with. This is how they can do it:
reg-result-host = If you host a foreigner, you must enter information about them in one of the ways below.

reg-reason-by-police = Immigrants are registered by the internal affairs (police) bodies at their place of temporary residence.
reg-reason-visa-automatic = Foreigners who enter with a Kazakhstan visa are registered automatically through the "Berkut" system when they cross the border, at the address the inviting party gave in the invitation.
reg-reason-host-portal = Hosts (people and organisations) enter the information on the visa and migration portal (vmp.gov.kz) or through egov.kz, signing with their digital signature (EDS).
reg-reason-host-in-person-post = Or they submit a notification in person at a migration service unit, or send it by post.
reg-reason-e-qonaq = Users of the e-Qonaq system (eqonaq.kz) may also send notifications about foreigners' stay through it.
reg-reason-separate-from-work = Registration does not give the right to work: work needs a separate permit.

reg-note-other-address-silent = If you live at an address other than the one in the invitation, our sources do not say whether an extra notification is needed.
reg-note-deadline-silent = Our sources do not state the deadline for reporting a foreigner's arrival. Do not wait: check the deadline with an official channel.
reg-note-e-qonaq-users-silent = Our sources do not say who exactly counts as a "user" of the e-Qonaq system.
reg-note-visa-host-silent = Our sources do not say whether a host must report a foreigner who was already registered automatically by visa.
