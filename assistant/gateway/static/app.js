// Web chat page: typed chat (streamed from /v1/chat/completions), live case card, voice (voice.js).
"use strict";

const $ = (id) => document.getElementById(id);
const state = {
  token: sessionStorage.getItem("assistant.token") || "",
  sessionId: null,
  lang: sessionStorage.getItem("assistant.lang") || ((navigator.language || "en").startsWith("zh") ? "zh" : "en"),
  voice: null,
  citations: new Map(),
  findingNames: {},       // finding id -> {en, zh}, from /v1/findings
  busy: false,
  generation: 0,          // bumps on New patient: late events from the old case are ignored
  current: null,          // assistant message element being streamed (voice)
  caption: null,
};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// ---- token ----
function askToken() {
  return new Promise((resolve) => {
    const dialog = $("token-dialog");
    $("token-input").value = "";
    dialog.addEventListener("close", () => {
      state.token = $("token-input").value.trim();
      sessionStorage.setItem("assistant.token", state.token);
      resolve(state.token);
    }, { once: true });
    dialog.showModal();
  });
}
async function ensureToken() { return state.token || askToken(); }

async function api(path, options = {}) {
  await ensureToken();
  const headers = { ...(options.headers || {}), Authorization: "Bearer " + state.token };
  let res = await fetch(path, { ...options, headers });
  if (res.status === 401) {
    sessionStorage.removeItem("assistant.token");
    state.token = "";
    await askToken();
    res = await fetch(path, { ...options, headers: { ...headers, Authorization: "Bearer " + state.token } });
  }
  return res;
}

// ---- messages ----
function addMessage(role, text, extra = "") {
  const node = el("div", { class: `msg ${role} ${extra}`.trim() }, text);
  $("messages").append(node);
  node.scrollIntoView({ block: "end" });
  return node;
}

function showCaption(who, text) {
  const box = $("captions");
  box.hidden = false;
  box.querySelector(".caption-who").textContent = who;
  box.querySelector(".caption-text").textContent = text;
}

// ---- case card ----
function renderCase(caseObj) {
  if (!caseObj) return;
  const demo = [];
  if (caseObj.age_years != null) demo.push(`${t("age")} ${Math.round(caseObj.age_years * 10) / 10}`);
  if (caseObj.sex) demo.push(t("sex_" + caseObj.sex));
  if (caseObj.pregnant) demo.push(t("pregnant"));
  $("demographics").textContent = demo.join(" · ");
  const present = $("findings-present"), absent = $("findings-absent"), vitals = $("vitals");
  present.replaceChildren(); absent.replaceChildren(); vitals.replaceChildren();
  for (const [id, f] of Object.entries(caseObj.findings || {})) {
    const names = state.findingNames[id];
    const label = names ? names[caseObj.lang || (document.documentElement.lang === "zh" ? "zh" : "en")]
      : (f.evidence && f.evidence.length ? f.evidence[f.evidence.length - 1].text : id.replaceAll("_", " "));
    const chip = el("span", { class: "chip", title: id, dataset: { finding: id, status: f.status } }, label);
    if (f.status === "absent") absent.append(chip);
    else if (f.status === "present") present.append(chip);
    else present.append(el("span", { class: "chip", title: id }, label + " ?"));
  }
  for (const group of [caseObj.vitals || {}, caseObj.labs || {}]) {
    for (const [id, m] of Object.entries(group)) {
      const value = m.value != null ? `${m.value}${m.unit ? " " + m.unit : ""}` : (m.qualitative || "");
      vitals.append(el("span", { class: "chip", title: id }, `${id} ${value}`));
    }
  }
}

