"""The doctor's web page in headless Chromium: typed chat with the case card, and hands-free voice."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.speech.audio import write_wav
from tests.browser.conftest import launch
from tests.integration.server import TOKENS, ServerProcess
from tests.speech_fixtures import english_speech, with_silence

QUESTION = "58-year-old man with chest pain for 40 minutes and sweating. What should I worry about?"


def _open(browser, server: ServerProcess, viewport: dict):
    context = browser.new_context(viewport=viewport)
    context.add_init_script(f"sessionStorage.setItem('assistant.token', '{TOKENS[0]}')")
    page = context.new_page()
    page.goto(server.base_url + "/")
    return context, page


def test_typed_question_streams_answer_and_case_card(server, playwright_instance, screenshots: Path) -> None:
    browser = launch(playwright_instance)
    try:
        context, page = _open(browser, server, {"width": 1366, "height": 850})
        page.fill("#question", QUESTION)
        page.click("#send")
        answer = page.locator(".msg.assistant").last
        page.wait_for_function(
            "() => { const m = document.querySelector('.msg.assistant:last-child');"
            " return m && !m.classList.contains('streaming') && m.textContent.length > 20; }",
            timeout=120_000,
        )
        assert "error" not in (answer.get_attribute("class") or "")
        # case card: a red flag in red, at the top, with its action; triage; findings; differential
        flags = page.locator("#red-flags li")
        assert flags.count() >= 1
        assert page.locator("#red-flags").is_visible()
        assert page.locator("#red-flags .flag-action").first.inner_text().strip()
        color = page.eval_on_selector("#red-flags .flag-title", "e => getComputedStyle(e).color")
        assert color == "rgb(192, 38, 45)"
        assert page.get_attribute("#triage", "data-level") == "emergency"
        assert page.locator('#findings-present .chip[data-finding="chest_pain"]').count() == 1
        assert page.locator("#ddx li").count() >= 1
        card_top = page.locator("#red-flags").bounding_box()["y"]
        assert card_top < page.locator("#ddx").bounding_box()["y"], "red flags above the differential"
        page.screenshot(path=str(screenshots / "web-chat-laptop.png"), full_page=True)
        # a clickable next question asks it
        if page.locator("#next-questions button").count():
            before = page.locator(".msg.doctor").count()
            page.locator("#next-questions button").first.click()
            page.wait_for_function(f"() => document.querySelectorAll('.msg.doctor').length > {before}")
        # citations open the guideline passage
        if page.locator("#citations a").count():
            page.locator("#citations a").first.click()
            page.wait_for_function("() => document.getElementById('passage-text').textContent.length > 40")
            page.keyboard.press("Escape")
        # zh interface toggle
        page.click("#lang-toggle")
        assert page.inner_text("#new-patient") == "新患者"
        # New patient clears the screen and the case
        page.click("#new-patient")
        assert page.locator(".msg").count() == 0
        assert page.locator("#red-flags li").count() == 0
        assert page.get_attribute("#triage", "data-level") == "none"
        context.close()

        # tablet layout: case card stacked under the chat
        context, page = _open(browser, server, {"width": 820, "height": 1180})
        page.fill("#question", "3岁儿童发热39.5度两天，精神差")
        page.click("#send")
        page.wait_for_function(
            "() => { const m = document.querySelector('.msg.assistant:last-child');"
            " return m && !m.classList.contains('streaming') && m.textContent.length > 5; }",
            timeout=120_000,
        )
        chat = page.locator(".chat").bounding_box()
        card = page.locator(".card").bounding_box()
        assert card["y"] >= chat["y"] + chat["height"] - 1, "tablet: card below the chat"
        page.screenshot(path=str(screenshots / "web-chat-tablet.png"), full_page=True)
        context.close()
    finally:
        browser.close()


@pytest.fixture(scope="module")
def fake_mic(tmp_path_factory) -> Path:
    # question, then 15 s of silence; Chromium loops the file, so the question comes back
    # every ~19 s. The spoken answer runs longer than that, so whichever turn's answer is
    # playing (first on a fast machine, a later one on a slow one) is talked over: a barge-in.
    audio = with_silence(english_speech(QUESTION), 0.5, 15.0)
    path = tmp_path_factory.mktemp("mic") / "question.wav"
    write_wav(path, audio)
    return path


def test_hands_free_voice_answer_plays_and_barge_in_stops_it(server, playwright_instance, fake_mic, screenshots) -> None:
    browser = launch(playwright_instance, [
        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={fake_mic}",
    ])
    try:
        context, page = _open(browser, server, {"width": 1366, "height": 850})
        context.grant_permissions(["microphone"], origin=server.base_url)
        page.select_option("#voice-mode", "handsfree")
        page.click("#voice-toggle")
        # transcript and answer appear, audio plays
        page.wait_for_function("() => document.querySelector('.msg.doctor.voice')", timeout=240_000)
        assert "chest" in page.inner_text(".msg.doctor.voice").lower()
        page.wait_for_function("() => window.__voice && window.__voice.stats.audioDeltas > 0", timeout=120_000)
        page.wait_for_function("() => window.__voice.played > 4800", timeout=30_000)  # >0.1 s actually played
        assert page.locator(".msg.assistant.voice").count() >= 1
        assert page.locator("#red-flags li").count() >= 1
        page.wait_for_function("() => window.__voice.stats.acks > 0", timeout=30_000)
        page.screenshot(path=str(screenshots / "web-voice.png"), full_page=True)
        # the looped question talks over the answer: playback stops at once
        page.wait_for_function("() => window.__voice.stats.bargeIns > 0", timeout=240_000)
        assert page.evaluate("() => window.__voice.playing") is None
        events = page.evaluate("() => window.__voiceEvents")
        assert "input_audio_buffer.speech_started" in events
        context.close()
    finally:
        browser.close()
