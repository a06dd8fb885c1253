// The built site as a real Apache serves it (with senda's .htaccess), in headless Chromium on a
// 240×320 screen. Each page given is opened from BASE_URL; every Content-Security-Policy
// violation (the `securitypolicyviolation` event, or the console's complaint) is counted; a page
// with a recording has its player measured, tapped and played to its end. Prints one line per
// page, as `key=value` words:
//   PAGE status=200 encoding=br violations=0 player=46x240 played=3.01/3.01
// (`player` and `played` only where the page has a recording; `error=WHAT` when something fails,
// and `violation=...` for each violation). Then, to show that the violations would be seen at
// all, an image from another site is put on the last page: the policy must refuse it, printed as
//   probe refused=img-src
//
// usage: node apache.mjs BASE_URL PAGE...
import { chromium } from "playwright-core";

const [base, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
  ],
});
const context = await browser.newContext({ viewport: { width: 240, height: 320 } });
// Runs before the page's own code, outside its policy: collects what the policy refuses.
await context.addInitScript(() => {
  window.__refused = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    window.__refused.push(`${e.effectiveDirective} ${e.blockedURI}`)
  );
});

/// Taps the page's first player and waits for the recording to end.
async function play(tab) {
  const player = tab.locator("audio").first();
  await player.scrollIntoViewIfNeeded();
  const box = await player.boundingBox();
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
  const words = [`player=${Math.round(box.height)}x${Math.round(box.x + box.width)}`];
  if (played.what === "ended") words.push(`played=${played.at.toFixed(2)}/${played.of.toFixed(2)}`);
  else words.push(`error=${played.what}@${played.at}`);
  return words;
}

let tab;
for (const page of pages) {
  tab = await context.newPage();
  const console_ = [];
  tab.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) console_.push(m.text().replaceAll(" ", "_"));
  });
  const response = await tab.goto(new URL(page, base).href, { waitUntil: "load" });
  const headers = await response.allHeaders();
  const words = [`status=${response.status()}`, `encoding=${headers["content-encoding"] || "none"}`];
  if ((await tab.locator("audio").count()) > 0) words.push(...(await play(tab)));
  const refused = await tab.evaluate(() => window.__refused);
  const all = [...refused.map((r) => r.replaceAll(" ", "_")), ...console_];
  words.push(`violations=${all.length}`, ...all.map((v) => `violation=${v}`));
  console.log(`${page} ${words.join(" ")}`);
}

// The probe: an image from elsewhere, which `img-src 'self' data:` must refuse.
const probe = await tab.evaluate(
  () =>
    new Promise((done) => {
      document.addEventListener("securitypolicyviolation", (e) => done(e.effectiveDirective));
      const img = document.createElement("img");
      img.src = "https://example.invalid/probe.png";
      document.body.append(img);
      setTimeout(() => done("nothing"), 5000);
    })
);
console.log(`probe refused=${probe}`);
await browser.close();
