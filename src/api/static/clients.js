// The clients page: the consent state, importing a file, the ranked client list, and one
// client's story (a timeline chart, warning signs with their messages, re-engaging replies,
// export and delete). Names and texts are shown with textContent only.
"use strict";

const { $, el, setStatus } = Pages;
const SVG = "http://www.w3.org/2000/svg";
// Harshest on top: the order of the library's severity scale (classifier.SEVERITY).
const SCALE = ["easygoing", "dormant", "know-it-all", "demanding", "conflictual"];
const SIGN_NAMES = {
  hostile: "עימות או תביעות חוזרים · hostile",
  escalation: "טון מחריף · escalating",
  scope: "לחץ על היקף העבודה · scope pushes",
};
const TECHNIQUES = {
  re_engage: "חידוש קשר · re-engaging", options: "אפשרויות · options", clear_terms: "תנאים ברורים · clear terms",
  confirm_in_writing: "סיכום בכתב · in writing", positive_wording: "ניסוח חיובי · positive wording",
  listen: "הקשבה · listening", boundaries: "גבולות · boundaries", interest: "מעמדה לאינטרס · interests",
  reflect: "שיקוף · reflecting", smallest_first: "הבעיה הקטנה קודם · smallest first",
  respectful_exit: "סיום בכבוד · respectful exit", protect_judgment: "שיקול מקצועי · professional judgment",
};
let vocab = { names: {}, languages: ["he", "en"], order: SCALE };
let current = null; // the client shown

const typeName = (label) => (label ? `${(vocab.names[label] || {}).he || label}` : "—");
const dateOf = (iso) => new Date(iso).toLocaleDateString("he-IL", { year: "numeric", month: "short", day: "numeric" });
const shortDate = (ms) => new Date(ms).toLocaleDateString("he-IL");
const timeOf = (iso) => new Date(iso).toLocaleString("he-IL", { dateStyle: "short", timeStyle: "short" });
const displayName = (client) => client.name || client.contact.replace(/^[a-z]+:/, "");

function badge(text, kind) { return el("span", { class: `badge ${kind}` }, text); }

function badgesOf(item) {
  const out = [];
  if (item.dormant) out.push(badge("רדום · dormant", "dormant"));
  if (item.trend === "souring") out.push(badge("מחמיר · souring", "souring"));
  if (item.trend === "calming") out.push(badge("נרגע · calming", "calming"));
  const signs = item.warning_signs || [];
  if (signs.length) out.push(badge(`⚠ ${signs.length} סימני אזהרה · warning signs`, "signs"));
  if (item.owner_waiting) out.push(badge("ממתין לתשובה · awaiting a reply", "waiting"));
  return out;
}

// ----- the list -------------------------------------------------------------------------------
async function loadList() {
  let data;
  try {
    data = await Pages.json("/v1/clients");
  } catch (err) {
    $("list-section").hidden = false;
    setStatus("list-status", `שגיאה · Error: ${err.message}`, true);
    return;
  }
  const off = data.history === "off";
  $("history-off").hidden = !off;
  $("import-section").hidden = off;
  $("list-section").hidden = off;
  $("stored-note").hidden = !(off && data.stored_clients > 0);
  $("stored-count").textContent = `עדיין שמורים ${data.stored_clients} לקוחות מלפני הכיבוי. · ${data.stored_clients} clients are still stored from before.`;
  $("texts-note").hidden = data.keep_texts;
  const list = $("client-list");
  list.replaceChildren();
  $("empty").hidden = off || data.clients.length > 0;
  for (const client of data.clients) {
    const item = el("li", { class: "client-row", "data-id": String(client.id) });
    const open = el("a", { href: `#client-${client.id}`, class: "client-link" });
    const name = el("bdi", { class: "client-row-name" }, displayName(client));
    open.append(name);
    const meta = el("div", { class: "muted" });
    const silent = client.days_silent === null ? "" : ` · שקט ${Math.floor(client.days_silent)} ימים · silent ${Math.floor(client.days_silent)} days`;
    meta.textContent = `${typeName(client.latest_label)} · ${client.messages} הודעות · messages · ${client.last_message_at ? dateOf(client.last_message_at) : "—"}${silent}`;
    const badges = el("div", { class: "badges" });
    badges.append(...badgesOf(client));
    item.append(open, badges, meta);
    list.append(item);
  }
}

