import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import compression from "compression";
import express, { type Request, type RequestHandler, type Router } from "express";
import { PROJECT_ROOT } from "../project-root.js";

const require = createRequire(import.meta.url);

/** The page's own files: the HTML template, and the bootstrap script and layout CSS it loads. */
const PAGE_DIR = path.join(PROJECT_ROOT, "src", "http", "graphiql");
const OWN_FILES = ["boot.js", "page.css"] as const;

/**
 * The only files the page loads from node_modules (GraphiQL's UMD build and the React it expects as
 * globals). Each URL carries the installed version, so a browser may keep it for a year.
 */
const VENDOR_FILES = [
  { pkg: "react", file: "umd/react.production.min.js" },
  { pkg: "react-dom", file: "umd/react-dom.production.min.js" },
  { pkg: "graphiql", file: "graphiql.min.js" },
  { pkg: "graphiql", file: "graphiql.min.css" },
] as const;

/**
 * The GraphiQL page's policy: same origin only, so it works, and can only work, without internet.
 * `'unsafe-inline'` styles because GraphiQL's UI libraries (emotion, floating-ui) add `<style>`
 * elements at run time; scripts stay `'self'` (the bootstrap is a served file, not inline).
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** `/graphiql/vendor/<package>-<version>.<ext>` → absolute path of the file. */
function vendorRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const v of VENDOR_FILES) {
    const manifest = require.resolve(`${v.pkg}/package.json`);
    const { version } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string };
    routes.set(`${v.pkg}-${version}${path.extname(v.file)}`, path.join(path.dirname(manifest), v.file));
  }
  return routes;
}

/**
 * Apollo's rule for its landing page (a GET whose Accept prefers HTML to every GraphQL response
 * type), except that a GET carrying an operation (`?query=`, or `?extensions=` for persisted
 * queries) always goes on to Apollo and is answered in JSON.
 */
function wantsPage(req: Request): boolean {
  if (req.query.query !== undefined || req.query.extensions !== undefined) return false;
  return (
    req.accepts(["application/json", "application/graphql-response+json", "multipart/mixed", "text/html"]) ===
    "text/html"
  );
}

/**
 * GraphiQL served from this machine, for browsers at `/graphql` while introspection is on: `page`
 * answers a browser's GET of `/graphql` (anything else goes on to Apollo), `files` serves
 * `/graphiql/…`: the bootstrap, the CSS and the whitelisted library files, nothing else.
 */
export function graphiqlRoutes(): { page: RequestHandler[]; files: Router } {
  const vendor = vendorRoutes();
  const tags = (ext: string, tag: (url: string) => string) =>
    [...vendor.keys()]
      .filter((f) => f.endsWith(ext))
      .map((f) => tag(`/graphiql/vendor/${f}`))
      .join("\n    ");
  const html = fs
    .readFileSync(path.join(PAGE_DIR, "index.html"), "utf8")
    .replace(
      "<!-- vendor styles -->",
      tags(".css", (url) => `<link rel="stylesheet" href="${url}">`),
    )
    .replace(
      "<!-- vendor scripts -->",
      tags(".js", (url) => `<script defer src="${url}"></script>`),
    );
  const compress = compression();
  const nosniff: RequestHandler = (_req, res, next) => {
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  };

  const page: RequestHandler[] = [
    (req, _res, next) => next(wantsPage(req) ? undefined : "route"),
    compress,
    nosniff,
    (_req, res) => {
      res.setHeader("Content-Security-Policy", GRAPHIQL_CSP);
      res.setHeader("Cache-Control", "no-cache");
      // The answer depends on Accept: a cache must not hand the page to a GraphQL client.
      res.vary("Accept");
      res.type("html").send(html);
    },
  ];

  const files = express.Router();
  files.use("/graphiql", compress, nosniff);
  files.get("/graphiql/vendor/:file", (req, res, next) => {
    const file = vendor.get(String(req.params.file));
    if (!file) return next();
    res.sendFile(file, { maxAge: "365d", immutable: true });
  });
  // The page's own two files, revalidated by ETag on each load.
  for (const own of OWN_FILES) files.get(`/graphiql/${own}`, (_req, res) => res.sendFile(path.join(PAGE_DIR, own)));
  return { page, files };
}
