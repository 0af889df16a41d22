"""One send rate across processes (issue 12): two pacers sharing the real Redis stay
within Telegram's limits together, and one alone may use the whole rate.

Time is simulated: each pacer reads a shared virtual clock, and a scheduler always
runs the sender whose next try comes first, so nothing depends on this machine's
speed."""

from __future__ import annotations

import collections

import pytest

from bot.ratelimit import SharedPacer

pytestmark = pytest.mark.redis


class VirtualClock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


async def _run(pacers, work, clock, until: float):
    """work[i]: the chat ids sender i has to send to, in order. Returns (time, chat) sends."""
    sent = []
    queues = [collections.deque(w) for w in work]
    next_try = [clock.now] * len(pacers)
    end = clock.now + until
    while True:
        ready = [i for i, q in enumerate(queues) if q]
        if not ready:
            break
        i = min(ready, key=lambda k: next_try[k])
        if next_try[i] >= end:
            break
        clock.now = next_try[i]
        wait = await pacers[i].try_acquire(queues[i][0])
        if wait <= 0:
            sent.append((clock.now, queues[i].popleft()))
        else:
            next_try[i] = clock.now + wait
    return sent


@pytest.fixture
async def clients(redis_url):
    from redis.asyncio import Redis

    a, b = Redis.from_url(redis_url), Redis.from_url(redis_url)
    yield a, b
    await a.aclose()
    await b.aclose()


def _max_in_window(times, width):
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= width - 1e-9:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


async def test_two_processes_share_thirty_a_second_and_one_a_second_per_chat(clients):
    clock = VirtualClock()
    a, b = (SharedPacer(c, clock=clock, prefix="t:rate") for c in clients)
    # each process has reminders for its own 40 chats, five rounds each
    work = [list(range(1, 41)) * 5, list(range(41, 81)) * 5]
    sent = await _run([a, b], work, clock, until=10.0)
    times = [t for t, _ in sent]
    assert _max_in_window(times, 1.0) <= 30
    by_chat = collections.defaultdict(list)
    for t, chat in sent:
        by_chat[chat].append(t)
    assert all(_max_in_window(ts, 1.0) <= 1 for ts in by_chat.values())
    # together they use the whole rate: 10 s at 30/s
    assert len(sent) >= 0.95 * 300


async def test_two_processes_never_write_to_one_chat_twice_in_a_second(clients):
    clock = VirtualClock()
    a, b = (SharedPacer(c, clock=clock, prefix="t:rate") for c in clients)
    sent = await _run([a, b], [[7] * 10, [7] * 10], clock, until=10.0)
    times = sorted(t for t, _ in sent)
    assert all(later - earlier >= 1.0 for earlier, later in zip(times, times[1:]))
    assert len(sent) == 10  # one a second, from either process


async def test_one_busy_process_gets_the_idle_ones_share(clients):
    clock = VirtualClock()
    a, b = (SharedPacer(c, clock=clock, prefix="t:rate") for c in clients)
    sent = await _run([a, b], [list(range(1, 400)), []], clock, until=10.0)
    assert len(sent) >= 0.95 * 300  # not half of it, as with a fixed share per process


async def test_group_chats_get_twenty_a_minute(clients):
    clock = VirtualClock()
    a, b = (SharedPacer(c, clock=clock, prefix="t:rate") for c in clients)
    group = -1001234567890
    sent = await _run([a, b], [[group] * 60, [group] * 60], clock, until=180.0)
    assert _max_in_window([t for t, _ in sent], 60.0) <= 20
    assert len(sent) >= 55  # three minutes: about 60


async def test_a_retry_after_in_one_process_pauses_all(clients):
    clock = VirtualClock()
    a, b = (SharedPacer(c, clock=clock, prefix="t:rate") for c in clients)
    await a.pause_all(5.0)
    assert await b.try_acquire(7) == pytest.approx(5.0)
    clock.now += 5.0
    assert await b.try_acquire(7) == 0
