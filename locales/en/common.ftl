## Common texts: buttons, input errors, sources, commands.

button-continue = Next ➡️
button-back = ⬅️ Back
button-restart = 🔄 Start over
button-menu = 🏠 Menu
button-quotes = 📜 Quotes
common-yes = Yes
common-no = No

grounds-title = Legal grounds:
quotes-title = Exact quotes from the legal texts (in Russian):
quotes-sent-above = 📜 The quotes are already sent: just above.

source-entry-rules = Rules of Entry and Stay of Immigrants in the Republic of Kazakhstan (Government Decree No. 148 as amended by Decree No. 111 of 04.03.2022)
source-mc-rules = Rules of Migration Control and Registration of Foreigners (Government Decree No. 148 as amended by Decree No. 111 of 04.03.2022)
source-decree-111 = Decree of the Government of the Republic of Kazakhstan No. 111 of 04.03.2022
source-labour-permit-article = Article "Issuing, extending and revoking a labour immigrant permit" (Department of Employment and Social Programmes, undated; the official Requirements for the service are not in our sources)
source-labour-permit-regulation-2019 = Service regulation of 2019 (Order No. 532 of the Ministry of Internal Affairs; no longer in force)
point-item = p. { $point }
point-paragraph = para. { $point }
point-paragraph-item = para. { $point }, item { $item })

common-ask-official = Please check with the contact centre 1414 (free of charge within Kazakhstan), on egov.kz or on migration.enbek.kz.

hint-input-date = Write the date as DD.MM.YYYY, for example 31.12.2026.
hint-input-number = Write the number in digits.
hint-input-country = Write the name of the country, for example "Uzbekistan".

