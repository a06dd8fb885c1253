// Loads a page with a recording in headless Chromium and reports the length its <audio> element
// reads from the Ogg Opus file: the browser can play what senda encodes.
//
// usage: node audio.mjs PUBLIC_DIR PAGE
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const [publicDir, page] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".opus": "audio/ogg" };
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (rel.endsWith("/")) rel += "index.html";
  const root = path.resolve(publicDir);
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root) || !fs.existsSync(file)) return res.writeHead(404).end();
  const body = fs.readFileSync(file);
  const type = types[path.extname(file)] || "application/octet-stream";
  // Byte ranges, as every static host serves them: a browser reads an Ogg file's length from its end.
  const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range || "");
  if (range) {
    const start = Number(range[1] || 0);
    const end = range[2] ? Number(range[2]) : body.length - 1;
    res.writeHead(206, { "content-type": type, "accept-ranges": "bytes", "content-range": `bytes ${start}-${end}/${body.length}` });
    return res.end(body.subarray(start, end + 1));
  }
  res.writeHead(200, { "content-type": type, "accept-ranges": "bytes" }).end(body);
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--autoplay-policy=no-user-gesture-required"],
});
const tab = await browser.newPage();
await tab.goto(`http://127.0.0.1:${server.address().port}/${page}`, { waitUntil: "load" });
const duration = await tab.evaluate(
  () =>
    new Promise((done) => {
      const audio = document.querySelector("audio");
      if (!audio) return done(-1);
      audio.addEventListener("loadedmetadata", () => done(audio.duration));
      audio.addEventListener("error", () => done(-2));
      audio.preload = "metadata";
      audio.load();
      setTimeout(() => done(-3), 10000);
    })
);
console.log(`duration ${duration}`);
await browser.close();
server.close();
