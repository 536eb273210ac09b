import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import compression from "compression";
import express, { type RequestHandler, type Router } from "express";
import { PROJECT_ROOT } from "../project-root.js";

const require = createRequire(import.meta.url);

/** The page's own ES modules, CSS and HTML. */
const PUBLIC_DIR = path.join(PROJECT_ROOT, "src", "explorer", "public");

/**
 * The only files the page may load from node_modules: URL name → package and file inside it. Each
 * URL carries the installed version, so a browser may keep it for a year (`immutable`) and a new
 * version is a new URL. Nothing else under node_modules is reachable.
 */
const VENDOR_FILES = [
  { name: "cytoscape", pkg: "cytoscape", file: "dist/cytoscape.min.js" },
  { name: "cytoscape-svg", pkg: "cytoscape-svg", file: "cytoscape-svg.js" },
] as const;

/** The folder and version of an installed package (found from its entry point: not every package exports package.json). */
function installedPackage(pkg: string): { dir: string; version: string } {
  for (let dir = path.dirname(require.resolve(pkg)); ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    const manifest = fs.existsSync(file)
      ? (JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version: string })
      : undefined;
    if (manifest?.name === pkg) return { dir, version: manifest.version };
    if (path.dirname(dir) === dir) throw new Error(`Cannot find the folder of the package ${pkg}; run npm ci.`);
  }
}

/** `/explorer/vendor/<name>-<version>.js` → absolute path of the file. */
function vendorRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  for (const v of VENDOR_FILES) {
    const { dir, version } = installedPackage(v.pkg);
    routes.set(`${v.name}-${version}.js`, path.join(dir, v.file));
  }
  return routes;
}

/**
 * Same origin only: the page talks to /graphql and loads its scripts, styles and fonts from this
 * server, so nothing it loads can leave the machine. `img-src data: blob:` is for the PNG and SVG
 * downloads.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * The graph explorer: `GET /` is its page, `/explorer/…` its modules and the whitelisted library
 * files. The page's script tags name the vendor files with their versions, filled in here.
 */
export function explorerRouter(): Router {
  const router = express.Router();
  const vendor = vendorRoutes();
  const scriptTags = [...vendor.keys()]
    .map((file) => `<script defer src="/explorer/vendor/${file}"></script>`)
    .join("\n    ");
  const indexHtml = fs
    .readFileSync(path.join(PUBLIC_DIR, "index.html"), "utf8")
    .replace("<!-- vendor scripts -->", scriptTags);

  // Only the explorer's own paths: /graphql and the exports keep their headers.
  const pageHeaders: RequestHandler = (_req, res, next) => {
    res.setHeader("Content-Security-Policy", EXPLORER_CSP);
    res.setHeader("X-Content-Type-Options", "nosniff");
    next();
  };
  const compress = compression();
  router.get("/", compress, pageHeaders, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.type("html").send(indexHtml);
  });
  router.use("/explorer", compress, pageHeaders);
  router.get("/explorer/vendor/:file", (req, res, next) => {
    const file = vendor.get(String(req.params.file));
    if (!file) return next();
    res.sendFile(file, { maxAge: "365d", immutable: true });
  });
  // ETags let a reload revalidate the page's own modules cheaply (304).
  router.use("/explorer", express.static(PUBLIC_DIR, { index: false, maxAge: 0 }));
  return router;
}
