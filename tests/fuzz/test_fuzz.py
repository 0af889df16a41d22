"""2,000 seeded updates through the real dispatcher polling the Bot API double:
no unhandled error, no request Telegram would reject, every press answered,
nothing sent to a group or a channel, and everyone back at the menu with /start."""

from tests.fuzz.runner import run_fuzz

SEED = 1414


async def test_fuzz_2000_updates(sqlite_url):
    report = await run_fuzz(2000, SEED, sqlite_url)
    assert report.updates >= 2000
    assert report.errors == []
    assert report.violations == []
    assert report.unanswered_callbacks == 0
    assert report.sent_to_groups == 0
    # a failing run names each user not at the menu, with their last texts and Bot API methods
    assert report.users_at_menu == report.users, report.not_at_menu


async def test_a_first_contact_in_a_language_we_do_not_speak_is_asked_it_then_reaches_the_menu(sqlite_url):
    """The fuzz's last /start may find a user who deleted everything (/forget) and whose
    Telegram language is not one of ours (CI, twice): like any first contact they are
    asked the language first. Here every user is new, so those are the ones asked; once
    they answer, they too are at the menu."""
    report = await run_fuzz(1, SEED, sqlite_url, users=12)
    assert report.errors == [] and report.violations == []
    assert report.asked_language >= 1
    assert report.users_at_menu == report.users, report.not_at_menu
