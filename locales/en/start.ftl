## The main menu (tree dialogs/trees/start.yaml).

start-title = Main menu
start-persona-question = How can I help? Choose who you are:
start-persona-worker = 👷 A foreigner, I want to work
start-persona-employer = 🏢 An employer
start-persona-kandas = 🇰🇿 A kandas (ethnic Kazakh)
start-persona-resident = 🏠 I want to live here
start-persona-host = 🛏 I host a foreigner
start-persona-unsure = ❓ I don't know what I need
start-persona-staff = 📋 All services

start-worker-question = Where or how will you work?
start-worker-household = In a private household
start-worker-self = On my own, as a specialist
start-worker-company = At a company
start-worker-register = Register where I stay

start-employer-question = Who are you hiring?
start-employer-household = A worker for my home
start-employer-company = Foreigners for a company
start-employer-register = A foreigner lives with us

start-kandas-question = What do you need?
start-kandas-status = Kandas status
start-kandas-quota = Regional quota

start-resident-question = Which permit do you need?
start-resident-temporary = Temporary residence (RVP)
start-resident-permanent = Permanent residence

start-host-question = What do you need to do?
start-host-register = Register a foreigner
start-host-temporary = Temporary residence (RVP)

start-unsure-kazakh-question = Are you an ethnic Kazakh who is moving or has moved to Kazakhstan?
start-unsure-goal-question = What do you want to do in Kazakhstan?
start-unsure-work = Work
start-unsure-live = Live here
start-unsure-hire = Hire a foreigner
start-unsure-visit = Just visit and stay
start-unsure-work-where-question = Where will you work?

start-all-services-question = All services:

start-pt-fl-doc = app. 2, row 10, item { $point }
start-result-company-worker = Your employer gets the permit for work at a company. You may not work until it is issued.
start-reason-employer-applies = The employer applies to the akimat (local executive body) on egov.kz or migration.enbek.kz.
start-reason-worker-data = The employer will ask for your details and an electronic copy of your passport.
start-reason-education = Also your education documents, notarised, translated and legalised (unless a treaty exempts them).
start-reason-qualification = The employer confirms in a letter that your qualification and experience fit the job.
start-reason-no-work = You may not work without the permit.
start-note-company-categories = This is the list for ordinary hiring (categories 1–4). Seasonal workers and intra-company transfers have other lists — see the "Employer permit" service.
start-link-employer-permit = Employer permit

## The staff list of every service, in two groups (≤ 8 buttons a screen)
start-all-work = Work: permits, registration
start-all-live = Residence, kandas, quota
start-svc-labour-permit = Labour-immigrant permit
start-svc-employer-permit = Employer permit
start-svc-self-employment = Self-employment certificate
start-svc-immigrant-registration = Registering a foreigner
start-svc-temporary-residence = Temporary residence (RVP)
start-svc-permanent-residence = Permanent residence
start-svc-kandas = Kandas status
start-svc-regional-quota = Regional quota
