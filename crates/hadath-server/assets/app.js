// hadath: the page. Plain modern JavaScript, no build step, no library:
// it calls the server's own API and draws its charts as inline SVG.
"use strict";

const QUAD_NAMES = { 1: "تعاون لفظي", 2: "تعاون مادي", 3: "نزاع لفظي", 4: "نزاع مادي" };
const TYPE_NAMES = { PER: "شخص", ORG: "منظمة", GPE: "دولة أو كيان سياسي", LOC: "مكان", MISC: "اسم آخر", DATE: "تاريخ" };
const SVG_NS = "http://www.w3.org/2000/svg";

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : String(c));
  return node;
}

// A code (RUSGOV, 040) inside Arabic text: isolated left to right.
const code = (s) => el("span", { class: "code" }, s ?? "—");

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    // not JSON: reported below with the status
  }
  if (!response.ok) {
    const why = body && body.error ? body.error : `HTTP ${response.status}`;
    throw new Error(why);
  }
  return body;
}

// ---------------------------------------------------------------- offsets

// The document's offsets count Unicode scalar values (code points); a JS
// string is indexed by UTF-16 units. Arabic is one unit a character, but an
// emoji or a rare symbol is two: map every code point index to its unit index.
function codePointToUnitIndex(text) {
  const map = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    map.push(unit);
  }
  return map;
}

// ---------------------------------------------------------------- extraction

let current = null; // { text, doc, map }

async function extract() {
  const text = $("article-text").value;
  const date = $("article-date").value;
  const status = $("extract-status");
  status.className = "";
  if (!text.trim()) {
    status.textContent = "الصق نص مقال أولاً.";
    status.className = "error";
    return;
  }
  $("extract-btn").disabled = true;
  status.textContent = "جارٍ التحليل…";
  try {
    const doc = await api("/v1/extract", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, date: date || null, id: "page" }),
    });
    current = { text, doc, map: codePointToUnitIndex(text) };
    render(current);
    status.textContent = `${doc.events.length} حدث، ${doc.entities.length} كيان، ${doc.quotes.length} اقتباس`;
  } catch (e) {
    status.textContent = "تعذّر التحليل: " + e.message;
    status.className = "error";
  } finally {
    $("extract-btn").disabled = false;
  }
}

function render({ text, doc, map }) {
  $("result").hidden = false;
  renderText(text, doc, map);
  renderEvents(doc);
  $("details").replaceChildren(el("p", { class: "hint" }, "مرّر المؤشر فوق كلمة مبرزة أو اضغط عليها لترى تفاصيلها."));
}

