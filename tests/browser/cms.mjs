// Decap CMS on the example site, as a communications editor uses it: in Chromium, through the
// form, with the CMS's local backend (decap-server) writing into a git copy of the site.
//   1. The site (content/, services/, senda.toml, locales/, themes/, po/) is copied to a temporary
//      git repository, built with senda into a folder beside it (which writes admin/ from
//      senda.toml's [editor]), and decap-server serves the copy on a free port.
//   2. The built admin/ is served on another free port. Its page loads Decap from a CDN, pinned
//      by a subresource-integrity hash: the CDN's address is answered here with the npm package's
//      dist/ (no network), and that hash must be the file's, or Chromium refuses it. A copy of the
//      script changed by one byte must be refused (the check can fail).
//   3. The CMS validates config.yml against its own schema as it starts: any "Config Errors" is a
//      problem. A broken copy of the config must be refused on screen (the check can fail).
//   4. A Spanish page is made through the form (title, description, date, text), then its K'iche'
//      translation in the same editor, and published; then a service's review date is changed.
//   5. content/es/<slug>.md and content/quc/<slug>.md must exist, open with +++ TOML front matter
//      with `updated` a TOML date (not a string), and `senda check --root COPY` must pass with no
//      error (the files Decap writes for the languages nobody wrote in count as not translated).
// Prints one line per problem, what the CMS wrote, and `cms ok` when all passed.
//
// usage: node cms.mjs SITE_DIR SENDA_BINARY
//   SITE_DIR: the repository root (the example site); SENDA_BINARY: a built senda.
//   env CHROMIUM (default /usr/bin/chromium), SHOTS (folder for screenshots, optional),
//   KEEP=1 (keep the temporary copy).
import http from "node:http";
import net from "node:net";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const [siteArg, sendaArg] = process.argv.slice(2);
if (!siteArg || !sendaArg) {
  console.log("usage: node cms.mjs SITE_DIR SENDA_BINARY");
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const site = path.resolve(siteArg);
const senda = path.resolve(sendaArg);
const shots = process.env.SHOTS ? path.resolve(process.env.SHOTS) : "";
if (shots) fs.mkdirSync(shots, { recursive: true });
const problems = [];
const problem = (line) => {
  problems.push(line);
  console.log(line);
};

// 1. The copy, a git repository of its own, and the site built from it: admin/ included.
const copy = fs.mkdtempSync(path.join(os.tmpdir(), "senda-cms-"));
for (const part of ["content", "services", "senda.toml", "locales", "themes", "po"]) {
  if (fs.existsSync(path.join(site, part))) {
    fs.cpSync(path.join(site, part), path.join(copy, part), { recursive: true });
  }
}
const git = (...args) => execFileSync("git", ["-C", copy, ...args], { encoding: "utf8" });
git("init", "-q", "-b", "main");
git("config", "user.name", "senda test");
git("config", "user.email", "test@senda.invalid");
git("config", "commit.gpgsign", "false");
// A page in a folder under the language's folder, so that the config has a collection for that
// folder too (`path: guias/{{slug}}`), which the CMS's schema must accept and list.
fs.mkdirSync(path.join(copy, "content/es/guias"), { recursive: true });
fs.writeFileSync(path.join(copy, "content/es/guias/rutas.md"), '+++\ntitle = "Rutas"\nupdated = 2026-12-01\n+++\n\nLas rutas más seguras.\n');
// The build's cache stays out of the commits the CMS makes, as in a site's own repository.
fs.writeFileSync(path.join(copy, ".gitignore"), ".senda-cache/\npublic/\n");
git("add", "-A");
git("commit", "-q", "-m", "the example site");
const built = fs.mkdtempSync(path.join(os.tmpdir(), "senda-cms-public-"));
{
  const run = spawnSync(senda, ["build", "--root", copy, "--output", built], { encoding: "utf8" });
  if (run.status !== 0) {
    console.log(`senda build failed:\n${run.stdout}${run.stderr}`);
    process.exit(1);
  }
}
const adminDir = path.join(built, "admin");

// The admin page's script: its address on the CDN, and the hash it must have, which must be the
// npm package's own file's.
const dist = path.join(here, "node_modules/decap-cms/dist");
const adminHtml = fs.readFileSync(path.join(adminDir, "index.html"), "utf8");
const pinned = adminHtml.match(/<script src="(https:[^"]+\/decap-cms\.js)" integrity="([^"]+)" crossorigin="anonymous">/);
if (!pinned) {
  console.log(`admin/index.html loads no pinned Decap script:\n${adminHtml}`);
  process.exit(1);
}
const [, cdnScript, integrity] = pinned;
const cdnDir = cdnScript.slice(0, cdnScript.lastIndexOf("/") + 1);
{
  const { createHash } = await import("node:crypto");
  const hash = `sha384-${createHash("sha384").update(fs.readFileSync(path.join(dist, "decap-cms.js"))).digest("base64")}`;
  if (integrity !== hash) problem(`sri-mismatch admin/index.html pins ${integrity}, the npm package's decap-cms.js is ${hash}`);
}
for (const page of walk(built).filter((f) => f.endsWith(".html") && !f.startsWith(adminDir))) {
  const html = fs.readFileSync(page, "utf8");
  if (html.includes("decap-cms") || html.includes("senda-cms.js")) problem(`reader-page-loads-the-editor ${page}`);
}
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const freePort = () =>
  new Promise((ok, fail) => {
    const s = net.createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

// decap-server, the CMS's local backend, in git mode: each save is a commit in the copy.
const backendPort = await freePort();
const serverLog = [];
const backend = spawn(process.execPath, [path.join(here, "node_modules/decap-server/dist/index.js")], {
  env: { ...process.env, PORT: String(backendPort), BIND_HOST: "127.0.0.1", MODE: "git", GIT_REPO_DIRECTORY: copy, LOG_LEVEL: "info" },
  stdio: ["ignore", "pipe", "pipe"],
});
const backendReady = new Promise((ok, fail) => {
  const timer = setTimeout(() => fail(new Error(`decap-server did not start: ${serverLog.join("")}`)), 20000);
  const read = (chunk) => {
    serverLog.push(String(chunk));
    if (String(chunk).includes("listening")) {
      clearTimeout(timer);
      ok();
    }
  };
  backend.stdout.on("data", read);
  backend.stderr.on("data", read);
  backend.on("exit", (code) => fail(new Error(`decap-server exited ${code}: ${serverLog.join("")}`)));
});

// 2. The admin page, its config (pointed at this decap-server) and senda's formats; the CDN's
//    answers come from the npm package (see `cdn` below).
const scriptRequests = [];
let brokenConfig = false;
let tamperedScript = false;
// The page an editor writes, in Spanish and then in K'iche'.
const page = {
  slug: "prueba-del-cms",
  es: {
    title: "Prueba del CMS",
    description: "Una página escrita en el navegador, sin terminal.",
    updated: "2026-12-05",
    body: "Esta página se escribió en el CMS.",
  },
  quc: {
    title: "Jun tz'ib'anik pa ri CMS",
    description: "Jun uxaq ri xtz'ib'ax pa ri navegador.",
    updated: "2026-12-06",
    body: "Wa' wa uxaq xtz'ib'ax pa ri CMS.",
  },
};
const configFor = () => {
  const text = fs.readFileSync(path.join(adminDir, "config.yml"), "utf8");
  // JSON under comment lines (senda writes it so; JSON is YAML), read and changed as data.
  const config = JSON.parse(text.split("\n").filter((l) => !l.startsWith("#")).join("\n"));
  config.local_backend = { url: `http://127.0.0.1:${backendPort}/api/v1` };
  // An unknown i18n structure: the schema must refuse it.
  if (brokenConfig) config.i18n.structure = "one_folder_per_language";
  return JSON.stringify(config, null, 2);
};
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".yml": "text/yaml; charset=utf-8" };
const web = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
  let file = "";
  let body = null;
  if (rel === "/admin/" || rel === "/admin/index.html") file = path.join(adminDir, "index.html");
  else if (rel === "/admin/config.yml") body = configFor();
  else if (/^\/admin\/[a-z0-9-]+\.js$/.test(rel)) file = path.join(adminDir, rel.slice("/admin/".length));
  if (body === null && (!file || !fs.existsSync(file))) return res.writeHead(404).end();
  const type = types[path.extname(file || rel)] || "application/octet-stream";
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body ?? fs.readFileSync(file));
});
await new Promise((ok) => web.listen(0, "127.0.0.1", ok));
const admin = `http://127.0.0.1:${web.address().port}/admin/`;
// The CDN, answered from the npm package's dist/: the script and the numbered chunks it loads.
// (Only the first is covered by the page's integrity hash.)
const cdn = async (route) => {
  const name = route.request().url().slice(cdnDir.length).split(/[?#]/)[0];
  if (!/^([0-9]+\.)?decap-cms\.js$/.test(name) || !fs.existsSync(path.join(dist, name))) return route.fulfill({ status: 404 });
  scriptRequests.push(name);
  let bytes = fs.readFileSync(path.join(dist, name));
  if (tamperedScript && name === "decap-cms.js") bytes = Buffer.concat([bytes, Buffer.from("\n")]);
  return route.fulfill({ status: 200, body: bytes, headers: { "content-type": "text/javascript; charset=utf-8", "access-control-allow-origin": "*" } });
};

let browser;
let tab;
const consoleErrors = [];
const finish = async (code) => {
  if (browser) await browser.close().catch(() => {});
  web.close();
  backend.kill();
  if (process.env.KEEP) console.log(`kept ${copy} and ${built}`);
  else {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.rmSync(built, { recursive: true, force: true });
  }
  process.exit(code);
};

try {
  await backendReady;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "es-ES" });
  // Nothing leaves the machine: the CDN is answered from the npm package, the rest refused.
  await context.route(`${cdnDir}**`, cdn);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => (route.request().url().startsWith(cdnDir) ? cdn(route) : route.abort()));
  const shot = async (tab, name) => {
    if (shots) await tab.screenshot({ path: path.join(shots, `cms-${name}.png`) });
  };

  // 2b. A script changed by one byte is refused: the integrity hash is checked.
  tamperedScript = true;
  {
    const tab = await context.newPage();
    const errors = [];
    tab.on("console", (m) => errors.push(m.text()));
    await tab.goto(admin, { waitUntil: "load" });
    await tab.waitForTimeout(1000);
    const started = await tab.evaluate(() => typeof window.CMS !== "undefined");
    if (started) problem("tampered-script-ran the admin page ran a Decap script whose hash is not the pinned one");
    else if (!errors.some((e) => /integrity/i.test(e))) problem(`tampered-script-no-integrity-error ${errors.join(" | ").slice(0, 300)}`);
    else console.log("a changed copy of the script is refused by its integrity hash");
    await tab.close();
  }
  tamperedScript = false;

  // 3a. A broken config is refused on screen: the CMS's own schema check runs.
  brokenConfig = true;
  {
    const tab = await context.newPage();
    await tab.goto(admin, { waitUntil: "load" });
    const said = tab.getByText("Error loading the CMS configuration");
    await said.waitFor({ timeout: 30000 }).catch(() => {});
    const text = (await tab.locator("body").innerText()).replace(/\s+/g, " ");
    if (!text.includes("i18n.structure")) problem(`broken-config-not-refused ${text.slice(0, 200)}`);
    else console.log(`a broken config is refused: ${text.match(/'i18n\.structure'[^']*/)?.[0]?.trim()}`);
    await shot(tab, "0-broken-config");
    await tab.close();
  }
  brokenConfig = false;

  // 3b. The real config: no config error, the collections listed.
  tab = await context.newPage();
  tab.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  tab.on("pageerror", (e) => consoleErrors.push(`pageerror ${e.message}`));
  await tab.goto(admin, { waitUntil: "load" });
  const login = tab.getByRole("button", { name: /Login|Iniciar sesión|Ingresar/i });
  await login.waitFor({ timeout: 30000 }).catch(async (e) => { await shot(tab, "1-nologin"); console.log(consoleErrors.join("\n")); throw e; });
  await shot(tab, "1-login");
  await login.click();
  await tab.getByText("Páginas", { exact: true }).first().waitFor({ timeout: 30000 });
  console.log(`the CMS started with the config (${elapsed()})`);
  // The folder's own collection lists its page.
  await tab.goto(`${admin}#/collections/pages-guias`, { waitUntil: "load" });
  await tab.getByText("Rutas", { exact: true }).first().waitFor({ timeout: 30000 }).catch(() => problem("folder-collection-empty #/collections/pages-guias does not list content/es/guias/rutas.md"));
  await tab.goto(`${admin}#/collections/pages`, { waitUntil: "load" });
  await tab.getByText("Páginas", { exact: true }).first().waitFor({ timeout: 30000 });
  await shot(tab, "2-collections");
  for (const e of consoleErrors.filter((e) => /Config Errors|config/i.test(e))) problem(`config-error ${e}`);

  // 4. A new Spanish page through the form.
  await tab.getByRole("link", { name: /Página$/ }).first().click().catch(async () => {
    await tab.locator("a[href*='/new']").first().click();
  });
  const field = (label, pane) => tab.getByLabel(label, { exact: true }).nth(pane);
  await field("Título", 0).waitFor({ timeout: 30000 });
  await field("Título", 0).fill(page.es.title);
  await field("Descripción (opcional)", 0).fill(page.es.description);
  await field("Revisada el", 0).fill(page.es.updated);
  const body = (pane) => tab.locator("[data-slate-editor='true'], [contenteditable='true']").nth(pane);
  await body(0).click();
  await tab.keyboard.type(page.es.body);
  await shot(tab, "3-spanish");
  // The right-hand pane: switch it from English to K'iche'.
  await tab.getByRole("button", { name: /Writing in EN/i }).click();
  await tab.getByText(/^quc$/i).click();
  await tab.getByRole("button", { name: /Writing in QUC/i }).waitFor({ timeout: 10000 });
  await field("Título", 1).fill(page.quc.title);
  await field("Descripción (opcional)", 1).fill(page.quc.description);
  await field("Revisada el", 1).fill(page.quc.updated);
  // The review select (react-select) of the K'iche' pane: a drafted translation.
  await field("Falta que la revise (opcional)", 1).click({ force: true });
  await tab.keyboard.press("ArrowDown");
  await tab.getByText("Una hablante nativa (traducción borrador)", { exact: true }).click();
  await body(1).click();
  await tab.keyboard.type(page.quc.body);
  await shot(tab, "4-kiche");
  // Publish now.
  await tab.getByRole("button", { name: "Publicar" }).click();
  await tab.getByRole("menuitem", { name: /Publicar ahora/i }).click();
  await tab.getByText(/CAMBIOS GUARDADOS/i).waitFor({ timeout: 30000 });
  await tab.waitForTimeout(1000);
  await shot(tab, "5-published");
  console.log(`published through the form (${elapsed()})`);

  // 4b. A service: open COMAR, change its review date, publish.
  await tab.goto(`${admin}#/collections/services-mx`, { waitUntil: "load" });
  await tab.getByText("COMAR (mx)", { exact: true }).click();
  await field("Revisar antes del", 0).waitFor({ timeout: 30000 });
  await field("Revisar antes del", 0).fill("2027-06-30");
  await tab.getByRole("button", { name: "Publicar" }).click();
  await tab.getByRole("menuitem", { name: /Publicar ahora/i }).click();
  await tab.getByText(/CAMBIOS GUARDADOS/i).waitFor({ timeout: 30000 });
  await tab.waitForTimeout(1000);
  await shot(tab, "6-service");
  console.log(`a service edited through the form (${elapsed()})`);
  for (const e of consoleErrors) console.log(`console: ${e.slice(0, 300)}`);
} catch (e) {
  problem(`failed ${e.stack || e}`);
  if (tab && shots) await tab.screenshot({ path: path.join(shots, "cms-failed.png") }).catch(() => {});
  for (const e of consoleErrors) console.log(`console: ${e.slice(0, 300)}`);
}
console.log(`script files loaded: ${scriptRequests.join(" ")}`);

