// The first picture of the whole graph: drawn on a plain canvas from the server's positions as soon
// as the data arrives, before Cytoscape has loaded, styled or measured anything, and taken away when
// Cytoscape's first frame replaces it. It shows what that frame will: the same nodes where the
// seeded layout puts them, in their colours and shapes, sized by degree, with the view's filters and
// the same fit. It answers no pointer (clicks fall through to the graph underneath, which takes
// them once it is drawn); it has no captions and no arrowheads.
import { FIT_MAX_ZOOM, FIT_PADDING, SERVER_SEED, hiderFor, sizeData } from "./drawing.js";
import { LABELS, nodeColour } from "./palette.js";
import { ROLES, TYPES } from "./style.js";

/** Cytoscape's default edge line, for types the stylesheet does not name. */
const EDGE = { colour: "#aab7b8", width: 1.5 };

/** Corners of a regular polygon of `n` sides in the unit box, the first at `turn` (radians from up). */
function polygon(n, turn = 0) {
  return Array.from({ length: n }, (_, i) => {
    const a = turn + (2 * Math.PI * i) / n;
    return [Math.sin(a) / 2, -Math.cos(a) / 2];
  });
}

/** A five-pointed star in the unit box. */
const STAR = Array.from({ length: 10 }, (_, i) => {
  const a = (Math.PI * i) / 5;
  const r = i % 2 ? 0.2 : 0.5;
  return [r * Math.sin(a), -r * Math.cos(a)];
});

/** Outline of each Cytoscape shape the palette uses, in the unit box (null: drawn as a rounded box or ellipse). */
const OUTLINES = {
  triangle: polygon(3),
  diamond: polygon(4),
  pentagon: polygon(5),
  hexagon: polygon(6, Math.PI / 6),
  octagon: polygon(8, Math.PI / 8),
  star: STAR,
};

function tracePath(ctx, shape, x, y, w, h) {
  ctx.beginPath();
  const outline = OUTLINES[shape];
  if (outline) {
    outline.forEach(([px, py], i) => (i ? ctx.lineTo : ctx.moveTo).call(ctx, x + px * w, y + py * h));
    ctx.closePath();
  } else if (shape === "ellipse") ctx.ellipse(x, y, w / 2, h / 2, 0, 0, 2 * Math.PI);
  else ctx.roundRect(x - w / 2, y - h / 2, w, h, Math.min(w, h) / 4);
}

/**
 * The zoom and pan that fit boxes into a `width`×`height` window as graph.fit does: `padding`
 * around, centred, zoomed in no further than {@link FIT_MAX_ZOOM}.
 */
export function fitTransform(boxes, width, height) {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of boxes) {
    x1 = Math.min(x1, b.x - b.w / 2);
    y1 = Math.min(y1, b.y - b.h / 2);
    x2 = Math.max(x2, b.x + b.w / 2);
    y2 = Math.max(y2, b.y + b.h / 2);
  }
  const fits = Math.min((width - 2 * FIT_PADDING) / (x2 - x1), (height - 2 * FIT_PADDING) / (y2 - y1));
  const zoom = Math.min(FIT_MAX_ZOOM, fits > 0 && Number.isFinite(fits) ? fits : 1);
  return { zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
}

/**
 * Draws the poster of `elements` (the whole graph as api.wholeGraph gives it) over `container` (#cy),
 * under the view's `filters` ({ labels, levels, types } hidden). Returns { remove, zoom, pan, nodes,
 * edges }, or null when there is nothing to draw as the first drawing will: another layout seed,
 * a node without the server's position, or a window with no size yet.
 */
export function drawPoster(container, elements, filters, seed) {
  const nodes = elements.filter((e) => e.group === "nodes");
  if (seed !== SERVER_SEED || nodes.length === 0 || !nodes.every((e) => e.drawn)) return null;
  const { width, height } = container.getBoundingClientRect();
  if (width === 0 || height === 0) return null;

  const hides = hiderFor(filters);
  const shown = new Map(nodes.filter((e) => !hides("nodes", e.data)).map((e) => [e.data.id, e]));
  const edges = elements.filter(
    (e) => e.group === "edges" && !hides("edges", e.data) && shown.has(e.data.source) && shown.has(e.data.target),
  );
  const degrees = new Map();
  for (const e of edges)
    for (const end of [e.data.source, e.data.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
  const boxes = [...shown.values()].map((e) => ({
    e,
    x: e.drawn.x,
    y: e.drawn.y,
    ...sizeData(e.data.label, degrees.get(e.data.id) ?? 0),
  }));
  if (boxes.length === 0) return null;
  const { zoom, pan } = fitTransform(boxes, width, height);

  const canvas = document.createElement("canvas");
  canvas.className = "poster";
  canvas.setAttribute("aria-hidden", "true");
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext("2d");
  ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);

  for (const e of edges) {
    const style = ROLES[e.data.role] ?? TYPES[e.data.type] ?? EDGE;
    const [s, t] = [shown.get(e.data.source).drawn, shown.get(e.data.target).drawn];
    ctx.beginPath();
    ctx.moveTo(s.x, s.y);
    ctx.lineTo(t.x, t.y);
    ctx.strokeStyle = style.colour ?? EDGE.colour;
    ctx.lineWidth = style.width ?? EDGE.width;
    ctx.stroke();
  }
  for (const { e, x, y, w, h } of boxes) {
    const document_ = e.data.label === "PolicyDocument";
    tracePath(ctx, LABELS[e.data.label]?.shape, x, y, w, h);
    ctx.fillStyle = nodeColour(e.data.label, e.data.level);
    ctx.fill();
    ctx.lineWidth = document_ ? 2 : 1;
    ctx.strokeStyle = document_ ? "#1c2833" : "#fff";
    ctx.stroke();
  }
  container.after(canvas);
  return { remove: () => canvas.remove(), zoom, pan, nodes: boxes.length, edges: edges.length };
}
