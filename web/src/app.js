// The web page of `clusterkg serve`: a SPARQL editor preloaded with the
// queries in queries/, a results table, a graph view (cytoscape) of CONSTRUCT
// results or of an entity's neighbourhood, and an entity page with its facts
// and the sentences behind them. Everything goes through /sparql.
import cytoscape from 'cytoscape';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const CKG = 'https://w3id.org/clusterkg/ontology#';
const PREFIXES = `PREFIX ckg: <${CKG}>
PREFIX rdf: <${RDF}>
PREFIX rdfs: <${RDFS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
`;
// A CONSTRUCT example for the graph view (the queries/ folder has SELECTs).
const EXTRA_PRESETS = [{
  name: 'graph_cluster_links',
  title: 'Graph: clusters with their sectors, places and members (CONSTRUCT)',
  text: `${PREFIXES}
CONSTRUCT {
  ?c a ckg:IndustrialCluster ; rdfs:label ?cl ; ?p ?o .
  ?o a ?ot ; rdfs:label ?ol .
}
WHERE {
  ?c a ckg:IndustrialCluster ; rdfs:label ?cl ; ?p ?o .
  ?o a ?ot ; rdfs:label ?ol .
  FILTER(?p != rdf:type && ?p != ckg:mentionedIn)
}`,
}];

const $ = (id) => document.getElementById(id);
let style = { classes: {} };
let cy = null;
const expanded = new Set();

