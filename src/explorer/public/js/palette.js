// The graph's colours, one per label and, for documents, one per level of government. The explorer
// draws with them (style.js) and the GEXF and GraphML exports write them (src/export/palette.ts
// imports this file), so a node has the same colour in the page, in Gephi and in Cytoscape.
// Plain data and one pure function: it must load in a browser and in Node alike.

/** Colour, Cytoscape shape and legend title of each label. */
export const LABELS = {
  PolicyDocument: { colour: "#7f8c8d", shape: "round-rectangle", title: "Document" },
  Agency: { colour: "#7d3c98", shape: "hexagon", title: "Agency" },
  Organization: { colour: "#2874a6", shape: "ellipse", title: "Organisation" },
  Platform: { colour: "#148f77", shape: "diamond", title: "Platform" },
  Zone: { colour: "#935116", shape: "triangle", title: "Zone" },
  Target: { colour: "#e84393", shape: "star", title: "Target" },
  Action: { colour: "#566573", shape: "barrel", title: "Action" },
  Task: { colour: "#a6acaf", shape: "round-rectangle", title: "Task" },
  Measure: { colour: "#34495e", shape: "octagon", title: "Measure" },
  Technology: { colour: "#5dade2", shape: "pentagon", title: "Technology" },
  Domain: { colour: "#f0b27a", shape: "tag", title: "Domain" },
};

/** Colour and legend title of each level of government: a document is drawn in its level's colour. */
export const LEVELS = {
  NATIONAL: { colour: "#c0392b", title: "National" },
  PROVINCIAL: { colour: "#e67e22", title: "Provincial" },
  MUNICIPAL: { colour: "#d4ac0d", title: "Municipal" },
  DISTRICT: { colour: "#28b463", title: "District" },
};

/** The colour of a label the palette does not know. */
export const UNKNOWN_COLOUR = "#7f8c8d";

/**
 * The `#rrggbb` colour of a node: a document's level's colour when it has a known level, else its
 * label's, else {@link UNKNOWN_COLOUR}.
 */
export function nodeColour(label, level) {
  return (label === "PolicyDocument" && LEVELS[level]?.colour) || LABELS[label]?.colour || UNKNOWN_COLOUR;
}
