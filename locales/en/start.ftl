## The main menu (tree dialogs/trees/start.yaml).

start-title = Main menu
start-persona-question = How can I help? Choose who you are:
start-persona-worker = 👷 A foreigner who wants to work
start-persona-employer = 🏢 An employer
start-persona-kandas = 🇰🇿 An ethnic Kazakh (kandas)
start-persona-resident = 🏠 A foreigner who wants to live in Kazakhstan
start-persona-host = 🛏 I host a foreigner
start-persona-unsure = ❓ I don't know what I need
start-persona-staff = 📋 All services in a list

start-worker-question = Where or how will you work?
start-worker-household = In a private household
start-worker-self = On my own, as a specialist (self-employment)
start-worker-company = In a company (including a transfer within my company)
start-worker-register = I need to register where I stay

start-employer-question = Whom and how are you hiring?
start-employer-household = A worker for my household
start-employer-company = Foreign workers for a company, intra-corporate transfer
start-employer-register = A foreigner lives with us: registration

start-kandas-question = What do you need?
start-kandas-status = Kandas status: get or extend it
start-kandas-quota = Regional quota for kandases and resettlers

start-resident-question = Which permit do you need?
start-resident-temporary = Temporary residence
start-resident-permanent = Permanent residence

start-host-question = What do you need to do?
start-host-register = Register a foreigner at the place of stay
start-host-temporary = Get a temporary residence permit for a foreigner

start-unsure-kazakh-question = Are you an ethnic Kazakh who is moving or has moved to Kazakhstan?
start-unsure-goal-question = What do you want to do in Kazakhstan?
start-unsure-work = Work
start-unsure-live = Live (for a time or permanently)
start-unsure-hire = Hire a foreigner
start-unsure-visit = Just come and stay
start-unsure-work-where-question = Where will you work?

start-all-services-question = All services:
