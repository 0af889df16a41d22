## Personal data: /mydata, /forget, /privacy (bot/telegram/handlers/settings.py).
cmd-privacy = How your data is kept
mydata-file-caption = Everything the bot stores about you, in one file (JSON).
mydata-since = first message to the bot: { $date }
mydata-tracked-count = saved deadlines: { $count } (active: { $active })
mydata-reminders = reminders: { $scheduled } scheduled, { $sent } sent
mydata-staff = role: contact-centre staff
mydata-company = company “{ $company }”: { $role ->
        [owner] you are the owner
       *[member] you are a member
    }, workers in the list: { $workers }, daily summary { $digest ->
        [yes] on
       *[no] off
    }
mydata-handoffs = conversations with an operator: { $count } (messages: { $messages })
mydata-other = { $table ->
        [company_invites] invitations to the company
        [staff_sign_ins] staff sign-ins to the statistics page
        [campaign_opens] opens of staff links
       *[other] other records ({ $table })
    }: { $count }
mydata-retention = Answers in a conversation are deleted { $days } days after the last answer. To delete everything now: /forget. More: /privacy.
forget-confirm-everything = Delete everything the bot stores about you: your language, the current conversation and its answers, saved deadlines and reminders (the scheduled ones will not come)?
forget-roster-kept = 🏢 “{ $company }”: the company's list of workers ({ $workers }) stays with it, as it has other members ({ $others }). You leave the company. To only leave the company and keep the rest: /leave.
forget-roster-deleted = 🏢 “{ $company }”: you are the company's last member, so its list of workers ({ $workers }) is deleted too. To only leave the company and keep the rest: /leave.
forget-handoff-topics = 💬 Your conversations with our staff ({ $count }) are deleted from the operators' chat too.
forget-staff-role = 👤 Your contact-centre staff role is deleted too: /stats and /link will stop working for you. Only a bot admin can give the role back.
forget-irreversible = This cannot be undone.
forget-stale = This button no longer works. To delete your data, send /forget.
privacy-text =
    🔒 What the bot stores about you, why, and for how long
    • Your Telegram id and language — to answer you in your language. Kept until you delete your data.
    • The current conversation and your answers (they may include dates from your documents) — to resume where you stopped. Deleted { $days } days after your last answer, finished or not.
    • Deadlines you chose to save (/track, /roster: dates and a label, such as a worker's name) and their reminders, sent and scheduled — to remind you in time. Kept until you delete the deadline or all your data.
    • For employers: workers' rosters and the company's members (the owner sees colleagues' names from Telegram; the bot does not store them). For people handed over to an operator: the history of those hand-offs. For contact-centre staff: the role and who granted it. Kept until you delete your data.
    We do not store your name, username, phone number or messages. Logs hold none of your answers; statistics carry no user ids.
    See everything: /mydata (a file with every record). Delete everything: /forget (the bot asks you to confirm). A roster you imported stays with the company if it has other members; otherwise it is deleted too.
