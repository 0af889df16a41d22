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
