// A recording as a reader meets it, in headless Chromium on a 240×320 screen: `public/` is served
// with the headers senda writes in `_headers` applied to every response (as Netlify and Cloudflare
// Pages do), so a Content-Security-Policy that forbids the recording is seen. On each page given,
// the player must be drawn at least 40 px tall and inside the screen's width; it is tapped and
// must play the recording to its end. Prints one line per page:
//   PAGE height H width W played S of D
// or `PAGE error WHAT`.
//
// usage: node audio.mjs PUBLIC_DIR PAGE...
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const [publicDir, ...pages] = process.argv.slice(2);
const root = path.resolve(publicDir);
const types = {
  ".html": "text/html; charset=utf-8",
  ".opus": "audio/ogg",
  ".css": "text/css",
  ".txt": "text/plain; charset=utf-8",
};

/// The `/*` block of `_headers`: the headers every response gets.
function siteHeaders() {
  const file = path.join(root, "_headers");
  if (!fs.existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.startsWith(" ") && line.trim()) inAll = line.trim() === "/*";
    const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (inAll && m) headers[m[1]] = m[2];
  }
  return headers;
}
const headers = siteHeaders();

const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404, headers).end();
  const body = fs.readFileSync(file);
  const type = types[path.extname(file)] || "application/octet-stream";
  const base = { ...headers, "content-type": type, "accept-ranges": "bytes" };
  // Byte ranges, as every static host serves them: a browser reads an Ogg file's length from its end.
  const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range || "");
  if (range) {
    const start = Number(range[1] || 0);
    const end = range[2] ? Number(range[2]) : body.length - 1;
    res.writeHead(206, { ...base, "content-range": `bytes ${start}-${end}/${body.length}` });
    return res.end(body.subarray(start, end + 1));
  }
  res.writeHead(200, base).end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
  ],
});
const context = await browser.newContext({ viewport: { width: 240, height: 320 } });
for (const page of pages) {
  const tab = await context.newPage();
  const refused = [];
  tab.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`, { waitUntil: "load" });
  const player = tab.locator("audio").first();
  if ((await player.count()) === 0) {
    console.log(`${page} error no player`);
    continue;
  }
  await player.scrollIntoViewIfNeeded();
  const box = await player.boundingBox();
  if (process.env.SHOTS) await tab.screenshot({ path: path.join(process.env.SHOTS, page.replaceAll("/", "_") + "audio.png") });
  // A tap where the play button is drawn: the left end of the player.
  await tab.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  const played = await tab.evaluate(
    () =>
      new Promise((done) => {
        const audio = document.querySelector("audio");
        const finish = (what) => done({ what, at: audio.currentTime, of: audio.duration });
        audio.addEventListener("ended", () => finish("ended"));
        audio.addEventListener("error", () => finish("error"));
        // The tap started it; if the tap missed the button, a reader would tap again.
        setTimeout(() => {
          if (audio.paused && !audio.ended) audio.play().catch(() => finish("refused"));
        }, 1500);
        setTimeout(() => finish("timeout"), 60000);
      })
  );
  if (played.what !== "ended") {
    console.log(`${page} error ${played.what} at ${played.at} ${refused.join(" ")}`);
  } else {
    console.log(
      `${page} height ${Math.round(box.height)} width ${Math.round(box.x + box.width)} played ${played.at.toFixed(2)} of ${played.of.toFixed(2)}`
    );
  }
  await tab.close();
}
await browser.close();
server.close();
