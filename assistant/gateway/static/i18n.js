// Interface strings (zh/en). Clinical content comes from the server, never from here.
"use strict";
const I18N = {
  en: {
    title: "Clinical assistant", voiceMode: "Voice", pushToTalk: "Push to talk", handsFree: "Hands-free",
    voiceOn: "Start voice", voiceOff: "Stop voice", newPatient: "New patient", holdToTalk: "Hold to talk",
    placeholder: "Describe the patient or ask a question…", send: "Send",
    disclaimer: "Decision support, not a diagnosis. Check every suggestion against the patient in front of you.",
    noCase: "No case yet", redFlags: "Red flags", findings: "Findings", differential: "Differential",
    nextQuestions: "Ask next", citations: "Sources", tokenTitle: "API token",
    tokenHelp: "Enter the access token for this service. It is kept only for this browser tab.", ok: "OK",
    close: "Close", triage_emergency: "Emergency", triage_urgent: "Urgent", triage_routine: "Routine",
    insufficient: "Not enough information yet", for: "for", against: "against", listening: "listening",
    speaking: "speaking", thinking: "thinking", connecting: "connecting", offline: "voice off",
    you: "Doctor", assistant: "Assistant", voice: "voice", errorPrefix: "Error", badToken: "The token was refused.",
    micDenied: "Microphone not available.", age: "age", sex_male: "male", sex_female: "female", pregnant: "pregnant",
  },
  zh: {
    title: "临床助手", voiceMode: "语音", pushToTalk: "按住说话", handsFree: "免提",
    voiceOn: "开启语音", voiceOff: "关闭语音", newPatient: "新患者", holdToTalk: "按住说话",
    placeholder: "描述患者情况或提问…", send: "发送",
    disclaimer: "仅供临床决策参考，不是诊断。请结合患者实际情况核实每条建议。",
    noCase: "尚无病例", redFlags: "危险信号", findings: "临床表现", differential: "鉴别诊断",
    nextQuestions: "建议追问", citations: "依据", tokenTitle: "访问令牌",
    tokenHelp: "请输入本服务的访问令牌，仅保存在当前浏览器标签页。", ok: "确定",
    close: "关闭", triage_emergency: "急诊", triage_urgent: "紧急", triage_routine: "常规",
    insufficient: "信息尚不足", for: "支持", against: "不支持", listening: "正在听",
    speaking: "正在说", thinking: "思考中", connecting: "连接中", offline: "语音未开启",
    you: "医生", assistant: "助手", voice: "语音", errorPrefix: "错误", badToken: "令牌被拒绝。",
    micDenied: "无法使用麦克风。", age: "年龄", sex_male: "男", sex_female: "女", pregnant: "妊娠",
  },
};

function t(key) {
  const lang = document.documentElement.lang === "zh" ? "zh" : "en";
  return (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
}

function applyLanguage(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.getElementById("lang-toggle").textContent = lang === "zh" ? "English" : "中文";
  document.title = t("title");
}
