// AudioWorklet processors: microphone capture (-> PCM16 16 kHz chunks) and answer playback.
"use strict";

// Capture: downsample the context rate to 16 kHz (box filter + linear pick), emit Int16 chunks of 40 ms.
class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / 16000;
    this.pos = 0;
    this.acc = 0; this.accN = 0;
    this.chunk = new Int16Array(640);
    this.fill = 0;
    this.enabled = true;
    this.port.onmessage = (e) => { if (e.data && "enabled" in e.data) this.enabled = e.data.enabled; };
  }
  process(inputs) {
    const input = inputs[0] && inputs[0][0];
    if (!input || !this.enabled) return true;
    for (let i = 0; i < input.length; i++) {
      this.acc += input[i]; this.accN++;
      this.pos += 1;
      if (this.pos >= this.ratio) {
        this.pos -= this.ratio;
        const v = Math.max(-1, Math.min(1, this.acc / this.accN));
        this.acc = 0; this.accN = 0;
        this.chunk[this.fill++] = v < 0 ? v * 0x8000 : v * 0x7fff;
        if (this.fill === this.chunk.length) {
          this.port.postMessage(this.chunk.buffer, [this.chunk.buffer]);
          this.chunk = new Int16Array(640);
          this.fill = 0;
        }
      }
    }
    return true;
  }
}

// Playback: a queue of Float32 frames already at the context rate; reports samples played.
class PcmPlayer extends AudioWorkletProcessor {
  constructor() {
    super();
    this.queue = [];
    this.offset = 0;
    this.played = 0;
    this.sinceReport = 0;
    this.paused = false;
    this.port.onmessage = (e) => {
      const m = e.data;
      if (m.type === "push") this.queue.push(m.samples);
      else if (m.type === "clear") { this.queue = []; this.offset = 0; this.port.postMessage({ type: "cleared", played: this.played }); }
      else if (m.type === "reset") { this.played = 0; }
      else if (m.type === "pause") { this.paused = true; }
      else if (m.type === "resume") { this.paused = false; }
    };
  }
  process(_inputs, outputs) {
    const out = outputs[0][0];
    let i = 0;
    const wasPlaying = this.queue.length > 0;
    while (!this.paused && i < out.length && this.queue.length) {
      const head = this.queue[0];
      const n = Math.min(out.length - i, head.length - this.offset);
      out.set(head.subarray(this.offset, this.offset + n), i);
      i += n; this.offset += n; this.played += n;
      if (this.offset >= head.length) { this.queue.shift(); this.offset = 0; }
    }
    for (; i < out.length; i++) out[i] = 0;
    this.sinceReport += out.length;
    if (wasPlaying && (this.sinceReport >= sampleRate / 10 || this.queue.length === 0)) {
      this.sinceReport = 0;
      this.port.postMessage({ type: "progress", played: this.played, idle: this.queue.length === 0 });
    }
    return true;
  }
}

registerProcessor("pcm-capture", PcmCapture);
registerProcessor("pcm-player", PcmPlayer);
