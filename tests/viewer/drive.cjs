// Drives graph.html in headless Chromium (Playwright) the way an analyst would, and checks what
// the page draws against the graph.json it was made from. Run by tests/viewer.rs and
// tests/graph.rs; prints timings; screenshots go to ARTIFACTS.
//
//   node tests/viewer/drive.cjs PAGE.html GRAPH.json ARTIFACTS [ALIAS EXPECTED_ID]
//
// Without ALIAS it picks an entity the default view hides and searches for one of its aliases.
"use strict";
const fs = require("fs");
const path = require("path");
const assert = require("assert");
const { chromium } = require(path.join(__dirname, "..", "..", ".deps", "node", "node_modules", "playwright-core"));

const [page_path, graph_path, artifacts, alias_arg, expected_arg] = process.argv.slice(2);
const graph = JSON.parse(fs.readFileSync(graph_path, "utf8"));
fs.mkdirSync(artifacts, { recursive: true });

// The page's rules, restated: the default view is the ~250 most mentioned entities and their typed links.
const DEFAULT_VIEW_NODES = 250;
const byMentions = graph.nodes.map((n) => n.mentions).sort((a, b) => b - a);
const defaultMin = byMentions.length > DEFAULT_VIEW_NODES ? byMentions[DEFAULT_VIEW_NODES - 1] : Math.min(...byMentions);
const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
const relationsPresent = Array.from(new Set(graph.links.map((l) => l.relation)));
const typed = relationsPresent.filter((r) => r !== "co_mentioned");
const defaultRelations = new Set(typed.length ? typed : relationsPresent);
const mentionStops = Array.from(new Set(graph.nodes.map((n) => n.mentions))).sort((a, b) => a - b);

function neighbourhood(start, hops, relations) {
  const chosen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops; hop++) {
    const next = [];
    for (const l of graph.links) {
      if (!relations.has(l.relation)) continue;
      for (const [a, b] of [[l.source, l.target], [l.target, l.source]]) {
        if (frontier.includes(a) && !chosen.has(b)) { chosen.add(b); next.push(b); }
      }
    }
    frontier = next;
  }
  return chosen;
}
const sorted = (items) => Array.from(items).sort();

