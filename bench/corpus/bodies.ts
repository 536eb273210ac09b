// The bodies of each jurisdiction: who issues its documents (with the 文号 prefix each uses) and
// which departments its responsibility clauses name. Departments are ranked: the first three
// (科技, 工信, 发改) lead most tasks, so at 10,000 documents they are hub nodes named by hundreds.
import type { Place } from "./places.js";

export type IssuerKind = "government" | "office" | "department";

/** A body that issues documents: its full name, its 文号 prefix (`青川府办发`), and how often it issues. */
export interface Issuer {
  name: string;
  prefix: string;
  kind: IssuerKind;
  weight: number;
}

const NATIONAL_ISSUERS: Issuer[] = [
  { name: "国务院办公厅", prefix: "国办发", kind: "office", weight: 3 },
  { name: "国务院", prefix: "国发", kind: "government", weight: 1 },
  { name: "科学技术部", prefix: "国科发", kind: "department", weight: 3 },
  { name: "工业和信息化部", prefix: "工信部科", kind: "department", weight: 2 },
  { name: "国家发展改革委", prefix: "发改高技", kind: "department", weight: 1 },
];

/** The bodies that issue a place's documents. */
export function issuersOf(place: Place): Issuer[] {
  if (place.level === "NATIONAL") return NATIONAL_ISSUERS;
  const office = place.level === "PROVINCIAL" ? "办公厅" : "办公室";
  const dept = place.level === "PROVINCIAL" ? "厅" : "局";
  const issuers: Issuer[] = [
    { name: `${place.name}人民政府${office}`, prefix: `${place.abbr}府办发`, kind: "office", weight: 5 },
    { name: `${place.name}人民政府`, prefix: `${place.abbr}府发`, kind: "government", weight: 2 },
    { name: `${place.name}科学技术${dept}`, prefix: `${place.abbr}科发`, kind: "department", weight: 2 },
  ];
  if (place.level !== "DISTRICT")
    issuers.push({
      name: `${place.name}工业和信息化${dept}`,
      prefix: `${place.abbr}工信发`,
      kind: "department",
      weight: 1,
    });
  return issuers;
}

const NATIONAL_UNITS = [
  "科技部",
  "工业和信息化部",
  "国家发展改革委",
  "国家数据局",
  "教育部",
  "财政部",
  "人力资源社会保障部",
  "商务部",
  "农业农村部",
  "交通运输部",
  "国家卫生健康委",
  "自然资源部",
  "生态环境部",
  "文化和旅游部",
];
const PROVINCIAL_UNITS = [
  "科技厅",
  "工业和信息化厅",
  "发展改革委",
  "数据局",
  "教育厅",
  "财政厅",
  "人力资源社会保障厅",
  "商务厅",
  "农业农村厅",
  "交通运输厅",
  "卫生健康委",
  "市场监管局",
  "自然资源厅",
  "生态环境厅",
  "文化和旅游厅",
];
const MUNICIPAL_UNITS = [
  "科技局",
  "工业和信息化局",
  "发展改革委",
  "数据局",
  "教育局",
  "财政局",
  "人力资源社会保障局",
  "商务局",
  "农业农村局",
  "交通运输局",
  "卫生健康委",
  "市场监管局",
  "自然资源和规划局",
  "生态环境局",
  "文化广电旅游局",
];
const DISTRICT_UNITS = [
  "科技局",
  "工业和信息化局",
  "发展改革局",
  "数据局",
  "教育局",
  "财政局",
  "人力资源社会保障局",
  "商务局",
  "农业农村局",
  "交通运输局",
  "卫生健康局",
  "市场监管局",
  "自然资源局",
  "文化旅游体育局",
];

/** The departments a place's responsibility clauses name, as written there (`市科技局`), hubs first. */
export function unitsOf(place: Place): string[] {
  switch (place.level) {
    case "NATIONAL":
      return NATIONAL_UNITS;
    case "PROVINCIAL":
      return PROVINCIAL_UNITS.map((u) => `省${u}`);
    case "MUNICIPAL":
      return MUNICIPAL_UNITS.map((u) => `市${u}`);
    case "DISTRICT":
      return DISTRICT_UNITS.map((u) => `${place.word}${u}`);
    default:
      return assertNever(place.level);
  }
}

/** The place's own government as its documents name it (`市政府`, `省政府`, `国务院`). */
export function governmentOf(place: Place): string {
  return place.level === "NATIONAL" ? "国务院" : `${place.word}政府`;
}

/** The bodies below the place, as a clause names them collectively (`各区（县）政府`), or null for a district. */
export function collectiveBelow(place: Place): string | null {
  switch (place.level) {
    case "NATIONAL":
      return "各省级人民政府";
    case "PROVINCIAL":
      return "各市人民政府";
    case "MUNICIPAL":
      return "各区（县）政府";
    case "DISTRICT":
      return null;
    default:
      return assertNever(place.level);
  }
}

/** Whom the document addresses, by who issues it. */
export function salutationOf(place: Place, issuer: Issuer): string {
  const byGovernment = issuer.kind !== "department";
  switch (place.level) {
    case "NATIONAL":
      return byGovernment
        ? "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
        : "各省、自治区、直辖市及计划单列市有关主管部门，各有关单位：";
    case "PROVINCIAL":
      return byGovernment ? "各市人民政府，省政府各部门、各直属机构：" : "各市有关主管部门，省直有关单位：";
    case "MUNICIPAL":
      return byGovernment ? "各区（县）人民政府，市政府各部门、各直属机构：" : "各区（县）有关主管部门，各有关单位：";
    case "DISTRICT":
      return byGovernment ? `各街道办事处、镇人民政府，${place.word}政府各部门：` : "各街道办事处，各有关单位：";
    default:
      return assertNever(place.level);
  }
}

function assertNever(x: never): never {
  throw new Error(`Unexpected level: ${String(x)}`);
}
