"""Turn detection, text chunking, playback-to-text mapping and the interruption filters (no models)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.config import Settings
from assistant.speech.asr import Transcript, _ascii_digits, choose_language
from assistant.speech.audio import float_to_pcm16
from assistant.speech.chunker import TextChunker
from assistant.speech.streaming_asr import UtteranceRecognizer, agreed_prefix, clinical_hotwords, tokens
from assistant.speech.turns import TurnConfig, TurnDetector
from assistant.voice.filters import InterruptionPolicy
from assistant.voice.protocol import SessionConfig
from assistant.voice.timeline import PlaybackTimeline
from tests.speech_fixtures import cough_burst, energy_bounds, english_speech, with_silence


def _feed(detector: TurnDetector, samples: np.ndarray, chunk: int = 1234):
    pcm = float_to_pcm16(samples)
    events = []
    for i in range(0, len(pcm), chunk * 2):
        events.extend(detector.feed(pcm[i : i + chunk * 2]))
    return events


def test_turn_detector_finds_onset_pause_and_end_in_audio_time():
    speech = english_speech("Blood pressure ninety over sixty and sweating.")
    start, end = energy_bounds(speech)
    audio = with_silence(speech, 0.6, 1.0)
    detector = TurnDetector(TurnConfig(silence_ms=500, pause_ms=180))
    events = _feed(detector, audio.samples)
    kinds = [e.kind for e in events]
    assert kinds[0] == "onset" and kinds[-1] == "end"
    assert "pause" in kinds
    onset, final = events[0], events[-1]
    assert abs(onset.speech_start_ms / 1000 - (0.6 + start)) <= 0.1
    assert abs(final.speech_end_ms / 1000 - (0.6 + end)) <= 0.15  # WebRTC VAD hangs over ~100 ms
    assert final.at_ms - final.speech_end_ms == 510  # 17 silent frames of 30 ms reach 500 ms
    # the utterance audio holds the whole speech with its pre-roll
    assert len(detector.utterance_audio()) / 16000 >= end - start


def test_turn_detector_ignores_silence_and_a_short_click():
    detector = TurnDetector(TurnConfig())
    silence = np.zeros(16000, dtype=np.float32)
    click = np.zeros(16000, dtype=np.float32)
    click[8000:8040] = 0.8
    assert _feed(detector, silence) == []
    # WebRTC VAD's own hangover can make a click look like 90 ms of speech: shorter than any
    # real word, which is why the session needs vad_min_speech_ms of speech for a turn
    events = _feed(detector, click)
    assert all(e.speech_ms < Settings().vad_min_speech_ms for e in events)


def test_chunker_chinese_breaks_at_clause_punctuation():
    chunker = TextChunker("zh")
    out = []
    for piece in ["患者胸痛四十分钟", "，伴大汗，血压90/60", "。建议立即做心电图[1]！还要", "复查血压"]:
        out += chunker.feed(piece)
    out += chunker.flush()
    assert out == ["患者胸痛四十分钟，", "伴大汗，血压90/60。", "建议立即做心电图！", "还要复查血压"]


def test_chunker_english_short_first_chunk_then_sentences():
    chunker = TextChunker("en")
    text = "This could be a heart attack, so act now. Give aspirin 300 mg [2], and repeat the ECG in 10 minutes. Temperature 38.5 is high."
    out = []
    for i in range(0, len(text), 7):
        out += chunker.feed(text[i : i + 7])
    out += chunker.flush()
    assert out[0] == "This could be a heart attack,"
    assert out[1] == "so act now."
    assert "[2]" not in " ".join(out)
    assert "38.5" in out[-1]


def test_timeline_maps_playback_position_to_heard_text():
    timeline = PlaybackTimeline()
    timeline.add("胸痛伴大汗，", "zh", 1000)  # 5 characters, 200 ms each
    timeline.add("立即做心电图。", "zh", 1200)  # 6 characters
    assert timeline.split(1000) == ("胸痛伴大汗，", "立即做心电图。")
    assert timeline.split(1000 + 3.5 * 200) == ("胸痛伴大汗，立即做", "心电图。")
    assert timeline.split(5000) == ("胸痛伴大汗，立即做心电图。", "")
    english = PlaybackTimeline()
    english.add("Give aspirin now,", "en", 900)
    english.add("then repeat the ECG.", "en", 1000)
    heard, unheard = english.split(900 + 500)
    assert heard.startswith("Give aspirin now, then")
    assert (heard + " " + unheard).split() == "Give aspirin now, then repeat the ECG.".split()


def test_local_agreement_commits_the_stable_prefix_only():
    recognizer = UtteranceRecognizer(transcriber=None)  # type: ignore[arg-type]

    def hyp(text: str) -> Transcript:
        return Transcript(text=text, language="en", language_probability=1.0)

    assert recognizer.agree(hyp("The patient has")) == ""
    assert recognizer.agree(hyp("The patient has chest")) == "The patient has"
    assert recognizer.agree(hyp("The patient has chest pain and")) == " chest"
    assert recognizer.final_delta(hyp("The patient has chest pain and sweating.")) == " pain and sweating."
    assert agreed_prefix(tokens("胸痛伴", "zh"), tokens("胸痛,伴大汗", "zh")) == 2


@pytest.fixture(scope="module")
def policy() -> InterruptionPolicy:
    return InterruptionPolicy.load(Settings().prompts_dir)


@pytest.mark.parametrize("text", ["嗯", "对对对", "好的。", "Uh-huh.", "Okay.", "yeah yeah", "嗯，好的"])
def test_backchannels_are_not_interruptions(policy, text):
    assert policy.judge(Transcript(text, "en", 1.0), "") == "backchannel"


@pytest.mark.parametrize("text", ["Stop.", "等一下", "What about aspirin?", "好的，那阿司匹林呢？"])
def test_real_words_are_interruptions(policy, text):
    assert policy.judge(Transcript(text, "en", 1.0), "") == "speech"


@pytest.mark.parametrize("text", ["Oh.", "Ah", "(coughs) Hm?", "哈"])
def test_a_lone_word_during_playback_is_too_short_to_interrupt(policy, text):
    assert policy.judge(Transcript(text, "en", 1.0), "", interrupting=True) == "short"
    # the same word as a turn of its own, when nothing is playing, is still heard
    assert policy.judge(Transcript(text, "en", 1.0), "") in {"speech", "noise"}


@pytest.mark.parametrize("text", ["Wait!", "Stop", "no", "停", "等一下", "Aspirin dose?", "心率呢"])
def test_stop_words_and_two_words_interrupt(policy, text):
    assert policy.judge(Transcript(text, "en", 1.0), "", interrupting=True) == "speech"


def test_a_clinical_word_that_is_also_in_the_asr_prompt_is_still_heard(policy):
    assert policy.judge(Transcript("胸痛", "zh", 1.0, no_speech_prob=0.05), "") == "speech"
    # the prompt repeated over noise is not
    assert policy.judge(Transcript("医生在门诊讨论病人：发热", "zh", 1.0, no_speech_prob=0.8), "") == "noise"


def test_noise_and_echo_verdicts(policy):
    said = "Chest pain with sweating needs an ECG now."
    assert policy.judge(Transcript("", "en", 1.0), said) == "noise"
    assert policy.judge(Transcript("(coughing)", "en", 1.0), said) == "noise"
    assert policy.judge(Transcript("sweating needs an ECG", "en", 1.0), said) == "echo"
    assert policy.judge(Transcript("What about the troponin?", "en", 1.0), said) == "speech"
    assert policy.marker("zh") != policy.marker("en")


def test_session_update_accepts_ga_and_beta_shapes():
    config = SessionConfig()
    ga = config.updated({
        "type": "realtime",
        "audio": {"input": {"format": {"type": "audio/pcm", "rate": 24000},
                            "transcription": {"model": "whisper", "language": "zh"},
                            "turn_detection": {"type": "server_vad", "silence_duration_ms": 700}}},
    })
    assert (ga.input_rate, ga.language, ga.turn_detection.silence_duration_ms) == (24000, "zh", 700)
    beta = config.updated({"input_audio_transcription": {"language": "en"}, "turn_detection": None,
                           "modalities": ["text"]})
    assert beta.language == "en" and beta.turn_detection is None and not beta.audio_out


def test_clinical_hotwords_come_from_the_lexicon():
    settings = Settings()
    zh = clinical_hotwords(settings.knowledge_base_dir, "zh", 40)
    en = clinical_hotwords(settings.knowledge_base_dir, "en", 40)
    assert zh and len(zh.replace("，", "")) <= 40 and "胸痛" in clinical_hotwords(settings.knowledge_base_dir, "zh", 200)
    assert en and len(en) <= 60
    from assistant.voice.models import asr_hotwords

    # Mandarin's vocabulary rides in its initial prompt instead (hotwords garbled its punctuation)
    assert set(asr_hotwords(settings)) == {"en"} and "胸痛" in (settings.prompts_dir / "asr" / "zh.txt").read_text()


def test_cough_fixture_is_short_and_loud():
    burst = cough_burst()
    assert 0.2 <= burst.duration_s <= 0.3 and np.max(np.abs(burst.samples)) > 0.4


def test_whisper_window_is_the_utterance_plus_margin_at_least_the_minimum():
    from assistant.speech.asr import window_seconds

    assert window_seconds(16_000 * 2, 1.0, 8) == 8  # short utterances: the minimum
    assert window_seconds(16_000 * 12, 1.0, 8) == 13  # longer: the utterance plus the margin, whole seconds
    assert window_seconds(16_000 * 40, 1.0, 8) == 30  # never beyond Whisper's 30 s


class _Scripted:
    """A stand-in transcriber that returns a fixed transcript and counts its calls."""

    def __init__(self, text: str, looped: bool = False) -> None:
        self.text, self.looped, self.calls = text, looped, 0

    def transcribe(self, samples, language=None, hotwords=None, prefer=None):  # noqa: ANN001
        self.calls += 1
        return Transcript(self.text, language or "en", 1.0, looped=self.looped)


async def test_english_turns_use_the_english_model_and_fall_back_when_it_loops():
    base, tiny = _Scripted("Blood pressure is 90 over 60"), _Scripted("Blood pressure is 90 over 60 " * 5, looped=True)
    recognizer = UtteranceRecognizer(base, language="en", english=tiny)  # type: ignore[arg-type]
    decode = await recognizer.decode(np.zeros(16_000, dtype=np.float32), 1000)
    assert (tiny.calls, base.calls) == (1, 1) and decode.transcript.text == "Blood pressure is 90 over 60"
    tiny.looped, tiny.text = False, "Heart rate 120"
    decode = await recognizer.decode(np.zeros(32_000, dtype=np.float32), 2000)
    assert (tiny.calls, base.calls) == (2, 1) and decode.transcript.text == "Heart rate 120"
    mandarin = UtteranceRecognizer(base, language="zh", english=tiny)  # type: ignore[arg-type]
    await mandarin.decode(np.zeros(16_000, dtype=np.float32), 1000)
    assert (tiny.calls, base.calls) == (2, 2)


@pytest.mark.parametrize(
    ("reference", "heard", "language", "expected"),
    [
        ("Blood pressure is ninety over sixty.", "Blood pressure is 90/60", "en", 0.0),
        ("His oxygen is ninety percent.", "his oxygen is 90%", "en", 0.0),
        ("Fever for three days.", "Fever for 3 days", "en", 0.0),
        ("Fever for three days.", "Fever for two days", "en", 0.25),
        ("体温三十八度五", "体温38度5", "zh", 0.0),
        ("男性，二岁", "男性，２岁", "zh", 0.0),
    ],
)
def test_asr_error_rate_counts_numbers_said_or_written_alike(reference, heard, language, expected):
    from assistant.speech.metrics import error_rate

    assert error_rate(reference, heard, language) == pytest.approx(expected)


def test_a_turn_keeps_the_doctors_language_unless_the_other_is_clearly_likelier():
    # Whisper's probabilities on a short Mandarin clause that it once took for English
    unsure = [("<|en|>", 0.30), ("<|ko|>", 0.25), ("<|zh|>", 0.20)]
    assert choose_language(unsure, None, 4.0)[0] == "en"
    assert choose_language(unsure, "zh", 4.0)[0] == "zh"
    english = [("<|en|>", 0.85), ("<|zh|>", 0.05)]
    assert choose_language(english, "zh", 4.0) == ("en", pytest.approx(0.85 / 0.90))  # a real switch still wins
    assert choose_language([("<|ja|>", 0.9)], "zh", 4.0) == ("en", 0.0)
    assert _ascii_digits("男性２岁，ＣＲＰ高，") == "男性2岁，CRP高，"  # the Chinese comma stays


async def test_the_next_turn_is_detected_with_the_previous_turns_language_preferred():
    class _Detector:
        def __init__(self) -> None:
            self.prefer: list[str | None] = []

        def detect_language(self, samples, prefer=None):  # noqa: ANN001
            self.prefer.append(prefer)
            return "zh", 0.9

    detector = _Detector()
    first = UtteranceRecognizer(detector)  # type: ignore[arg-type]
    assert await first.detect_language(np.zeros(16_000, dtype=np.float32)) == "zh"
    second = UtteranceRecognizer(detector, previous_language=first.language)  # type: ignore[arg-type]
    await second.detect_language(np.zeros(16_000, dtype=np.float32))
    assert detector.prefer == [None, "zh"]


async def test_an_unsure_early_language_guess_is_left_to_the_whole_utterance():
    class _Unsure:
        def __init__(self) -> None:
            self.hotwords = None

        def detect_language(self, samples, prefer=None):  # noqa: ANN001
            return "zh", 0.62  # robotic English, first 1.2 s: en 0.27 / zh 0.17, zh preferred

        def transcribe(self, samples, language=None, hotwords=None, prefer=None):  # noqa: ANN001
            self.hotwords = hotwords
            return Transcript("Pain when passing urine", language or "en", 0.95)

    transcriber = _Unsure()
    recognizer = UtteranceRecognizer(transcriber, hotwords={"en": "chest pain"}, previous_language="zh")  # type: ignore[arg-type]
    assert await recognizer.detect_language(np.zeros(16_000, dtype=np.float32)) is None
    decode = await recognizer.decode(np.zeros(32_000, dtype=np.float32), 2000)
    # the decode detects over the whole utterance and picks the hotwords of the language it finds
    assert transcriber.hotwords == {"en": "chest pain"} and recognizer.language == decode.transcript.language == "en"


async def test_short_openers_are_synthesised_once_and_shared_long_chunks_every_time():
    from assistant.speech.streaming_tts import StreamingSynthesizer, phrase_cache

    class _Counting:
        sample_rate = 24000

        def __init__(self) -> None:
            self.calls: list[str] = []

        def synthesize(self, text: str) -> np.ndarray:
            self.calls.append(text)
            return np.full(2400 * len(text), 0.1, dtype=np.float32)

    voice, phrases = _Counting(), phrase_cache()
    first = StreamingSynthesizer({"zh": voice}, 24000, phrases)  # two answers, as two sessions would
    second = StreamingSynthesizer({"zh": voice}, 24000, phrases)
    long = "最可能是急性冠脉综合征，需要立即转诊到有条件的医院。"
    a = await first.speak("最可能：", "zh")
    b = await second.speak("最可能：", "zh")
    await first.speak(long, "zh")
    await second.speak(long, "zh")
    assert voice.calls == ["最可能：", long, long]
    assert a.pcm16 == b.pcm16 and a.duration_ms == pytest.approx(400)
