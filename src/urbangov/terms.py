"""Terms: the vocabulary of the law as enums, each with its Vietnamese and English name.

Every enum here is a table: the member's value is a stable ASCII slug (used in files
and on the command line), :attr:`vietnamese` is the term as the law writes it, and
:attr:`english` is how the docs translate it.  The glossary page is generated from
these tables.

>>> UnitKind.PHUONG.vietnamese, UnitKind.PHUONG.english
('phường', 'ward')
>>> Post.TU_PHAP_HO_TICH.english
'Justice–Civil Status civil servant'
>>> Act("certify-copy") is Act.CERTIFY_COPY
True
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping

from urbangov._text import fold

__all__ = [
    "CITY_ALIASES",
    "CITY_NAMES",
    "COMMUNES_BELOW",
    "KINDS_BELOW",
    "Act",
    "AppointmentMethod",
    "Authority",
    "DecisionMode",
    "Level",
    "Post",
    "UnitClass",
    "UnitKind",
    "city_code",
    "kinds_at",
    "law_classes",
    "possible_classes",
]


class _Named(enum.Enum):
    """An enum whose members carry a Vietnamese and an English name."""

    # Members are singletons: hash by identity (in C) rather than by name (in Python),
    # since validation looks facts up by kind and post many thousands of times.
    __hash__ = object.__hash__

    @property
    def vietnamese(self) -> str:
        """The Vietnamese term."""
        return _NAMES[self][0]

    @property
    def english(self) -> str:
        """The English name."""
        return _NAMES[self][1]

    @property
    def abbreviation(self) -> str | None:
        """The usual Vietnamese abbreviation, if there is one."""
        names = _NAMES[self]
        return names[2] if len(names) > 2 else None


class Level(_Named):
    """A level of administrative units (cấp hành chính)."""

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"


class UnitKind(_Named):
    """The kind of an administrative unit (loại đơn vị hành chính)."""

    THANH_PHO = "thanh_pho"
    TINH = "tinh"
    QUAN = "quan"
    THI_XA = "thi_xa"
    HUYEN = "huyen"
    THANH_PHO_THUOC_TP = "thanh_pho_thuoc_tp"
    THANH_PHO_THUOC_TINH = "thanh_pho_thuoc_tinh"
    PHUONG = "phuong"
    XA = "xa"
    THI_TRAN = "thi_tran"
    DAC_KHU = "dac_khu"

    @property
    def level(self) -> Level:
        """The level this kind of unit sits at."""
        return _LEVELS[self]


_K = UnitKind
#: Which kinds of unit may sit directly below which: the one table of the model's nesting.
#: Until 2025-06-30 province → district → commune (Luật 77/2015/QH13 Điều 2); from
#: 2025-07-01 a province-level unit holds its communes, wards and special zones directly
#: (Luật 72/2025/QH15 Điều 1 k.1), see :data:`COMMUNES_BELOW`.
KINDS_BELOW: Mapping[UnitKind, frozenset[UnitKind]] = {
    _K.THANH_PHO: frozenset({_K.QUAN, _K.THI_XA, _K.HUYEN, _K.THANH_PHO_THUOC_TP}),
    _K.TINH: frozenset({_K.THI_XA, _K.HUYEN, _K.THANH_PHO_THUOC_TINH}),
    _K.QUAN: frozenset({_K.PHUONG}),
    _K.THI_XA: frozenset({_K.PHUONG, _K.XA}),
    _K.THANH_PHO_THUOC_TP: frozenset({_K.PHUONG, _K.XA}),
    _K.THANH_PHO_THUOC_TINH: frozenset({_K.PHUONG, _K.XA}),
    _K.HUYEN: frozenset({_K.XA, _K.THI_TRAN}),
}
#: The communes a province-level unit holds directly in the two-tier tree (2025-07-01 on).
COMMUNES_BELOW: frozenset[UnitKind] = frozenset({_K.PHUONG, _K.XA, _K.DAC_KHU})

_LEVELS: dict[UnitKind, Level] = {
    kind: (Level.PROVINCE if kind in (_K.THANH_PHO, _K.TINH)
           else Level.DISTRICT if any(kind in below for k, below in KINDS_BELOW.items()
                                      if k in (_K.THANH_PHO, _K.TINH))
           else Level.COMMUNE)
    for kind in UnitKind}


def kinds_at(level: Level) -> frozenset[UnitKind]:
    """The kinds of unit at *level* (cấp hành chính)."""
    return frozenset(k for k, at in _LEVELS.items() if at is level)


class UnitClass(_Named):
    """The class of an administrative unit (phân loại đơn vị hành chính).

    ``UNKNOWN`` means the class is not recorded; rules then check against the
    largest cap any class allows and say so in a warning.
    """

    DAC_BIET = "dac_biet"
    I = "I"  # noqa: E741 - the law's own name for the class
    II = "II"
    III = "III"
    UNKNOWN = "unknown"


class Post(_Named):
    """A post in a People's Committee or People's Council (chức danh).

    The People's Council's own posts (Chủ tịch, Phó Chủ tịch Hội đồng nhân dân, Trưởng
    ban, Phó Trưởng ban) are recorded on the council (:attr:`is_council`), never in the
    People's Committee.
    """

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    POLICE_CHIEF = "police_chief"
    MILITARY_COMMANDER = "military_commander"
    VAN_PHONG_THONG_KE = "van_phong_thong_ke"
    DIA_CHINH_XAY_DUNG = "dia_chinh_xay_dung"
    TAI_CHINH_KE_TOAN = "tai_chinh_ke_toan"
    TU_PHAP_HO_TICH = "tu_phap_ho_tich"
    VAN_HOA_XA_HOI = "van_hoa_xa_hoi"
    MEMBER = "member"
    # The commune of the two-tier system (from 2025-07-01): heads of its offices
    # (NĐ 150/2025/NĐ-CP) and its civil servants in job positions (Luật 80/2025/QH15).
    OFFICE_CHIEF = "office_chief"
    ECONOMY_HEAD = "economy_head"
    CULTURE_SOCIETY_HEAD = "culture_society_head"
    OFFICE_HEAD = "office_head"
    SERVICE_CENTRE_DIRECTOR = "service_centre_director"
    CIVIL_SERVANT = "civil_servant"
    # The People's Council's officers.
    COUNCIL_CHAIR = "council_chair"
    COUNCIL_VICE_CHAIR = "council_vice_chair"
    COUNCIL_COMMITTEE_HEAD = "council_committee_head"
    COUNCIL_COMMITTEE_DEPUTY = "council_committee_deputy"

    @property
    def is_leader(self) -> bool:
        """Whether the post is the Chair or a Vice-Chair."""
        return self in _LEADERS

    @property
    def is_council(self) -> bool:
        """Whether the post belongs to the People's Council (Hội đồng nhân dân)."""
        return self in _COUNCIL_POSTS

    @property
    def is_commune_title(self) -> bool:
        """Whether the post is one of the five titles of commune civil servants (chức danh
        công chức cấp xã: Văn phòng – Thống kê … Văn hóa – Xã hội), which lost their basis
        on 2025-07-01: from then commune civil servants hold job positions
        (:attr:`CIVIL_SERVANT`; Luật 80/2025/QH15, khoản 3 Điều 71 Nghị định
        170/2025/NĐ-CP)."""
        return self in _COMMUNE_TITLES

    @property
    def is_standing(self) -> bool:
        """Whether the post sits on the People's Council's Standing Committee
        (Thường trực Hội đồng nhân dân: Chair, Vice-Chair, heads of committees)."""
        return self in _STANDING


