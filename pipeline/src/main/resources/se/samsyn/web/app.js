"use strict";
(function () {
  const TEXT = window.SAMSYN_TEXT;
  const FACETS = ["principle", "kind", "document", "organisation", "year"];
  const FILTERS = ["principle", "kind", "document", "organisation", "year"];
  let lang = localStorage.getItem("samsyn-lang") === "en" ? "en" : "sv";
  const t = key => TEXT[lang][key];
  const $ = id => document.getElementById(id);
  /** Principle id → {sv, en} names from the codebook; ids stay when the names cannot be had. */
  let principleNames = null;
  /** Document source → the name a reader sees (its title, told apart by file name), as the server sends them. */
  const documentNames = {};

  async function loadPrincipleNames() {
    if (principleNames) return principleNames;
    try {
      const body = await getJson("/api/principles");
      principleNames = Object.fromEntries(body.principles.map(p => [p.id, { sv: p.name_sv, en: p.name_en }]));
    } catch (e) {
      principleNames = {};
    }
    return principleNames;
  }

  /** What a reader sees for a facet value: a principle's or kind's name in the page's language. */
  function display(dim, value) {
    if (dim === "principle") return (principleNames && principleNames[value] && principleNames[value][lang]) || value;
    if (dim === "kind") return t("kind")[value] || value;
    if (dim === "document") return documentNames[value] || value.split(/[\\/]/).pop();
    return value;
  }

  const el = window.samsynElement;

  function svg(tag, attrs, text) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** The server's highlight (escaped text with <mark>) as DOM nodes, built without innerHTML. */
  function highlighted(highlight) {
    const unescape = s => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&amp;/g, "&");
    const parts = highlight.split(/(<mark>|<\/mark>)/);
    const out = el("p", { class: "text" });
    let marked = false;
    for (const part of parts) {
      if (part === "<mark>") marked = true;
      else if (part === "</mark>") marked = false;
      else if (part) out.append(marked ? el("mark", {}, unescape(part)) : document.createTextNode(unescape(part)));
    }
    return out;
  }

  function route() {
    const hash = location.hash.replace(/^#/, "") || "/";
    const [path, query] = hash.split("?");
    return { path, params: new URLSearchParams(query || "") };
  }

  function go(path, params) {
    const query = params ? params.toString() : "";
    location.hash = "#" + path + (query ? "?" + query : "");
  }

  function show(view) {
    for (const id of ["search-view", "statement-view", "overview"]) $(id).hidden = id !== view;
    $("error").hidden = true;
  }

  function fail(message) {
    const box = $("error");
    box.textContent = t("error") + ": " + message;
    box.hidden = false;
  }

  const pause = seconds => new Promise(resolve => setTimeout(resolve, seconds * 1000));

  /** GETs JSON; a 503 (the server is still starting, or busy) is tried again after its Retry-After. */
  async function getJson(url) {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      const body = await response.json().catch(() => ({ error: response.statusText }));
      if (response.status === 503 && attempt < 5) {
        await pause(Number(response.headers.get("Retry-After")) || 2);
        continue;
      }
      if (!response.ok) throw new Error(body.error || response.statusText);
      return body;
    }
  }

  function apiParams(params) {
    const api = new URLSearchParams();
    api.set("q", params.get("q") || "");
    for (const name of ["principle", "kind", "document", "organisation", "page"]) {
      if (params.get(name)) api.set(name, params.get(name));
    }
    const year = params.get("year");
    if (year) {
      api.set("from", year + "-01-01");
      api.set("to", year + "-12-31");
    }
    return api;
  }

  /** "page 3" as the reader's language says it ("sida 3"); the index writes page, slide, line or row. */
  function place(location) {
    const [kind, number] = (location || "").split(" ");
    const name = t("place")[kind];
    return name && number ? name + " " + number : location;
  }

  /** A link to the statement's source file: a PDF opens at its page, other files download beside their place. */
  function sourceLink(s) {
    const href = "/api/documents/" + encodeURIComponent(s.document_id) + "/source";
    const [kind, number] = (s.location || "").split(" ");
    if (/\.pdf$/i.test(s.source) && kind === "page" && /^[0-9]+$/.test(number)) {
      return el("span", { class: "source" }, el("a", { href: href + "#page=" + number, target: "_blank", rel: "noopener" },
        t("openSourceAt")(place(s.location))));
    }
    return el("span", { class: "source" }, el("a", { href, target: "_blank", rel: "noopener" }, t("openSource")),
      s.location ? " (" + place(s.location) + ")" : "");
  }

  function meta(hit) {
    const parts = [];
    const add = (cls, value, label) => { if (value) parts.push(el("span", { class: cls, title: label }, value)); };
    add("title", documentNames[hit.source] || hit.title || hit.source, t("source"));
    add("section", hit.section, t("section"));
    add("location", place(hit.location), t("location"));
    add("date", hit.date, t("date"));
    add("kind", display("kind", hit.kind), t("kindLabel"));
    add("speaker", hit.speaker, t("speaker"));
    parts.push(sourceLink(hit));
    return el("div", { class: "meta" }, ...parts);
  }

  function chips(principles, params) {
    return el("div", { class: "chips" }, ...principles.map(p => el("button", {
      type: "button", class: "chip", "data-principle": p,
      onclick: () => { const next = new URLSearchParams(params); next.set("principle", p); next.delete("page"); go("/", next); }
    }, display("principle", p))));
  }

  async function search(params) {
    show("search-view");
    const q = params.get("q") || "";
    $("q").value = q;
    for (const id of ["results", "facets", "pager", "summary", "active-filters"]) $(id).replaceChildren();
    $("export").hidden = true;
    if (!q.trim()) return;
    let result;
    try {
      [result] = await Promise.all([getJson("/api/search?" + apiParams(params)), loadPrincipleNames()]);
    } catch (e) {
      fail(e.message);
      return;
    }
    Object.assign(documentNames, result.document_names || {});
    $("summary").textContent = result.total ? t("results")(result.total, q) : t("noResults")(q);
    if (result.did_you_mean) {
      const corrected = new URLSearchParams(params);
      corrected.set("q", result.did_you_mean);
      corrected.delete("page");
      $("summary").append(" ", el("span", { id: "did-you-mean" }, t("didYouMean") + " ",
        el("a", { href: "#/?" + corrected }, result.did_you_mean), "?"));
    }
    renderFilters(params);
    renderFacets(result.facets, params);
    $("results").replaceChildren(...result.hits.map(hit => el("li", { class: "hit", "data-id": hit.statement_id },
      highlighted(hit.highlight), meta(hit), chips(hit.principles, params),
      el("a", { class: "open", href: "#/statement/" + encodeURIComponent(hit.statement_id) }, t("open")))));
    renderPager(result, params);
    const exportParams = apiParams(params);
    exportParams.delete("page");
    const link = $("export");
    link.href = "/api/export.csv?" + exportParams;
    link.setAttribute("download", "samsyn-search.csv");
    link.textContent = t("export");
    link.hidden = result.total === 0;
  }

  function renderFilters(params) {
    const active = FILTERS.filter(name => params.get(name));
    $("active-filters").replaceChildren(...active.map(name => el("button", {
      type: "button", class: "filter", title: t("removeFilter"),
      onclick: () => { const next = new URLSearchParams(params); next.delete(name); next.delete("page"); go("/", next); }
    }, t("facet_" + name) + ": " + display(name, params.get(name)) + " ✕")));
  }

  function renderFacets(facets, params) {
    const blocks = FACETS.filter(dim => facets[dim] && Object.keys(facets[dim]).length).map(dim =>
      el("div", { class: "facet", "data-dim": dim }, el("h3", {}, t("facet_" + dim)),
        el("ul", {}, ...Object.entries(facets[dim]).map(([value, count]) => el("li", {},
          el("button", {
            type: "button", class: params.get(dim) === value ? "selected" : "", "data-value": value,
            onclick: () => { const next = new URLSearchParams(params); next.set(dim, value); next.delete("page"); go("/", next); }
          }, el("span", { class: "value", title: value }, display(dim, value)),
          el("span", { class: "count" }, String(count))))))));
    $("facets").replaceChildren(...blocks);
  }

  function renderPager(result, params) {
    if (result.pages <= 1) return;
    const to = page => () => { const next = new URLSearchParams(params); next.set("page", String(page)); go("/", next); };
    $("pager").replaceChildren(
      el("button", Object.assign({ type: "button", id: "previous", onclick: to(result.page - 1) }, result.page <= 1 ? { disabled: "" } : {}), t("previous")),
      el("span", { id: "page" }, t("page")(result.page, result.pages)),
      el("button", Object.assign({ type: "button", id: "next", onclick: to(result.page + 1) }, result.page >= result.pages ? { disabled: "" } : {}), t("next")));
  }

  async function statement(id) {
    show("statement-view");
    const view = $("statement-view");
    view.replaceChildren();
    let body;
    try {
      [body] = await Promise.all([getJson("/api/statements/" + encodeURIComponent(id)), loadPrincipleNames()]);
    } catch (e) {
      fail(e.message);
      return;
    }
    const item = (s, current) => el("li", { class: "statement" + (current ? " current" : ""), "data-id": s.statement_id },
      el("p", { class: "text" }, s.text), meta(s), chips(s.principles, new URLSearchParams()));
    const s = body.statement;
    view.replaceChildren(
      el("a", { id: "back", href: "#", onclick: e => { e.preventDefault(); history.back(); } }, t("back")),
      el("h2", {}, t("contextTitle")),
      el("p", { class: "meta" }, s.title || s.source, " · ", s.source, s.organisation ? " · " + s.organisation : "", " · ",
        t("position")(body.position, body.statements_in_document)),
      el("ol", { class: "context" }, ...body.before.map(b => item(b, false)), item(s, true), ...body.after.map(a => item(a, false))));
  }

  function barChart(id, title, counts, dim) {
    const entries = Object.entries(counts).map(([value, count]) => [display(dim, value), count]);
    const max = Math.max(1, ...entries.map(e => e[1]));
    const row = 24, label = 300, width = 900;
    const chart = svg("svg", { viewBox: `0 0 ${width} ${Math.max(row, entries.length * row)}`, role: "img", "aria-label": title });
    entries.forEach(([name, count], i) => {
      const y = i * row;
      const short = name.length > 45 ? name.slice(0, 44) + "…" : name;
      const text = svg("text", { x: 0, y: y + 16 }, short);
      text.append(svg("title", {}, name));
      chart.append(text);
      chart.append(svg("rect", { x: label, y: y + 4, height: row - 8, width: Math.max(1, (width - label - 60) * count / max) }));
      chart.append(svg("text", { x: label + (width - label - 60) * count / max + 6, y: y + 16 }, String(count)));
    });
    return el("div", { class: "chart", id }, el("h3", {}, title), chart);
  }

  async function overview() {
    show("overview");
    const view = $("overview");
    view.replaceChildren();
    let body, themes;
    try {
      [body, themes] = await Promise.all([getJson("/api/overview"), getJson("/api/themes"), loadPrincipleNames()]);
    } catch (e) {
      fail(e.message);
      return;
    }
    Object.assign(documentNames, body.document_names || {});
    const themeList = themes.themes.length
      ? el("ul", {}, ...themes.themes.map(theme => el("li", {}, Object.values(theme).join(" · "))))
      : el("p", {}, t("noThemes"));
    view.replaceChildren(el("h2", {}, t("overviewTitle")), el("p", {}, t("total")(body.total)),
      barChart("chart-principle", t("perPrinciple"), body.facets.principle || {}, "principle"),
      barChart("chart-document", t("perDocument"), body.facets.document || {}, "document"),
      el("div", { class: "chart", id: "themes" }, el("h3", {}, t("themes")), themeList));
  }

  function translate() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    $("q").placeholder = t("placeholder");
    $("lang").textContent = t("switchLanguage");
  }

  function render() {
    if (!location.hash && location.search) {
      // A shared link such as /?q=oberoende opens the same search as /#/?q=oberoende.
      history.replaceState(null, "", location.pathname + "#/?" + location.search.slice(1));
    }
    translate();
    const { path, params } = route();
    if (path.startsWith("/statement/")) statement(decodeURIComponent(path.slice("/statement/".length)));
    else if (path === "/overview") overview();
    else search(params);
  }

  $("search-form").addEventListener("submit", event => {
    event.preventDefault();
    const { params } = route();
    const next = new URLSearchParams();
    next.set("q", $("q").value);
    for (const name of FILTERS) if (params.get(name) && route().path === "/") next.set(name, params.get(name));
    const before = location.hash;
    go("/", next);
    if (location.hash === before) render();
  });
  $("lang").addEventListener("click", () => {
    lang = lang === "sv" ? "en" : "sv";
    localStorage.setItem("samsyn-lang", lang);
    render();
  });
  window.addEventListener("hashchange", render);
  render();
})();
