// The page: classify a message, show why and what to reply, send corrections, check drafts.
// Everything the message contains is inserted with textContent, never as HTML.
"use strict";

// The type names come from the API (GET /v1/vocabulary), where the library defines them once.
const NAMES = {};
const name = (label) => NAMES[label] || label;
const TECHNIQUES = {
  reflect: "שיקוף · reflecting", interest: "מעמדה לאינטרס · interests", smallest_first: "הבעיה הקטנה קודם · smallest first",
  options: "אפשרויות · options", listen: "הקשבה · listening", positive_wording: "ניסוח חיובי · positive wording",
  boundaries: "גבולות · boundaries", clear_terms: "תנאים ברורים · clear terms", respectful_exit: "סיום בכבוד · respectful exit",
  confirm_in_writing: "סיכום בכתב · in writing", re_engage: "חידוש קשר · re-engaging", protect_judgment: "שיקול מקצועי · professional judgment",
};
const ASK_KINDS = {
  request: "בקשה · request", question: "שאלה · question", deadline: "מועד · deadline", money: "כסף · money",
  deliverable: "תוצר · deliverable", channel: "ערוץ · channel", refusal: "סירוב · refusal", postpone: "דחייה · postpone",
  threat: "איום · threat", sarcasm: "עוקצנות · sarcasm",
};
const $ = (id) => document.getElementById(id);
let last = null;          // the last request and response, for feedback
let pendingEml = null;    // a dropped/selected .eml file's bytes

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function setStatus(id, text, isError = false) {
  const node = $(id);
  node.textContent = text;
  node.className = isError ? "error" : "muted";
}

async function postJSON(url, body) {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  return readResponse(response);
}

async function readResponse(response) {
  let data = null;
  try { data = await response.json(); } catch (_) { /* not JSON */ }
  if (!response.ok) {
    let detail = data && data.detail;
    if (Array.isArray(detail)) detail = detail.map((d) => d.msg).join("; ");
    throw new Error(detail || `HTTP ${response.status}`);
  }
  return data;
}

async function classify() {
  const text = $("text").value;
  if (!pendingEml && !text.trim()) { setStatus("status", "אין טקסט · Nothing to classify", true); return; }
  $("classify").disabled = true;
  setStatus("status", "מנתח… · Working…");
  try {
    let data;
    if (pendingEml) {
      const response = await fetch("/v1/classify", { method: "POST", headers: { "Content-Type": "message/rfc822" }, body: pendingEml });
      data = await readResponse(response);
    } else {
      data = await postJSON("/v1/classify", { text, subject: $("subject").value, channel: $("channel").value || null });
    }
    last = { text: pendingEml ? data.cleaned_text : text, subject: data.subject, channel: $("channel").value || null, result: data, label: data.label };
    render(data);
    setStatus("status", "");
  } catch (err) {
    setStatus("status", `שגיאה · Error: ${err.message}`, true);
  } finally {
    $("classify").disabled = false;
  }
}

