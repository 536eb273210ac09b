// The rules the graph (graph.js) and its first picture (poster.js) draw by alike: how big a node is,
// what the view's filters hide, and how a drawing is fitted to the window.

/** A node's diameter from its degree: 14 for none, growing with the square root, 80 at most. */
const diameter = (degree) => Math.min(80, 14 + 5 * Math.sqrt(degree));

/** Width and height per diameter, by label: documents and parts are wider than tall. */
const ASPECT = { PolicyDocument: [1.45, 1], Task: [1.35, 0.85], Measure: [1.35, 0.85], Action: [1.35, 0.85] };

/** A node's `data(degree)`, `data(w)` and `data(h)`. */
export function sizeData(label, degree) {
  const [w, h] = ASPECT[label] ?? [1, 1];
  const d = diameter(degree);
  return { degree, w: w * d, h: h * d };
}

/**
 * Whether the view's filters hide an element, given its group and data: nodes of a hidden label,
 * documents of a hidden level, edges of a hidden type. (An edge with a hidden end is not drawn
 * either; callers check its ends.)
 */
export function hiderFor({ labels, levels, types }) {
  const [l, v, t] = [new Set(labels), new Set(levels), new Set(types)];
  return (group, data) =>
    group === "nodes" ? l.has(data.label) || (data.label === "PolicyDocument" && v.has(data.level)) : t.has(data.type);
}

/** Fitting leaves this margin (px) around the drawing. */
export const FIT_PADDING = 30;

/** Fitting a few nodes zooms in no further than this: they stay in proportion to their captions. */
export const FIT_MAX_ZOOM = 1.5;

/** The seed the server lays out a whole-graph drawing with (src/export/node-styling.ts). */
export const SERVER_SEED = 1;
