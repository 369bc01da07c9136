"""The per-user cooldown: at most N questions in any window of S seconds, with a clock the test moves."""

import pytest

from bot.core.cooldown import SWEEP_EVERY, Cooldown


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_allows_the_limit_then_refuses_with_the_time_until_the_oldest_attempt_expires():
    clock = Clock()
    cooldown = Cooldown(4, 30, clock=clock)
    for second in range(4):
        clock.now = 1000.0 + second
        assert cooldown.hit("ana").allowed
    clock.now = 1010.0
    verdict = cooldown.hit("ana")
    assert not verdict.allowed
    assert verdict.retry_after == pytest.approx(20.0)


def test_the_window_slides_so_waiting_always_helps():
    clock = Clock()
    cooldown = Cooldown(2, 10, clock=clock)
    assert cooldown.hit("ana").allowed
    clock.now += 5
    assert cooldown.hit("ana").allowed
    assert not cooldown.hit("ana").allowed
    clock.now += 5  # the first attempt is now exactly 10 s old
    assert cooldown.hit("ana").allowed
    assert not cooldown.hit("ana").allowed


def test_refused_attempts_do_not_extend_the_wait():
    clock = Clock()
    cooldown = Cooldown(1, 10, clock=clock)
    assert cooldown.hit("ana").allowed
    for _ in range(50):
        clock.now += 0.1
        cooldown.hit("ana")
    clock.now = 1010.0
    assert cooldown.hit("ana").allowed


def test_users_are_counted_separately():
    cooldown = Cooldown(1, 10, clock=Clock())
    assert cooldown.hit("ana").allowed
    assert not cooldown.hit("ana").allowed
    assert cooldown.hit("bo").allowed


def test_only_the_first_refusal_in_a_row_is_marked_so_a_mention_reply_is_sent_once():
    clock = Clock()
    cooldown = Cooldown(1, 10, clock=clock)
    cooldown.hit("ana")
    assert cooldown.hit("ana").first_refusal
    assert not cooldown.hit("ana").first_refusal
    clock.now += 10
    assert cooldown.hit("ana").allowed
    assert cooldown.hit("ana").first_refusal


def test_idle_users_are_forgotten():
    clock = Clock()
    cooldown = Cooldown(1, 10, clock=clock)
    for user in range(SWEEP_EVERY - 1):
        cooldown.hit(user)
    clock.now += 11
    cooldown.hit("last")
    assert len(cooldown) == 1


@pytest.mark.parametrize(("limit", "per"), [(0, 10), (1, 0), (1, -1)])
def test_a_cooldown_that_could_never_allow_anything_is_rejected(limit, per):
    with pytest.raises(ValueError):
        Cooldown(limit, per)
