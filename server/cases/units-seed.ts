/**
 * A deliberately small set of units so cases can name a responsible unit before the full
 * gazetteer (server/classify) lands: Shandong, its 16 cities, a few counties and departments.
 * Ids are the administrative division code, or `<code>-<dept>` for a department of that place.
 */
export interface UnitSeed {
  id: string
  name: string
  level: 'province' | 'city' | 'county'
  parent_id: string | null
  code: string
}

const CITIES: [string, string][] = [
  ['370100', '济南市'],
  ['370200', '青岛市'],
  ['370300', '淄博市'],
  ['370400', '枣庄市'],
  ['370500', '东营市'],
  ['370600', '烟台市'],
  ['370700', '潍坊市'],
  ['370800', '济宁市'],
  ['370900', '泰安市'],
  ['371000', '威海市'],
  ['371100', '日照市'],
  ['371300', '临沂市'],
  ['371400', '德州市'],
  ['371500', '聊城市'],
  ['371600', '滨州市'],
  ['371700', '菏泽市'],
]

const COUNTIES: [string, string, string][] = [
  ['370102', '济南市历下区', '370100'],
  ['370103', '济南市市中区', '370100'],
  ['370202', '青岛市市南区', '370200'],
  ['370211', '青岛市黄岛区', '370200'],
  ['370602', '烟台市芝罘区', '370600'],
]

/** Departments carry their place's level: a city's 应急管理局 answers at city level. */
const DEPARTMENTS: [string, string, string, UnitSeed['level']][] = [
  ['370000-bgt', '山东省人民政府办公厅', '370000', 'province'],
  ['370000-wjw', '山东省卫生健康委员会', '370000', 'province'],
  ['370000-jyt', '山东省教育厅', '370000', 'province'],
  ['370000-yjt', '山东省应急管理厅', '370000', 'province'],
  ['370000-xcb', '中共山东省委宣传部', '370000', 'province'],
  ['370000-wxb', '山东省委网信办', '370000', 'province'],
  ['370000-txglj', '山东省通信管理局', '370000', 'province'],
  ['370100-yjj', '济南市应急管理局', '370100', 'city'],
  ['370100-jyj', '济南市教育局', '370100', 'city'],
  ['370200-wjw', '青岛市卫生健康委员会', '370200', 'city'],
]

export const UNIT_SEED: readonly UnitSeed[] = [
  { id: '370000', name: '山东省', level: 'province', parent_id: null, code: '370000' },
  ...CITIES.map(([code, name]): UnitSeed => ({ id: code, name, level: 'city', parent_id: '370000', code })),
  ...COUNTIES.map(([code, name, parent]): UnitSeed => ({ id: code, name, level: 'county', parent_id: parent, code })),
  ...DEPARTMENTS.map(([id, name, parent, level]): UnitSeed => ({ id, name, level, parent_id: parent, code: parent })),
]