_COMMUNE_TITLES = frozenset({Post.VAN_PHONG_THONG_KE, Post.DIA_CHINH_XAY_DUNG,
                              Post.TAI_CHINH_KE_TOAN, Post.TU_PHAP_HO_TICH,
                              Post.VAN_HOA_XA_HOI})
# Sets of members, built once: a test against one is cheap on the validation hot path.
_LEADERS = frozenset({Post.CHAIR, Post.VICE_CHAIR})
_STANDING = frozenset({Post.COUNCIL_CHAIR, Post.COUNCIL_VICE_CHAIR, Post.COUNCIL_COMMITTEE_HEAD})
_COUNCIL_POSTS = frozenset({Post.COUNCIL_CHAIR, Post.COUNCIL_VICE_CHAIR,
                            Post.COUNCIL_COMMITTEE_HEAD, Post.COUNCIL_COMMITTEE_DEPUTY})


class Authority(_Named):
    """Who appoints, elects or assigns an official (thẩm quyền).

    Authorities are relative to the unit: ``PARENT_CHAIR`` is the Chair of the
    People's Committee of the unit directly above (quận, thị xã or thành phố thuộc
    thành phố for a ward; the city for a district).  From 2025-07-01 the "city" of
    ``CITY_CHAIR``, ``CITY_COUNCIL_STANDING`` and ``CITY_COUNCIL`` is the province-level
    unit holding the commune (tỉnh or thành phố trực thuộc trung ương).
    """

    OWN_COUNCIL = "own_council"
    PARENT_CHAIR = "parent_chair"
    CITY_CHAIR = "city_chair"
    CITY_COUNCIL_STANDING = "city_council_standing"
    PRIME_MINISTER = "prime_minister"
    OWN_CHAIR = "own_chair"
    OWN_COUNCIL_STANDING = "own_council_standing"
    CITY_COUNCIL = "city_council"
    GOVERNMENT = "government"