function renderAssessment(a) {
  if (!a) return;
  renderCase(a.case);
  const triage = $("triage");
  triage.dataset.level = a.triage.level;
  triage.replaceChildren(
    el("span", {}, t("triage_" + a.triage.level) + (a.insufficient_information ? ` — ${t("insufficient")}` : "")),
    el("span", { class: "reasons" }, (a.triage.reasons || []).join("; ")),
  );
  const flags = $("red-flags");
  const list = flags.querySelector("ul");
  list.replaceChildren();
  for (const f of a.red_flags || []) {
    const src = f.source ? `${f.source.issuer}, ${f.source.title} (${f.source.year})${f.source.section ? " § " + f.source.section : ""}` : "";
    list.append(el("li", { dataset: { flag: f.id, severity: f.severity } },
      el("div", { class: "flag-title" }, "⚠ " + f.title),
      el("div", { class: "flag-action" }, f.action),
      el("div", { class: "flag-source" }, src)));
  }
  flags.hidden = !(a.red_flags || []).length;
  const ddx = $("ddx");
  ddx.replaceChildren();
  for (const d of (a.differential || []).slice(0, 8)) {
    const pct = Math.round(d.probability * 100);
    ddx.append(el("li", { class: "ddx-row", dataset: { condition: d.id } },
      el("span", { class: "ddx-name" }, d.name, d.must_not_miss ? el("span", { class: "mnm" }, "must not miss") : null),
      el("span", { class: "ddx-band" }, `${pct}% · ${d.band}`),
      el("div", { class: "ddx-bar" }, el("span", { style: `width:${Math.max(2, pct)}%`, dataset: { band: d.band } })),
      el("div", { class: "ddx-why" },
        d.supporting.length ? el("span", { class: "for" }, `${t("for")}: ${d.supporting.join(", ")}`) : null,
        d.supporting.length && d.against.length ? " · " : null,
        d.against.length ? el("span", { class: "against" }, `${t("against")}: ${d.against.join(", ")}`) : null)));
  }
  const next = $("next-questions");
  next.replaceChildren();
  for (const q of (a.next_questions || []).slice(0, 5)) {
    next.append(el("button", { type: "button", dataset: { finding: q.finding }, onclick: () => ask(q.question) }, q.question));
  }
}

function renderCitations(citations) {
  const list = $("citations");
  list.replaceChildren();
  state.citations.clear();
  for (const c of citations || []) {
    state.citations.set(c.n, c);
    list.append(el("li", { value: String(c.n) },
      el("a", { dataset: { citation: c.id }, onclick: () => openPassage(c) }, `${c.title} — ${c.section}`),
      el("span", { class: "muted" }, ` (${c.issuer}, ${c.year})`)));
  }
}

async function openPassage(c) {
  const [doc, anchor] = c.id.split("#");
  $("passage-title").textContent = `${c.title} — ${c.section}`;
  $("passage-source").textContent = `${c.issuer}, ${c.year}`;
  $("passage-text").textContent = c.text || "…";
  $("passage-dialog").showModal();
  const res = await api(`/v1/guidelines/${encodeURIComponent(doc)}?section=${encodeURIComponent(anchor || "")}`);
  if (res.ok) {
    const body = await res.json();
    const section = body.sections[0];
    $("passage-text").textContent = section.text;
    $("passage-source").textContent = `${body.issuer}, ${body.year} — ${body.source}`;
  }
}

function clearScreen() {
  $("messages").replaceChildren();
  $("captions").hidden = true;
  $("triage").dataset.level = "none";
  $("triage").replaceChildren(el("span", {}, t("noCase")));
  $("red-flags").hidden = true;
  $("red-flags").querySelector("ul").replaceChildren();
  for (const id of ["demographics", "findings-present", "findings-absent", "vitals", "ddx", "next-questions", "citations"]) {
    $(id).replaceChildren();
  }
  state.citations.clear();
}

// ---- typed chat (SSE) ----
async function ask(text) {
  text = (text || "").trim();
  if (!text || state.busy) return;
  state.busy = true;
  const generation = state.generation;
  addMessage("doctor", text);
  const answer = addMessage("assistant", "", "streaming");
  try {
    const headers = { "Content-Type": "application/json" };
    if (state.sessionId) headers["X-Session-Id"] = state.sessionId;
    const res = await api("/v1/chat/completions", {
      method: "POST", headers,
      body: JSON.stringify({ model: "clinical-assistant", stream: true, messages: [{ role: "user", content: text }] }),
    });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      throw new Error((body.error && body.error.message) || res.statusText);
    }
    state.sessionId = res.headers.get("X-Session-Id") || state.sessionId;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const line = buffer.slice(0, cut).trim();
        buffer = buffer.slice(cut + 2);
        if (!line.startsWith("data:")) continue;
        const data = line.slice(5).trim();
        if (data === "[DONE]" || generation !== state.generation) continue;
        const chunk = JSON.parse(data);
        const delta = chunk.choices && chunk.choices[0] && chunk.choices[0].delta;
        if (delta && delta.content) { answer.textContent += delta.content; answer.scrollIntoView({ block: "end" }); }
        if (chunk.assessment) renderAssessment(chunk.assessment);
        if (chunk.citations && chunk.citations.length) renderCitations(chunk.citations);
        if (chunk.lang) setLanguageFromAnswer(chunk.lang);
      }
    }
  } catch (err) {
    answer.classList.add("error");
    answer.textContent = `${t("errorPrefix")}: ${err.message}`;
  } finally {
    answer.classList.remove("streaming");
    state.busy = false;
  }
}

function setLanguageFromAnswer(lang) {
  // The interface follows an explicit toggle only; answers already come in the language used.
  document.body.dataset.answerLang = lang;
}

