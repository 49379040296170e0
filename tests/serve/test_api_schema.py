"""The JSON API keeps to its own OpenAPI document for generated requests (schemathesis, in-process).

Every operation gets Hypothesis-generated parameters; each response must be no server error and must
match the documented status codes, content types and response schemas. Schema-valid values the API
refuses on meaning (a 30 February, a name that designates several entities) answer a documented 400,
so the "valid data is accepted" check is left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from storyline.serve import ServeConfig, create_app


def test_every_api_operation_conforms_to_its_schema(web_db: Path) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(ServeConfig(db=web_db)))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def conforms(case: Any) -> None:
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        conforms()