class AppointmentMethod(_Named):
    """How an official came to hold a post."""

    ELECTED = "elected"
    APPOINTED = "appointed"
    ACTING = "acting"
    RECRUITED = "recruited"


class DecisionMode(_Named):
    """How a People's Committee decides (chế độ làm việc)."""

    HEAD_OF_AGENCY = "head_of_agency"
    COLLECTIVE = "collective"


class Act(_Named):
    """An act the law assigns at ward or district level (việc thuộc thẩm quyền).

    The eight certification acts are those of Nghị định 23/2015/NĐ-CP Điều 5 khoản 2.
    """

    CERTIFY_COPY = "certify-copy"
    CERTIFY_SIGNATURE = "certify-signature"
    CERTIFY_MOVABLE_PROPERTY_CONTRACT = "certify-movable-property-contract"
    CERTIFY_LAND_USE_CONTRACT = "certify-land-use-contract"
    CERTIFY_HOUSING_CONTRACT = "certify-housing-contract"
    CERTIFY_WILL = "certify-will"
    CERTIFY_INHERITANCE_REFUSAL = "certify-inheritance-refusal"
    CERTIFY_ESTATE_DIVISION = "certify-estate-division"
    DECIDE_COMMITTEE_MATTER = "decide-committee-matter"
    APPOINT_WARD_CHAIR = "appoint-ward-chair"
    APPOINT_WARD_VICE_CHAIR = "appoint-ward-vice-chair"
    DISMISS_WARD_CHAIR = "dismiss-ward-chair"
    DISMISS_WARD_VICE_CHAIR = "dismiss-ward-vice-chair"
    ISSUE_WORKING_RULES = "issue-working-rules"
    HOLD_DIALOGUE = "hold-dialogue"

    @property
    def is_certification(self) -> bool:
        """Whether this is one of the certification acts (chứng thực)."""
        return self.value.startswith("certify-")


