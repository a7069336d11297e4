"""The ordinary local-government regime (Luật Tổ chức chính quyền địa phương).

The answers stay the same from 2016 to the two-tier reform; the instruments that give
them do not.  Each piece of :data:`PIECES` is one stretch of days with the law then in
force: NĐ 08/2016/NĐ-CP capped Vice-Chairmen only from 2016-03-10, Luật 65/2025/QH15
replaced Luật 77/2015/QH13 on 2025-03-01, and Luật 72/2025/QH15 replaced it on
2025-06-16 while the district level worked on until 2025-07-01.
"""

from __future__ import annotations

import datetime as dt

from urbangov.law import Confidence, catalogue
from urbangov.regimes._model import Cited, Regime
from urbangov.regimes._rows import (
    ALL_KINDS,
    WARD_CAPS_2016,
    WARD_CAPS_2021,
    WARD_POSTS,
    at,
    general_law,
    ordinary_rows,
    table,
)
from urbangov.terms import Post
from urbangov.time import Period

D = dt.date
_2016 = "Chính quyền địa phương theo Luật Tổ chức chính quyền địa phương 2015"
_2021 = "Chính quyền địa phương theo Luật Tổ chức chính quyền địa phương (nhiệm kỳ 2021–2026)"
_SUMMARY_2016 = ("Every city, district and commune-level unit has a People's Council and a "
                 "People's Committee that decides collectively; the Council elects the "
                 "Committee's Chairman and Vice-Chairmen.")
_SUMMARY_2021 = ("As before, for every unit outside the urban-government models (and for all "
                 "units of other provinces); class-II wards and communes may have two "
                 "Vice-Chairmen from the 2021–2026 term (NĐ 69/2020).")
_WARD_POSTS_47 = Cited(WARD_POSTS | {Post.MEMBER}, at("47/2019/QH14", 2, 20),
                       Confidence.MEDIUM,
                       "Luật 47/2019 Điều 2 k.20 amended the ward-UBND article (likely Điều "
                       "63; legal reference 5.3); civil-servant posts work for the committee.")

#: (key, name, Vietnamese name, first day, ward caps and where they are set, summary).
#: A piece with no caps: no cap was in force that the legal reference names.
PIECES = (
    ("ordinary-2016-01", "Ordinary local government (early 2016, before NĐ 08/2016)", _2016,
     D(2016, 1, 1), None, _SUMMARY_2016 + " NĐ 08/2016/NĐ-CP on Vice-Chairmen took effect "
                                         "only on 2016-03-10: the regime states no cap "
                                         "before it."),
    ("ordinary-2016", "Ordinary local government (2016–2021 term)", _2016, D(2016, 3, 10),
     (WARD_CAPS_2016, ("08/2016/NĐ-CP", 7)), _SUMMARY_2016),
    ("ordinary-2021", "Ordinary local government (2021–2026 term, until the two-tier reform)",
     _2021, D(2021, 7, 1), (WARD_CAPS_2021, ("69/2020/NĐ-CP",)), _SUMMARY_2021),
    ("ordinary-2025-03", "Ordinary local government under Luật 65/2025/QH15", _2021,
     D(2025, 3, 1), (WARD_CAPS_2021, ("69/2020/NĐ-CP",)),
     _SUMMARY_2021 + " Luật 65/2025/QH15 replaced Luật 77/2015 from 2025-03-01 without "
                     "changing these answers."),
    ("ordinary-2025-06-16", "Ordinary local government until the district level ended "
                            "(Luật 72/2025/QH15 in force)", _2021, D(2025, 6, 16),
     (WARD_CAPS_2021, ("69/2020/NĐ-CP",)),
     _SUMMARY_2021 + " Luật 72/2025/QH15 replaced Luật 65/2025 on 2025-06-16; the district "
                     "level and the communes before the mergers worked on until 2025-07-01."),
)
_END = D(2025, 7, 1)
_DECREES = {"ordinary-2016-01": ("23/2015/NĐ-CP",),
            "ordinary-2016": ("08/2016/NĐ-CP", "23/2015/NĐ-CP")}
#: The general law with the laws that amended it during the piece.
_LAWS = {"ordinary-2016": ("77/2015/QH13", "21/2017/QH14", "47/2019/QH14"),
         "ordinary-2021": ("77/2015/QH13", "47/2019/QH14")}


def _piece(i: int) -> Regime:
    key, name, vietnamese, start, caps, summary = PIECES[i]
    end = PIECES[i + 1][3] if i + 1 < len(PIECES) else _END
    law = general_law(start)
    decrees = _DECREES.get(key, ("08/2016/NĐ-CP", "69/2020/NĐ-CP", "23/2015/NĐ-CP"))
    ward_caps, caps_at = caps if caps is not None else (None, ("08/2016/NĐ-CP", 7))
    # From 2020-07-01 the ward committee is as Luật 47/2019 amended it (legal ref. 5.3).
    ward_posts = _WARD_POSTS_47 if law.law == "77/2015/QH13" and start >= D(2020, 7, 1) \
        else None
    return Regime(
        key=key, name=name, vietnamese=vietnamese, city=None, period=Period(start, end),
        instruments=tuple(catalogue().get(i) for i in (*_LAWS.get(key, (law.law,)),
                                                       *decrees)),
        facts=table(*ordinary_rows(ALL_KINDS, ward_caps, at(*caps_at), law,
                                   ward_posts=ward_posts)),
        summary=summary)


ORDINARY = tuple(_piece(i) for i in range(len(PIECES)))
ORDINARY_2016, ORDINARY_2021 = ORDINARY[1], ORDINARY[2]

__all__ = ["ORDINARY", "ORDINARY_2016", "ORDINARY_2021"]