// ----- import ---------------------------------------------------------------------------------
async function importFile(event) {
  event.preventDefault();
  const file = $("import-file").files[0];
  if (!file) { setStatus("import-status", "בחרו קובץ · Choose a file", true); return; }
  const params = new URLSearchParams({ filename: file.name });
  const owner = $("import-owner").value.trim();
  if (owner) params.set("owner", owner);
  $("import-button").disabled = true;
  setStatus("import-status", "מייבא… · Importing…");
  const box = $("import-report");
  box.replaceChildren();
  box.hidden = true;
  try {
    const report = await Pages.json(`/v1/import?${params}`, { method: "POST", body: file });
    setStatus("import-status", "יובא ✓ · Imported");
    showReport(report);
    await loadList();
  } catch (err) {
    setStatus("import-status", `לא יובא · Not imported: ${err.message}`, true);
  } finally {
    $("import-button").disabled = false;
  }
}

function showReport(report) {
  const box = $("import-report");
  box.hidden = false;
  box.append(el("p", {}, `נקראו ${report.read} הודעות: ${report.new} חדשות, ${report.already} כבר היו, ${report.too_old} ישנות מתקופת השמירה (${report.retention_days} ימים), ${report.unattributed} שלך בלי לקוח מזוהה. ${report.clients} לקוחות.`));
  box.append(el("p", { lang: "en", dir: "ltr" }, `${report.read} messages read: ${report.new} new, ${report.already} already there, ${report.too_old} older than the retention (${report.retention_days} days), ${report.unattributed} of yours without a known client; ${report.skipped} system lines skipped; ${report.clients} client(s).`));
  if (report.read && !report.owner_messages) {
    box.append(el("p", { class: "warning" }, "אף הודעה לא זוהתה כשלך: כתבו את שמך כפי שהוא מופיע בקובץ. · No message was recognised as yours: give your name as the file writes it."));
  }
  if (report.problems.length) {
    box.append(el("p", {}, `${report.problems.length} חלקים לא יובאו · parts not imported:`));
    const list = el("ul", { class: "problems" });
    for (const p of report.problems) {
      list.append(el("li", { dir: "auto" }, `${p.source}${p.line ? `:${p.line}` : ""} — ${p.reason}`));
    }
    box.append(list);
  }
}

// ----- one client -----------------------------------------------------------------------------
async function showClient(id) {
  $("client-view").hidden = false;
  $("list-section").hidden = true;
  $("import-section").hidden = true;
  setStatus("client-status", "טוען… · Loading…");
  let data;
  try {
    data = await Pages.json(`/v1/clients/${id}`);
  } catch (err) {
    setStatus("client-status", `שגיאה · Error: ${err.message}`, true);
    return;
  }
  current = data;
  setStatus("client-status", "");
  const p = data.profile;
  const name = $("client-name");
  name.replaceChildren(el("bdi", {}, displayName(data)));
  const gap = p.usual_gap_days === null ? "" : ` · קצב רגיל: כל ${Math.max(1, Math.round(p.usual_gap_days))} ימים · usual gap ${p.usual_gap_days.toFixed(1)} days`;
  $("client-meta").textContent = `${p.messages} הודעות (${p.client_messages} מהלקוח) · ${p.messages} messages · סוג אחרון · latest: ${typeName(p.latest_label)}${gap}`;
  const badges = $("client-badges");
  badges.replaceChildren(...badgesOf({ ...p, warning_signs: p.warning_signs.map((s) => s.kind) }));
  $("dormant-reason").hidden = !p.dormant_reason;
  if (p.dormant_reason) $("dormant-reason").textContent = `${p.dormant_reason.he} · ${p.dormant_reason.en}`;

  const evidence = new Set(p.warning_signs.flatMap((s) => s.evidence));
  drawChart(data.timeline, evidence);
  drawLegend(data.timeline);
  showSigns(p, data.timeline);
  showReEngage(data.re_engage);
  showMessages(data.timeline, evidence, data.timeline_total);
  window.scrollTo(0, 0);
}