// The text cut at every span boundary; each piece knows which entities,
// quotes and event triggers cover it.
function renderText(text, doc, map) {
  const n = map.length - 1;
  const layers = [];
  doc.entities.forEach((e, i) => layers.push({ kind: "ent", i, start: e.start, end: e.end }));
  doc.quotes.forEach((q, i) => layers.push({ kind: "quote", i, start: q.start, end: q.end }));
  doc.events.forEach((ev, i) => layers.push({ kind: "ev", i, start: ev.trigger.start, end: ev.trigger.end }));
  const valid = layers.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= n);
  const cuts = new Set([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const box = $("annotated");
  box.replaceChildren();
  const firstOfEvent = new Set();
  for (let b = 0; b + 1 < bounds.length; b++) {
    const start = bounds[b];
    const end = bounds[b + 1];
    const piece = text.slice(map[start], map[end]);
    const over = valid.filter((s) => s.start <= start && s.end >= end);
    if (over.length === 0) {
      box.append(piece);
      continue;
    }
    const ents = over.filter((s) => s.kind === "ent").map((s) => s.i);
    const quotes = over.filter((s) => s.kind === "quote").map((s) => s.i);
    const evs = over.filter((s) => s.kind === "ev").map((s) => s.i);
    const classes = ["seg"];
    if (ents.length) classes.push("ent", "ent-" + doc.entities[ents[ents.length - 1]].type);
    if (quotes.length) classes.push("quote");
    if (evs.length) classes.push("trig", "quad-" + doc.events[evs[0]].quad_class);
    const span = el("span", {
      class: classes.join(" "),
      "data-ent": ents.length ? ents.join(" ") : null,
      "data-quote": quotes.length ? quotes.join(" ") : null,
      "data-ev": evs.length ? evs.join(" ") : null,
      tabindex: evs.length ? "0" : null,
      title: tooltip(doc, ents, quotes, evs),
    }, piece);
    for (const i of evs) {
      if (!firstOfEvent.has(i)) {
        firstOfEvent.add(i);
        span.id = "ev-" + i;
      }
    }
    box.append(span);
  }
}

function eventLine(ev) {
  // Arabic words between the codes: Latin runs side by side would be laid out left to right as one.
  return `الفاعل ${ev.source ?? "؟"}، الحدث ${ev.code} (${ev.code_name})، المفعول به ${ev.target ?? "؟"}، غولدشتاين ${ev.goldstein}، القاعدة ${ev.rule}`;
}

// The native tooltip: plain text, one line a layer.
function tooltip(doc, ents, quotes, evs) {
  const lines = [];
  for (const i of evs) lines.push("حدث: " + eventLine(doc.events[i]));
  for (const i of ents) {
    const e = doc.entities[i];
    lines.push(`${TYPE_NAMES[e.type] ?? e.type}: ${e.text}${e.actor ? " · " + e.actor : ""}${e.canonical ? " · " + e.canonical : ""}`);
  }
  for (const i of quotes) {
    const q = doc.quotes[i];
    lines.push(`اقتباس${q.speaker ? " — " + q.speaker.text + (q.speaker.actor ? " (" + q.speaker.actor + ")" : "") : ""}`);
  }
  return lines.join("\n");
}

function showDetails(target) {
  if (!current) return;
  const doc = current.doc;
  const ids = (name) => (target.dataset[name] ? target.dataset[name].split(" ").map(Number) : []);
  const parts = [];
  for (const i of ids("ev")) parts.push(...eventDetails(doc.events[i], i));
  for (const i of ids("ent")) {
    const e = doc.entities[i];
    parts.push(el("h4", {}, `${TYPE_NAMES[e.type] ?? e.type}: ${e.text}`));
    parts.push(dl([
      ["رمز الفاعل", code(e.actor)],
      ["الاسم المعتمد", e.canonical ?? "—"],
      ["ويكي بيانات", e.wikidata ? code(e.wikidata) : "—"],
    ]));
  }
  for (const i of ids("quote")) {
    const q = doc.quotes[i];
    parts.push(el("h4", {}, q.direct ? "اقتباس مباشر" : "كلام منقول"));
    parts.push(dl([
      ["القائل", q.speaker ? q.speaker.text : "—"],
      ["رمزه", code(q.speaker ? q.speaker.actor : null)],
      ["فعل القول", q.cue ?? "—"],
    ]));
  }
  if (parts.length) $("details").replaceChildren(...parts);
}

function eventDetails(ev, i) {
  return [
    el("h4", {}, `الحدث ${i + 1}: ${ev.trigger.text}`),
    dl([
      ["الفاعل", el("span", {}, code(ev.source), " ", ev.source_text ?? "")],
      ["المفعول به", el("span", {}, code(ev.target), " ", ev.target_text ?? "")],
      ["رمز CAMEO", el("span", {}, code(ev.code), " ", code(ev.code_name))],
      ["الفئة", `${ev.quad_class} — ${QUAD_NAMES[ev.quad_class] ?? ""}`],
      ["غولدشتاين", code(String(ev.goldstein))],
      ["PLOVER", code(ev.plover)],
      ["التاريخ", ev.date ? code(ev.date) : "—"],
      ["المكان", ev.location ? `${ev.location.text}${ev.location.country ? " (" + ev.location.country + ")" : ""}` : "—"],
      ["الثقة", code(String(ev.confidence))],
      ["القاعدة", rule(ev.rule)],
    ]),
  ];
}

// A rule, `verbs.tsv:21 قال`: the file and line left to right, the pattern in the Arabic font.
function rule(text) {
  const cut = text.indexOf(" ");
  if (cut < 0) return code(text);
  return el("span", { class: "rule" }, code(text.slice(0, cut)), " ", text.slice(cut + 1));
}

function dl(rows) {
  const list = el("dl");
  for (const [k, v] of rows) list.append(el("dt", {}, k), el("dd", {}, v));
  return list;
}

function renderEvents(doc) {
  const body = $("events-table").querySelector("tbody");
  body.replaceChildren();
  $("event-count").textContent = `(${doc.events.length})`;
  $("no-events").hidden = doc.events.length > 0;
  doc.events.forEach((ev, i) => {
    const g = Number(ev.goldstein);
    const row = el("tr", { "data-ev": String(i) },
      el("td", { class: "num" }, i + 1),
      el("td", {}, ev.date ? code(ev.date) : "—"),
      el("td", {}, code(ev.source), el("span", { class: "name" }, ev.source_text ?? "")),
      el("td", {}, code(ev.code), el("span", { class: "name" }, ev.code_name)),
      el("td", {}, code(ev.target), el("span", { class: "name" }, ev.target_text ?? "")),
      el("td", { class: "num " + (g > 0 ? "pos" : g < 0 ? "neg" : "") }, ev.goldstein),
      el("td", {}, el("span", { class: "quad-chip quad-" + ev.quad_class }, QUAD_NAMES[ev.quad_class] ?? ev.quad_class)),
      el("td", {}, ev.trigger.text),
      el("td", {}, ev.location ? ev.location.text : "—"),
      el("td", {}, rule(ev.rule)),
    );
    row.addEventListener("click", () => focusEvent(i));
    body.append(row);
  });
}

function focusEvent(i) {
  const span = $("ev-" + i);
  if (!span) return;
  span.scrollIntoView({ block: "center", behavior: "smooth" });
  span.classList.remove("flash");
  void span.offsetWidth; // restart the animation
  span.classList.add("flash");
  showDetails(span);
}

// ---------------------------------------------------------------- the store

async function initStore() {
  try {
    const health = await api("/healthz");
    if (!health.store) return;
    $("store").hidden = false;
    $("store-link").hidden = false;
    $("store-size").textContent = `(${health.store.articles} مقال، ${health.store.events} حدث)`;
    await drawStore();
  } catch (e) {
    // the page still works for extraction
    console.warn("store unavailable:", e);
  }
}

function filters() {
  const p = new URLSearchParams();
  if ($("from").value) p.set("from", $("from").value);
  if ($("to").value) p.set("to", $("to").value);
  return p;
}

async function drawStore() {
  const status = $("store-status");
  status.className = "";
  status.textContent = "جارٍ الاستعلام…";
  $("store-btn").disabled = true;
  try {
    const a = $("actor-a").value.trim().toUpperCase();
    const b = $("actor-b").value.trim().toUpperCase();
    const period = $("period").value;
    const series = async (source, target) => {
      const p = filters();
      p.set("source", source);
      p.set("target", target);
      p.set("count_by", period);
      p.set("by", "quad");
      p.set("limit", "10000");
      return (await api("/v1/aggregate?" + p)).rows;
    };
    const pairs = filters();
    pairs.set("by", "pair");
    pairs.set("limit", "40");
    const [ab, ba, top] = await Promise.all([series(a, b), series(b, a), api("/v1/aggregate?" + pairs)]);
    drawTimeline([...ab, ...ba], a, b);
    drawGraph(top.rows.filter((r) => r.source && r.target && r.source !== r.target).slice(0, 24));
    status.textContent = "";
  } catch (e) {
    status.textContent = "تعذّر الاستعلام: " + e.message;
    status.className = "error";
  } finally {
    $("store-btn").disabled = false;
  }
}

// Bars per period: cooperation up, conflict down; a line for the Goldstein sum.
function drawTimeline(rows, a, b) {
  const box = $("timeline");
  const byPeriod = new Map();
  for (const r of rows) {
    if (!r.period) continue;
    const slot = byPeriod.get(r.period) ?? { coop: 0, conf: 0, goldstein: 0 };
    if (Number(r.quad_class) <= 2) slot.coop += r.events;
    else slot.conf += r.events;
    slot.goldstein += r.goldstein_sum;
    byPeriod.set(r.period, slot);
  }
  const periods = [...byPeriod.keys()].sort();
  if (periods.length === 0) {
    box.replaceChildren(el("p", { class: "empty" }, `لا أحداث بين ${a} و${b} في المخزن لهذه الفترة.`));
    return;
  }
  const step = Math.max(26, Math.min(80, 1000 / periods.length));
  const pad = { left: 40, right: 20, top: 30, bottom: 70 };
  const h = 300;
  const w = Math.max(420, pad.left + pad.right + step * periods.length);
  const maxCount = Math.max(1, ...periods.map((p) => Math.max(byPeriod.get(p).coop, byPeriod.get(p).conf)));
  const maxG = Math.max(1, ...periods.map((p) => Math.abs(byPeriod.get(p).goldstein)));
  const mid = pad.top + (h - pad.top - pad.bottom) / 2;
  const half = (h - pad.top - pad.bottom) / 2;
  const chart = svg("svg", { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: "img", "aria-label": `التعاون والنزاع بين ${a} و${b}`, direction: "ltr" });
  chart.append(svg("line", { x1: pad.left, x2: w - pad.right, y1: mid, y2: mid, stroke: "#888" }));
  // Axis labels: the largest count above and below the line, and what each side means.
  chart.append(svg("text", { x: pad.left - 6, y: pad.top + 4, "font-size": 11, "text-anchor": "end", fill: "#2e7d32" }, String(maxCount)));
  chart.append(svg("text", { x: pad.left - 6, y: mid + 4, "font-size": 11, "text-anchor": "end", fill: "#666" }, "0"));
  chart.append(svg("text", { x: pad.left - 6, y: h - pad.bottom, "font-size": 11, "text-anchor": "end", fill: "#c62828" }, String(maxCount)));
  chart.append(svg("text", { x: pad.left, y: 14, "font-size": 12, fill: "#2e7d32" }, "▲ تعاون"));
  chart.append(svg("text", { x: w - pad.right, y: 14, "font-size": 12, "text-anchor": "end", fill: "#1f5f8b" }, "— مجموع غولدشتاين"));
  chart.append(svg("text", { x: pad.left, y: h - 4, "font-size": 12, fill: "#c62828" }, "▼ نزاع"));
  const points = [];
  periods.forEach((p, i) => {
    const s = byPeriod.get(p);
    const x = pad.left + i * step + step * 0.15;
    const bw = step * 0.7;
    const up = (s.coop / maxCount) * half;
    const down = (s.conf / maxCount) * half;
    const label = `${p}: تعاون ${s.coop}، نزاع ${s.conf}، مجموع غولدشتاين ${Math.round(s.goldstein * 10) / 10}`;
    if (s.coop) chart.append(svg("rect", { x, y: mid - up, width: bw, height: up, fill: "#66bb6a" }, svg("title", {}, label)));
    if (s.conf) chart.append(svg("rect", { x, y: mid, width: bw, height: down, fill: "#ef5350" }, svg("title", {}, label)));
    points.push(`${x + bw / 2},${mid - (s.goldstein / maxG) * half}`);
    chart.append(svg("text", { x: x + bw / 2, y: h - pad.bottom + 14, "font-size": 11, "text-anchor": "end", transform: `rotate(-45 ${x + bw / 2} ${h - pad.bottom + 14})`, fill: "#333" }, p));
  });
  chart.append(svg("polyline", { points: points.join(" "), fill: "none", stroke: "#1f5f8b", "stroke-width": 2 }));
  for (const p of points) {
    const [cx, cy] = p.split(",");
    chart.append(svg("circle", { cx, cy, r: 3, fill: "#1f5f8b" }));
  }
  box.replaceChildren(el("p", { class: "chart-caption" }, "بين ", code(a), " و", code(b), " في الاتجاهين"), chart);
}

function goldsteinColour(mean) {
  const t = Math.max(-1, Math.min(1, mean / 5));
  if (t >= 0) return `rgb(${Math.round(120 - 90 * t)}, ${Math.round(130 + 20 * t)}, ${Math.round(120 - 70 * t)})`;
  return `rgb(${Math.round(120 + 90 * -t)}, ${Math.round(130 - 90 * -t)}, ${Math.round(120 - 70 * -t)})`;
}

// Actors on a circle, an arrow from source to target for each pair.
function drawGraph(pairs) {
  const box = $("graph");
  if (pairs.length === 0) {
    box.replaceChildren(el("p", { class: "empty" }, "لا أزواج فاعلين في المخزن لهذه الفترة."));
    return;
  }
  const actors = [...new Set(pairs.flatMap((r) => [r.source, r.target]))];
  const size = 560;
  const c = size / 2;
  const radius = size / 2 - 70;
  const pos = new Map(actors.map((a, i) => {
    const angle = (2 * Math.PI * i) / actors.length - Math.PI / 2;
    return [a, { x: c + radius * Math.cos(angle), y: c + radius * Math.sin(angle) }];
  }));
  const maxCount = Math.max(...pairs.map((r) => r.events));
  const chart = svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": "من يفعل بمن" });
  const defs = svg("defs");
  defs.append(svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 11, markerHeight: 11, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
    svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#555" })));
  chart.append(defs);
  for (const r of pairs) {
    const s = pos.get(r.source);
    const t = pos.get(r.target);
    // Bend each edge a little, so that A→B and B→A do not lie on each other.
    const mx = (s.x + t.x) / 2 + (t.y - s.y) * 0.12;
    const my = (s.y + t.y) / 2 - (t.x - s.x) * 0.12;
    // Stop short of the target's label.
    const dx = t.x - mx, dy = t.y - my;
    const len = Math.hypot(dx, dy) || 1;
    const ex = t.x - (dx / len) * 27, ey = t.y - (dy / len) * 27;
    const width = 1 + 7 * Math.sqrt(r.events / maxCount);
    chart.append(svg("path", {
      d: `M ${s.x} ${s.y} Q ${mx} ${my} ${ex} ${ey}`, fill: "none", stroke: goldsteinColour(r.goldstein_mean),
      "stroke-width": width, "stroke-opacity": 0.75, "marker-end": "url(#arrow)",
    }, svg("title", {}, `${r.source} → ${r.target}: ${r.events} حدث، متوسط غولدشتاين ${r.goldstein_mean}`)));
  }
  for (const a of actors) {
    const p = pos.get(a);
    chart.append(svg("circle", { cx: p.x, cy: p.y, r: 25, fill: "#fff", stroke: "#1f5f8b", "stroke-width": 2 }));
    chart.append(svg("text", { x: p.x, y: p.y + 4, "font-size": 11, "text-anchor": "middle", "font-family": "DejaVu Sans Mono, monospace", fill: "#1d2330" }, a));
  }
  box.replaceChildren(chart);
}

// ---------------------------------------------------------------- wiring

document.addEventListener("DOMContentLoaded", () => {
  $("extract-btn").addEventListener("click", extract);
  $("article-text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) extract();
  });
  const annotated = $("annotated");
  const pick = (e) => {
    const seg = e.target.closest(".seg");
    if (seg) showDetails(seg);
  };
  annotated.addEventListener("click", pick);
  annotated.addEventListener("mouseover", pick);
  annotated.addEventListener("focusin", pick);
  $("store-btn").addEventListener("click", drawStore);
  initStore();
});
