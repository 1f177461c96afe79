// The settings page: every owner setting, loaded with GET /v1/owner and saved with PUT; the
// server's field errors are shown next to their field.
"use strict";

const { $, el, setStatus } = Pages;
const LANGUAGE_NAMES = { he: "עברית · Hebrew", en: "אנגלית · English" };
const PER_LANGUAGE = [
  { field: "names", label: "שם החותם · Signing name", max: 60, multiline: false },
  { field: "business_kind", label: "סוג העסק · Kind of business", max: 80, multiline: false },
  { field: "signatures", label: "חתימה (לא חובה) · Sign-off block (optional)", max: 300, multiline: true },
];
const NUMBERS = ["commitments.revision_rounds", "commitments.slot_hold_days", "commitments.response_hours"];
let languages = ["he", "en"];
let loaded = null;

function buildLanguageFields() {
  const box = $("by-language");
  box.replaceChildren();
  for (const code of languages) {
    const column = el("div", { lang: code, dir: code === "he" ? "rtl" : "ltr" });
    column.append(el("h3", {}, LANGUAGE_NAMES[code] || code));
    for (const spec of PER_LANGUAGE) {
      const id = `${spec.field}.${code}`;
      column.append(el("label", { for: id }, spec.label));
      const input = spec.multiline
        ? el("textarea", { id, rows: "3", maxlength: String(spec.max), dir: "auto" })
        : el("input", { id, type: "text", maxlength: String(spec.max), dir: "auto", autocomplete: "off" });
      column.append(input, el("span", { class: "field-error", "data-for": id }));
    }
    box.append(column);
  }
}

function fill(settings) {
  $("keep_history").checked = settings.keep_history;
  $("keep_texts").checked = settings.keep_texts;
  $("history_retention_days").value = String(settings.history_retention_days);
  for (const code of languages) {
    for (const spec of PER_LANGUAGE) $(`${spec.field}.${code}`).value = settings[spec.field][code] || "";
  }
  for (const id of NUMBERS) {
    const value = settings.commitments[id.split(".")[1]];
    $(id).value = value === null || value === undefined ? "" : String(value);
  }
  $("commitments.hourly_rate").value = settings.commitments.hourly_rate || "";
  $("reply_length").value = settings.reply_length;
}

// A number field as the API wants it: empty is null; anything else goes as typed, so the
// server's limits (and its words) apply.
function numberOf(id) {
  const raw = $(id).value.trim();
  if (raw === "") return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : raw;
}

function collect() {
  const perLanguage = {};
  for (const spec of PER_LANGUAGE) {
    perLanguage[spec.field] = {};
    for (const code of languages) {
      const value = $(`${spec.field}.${code}`).value.trim();
      if (value) perLanguage[spec.field][code] = value;
    }
  }
  return {
    keep_history: $("keep_history").checked,
    keep_texts: $("keep_texts").checked,
    history_retention_days: numberOf("history_retention_days"),
    ...perLanguage,
    commitments: {
      revision_rounds: numberOf("commitments.revision_rounds"),
      slot_hold_days: numberOf("commitments.slot_hold_days"),
      response_hours: numberOf("commitments.response_hours"),
      hourly_rate: $("commitments.hourly_rate").value.trim() || null,
    },
    reply_length: $("reply_length").value,
  };
}

function clearErrors() {
  for (const node of document.querySelectorAll(".field-error")) node.textContent = "";
  for (const node of document.querySelectorAll(".invalid")) node.classList.remove("invalid");
}

// A 422's errors, each next to the deepest field its location names.
function showErrors(detail) {
  if (!Array.isArray(detail)) return false;
  let shown = false;
  for (const error of detail) {
    const path = (error.loc || []).filter((part) => part !== "body").map(String);
    for (let end = path.length; end > 0; end -= 1) {
      const key = path.slice(0, end).join(".");
      const slot = document.querySelector(`.field-error[data-for="${CSS.escape(key)}"]`);
      if (slot) {
        slot.textContent = slot.textContent ? `${slot.textContent}; ${error.msg}` : error.msg;
        const input = document.getElementById(key);
        if (input) input.classList.add("invalid");
        shown = true;
        break;
      }
    }
  }
  return shown;
}

async function save(event) {
  event.preventDefault();
  clearErrors();
  const body = collect();
  if (loaded && loaded.keep_texts && !body.keep_texts
      && !window.confirm("שמירה תמחק את כל הטקסטים השמורים של הלקוחות. להמשיך? · Saving erases every stored message text. Continue?")) {
    return;
  }
  $("save").disabled = true;
  setStatus("save-status", "שומר… · Saving…");
  try {
    loaded = await Pages.json("/v1/owner", {
      method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    });
    fill(loaded);
    setStatus("save-status", "נשמר ✓ · Saved");
  } catch (err) {
    const placed = err.status === 422 && showErrors(err.detail);
    setStatus("save-status", placed ? "יש שדות לתקן · Some fields need fixing" : `לא נשמר · Not saved: ${err.message}`, true);
  } finally {
    $("save").disabled = false;
  }
}

async function start() {
  try {
    languages = (await Pages.vocabulary()).languages;
  } catch (_) { /* he and en */ }
  buildLanguageFields();
  try {
    loaded = await Pages.json("/v1/owner");
  } catch (err) {
    setStatus("load-status", `שגיאה · Error: ${err.message}`, true);
    return;
  }
  fill(loaded);
  $("owner-form").hidden = false;
}

$("owner-form").addEventListener("submit", save);
Pages.wireKeyForm();
start();