(async () => {
  const profile = fs.mkdtempSync(path.join(require("os").tmpdir(), "nergraph-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const errors = [];
  const page = browser.pages()[0] || (await browser.newPage());
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  page.on("pageerror", (error) => errors.push(String(error)));
  const shot = async (name) => { await page.screenshot({ path: path.join(artifacts, `${name}.png`) }); };
  const settle = () => page.waitForFunction(() => nergraph.idle, null, { timeout: 120000 });
  const state = async () => {
    await settle();
    return page.evaluate(() => ({ view: nergraph.view(), drawn: nergraph.drawn, focus: nergraph.focus, selected: nergraph.selected }));
  };
  const viewNodes = async () => sorted((await state()).view.nodes);

  try {
    // Load: time to a usable page (drawn with first positions, search live), then to a settled layout.
    const began = Date.now();
    await page.goto(`file://${path.resolve(page_path)}`);
    await page.waitForFunction(() => window.nergraph && nergraph.ready, null, { timeout: 120000 });
    const usable = Date.now() - began;
    await settle();
    const settled = Date.now() - began;
    console.log(`viewer: ${graph.nodes.length} entities, ${graph.links.length} links, ${fs.statSync(page_path).size} bytes: usable after ${usable} ms, layout settled after ${settled} ms`);
    await shot("1-default");

    // Default view: the most mentioned entities, typed links only, everything in view drawn.
    let s = await state();
    const expectedDefault = graph.nodes.filter((n) => n.mentions >= defaultMin).map((n) => n.id);
    assert.deepStrictEqual(sorted(s.view.nodes), sorted(expectedDefault), "default view = most mentioned entities");
    assert(s.view.links.every((l) => defaultRelations.has(l.relation)), "default view draws typed links only");
    assert.strictEqual(s.drawn.nodes, s.view.nodes.length, "every entity in view is drawn");
    assert.strictEqual(s.drawn.links, s.view.links.length, "every link in view is drawn");

    // Summary: documents, counts by type and kind, the most connected people.
    const summary = await page.textContent("#summary");
    assert(summary.includes(`${graph.graph.documents} documents`), `summary names the documents: ${summary}`);
    for (const relation of relationsPresent) {
      const n = graph.links.filter((l) => l.relation === relation).length;
      assert(summary.includes(`${n} ${relation}`), `summary counts ${relation}`);
    }
    const topPeople = await page.$$eval('[data-top="PERSON"] button', (buttons) => buttons.map((b) => b.dataset.id));
    assert(topPeople.length >= 1 && topPeople.length <= 10, "up to ten most connected people");

    // Search by an alias: the entity is selected, shown (in focus if the filters hid it), and
    // its panel lists aliases, counts, typed relations and co-mentions.
    let alias = alias_arg, expected = expected_arg;
    if (!alias) {
      const hidden = graph.nodes.find((n) => n.mentions < defaultMin && n.type === "PERSON" &&
        n.aliases.some((a) => a.text !== n.label && a.text.length > 4) &&
        graph.links.some((l) => l.relation !== "co_mentioned" && (l.source === n.id || l.target === n.id)));
      assert(hidden, "the graph has a hidden person with an alias");
      alias = hidden.aliases.find((a) => a.text !== hidden.label && a.text.length > 4).text;
      expected = hidden.id;
    }
    const target = nodeById.get(expected);
    await page.fill("#search", alias);
    await page.waitForSelector(`#suggestions li[data-id="${expected}"]`, { timeout: 5000 });
    await page.click(`#suggestions li[data-id="${expected}"]`);
    s = await state();
    assert.strictEqual(s.selected, expected, `search for ${alias} selects ${expected}`);
    assert(s.view.nodes.includes(expected), "the found entity is in view");
    assert.strictEqual((await page.textContent("#details h2")).trim(), target.label);
    const panel = await page.textContent("#details");
    assert(panel.includes(`${target.mentions} mentions`) && panel.includes(`${target.document_count} documents`), "panel counts");
    const aliases = await page.$$eval("#details .aliases li", (items) => items.map((i) => i.textContent));
    assert(aliases.some((text) => text.startsWith(`${alias} (`)), `panel lists the alias ${alias}: ${aliases}`);
    const typedLinks = graph.links.filter((l) => l.relation !== "co_mentioned" && (l.source === expected || l.target === expected));
    const relationItems = await page.$$("#details .relations > li");
    assert.strictEqual(relationItems.length, typedLinks.length, "panel lists every typed relation");
    if (typedLinks.length) {
      const evidence = await page.$$eval("#details .relations blockquote", (quotes) => quotes.map((q) => q.textContent));
      assert(evidence.some((text) => text.includes(typedLinks[0].evidence[0].text)), "panel shows evidence sentences");
      // (A synthetic graph's evidence may not say.)
      const foundBy = (typedLinks[0].evidence[0].found_by || "").replace(/_/g, " ");
      assert(!foundBy || evidence.some((text) => text.includes(`found by ${foundBy}`)), `panel says what read the edge: ${foundBy}`);
    }
    const coMentions = graph.links.filter((l) => l.relation === "co_mentioned" && (l.source === expected || l.target === expected));
    assert.strictEqual((await page.$$("#details .co-mentions > li")).length, Math.min(10, coMentions.length), "strongest co-mentions listed");
    await settle();
    await shot("2-search");

    // Focus: the found entity's neighbourhood, one hop then two, then back to the whole graph.
    await page.click("#focus-1");
    await settle();
    s = await state();
    assert.deepStrictEqual(s.focus, { id: expected, hops: 1 });
    assert.deepStrictEqual(sorted(s.view.nodes), sorted(neighbourhood(expected, 1, defaultRelations)), "focus shows exactly the 1-hop neighbourhood");
    await page.click("#focus-2");
    await settle();
    s = await state();
    const twoHops = neighbourhood(expected, 2, defaultRelations);
    if (twoHops.size <= 500) assert.deepStrictEqual(sorted(s.view.nodes), sorted(twoHops), "focus shows exactly the 2-hop neighbourhood");
    assert.strictEqual(s.drawn.nodes, s.view.nodes.length);
    await shot("3-focus");
    // A relation in the panel is a way to the other entity.
    if (typedLinks.length) {
      const next = await page.$eval("#details .relations button.entity", (b) => b.dataset.id);
      await page.click("#details .relations button.entity");
      assert.strictEqual((await state()).selected, next, "a panel entry selects its entity");
    }
    await page.click("#whole");
    await settle();
    assert.deepStrictEqual(await viewNodes(), sorted(expectedDefault), "back to the whole graph");

    // Clicks on the canvas: a node selects its entity, a line shows its relation's evidence.
    const box = await page.$eval("#graph", (canvas) => { const r = canvas.getBoundingClientRect(); return [r.left, r.top]; });
    s = await state();
    const clickable = s.view.links.find((l) => l.relation !== "co_mentioned");
    if (clickable) {
      const [a, b] = await page.evaluate(([x, y]) => [nergraph.screenPosition(x), nergraph.screenPosition(y)], [clickable.source, clickable.target]);
      await page.mouse.click(box[0] + a[0], box[1] + a[1]);
      assert.strictEqual((await state()).selected, clickable.source, "a click on a node selects it");
      // The middle of the line, unless another node sits there: then a point a third along it.
      for (const t of [0.5, 0.35, 0.65]) {
        await page.mouse.click(box[0] + a[0] + t * (b[0] - a[0]), box[1] + a[1] + t * (b[1] - a[1]));
        if (typeof (await state()).selected === "number") break;
      }
      assert.strictEqual(typeof (await state()).selected, "number", "a click on a line selects the link");
      assert((await page.textContent("#details")).includes("Evidence"), "a link's panel shows its evidence");
      assert((await page.$$("#details blockquote")).length >= 1);
    }

    // Filters: type, relation, minimum edge weight, minimum mentions.
    const typeBox = `#type-filters input[value="PERSON"]`;
    await page.uncheck(typeBox);
    s = await state();
    assert(s.view.nodes.every((id) => nodeById.get(id).type !== "PERSON") && s.view.nodes.length > 0, "people filtered out");
    await page.check(typeBox);
    if (relationsPresent.includes("co_mentioned")) {
      await page.check(`#relation-filters input[value="co_mentioned"]`);
      s = await state();
      assert(s.view.links.some((l) => l.relation === "co_mentioned"), "co-mentions drawn when asked");
      assert.strictEqual(s.drawn.links, s.view.links.length);
    }
    const setSlider = (id, index) => page.$eval(`#${id}`, (input, value) => {
      input.value = String(value);
      input.dispatchEvent(new Event("input"));
    }, index);
    const weights = sorted(new Set(graph.links.map((l) => l.weight))).map(Number).sort((a, b) => a - b);
    if (weights.length > 1) {
      await setSlider("min-weight", 1);
      s = await state();
      assert(s.view.links.every((l) => l.weight >= weights[1]), "weight slider drops light links");
      await setSlider("min-weight", 0);
    }
    if (mentionStops.length > 2) {
      const middle = Math.floor(mentionStops.length / 2);
      await setSlider("min-mentions", middle);
      s = await state();
      assert(s.view.nodes.every((id) => nodeById.get(id).mentions >= mentionStops[middle]), "mentions slider drops rare entities");
      assert.strictEqual(s.view.nodes.length, graph.nodes.filter((n) => n.mentions >= mentionStops[middle]).length);
    }
    // Everything at once: the full graph drawn, timed.
    const allBegan = Date.now();
    await setSlider("min-mentions", 0);
    for (const relation of relationsPresent) await page.check(`#relation-filters input[value="${relation}"]`);
    await page.waitForFunction(() => nergraph.drawn.nodes > 0);
    const allDrawn = Date.now() - allBegan;
    await settle();
    const allSettled = Date.now() - allBegan;
    s = await state();
    assert.strictEqual(s.view.nodes.length, graph.nodes.length, "min mentions at the lowest shows every entity");
    assert.strictEqual(s.view.links.length, graph.links.length, "every link drawn");
    assert.strictEqual(s.drawn.links, graph.links.length);
    console.log(`viewer: whole graph (${graph.nodes.length} entities, ${graph.links.length} links) drawn after ${allDrawn} ms, settled after ${allSettled} ms`);
    await page.click("#fit");
    await shot("4-everything");

    assert.deepStrictEqual(errors, [], "no console errors");
    console.log(`viewer: all checks passed; screenshots in ${artifacts}`);
  } finally {
    await browser.close();
  }
})().catch((error) => {
  console.error(`viewer check failed: ${error.stack || error}`);
  process.exit(1);
});
