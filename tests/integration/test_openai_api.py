"""The HTTP API through the stock `openai` SDK and httpx, against a real server process."""

from __future__ import annotations

import httpx
import openai
import pytest
from openai import OpenAI

from tests.integration.server import ServerProcess

pytestmark = pytest.mark.models

CHEST_EN = "58-year-old man with chest pain for 40 minutes and sweating. What should I worry about?"
CHEST_ZH = "58岁男性，胸痛40分钟，大汗，需要担心什么？"


def client(server: ServerProcess, token: str) -> OpenAI:
    return OpenAI(base_url=server.base_url + "/v1", api_key=token, max_retries=0, timeout=120)


def test_models_lists_the_assistant(server: ServerProcess, token: str) -> None:
    models = client(server, token).models.list()
    assert [m.id for m in models.data] == ["clinical-assistant"]


def test_chat_non_streaming_returns_answer_and_assessment(server, token, other_token) -> None:
    reply = client(server, token).chat.completions.create(
        model="clinical-assistant", messages=[{"role": "user", "content": CHEST_EN}]
    )
    answer = reply.choices[0].message.content
    assert answer and len(answer) > 20
    extra = reply.model_extra
    assessment = extra["assessment"]
    assert assessment["triage"]["level"] == "emergency"
    assert assessment["red_flags"], "chest pain with sweating must raise a red flag"
    assert assessment["case"]["findings"]["chest_pain"]["status"] == "present"
    assert isinstance(extra["citations"], list)
    assert extra["lang"] == "en"
    session_id = extra["session_id"]
    # the consultation is recorded, and only its owner can read it
    record = httpx.get(f"{server.base_url}/v1/sessions/{session_id}", headers={"Authorization": f"Bearer {token}"})
    assert record.status_code == 200
    body = record.json()
    assert [t["role"] for t in body["transcript"]] == ["doctor", "assistant"]
    assert body["transcript"][0]["text"] == CHEST_EN
    assert body["transcript"][1]["text"] == answer
    assert body["snapshots"][0]["triage"] == "emergency"
    assert body["snapshots"][0]["latency"]["first_text_s"] is not None
    other = httpx.get(f"{server.base_url}/v1/sessions/{session_id}",
                      headers={"Authorization": f"Bearer {other_token}"})
    assert other.status_code == 404


def test_chat_streaming_in_mandarin(server, token) -> None:
    stream = client(server, token).chat.completions.create(
        model="clinical-assistant", stream=True, messages=[{"role": "user", "content": CHEST_ZH}]
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert sum(1 for c in chunks if c.choices and c.choices[0].delta.content) >= 2, "the answer streams"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), "answered in the language used"
    final = chunks[-1]
    assert final.choices[0].finish_reason == "stop"
    assert final.model_extra["assessment"]["red_flags"]
    assert final.model_extra["lang"] == "zh"
    # the assessment is also sent early, before the answer text
    first_assessment = next(i for i, c in enumerate(chunks) if c.model_extra.get("assessment"))
    first_text = next(i for i, c in enumerate(chunks) if c.choices and c.choices[0].delta.content)
    assert first_assessment < first_text


def test_session_header_keeps_the_case(server, token) -> None:
    api = client(server, token)
    first = api.chat.completions.create(
        model="clinical-assistant", messages=[{"role": "user", "content": "45-year-old woman with chest pain"}]
    )
    session_id = first.model_extra["session_id"]
    second = api.chat.completions.create(
        model="clinical-assistant", messages=[{"role": "user", "content": "She also has no fever."}],
        extra_headers={"X-Session-Id": session_id},
    )
    assert second.model_extra["session_id"] == session_id
    findings = second.model_extra["assessment"]["case"]["findings"]
    assert findings["chest_pain"]["status"] == "present"  # from the first turn
    assert findings["fever"]["status"] == "absent"
    record = httpx.get(f"{server.base_url}/v1/sessions/{session_id}", headers={"Authorization": f"Bearer {token}"})
    assert record.json()["turns"] == 2


def test_stateless_messages_rebuild_the_case(server, token) -> None:
    reply = client(server, token).chat.completions.create(
        model="clinical-assistant",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "30-year-old man with a cough for 3 days"},
            {"role": "assistant", "content": "Noted."},
            {"role": "user", "content": "Any fever? Yes, fever 39.2."},
        ],
    )
    case = reply.model_extra["assessment"]["case"]
    assert case["findings"]["cough"]["status"] == "present"
    assert case["age_years"] == 30


def test_another_tokens_session_id_is_refused(server, token, other_token) -> None:
    session_id = client(server, token).chat.completions.create(
        model="clinical-assistant", messages=[{"role": "user", "content": "headache"}]
    ).model_extra["session_id"]
    with pytest.raises(openai.NotFoundError):
        client(server, other_token).chat.completions.create(
            model="clinical-assistant", messages=[{"role": "user", "content": "more"}],
            extra_headers={"X-Session-Id": session_id},
        )


def test_bad_token_is_refused(server) -> None:
    with pytest.raises(openai.AuthenticationError):
        client(server, "wrong").chat.completions.create(
            model="clinical-assistant", messages=[{"role": "user", "content": "hello"}]
        )
    assert httpx.get(server.base_url + "/healthz").status_code == 200  # no auth on health
    assert httpx.get(server.base_url + "/metrics").status_code == 401


def test_assess_guidelines_and_metrics(server, token) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    by_text = httpx.post(f"{server.base_url}/v1/assess", json={"text": CHEST_EN}, headers=headers, timeout=60)
    assert by_text.status_code == 200
    assessment = by_text.json()
    assert assessment["triage"]["level"] == "emergency" and assessment["red_flags"]
    by_case = httpx.post(f"{server.base_url}/v1/assess", json=assessment["case"], headers=headers, timeout=60)
    assert by_case.status_code == 200
    assert [f["id"] for f in by_case.json()["red_flags"]] == [f["id"] for f in assessment["red_flags"]]
    guideline = httpx.get(f"{server.base_url}/v1/guidelines/chest-pain-nice-cg95-en",
                          params={"section": "referral"}, headers=headers)
    assert guideline.status_code == 200
    assert guideline.json()["sections"][0]["id"] == "chest-pain-nice-cg95-en#referral"
    assert httpx.get(f"{server.base_url}/v1/guidelines/..%2Fetc", headers=headers).status_code == 404
    metrics = httpx.get(f"{server.base_url}/metrics", headers=headers)
    assert metrics.status_code == 200
    assert "assistant_turns_total" in metrics.text and "assistant_http_requests_total" in metrics.text


def test_no_patient_text_in_the_server_log(server, token) -> None:
    client(server, token).chat.completions.create(
        model="clinical-assistant", messages=[{"role": "user", "content": CHEST_ZH}]
    )
    log = server.log_path.read_text(encoding="utf-8", errors="replace")
    assert '"event": "turn.recorded"' in log  # the gateway does log turns...
    for secret in (CHEST_EN, CHEST_ZH, "sweating", "胸痛"):
        assert secret not in log  # ...but never what was said
