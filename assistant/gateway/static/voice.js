// Voice client: browser mic -> AudioWorklet -> PCM16 16 kHz -> /v1/realtime; answer audio playback,
// barge-in (stop at once when the doctor speaks), playback acks, live captions.
"use strict";

function b64FromBytes(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
function bytesFromB64(b64) {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

class VoiceClient {
  constructor(handlers) {
    this.h = handlers;           // {onEvent(evt), onState(state), onError(msg), onClose()}
    this.ws = null;
    this.ctx = null;
    this.capture = null;
    this.player = null;
    this.stream = null;
    this.mode = "ptt";
    this.talking = false;        // push-to-talk button held
    this.outputRate = 24000;
    this.playing = null;         // {itemId, startPlayed, samples}
    this.played = 0;             // samples played by the player node (context rate)
    this.lastAck = 0;
    this.paused = false;
    this.stats = { chunksSent: 0, audioDeltas: 0, bargeIns: 0, acks: 0 };
  }

  get open() { return this.ws && this.ws.readyState === WebSocket.OPEN; }

  async start(token, sessionId, mode) {
    this.mode = mode;
    this.h.onState("connecting");
    this.ctx = new AudioContext();
    await this.ctx.audioWorklet.addModule("/static/audio-worklet.js");
    this.player = new AudioWorkletNode(this.ctx, "pcm-player", { outputChannelCount: [1] });
    this.player.connect(this.ctx.destination);
    this.player.port.onmessage = (e) => this._playerMessage(e.data);
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
    } catch (err) {
      this.h.onError(t("micDenied"));
      await this.stop();
      return false;
    }
    const source = this.ctx.createMediaStreamSource(this.stream);
    this.capture = new AudioWorkletNode(this.ctx, "pcm-capture");
    source.connect(this.capture);
    this.capture.port.onmessage = (e) => this._micChunk(new Uint8Array(e.data));
    if (this.ctx.state === "suspended") await this.ctx.resume();

    const proto = location.protocol === "https:" ? "wss" : "ws";
    const query = sessionId ? `?session_id=${encodeURIComponent(sessionId)}` : "";
    this.ws = new WebSocket(`${proto}://${location.host}/v1/realtime${query}`,
      ["realtime", "openai-insecure-api-key." + token]);
    this.ws.onmessage = (e) => this._serverEvent(e.data);
    this.ws.onclose = (e) => { this.h.onClose(e.code); this._teardownAudio(); };
    await new Promise((resolve, reject) => {
      this.ws.onopen = resolve;
      this.ws.onerror = () => reject(new Error("websocket"));
    }).catch(() => null);
    if (!this.open) { this.h.onError(t("badToken")); await this.stop(); return false; }
    this.setMode(mode);
    this.h.onState(mode === "handsfree" ? "listening" : "idle");
    return true;
  }

  setMode(mode) {
    this.mode = mode;
    if (!this.open) return;
    // Hands-free: the server's VAD decides turns. Push-to-talk: the button does (commit on release).
    this.send({
      type: "session.update",
      session: {
        type: "realtime",
        audio: { input: {
          format: { type: "audio/pcm", rate: 16000 },
          turn_detection: mode === "handsfree" ? { type: "server_vad" } : null,
        } },
      },
    });
  }

  send(event) { if (this.open) this.ws.send(JSON.stringify(event)); }

  pttDown() {
    if (!this.open) return;
    this.bargeIn();          // talking over the assistant stops it, at once
    this.send({ type: "input_audio_buffer.clear" });
    this.talking = true;
    this.h.onState("listening");
  }

  pttUp() {
    if (!this.open || !this.talking) return;
    this.talking = false;
    this.send({ type: "input_audio_buffer.commit" });
    this.send({ type: "response.create" });
    this.h.onState("thinking");
  }

  _micChunk(bytes) {
    if (!this.open) return;
    if (this.mode === "ptt" && !this.talking) return;
    this.send({ type: "input_audio_buffer.append", audio: b64FromBytes(bytes) });
    this.stats.chunksSent++;
  }

  // ---- playback ----
  _pushAudio(itemId, b64) {
    const bytes = bytesFromB64(b64);
    const pcm = new Int16Array(bytes.buffer, 0, bytes.length >> 1);
    const ratio = this.ctx.sampleRate / this.outputRate;
    const n = Math.floor(pcm.length * ratio);
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      const x = i / ratio, j = Math.floor(x), f = x - j;
      const a = pcm[j] / 32768, b = (j + 1 < pcm.length ? pcm[j + 1] : pcm[j]) / 32768;
      out[i] = a + (b - a) * f;
    }
    if (!this.playing || this.playing.itemId !== itemId) {
      this.playing = { itemId, startPlayed: this.played, queued: 0 };
    }
    this.playing.queued += n;
    this.player.port.postMessage({ type: "push", samples: out }, [out.buffer]);
    this.stats.audioDeltas++;
    this.h.onState("speaking");
  }

  playedMs() {
    if (!this.playing) return 0;
    const samples = Math.min(this.played - this.playing.startPlayed, this.playing.queued);
    return Math.max(0, Math.round((samples / this.ctx.sampleRate) * 1000));
  }

  _playerMessage(m) {
    if (m.type === "progress" || m.type === "cleared") this.played = m.played;
    if (!this.playing) return;
    const now = performance.now();
    const idle = m.type === "cleared" || m.idle;
    if (idle || now - this.lastAck > 250) {
      this.lastAck = now;
      this.send({ type: "output_audio_buffer.played", item_id: this.playing.itemId, audio_end_ms: this.playedMs() });
      this.stats.acks++;
    }
    if (m.type === "progress" && m.idle && this.playing.done) {
      this.playing = null;
      this.h.onState(this.mode === "handsfree" ? "listening" : "idle");
      this.h.onEvent({ type: "client.playback.finished" });
    }
  }

  // The doctor started speaking: silence the answer at once, but keep it until the server
  // decides (real speech -> output_audio_buffer.cleared; a cough -> speech_ignored -> resume).
  pause() {
    if (!this.playing || this.paused) return;
    this.paused = true;
    this.player.port.postMessage({ type: "pause" });
    this.stats.pauses = (this.stats.pauses || 0) + 1;
  }

  resume() {
    if (!this.paused) return;
    this.paused = false;
    this.player.port.postMessage({ type: "resume" });
  }

  // Drop the answer's audio (server-confirmed barge-in, or push-to-talk pressed over it).
  dropPlayback(tellServer) {
    if (!this.playing) return false;
    const itemId = this.playing.itemId;
    const heard = this.playedMs();
    this.player.port.postMessage({ type: "clear" });
    this.player.port.postMessage({ type: "resume" });
    this.paused = false;
    if (tellServer) {
      this.send({ type: "response.cancel" });
      this.send({ type: "conversation.item.truncate", item_id: itemId, content_index: 0, audio_end_ms: heard });
    }
    this.playing = null;
    this.stats.bargeIns++;
    this.h.onEvent({ type: "client.barge_in", item_id: itemId, audio_end_ms: heard });
    return true;
  }

  bargeIn() { return this.dropPlayback(true); }

  _serverEvent(data) {
    let evt;
    try { evt = JSON.parse(data); } catch { return; }
    switch (evt.type) {
      case "session.created":
      case "session.updated": {
        const s = evt.session || {};
        const rate = (s.audio && s.audio.output && s.audio.output.format && s.audio.output.format.rate)
          || s.output_audio_rate || s.output_sample_rate;
        if (rate) this.outputRate = rate;
        break;
      }
      case "input_audio_buffer.speech_started":
        this.pause();
        this.h.onState("listening");
        break;
      case "input_audio_buffer.speech_ignored":
        this.resume();
        break;
      case "input_audio_buffer.speech_stopped":
        this.h.onState("thinking");
        break;
      case "response.audio.delta":
      case "response.output_audio.delta":
        this._pushAudio(evt.item_id, evt.delta);
        break;
      case "response.audio.done":
      case "response.output_audio.done":
        if (this.playing) this.playing.done = true;
        break;
      case "response.done":
        if (evt.response && evt.response.status === "cancelled") this.dropPlayback(false);
        else if (this.playing) this.playing.done = true;
        break;
      case "output_audio_buffer.cleared":
        this.dropPlayback(false);
        break;
    }
    this.h.onEvent(evt);
  }

  _teardownAudio() {
    if (this.stream) for (const track of this.stream.getTracks()) track.stop();
    if (this.ctx && this.ctx.state !== "closed") this.ctx.close();
    this.stream = null; this.ctx = null; this.playing = null;
  }

  async stop() {
    if (this.ws) { try { this.ws.close(1000); } catch {} }
    this.ws = null;
    this._teardownAudio();
    this.h.onState("offline");
  }
}
