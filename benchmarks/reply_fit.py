"""What the composed replies address on the reply-fit set, literally, with and without the fields.

``python -m benchmarks.reply_fit`` prints the figures the README quotes: for each message of
``data/external/reply-fit.csv`` (and of ``reply-fit-fresh/``, one file per block of ids, written later and measured
before any tuning on it) the replies composed for its own label, scored by
:mod:`classifier.reply_evaluation`, once on the text as composed (the fields' hints included) and
once on the text an owner would send if they left the fields out.
"""

from __future__ import annotations

from pathlib import Path

from classifier.reply_evaluation import composed_replies, evaluate, read_cases, summarise

ROOT = Path(__file__).resolve().parents[1]


SETS = ("reply-fit.csv", "reply-fit-fresh")


def main() -> None:
    for name in SETS:
        cases = read_cases(ROOT / "data" / "external" / name)
        print(f"{name} ({len(cases)} messages)")
        for without in (True, False):
            results = evaluate(
                cases, lambda case, w=without: composed_replies(case, without_fields=w)
            )
            items = sum(len(r.case.must_address) for r in results)
            addressed = sum(len(r.addressed) for r in results)
            text = "sent text without the fields" if without else "with the fields' hints"
            print(f"  {text}: {summarise(results)}; items addressed {addressed}/{items}")


if __name__ == "__main__":
    main()
