"""Staff roles and links through the real bot and the Bot API double (issue 11):
admins grant staff, staff make signed links with a QR code, nobody else reaches either."""

from __future__ import annotations

import asyncio
import datetime as dt
import io

from bot.staff_links import is_signed, secret_from, verify
from tests.botapi_double import BotAPIDouble, UploadedFile
from tests.test_e2e_telegram import TOKEN, running_bot

ADMIN, STAFF, CALLER = 9001, 9002, 9003
KK_FIRST_QUESTION = "Сіз кімсіз?"  # labour-permit's first question in Kazakh


async def said(api, user: int, before: int) -> str:
    await api.wait_until(lambda: len(api.sent_texts(user)) > before, what=f"a reply to {user}")
    return api.sent_texts(user)[-1]


def photos(api, chat_id: int) -> list[dict]:
    return [p for p in api.calls("sendPhoto") if int(p["chat_id"]) == chat_id]


async def test_only_admins_grant_staff_and_only_staff_make_links(sqlite_url, trees):
    async with BotAPIDouble(token=TOKEN) as api, running_bot(api, sqlite_url, trees, admin_ids=f"{ADMIN}") as app:
        # a caller can do neither
        api.push_message(CALLER, "/staff add 9003", language_code="en")
        assert "administrators only" in await said(api, CALLER, 0)
        api.push_message(CALLER, "/link labour-permit", language_code="en")
        assert "staff only" in await said(api, CALLER, 1)
        # not even with a forged button of the link dialog: refused in an alert, no link
        answered = len(api.calls("answerCallbackQuery"))
        api.push_callback(CALLER, "lk:kandas:en", language_code="en", check_button=False)
        await api.wait_until(lambda: len(api.calls("answerCallbackQuery")) > answered, what="the refusal")
        refusal = api.calls("answerCallbackQuery")[-1]
        assert "staff only" in refusal["text"] and refusal.get("show_alert")
        assert not photos(api, CALLER)

        # staff cannot grant staff either
        api.push_message(ADMIN, f"/staff add {STAFF}", language_code="en")
        await api.wait_until(lambda: any("is now staff" in t for t in api.sent_texts(ADMIN)), what="granted")
        api.push_message(STAFF, f"/staff add {CALLER}", language_code="en")
        assert "administrators only" in await said(api, STAFF, 0)

        # staff make a signed link with a campaign tag; its QR code is that link
        api.push_message(STAFF, "/link labour-permit kk #office-12", language_code="en")
        await api.wait_until(lambda: photos(api, STAFF), what="the QR code")
        (sent,) = photos(api, STAFF)
        url = next(w for w in sent["caption"].split() if w.startswith("https://t.me/"))
        payload = url.split("start=", 1)[1]
        assert is_signed(payload) and len(payload) <= 64
        link = verify(payload, secret_from(None, TOKEN))
        assert (link.base, link.campaign) == ("labour-permit__kk", "office-12")
        import zxingcpp
        from PIL import Image

        (upload,) = [r for r in api.requests if r.method == "sendPhoto"]
        content = next(f.content for f in upload.files.values() if isinstance(f, UploadedFile))
        (decoded,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(content)))
        assert decoded.text == url

        # the caller opens the link: the service, in Kazakh; the campaign is counted
        app_staff = app.dispatcher["staff"]
        n = len(api.sent_texts(CALLER))
        api.push_message(CALLER, f"/start {payload}", language_code="en")
        opened = await said(api, CALLER, n)
        assert KK_FIRST_QUESTION in opened
        assert await app_staff.campaign_opens(dt.date(2000, 1, 1)) == {("office-12", "labour-permit"): 1}
        # an edited link opens nothing: the menu with a one-line note, nothing counted
        forged = payload.replace("labour-permit", "kandas")
        n = len(api.sent_texts(CALLER))
        api.push_message(CALLER, f"/start {forged}", language_code="en")
        refused = await said(api, CALLER, n)
        assert KK_FIRST_QUESTION not in refused and "ешқайда апармайды" in refused  # the link set Kazakh
        assert await app_staff.campaign_opens(dt.date(2000, 1, 1)) == {("office-12", "labour-permit"): 1}

        # a link to a node past the questions that decide it: staff are told where it
        # opens, and the caller is asked those questions first, under a line saying why
        api.push_message(STAFF, "/link labour-permit no-work-yet kk", language_code="en")
        await api.wait_until(lambda: len(photos(api, STAFF)) == 2, what="the second QR code")
        caption = photos(api, STAFF)[1]["caption"]
        assert 'It opens at the question "Who are you?"' in caption
        url = next(w for w in caption.split() if w.startswith("https://t.me/"))
        assert verify(url.split("start=", 1)[1], secret_from(None, TOKEN)).base == "labour-permit__no-work-yet__kk"
        n = len(api.sent_texts(CALLER))
        api.push_message(CALLER, f"/start {url.split('start=', 1)[1]}", language_code="en")
        opened = await said(api, CALLER, n)
        assert opened.startswith("Алдымен бірнеше сұрақ") and KK_FIRST_QUESTION in opened

        # revoked: refused again
        api.push_message(ADMIN, f"/staff remove {STAFF}", language_code="en")
        await api.wait_until(lambda: any("no longer staff" in t for t in api.sent_texts(ADMIN)), what="revoked")
        n = len(api.sent_texts(STAFF))
        api.push_message(STAFF, "/link kandas", language_code="en")
        assert "staff only" in await said(api, STAFF, n)
        assert not api.violations