// The timeline: time runs right (oldest) to left (newest), as Hebrew reads; the client's
// messages are points at the height of their type, the owner's are ticks along the bottom.
function drawChart(timeline, evidence) {
  // Drawn at the width it is shown at, so its words keep their size on a phone.
  const W = Math.max(300, Math.round($("chart").clientWidth) || 760), H = 260, RIGHT = 104, LEFT = 20, TOP = 16, BOTTOM = 52;
  const plotW = W - RIGHT - LEFT, plotH = H - TOP - BOTTOM;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "סוג הלקוח לאורך הזמן · client type over time");
  svg.setAttribute("class", "timeline");
  const node = (tag, attrs, text) => {
    const n = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    return n;
  };
  const times = timeline.map((t) => Date.parse(t.sent_at));
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const x = (t) => (t1 === t0 ? LEFT + plotW / 2 : W - RIGHT - ((t - t0) / (t1 - t0)) * plotW);
  const rowH = plotH / (SCALE.length - 1);
  const y = (label) => TOP + (SCALE.length - 1 - SCALE.indexOf(label)) * rowH;
  for (const label of SCALE) {
    svg.append(node("line", { x1: LEFT, x2: W - RIGHT, y1: y(label), y2: y(label), class: "grid" }));
    svg.append(node("text", { x: W - RIGHT + 8, y: y(label) + 4, class: "axis", "text-anchor": "start" }, typeName(label)));
  }
  const base = TOP + plotH + 18;
  svg.append(node("text", { x: W - RIGHT + 8, y: base + 4, class: "axis", "text-anchor": "start" }, "את/ה · you"));
  svg.append(node("text", { x: W - RIGHT, y: H - 6, class: "axis", "text-anchor": "end" }, shortDate(t0)));
  if (t1 !== t0) svg.append(node("text", { x: LEFT, y: H - 6, class: "axis", "text-anchor": "start" }, shortDate(t1)));
  // A line through the client's points, oldest to newest.
  const points = timeline.filter((t) => t.direction === "in" && SCALE.includes(t.label));
  if (points.length > 1) {
    const d = points.map((t) => `${x(Date.parse(t.sent_at)).toFixed(1)},${y(t.label).toFixed(1)}`).join(" ");
    svg.append(node("polyline", { points: d, class: "trail" }));
  }
  for (const item of timeline) {
    const cx = x(Date.parse(item.sent_at));
    if (item.direction === "out") {
      const tick = node("line", { x1: cx, x2: cx, y1: base - 6, y2: base + 6, class: "owner-tick" });
      tick.append(node("title", {}, `${timeOf(item.sent_at)} · את/ה · you`));
      svg.append(tick);
      continue;
    }
    if (!SCALE.includes(item.label)) continue;
    const dot = node("circle", {
      cx: cx.toFixed(1), cy: y(item.label).toFixed(1), r: evidence.has(item.id) ? 7 : 5,
      class: `point t-${item.label}${evidence.has(item.id) ? " evidence" : ""}`, "data-id": item.id,
    });
    dot.append(node("title", {}, `${timeOf(item.sent_at)} · ${typeName(item.label)}${item.text ? ` · ${item.text.slice(0, 80)}` : ""}`));
    svg.append(dot);
  }
  $("chart").replaceChildren(svg);
}

function drawLegend(timeline) {
  const legend = $("legend");
  legend.replaceChildren();
  for (const label of SCALE) {
    const item = el("li");
    item.append(el("span", { class: `swatch t-${label}`, "aria-hidden": "true" }), document.createTextNode(`${typeName(label)} · ${label}`));
    legend.append(item);
  }
  const own = el("li");
  own.append(el("span", { class: "swatch owner", "aria-hidden": "true" }), document.createTextNode("ההודעות שלך · your messages"));
  legend.append(own);
  if (!timeline.some((t) => t.direction === "in" && t.label)) legend.append(el("li", { class: "muted" }, "אין הודעות מסווגות · no classified messages"));
}

function messageLine(item) {
  const who = item.direction === "in" ? typeName(item.label) : "את/ה · you";
  const line = el("li", { class: item.direction === "in" ? "from-client" : "from-owner" });
  line.append(el("span", { class: "when" }, timeOf(item.sent_at)), el("span", { class: "who" }, who));
  if (item.topic) line.append(el("span", { class: "tag" }, item.topic));
  line.append(item.text ? el("div", { class: "text", dir: "auto" }, item.text) : el("div", { class: "muted" }, "(הטקסט לא נשמר · text not kept)"));
  return line;
}

