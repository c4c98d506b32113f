// The search page served at /: one file of HTML, CSS and script that calls
// /search and draws hits with their highlights, quotes with speakers, and
// facets whose values narrow the search when clicked. The search is kept in
// the page's address (?q=...&sort=...&page=...&mode=...; a facet chosen is
// part of q), one history entry a search: a results page can be bookmarked,
// shared and reloaded, and back and forward go through earlier searches.
#include "routes.h"

namespace web {
namespace {

constexpr const char* kPage = R"PAGE(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsarchive search</title>
<style>
  body { font: 16px/1.45 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
  header { background: #16324f; color: #fff; padding: 14px 24px; }
  header h1 { font-size: 20px; margin: 0 0 10px; font-weight: 600; }
  form { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
  #q { flex: 1 1 360px; font-size: 17px; padding: 8px 10px; border: 0; border-radius: 4px; }
  select, button { font-size: 15px; padding: 7px 10px; border-radius: 4px; border: 0; }
  label { font-size: 14px; }
  main { display: flex; gap: 28px; padding: 18px 24px; }
  #results { flex: 1; max-width: 820px; }
  aside { width: 260px; font-size: 14px; }
  #summary { color: #555; margin-bottom: 12px; }
  #error { color: #a30000; font-weight: 600; }
  .hit { background: #fff; border: 1px solid #e3e3e3; border-radius: 6px; padding: 12px 16px;
         margin-bottom: 12px; }
  .hit h2 { font-size: 18px; margin: 0 0 4px; }
  .meta { color: #666; font-size: 13px; margin-bottom: 6px; }
  .snippet { margin: 4px 0; }
  mark { background: #ffe27a; padding: 0 1px; }
  .quote { border-left: 3px solid #16324f; padding-left: 10px; margin: 6px 0; font-style: italic; }
  .speaker { font-style: normal; color: #444; font-size: 14px; }
  .facet h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #555;
              margin: 14px 0 4px; }
  .facet a { display: block; color: #16324f; text-decoration: none; padding: 1px 0; cursor: pointer; }
  .facet a:hover { text-decoration: underline; }
  .pages { display: flex; gap: 10px; margin-top: 8px; }
  #suggestion a { color: #16324f; font-weight: 600; }
</style>
</head>
<body>
<header>
  <h1>newsarchive</h1>
  <form id="search">
    <input id="q" name="q" type="search" placeholder="words, &quot;a phrase&quot;, speaker:name, date:2024..."
           autocomplete="off" autofocus>
    <select id="sort" aria-label="sort">
      <option value="relevance">relevance</option>
      <option value="newest">newest</option>
      <option value="oldest">oldest</option>
    </select>
    <label><input id="quotes" type="checkbox"> quotes</label>
    <button type="submit">Search</button>
  </form>
</header>
<main>
  <section id="results">
    <div id="error"></div>
    <div id="suggestion"></div>
    <div id="summary"></div>
    <div id="hits"></div>
    <div class="pages"><button id="prev" hidden>previous</button><button id="next" hidden>next</button></div>
  </section>
  <aside id="facets"></aside>
</main>
<script>
"use strict";
const FACETS = "person,org,place,source,year";
const PER_PAGE = 10;
let page = 1;

// Highlights are byte offsets into UTF-8 text: cut the bytes, not the string.
function highlighted(text, highlights) {
  const span = document.createElement("span");
  const bytes = new TextEncoder().encode(text);
  const decode = (a, b) => new TextDecoder().decode(bytes.subarray(a, b));
  let at = 0;
  for (const [begin, end] of highlights || []) {
    if (begin < at) continue;
    span.append(decode(at, begin));
    const mark = document.createElement("mark");
    mark.textContent = decode(begin, end);
    span.append(mark);
    at = end;
  }
  span.append(decode(at, bytes.length));
  return span;
}

function element(tag, className, content) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (content !== undefined) e.append(content);
  return e;
}

function drawHit(hit) {
  const div = element("div", "hit");
  const headline = hit.snippets && hit.snippets.headline;
  const title = element("h2");
  title.append(headline ? highlighted(headline.text, headline.highlights) : hit.headline || hit.id);
  div.append(title);
  const meta = [hit.date, hit.source, hit.id].filter(Boolean).join(" · ");
  div.append(element("div", "meta", meta + (hit.copies ? ` · +${hit.copies} more ${hit.copies > 1 ? "copies" : "copy"}` : "")));
  for (const [field, snippet] of Object.entries(hit.snippets || {})) {
    if (field === "headline") continue;
    div.append(element("div", "snippet", highlighted(snippet.text, snippet.highlights)));
  }
  for (const quote of hit.quotes || []) {
    const q = element("div", "quote", highlighted("\u201c" + quote.text + "\u201d",
        (quote.highlights || []).map(([b, e]) => [b + 3, e + 3])));
    q.append(element("div", "speaker", "\u2014 " + (quote.speaker || quote.speaker_mention || "unattributed")));
    div.append(q);
  }
  return div;
}

// The search the form shows, as the address's parameters.
function formState() {
  const q = document.getElementById("q").value;
  return new URLSearchParams({
    q, sort: document.getElementById("sort").value, page: String(page),
    mode: document.getElementById("quotes").checked ? "quotes" : "articles",
  });
}

// Fills the form from the address's parameters (a reload, a shared link,
// back or forward).
function showState(params) {
  document.getElementById("q").value = params.get("q") || "";
  const sort = params.get("sort");
  document.getElementById("sort").value =
      ["relevance", "newest", "oldest"].includes(sort) ? sort : "relevance";
  document.getElementById("quotes").checked = params.get("mode") === "quotes";
  const n = parseInt(params.get("page") || "1", 10);
  page = Number.isInteger(n) && n >= 1 ? n : 1;
}

// A new search from the user: a history entry of its own, then the results.
function search() {
  const state = formState();
  if (!state.get("q").trim()) return;
  if ("?" + state.toString() !== location.search) history.pushState(null, "", "?" + state);
  run();
}

function drawFacets(facets) {
  const aside = document.getElementById("facets");
  aside.replaceChildren();
  for (const [field, values] of Object.entries(facets || {})) {
    if (!values.length) continue;
    const box = element("div", "facet");
    box.append(element("h3", "", field));
    for (const v of values) {
      const a = element("a", "", `${v.value} (${v.count})`);
      a.addEventListener("click", () => {
        const q = document.getElementById("q");
        q.value = `${q.value} ${field}:="${v.value.replace(/"/g, "")}"`.trim();
        page = 1;
        search();
      });
      box.append(a);
    }
    aside.append(box);
  }
}

function drawSuggestion(corrected) {
  const box = document.getElementById("suggestion");
  box.replaceChildren();
  if (!corrected) return;
  const state = formState();
  state.set("q", corrected);
  state.set("page", "1");
  const a = element("a", "", corrected);
  a.href = "?" + state;
  a.addEventListener("click", e => {
    e.preventDefault();
    document.getElementById("q").value = corrected;
    page = 1;
    search();
  });
  box.append("Did you mean ", a, "?");
}

// The results of the search the form shows.
async function run() {
  const q = document.getElementById("q").value;
  const error = document.getElementById("error");
  error.textContent = "";
  if (!q.trim()) {  // back to the page before any search
    for (const id of ["hits", "summary", "suggestion", "facets"])
      document.getElementById(id).replaceChildren();
    document.getElementById("prev").hidden = document.getElementById("next").hidden = true;
    return;
  }
  const shown = formState().toString();
  const params = new URLSearchParams(shown);
  params.set("per_page", PER_PAGE);
  params.set("count", "exact");
  params.set("facets", params.get("mode") === "quotes" ? "speaker,year" : FACETS);
  let body;
  try {
    const response = await fetch("/search?" + params);
    body = await response.json();
  } catch (e) {
    error.textContent = "The server did not answer: " + e;
    return;
  }
  // A later search may have been asked for meanwhile: draw only the last.
  if (formState().toString() !== shown) return;
  const hits = document.getElementById("hits");
  hits.replaceChildren();
  if (body.error) {
    error.textContent = body.error.message;
    document.getElementById("summary").textContent = "";
    drawSuggestion(null);
    drawFacets({});
    return;
  }
  const first = body.offset + 1, last = body.offset + body.hits.length;
  document.getElementById("summary").textContent = body.hits.length
      ? `${first}\u2013${last} of ${body.estimated_total} (${body.elapsed_ms.toFixed(1)} ms)`
      : "No matches.";
  for (const hit of body.hits) hits.append(drawHit(hit));
  drawSuggestion(body.corrected_query);
  drawFacets(body.facets);
  document.getElementById("prev").hidden = page <= 1;
  document.getElementById("next").hidden = last >= body.estimated_total;
}

document.getElementById("search").addEventListener("submit", e => { e.preventDefault(); page = 1; search(); });
document.getElementById("prev").addEventListener("click", () => { page--; search(); });
document.getElementById("next").addEventListener("click", () => { page++; search(); });
document.getElementById("sort").addEventListener("change", () => { page = 1; search(); });
document.getElementById("quotes").addEventListener("change", () => { page = 1; search(); });
// Back and forward, and a page opened or reloaded with a search in its address.
window.addEventListener("popstate", () => { showState(new URLSearchParams(location.search)); run(); });
showState(new URLSearchParams(location.search));
run();
</script>
</body>
</html>
)PAGE";

}  // namespace

Reply page() { return {200, "text/html; charset=utf-8", kPage}; }

}  // namespace web
