"""The ordinary local-government regime (Luật Tổ chức chính quyền địa phương 2015)."""

from __future__ import annotations

import datetime as dt

from urbangov.law import catalogue
from urbangov.regimes._model import Regime
from urbangov.regimes._rows import (
    ALL_KINDS,
    WARD_CAPS_2016,
    WARD_CAPS_2021,
    at,
    ordinary_rows,
    table,
)
from urbangov.time import Period

ORDINARY_2016 = Regime(
    key="ordinary-2016",
    name="Ordinary local government (2016–2021 term)",
    vietnamese="Chính quyền địa phương theo Luật Tổ chức chính quyền địa phương 2015",
    city=None,
    period=Period(dt.date(2016, 1, 1), dt.date(2021, 7, 1)),
    instruments=tuple(catalogue().get(i) for i in (
        "77/2015/QH13", "21/2017/QH14", "47/2019/QH14", "08/2016/NĐ-CP", "23/2015/NĐ-CP")),
    facts=table(*ordinary_rows(ALL_KINDS, WARD_CAPS_2016, at("08/2016/NĐ-CP", 7))),
    summary="Every city, district and commune-level unit has a People's Council and a "
            "People's Committee that decides collectively; the Council elects the "
            "Committee's Chairman and Vice-Chairmen.",
)

ORDINARY_2021 = Regime(
    key="ordinary-2021",
    name="Ordinary local government (2021–2026 term, until the two-tier reform)",
    vietnamese="Chính quyền địa phương theo Luật Tổ chức chính quyền địa phương "
               "(nhiệm kỳ 2021–2026)",
    city=None,
    period=Period(dt.date(2021, 7, 1), dt.date(2025, 7, 1)),
    instruments=tuple(catalogue().get(i) for i in (
        "77/2015/QH13", "47/2019/QH14", "65/2025/QH15", "08/2016/NĐ-CP", "69/2020/NĐ-CP",
        "23/2015/NĐ-CP")),
    facts=table(*ordinary_rows(ALL_KINDS, WARD_CAPS_2021, at("69/2020/NĐ-CP"))),
    summary="As before, for every unit outside the urban-government models (and for all "
            "units of other provinces); class-II wards and communes may have two "
            "Vice-Chairmen from the 2021–2026 term (NĐ 69/2020). Luật 65/2025/QH15 "
            "replaced Luật 77/2015 from 2025-03-01 without changing these answers.",
)
