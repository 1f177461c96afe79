"""``benchmarks/RESULTS.md`` from the figures in ``results.json``: tables only, no judgement."""

from __future__ import annotations

from typing import Any

from benchmarks.accuracy import OURS

LANGS = ("he", "en", "mixed")


def _f(x: float | None, digits: int = 3) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def _accuracy(rows: list[dict[str, Any]]) -> list[str]:
    out = [
        "| model | fit (s) | held-out F1 | he | en | mixed | ECE | independent F1 | he | en | mixed | ECE |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        t, i = r["test"], r["independent"]
        out.append(
            f"| {r['model']} | {r['fit_s']:.1f} | **{_f(t['macro_f1'])}** | "
            + " | ".join(_f(t["per_language"].get(lang)) for lang in LANGS)
            + f" | {_f(t['ece'])} | **{_f(i['macro_f1'])}** | "
            + " | ".join(_f(i["per_language"].get(lang)) for lang in LANGS)
            + f" | {_f(i['ece'])} |"
        )
    ours = rows[0]
    wins = []
    for r in rows[1:]:
        for split in ("test", "independent"):
            for key, value in [
                ("overall", r[split]["macro_f1"]),
                *r[split]["per_language"].items(),
            ]:
                mine = (
                    ours[split]["macro_f1"]
                    if key == "overall"
                    else ours[split]["per_language"].get(key)
                )
                if mine is not None and value > mine:
                    wins.append(
                        f"- {r['model']}, {split} {key}: {value:.3f} vs ours {mine:.3f} (+{value - mine:.3f})"
                    )
    out += ["", "Where a peer's macro-F1 beats ours:", "", *(wins or ["- nowhere"])]
    return out


def _speed(speed: dict[str, Any]) -> list[str]:
    rows = speed["rows"]
    fast = next(r for r in rows if r["model"] == OURS + " (fast path)")
    out = [
        f"One typical e-mail (500–700 characters; {speed['typical_messages']} different messages, 3 passes after a warm-up pass):",
        "",
        "One by one, each message gets the service's three replies; a batch is scored as `predict --input` scores a CSV, whose rows hold the first reply only, so every model in the batch column composes one reply per message.",
        "",
        "| model | p50 (ms) | p99 (ms) | msgs/s one by one | batch of 1,000 (msgs/s) | our fast path is faster by (p50 / batch) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        s, b = r["single"], r["batch"]
        ratio_single = s["p50_ms"] / fast["single"]["p50_ms"]
        ratio_batch = fast["batch"]["per_s"] / b["per_s"] if b else None
        out.append(
            f"| {r['model']} | {s['p50_ms']:.3f} | {s['p99_ms']:.3f} | {s['per_s']:.0f} | "
            f"{_f(b['per_s'] if b else None, 0)} | {ratio_single:.2f}x / {_f(ratio_batch, 2)}x |"
        )
    warm_p50 = fast["single"]["p50_ms"]
    out += [
        "",
        "Cold: a freshly loaded model with empty word caches and tokenizers; warmed as the service "
        "warms every model it (re)loads (`classifier.respond.warm_up`), and not warmed. Each load "
        "is repeated, its first request each time on another message: the median and the worst "
        "of them, and the first load's first pass over the same messages:",
        "",
        "| model load | loads | warm-up (s) | first request, median / worst (ms) | "
        "first request / warm p50, median / worst | first pass p50 (ms) | p99 (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    cold = speed.get("cold") or {"unwarmed": {**speed["cold_first_pass"], "first_ms": None}}
    for name, c in cold.items():
        first = c.get("first_ms")
        worst = c.get("first_worst_ms", first)
        loads = len(c.get("firsts_ms", [first] if first else []))
        out.append(
            f"| {name} | {loads} | {_f(c.get('warm_up_s'), 2)} | {_f(first, 2)} / {_f(worst, 2)} | "
            f"{_f(first / warm_p50 if first else None, 1)}x / "
            f"{_f(worst / warm_p50 if worst else None, 1)}x | {c['p50_ms']:.3f} | {c['p99_ms']:.3f} |"
        )
    return out


def _http(http: dict[str, Any]) -> list[str]:
    out = [
        "| server | connections | requests/s | p50 (ms) | p90 (ms) | p99 (ms) | non-2xx | RSS idle → after (MiB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in http.items():
        for run in r["runs"]:
            out.append(
                f"| {name} | {run['connections']} | {run['requests_per_s']:.0f} | {run['p50_ms']:.2f} | "
                f"{run['p90_ms']:.2f} | {run['p99_ms']:.2f} | {run['non_2xx']} | "
                f"{r['rss_idle_kb'] / 1024:.0f} → {r['rss_after_kb'] / 1024:.0f} |"
            )
    names = list(http)
    if len(names) == 2:
        ours, bare = (http[n]["runs"] for n in names)
        for a, b in zip(ours, bare, strict=True):
            out.append("")
            out.append(
                f"At {a['connections']} connection(s) the service serves "
                f"{a['requests_per_s'] / b['requests_per_s']:.0%} of the bare endpoint's throughput."
            )
    return out


def _growth(rows: list[dict[str, Any]]) -> list[str]:
    out = [
        "| messages | fit (s) | word features | char features | model (MB, joblib compress=3) |",
        "|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        out.append(
            f"| {r['messages']:,} | {r['fit_s']:.1f} | {r['word_features']:,} | {r['char_features']:,} | {r['model_mb']:.1f} |"
        )
    return out


def render(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m benchmarks.run`); do not edit by hand. What the figures",
        "mean and what follows from them: [README.md](README.md).",
        "",
        f"- Date: {m['date']}; commit {m['commit']}; whole run {results['total_s'] / 60:.1f} min",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB; {m['os']}; Python {m['python']}",
        "- Libraries: " + ", ".join(f"{k} {v}" for k, v in m["versions"].items()),
        "- Commands: " + ", ".join(f"`{c}`" for c in results["commands"]),
        "",
        "## Accuracy against peers",
        "",
        "Trained on the corpus' training passes; held-out = whole writing passes never trained on; "
        "independent = `data/external/independent.csv`, written blind to the corpus. Macro-F1, and "
        "expected calibration error (10 bins). Ours is fitted by the real training code (temperature "
        "calibration on 5 grouped folds: 6 fits), the peers as described in `benchmarks/peers.py`.",
        "",
        *_accuracy(results["accuracy"]),
    ]
    if "speed" in results:
        lines += ["", "## Speed, in process, one core", "", *_speed(results["speed"])]
    if "http" in results:
        lines += [
            "",
            "## HTTP over loopback (wrk, 10 s per run, after a 3 s warm-up)",
            "",
            "Server pinned to CPU 0, wrk to CPU 1; both servers get the same typical e-mails in turn.",
            "",
            *_http(results["http"]),
        ]
    if "growth" in results:
        lines += [
            "",
            "## Cost growth (one pipeline fit, training split resampled)",
            "",
            *_growth(results["growth"]),
        ]
    return "\n".join(lines) + "\n"