// ---- voice ----
function voiceHandlers() {
  return {
    onState: (s) => { $("status").dataset.state = s; $("status").textContent = t(s) || s; },
    onError: (msg) => addMessage("assistant", msg, "error"),
    onClose: () => { setVoiceButton(false); },
    onEvent: (evt) => voiceEvent(evt),
  };
}

function voiceEvent(evt) {
  switch (evt.type) {
    case "session.id":
      state.sessionId = evt.session_id;
      break;
    case "conversation.item.input_audio_transcription.delta":
      showCaption(t("you"), (state.caption = (state.caption || "") + (evt.delta || "")));
      break;
    case "conversation.item.input_audio_transcription.completed":
      state.caption = null;
      showCaption(t("you"), evt.transcript || "");
      if (evt.transcript) addMessage("doctor", evt.transcript, "voice");
      break;
    case "case.updated":
      renderCase(evt.case);
      break;
    case "assessment.updated":
      renderAssessment(evt.assessment);
      break;
    case "response.created":
      state.current = null;
      break;
    case "response.audio_transcript.delta":
    case "response.output_audio_transcript.delta":
    case "response.text.delta":
    case "response.output_text.delta":
      if (!state.current) state.current = addMessage("assistant", "", "streaming voice");
      state.current.textContent += evt.delta || "";
      showCaption(t("assistant"), state.current.textContent.slice(-160));
      break;
    case "response.done": {
      const r = evt.response || {};
      if (state.current) {
        state.current.classList.remove("streaming");
        if (r.status === "cancelled") state.current.classList.add("interrupted");
      }
      const cites = (r.metadata && r.metadata.citations) || evt.citations;
      if (cites) renderCitations(cites);
      state.current = null;
      break;
    }
    case "answer.citations":
      renderCitations(evt.citations);
      break;
    case "client.barge_in":
      if (state.current) state.current.classList.add("interrupted");
      break;
    case "error":
      console.warn("realtime error", evt.error);
      break;
  }
  window.__voiceEvents = (window.__voiceEvents || []);
  window.__voiceEvents.push(evt.type);
}

function setVoiceButton(on) {
  $("voice-toggle").setAttribute("aria-pressed", on ? "true" : "false");
  $("voice-toggle").textContent = t(on ? "voiceOff" : "voiceOn");
  $("voice-toggle").dataset.i18n = on ? "voiceOff" : "voiceOn";
  $("ptt").hidden = !on || $("voice-mode").value !== "ptt";
}

async function toggleVoice() {
  if (state.voice) {
    await state.voice.stop();
    state.voice = null;
    setVoiceButton(false);
    return;
  }
  await ensureToken();
  const voice = new VoiceClient(voiceHandlers());
  state.voice = voice;
  window.__voice = voice;
  const ok = await voice.start(state.token, state.sessionId, $("voice-mode").value);
  if (!ok) { state.voice = null; setVoiceButton(false); return; }
  setVoiceButton(true);
}

function newPatient() {
  state.generation++;
  state.sessionId = null;  // the next turn starts a new consultation (and a new record)
  clearScreen();
  if (state.voice) {
    state.voice.bargeIn();
    const mode = $("voice-mode").value;
    state.voice.stop().then(() => { state.voice = null; setVoiceButton(false); toggleVoiceIf(mode); });
  }
}
async function toggleVoiceIf(mode) { $("voice-mode").value = mode; await toggleVoice(); }

// ---- wiring ----
function init() {
  applyLanguage(state.lang);
  $("ask").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("question").value;
    $("question").value = "";
    ask(q);
  });
  $("question").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); $("ask").requestSubmit(); }
  });
  $("lang-toggle").addEventListener("click", () => {
    state.lang = document.documentElement.lang === "zh" ? "en" : "zh";
    sessionStorage.setItem("assistant.lang", state.lang);
    applyLanguage(state.lang);
    setVoiceButton(!!state.voice);
  });
  $("new-patient").addEventListener("click", newPatient);
  $("voice-toggle").addEventListener("click", toggleVoice);
  $("voice-mode").addEventListener("change", () => {
    if (state.voice) state.voice.setMode($("voice-mode").value);
    setVoiceButton(!!state.voice);
  });
  const ptt = $("ptt");
  const down = (e) => { e.preventDefault(); ptt.classList.add("active"); state.voice && state.voice.pttDown(); };
  const up = () => { if (!ptt.classList.contains("active")) return; ptt.classList.remove("active"); state.voice && state.voice.pttUp(); };
  ptt.addEventListener("pointerdown", down);
  ptt.addEventListener("pointerup", up);
  ptt.addEventListener("pointerleave", up);
  $("status").dataset.state = "offline";
  $("status").textContent = t("offline");
  ensureToken().then(async () => {
    const res = await api("/v1/findings");
    if (res.ok) state.findingNames = await res.json();
  });
}

init();
