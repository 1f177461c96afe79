"""A short soak (CI): steady load with reloads and feedback writes; `make soak` runs five minutes."""

from __future__ import annotations

import asyncio
from pathlib import Path

from api.local import running_service
from api.soak import soak
from classifier.dataset import read_labeled_csv

ROOT = Path(__file__).resolve().parents[2]


def test_short_soak_has_no_failures_and_stores_every_feedback_row(
    models_dir: Path, tmp_path: Path
) -> None:
    texts = read_labeled_csv(ROOT / "data" / "external" / "independent.csv")["text"].tolist()
    data_dir = tmp_path / "var"
    with running_service(
        models_dir=models_dir, data_dir=data_dir, env={"CLIENT_CLASSIFIER_ADMIN_KEY": "k" * 16}
    ) as service:
        result = asyncio.run(
            soak(
                service,
                texts=texts,
                duration_s=10,
                rate_per_s=15,
                concurrency=6,
                admin_key="k" * 16,
                reload_every_s=4,
                feedback_every=10,
                feedback_url=f"sqlite:///{data_dir / 'feedback.sqlite3'}",
            )
        )
    print(result.report())
    assert not result.failures, result.failures
    assert result.sent >= 120 and result.reloads_ok >= 2
    assert result.feedback_ok >= 12 and result.feedback_stored == result.feedback_ok
    assert result.rss_growth() <= 0.10, result.report()
