/**
 * Where a document was published (GB/T 7714's 出版地, CSL's publisher-place): the seat of the body
 * that issued it. A national body sits in Beijing; a city's or a district's body (`广州市…`,
 * `广州市黄埔区…`) in that city; a province's (`广东省…`, `广西壮族自治区…`) in its capital. Read
 * from the body's name and level, which is how the graph knows them; null when neither tells.
 */

/** Provinces and autonomous regions by the start of their name, with their capitals (municipalities are cities). */
const CAPITALS: readonly [string, string][] = [
  ["河北", "石家庄"],
  ["山西", "太原"],
  ["辽宁", "沈阳"],
  ["吉林", "长春"],
  ["黑龙江", "哈尔滨"],
  ["江苏", "南京"],
  ["浙江", "杭州"],
  ["安徽", "合肥"],
  ["福建", "福州"],
  ["江西", "南昌"],
  ["山东", "济南"],
  ["河南", "郑州"],
  ["湖北", "武汉"],
  ["湖南", "长沙"],
  ["广东", "广州"],
  ["海南", "海口"],
  ["四川", "成都"],
  ["贵州", "贵阳"],
  ["云南", "昆明"],
  ["陕西", "西安"],
  ["甘肃", "兰州"],
  ["青海", "西宁"],
  ["内蒙古", "呼和浩特"],
  ["广西", "南宁"],
  ["西藏", "拉萨"],
  ["宁夏", "银川"],
  ["新疆", "乌鲁木齐"],
];

/** A city at the start of a body's name (`深圳市人民政府` → 深圳); a province's name never matches (no 省 or 区 inside). */
const CITY = /^([^省区县市]{2,4}?)市/;
const PROVINCE = /^(.{2,8}?)(省|自治区)/;

/** The city a body of `level` named `name` sits in, without 市 (`广州`), or null. */
export function placeOf(name: string, level: string | null): string | null {
  if (level === "NATIONAL" || name.startsWith("中华人民共和国") || name.startsWith("国务院")) return "北京";
  const city = CITY.exec(name);
  if (city) return city[1]!;
  const province = PROVINCE.exec(name);
  if (province) return CAPITALS.find(([p]) => province[1]!.startsWith(p))?.[1] ?? null;
  return null;
}
