// What the client-memory pages share: building elements, calling the API with the access key,
// reading errors, and the type names from GET /v1/vocabulary. Everything from the server or a
// file is inserted with textContent, never as HTML.
"use strict";

const KEY_STORE = "client-classifier-key";

const Pages = {
  $: (id) => document.getElementById(id),

  el(tag, attrs = {}, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  },

  setStatus(id, text, isError = false) {
    const node = Pages.$(id);
    node.textContent = text;
    node.className = isError ? "error" : "muted";
  },

  // The admin key, when the service has one: kept for this browser tab only.
  key() { return sessionStorage.getItem(KEY_STORE) || ""; },
  setKey(value) { sessionStorage.setItem(KEY_STORE, value); },

  // fetch() with the key; a 401 shows the key form (when the page has one) and throws.
  async call(url, options = {}) {
    const headers = new Headers(options.headers || {});
    if (Pages.key()) headers.set("X-API-Key", Pages.key());
    const response = await fetch(url, { ...options, headers });
    if (response.status === 401) {
      const box = Pages.$("key-box");
      if (box) box.hidden = false;
      throw new Error("נדרש מפתח גישה · An access key is needed");
    }
    return response;
  },

  // The JSON of a response; a non-2xx one throws an Error whose message is the server's reason
  // and whose .detail keeps the raw detail (field errors come as a list).
  async read(response) {
    let data = null;
    try { data = await response.json(); } catch (_) { /* no JSON body */ }
    if (!response.ok) {
      let detail = data && data.detail;
      const error = new Error(Array.isArray(detail) ? detail.map((d) => d.msg).join("; ") : (detail || `HTTP ${response.status}`));
      error.detail = detail;
      error.status = response.status;
      throw error;
    }
    return data;
  },

  async json(url, options = {}) {
    return Pages.read(await Pages.call(url, options));
  },

  // Type names by language from the library, and the language codes of the packs.
  async vocabulary() {
    const data = await (await fetch("/v1/vocabulary")).json();
    const names = {};
    for (const label of data.labels) names[label.id] = label.names;
    const languages = data.languages.filter((code) => code !== "mixed" && code !== "other");
    return { names, languages, order: data.labels.map((l) => l.id) };
  },

  wireKeyForm() {
    const form = Pages.$("key-form");
    if (!form) return;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      Pages.setKey(Pages.$("key-input").value.trim());
      window.location.reload();
    });
  },
};
