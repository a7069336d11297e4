"""Authority: who may perform an act in a unit on a day, and on what legal basis.

:func:`who_may` answers the question an e-government app asks every day: *who may sign
this certification at this ward today?*  It reads the structure (who holds which post
on that day, and which delegations are in force) against the regime in force that day
(:func:`urbangov.regimes.regime_for`), and returns an :class:`Answer`: every
:class:`Grant` (an official with the basis of their power: the power of their own post
or a delegation, each with its provision), plus the reasons why others may not.

* **Own power.**  The posts the regime names (``Fact.CERTIFIERS`` for certifications:
  the Chairman or a Vice-Chairman under NĐ 23/2015 Điều 5 k.2; the Chairman alone from
  2025-11-01 under NĐ 280/2025).  An acting Chairman (quyền Chủ tịch) has the
  Chairman's powers while the acting assignment lasts.
* **Delegation.**  Under the urban-government regimes the Chairman may delegate
  certifying copies and signatures to the Tư pháp–Hộ tịch civil servant.  A delegation
  confers power only on the days it is in force and only if it satisfies every
  delegation rule (:mod:`urbangov._rules.delegations`: delegator is the Chairman,
  delegate is the Tư pháp–Hộ tịch civil servant, the acts are delegable, it lies
  within both tenures, it is written and time-limited, it is not a re-delegation,
  and in TP Hồ Chí Minh the delegate has three years in the field).  Delegations are
  never followed transitively.
* **The level above.**  Appointing and dismissing ward Chairmen and Vice-Chairmen is
  for the authority the regime names (``Fact.CHAIR_APPOINTED_BY``): under the pilots,
  the Chairman of the district containing the ward.  Pass the district or city with
  ``ward=`` to have that person named.

>>> import datetime as dt
>>> from urbangov.structure import Appointment, Delegation, Official, Ward
>>> from urbangov.terms import Act, Authority, Post
>>> from urbangov.time import Period
>>> ward = Ward(name="Phúc Xá", code="00001", city="01", officials=(
...     Official("Nguyễn Văn A", Post.CHAIR, Period(dt.date(2021, 7, 1)),
...              Appointment(Authority.PARENT_CHAIR, "12/QĐ-UBND")),
...     Official("Trần Thị C", Post.TU_PHAP_HO_TICH, Period(dt.date(2019, 1, 1))),
... ), delegations=(
...     Delegation("Nguyễn Văn A", "Trần Thị C", {"certify-copy", "certify-signature"},
...                Period.through(dt.date(2021, 7, 15), dt.date(2021, 12, 31)), "05/QĐ-UBND"),
... ))
>>> answer = who_may("certify-copy", ward, on=dt.date(2021, 8, 1))
>>> [(g.official.name, g.basis.value) for g in answer]
[('Nguyễn Văn A', 'own_power'), ('Trần Thị C', 'delegation')]
>>> str(answer.grants[1].provision)
'khoản 3 Điều 7 Nghị định 32/2021/NĐ-CP'
>>> [g.official.name for g in who_may(Act.CERTIFY_LAND_USE_CONTRACT, ward, on=dt.date(2021, 8, 1))]
['Nguyễn Văn A']
>>> later = who_may(Act.CERTIFY_COPY, ward, on=dt.date(2022, 1, 1))
>>> [g.official.name for g in later]
['Nguyễn Văn A']
>>> print(later.reasons[0][:74])
Delegation 05/QĐ-UBND (Nguyễn Văn A → Trần Thị C, 2021-07-15 → 2021-12-31)
>>> print(later.reasons[0][75:])
is not in force on 2022-01-01: it ended on 2021-12-31.
"""

from __future__ import annotations

from urbangov.authority._index import _INDEXES as _INDEXES  # tests inspect the cache
from urbangov.authority._model import Answer, Basis, Grant, PostGrant
from urbangov.authority._query import who_may

__all__ = ["Answer", "Basis", "Grant", "PostGrant", "who_may"]

# The public home, for reprs, docs and pickles (the classes live in private modules).
for _public in (Answer, Basis, Grant, PostGrant, who_may):
    _public.__module__ = __name__


def __dir__() -> list[str]:
    return sorted(__all__)