date-error-format = I could not read the date. Write it like this: DD.MM.YYYY, for example 31.12.2026.
date-error-year-digits = Write the full year with four digits: for example 31.12.2026, not 31.12.26.
date-error-month = { $typed } does not exist: a year has 12 months. Please check the date.
date-error-day = { $typed } does not exist: { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { NUMBER($year, useGrouping: 0) } has { $last } days. Please check the date.
date-error-range = The date { $typed } does not fit: it should be between { $earliest } and { $latest }. Please check it.
date-error-past = The date { $typed } has already passed. Please write a date no earlier than { $earliest }.
number-error-format = Please write only a number in digits, for example 6.
number-error-range = The number must be from { $min } to { $max }.
country-error-unknown = I could not find this country. Write the full name, for example "Kyrgyzstan", or the country code (KG).

# at the main menu (`at: menu`): typed words no button and no service matched
error-use-buttons = { $at ->
        [menu] I did not understand your question. Choose what fits with a button below, open the list of all services — /services — or ask the contact centre 1414 (free of charge within Kazakhstan).
       *[other] Please choose an answer with a button below or write its number.
    }
# a country typed at a question whose buttons are countries (dialogs/search/countries.py)
search-understood-country = 🔎 Understood: { $country } — the answer “{ $answer }”.
error-country-no-button = { $country } is not one of the answers here: { $answers }. Choose with a button below or write the answer's number.
error-use-continue = To go on, press a button under the message.
error-dialog-finished = This conversation is finished. Choose what to do next with a button, or open the menu: /menu.
error-stale-button = This button is out of date. Here is the current question:
# a toast on a button that is not the dialog's (no question follows)
error-stale-button-short = This button is out of date.
# a screen of an earlier day routed again with today's date (engine.resume), then its toast
dialog-rerouted = ℹ️ That answer was for the day you asked, and the dates have moved on since. Here is what applies today:
dialog-rerouted-short = The dates have moved on since then.
error-too-long = The message is too long. Please write a shorter one.
error-unsupported-message = I understand only text and buttons. Please write your answer as text.
# a message the user edited after sending it (the screen follows)
error-edited-message = I do not read edited messages. Send the corrected answer as a new message; if the question has moved on, go back to it with “⬅️ Back” or “✏️ Change an answer”.

welcome = Hello! I will help you with permits to work and live in Kazakhstan: who can apply, which documents you need and by which day. Every rule comes with its source.
    I am not a state body: the decision is made by the state body you apply to (the Public Service Centre, the akimat, the police). Information: 1414, egov.kz.
menu-title = Choose a service:
menu-service-labour-permit = 👷 Labour immigrant permit
help-text = How to use the bot:
    • answer with the buttons or in words ("no", "next"); write dates as DD.MM.YYYY;
    • /start — the welcome and the menu, /menu — choose a service, /services — all services in a list;
    • /back — one step back, /restart — start the service again;
    • /track — save a deadline for reminders, /status — my deadlines, /calendar — deadlines to your calendar, /roster — a list of workers (CSV or XLSX), /workers — your workers' deadlines (and, for the owner, colleagues), /invite — invite a colleague, /leave — leave the company account;
    • /language — change the language;
    • /mydata — what the bot stores about you, /forget — delete it all, /privacy — what is kept, why and for how long;
    • /help — this help.
    Notes and legal grounds are folded under the answer (tap to open); the exact quotes are behind the "📜 Quotes" button.
language-choose = Choose a language:
language-set = Language: English.
language-unknown = There is no language “{ $code }”. Available: { $codes }.
mydata-title = What the bot stores about you:
mydata-language = language: { $language }
mydata-session = current conversation: service "{ $service }", answers: { $answers }
mydata-none = nothing except the language.
forget-done = Done: all your data has been deleted. To start again, send /start.
cmd-start = Start
cmd-menu = Choose a service
cmd-back = One step back
cmd-restart = Start over
cmd-language = Change language
cmd-help = Help
cmd-mydata = My data
cmd-forget = Delete my data
chat-bye = Goodbye!
chat-unknown-choice = There is no such option. Write a number from the list.
source-outside-seeds = (official source outside our legal texts: { $url }, read on { $retrieved })
language-name = English
error-internal = Something went wrong on our side. Your answers are saved. Please try again or send /menu.
button-forget-yes = Yes, delete
button-cancel = Cancel
forget-cancelled = Nothing was deleted.
menu-hint = To start, choose a service with a button.

## Checks that block a positive answer (engine: blocking checks), and links.
common-blocked-not-accepted = With these documents the application will not be accepted: acceptance will be refused. Fix this first.
common-blocked-filed-past = Your filing date ({ $filed }) has passed: if the application was not accepted because of this, fix it and apply again; if it was accepted, ask about it where you filed or on 1414.
common-blocked-filed-past-merits-if = If the application was filed on { $filed }: this is a ground for refusal on the merits — the state body decides, not the intake of documents. Ask about the decision where you filed or on 1414.
common-blocked-merits = This is one of the grounds for refusal listed in the rules. The final decision is the state body's.
common-blocked-more = { $n } more in the notes below.
## A result once the date it names has passed (a tree's `past:`)
common-result-filed-if = If the application was filed on { $filed }, the decision is due by { $decision_by }. If not, pick a new date: «✏️ Change an answer».
# a ✅ result whose filing day has gone (no past headline of its own): never a tick for a day gone
common-result-date-gone = The filing date you gave ({ $filed }) has passed. If you filed, the dates below count from that day; if not, choose a new date: “✏️ Change an answer”.
common-result-complaint-overdue = The answer to your complaint was due by { $answer_by }. If it has not come: where to turn next, our sources do not say — ask the 1414 contact centre.
common-link-egov = 🌐 egov.kz
common-link-enbek = 🌐 migration.enbek.kz
common-link-eqonaq = 🌐 eqonaq.kz
common-link-vmp = 🌐 vmp.gov.kz
common-link-elicense = 🌐 elicense.kz

## Screens: progress, the result, documents, share, change an answer.
date-error-day-zero = { $typed } does not exist: days of the month start at 1. Please check the date.
progress-question = Question { $n } of about { $total }
progress-question-n = Question { $n }
common-not-in-sources = Not everything is in our sources: ask 1414 / egov.kz.
answers-title = Your answers:
common-answer-value = { $value }
button-documents = 📄 Documents ({ $n })
button-share = ↗️ Share
button-change = ✏️ Change an answer
change-title = Which answer do you want to change?
change-hint = I will take you back to that question and keep your other answers where they still fit.
checklist-hint = Tick what you already have: tap the document's number.
share-link = Check your own case: { $link }
chat-grounds-hint = (/grounds — notes and legal grounds)
grounds-none = This screen has no notes or legal grounds.
services-title = All services — choose one:
deeplink-unknown = This link leads nowhere, so here is the menu.
deeplink-asks-first = A few questions first: what you need depends on your answers.
cmd-services = All services
# a date written as DD.MM.YYYY whose year is far from any permit's (before 1900, after 2200): a typo
date-error-year = In { $typed } the year is { NUMBER($year, useGrouping: 0) }, which looks like a typo. Please check the year.
