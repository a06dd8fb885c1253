// The text version as a reader opens it from a page's "text only" link, on a 240×320 screen, served
// the way Python's http.server or a default nginx serve it: with no charset. Checks that accents
// arrive whole (the words given on the command line appear as written), that nothing is wider
// than the screen, and that the text is at least 16 px. Saves screenshots.
//
// usage: node text.mjs PUBLIC_DIR SCREENSHOT_DIR PATH=WORDS...
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const [publicDir, shotDir, ...cases] = process.argv.slice(2);
const types = { ".html": "text/html", ".txt": "text/plain" };
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const root = path.resolve(publicDir);
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" }).end(fs.readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const failures = [];
fs.mkdirSync(shotDir, { recursive: true });
for (const c of cases) {
  const [page, words] = c.split("=");
  const context = await browser.newContext({ viewport: { width: 240, height: 320 }, deviceScaleFactor: 1, isMobile: true });
  const tab = await context.newPage();
  await tab.goto(origin + "/" + page, { waitUntil: "load" });
  await tab.screenshot({ path: path.join(shotDir, page.replace(/[\/.]/g, "_") + "-240x320.png") });
  const facts = await tab.evaluate(() => ({
    text: document.body.innerText,
    scrollWidth: document.documentElement.scrollWidth,
    fontSize: parseFloat(getComputedStyle(document.querySelector("pre") || document.body).fontSize),
  }));
  if (!facts.text.includes(words)) failures.push(`${page}: "${words}" does not arrive whole: ${facts.text.slice(0, 80)}`);
  // The .txt is for sharing and downloading; what a reader opens is the .html view.
  if (page.endsWith(".html") && facts.scrollWidth > 240) failures.push(`${page}: ${facts.scrollWidth}px wide on a 240px screen`);
  if (page.endsWith(".html") && facts.fontSize < 16) failures.push(`${page}: text ${facts.fontSize}px`);
  console.log(`${page}: ${facts.scrollWidth}px wide, ${facts.fontSize}px text`);
  await context.close();
}
await browser.close();
server.close();
if (failures.length) {
  console.error(failures.join("\n"));
  process.exit(1);
}
