// Loads built pages in headless Chromium the way a reader's cheap phone would: a 240×320 screen on
// a slow 2G connection, served from a local origin. Checks that no request leaves that origin, the
// bytes transferred stay within budget, no script runs, the main text is visible without sideways
// scrolling, the title and the start of the text are on the first screen, and the page still reads
// in order with its styles removed. Saves screenshots.
//
// usage: node check.mjs PUBLIC_DIR SCREENSHOT_DIR BUDGET_BYTES PAGE...
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const [publicDir, shotDir, budgetArg, ...pages] = process.argv.slice(2);
const budget = Number(budgetArg);
const types = { ".html": "text/html; charset=utf-8", ".txt": "text/plain; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };

// A static server that sends the precompressed .gz sibling, as nginx gzip_static does.
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const root = path.resolve(publicDir);
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root) || !fs.existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const headers = { "content-type": types[path.extname(file)] || "application/octet-stream" };
  let body = fs.readFileSync(file);
  if ((req.headers["accept-encoding"] || "").includes("gzip") && fs.existsSync(file + ".gz")) {
    body = fs.readFileSync(file + ".gz");
    headers["content-encoding"] = "gzip";
  }
  res.writeHead(200, headers).end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const failures = [];
fs.mkdirSync(shotDir, { recursive: true });

for (const page of pages) {
  const context = await browser.newContext({ viewport: { width: 240, height: 320 }, deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  // Slow 2G: about 280 kbit/s down, 256 kbit/s up, 800 ms round trips.
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 800, downloadThroughput: 35000, uploadThroughput: 32000 });
  let transferred = 0;
  cdp.on("Network.loadingFinished", (e) => { transferred += e.encodedDataLength; });
  const requests = [];
  tab.on("request", (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  const started = Date.now();
  await tab.goto(origin + "/" + page, { waitUntil: "load" });
  const seconds = (Date.now() - started) / 1000;
  const name = page.replace(/[\/]/g, "_").replace(/_index\.html$|_$/, "") || "root";
  await tab.screenshot({ path: path.join(shotDir, `${name}-240x320.png`) });

  for (const r of requests) {
    if (!r.url.startsWith(origin) && !r.url.startsWith("data:")) failures.push(`${page}: request to another origin: ${r.url}`);
    if (r.type === "script") failures.push(`${page}: loads a script: ${r.url}`);
  }
  if (transferred > budget) failures.push(`${page}: ${transferred} bytes transferred, budget ${budget}`);
  const facts = await tab.evaluate(() => ({
    // The one script allowed: the quick-exit link's on sensitive pages (it works without it too).
    scripts: [...document.scripts].filter((s) => !(document.querySelector("a.quick-exit") && s.textContent.includes("location.replace") && s.textContent.length <= 300)).length,
    handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
    scrollWidth: document.documentElement.scrollWidth,
    h1: document.querySelector("h1")?.innerText || "",
    fontSize: parseFloat(getComputedStyle(document.querySelector("article p, article li") || document.querySelector("main p, main li") || document.body).fontSize),
    smallTargets: [...document.querySelectorAll(".langs a, .menu a")].filter((a) => a.getBoundingClientRect().height < 44).map((a) => a.innerText),
    // The first screen (320 px) holds the title and the start of the text, notices included.
    // The language a screen reader reads the site's name in: its own mark, or its page's.
    siteLang: (() => { const e = document.querySelector(".site"); return e ? (e.querySelector("[lang]") || e.closest("[lang]"))?.lang : ""; })(),
    titleBottom: document.querySelector("h1")?.getBoundingClientRect().bottom ?? 0,
    textTop: document.querySelector("article > *")?.getBoundingClientRect().top ?? 0,
  }));
  if (facts.scripts || facts.handlers) failures.push(`${page}: ${facts.scripts} scripts, ${facts.handlers} event handlers`);
  if (facts.scrollWidth > 240) failures.push(`${page}: ${facts.scrollWidth}px wide on a 240px screen`);
  if (!facts.h1 || !(await tab.locator("h1").first().isVisible())) failures.push(`${page}: the title is not visible`);
  if (facts.fontSize < 16) failures.push(`${page}: body text ${facts.fontSize}px`);
  // The offline file opens on its table of contents, on purpose.
  const firstScreen = !page.endsWith("offline.html");
  if (firstScreen && facts.titleBottom > 320) failures.push(`${page}: the title ends at ${facts.titleBottom}px, below the first screen`);
  if (firstScreen && facts.textTop > 300) failures.push(`${page}: the text starts at ${facts.textTop}px, not on the first screen`);
  if (facts.smallTargets.length) failures.push(`${page}: tap targets under 44px: ${facts.smallTargets.join(", ")}`);

  const loaded = requests.map((r) => r.url.replace(origin, "")).join(" ");
  // Without its styles the page must still read in order: title before the menu, all links there.
  await context.route("**/*", async (route) => {
    const response = await route.fetch();
    const type = response.headers()["content-type"] || "";
    if (!type.startsWith("text/html")) return route.fulfill({ response });
    const html = (await response.text()).replace(/<style>[\s\S]*?<\/style>/g, "");
    return route.fulfill({ response, body: html, headers: { ...response.headers(), "content-encoding": "identity" } });
  });
  await tab.goto(origin + "/" + page, { waitUntil: "load" });
  const bare = await tab.evaluate(() => {
    const h1 = document.querySelector("h1");
    const menu = document.querySelector("nav.menu:not(.toc)");
    return {
      styled: document.querySelectorAll("style, link[rel=stylesheet]").length,
      titleFirst: !menu || !!(h1 && h1.compareDocumentPosition(menu) & Node.DOCUMENT_POSITION_FOLLOWING),
      links: document.querySelectorAll("a[href]").length,
    };
  });
  if (bare.styled) failures.push(`${page}: styles were not removed for the no-CSS check`);
  if (!bare.titleFirst) failures.push(`${page}: without CSS the menu comes before the title`);
  if (!bare.links) failures.push(`${page}: without CSS no links`);
  await tab.screenshot({ path: path.join(shotDir, `${name}-no-css.png`) });
  console.log(`${page}: ${transferred} bytes in ${seconds.toFixed(1)} s on slow 2G, site name read as ${facts.siteLang || "-"}, requests: ${loaded}`);
  await context.close();
}

await browser.close();
server.close();
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
