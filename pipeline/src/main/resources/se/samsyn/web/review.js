"use strict";
(function () {
  const TEXT = {
    sv: {
      navSearch: "Sök", navOverview: "Översikt", navReview: "Granska", principle: "Princip", document: "Dokument",
      method: "Metod", reviewer: "Granskare", all: "alla", other: "övrigt", classifier: "klassificerare", human: "granskad",
      keys: "Tangenter: 1–9 och 0 väljer principer · Enter godkänner/sparar · o övrigt · s hoppa över · ←/→ föregående/nästa",
      progress: (r, n, c) => "Granskade " + r + " av " + n + " · " + c + " ändrade modellens svar",
      position: (p, n) => "Uttalande " + p + " av " + n + " i kön",
      suggested: "Förslag", score: "poäng", margin: "marginal", evidence: "belägg", none: "inget (övrigt)",
      accept: "Godkänn (Enter)", markOther: "Övrigt (o)", skip: "Hoppa över (s)", coded: by => "Kodad" + (by ? " av " + by : ""),
      empty: "Inga uttalanden att granska med dessa filter.",
      noQueue: "Körningen har ingen granskningskö (den gjordes före granskningen fanns): kör ./samsyn regroup på dess mapp.", openSource: "Öppna källfilen", error: "Fel",
      context: "Sammanhang", place: { page: "sida", slide: "bild", line: "rad", row: "rad" }
    },
    en: {
      navSearch: "Search", navOverview: "Overview", navReview: "Review", principle: "Principle", document: "Document",
      method: "Method", reviewer: "Reviewer", all: "all", other: "other", classifier: "classifier", human: "reviewed",
      keys: "Keys: 1–9 and 0 pick principles · Enter accepts/saves · o other · s skip · ←/→ previous/next",
      progress: (r, n, c) => "Reviewed " + r + " of " + n + " · " + c + " changed the model's answer",
      position: (p, n) => "Statement " + p + " of " + n + " in the queue",
      suggested: "Suggested", score: "score", margin: "margin", evidence: "evidence", none: "none (other)",
      accept: "Accept (Enter)", markOther: "Other (o)", skip: "Skip (s)", coded: by => "Coded" + (by ? " by " + by : ""),
      empty: "No statements to review with these filters.",
      noQueue: "The run has no review queue (it was made before review existed): run ./samsyn regroup on its folder.", openSource: "Open the source file", error: "Error",
      context: "Context", place: { page: "page", slide: "slide", line: "line", row: "row" }
    }
  };
  const lang = localStorage.getItem("samsyn-lang") === "en" ? "en" : "sv";
  const t = key => TEXT[lang][key];
  const $ = id => document.getElementById(id);
  const state = { items: [], codebook: [], at: 0, selected: new Set(), saving: false };

  const hashToken = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  if (hashToken) {
    sessionStorage.setItem("samsyn-token", hashToken);
    history.replaceState(null, "", location.pathname + location.search);
  }

  const el = window.samsynElement;

  function fail(message) {
    $("error").textContent = t("error") + ": " + message;
    $("error").hidden = false;
  }

  async function request(url, options) {
    const response = await fetch(url, Object.assign({ headers: { Accept: "application/json" } }, options));
    const body = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function filters() {
    const params = new URLSearchParams(location.search);
    return { principle: params.get("principle") || "", document: params.get("document") || "", method: params.get("method") || "" };
  }

  function options(select, values, chosen) {
    select.replaceChildren(el("option", { value: "" }, t("all")), ...values.map(([value, label]) =>
      el("option", Object.assign({ value }, value === chosen ? { selected: "" } : {}), label)));
  }

  async function load() {
    const f = filters();
    let queue, overview;
    try {
      [queue, overview] = await Promise.all([request("/api/review/queue?" + new URLSearchParams(f)), request("/api/overview")]);
    } catch (e) {
      fail(e.message);
      return;
    }
    state.items = queue.items;
    state.queueWritten = queue.queue_written;
    state.codebook = queue.codebook;
    state.at = Math.max(0, state.items.findIndex(item => !item.coding));
    if (state.at < 0 || !state.items.length) state.at = 0;
    options($("f-principle"), queue.codebook.map(p => [p.id, p[lang]]).concat([["other", t("other")]]), f.principle);
    options($("f-document"), Object.keys((overview.facets || {}).document || {}).map(d => [d, d.split(/[\\/]/).pop()]), f.document);
    options($("f-method"), [["classifier", t("classifier")], ["human", t("human")]], f.method);
    show();
  }

  function progress() {
    const reviewed = state.items.filter(item => item.coding).length;
    const changed = state.items.filter(item => item.coding && item.method !== "human"
      && !sameSet(item.principles, item.coding.principles)).length;
    $("progress").textContent = t("progress")(reviewed, state.items.length, changed);
  }

  /** "line 3" as the reader's language says it ("rad 3"). */
  function place(location) {
    const [kind, number] = (location || "").split(" ");
    return t("place")[kind] && number ? t("place")[kind] + " " + number : location;
  }

  const sameSet = (a, b) => a.length === b.length && a.every(x => b.includes(x));

  async function show() {
    progress();
    const card = $("card");
    const item = state.items[state.at];
    if (!item) {
      card.className = "";
      card.replaceChildren(el("p", {}, t(state.queueWritten === false ? "noQueue" : "empty")));
      return;
    }
    state.selected = new Set(item.coding ? item.coding.principles : item.principles);
    card.className = item.coding ? "coded" : "";
    card.dataset.id = item.statement_id;
    const context = el("ol", { class: "context", "aria-label": t("context") });
    card.replaceChildren(...[
      el("p", { class: "meta" }, t("position")(state.at + 1, state.items.length), " · ", item.title || item.source,
        item.section ? " · " + item.section : "", item.location ? " · " + place(item.location) : "", " · ",
        el("a", { href: "/api/documents/" + encodeURIComponent(item.document_id) + "/source", target: "_blank", rel: "noopener" }, t("openSource"))),
      el("p", { class: "text" }, item.text),
      el("p", { class: "suggestion" }, t("suggested") + ": ",
        item.principles.length ? item.principles.join(", ") : t("none"),
        " · " + t("score") + " " + item.principle_score.toFixed(2) + " · " + t("margin") + " " + item.margin.toFixed(2)
        + " · " + t("method") + " " + t(item.method === "human" ? "human" : "classifier"),
        item.evidence ? " · " + t("evidence") + ": " + item.evidence : ""),
      el("div", { class: "principles" }, ...state.codebook.map((p, i) => el("button", {
        type: "button", class: "principle" + (state.selected.has(p.id) ? " selected" : ""), "data-id": p.id,
        onclick: () => toggle(p.id)
      }, i < 10 ? el("span", { class: "key" }, String((i + 1) % 10)) : null, p[lang]))),
      el("div", { class: "actions" },
        el("button", { type: "button", id: "accept", onclick: () => save([...state.selected]) }, t("accept")),
        el("button", { type: "button", id: "other", onclick: () => save([]) }, t("markOther")),
        el("button", { type: "button", id: "skip", onclick: () => move(1) }, t("skip"))),
      item.coding ? el("p", { class: "status" }, t("coded")(item.coding.reviewer) + ": "
        + (item.coding.principles.length ? item.coding.principles.join(", ") : t("other"))) : null,
      el("h3", {}, t("context")), context].filter(Boolean));
    try {
      const body = await request("/api/statements/" + encodeURIComponent(item.statement_id) + "?around=2");
      if (state.items[state.at] === item) {
        context.replaceChildren(...body.before.map(s => el("li", {}, s.text)),
          el("li", { class: "here" }, "▸ " + item.text), ...body.after.map(s => el("li", {}, s.text)));
      }
    } catch (e) {
      fail(e.message);
    }
  }

  function toggle(id) {
    if (state.selected.has(id)) state.selected.delete(id); else state.selected.add(id);
    for (const button of document.querySelectorAll(".principle")) {
      button.classList.toggle("selected", state.selected.has(button.dataset.id));
    }
  }

  function move(step) {
    if (!state.items.length) return;
    state.at = Math.min(state.items.length - 1, Math.max(0, state.at + step));
    show();
  }

  async function save(principles) {
    const item = state.items[state.at];
    if (!item || state.saving) return;
    state.saving = true;
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    const token = sessionStorage.getItem("samsyn-token");
    if (token) headers["X-Samsyn-Token"] = token;
    try {
      const body = await request("/api/review/codings", { method: "POST", headers,
        body: JSON.stringify({ statement_id: item.statement_id, principles, reviewer: $("reviewer").value.trim() }) });
      item.coding = body.coding;
      $("error").hidden = true;
      if (state.at < state.items.length - 1) state.at++;
      show();
    } catch (e) {
      fail(e.message);
    } finally {
      state.saving = false;
    }
  }

  document.addEventListener("keydown", event => {
    const target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if (/^[0-9]$/.test(key)) {
      const p = state.codebook[(Number(key) + 9) % 10];
      if (p) toggle(p.id);
    } else if (key === "Enter") save([...state.selected]);
    else if (key === "o") save([]);
    else if (key === "s" || key === "ArrowRight" || key === "ArrowDown") move(1);
    else if (key === "ArrowLeft" || key === "ArrowUp") move(-1);
    else return;
    event.preventDefault();
  });

  for (const id of ["f-principle", "f-document", "f-method"]) {
    $(id).addEventListener("change", () => {
      const params = new URLSearchParams();
      for (const [name, select] of [["principle", "f-principle"], ["document", "f-document"], ["method", "f-method"]]) {
        if ($(select).value) params.set(name, $(select).value);
      }
      location.search = params.toString();
    });
  }
  $("reviewer").value = localStorage.getItem("samsyn-reviewer") || "";
  $("reviewer").addEventListener("change", () => localStorage.setItem("samsyn-reviewer", $("reviewer").value.trim()));
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  load();
})();
