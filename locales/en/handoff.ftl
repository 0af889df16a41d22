## Handing a conversation to a person: a contact-centre operator in the operators' forum.
button-ask-person = 🙋 Ask a person
button-handoff-end = ✖️ End the conversation
handoff-help = No answer here? Press "🙋 Ask a person": an operator of the contact centre gets your question and answers in this chat.
handoff-opened = Your question has been passed to a contact-centre operator. The answer will come here, in this chat.
    While the conversation is open, everything you write goes to the operator too. The bot's buttons work as usual.
handoff-opened-later = Operators answer from 09:00 to 18:00 Almaty time on working days. Your question is saved: an operator will answer on { $day } after { $time }.
    You can write the details now — nothing will be lost.
# typed while the bot's question waits for a typed answer: it went to the operator (once per conversation)
handoff-typed-to-operator = Passed to the operator. To answer the bot's question, end the conversation with the operator first, then write your answer again.
handoff-already-open = You are already writing to an operator: just send your question here.
handoff-unavailable = Talking to an operator is not available right now. Call the contact centre 1414 (free within Kazakhstan).
handoff-operator-says = 🙋 Operator:
handoff-closed-by-operator = The operator has ended the conversation. If you have more questions, press "🙋 Ask a person" on a ☎️ screen or in /help, or call the contact centre 1414 (free within Kazakhstan).
handoff-closed-by-user = The conversation with the operator has ended. The bot answers you again.
handoff-not-open = The conversation with the operator has already ended.

## For operators (in the operators' language: OPERATORS_LANGUAGE).
handoff-op-title = No. { $id } · { $code } · { $service }
handoff-op-general = a general question
handoff-op-head = 🙋 Request No. { $id }
    Service: { $service }
    User's language: { $language }
    Opened: { $opened } (Almaty time)
handoff-op-outside = 🌙 Out of working hours: the user was told the answer will come on { $day } after { $time }.
handoff-op-path = The way and the answers:
handoff-op-no-path = No answers: the user asked from /help or the menu.
handoff-op-result = The result the user saw:
handoff-op-screen = The screen the user was on:
handoff-op-how = Reply in this topic and the bot passes the reply to the user. /close ends the conversation.
handoff-op-closed = The conversation is closed; the user has been told.
handoff-op-closed-by-user = The user ended the conversation.
# an operator's /close: the user has blocked the bot, or the bot could not reach them (the conversation is closed either way)
handoff-op-closed-user-blocked = The conversation is closed. The user has blocked the bot: they were not told it ended.
handoff-op-closed-not-told = The conversation is closed, but the user could not be told: Telegram did not accept the message.
handoff-op-already-closed = This conversation has ended: the message was not sent to the user.
handoff-op-not-staff = Not passed on: only staff may answer users. An administrator adds a staff member with /staff add { $user }.
handoff-op-user-blocked = The user has blocked the bot: the message was not delivered.
# the user edited a message while talking to an operator: the corrected message went to the operator too
handoff-edit-passed = ✏️ Your correction has been passed to the operator.
# before a copy of a message the user edited after sending it (the copy shows it as it reads now)
handoff-op-user-edited = ✏️ The user corrected a message sent earlier. The corrected version follows.