function esc(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
function localName(iri) {
  const m = /[#/]([^#/]*)$/.exec(iri);
  return m && m[1] ? m[1] : iri;
}
function shortLabel(s, max = 12) {
  const cps = Array.from(s);
  return cps.length > max ? cps.slice(0, max).join('') + '…' : s;
}
function setStatus(text, error = false) {
  $('status').textContent = text;
  $('status').className = error ? 'error' : '';
}

// --- the endpoint -------------------------------------------------------
async function sparql(query) {
  const t0 = performance.now();
  const res = await fetch('/sparql', {
    method: 'POST',
    // The query as the body (SPARQL 1.1 Protocol's direct POST): a
    // form-encoded body is limited to 8 KB by the HTTP library.
    headers: {
      'Content-Type': 'application/sparql-query; charset=utf-8',
      Accept: 'application/sparql-results+json, application/n-triples;q=0.9',
    },
    body: query,
  });
  const text = await res.text();
  const ms = Math.round(performance.now() - t0);
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${text.trim()}`);
  const type = res.headers.get('Content-Type') || '';
  const truncated = res.headers.get('X-Result-Truncated') === 'true';
  const limit = res.headers.get('X-Result-Row-Limit');
  // The query guard's rewrites (e.g. VALUES run as FILTER ... IN), a JSON array.
  let notes = [];
  try {
    notes = JSON.parse(res.headers.get('X-Query-Notes') || '[]');
  } catch (e) {
    notes = [];
  }
  if (type.startsWith('application/n-triples')) return { triples: parseNTriples(text), ms, truncated, limit, notes };
  return { json: JSON.parse(text), ms, truncated, limit, notes };
}

// --- N-Triples (raptor escapes non-ASCII as \uXXXX / \UXXXXXXXX) ---------
function unescapeNT(s) {
  return s.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (m, e) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { t: '\t', n: '\n', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' }[e] ?? e;
  });
}
function parseNTriples(text) {
  const term = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)/y;
  const out = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    term.lastIndex = 0;
    const t = [];
    for (let k = 0; k < 3; k++) {
      const m = term.exec(line);
      if (!m) break;
      if (m[1] !== undefined) t.push({ type: 'uri', value: unescapeNT(m[1]) });
      else if (m[2] !== undefined) t.push({ type: 'bnode', value: m[2] });
      else t.push({ type: 'literal', value: unescapeNT(m[3]), 'xml:lang': m[4], datatype: m[5] });
    }
    if (t.length === 3) out.push({ s: t[0], p: t[1], o: t[2] });
  }
  return out;
}

// --- results table ------------------------------------------------------
function cell(t) {
  if (!t) return '';
  if (t.type === 'uri') return `<a data-iri="${esc(t.value)}" title="${esc(t.value)}">${esc(localName(t.value))}</a>`;
  if (t.type === 'bnode') return `_:${esc(t.value)}`;
  const dt = t.datatype ? ` <span class="dt">${esc(localName(t.datatype))}</span>` : '';
  if (t['xml:lang'] === 'zh') return `<a data-name="${esc(t.value)}">${esc(t.value)}</a>`;
  return esc(t.value) + dt;
}
function renderTable(vars, rows, note) {
  let h = '<table><thead><tr>' + vars.map((v) => `<th>${esc(v)}</th>`).join('') + '</tr></thead><tbody>';
  for (const r of rows) h += '<tr>' + vars.map((v) => `<td>${cell(r[v])}</td>`).join('') + '</tr>';
  h += '</tbody></table>';
  $('results').innerHTML = h;
  $('row-count').textContent = `${rows.length} row${rows.length === 1 ? '' : 's'}${note || ''}`;
}

// --- graph --------------------------------------------------------------
function colorOf(typeIri) {
  return (style.classes[typeIri] && style.classes[typeIri].color) || '#9E9E9E';
}
function ensureGraph() {
  if (cy) return cy;
  cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', label: 'data(short)', 'font-size': 10,
        'text-valign': 'bottom', 'text-margin-y': 2, width: 18, height: 18,
        'font-family': 'Noto Sans CJK SC, WenQuanYi Micro Hei, sans-serif' } },
      { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#333', width: 26, height: 26 } },
      { selector: 'edge', style: {
        width: 1, 'line-color': '#bbb', 'target-arrow-color': '#bbb', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#888' } },
    ],
  });
  window.ckgGraph = cy;
  cy.on('tap', 'node', (e) => expand(e.target.id()));
  cy.on('dbltap', 'node', (e) => { location.hash = 'entity=' + encodeURIComponent(e.target.id()); });
  return cy;
}
function updateCounts() {
  $('graph').dataset.nodes = String(cy ? cy.nodes().length : 0);
  $('graph').dataset.edges = String(cy ? cy.edges().length : 0);
  const types = new Map();
  if (cy) cy.nodes().forEach((n) => types.set(n.data('typeName'), n.data('color')));
  $('legend').innerHTML = [...types].filter(([k]) => k)
    .map(([k, c]) => `<span><i style="background:${c}"></i>${esc(k)}</span>`).join('');
}
function addNode(id, label, typeIri) {
  const g = ensureGraph();
  let n = g.getElementById(id);
  if (n.empty()) {
    n = g.add({ group: 'nodes', data: { id, label: label || localName(id), short: shortLabel(label || localName(id)) } });
  } else if (label && n.data('label') === localName(id)) {
    n.data({ label, short: shortLabel(label) });
  }
  if (typeIri && style.classes[typeIri]) n.data({ color: colorOf(typeIri), typeName: style.classes[typeIri].label });
  else if (!n.data('color')) n.data({ color: colorOf(typeIri), typeName: typeIri ? localName(typeIri) : '' });
  return n;
}
function addEdge(s, p, o) {
  const id = `${s}|${p}|${o}`;
  if (cy.getElementById(id).empty()) cy.add({ group: 'edges', data: { id, source: s, target: o, label: localName(p) } });
}
function layout() {
  if (!cy) return;
  cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 60, randomize: false }).run();
  updateCounts();
}
function clearGraph() {
  if (cy) cy.elements().remove();
  expanded.clear();
  updateCounts();
}
function showTriples(triples) {
  clearGraph();
  ensureGraph();
  const labels = new Map();
  const types = new Map();
  for (const { s, p, o } of triples) {
    if (p.value === RDFS + 'label' && o.type === 'literal' && (!labels.has(s.value) || o['xml:lang'] === 'zh')) labels.set(s.value, o.value);
    if (p.value === RDF + 'type' && o.type === 'uri' && (!types.has(s.value) || style.classes[o.value])) types.set(s.value, o.value);
  }
  for (const { s, p, o } of triples) {
    if (p.value === RDF + 'type' || o.type === 'literal') {
      addNode(s.value, labels.get(s.value), types.get(s.value));
      continue;
    }
    addNode(s.value, labels.get(s.value), types.get(s.value));
    addNode(o.value, labels.get(o.value), types.get(o.value));
    addEdge(s.value, p.value, o.value);
  }
  layout();
}

// Values of simple properties of many IRIs: a UNION of one small pattern per
// IRI and property, each an index lookup. (An OPTIONAL beside the main pattern
// makes rasqal compare every row with every statement of that property in the
// graph: on the 10 MB bench graph the entity page took over two minutes.)
// requests: [[iris, props]], props: [[kind, (subject) => pattern binding ?v]];
// all go out together. Returns Map "iri|kind" -> [term].
async function valuesOf(requests) {
  const out = new Map();
  const asked = new Set();
  const branches = [];
  for (const [iris, props] of requests) {
    for (const iri of iris) {
      for (const [kind, pattern] of props) {
        if (asked.has(`${iri}|${kind}`)) continue;
        asked.add(`${iri}|${kind}`);
        branches.push(`{ ${pattern(`<${iri}>`)} BIND(<${iri}> AS ?x) BIND("${kind}" AS ?k) }`);
      }
    }
  }
  for (let i = 0; i < branches.length; i += 200) {
    const r = await sparql(`${PREFIXES}SELECT ?x ?k ?v WHERE { ${branches.slice(i, i + 200).join(' UNION ')} }`);
    for (const b of r.json.results.bindings) {
      const key = `${b.x.value}|${b.k.value}`;
      if (!out.has(key)) out.set(key, []);
      out.get(key).push(b.v);
    }
  }
  return out;
}
// The first value, a Chinese or untagged one for labels.
function firstOf(values, key) {
  const vs = values.get(key) || [];
  return vs.find((v) => !v['xml:lang'] || v['xml:lang'] === 'zh') || vs[0];
}
const LABEL_PROPS = [
  ['label', (s) => `${s} rdfs:label ?v .`],
  ['amount', (s) => `${s} ckg:amount ?v .`],
];

// The neighbourhood of an entity: its links to other entities, both ways.
async function expand(iri) {
  if (expanded.has(iri)) return;
  expanded.add(iri);
  const q = `${PREFIXES}
SELECT ?dir ?p ?o WHERE {
  { <${iri}> ?p ?o . FILTER(isIRI(?o)) BIND("out" AS ?dir) }
  UNION
  { ?o ?p <${iri}> . BIND("in" AS ?dir) }
  FILTER(?p != rdf:type && ?p != rdf:subject && ?p != rdf:object && ?p != ckg:mentionedIn && ?p != ckg:evidence)
} LIMIT 300`;
  try {
    const r = await sparql(q);
    const rows = r.json.results.bindings;
    const values = await valuesOf([[rows.map((b) => b.o.value), [...LABEL_PROPS, ['type', (s) => `${s} a ?v .`]]]]);
    ensureGraph();
    if (cy.getElementById(iri).empty()) await addEntityNode(iri);
    for (const b of rows) {
      const o = b.o.value;
      const ol = firstOf(values, `${o}|label`);
      const amount = firstOf(values, `${o}|amount`);
      const types = values.get(`${o}|type`) || [];
      const ot = types.find((t) => style.classes[t.value]) || types[0];
      const label = ol ? ol.value : amount ? `${amount.value} 元` : undefined;
      addNode(o, label, ot && ot.value);
      if (b.dir.value === 'out') addEdge(iri, b.p.value, o); else addEdge(o, b.p.value, iri);
    }
    layout();
  } catch (e) {
    setStatus(String(e.message || e), true);
  }
}
async function addEntityNode(iri) {
  const r = await sparql(`${PREFIXES}SELECT ?l ?t WHERE { OPTIONAL { <${iri}> rdfs:label ?l } OPTIONAL { <${iri}> a ?t } }`);
  const b = r.json.results.bindings.find((x) => x.t && style.classes[x.t.value]) || r.json.results.bindings[0] || {};
  addNode(iri, b.l && b.l.value, b.t && b.t.value).addClass('focus');
}

// --- query view ---------------------------------------------------------
async function runEditor() {
  const q = $('editor').value;
  setStatus('running…');
  try {
    const r = await sparql(q);
    const note =
      (r.truncated ? ` (truncated to the server's row limit of ${r.limit})` : '') +
      r.notes.map((n) => ` — note: ${n}`).join('');
    if (r.triples) {
      renderTable(['subject', 'predicate', 'object'], r.triples.map((t) => ({ subject: t.s, predicate: t.p, object: t.o })), note);
      showTriples(r.triples);
      setStatus(`${r.triples.length} triples in ${r.ms} ms${note}`);
    } else if ('boolean' in r.json) {
      renderTable(['boolean'], [{ boolean: { type: 'literal', value: String(r.json.boolean) } }], '');
      setStatus(`answered in ${r.ms} ms`);
    } else {
      renderTable(r.json.head.vars, r.json.results.bindings, note);
      setStatus(`${r.json.results.bindings.length} row${r.json.results.bindings.length === 1 ? '' : 's'} in ${r.ms} ms${note}`);
    }
  } catch (e) {
    setStatus(String(e.message || e), true);
  }
}

// --- entity page ----------------------------------------------------------
async function findByName(name) {
  const lit = JSON.stringify(name);
  const r = await sparql(`${PREFIXES}SELECT DISTINCT ?e WHERE { { ?e rdfs:label ${lit}@zh } UNION { ?e skos:altLabel ${lit}@zh } UNION { ?e rdfs:label ${lit} } } LIMIT 1`);
  const b = r.json.results.bindings[0];
  return b ? b.e.value : null;
}
async function showEntity(ref) {
  showView('entity');
  const box = $('entity');
  box.innerHTML = 'loading…';
  try {
    const iri = /^https?:/.test(ref) ? ref : await findByName(ref);
    if (!iri) {
      box.innerHTML = `<p>No entity is called ${esc(ref)}.</p>`;
      return;
    }
    const props = (await sparql(`${PREFIXES}SELECT ?p ?o WHERE { <${iri}> ?p ?o }`)).json.results.bindings;
    const label = (props.find((b) => b.p.value === RDFS + 'label' && b.o['xml:lang'] === 'zh') || props.find((b) => b.p.value === RDFS + 'label'));
    const name = label ? label.o.value : localName(iri);
    const type = props.find((b) => b.p.value === RDF + 'type' && style.classes[b.o.value]);
    const attrs = props.filter((b) => b.o.type === 'literal' && b.p.value !== RDFS + 'label');
    // Every assertion has its predicate, confidence, rule and article; the
    // sentence, the other side's label or amount and the article's title are
    // looked up afterwards (see valuesOf).
    const assertion = (self, other) =>
      `?a ${self} <${iri}> ; a ckg:Assertion ; rdf:predicate ?p ; ${other} ?other ; ckg:confidence ?conf ; ckg:rule ?rule ; prov:wasDerivedFrom ?art .`;
    const rows = (await sparql(`${PREFIXES}
SELECT ?dir ?a ?p ?other ?conf ?rule ?art WHERE {
  { ${assertion('rdf:subject', 'rdf:object')} BIND("out" AS ?dir) }
  UNION
  { ${assertion('rdf:object', 'rdf:subject')} BIND("in" AS ?dir) }
}`)).json.results.bindings;
    const extra = await valuesOf([
      [rows.map((f) => f.a.value), [['text', (s) => `${s} ckg:evidence ?s . ?s ckg:text ?v .`]]],
      [rows.map((f) => f.other.value), LABEL_PROPS],
      [rows.map((f) => f.art.value), [['title', (s) => `${s} schema:title ?v .`], ['src', (s) => `${s} ckg:sourcePath ?v .`]]],
    ]);
    const facts = rows.map((f) => ({
      ...f,
      olabel: firstOf(extra, `${f.other.value}|label`),
      amount: firstOf(extra, `${f.other.value}|amount`),
      text: firstOf(extra, `${f.a.value}|text`),
      title: firstOf(extra, `${f.art.value}|title`),
      src: firstOf(extra, `${f.art.value}|src`),
    }));
    // As ORDER BY ?dir ?p ?olabel ?text did: by code point, missing values first.
    const key = (t) => (t ? t.value : '');
    const cmp = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    facts.sort((x, y) => cmp(key(x.dir), key(y.dir)) || cmp(key(x.p), key(y.p)) ||
      cmp(key(x.olabel), key(y.olabel)) || cmp(key(x.text), key(y.text)));
    let h = `<h2>${esc(name)} <span class="type">${type ? esc(style.classes[type.o.value].label + ' · ' + style.classes[type.o.value].name) : ''}</span></h2>`;
    h += `<p class="hint">${esc(iri)}</p>`;
    if (attrs.length) {
      h += '<table class="attrs"><tbody>' + attrs.map((b) => `<tr><th>${esc(localName(b.p.value))}</th><td>${esc(b.o.value)}</td></tr>`).join('') + '</tbody></table>';
    }
    h += `<h3>Facts (${facts.length})</h3><table class="facts"><thead><tr><th></th><th>relation</th><th>other</th><th>confidence</th><th>sentence</th></tr></thead><tbody>`;
    for (const f of facts) {
      const other = f.olabel ? f.olabel.value : f.amount ? `${f.amount.value} 元` : localName(f.other.value);
      const sentence = f.text ? esc(f.text.value).split(esc(name)).join(`<mark>${esc(name)}</mark>`) : '';
      h += `<tr><td>${f.dir.value === 'out' ? '→' : '←'}</td><td>${esc(localName(f.p.value))}</td>` +
        `<td><a data-iri="${esc(f.other.value)}">${esc(other)}</a></td>` +
        `<td>${f.conf ? esc(f.conf.value) : ''}</td>` +
        `<td class="evidence">${sentence}${f.art ? ` <span class="hint">${esc(f.title ? f.title.value : f.src ? localName(f.src.value) : localName(f.art.value))}</span>` : ''}</td></tr>`;
    }
    h += '</tbody></table>';
    box.innerHTML = h;
    $('entity-search').value = name;
    clearGraph();
    await addEntityNode(iri);
    await expand(iri);
  } catch (e) {
    box.innerHTML = `<p class="error">${esc(String(e.message || e))}</p>`;
  }
}

// --- navigation -----------------------------------------------------------
function showView(v) {
  $('query-view').hidden = v !== 'query';
  $('entity-view').hidden = v !== 'entity';
  document.body.className = v;
  $('nav-query').className = v === 'query' ? 'active' : '';
  $('nav-entity').className = v === 'entity' ? 'active' : '';
}
function route() {
  const h = decodeURIComponent(location.hash.slice(1));
  if (h.startsWith('entity=')) showEntity(h.slice(7));
  else showView(h === 'entity' ? 'entity' : 'query');
}
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-iri], a[data-name]');
  if (!a) return;
  e.preventDefault();
  location.hash = 'entity=' + encodeURIComponent(a.dataset.iri || a.dataset.name);
});

async function main() {
  const [queries, st] = await Promise.all([
    fetch('/api/queries').then((r) => r.json()),
    fetch('/api/style').then((r) => r.json()),
  ]);
  style = st;
  const presets = [...queries, ...EXTRA_PRESETS];
  const sel = $('preset');
  sel.innerHTML = presets.map((q, i) => `<option value="${i}">${esc(q.name)}${q.title ? ' — ' + esc(q.title) : ''}</option>`).join('');
  sel.addEventListener('change', () => { $('editor').value = presets[+sel.value].text; });
  $('editor').value = presets[0] ? presets[0].text : '';
  $('run').addEventListener('click', runEditor);
  $('editor').addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.ctrlKey) runEditor(); });
  $('entity-go').addEventListener('click', () => { location.hash = 'entity=' + encodeURIComponent($('entity-search').value.trim()); });
  $('entity-search').addEventListener('keydown', (e) => { if (e.key === 'Enter') $('entity-go').click(); });
  window.addEventListener('hashchange', route);
  document.body.dataset.ready = 'true';
  route();
}
main().catch((e) => setStatus(String(e.message || e), true));
