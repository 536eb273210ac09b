/**
 * A department or a street office names its own divisions after a bare word for itself, not after
 * an area: `厅科技与信息化处` in a 省教育厅 document is that 厅's division, `部水运局` in a 交通运输部
 * document that ministry's bureau, and `街道平安办`,
 * `街道城管科` in a street office's document are the street's. Read as written, `厅…` would be taken
 * for a body of the province and `街道…` for one of no street at all. The full name puts the
 * issuer (or the issuer's street) in place of the word: `湖南省教育厅科技与信息化处`,
 * `杭州市上城区湖滨街道平安办`. A department issuing alone names its divisions bare (`法律援助处`): `江苏省司法厅法律援助处`.
 * A name the issuers give no such body for stays as written.
 */
export function ownBodyName(name: string, issuers: string[]): string {
  const division =
    /^(厅|局|委)([\u4e00-\u9fff]{2,14}(?:处|室|科|中心))$/.exec(name) ??
    /^(部)([\u4e00-\u9fff]{2,14}(?:司|局|厅|室|中心))$/.exec(name);
  if (division) {
    // A ministry's general office signs for it (`交通运输部办公厅`): `部运输服务司` is the ministry's.
    const bodies = division[1] === "部" ? issuers.map((i) => i.replace(/(?:办公厅|办公室)$/, "")) : issuers;
    const own = bodies.filter((i) => i.endsWith(division[1]!) && !/政府|党委|市委|区委|县委/.test(i));
    // A ministry's bureaus (`部水运局`, `部科技司`): in a joint notice, those of the ministry named first, which drafted it.
    if (division[1] === "部" && own.length > 1) return own[0]! + division[2]!;
    return own.length === 1 ? own[0]! + division[2]! : name;
  }
  // A 司 (not a 公司) is a ministry's or a national bureau's division, never a local body's: a bare `计划财务司` (naming no body of its own) in
  // 中国气象局's document is 中国气象局计划财务司 (the first issuer's, in a joint notice).
  if (/^[\u4e00-\u9fff]{2,12}(?<!公)司$/.test(name) && !/[部局委署办院]/.test(name.slice(0, -1))) {
    // The ministry's general office signs for it (`国家卫生健康委办公厅`): the 司 is the ministry's.
    const bureau = issuers
      .map((i) => i.replace(/(?:办公厅|办公室)$/, ""))
      .find((i) => /(?:部|局|委|署)$/.test(i) && !/政府|省|市|县|区/.test(i));
    if (bureau && !name.startsWith(bureau)) return bureau + name;
  }
  // A department's division named bare in the department's own document (`法律援助处` in 江苏省司法厅's,
  // `德育科` in 郫都区教育局's) is that department's, when one department issued it.
  if (/^[\u4e00-\u9fff]{2,12}(?<!办事|派出)(?:处|科)$/.test(name) && !/[省市区县州]/.test(name.slice(0, 1))) {
    const departments = issuers.filter((i) => /(?:厅|局|委)$/.test(i) && !/政府|党委|市委|区委|县委|委员会$/.test(i));
    if (departments.length === 1 && issuers.length === 1) return departments[0]! + name;
  }
  const street = /^街道([\u4e00-\u9fff]{2,16})$/.exec(name);
  if (street && !/^(办事处|工作委员会|党工委)$/.test(street[1]!)) {
    const area = issuers.map(streetOf).find((s) => s !== null);
    if (area) return area + street[1]!;
  }
  return name;
}

/**
 * The street an issuer belongs to: `杭州市上城区湖滨街道` of `杭州市上城区人民政府湖滨街道办事处` and of
 * `中共杭州市上城区湖滨街道工作委员会` (the government's and the party's words left out), or null.
 */
function streetOf(issuer: string): string | null {
  const m = /^(?:中共)?(.+?[\u4e00-\u9fff]{2,}街道)(?:办事处|工作委员会|党工委)$/.exec(issuer);
  return m ? m[1]!.replace(/人民政府/, "") : null;
}
