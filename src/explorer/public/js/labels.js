// Captions for hubs first. At every zoom the captions are chosen again: the selected, hovered,
// keyboard-cursor and path nodes always get theirs, then the other nodes on screen in order of
// degree, each only where its caption overlaps none already placed. At fit a big graph shows its
// hubs' names; zooming in makes room for the rest; hovering names any node.
import { FONT } from "./style.js";

/** A caption's size on screen, in CSS pixels, whatever the zoom. */
const FONT_PX = 12;
/** Longer captions end in "…" at this width on screen. */
const MAX_WIDTH_PX = 140;
/** The halo around a caption's letters, on screen. */
const OUTLINE_PX = 2;
/** Free space kept around each caption. */
const GAP_PX = 2;
/** Side of the grid cells that index placed captions. */
const CELL_PX = 80;

/** Nodes whose caption is drawn however crowded the screen is. */
const forced = (n) => n.selected() || n.hasClass("path") || n.hasClass("cursor") || n.hasClass("hover");
const bold = (n) => n.data("label") === "PolicyDocument" || n.hasClass("path");

/** Characters a CJK font draws one em wide (ideographs, kana, hangul, full-width forms and punctuation). */
const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Widths of captions as drawn, summed from their characters' widths: a full-width character is
 * one em, any other is measured once (canvas text metrics, the way Cytoscape measures) and
 * cached. Measuring each caption whole took 31 ms of the first frame at 633 nodes (81 ms at
 * 1,026) in CPU profiles. Summing ignores kerning: over the 1,266 captions of that graph the sum
 * was never narrower than the caption measured whole (at most 0.4% wider), so no box is too small.
 */
function textMeasure() {
  const context = document.createElement("canvas").getContext("2d");
  const cache = new Map();
  const charWidth = (ch, isBold) => {
    if (FULL_WIDTH.test(ch)) return FONT_PX;
    const key = (isBold ? "b" : "n") + ch;
    if (!cache.has(key)) {
      context.font = `${isBold ? "bold " : ""}${FONT_PX}px ${FONT}`;
      cache.set(key, context.measureText(ch).width);
    }
    return cache.get(key);
  };
  return (text, isBold) => {
    let width = 0;
    for (const ch of text) width += charWidth(ch, isBold);
    return width;
  };
}

/** Placed boxes (screen pixels) in a grid, so an overlap test looks at a few neighbours only. */
function boxGrid() {
  const cells = new Map();
  const keys = (b) => {
    const out = [];
    for (let i = Math.floor(b.x1 / CELL_PX); i <= Math.floor(b.x2 / CELL_PX); i++) {
      for (let j = Math.floor(b.y1 / CELL_PX); j <= Math.floor(b.y2 / CELL_PX); j++) out.push(`${i},${j}`);
    }
    return out;
  };
  return {
    overlaps: (b) =>
      keys(b).some((k) => cells.get(k)?.some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2)),
    add: (b) => keys(b).forEach((k) => (cells.get(k) ?? cells.set(k, []).get(k)).push(b)),
  };
}

/** Keeps the captions chosen for the current view; `refresh()` after anything that moves or hides nodes. */
export function createLabels(cy) {
  const width = textMeasure();
  let frame = 0;

  function place() {
    frame = 0;
    const zoom = cy.zoom();
    const [w, h] = [cy.width(), cy.height()];
    const grid = boxGrid();
    const candidates = cy.nodes().filter((n) => !n.hasClass("filtered"));
    const order = candidates
      .toArray()
      .sort(
        (a, b) =>
          Number(forced(b)) - Number(forced(a)) || b.data("degree") - a.data("degree") || (a.id() < b.id() ? -1 : 1),
      );
    const chosen = new Set();
    for (const n of order) {
      const p = n.renderedPosition();
      const half = Math.min(width(n.data("caption") ?? "", bold(n)), MAX_WIDTH_PX) / 2 + OUTLINE_PX + GAP_PX;
      const top = p.y + (n.data("h") * zoom) / 2 + 2 * zoom;
      const box = { x1: p.x - half, x2: p.x + half, y1: top - GAP_PX, y2: top + FONT_PX * 1.25 + OUTLINE_PX + GAP_PX };
      const must = forced(n);
      if (!must && (box.x1 < 0 || box.x2 > w || box.y1 < 0 || box.y2 > h || grid.overlaps(box))) continue;
      grid.add(box);
      chosen.add(n.id());
    }
    const data = { fs: FONT_PX / zoom, tw: MAX_WIDTH_PX / zoom, to: OUTLINE_PX / zoom };
    cy.batch(() => {
      cy.nodes(".labelled").forEach((n) => {
        if (!chosen.has(n.id())) n.removeClass("labelled");
      });
      for (const id of chosen) cy.getElementById(id).data(data).addClass("labelled");
    });
  }

  /** Chooses again at the next frame (many changes in one frame cost one choice). */
  const refresh = () => {
    frame ||= requestAnimationFrame(place);
  };
  let timer = 0;
  cy.on("viewport resize", () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 80);
  });
  cy.on("select unselect", "node", refresh);
  cy.on("mouseover", "node", (e) => {
    e.target.addClass("hover");
    refresh();
  });
  cy.on("mouseout", "node", (e) => {
    e.target.removeClass("hover");
    refresh();
  });
  /** Chooses now (for the first drawing, whose frame is timed); a choice already queued is dropped. */
  const placeNow = () => {
    cancelAnimationFrame(frame);
    place();
  };
  return { refresh, placeNow };
}
