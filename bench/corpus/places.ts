// The corpus's invented geography: provinces, their cities, and the cities' districts and counties.
// Every name is fiction (云岭省, 青川市, 临江区); keys are the romanised names, used in file names.

export type Level = "NATIONAL" | "PROVINCIAL" | "MUNICIPAL" | "DISTRICT";

/** One issuing jurisdiction. `short` opens titles and entity names (`青川`, `临江`); `abbr` opens its 文号. */
export interface Place {
  key: string;
  level: Level;
  /** Full name as an issuer's name opens (`云岭省`, `青川市`, `青川市临江区`, `松溪县`). */
  name: string;
  /** The name a title opens with (`云岭省`, `青川市`, `临江区`, `松溪县`). */
  titleName: string;
  short: string;
  abbr: string;
  /** The level word its own documents use: 国/省/市/区/县 (`区科技局`, `全县`, `我市`). */
  word: string;
  parent: Place | null;
}

type CityRow = [name: string, key: string, districts: [name: string, key: string][]];
type ProvinceRow = [name: string, key: string, abbr: string, cities: CityRow[]];

const PROVINCES: ProvinceRow[] = [
  [
    "云岭省",
    "yunling",
    "云",
    [
      [
        "青川市",
        "qingchuan",
        [
          ["临江区", "linjiang"],
          ["望湖区", "wanghu"],
          ["松溪县", "songxi"],
          ["柳坪县", "liuping"],
        ],
      ],
      [
        "鹤原市",
        "heyuan",
        [
          ["东汀区", "dongting"],
          ["金屿区", "jinyu"],
          ["白石县", "baishi"],
        ],
      ],
      [
        "澄州市",
        "chengzhou",
        [
          ["碧波区", "bibo"],
          ["枫桥区", "fengqiao"],
          ["远山县", "yuanshan"],
        ],
      ],
    ],
  ],
  [
    "江澜省",
    "jianglan",
    "澜",
    [
      [
        "临湖市",
        "linhu",
        [
          ["北岸区", "bei-an"],
          ["湖滨区", "hubin"],
          ["清泉县", "qingquan"],
          ["杏林县", "xinglin"],
        ],
      ],
      [
        "枫城市",
        "fengcheng",
        [
          ["丹霞区", "danxia"],
          ["梧桐区", "wutong"],
          ["石桥县", "shiqiao"],
        ],
      ],
      [
        "沙洲市",
        "shazhou",
        [
          ["海门区", "haimen"],
          ["芦荡县", "ludang"],
          ["渔湾县", "yuwan"],
        ],
      ],
      [
        "雁回市",
        "yanhui",
        [
          ["回龙区", "huilong"],
          ["雁北区", "yanbei"],
          ["苇塘县", "weitang"],
        ],
      ],
    ],
  ],
  [
    "燕原省",
    "yanyuan",
    "燕",
    [
      [
        "朔川市",
        "shuochuan",
        [
          ["云中区", "yunzhong"],
          ["桑干区", "sanggan"],
          ["长城县", "changcheng"],
        ],
      ],
      [
        "平野市",
        "pingye",
        [
          ["麦田区", "maitian"],
          ["牧云县", "muyun"],
          ["泉水县", "quanshui"],
        ],
      ],
      [
        "柏岭市",
        "boling",
        [
          ["柏阳区", "boyang"],
          ["松涛区", "songtao"],
          ["栎山县", "lishan"],
        ],
      ],
    ],
  ],
  [
    "海澄省",
    "haicheng",
    "澄",
    [
      [
        "珠湾市",
        "zhuwan",
        [
          ["蓝港区", "langang"],
          ["银滩区", "yintan"],
          ["椰林县", "yelin"],
          ["潮音县", "chaoyin"],
        ],
      ],
      [
        "岚屿市",
        "lanyu",
        [
          ["雾岛区", "wudao"],
          ["帆影区", "fanying"],
          ["礁石县", "jiaoshi"],
        ],
      ],
      [
        "榕江市",
        "rongjiang",
        [
          ["榕城区", "rongcheng"],
          ["荔香区", "lixiang"],
          ["茶山县", "chashan"],
        ],
      ],
    ],
  ],
  [
    "楚川省",
    "chuchuan",
    "楚",
    [
      [
        "汉皋市",
        "hangao",
        [
          ["鹦洲区", "yingzhou"],
          ["龟峰区", "guifeng"],
          ["莲湖县", "lianhu"],
        ],
      ],
      [
        "荆原市",
        "jingyuan",
        [
          ["关城区", "guancheng"],
          ["漳水县", "zhangshui"],
          ["紫荆县", "zijing"],
        ],
      ],
      [
        "梦泽市",
        "mengze",
        [
          ["云梦区", "yunmeng"],
          ["泽畔区", "zepan"],
          ["菱角县", "lingjiao"],
        ],
      ],
    ],
  ],
];

/** The nation (its documents open with no place name). */
export const NATION: Place = {
  key: "national",
  level: "NATIONAL",
  name: "",
  titleName: "",
  short: "国家",
  abbr: "国",
  word: "国",
  parent: null,
};

/** Every province, city and district, parents first. */
export const PLACES: Place[] = buildPlaces();

/** Places of one level, in a fixed order (the order Zipf weights rank them: the first are the busiest). */
export function placesOf(level: Level): Place[] {
  return level === "NATIONAL" ? [NATION] : PLACES.filter((p) => p.level === level);
}

/** The place and the places above it, smallest first, the nation last. */
export function chainOf(place: Place): Place[] {
  const out: Place[] = [];
  for (let at: Place | null = place; at; at = at.parent) out.push(at);
  return out;
}

function buildPlaces(): Place[] {
  const out: Place[] = [];
  for (const [name, key, abbr, cities] of PROVINCES) {
    const province: Place = {
      key,
      level: "PROVINCIAL",
      name,
      titleName: name,
      short: name.slice(0, -1),
      abbr,
      word: "省",
      parent: NATION,
    };
    out.push(province);
    for (const [cityName, cityKey, districts] of cities) {
      const short = cityName.slice(0, -1);
      const city: Place = {
        key: cityKey,
        level: "MUNICIPAL",
        name: cityName,
        titleName: cityName,
        short,
        abbr: short.slice(0, 2),
        word: "市",
        parent: province,
      };
      out.push(city);
      for (const [districtName, districtKey] of districts) {
        const word = districtName.slice(-1);
        const dShort = districtName.slice(0, -1);
        // A county is named on its own (`松溪县人民政府`); a district under its city (`青川市临江区人民政府`).
        const full = word === "县" ? districtName : cityName + districtName;
        out.push({
          key: districtKey,
          level: "DISTRICT",
          name: full,
          titleName: districtName,
          short: dShort,
          abbr: dShort.slice(0, 2),
          word,
          parent: city,
        });
      }
    }
  }
  return out;
}
