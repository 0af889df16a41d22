"""Staff links (issue 11): signed payloads open only what staff sent; QR codes decode
back to the link."""

from __future__ import annotations

import io

import pytest

from bot.staff_links import BadLink, is_signed, qr_png, sign, verify

SECRET = b"server-secret"


def test_a_signed_link_round_trips_with_its_campaign():
    payload = sign("labour-permit__expiry__kk", SECRET, campaign="office-12")
    assert len(payload) <= 64 and is_signed(payload)
    link = verify(payload, SECRET)
    assert (link.base, link.campaign) == ("labour-permit__expiry__kk", "office-12")
    assert verify(sign("kandas", SECRET), SECRET).campaign is None


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: p.replace("labour-permit", "kandas"),  # another service, same signature
        lambda p: p.replace("office-12", "office-13"),  # another campaign
        lambda p: p[:-1] + ("0" if p[-1] != "0" else "1"),  # an edited signature
    ],
)
def test_an_edited_link_is_refused(tamper):
    payload = sign("labour-permit__kk", SECRET, campaign="office-12")
    with pytest.raises(BadLink):
        verify(tamper(payload), SECRET)


def test_a_link_signed_with_another_secret_is_refused():
    with pytest.raises(BadLink):
        verify(sign("labour-permit", b"someone else"), SECRET)


def test_a_link_over_64_characters_is_not_made():
    with pytest.raises(ValueError):
        sign("employer-permit__" + "x" * 40, SECRET, campaign="a-long-campaign")


def test_the_qr_code_decodes_back_to_the_link():
    import zxingcpp  # a QR decoder (test dependency)
    from PIL import Image

    url = "https://t.me/test_bot?start=" + sign("labour-permit__kk", SECRET, campaign="leaflet-3")
    (decoded,) = zxingcpp.read_barcodes(Image.open(io.BytesIO(qr_png(url))))
    assert decoded.text == url
