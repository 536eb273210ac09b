// How the graph looks: one colour and shape per label, documents coloured by level of government
// (palette.js, shared with the GEXF and GraphML exports), one colour and line style per
// relationship type, LEAD drawn heavy and PARTICIPANT dashed. The legend is drawn from the same tables.
import { LABELS, LEVELS } from "./palette.js";

export { LABELS, LEVELS };

export const FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export const TYPES = {
  IMPLEMENTS: { colour: "#c0392b", style: "solid", width: 3, title: "implements" },
  REPEALS: { colour: "#c0392b", style: "dashed", width: 2, title: "repeals" },
  ISSUED_BY: { colour: "#7d3c98", style: "solid", width: 2, title: "issued by" },
  HAS_PART: { colour: "#566573", style: "solid", width: 2, title: "has part" },
  SETS: { colour: "#e84393", style: "solid", width: 1.5, title: "sets target" },
  RESPONSIBLE: { colour: "#d35400", style: "solid", width: 2, title: "responsible" },
  SUPPORTS: { colour: "#148f77", style: "solid", width: 2, title: "supports" },
  DEVELOPS: { colour: "#935116", style: "solid", width: 2, title: "develops" },
  OPERATED_BY: { colour: "#2874a6", style: "solid", width: 2, title: "operated by" },
  MENTIONS: { colour: "#b3b6b7", style: "dotted", width: 1.2, title: "mentions" },
};

/** Roles drawn apart from their type's default line. */
export const ROLES = {
  LEAD: { colour: "#d35400", style: "solid", width: 4.5, title: "LEAD (牵头)" },
  PARTICIPANT: { colour: "#e59866", style: "dashed", width: 1.5, title: "PARTICIPANT (配合)" },
  JOINT: { colour: "#a04000", style: "dotted", width: 3.5, title: "JOINT (分工负责)" },
  APPROVER: { colour: "#7d3c98", style: "dashed", width: 2, title: "APPROVER (同意)" },
};

const labelStyles = Object.entries(LABELS).map(([label, s]) => ({
  selector: `node[label = "${label}"]`,
  style: { "background-color": s.colour, shape: s.shape },
}));
const levelStyles = Object.entries(LEVELS).map(([level, s]) => ({
  selector: `node[label = "PolicyDocument"][level = "${level}"]`,
  style: { "background-color": s.colour },
}));
const typeStyles = Object.entries(TYPES).map(([type, s]) => ({
  selector: `edge[type = "${type}"]`,
  style: { "line-color": s.colour, "target-arrow-color": s.colour, "line-style": s.style, width: s.width },
}));
const roleStyles = Object.entries(ROLES).map(([role, s]) => ({
  selector: `edge[role = "${role}"]`,
  style: { "line-color": s.colour, "target-arrow-color": s.colour, "line-style": s.style, width: s.width },
}));

/** An edge's caption, drawn only for the selected edge and a highlighted path's edges. */
const EDGE_CAPTION = {
  label: "data(caption)",
  "font-family": FONT,
  "font-size": 9,
  "text-rotation": "autorotate",
  "text-outline-color": "#fbfcfc",
  "text-outline-width": 2,
};

/**
 * The Cytoscape stylesheet. Nodes are sized by degree (`data(w)`, `data(h)`, set by graph.js).
 * Only nodes labels.js picks (class `labelled`) show their caption, at the font size and width it
 * sets for the current zoom (`data(fs)`, `data(tw)`, `data(to)`), so a caption reads the same at
 * any zoom and no two overlap.
 */
export const STYLESHEET = [
  {
    selector: "node",
    style: {
      width: "data(w)",
      height: "data(h)",
      "border-width": 1,
      "border-color": "#fff",
    },
  },
  {
    selector: "node.labelled",
    style: {
      label: "data(caption)",
      "font-family": FONT,
      color: "#1c2833",
      "text-valign": "bottom",
      "text-margin-y": 2,
      "text-wrap": "ellipsis",
      "text-outline-color": "#fbfcfc",
      "font-size": "data(fs)",
      "text-max-width": "data(tw)",
      "text-outline-width": "data(to)",
    },
  },
  ...labelStyles,
  {
    selector: 'node[label = "PolicyDocument"]',
    style: { "border-width": 2, "border-color": "#1c2833", "font-weight": "bold" },
  },
  ...levelStyles,
  {
    selector: 'node[label = "PolicyDocument"][?placeholder]',
    style: { "border-style": "dashed", "background-opacity": 0.6 },
  },
  { selector: "node.expanded", style: { "border-color": "#1c2833", "border-width": 2 } },
  {
    selector: "edge",
    style: {
      "curve-style": "straight",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.7,
      width: 1.5,
      "line-color": "#aab7b8",
      "target-arrow-color": "#aab7b8",
    },
  },
  { selector: "edge.parallel", style: { "curve-style": "bezier" } },
  ...typeStyles,
  ...roleStyles,
  { selector: ".filtered", style: { display: "none" } },
  {
    selector: "node:selected",
    style: {
      "border-color": "#1f618d",
      "border-width": 4,
      "underlay-color": "#5dade2",
      "underlay-opacity": 0.35,
      "underlay-padding": 6,
    },
  },
  {
    selector: "edge:selected",
    style: { ...EDGE_CAPTION, "underlay-color": "#5dade2", "underlay-opacity": 0.45, "underlay-padding": 4 },
  },
  {
    selector: "node.path",
    style: {
      "underlay-color": "#f1c40f",
      "underlay-opacity": 0.7,
      "underlay-padding": 8,
      "font-weight": "bold",
      "z-index": 10,
    },
  },
  {
    selector: "edge.path",
    style: {
      ...EDGE_CAPTION,
      width: 5,
      "line-color": "#f39c12",
      "target-arrow-color": "#f39c12",
      "line-style": "solid",
      "z-index": 10,
    },
  },
  { selector: ".faded", style: { opacity: 0.18 } },
  {
    selector: "node.cursor",
    style: { "underlay-color": "#1f618d", "underlay-opacity": 0.5, "underlay-padding": 7, "z-index": 20 },
  },
];
