"""Property-based bad input for the HTTP APIs: never a 500, the service keeps answering."""

from __future__ import annotations

import json
from urllib.parse import quote

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.server import TOKENS

AUTH = {"Authorization": f"Bearer {TOKENS[0]}"}
OK_STATUSES = {200, 400, 401, 404, 405, 413, 422}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
roles = st.sampled_from(["user", "assistant", "system", "tool", "bogus", "", None])
messages = st.lists(
    st.fixed_dictionaries({"role": roles, "content": st.one_of(st.text(max_size=200), json_values)}), max_size=4
)
chat_bodies = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"model": st.text(max_size=20), "messages": messages},
        optional={"stream": st.booleans(), "session_id": st.text(max_size=70), "language": st.text(max_size=3)},
    ),
)
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(body=chat_bodies, session=st.one_of(st.none(), st.text(alphabet="abcdefghijk_-0123456789", max_size=70)))
def test_chat_completions_never_500(http: TestClient, body, session) -> None:
    headers = dict(AUTH)
    if session is not None:
        headers["X-Session-Id"] = session
    response = http.post("/v1/chat/completions", json=body, headers=headers)
    assert response.status_code in OK_STATUSES, response.text
    if response.status_code != 200:
        assert "error" in response.json()


@FUZZ
@given(body=st.one_of(json_values, st.fixed_dictionaries({"text": st.text(max_size=300)},
                                                          optional={"lang": st.text(max_size=5), "case": json_values})))
def test_assess_never_500(http: TestClient, body) -> None:
    response = http.post("/v1/assess", json=body, headers=AUTH)
    assert response.status_code in OK_STATUSES, response.text


@FUZZ
@given(raw=st.binary(max_size=300))
def test_raw_bodies_never_500(http: TestClient, raw: bytes) -> None:
    for path in ("/v1/chat/completions", "/v1/assess"):
        response = http.post(path, content=raw, headers={**AUTH, "Content-Type": "application/json"})
        assert response.status_code in OK_STATUSES, response.text


@FUZZ
@given(segment=st.text(max_size=80), section=st.text(max_size=40))
def test_path_parameters_never_500(http: TestClient, segment: str, section: str) -> None:
    segment = quote(segment, safe="")  # any path segment a client can send
    for path in (f"/v1/sessions/{segment}", f"/v1/guidelines/{segment}"):
        response = http.get(path, params={"section": section}, headers=AUTH)
        assert response.status_code in OK_STATUSES, response.text


def test_service_still_answers_after_fuzzing(http: TestClient) -> None:
    reply = http.post("/v1/chat/completions", headers=AUTH,
                      json={"messages": [{"role": "user", "content": "fever and cough for 3 days"}]})
    assert reply.status_code == 200
    assert reply.json()["choices"][0]["message"]["content"]
    assert http.get("/healthz").json()["status"] == "ok"
    assert http.get("/metrics").status_code == 401
    assert "assistant_http_requests_total" in http.get("/metrics", headers=AUTH).text
    assert json.loads(http.get("/openapi.json").text)["paths"]