_NAMES: dict[enum.Enum, tuple[str, ...]] = {
    Level.PROVINCE: ("cấp tỉnh", "provincial level"),
    Level.DISTRICT: ("cấp huyện", "district level"),
    Level.COMMUNE: ("cấp xã", "commune level"),
    UnitKind.THANH_PHO: ("thành phố trực thuộc trung ương", "centrally-run city", "TP"),
    UnitKind.QUAN: ("quận", "urban district", "Q."),
    UnitKind.THI_XA: ("thị xã", "town", "TX"),
    UnitKind.HUYEN: ("huyện", "rural district", "H."),
    UnitKind.THANH_PHO_THUOC_TP: ("thành phố thuộc thành phố trực thuộc trung ương",
                                  "city under a centrally-run city", "TP"),
    UnitKind.PHUONG: ("phường", "ward", "P."),
    UnitKind.XA: ("xã", "commune", "X."),
    UnitKind.THI_TRAN: ("thị trấn", "township", "TT"),
    UnitKind.TINH: ("tỉnh", "province"),
    UnitKind.THANH_PHO_THUOC_TINH: ("thành phố thuộc tỉnh", "provincial city", "TP"),
    UnitKind.DAC_KHU: ("đặc khu", "special zone", "ĐK"),
    UnitClass.DAC_BIET: ("loại đặc biệt", "special class"),
    UnitClass.I: ("loại I", "class I"),
    UnitClass.II: ("loại II", "class II"),
    UnitClass.III: ("loại III", "class III"),
    UnitClass.UNKNOWN: ("chưa rõ loại", "class not recorded"),
    Post.CHAIR: ("Chủ tịch Ủy ban nhân dân", "Chairman of the People's Committee"),
    Post.VICE_CHAIR: ("Phó Chủ tịch Ủy ban nhân dân", "Vice-Chairman of the People's Committee"),
    Post.POLICE_CHIEF: ("Trưởng Công an", "police chief"),
    Post.MILITARY_COMMANDER: ("Chỉ huy trưởng Ban Chỉ huy Quân sự", "military commander",
                              "CHQS"),
    Post.VAN_PHONG_THONG_KE: ("Văn phòng – Thống kê", "Office–Statistics civil servant"),
    Post.DIA_CHINH_XAY_DUNG: ("Địa chính – Xây dựng – Đô thị và Môi trường",
                              "Land–Construction–Urban–Environment civil servant"),
    Post.TAI_CHINH_KE_TOAN: ("Tài chính – Kế toán", "Finance–Accounting civil servant"),
    Post.TU_PHAP_HO_TICH: ("Tư pháp – Hộ tịch", "Justice–Civil Status civil servant"),
    Post.VAN_HOA_XA_HOI: ("Văn hóa – Xã hội", "Culture–Society civil servant"),
    Post.MEMBER: ("Ủy viên Ủy ban nhân dân", "member of the People's Committee"),
    Authority.OWN_COUNCIL: ("Hội đồng nhân dân cùng cấp bầu",
                            "elected by the unit's own People's Council", "HĐND"),
    Authority.PARENT_CHAIR: ("Chủ tịch Ủy ban nhân dân cấp trên trực tiếp",
                             "Chairman of the People's Committee of the unit above"),
    Authority.CITY_CHAIR: ("Chủ tịch Ủy ban nhân dân thành phố",
                           "Chairman of the city People's Committee"),
    Authority.CITY_COUNCIL_STANDING: ("Thường trực Hội đồng nhân dân thành phố",
                                      "Standing Committee of the city People's Council"),
    Authority.PRIME_MINISTER: ("Thủ tướng Chính phủ", "Prime Minister", "TTg"),
    Authority.OWN_COUNCIL_STANDING: ("Thường trực Hội đồng nhân dân cùng cấp",
                                     "Standing Committee of the unit's own People's Council"),
    Authority.CITY_COUNCIL: ("Hội đồng nhân dân cấp tỉnh",
                             "People's Council of the city or province"),
    Authority.GOVERNMENT: ("Chính phủ", "Government", "CP"),
    Post.OFFICE_CHIEF: ("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
                        "Chief of the Office of the People's Council and Committee"),
    Post.ECONOMY_HEAD: ("Trưởng phòng Kinh tế (Kinh tế, Hạ tầng và Đô thị)",
                        "Head of the Economic (and Urban Infrastructure) Office"),
    Post.CULTURE_SOCIETY_HEAD: ("Trưởng phòng Văn hóa – Xã hội",
                                "Head of the Culture and Society Office"),
    Post.OFFICE_HEAD: ("Trưởng phòng chuyên môn", "head of another specialised office"),
    Post.SERVICE_CENTRE_DIRECTOR: ("Giám đốc Trung tâm Phục vụ hành chính công",
                                   "Director of the Public Administration Service Centre"),
    Post.CIVIL_SERVANT: ("công chức", "civil servant of the commune"),
    Post.COUNCIL_CHAIR: ("Chủ tịch Hội đồng nhân dân", "Chair of the People's Council"),
    Post.COUNCIL_VICE_CHAIR: ("Phó Chủ tịch Hội đồng nhân dân",
                              "Vice-Chair of the People's Council"),
    Post.COUNCIL_COMMITTEE_HEAD: ("Trưởng ban của Hội đồng nhân dân",
                                  "head of a People's Council committee"),
    Post.COUNCIL_COMMITTEE_DEPUTY: ("Phó Trưởng ban của Hội đồng nhân dân",
                                    "deputy head of a People's Council committee"),
    Authority.OWN_CHAIR: ("Chủ tịch Ủy ban nhân dân cùng cấp",
                          "Chairman of the unit's own People's Committee"),
    AppointmentMethod.ELECTED: ("bầu", "elected"),
    AppointmentMethod.APPOINTED: ("bổ nhiệm", "appointed"),
    AppointmentMethod.ACTING: ("giao quyền", "assigned as acting"),
    AppointmentMethod.RECRUITED: ("tuyển dụng", "recruited"),
    DecisionMode.HEAD_OF_AGENCY: ("chế độ thủ trưởng", "head-of-agency regime"),
    DecisionMode.COLLECTIVE: ("chế độ tập thể", "collective regime"),
    Act.CERTIFY_COPY: ("chứng thực bản sao từ bản chính", "certify a copy from the original"),
    Act.CERTIFY_SIGNATURE: ("chứng thực chữ ký", "certify a signature"),
    Act.CERTIFY_MOVABLE_PROPERTY_CONTRACT: (
        "chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
        "certify a contract on movable property"),
    Act.CERTIFY_LAND_USE_CONTRACT: ("chứng thực hợp đồng, giao dịch liên quan đến quyền sử dụng "
                                    "đất", "certify a contract on land-use rights"),
    Act.CERTIFY_HOUSING_CONTRACT: ("chứng thực hợp đồng, giao dịch về nhà ở",
                                   "certify a housing contract"),
    Act.CERTIFY_WILL: ("chứng thực di chúc", "certify a will"),
    Act.CERTIFY_INHERITANCE_REFUSAL: ("chứng thực văn bản từ chối nhận di sản",
                                      "certify a refusal of inheritance"),
    Act.CERTIFY_ESTATE_DIVISION: ("chứng thực văn bản thỏa thuận phân chia di sản",
                                  "certify an estate division"),
    Act.DECIDE_COMMITTEE_MATTER: ("quyết định vấn đề thuộc thẩm quyền của Ủy ban nhân dân",
                                  "decide a matter of the People's Committee"),
    Act.APPOINT_WARD_CHAIR: ("bổ nhiệm Chủ tịch Ủy ban nhân dân phường",
                             "appoint the ward Chairman"),
    Act.APPOINT_WARD_VICE_CHAIR: ("bổ nhiệm Phó Chủ tịch Ủy ban nhân dân phường",
                                  "appoint a ward Vice-Chairman"),
    Act.DISMISS_WARD_CHAIR: ("miễn nhiệm Chủ tịch Ủy ban nhân dân phường",
                             "dismiss the ward Chairman"),
    Act.DISMISS_WARD_VICE_CHAIR: ("miễn nhiệm Phó Chủ tịch Ủy ban nhân dân phường",
                                  "dismiss a ward Vice-Chairman"),
    Act.ISSUE_WORKING_RULES: ("ban hành quy chế làm việc", "issue the working rules"),
    Act.HOLD_DIALOGUE: ("tổ chức hội nghị đối thoại với Nhân dân",
                        "hold a dialogue with residents"),

}


