## Contact-center staff tools: roles, links and QR codes.
staff-admins-only = This command is for the bot's administrators only.
staff-only = This command is for contact-center staff only.
staff-usage = Use: /staff add ID, /staff remove ID or /staff list (ID is the person's numeric Telegram user id).
staff-added = Done: { $user } is now staff.
staff-already = { $user } is already staff.
staff-removed = Done: { $user } is no longer staff.
staff-not-member = { $user } was not staff.
staff-list-title = Staff (id — granted by — on):
staff-list-row = { $user } — { $by } — { $on }
staff-list-empty = No staff yet (administrators are set in ADMIN_IDS).
link-choose-service = Which service should the link open?
link-choose-language = In which language?
link-unknown-service = There is no such service. Send /link on its own to choose from the list.
link-unknown-node = This service has no such question. You can link to the whole service.
link-too-long = The link would be longer than 64 characters: shorten the campaign tag.
link-bad-tag = A campaign tag is 1 to 16 Latin letters, digits or “-” after “#”, for example #office1.
link-tag-needs-service = Write the campaign tag after the service, for example: /link labour-permit #office1. Without a tag, just /link.
link-asks-first = ⚠️ It opens at the question "{ $question }": the answers before the step you chose decide what the person needs.
link-ready = Link to "{ $service }" (campaign: { $campaign }):
    { $url }
    Print the QR code or show it on screen.