function showSigns(profile, timeline) {
  const byId = new Map(timeline.map((t) => [t.id, t]));
  const list = $("signs");
  list.replaceChildren();
  $("no-signs").hidden = profile.warning_signs.length > 0;
  for (const sign of profile.warning_signs) {
    const item = el("li", { class: "sign" });
    item.append(el("strong", {}, SIGN_NAMES[sign.kind] || sign.kind));
    item.append(el("div", {}, sign.message.he), el("div", { lang: "en", dir: "ltr", class: "muted" }, sign.message.en));
    const evidence = el("ol", { class: "evidence-list" });
    for (const id of sign.evidence) {
      const message = byId.get(id);
      if (message) evidence.append(messageLine(message));
    }
    item.append(evidence);
    list.append(item);
  }
  const note = $("ending-note");
  note.hidden = !profile.ending_note;
  note.replaceChildren();
  if (profile.ending_note) {
    note.append(el("h4", {}, "על סיום ההתקשרות · On ending the engagement"));
    note.append(el("p", {}, profile.ending_note.he), el("p", { lang: "en", dir: "ltr" }, profile.ending_note.en));
  }
}

function showReEngage(again) {
  const box = $("re-engage");
  box.hidden = !again;
  if (!again) return;
  $("re-engage-basis").textContent = again.based_on === "last_message"
    ? "מבוסס על ההודעה האחרונה של הלקוח · Built on the client's last message"
    : "הטקסטים לא נשמרים, ולכן ההצעות מבוססות על השרשור בלבד · Texts are not kept: built on the thread alone";
  const dir = again.language === "he" ? "rtl" : "ltr";
  $("re-engage-note").textContent = again.note;
  $("re-engage-note").setAttribute("dir", dir);
  const list = $("re-engage-replies");
  list.replaceChildren();
  list.setAttribute("dir", dir);
  for (const reply of again.replies) {
    const item = el("li");
    item.append(el("span", { class: "tag" }, TECHNIQUES[reply.technique] || reply.technique));
    item.append(el("div", { class: "reply-text" }, reply.text));
    const copy = el("button", { type: "button", class: "copy" }, "העתק · Copy");
    copy.addEventListener("click", async () => {
      try { await navigator.clipboard.writeText(reply.text); copy.textContent = "הועתק ✓ · Copied"; }
      catch (_) { copy.textContent = "סמנו והעתיקו ידנית · Select and copy"; }
    });
    item.append(copy);
    list.append(item);
  }
}

function showMessages(timeline, evidence, total) {
  const list = $("messages");
  list.replaceChildren();
  for (const item of [...timeline].reverse()) {
    const line = messageLine(item);
    if (evidence.has(item.id)) line.classList.add("is-evidence");
    list.append(line);
  }
  if (total > timeline.length) list.append(el("li", { class: "muted" }, `מוצגות ${timeline.length} מתוך ${total} · showing ${timeline.length} of ${total}`));
}

async function exportClient() {
  if (!current) return;
  try {
    const response = await Pages.call(`/v1/clients/${current.id}/export`);
    if (!response.ok) await Pages.read(response);
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: `client-${current.id}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    setStatus("client-status", "יוצא ✓ · Exported");
  } catch (err) {
    setStatus("client-status", `שגיאה · Error: ${err.message}`, true);
  }
}

async function deleteClient() {
  if (!current) return;
  const who = displayName(current);
  if (!window.confirm(`למחוק את ${who} ואת כל ${current.timeline_total} ההודעות? · Delete ${who} and all ${current.timeline_total} messages? This cannot be undone.`)) return;
  try {
    const response = await Pages.call(`/v1/clients/${current.id}`, { method: "DELETE" });
    if (!response.ok) await Pages.read(response);
    current = null;
    window.location.hash = "";
  } catch (err) {
    setStatus("client-status", `שגיאה · Error: ${err.message}`, true);
  }
}

async function deleteAll() {
  if (!window.confirm("למחוק את כל היסטוריית הלקוחות? · Delete the whole client history? This cannot be undone.")) return;
  try {
    await Pages.json("/v1/clients", { method: "DELETE" });
    await loadList();
  } catch (err) {
    $("stored-count").textContent = `שגיאה · Error: ${err.message}`;
  }
}

function route() {
  const match = /^#client-(\d+)$/.exec(window.location.hash);
  if (match) { showClient(match[1]); return; }
  $("client-view").hidden = true;
  current = null;
  loadList();
}

$("import-form").addEventListener("submit", importFile);
$("back").addEventListener("click", () => { window.location.hash = ""; });
$("export").addEventListener("click", exportClient);
$("delete").addEventListener("click", deleteClient);
$("delete-all").addEventListener("click", deleteAll);
window.addEventListener("hashchange", route);
Pages.wireKeyForm();
Pages.vocabulary().then((v) => { vocab = v; }).catch(() => { /* the ids still show */ }).finally(route);
