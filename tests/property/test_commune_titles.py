"""The five commune civil-servant titles (Tư pháp – Hộ tịch …) lost their basis on
2025-07-01 (khoản 3 Điều 71 Nghị định 170/2025/NĐ-CP): a commune recording one is told
so, and what to record instead, by UG-POSTS and UG-DELEG-DELEGATE; before, the titles
are posts of a ward."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import urbangov as ug
from urbangov.structure import Delegation, Official, Ward
from urbangov.terms import Act, Post
from urbangov.time import Period

TITLES = st.sampled_from([p for p in Post if p.is_commune_title])
CITIES = st.sampled_from(["01", "79", "48"])
REFORM = dt.date(2025, 7, 1)
HINT = "the titles of commune civil servants lost their basis on 2025-07-01"


def _ward(post: Post, city: str, day: dt.date, start: dt.date) -> Ward:
    officials = (Official("Nguyễn Văn A", Post.CHAIR, Period(start)),
                 Official("Trần Thị C", post, Period(start)))
    delegation = Delegation("Nguyễn Văn A", "Trần Thị C", {Act.CERTIFY_COPY},
                            Period(start, start + dt.timedelta(days=90)), decision="1/QĐ-UBND")
    urban: dict[str, Any] = {"council": None} if day < REFORM else {}  # HCMC's wards had no council
    return Ward.draft(name="Bến Nghé", city=city, as_of=day, officials=officials,
                      delegations=(delegation,), **urban)


@given(TITLES, CITIES, st.dates(dt.date(2025, 7, 2), dt.date(2026, 12, 1)))
def test_a_title_after_the_reform_is_refused_with_what_to_record(
        post: Post, city: str, day: dt.date) -> None:
    found = ug.validate(_ward(post, city, day, dt.date(2025, 7, 1)))
    posts = [v for v in found if v.code == "UG-POSTS"]
    assert [v.path for v in posts] == ["officials[1].post"]
    assert HINT in posts[0].message and "civil_servant (công chức)" in posts[0].message
    # civil_servant is what the law of the day has: recorded so, the post is accepted
    fixed = ug.validate(_ward(Post.CIVIL_SERVANT, city, day, dt.date(2025, 7, 1)))
    assert not [v for v in fixed if v.code in ("UG-POSTS", "UG-DELEG-DELEGATE")]


@given(TITLES, CITIES)
def test_a_delegate_holding_a_title_after_the_reform_is_told_why(post: Post, city: str) -> None:
    day = dt.date(2025, 10, 1)
    delegate = [v for v in ug.validate(_ward(post, city, day, dt.date(2025, 7, 1)))
                if v.code == "UG-DELEG-DELEGATE"]
    assert len(delegate) == 1 and HINT in delegate[0].message


@given(TITLES, st.dates(dt.date(2022, 1, 1), dt.date(2025, 6, 30)))
def test_before_the_reform_a_title_is_a_post_of_a_ward(post: Post, day: dt.date) -> None:
    found = ug.validate(_ward(post, "79", day, dt.date(2021, 12, 1)))
    assert not [v for v in found if v.code == "UG-POSTS" or HINT in v.message]
