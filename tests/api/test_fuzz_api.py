"""Fuzzing the API from its own OpenAPI schema (schemathesis): no input may produce a 5xx.

The schema comes from the app itself; every generated request is sent to the real server
(lifespan, model and feedback store loaded), the same path a client's request takes.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from api.main import create_app
from classifier.settings import Settings


@schemathesis.serializer("message/rfc822")
def _raw_email(_ctx: Any, value: Any) -> bytes:
    """Raw e-mails are bytes on the wire; generated strings are sent as UTF-8."""
    return value if isinstance(value, bytes) else str(value).encode("utf-8", "surrogatepass")


schema = schemathesis.openapi.from_dict(
    create_app(Settings(models_dir=Path("no-models"))).openapi()
)


@schema.parametrize()
@settings(max_examples=40, deadline=timedelta(seconds=10), suppress_health_check=list(HealthCheck))
def test_no_input_produces_a_server_error(case: Any, shared_server: str) -> None:
    response = case.call(base_url=shared_server)
    case.validate_response(response, checks=[not_a_server_error])
