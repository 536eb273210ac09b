import path from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../project-root.js";

/**
 * The explorer's palette module (src/explorer/public/js/palette.js), which the page loads as it
 * is. It is read from the repository, like the page's other files (explorer-route.ts), rather than
 * copied into dist/: there is one palette, and a colour changed there changes the exports too.
 */
const PALETTE_MODULE = pathToFileURL(path.join(PROJECT_ROOT, "src", "explorer", "public", "js", "palette.js")).href;

/** What the palette module exports that the exports use. */
interface PaletteModule {
  nodeColour(label: string, level: string | null): string;
}

const palette = (await import(PALETTE_MODULE)) as PaletteModule;

/** A colour as `#rrggbb` and as the 0–255 components GEXF's `viz:color` takes. */
export interface Colour {
  hex: string;
  r: number;
  g: number;
  b: number;
}

/**
 * The colour the explorer draws a node in: a document in its level's colour, anything else in its
 * label's. Throws if the palette gives anything but `#rrggbb`, so a typo there fails the export
 * tests rather than writing a file Gephi cannot read.
 */
export function nodeColour(label: string, level: string | null): Colour {
  const hex = palette.nodeColour(label, level);
  if (!/^#[\da-f]{6}$/i.test(hex))
    throw new TypeError(`The palette gave ${JSON.stringify(hex)} for ${label}; expected a #rrggbb colour.`);
  const component = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return { hex: hex.toLowerCase(), r: component(1), g: component(3), b: component(5) };
}
