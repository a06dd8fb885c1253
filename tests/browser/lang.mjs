// Which language each part of a page is in, as a screen reader and a browser's translator see it,
// in headless Chromium on a 240×320 screen. For every page given:
//   - each text (a text node, an aria-label, the <title>) that is one of the Spanish strings in
//     STRINGS_JSON must sit inside an element whose nearest `lang` is Spanish;
//   - every language of the site's language row must be on the first screen, unscrolled.
//   - each text that starts with one of STRINGS_JSON's `own` strings (words a catalogue translates)
//     must sit inside an element whose nearest `lang` is not Spanish.
// Prints one line per problem (`PAGE spanish-unmarked TEXT (lang=X)`, `PAGE own-marked-spanish
// TEXT`, `PAGE language-off-screen NAME`), then `checked N pages`.
//
// usage: node lang.mjs PUBLIC_DIR STRINGS_JSON LANGUAGES PAGE...
//   LANGUAGES: how many languages the site has, comma-free count.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const [publicDir, stringsFile, languageCount, ...pages] = process.argv.slice(2);
const root = path.resolve(publicDir);
const spanish = JSON.parse(fs.readFileSync(stringsFile, "utf8"));
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
  const type = file.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream";
  res.writeHead(200, { "content-type": type }).end(fs.readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 240, height: 320 }, javaScriptEnabled: true });
let checked = 0;
for (const page of pages) {
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`, { waitUntil: "load" });
  const found = await tab.evaluate(
    ({ spanish, languageCount }) => {
      const exact = new Set(spanish.exact);
      // A text is Spanish if it is one of the strings, or if one of its lines is (the text view
      // is one <pre>: a borrowed notice is a line of it, in brackets).
      const isLine = (t) => {
        t = t.replace(/\s+/g, " ").trim().replace(/^\((.*)\)$/, "$1");
        return t.length > 3 && (exact.has(t) || spanish.prefixes.some((p) => t.startsWith(p)));
      };
      const isSpanish = (t) => isLine(t) || t.split("\n").some(isLine);
      const langOf = (el) => (el && el.closest("[lang]") ? el.closest("[lang]").getAttribute("lang") : "");
      const problems = [];
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (["SCRIPT", "STYLE"].includes(n.parentElement.tagName)) continue;
        if (isSpanish(n.textContent) && !langOf(n.parentElement).startsWith("es")) {
          problems.push(`spanish-unmarked ${n.textContent.trim().slice(0, 60)} (lang=${langOf(n.parentElement)})`);
        }
      }
      const own = spanish.own || [];
      const ownWalker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let n = ownWalker.nextNode(); n; n = ownWalker.nextNode()) {
        const t = n.textContent.replace(/\s+/g, " ").trim();
        if (own.some((o) => t.startsWith(o)) && langOf(n.parentElement).startsWith("es")) {
          problems.push(`own-marked-spanish ${t.slice(0, 60)}`);
        }
      }
      for (const el of document.querySelectorAll("[aria-label]")) {
        const label = el.getAttribute("aria-label");
        if (isSpanish(label) && !langOf(el).startsWith("es")) {
          problems.push(`spanish-unmarked aria-label ${label} (lang=${langOf(el)})`);
        }
      }
      // Every language of the row on the first screen, unscrolled.
      const row = [...document.querySelectorAll(".langs a, .langs strong")];
      if (row.length < languageCount) problems.push(`language-row has ${row.length} of ${languageCount}`);
      for (const el of row) {
        const box = el.getBoundingClientRect();
        if (box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5 || box.width === 0) {
          problems.push(`language-off-screen ${el.textContent} at ${Math.round(box.right)},${Math.round(box.bottom)}`);
        }
      }
      return problems;
    },
    { spanish, languageCount: Number(languageCount) }
  );
  for (const problem of found) console.log(`${page} ${problem}`);
  checked += 1;
  await tab.close();
}
console.log(`checked ${checked} pages`);
await browser.close();
server.close();