function render(data) {
  const dir = data.language === "en" || data.language === "other" ? "ltr" : "rtl";
  const result = $("result");
  result.hidden = false;
  for (const id of ["highlighted", "note", "replies", "asks"]) $(id).setAttribute("dir", dir);
  $("label").textContent = name(data.label);
  $("label").setAttribute("title", data.label);
  $("confidence").textContent = `${Math.round(data.confidence * 100)}%`;
  $("meta").textContent = `language: ${data.language} · topic: ${data.topic || "-"} · reply size: ${data.channel} · model ${data.model_version}`;
  $("uncertain").hidden = !data.uncertain;
  if (data.uncertain && data.uncertain_reason) {
    $("uncertain").textContent = `המודל לא בטוח בתשובה · The model is not sure: ${data.uncertain_reason}`;
  }

  const bars = $("bars");
  bars.replaceChildren();
  const sorted = Object.entries(data.probabilities).sort((a, b) => b[1] - a[1]);
  for (const [label, p] of sorted) {
    if (p < 0.005) continue;  // a bar of 0% says nothing
    bars.append(el("div", {}, `${name(label)} · ${label}`));
    const bar = el("div", { class: label === data.label ? "bar top" : "bar", role: "img", "aria-label": `${label} ${Math.round(p * 100)}%` });
    const fill = el("span");
    fill.style.width = `${(p * 100).toFixed(1)}%`;
    bar.append(fill);
    bars.append(bar, el("div", { dir: "ltr" }, `${(p * 100).toFixed(0)}%`));
  }

  const body = data.cleaned_text;
  const spans = data.explanation.filter((t) => t.field === "body").sort((a, b) => a.start - b.start);
  const words = new Set(data.explanation.map((t) => t.term.toLowerCase()));
  const node = $("highlighted");
  node.replaceChildren();
  // Highlight every occurrence of the explaining words, not only the first.
  const re = /[\p{L}\p{N}][\p{L}\p{N}'"׳״.-]*/gu;
  let pos = 0;
  for (const m of body.matchAll(re)) {
    if (!words.has(m[0].toLowerCase())) continue;
    node.append(document.createTextNode(body.slice(pos, m.index)));
    const weight = data.explanation.find((t) => t.term.toLowerCase() === m[0].toLowerCase()).weight;
    node.append(el("mark", { title: `+${weight.toFixed(2)}` }, m[0]));
    pos = m.index + m[0].length;
  }
  node.append(document.createTextNode(body.slice(pos)));
  if (!spans.length && !data.explanation.length) node.append(el("span", { class: "muted" }, " (אין מילים בולטות · no strong words)"));

  const asks = $("asks");
  asks.replaceChildren();
  data.asks.forEach((ask, i) => {
    const item = el("li", { class: i === data.main_ask ? "ask main" : "ask" });
    item.append(el("span", { class: "tag" }, ASK_KINDS[ask.kind] || ask.kind), document.createTextNode(" "));
    item.append(el("bdi", {}, ask.text));
    asks.append(item);
  });
  if (!data.asks.length) asks.append(el("li", { class: "muted" }, "לא נמצאה בקשה מפורשת · no explicit ask found"));

  renderReplies(data.note, data.replies, dir);
  const select = $("correct");
  select.replaceChildren(el("option", { value: "" }, "—"), ...Object.keys(data.probabilities).filter((l) => l !== data.label).map((l) => el("option", { value: l }, name(l))));
  setStatus("feedback-status", "");
}

// A reply is editable text; each blank is a highlighted span to type over before sending.
function replyNode(reply) {
  const box = el("div", { class: "reply-text", contenteditable: "true", dir: "auto", spellcheck: "true" });
  let pos = 0;
  for (const blank of reply.blanks) {
    box.append(document.createTextNode(reply.text.slice(pos, blank.start)));
    box.append(el("mark", { class: "blank", title: blank.hint, "data-blank": blank.name }, reply.text.slice(blank.start, blank.end)));
    pos = blank.end;
  }
  box.append(document.createTextNode(reply.text.slice(pos)));
  return box;
}

function unfilled(box) {
  return [...box.querySelectorAll("mark.blank")].filter((m) => /^\[.*\]$/.test(m.textContent.trim())).length;
}

function renderReplies(note, replies, dir) {
  $("note").textContent = note;
  const list = $("replies");
  list.replaceChildren();
  list.setAttribute("dir", dir);
  for (const reply of replies) {
    const item = el("li", { "data-reply": reply.id });
    item.append(el("span", { class: "tag" }, TECHNIQUES[reply.technique] || reply.technique));
    const box = replyNode(reply);
    const fields = el("span", { class: "fields muted" });
    const countFields = () => {
      const n = unfilled(box);
      fields.textContent = n ? ` · ${n} שדות למילוי · fields to fill` : " · מוכן לשליחה · ready to send";
    };
    box.addEventListener("input", countFields);
    countFields();
    item.append(fields, box);
    const copy = el("button", { type: "button" }, "העתק · Copy");
    copy.addEventListener("click", async () => {
      const text = box.innerText.trim();
      try { await navigator.clipboard.writeText(text); copy.textContent = "הועתק ✓ · Copied"; }
      catch (_) { copy.textContent = "סמנו והעתיקו ידנית · Select and copy"; }
    });
    const unfit = el("button", { type: "button", class: "unfit" }, "לא מתאים · Doesn't fit");
    unfit.addEventListener("click", () => reportUnfit(reply, unfit));
    item.append(copy, unfit);
    list.append(item);
  }
}

async function reportUnfit(reply, button) {
  if (!last) return;
  button.disabled = true;
  try {
    await postJSON("/v1/feedback/replies", { reply_id: reply.id, fits: false, label: last.label, language: last.result.language, technique: reply.technique });
    button.textContent = "נרשם, תודה · Noted, thanks";
  } catch (err) {
    button.disabled = false;
    button.textContent = `לא נשמר · Not saved: ${err.message}`;
  }
}

async function refreshReplies() {
  const label = $("correct").value;
  if (!last || !label) return;
  setStatus("feedback-status", "מחליף תשובות… · Updating replies…");
  try {
    const data = await postJSON("/v1/replies", { text: last.text, subject: last.subject || "", channel: last.channel, label });
    last.label = label;
    $("label").textContent = `${name(label)} ✎`;
    const dir = data.language === "en" ? "ltr" : "rtl";
    renderReplies(data.note, data.replies, dir);
    setStatus("feedback-status", "התשובות עודכנו לסוג שבחרתם · Replies updated for the type you chose");
  } catch (err) {
    setStatus("feedback-status", `שגיאה · Error: ${err.message}`, true);
  }
}

async function sendFeedback() {
  if (!last || !$("correct").value) { setStatus("feedback-status", "בחרו סוג · Choose a type", true); return; }
  $("send-feedback").disabled = true;
  try {
    await postJSON("/v1/feedback", {
      text: last.text, subject: last.subject || "", label: $("correct").value,
      predicted_label: last.result.label, model_version: last.result.model_version,
      topic: last.result.topic || null,
    });
    setStatus("feedback-status", "תודה, התיקון נשמר · Thanks, saved");
  } catch (err) {
    setStatus("feedback-status", `לא נשמר · Not saved: ${err.message}`, true);
  } finally {
    $("send-feedback").disabled = false;
  }
}

async function checkDraft() {
  const text = $("draft").value;
  const list = $("draft-issues");
  list.replaceChildren();
  if (!text.trim()) return;
  try {
    const data = await postJSON("/v1/replies/check", { text });
    setStatus("draft-status", data.ok ? "הטיוטה נקראת רגועה ✓ · The draft reads calmly" : `${data.issues.length} נקודות לשקול · points to reconsider`);
    for (const issue of data.issues) {
      const item = el("li", { dir: "auto" });
      item.append(el("mark", {}, issue.matched), document.createTextNode(` — ${issue.why} `));
      item.append(el("div", { class: "muted" }, `במקום זה · Instead: ${issue.alternative}`));
      list.append(item);
    }
  } catch (err) {
    setStatus("draft-status", `שגיאה · Error: ${err.message}`, true);
  }
}

function takeFile(file) {
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    const bytes = new Uint8Array(reader.result);
    const isEml = /\.eml$/i.test(file.name) || file.type === "message/rfc822";
    if (isEml) {
      pendingEml = bytes;
      $("text").value = "";
      $("text").placeholder = `📧 ${file.name}`;
      setStatus("status", `${file.name} · מוכן · ready`);
    } else {
      pendingEml = null;
      $("text").value = new TextDecoder("utf-8").decode(bytes);
    }
  };
  reader.readAsArrayBuffer(file);
}

$("classify").addEventListener("click", classify);
$("correct").addEventListener("change", refreshReplies);
document.addEventListener("keydown", (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === "Enter" && (e.target === $("text") || e.target === $("subject"))) {
    e.preventDefault();
    classify();
  }
});
$("send-feedback").addEventListener("click", sendFeedback);
$("check-draft").addEventListener("click", checkDraft);
$("file").addEventListener("change", (e) => takeFile(e.target.files[0]));
$("text").addEventListener("input", () => { pendingEml = null; });
const drop = $("drop");
drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (e) => { e.preventDefault(); drop.classList.remove("over"); takeFile(e.dataTransfer.files[0]); });

fetch("/v1/vocabulary").then((r) => r.json()).then((vocabulary) => {
  for (const label of vocabulary.labels) NAMES[label.id] = label.names.he;
}).catch(() => { /* the English ids still show */ });
