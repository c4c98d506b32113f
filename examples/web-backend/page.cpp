// The search page served at /: one file of HTML, CSS and script that calls
// /search and draws hits with their highlights, quotes with speakers and
// where each quote first appeared, a timeline of the matches whose bars
// narrow the search to their period when clicked, and facets whose values
// narrow it too. The search is kept in the page's address
// (?q=...&sort=...&page=...&mode=...&timeline=...; a facet or period chosen
// is part of q), one history entry a search: a results page can be
// bookmarked, shared and reloaded, and back and forward go through earlier
// searches. Nothing is loaded from elsewhere, and text from the index is
// only ever set as text, never parsed as HTML.
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
  #timeline { margin: 0 0 14px; }
  #timeline svg { display: block; width: 100%; height: 60px; }
  #timeline line { stroke: #bbb; }
  #timeline .bar { fill: #5b7fa6; cursor: pointer; outline: none; }
  #timeline .bar:hover, #timeline .bar:focus-visible { fill: #16324f; }
  #timeline .bar:focus-visible { stroke: #e0a100; stroke-width: 2px; }
  #timeline .axis { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: #666; }
  .provenance { color: #555; font-size: 13px; margin: 2px 0 4px 13px; }
  .disagree { color: #8a4b00; font-weight: 600; }
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
    <select id="timeline-interval" aria-label="timeline interval">
      <option value="day">by day</option>
      <option value="week">by week</option>
      <option value="month" selected>by month</option>
      <option value="year">by year</option>
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
    <figure id="timeline" hidden></figure>
    <div id="hits"></div>
    <div class="pages"><button id="prev" hidden>previous</button><button id="next" hidden>next</button></div>
  </section>
  <aside id="facets"></aside>
</main>
<script>
"use strict";
const FACETS = "person,org,place,source,year";
const PER_PAGE = 10;
const INTERVALS = ["day", "week", "month", "year"];
let page = 1;
// The date: range a click on the timeline added to q, while q still holds it:
// the next click replaces it rather than adding another. Kept in the history
// entry, so that back, forward and a reload remember it; a range the user
// typed is never replaced (a period may reach past it).
let addedRange = "";

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

function plural(n, one, many) { return `${n} ${n === 1 ? one : many}`; }

// Where a quote first appeared, who carried it, and whether they agree on
// who said it.
function drawProvenance(p) {
  const box = element("div", "provenance");
  const first = element("span", "", `first: ${p.first.date || "undated"} ${p.first.source}`.trim());
  if (p.first.headline) first.title = p.first.headline;
  box.append(first, ` \u00b7 carried by ${plural(p.articles, "article", "articles")}, ` +
             `${plural(p.sources, "source", "sources")} \u00b7 last: ${p.last.date || "undated"}`);
  if (p.speakers_disagree) {
    box.append(element("div", "disagree", "The carriers disagree on the speaker: " +
        p.speakers.map(s => `${s.value} (${s.count})`).join(", ")));
  }
  return box;
}

function drawHit(hit) {
  const div = element("div", "hit");
  const headline = hit.snippets && hit.snippets.headline;
  const title = element("h2");
  title.append(headline ? highlighted(headline.text, headline.highlights) : hit.headline || hit.id);
  div.append(title);
  const meta = element("div", "meta");
  if (hit.date) {
    const time = element("time", "", hit.date);
    time.dateTime = hit.date;
    meta.append(time);
  }
  for (const part of [hit.source, hit.id].filter(Boolean))
    meta.append(meta.childNodes.length ? " · " + part : part);
  if (hit.copies) meta.append(` · +${hit.copies} more ${hit.copies > 1 ? "copies" : "copy"}`);
  div.append(meta);
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
  if (hit.provenance) div.append(drawProvenance(hit.provenance));
  return div;
}

// The search the form shows, as the address's parameters.
function formState() {
  const q = document.getElementById("q").value;
  return new URLSearchParams({
    q, sort: document.getElementById("sort").value, page: String(page),
    mode: document.getElementById("quotes").checked ? "quotes" : "articles",
    timeline: document.getElementById("timeline-interval").value,
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
  const interval = params.get("timeline");
  document.getElementById("timeline-interval").value = INTERVALS.includes(interval) ? interval : "month";
  addedRange = (history.state && history.state.range) || "";
  const n = parseInt(params.get("page") || "1", 10);
  page = Number.isInteger(n) && n >= 1 ? n : 1;
}

// A new search from the user: a history entry of its own, then the results.
function search() {
  const state = formState();
  if (!state.get("q").trim()) return;
  if (tokenAt(state.get("q"), addedRange) < 0) addedRange = "";
  const entry = { range: addedRange };
  if ("?" + state.toString() !== location.search) history.pushState(entry, "", "?" + state);
  else history.replaceState(entry, "", location.search);
  run();
}

// Where `token` stands in `text` as a word of its own (between spaces or the
// ends), the last place if several; -1 if nowhere.
function tokenAt(text, token) {
  if (!token) return -1;
  for (let i = text.lastIndexOf(token); i >= 0; i = i ? text.lastIndexOf(token, i - 1) : -1) {
    const end = i + token.length;
    if ((i === 0 || /\s/.test(text[i - 1])) && (end === text.length || /\s/.test(text[end]))) return i;
  }
  return -1;
}

// Narrows the search to a period of the timeline: its range of days joins
// the query, in place of a range an earlier click added.
function narrowTo(period) {
  const box = document.getElementById("q");
  let q = box.value;
  const at = tokenAt(q, addedRange);
  if (at >= 0) q = q.slice(0, at).trimEnd() + " " + q.slice(at + addedRange.length).trimStart();
  addedRange = `date:${period.first}..${period.last}`;
  box.value = `${q.trim()} ${addedRange}`.trim();
  page = 1;
  search();
}

// The matches per period as bars on a time axis (SVG, as wide as the
// results): a bar for each period with matches, as tall as its count, at
// its place among all the periods (those without matches are gaps). A bar
// is a button that narrows the search to its period. With more periods than
// the chart has pixels, bars overlap: a longer interval draws them apart.
const SVG = "http://www.w3.org/2000/svg";
function drawTimeline(timeline) {
  const figure = document.getElementById("timeline");
  figure.replaceChildren();
  figure.hidden = !timeline || !timeline.periods.length;
  if (figure.hidden) return;
  const periods = timeline.periods;
  const width = figure.clientWidth || 800, height = 60, step = width / periods.length;
  const most = periods.reduce((m, p) => Math.max(m, p.count), 1);
  const chart = document.createElementNS(SVG, "svg");
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  chart.setAttribute("preserveAspectRatio", "none");
  chart.setAttribute("role", "group");
  chart.setAttribute("aria-label", `matches per ${timeline.interval}`);
  const axis = document.createElementNS(SVG, "line");
  for (const [name, value] of [["x1", 0], ["x2", width], ["y1", height - 0.5], ["y2", height - 0.5]])
    axis.setAttribute(name, value);
  chart.append(axis);
  periods.forEach((p, i) => {
    if (!p.count) return;
    const tall = Math.max(3, Math.round(height * p.count / most));
    const bar = document.createElementNS(SVG, "rect");
    bar.setAttribute("class", "bar");
    const wide = Math.min(40, Math.max(2, step > 4 ? step - 1 : step));
    bar.setAttribute("x", i * step + (step - wide) / 2);
    bar.setAttribute("width", wide);
    bar.setAttribute("y", height - tall);
    bar.setAttribute("height", tall);
    bar.setAttribute("role", "button");
    bar.setAttribute("tabindex", "0");
    bar.setAttribute("aria-label", `${p.label}: ${plural(p.count, "match", "matches")}; narrow the search to it`);
    bar.dataset.index = i;
    bar.dataset.first = p.first;
    bar.dataset.last = p.last;
    const title = document.createElementNS(SVG, "title");
    title.textContent = `${p.label}: ${p.count}` + (p.top && p.top.length
        ? "\n" + p.top.map(v => `${v.value} (${v.count})`).join(", ") : "");
    bar.append(title);
    chart.append(bar);
  });
  const chosen = e => {
    const bar = e.target.closest(".bar");
    return bar ? periods[Number(bar.dataset.index)] : null;
  };
  chart.addEventListener("click", e => { const p = chosen(e); if (p) narrowTo(p); });
  chart.addEventListener("keydown", e => {
    const p = (e.key === "Enter" || e.key === " ") && chosen(e);
    if (p) { e.preventDefault(); narrowTo(p); }
  });
  const caption = element("figcaption", "axis");
  caption.append(element("span", "", periods[0].label),
                 element("span", "", `most in a ${timeline.interval}: ${most}` +
                     (timeline.undated ? ` \u00b7 ${timeline.undated} undated` : "")),
                 element("span", "", periods.length > 1 ? periods[periods.length - 1].label : ""));
  figure.append(chart, caption);
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
    drawTimeline(null);
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
    drawTimeline(null);
    return;
  }
  const first = body.offset + 1, last = body.offset + body.hits.length;
  document.getElementById("summary").textContent = body.hits.length
      ? `${first}\u2013${last} of ${body.estimated_total} (${body.elapsed_ms.toFixed(1)} ms)`
      : "No matches.";
  for (const hit of body.hits) hits.append(drawHit(hit));
  drawSuggestion(body.corrected_query);
  drawFacets(body.facets);
  drawTimeline(body.timeline);
  document.getElementById("prev").hidden = page <= 1;
  document.getElementById("next").hidden = last >= body.estimated_total;
}

document.getElementById("search").addEventListener("submit", e => { e.preventDefault(); page = 1; search(); });
document.getElementById("prev").addEventListener("click", () => { page--; search(); });
document.getElementById("next").addEventListener("click", () => { page++; search(); });
document.getElementById("sort").addEventListener("change", () => { page = 1; search(); });
document.getElementById("quotes").addEventListener("change", () => { page = 1; search(); });
document.getElementById("timeline-interval").addEventListener("change", () => { page = 1; search(); });
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