// 5. What the CMS wrote, read back from the copy.
const { parse: parseToml } = await import("smol-toml");
const show = (text) => text.split("\n").map((l) => `  | ${l}`).join("\n");
const frontMatter = (text) => {
  const m = text.match(/^\+\+\+\n([\s\S]*?)^\+\+\+\n/m);
  return m && m.index === 0 ? m[1] : null;
};
if (!problems.some((p) => p.startsWith("failed"))) {
  for (const lang of ["es", "quc"]) {
    const rel = `content/${lang}/${page.slug}.md`;
    const file = path.join(copy, rel);
    if (!fs.existsSync(file)) {
      problem(`missing ${rel}`);
      continue;
    }
    const text = fs.readFileSync(file, "utf8");
    console.log(`${rel} (${Buffer.byteLength(text)} bytes):\n${show(text)}`);
    const toml = frontMatter(text);
    if (toml === null) {
      problem(`no-toml-front-matter ${rel}`);
      continue;
    }
    let data;
    try {
      data = parseToml(toml);
    } catch (e) {
      problem(`front-matter-not-toml ${rel} ${e.message.split("\n")[0]}`);
      continue;
    }
    if (!(data.updated instanceof Date)) problem(`updated-not-a-toml-date ${rel} updated = ${JSON.stringify(data.updated)}`);
    else if (data.updated.toISOString() !== page[lang].updated) problem(`updated-wrong ${rel} ${data.updated.toISOString()}`);
    if (data.title !== page[lang].title) problem(`title-wrong ${rel} ${JSON.stringify(data.title)}`);
    if (!text.includes(page[lang].body)) problem(`body-missing ${rel}`);
    if (!text.endsWith("\n") || text.endsWith("\n\n")) problem(`not-one-final-line-break ${rel}`);
  }
  if (!/review = "native-speaker"/.test(fs.readFileSync(path.join(copy, `content/quc/${page.slug}.md`), "utf8"))) {
    problem(`quc-review-not-written content/quc/${page.slug}.md`);
  }
  // The languages nobody wrote in: Decap writes a file for every language of a new page.
  for (const lang of ["en", "mam"]) {
    const rel = `content/${lang}/${page.slug}.md`;
    const file = path.join(copy, rel);
    // (Decap 3.16.3 makes every language's data for a new entry and writes each one, even
    // empty; decaporg/decap-cms#6932. senda's format makes it an empty file; senda check then
    // says whether it takes such a file for "not translated yet".)
    console.log(fs.existsSync(file) ? `${rel}: written by the CMS though nobody wrote in ${lang}: ${JSON.stringify(fs.readFileSync(file, "utf8"))}` : `${rel}: not written`);
  }
  const service = "services/mx/comar.toml";
  const serviceText = fs.readFileSync(path.join(copy, service), "utf8");
  console.log(`${service} after the edit:\n${show(serviceText)}`);
  if (!serviceText.startsWith("# Source:")) problem(`service-comments-lost ${service}`);
  if (!/^review_by = 2027-06-30$/m.test(serviceText)) problem(`service-review_by-not-a-toml-date ${service}`);
  if (!/^verified_on = 2026-11-29$/m.test(serviceText)) problem(`service-untouched-date-changed ${service}`);
  console.log(`commits by the CMS:\n${show(git("log", "--format=%s", "--stat", "HEAD~2..HEAD").trim())}`);

  // senda check on the copy with the CMS's files.
  const check = spawnSync(senda, ["check", "--root", copy], { encoding: "utf8" });
  const said = `${check.stdout}${check.stderr}`;
  const summary = said.trim().split("\n").filter((l) => /^\d+ errors?, \d+ warnings?$/.test(l)).pop() || "(no summary)";
  console.log(`senda check exit ${check.status}: ${summary}`);
  // Its report on the files the CMS wrote.
  const sections = said.split(/^(?=── )/m).filter((sec) => sec.includes(page.slug) || sec.includes("comar.toml"));
  for (const sec of sections) console.log(show(sec.trimEnd()));
  for (const line of said.split("\n").filter((l) => l.startsWith("error: "))) problem(`senda-check ${line.slice(7)}`);
  if (check.status !== 0 && !said.includes("error: ")) problem(`senda-check-exit ${check.status} ${said.slice(0, 300)}`);
}
console.log(problems.length ? `${problems.length} problems (${elapsed()})` : `cms ok (${elapsed()})`);
await finish(problems.length ? 1 : 0);
