## Suhbatni odamga topshirish: operatorlar forumidagi aloqa markazi operatoriga.
button-ask-person = 🙋 Odamdan soʻrash
button-handoff-end = ✖️ Suhbatni tugatish
handoff-help = Javob topmadingizmi? «🙋 Odamdan soʻrash» tugmasini bosing: savolingizni aloqa markazi operatori oladi, javob shu chatga keladi.
handoff-opened = Savolingiz aloqa markazi operatoriga yuborildi. Javob shu yerga, shu chatga keladi.
    Suhbat ochiq turganda yozgan hamma narsangizni ham operator oladi. Bot tugmalari odatdagidek ishlaydi.
handoff-opened-later = Operatorlar ish kunlari soat 09:00 dan 18:00 gacha (Olmaota vaqti) javob beradi. Savolingiz saqlandi: operator { $day } kuni soat { $time } dan keyin javob beradi.
    Tafsilotlarni hozir yozishingiz mumkin — hech narsa yoʻqolmaydi.
# typed while the bot's question waits for a typed answer: it went to the operator (once per conversation)
handoff-typed-to-operator = Operatorga yubordim. Botning savoliga javob berish uchun avval operator bilan suhbatni tugating, keyin javobingizni qaytadan yozing.
handoff-already-open = Siz allaqachon operatorga yozyapsiz: savolingizni shunchaki shu yerga yuboring.
handoff-unavailable = Hozir operator bilan bogʻlanib boʻlmaydi. 1414 aloqa markaziga qoʻngʻiroq qiling (Qozogʻiston boʻylab bepul).
handoff-operator-says = 🙋 Operator:
handoff-closed-by-operator = Operator suhbatni tugatdi. Yana savollaringiz boʻlsa, ☎️ belgisi bor ekranda yoki /help da «🙋 Odamdan soʻrash» tugmasini bosing yoki 1414 aloqa markaziga qoʻngʻiroq qiling (Qozogʻiston boʻylab bepul).
handoff-closed-by-user = Operator bilan suhbat tugadi. Endi sizga yana bot javob beradi.
handoff-not-open = Operator bilan suhbat allaqachon tugagan.

## Operatorlar uchun (operatorlar tili: OPERATORS_LANGUAGE).
handoff-op-title = №{ $id } · { $code } · { $service }
handoff-op-general = umumiy savol
handoff-op-head = 🙋 Murojaat №{ $id }
    Xizmat: { $service }
    Foydalanuvchi tili: { $language }
    Ochilgan: { $opened } (Olmaota vaqti)
handoff-op-outside = 🌙 Ish vaqtidan tashqari: foydalanuvchiga javob { $day } kuni soat { $time } dan keyin boʻlishi aytildi.
handoff-op-path = Bosib oʻtilgan yoʻl va javoblar:
handoff-op-no-path = Javoblar yoʻq: foydalanuvchi /help yoki menyudan soʻradi.
handoff-op-result = Foydalanuvchi koʻrgan natija:
handoff-op-screen = Foydalanuvchi qaysi ekranda edi:
handoff-op-how = Shu mavzuda javob yozing — bot javobni foydalanuvchiga yuboradi. /close — suhbatni tugatish.
handoff-op-closed = Suhbat tugatildi, foydalanuvchiga xabar berildi.
handoff-op-closed-by-user = Foydalanuvchi suhbatni tugatdi.
# an operator's /close: the user has blocked the bot, or the bot could not reach them (the conversation is closed either way)
handoff-op-closed-user-blocked = Suhbat tugatildi. Foydalanuvchi botni bloklagan: suhbat tugagani haqidagi xabar unga yetkazilmadi.
handoff-op-closed-not-told = Suhbat tugatildi, lekin foydalanuvchiga xabar berib boʻlmadi: Telegram xabarni qabul qilmadi.
handoff-op-already-closed = Bu suhbat allaqachon tugagan: xabar foydalanuvchiga yuborilmadi.
handoff-op-not-staff = Xabar foydalanuvchiga yuborilmadi: foydalanuvchilarga faqat xodimlar javob bera oladi. Administrator xodimni /staff add { $user } buyrugʻi bilan qoʻshadi.
handoff-op-user-blocked = Foydalanuvchi botni bloklagan: xabar yetkazilmadi.
handoff-edit-passed = ✏️ Tuzatish operatorga yuborildi.
handoff-op-user-edited = ✏️ Foydalanuvchi avval yuborgan xabarini tuzatdi. Tuzatilgan varianti — quyida.