#: The three urban-government cities by GSO code (mã tỉnh), with their official names.
CITY_NAMES: Mapping[str, str] = {"01": "Hà Nội", "79": "Hồ Chí Minh", "48": "Đà Nẵng"}

#: Other names people use for the cities, besides their own names with or without
#: "Thành phố"/"TP"/"Thủ đô".  "Sài Gòn" is the city's popular (not official) name.
CITY_ALIASES: Mapping[str, tuple[str, ...]] = {
    "01": ("Hanoi", "HN"),
    "79": ("HCM", "HCMC", "TPHCM", "TP HCM", "Ho Chi Minh City", "HCM City", "Sài Gòn", "Saigon"),
    "48": ("Danang",),
}

_CITY_PREFIXES = ("thanh pho ", "tp ", "thu do ")
_CODE = re.compile(r"[0-9]{1,2}")


def _city_keys() -> dict[str, str]:
    keys = {fold(name): code for code, name in CITY_NAMES.items()}
    keys |= {fold(alias): code for code, aliases in CITY_ALIASES.items() for alias in aliases}
    return keys


def city_code(value: str | int) -> str:
    """The two-digit GSO code of a province-level city (mã đơn vị hành chính cấp tỉnh).

    Accepts a code (``1``, ``"1"``, ``"01"``, ``79``) for any province, or the name of
    one of the three urban-government cities, with or without diacritics or "Thành
    phố"/"TP" (``"Hà Nội"``, ``"ha noi"``, ``"TP.HCM"``, ``"Đà Nẵng"``).  A code is
    read strictly: one or two ASCII digits from 01 to 99 and nothing else, so ``"9 "``,
    ``"99,"``, ``"'99"``, ``"00"`` or ``"٠١"`` are refused rather than read as another
    code.

    >>> city_code("TP. Hồ Chí Minh"), city_code(1), city_code("ha noi")
    ('79', '01', '01')

    Raises:
        ValueError: neither a code nor the name of one of the three cities.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if 1 <= value <= 99:
            return f"{value:02d}"
        shown = "a number out of range" if abs(value) > 10**6 else repr(value)
        raise ValueError(f"{shown} is not a GSO province code (01–99)")
    if not isinstance(value, str):
        raise ValueError(f"a city is a GSO province code (01–99) or the name of Hà Nội, "
                         f"Hồ Chí Minh or Đà Nẵng, not {type(value).__name__}")
    if _CODE.fullmatch(value) and value not in ("0", "00"):
        return f"{int(value):02d}"
    shown = repr(value if len(value) <= 40 else value[:37] + "...")
    if any(c.isdigit() for c in value):
        # a name of the three cities has no digits: a digit means a malformed code
        raise ValueError(f"{shown} is not a GSO province code: one or two digits from 01 "
                         "to 99, with nothing around them")
    key = fold(value)
    for prefix in _CITY_PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix):]
    code = _city_keys().get(key) or _city_keys().get(fold(value))
    if code is None:
        raise ValueError(f"{shown} is not a GSO province code (01–99) nor the name of "
                         f"Hà Nội, Hồ Chí Minh or Đà Nẵng")
    return code


#: The provincial units of special class (LTCCQĐP 2015 Điều 3 khoản 3).
SPECIAL_CITIES = frozenset({"01", "79"})


def law_classes(kind: UnitKind, city: str | None) -> frozenset[UnitClass] | None:
    """The classes the law allows a province-level unit, or ``None`` where it says nothing.

    Hà Nội and TP Hồ Chí Minh are of special class; every other province-level unit is of
    class I, II or III (LTCCQĐP 2015 Điều 3 k.3 a).  A tỉnh is never of special class; a
    thành phố trực thuộc trung ương is known by its GSO code.

    >>> sorted(c.value for c in law_classes(UnitKind.THANH_PHO, "01"))
    ['dac_biet']
    >>> law_classes(UnitKind.PHUONG, "01") is None
    True
    """
    ordinary = frozenset({UnitClass.I, UnitClass.II, UnitClass.III})
    if kind is UnitKind.TINH:
        return ordinary
    if kind is UnitKind.THANH_PHO and city is not None:
        return frozenset({UnitClass.DAC_BIET}) if city in SPECIAL_CITIES else ordinary
    return None


def possible_classes(kind: UnitKind, city: str | None, recorded: UnitClass) -> frozenset[UnitClass]:
    """The classes a unit can have, given what is recorded.

    A recorded class the law allows is the answer.  Otherwise the law narrows it (see
    :func:`law_classes`): Hà Nội and TP Hồ Chí Minh are of special class and every other
    province-level unit is of class I, II or III, whatever class is recorded; below that
    level the class is not known.

    >>> sorted(c.value for c in possible_classes(UnitKind.THANH_PHO, "48", UnitClass.UNKNOWN))
    ['I', 'II', 'III']
    >>> sorted(c.value for c in possible_classes(UnitKind.THANH_PHO, "48", UnitClass.DAC_BIET))
    ['I', 'II', 'III']
    """
    allowed = law_classes(kind, city)
    if recorded is not UnitClass.UNKNOWN and (allowed is None or recorded in allowed):
        return frozenset({recorded})
    if allowed is not None:
        return allowed
    return frozenset(UnitClass) - {UnitClass.UNKNOWN}
