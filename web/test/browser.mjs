// Browser test of the web page: headless Debian chromium driven by
// playwright-core. Loads the page of a running `clusterkg serve`, runs a
// preset SELECT (table rows), a CONSTRUCT (graph nodes), opens an entity page
// (facts with sentences, neighbourhood graph), expands a node, and saves
// screenshots.
//   node test/browser.mjs http://127.0.0.1:PORT/ OUTDIR
import { chromium } from 'playwright-core';

const [url, outDir = '.'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node test/browser.mjs URL [OUTDIR]');
  process.exit(2);
}
const fail = (msg) => { console.error(`browser test: FAIL: ${msg}`); process.exitCode = 1; };
const check = (cond, msg) => { if (!cond) fail(msg); else console.log(`ok - ${msg}`); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // Offline: every request goes to the clusterkg server itself.
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(new URL(url).origin + '/')) outside.push(r.url()); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });

  // 1. A preset SELECT from queries/: the table fills with Chinese names.
  const options = await page.$$eval('#preset option', (os) => os.map((o) => o.textContent));
  check(options.length >= 10, `${options.length} preset queries in the editor`);
  const idx = options.findIndex((o) => o.startsWith('companies_per_cluster'));
  check(idx >= 0, 'companies_per_cluster is a preset');
  await page.selectOption('#preset', String(idx));
  await page.click('#run');
  await page.waitForFunction(() => document.querySelectorAll('#results tbody tr').length > 0, null, { timeout: 20000 });
  const rows = await page.$$eval('#results tbody tr', (t) => t.length);
  const first = await page.$eval('#results tbody tr td', (td) => td.textContent);
  check(rows > 0, `SELECT filled the table with ${rows} rows`);
  check(/产业集群/.test(first), `first cell is a cluster name in Chinese (${first})`);
  await page.screenshot({ path: `${outDir}/serve-query.png` });

  // 2. The CONSTRUCT preset: the graph view gets nodes and edges.
  const gi = options.findIndex((o) => o.startsWith('graph_cluster_links'));
  await page.selectOption('#preset', String(gi));
  await page.click('#run');
  await page.waitForFunction(() => Number(document.getElementById('graph').dataset.nodes) > 0, null, { timeout: 20000 });
  const nodes = Number(await page.$eval('#graph', (g) => g.dataset.nodes));
  const edges = Number(await page.$eval('#graph', (g) => g.dataset.edges));
  check(nodes > 3 && edges > 0, `CONSTRUCT drew ${nodes} nodes and ${edges} edges`);
  const colors = await page.evaluate(() => [...new Set(window.ckgGraph.nodes().map((n) => n.data('color')))]);
  check(colors.length >= 2, `nodes coloured by type (${colors.join(' ')})`);
  await page.screenshot({ path: `${outDir}/serve-graph.png` });

  // 3. The entity page of a cluster: facts with their sentences, and its
  // neighbourhood in the graph view; clicking a neighbour expands the graph.
  await page.goto(`${url}#entity=${encodeURIComponent('长沙工程机械产业集群')}`);
  await page.waitForFunction(() => document.querySelectorAll('#entity table.facts tbody tr').length > 0, null, { timeout: 20000 });
  const facts = await page.$$eval('#entity table.facts tbody tr', (t) => t.length);
  const sentences = await page.$$eval('#entity td.evidence', (t) => t.filter((x) => x.textContent.trim().length > 5).length);
  const title = await page.$eval('#entity h2', (h) => h.textContent);
  check(/长沙工程机械产业集群/.test(title), `entity page title ${title}`);
  check(facts > 0 && sentences > 0, `entity page lists ${facts} facts, ${sentences} with their sentence`);
  await page.waitForFunction(() => Number(document.getElementById('graph').dataset.nodes) > 1, null, { timeout: 20000 });
  const before = Number(await page.$eval('#graph', (g) => g.dataset.nodes));
  check(before > 1, `neighbourhood graph has ${before} nodes`);
  await page.screenshot({ path: `${outDir}/serve-entity.png` });
  const grew = await page.evaluate(async () => {
    const cy = window.ckgGraph;
    const start = cy.nodes().length;
    const others = cy.nodes().filter((n) => !n.hasClass('focus'));
    for (let i = 0; i < others.length && cy.nodes().length === start; i++) {
      others[i].emit('tap');
      for (let k = 0; k < 50 && cy.nodes().length === start; k++) await new Promise((r) => setTimeout(r, 100));
    }
    return cy.nodes().length - start;
  });
  check(grew > 0, `clicking a neighbour added ${grew} nodes`);
  check(outside.length === 0, `no request left the server${outside.length ? ': ' + outside.join(' ') : ''}`);
  check(errors.length === 0, `no errors in the page console${errors.length ? ': ' + errors.join(' | ') : ''}`);
} finally {
  await browser.close();
}
