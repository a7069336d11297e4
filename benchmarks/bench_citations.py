"""Benchmark: how fast urbangov.citations.find reads Vietnamese administrative prose.

Run ``python benchmarks/bench_citations.py [MEGABYTES]``.  It builds a deterministic
corpus (seeded random sentences, some with references, some with look-alikes such
as dates, addresses and percentages), times :func:`urbangov.citations.find` over it,
and, as a baseline, one ``re.finditer`` pass of a single simple identifier pattern.
It prints both speeds and the ratio find time / baseline time, on that corpus and on
a reference-dense one (every sentence a reference sentence, as preambles are); the last
line gives both ratios.
"""

from __future__ import annotations

import gc
import random
import re
import sys
import time

from urbangov.citations import find

BASELINE = re.compile(r"\d+/\d{4}/[A-ZĐ\-]+")

_PLAIN = [
    "UBND quận đã chỉ đạo UBND các phường trên địa bàn nghiêm túc triển khai thực hiện",
    "các cơ quan, đơn vị phải đặc biệt chú trọng đến khâu tổ chức thực hiện các nhiệm vụ",
    "công tác cải cách hành chính có nhiều đổi mới, phục vụ nhân dân ngày càng tốt hơn",
    "đồng chí Bí thư Quận ủy nhấn mạnh thời gian, tiến độ triển khai là rất gấp rút",
    "Ban Thường vụ Quận ủy đã lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử",
    "việc sắp xếp tổ chức bộ máy và công tác cán bộ đảm bảo đúng quy định của pháp luật",
    "Thường trực HĐND các phường sớm nộp con dấu về UBND quận theo quy định",
    "tiếp tục đổi mới nội dung và phương thức hoạt động của Mặt trận Tổ quốc",
]
_LOOKALIKES = [
    "sáng ngày {d}/{m}/{y}, tại hội trường số {n} đường Lê Lợi, Quận {q}",
    "đã giải quyết {n}.{k} hồ sơ, đạt tỷ lệ {q},{k}%, tại hẻm {n}/{q}/{d}",
    "nhiệm kỳ {y}-{y2} có {q} người, chiếm 2/3 số đại biểu, Phường {q}",
    "điện thoại 024.{n}.{k}, phòng chống dịch COVID-19 từ {d}-{m}-{y}",
]
_REFERENCES = [
    "thực hiện Nghị định số {n}/{y}/NĐ-CP ngày {d}/{m}/{y} của Chính phủ quy định chi tiết",
    "theo Kế hoạch số {n}/KH-UBND ngày {d}/{m}/{y} của UBND Thành phố Hà Nội về việc",
    "căn cứ khoản {q} Điều {k} Luật Tổ chức chính quyền địa phương năm {y}",
    "Nghị quyết số {n}/{y}/QH14 ngày {d} tháng {m} năm {y} của Quốc hội về thí điểm",
    "theo Thông tri số {q}-TT/QU của Quận ủy Long Biên và văn bản số {n}/UBND-NC",
    "các Quyết định số {n}/QĐ-UBND, {k}/QĐ-UBND và Chỉ thị số {q}-CT/TW",
]


def make_corpus(size_bytes: int = 5_000_000, seed: int = 2021, *,
                dense: bool = False) -> str:
    """Deterministic Vietnamese administrative prose of at least *size_bytes* UTF-8 bytes.

    With *dense*, every sentence is a reference sentence (about 15 references a
    kilobyte, as in the preamble of a decision).
    """
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < size_bytes:
        roll = rng.random()
        # About one reference sentence in ten, as dense as the seed articles (some
        # 1.3 references per kilobyte); a fifth of sentences hold look-alikes.
        pool = _REFERENCES if roll < 0.1 or dense else _LOOKALIKES if roll < 0.3 else _PLAIN
        y = rng.randint(2010, 2025)
        sentence = rng.choice(pool).format(
            n=rng.randint(1, 3000), k=rng.randint(1, 99), q=rng.randint(1, 12),
            d=rng.randint(1, 28), m=rng.randint(1, 12), y=y, y2=y + 5)
        sentence = sentence[0].upper() + sentence[1:] + rng.choice([". ", "; ", ".\n\n"])
        parts.append(sentence)
        size += len(sentence.encode("utf-8"))
    return "".join(parts)


def measure(text: str, repeat: int = 5) -> dict[str, float]:
    """Best-of-*repeat* times of :func:`find` and of the baseline pass over *text*.

    The two are timed alternately, with the garbage collector paused as ``timeit``
    does, so that a busy machine slows both alike.
    """
    mb = len(text.encode("utf-8")) / 1e6
    find_s = base_s = float("inf")
    found = base = 0
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            find_s, base_s, found, base = _once(text, find_s, base_s)
    finally:
        if was_enabled:
            gc.enable()
    return {
        "megabytes": mb, "citations": found, "baseline_matches": base,
        "find_seconds": find_s, "baseline_seconds": base_s,
        "find_mb_per_s": mb / find_s, "baseline_mb_per_s": mb / base_s,
        "ratio": find_s / base_s,
    }


def _once(text: str, find_s: float, base_s: float) -> tuple[float, float, int, int]:
    t0 = time.perf_counter()
    found = len(find(text))
    t1 = time.perf_counter()
    base = sum(1 for _ in BASELINE.finditer(text))
    t2 = time.perf_counter()
    return min(find_s, t1 - t0), min(base_s, t2 - t1), found, base


def main(argv: list[str]) -> None:
    megabytes = float(argv[1]) if len(argv) > 1 else 5.0
    size = int(megabytes * 1_000_000)
    ratios = []
    for label, dense in (("bench corpus", False), ("reference-dense", True)):
        r = measure(make_corpus(size if not dense else size // 2, dense=dense))
        ratios.append(r["ratio"])
        print(f"{label}: {r['megabytes']:.2f} MB, {r['citations']:.0f} citations found")
        print(f"  find:     {r['find_seconds']:.3f} s  {r['find_mb_per_s']:.1f} MB/s  "
              f"{r['find_seconds'] / max(r['citations'], 1) * 1e6:.1f} µs per citation")
        print(f"  baseline: {r['baseline_seconds']:.3f} s  {r['baseline_mb_per_s']:.1f} MB/s "
              f"(one re.finditer of {BASELINE.pattern!r})")
    print(f"ratio find / baseline: {ratios[0]:.2f} (bench corpus), "
          f"{ratios[1]:.2f} (reference-dense)")


if __name__ == "__main__":
    main(sys.argv)
