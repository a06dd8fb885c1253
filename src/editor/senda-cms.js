// senda's file formats for Decap CMS (and Sveltia CMS, which reads the same registration).
//
// Decap's own `toml-frontmatter` and `toml` formats write what senda refuses:
//   - a date from the date picker as a quoted string, `updated = "2026-12-05"`: the datetime
//     widget hands the format a string, and Decap's TOML writer (tomlify-j0.4) quotes strings;
//     senda needs a TOML date, `updated = 2026-12-05`;
//   - a file for every language of a new page, the untouched ones as `+++\n\n+++\n` with no
//     `updated`, which `senda check` refuses;
//   - empty optional fields as `""` (a select left empty would be `review = ""`).
// So the pages and the services are read and written here, in senda's own style:
//   - dates (`updated`, `review_by`, `verified_on`) as TOML dates, never quoted;
//   - empty values left out; a language with no title and no text gets no file at all (the CMS
//     skips a file whose text is empty);
//   - tables inline, as senda's pages write them (`leaflet = { layouts = ["trifold"] }`), but a
//     service's `[text.es]` tables as sections;
//   - the comment lines at the top of a service file (its sources) kept;
//   - front matter between `+++` lines, a blank line, the text, one final line break.
// Reading uses smol-toml (its reader, bundled above this part of the file by senda), which reads
// TOML dates as dates, so an untouched date is written back as the same date.
window.CMS_MANUAL_INIT = true;

(() => {
  const DATE_FIELDS = new Set(["updated", "review_by", "verified_on"]);
  const COMMENTS = "__senda_comments";
  const isDay = (s) => typeof s === "string" && /^\d{4}-\d{2}-\d{2}$/.test(s);
  const isEmpty = (v) =>
    v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0) ||
    (isPlainObject(v) && Object.keys(v).length === 0);
  function isPlainObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date);
  }

  // Leaves out what is empty, at every depth.
  function prune(value) {
    if (Array.isArray(value)) return value.map(prune).filter((v) => !isEmpty(v));
    if (isPlainObject(value)) {
      const out = {};
      for (const [k, v] of Object.entries(value)) {
        const p = prune(v);
        if (!isEmpty(p)) out[k] = p;
      }
      return out;
    }
    return typeof value === "string" && value.trim() === "" ? "" : value;
  }

  const key = (k) => (/^[A-Za-z0-9_-]+$/.test(k) ? k : string(k));
  // A TOML basic string: JSON's escapes are TOML's, but for DEL, which TOML wants escaped.
  const string = (s) => JSON.stringify(s).replace(/\u007f/g, "\\u007F");

  function value(k, v) {
    if (v instanceof Date) {
      // smol-toml's TomlDate writes a plain date as `2026-11-25`; another Date as a day too.
      const iso = typeof v.isDate === "function" && v.isDate() ? v.toISOString() : v.toISOString().slice(0, 10);
      return iso;
    }
    if (DATE_FIELDS.has(k) && isDay(v)) return v;
    if (typeof v === "string") return string(v);
    if (typeof v === "number") {
      if (!Number.isFinite(v)) throw new Error(`${k}: ${v} is not a number TOML can write`);
      return String(v);
    }
    if (typeof v === "boolean") return String(v);
    if (Array.isArray(v)) return `[${v.map((x) => value(k, x)).join(", ")}]`;
    if (isPlainObject(v)) {
      const inner = Object.entries(v).map(([ik, iv]) => `${key(ik)} = ${value(ik, iv)}`);
      return `{ ${inner.join(", ")} }`;
    }
    throw new Error(`${k}: cannot write ${typeof v} as TOML`);
  }

  // The order of the collection's fields first, then any other key in the order it was read.
  function ordered(data, sortedKeys) {
    const order = Array.isArray(sortedKeys) ? sortedKeys : [];
    const rank = (k) => (order.includes(k) ? order.indexOf(k) : order.length);
    return Object.keys(data).sort((a, b) => rank(a) - rank(b));
  }

  // `key = value` lines, and `[name.sub]` sections for a table of tables (a service's `text`).
  function toToml(data, sortedKeys, sections) {
    const lines = [];
    const tables = [];
    for (const k of ordered(data, sortedKeys)) {
      const v = data[k];
      const tableOfTables = sections && isPlainObject(v) && Object.values(v).every(isPlainObject);
      if (tableOfTables) tables.push([k, v]);
      else lines.push(`${key(k)} = ${value(k, v)}`);
    }
    for (const [k, v] of tables) {
      for (const [sub, words] of Object.entries(v)) {
        lines.push("", `[${key(k)}.${key(sub)}]`);
        for (const [wk, wv] of Object.entries(words)) lines.push(`${key(wk)} = ${value(wk, wv)}`);
      }
    }
    return lines.join("\n") + "\n";
  }

  // smol-toml's tables have no prototype; the CMS (Immutable.js) wants plain objects.
  function plain(v) {
    if (Array.isArray(v)) return v.map(plain);
    if (v instanceof Date) return v;
    if (v !== null && typeof v === "object") {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    }
    return v;
  }

  function leadingComments(text) {
    const m = text.match(/^(?:[ \t]*#[^\n]*\n)+/);
    return m ? m[0] : "";
  }

  function formats(toml) {
    const page = {
      fromFile(content) {
        const text = content.replace(/\r\n/g, "\n");
        const m = text.match(/^\+\+\+[ \t]*\n([\s\S]*?)^\+\+\+[ \t]*(?:\n|$)/m);
        if (!m || m.index !== 0) return { body: text };
        const data = plain(toml.parse(m[1]));
        const body = text.slice(m[0].length).replace(/^\n/, "");
        return body.trim() ? { ...data, body } : data;
      },
      toFile(data, sortedKeys) {
        const { body = "", ...meta } = prune(data);
        // A language nobody wrote in: no file (the CMS does not write an empty one).
        if (!meta.title && !String(body).trim()) return "";
        const text = String(body).replace(/\r\n/g, "\n").replace(/\s+$/, "");
        return `+++\n${toToml(meta, sortedKeys, false)}+++\n${text ? `\n${text}\n` : ""}`;
      },
    };
    const data = {
      fromFile(content) {
        const text = content.replace(/\r\n/g, "\n");
        const parsed = plain(toml.parse(text));
        const comments = leadingComments(text);
        return comments ? { ...parsed, [COMMENTS]: comments } : parsed;
      },
      toFile(entry, sortedKeys) {
        const { [COMMENTS]: comments = "", ...rest } = prune(entry);
        return comments + toToml(rest, sortedKeys, true);
      },
    };
    return { page, data };
  }

  window.addEventListener("DOMContentLoaded", () => {
    const { page, data } = formats(smolToml);
    window.CMS.registerCustomFormat("senda-toml-frontmatter", "md", page);
    window.CMS.registerCustomFormat("senda-toml", "toml", data);
    window.CMS.init();
  });
})();
