import { describe, expect, it } from 'vitest'
import { dept, tagger } from '../../helpers/home-tagger.ts'

// Round 17 of issue #19: department rules from the tune10 part and the misses several tune parts share
// (docs/tagging-guideline.md §1.1–1.2). The sentences are written for the test.

describe('the flood command’s work is 应急’s (guideline §1.1: the 防指 office sits in 应急管理局)', () => {
  it('reads 防汛救灾 and the national command as 应急’s, not the 防汛 inside them as 水利’s', () => {
    expect(dept('全省部署防汛救灾工作', '')).toBe('yjj')
    expect(dept('', '国家防汛抗旱总指挥部派出工作组,水利部专家随行。')).toBe('yjj')
    expect(dept('', '国家防总召开会商会,部署防汛工作。')).toBe('yjj')
  })
  it('reads a command’s meeting with its member bureaus as the command’s', () => {
    expect(
      dept(
        '某县召开防汛抗旱工作推进会',
        '县防汛抗旱指挥部负责人及应急管理局、农业农村局、住建局、水务局等成员单位参加,通报防汛形势。',
      ),
    ).toBe('yjj')
  })
  it('keeps 防汛 with no command named 水利’s', () => {
    expect(dept('县长调研黄河防汛工作', '')).toBe('slj')
  })
})

describe('the harvest beside a burning ban is the ban’s season and its straw (guideline §1.2)', () => {
  it('reads a straw-burning ban told through the harvest as the environment’s', () => {
    expect(dept('全镇秸秆禁烧工作圆满完成', '夏收已经结束,全镇收割小麦三万亩,麦收期间未发现一处火点。')).toBe('sthjj')
    expect(dept('街道组织清理田间秸秆', '为落实三夏秸秆禁烧要求,各村清理地头秸秆。')).toBe('sthjj')
  })
  it('keeps a harvest with no burning ban 农业农村’s', () => {
    expect(dept('全县小麦收割过半', '今年夏收进度快于往年,秸秆全部还田。')).toBe('nyncj')
  })
})

describe('安全监管 of food or quality is 市场监管’s inspection (guideline §1.1)', () => {
  it('does not read the 安全监管 inside 质量安全监管 or 食品安全监管 as 应急’s', () => {
    expect(dept('加强安全监管 区里检查夜市熟食', '为加强熟食质量安全监管,区市场监管局开展夜间检查。')).toBe('scjgj')
    expect(dept('', '全市加强食品安全监管,守住百姓餐桌。')).toBe('scjgj')
  })
  it('keeps 安全监管 of firms’ production 应急’s', () => {
    expect(dept('', '县里强化危化品企业安全监管。')).toBe('yjj')
  })
})

describe('hydrology is 水利’s (guideline §1.1)', () => {
  it('reads a river gauge reaching the numbered-flood mark as 水利’s, not the rain’s', () => {
    expect(dept('', '连日暴雨,强降雨过后,河口水文站水位超过警戒线,达到洪水编号标准。')).toBe('slj')
  })
})

describe('a school or a hospital is where a police case happened and to whom (guideline §1.2: 一男子在医院持刀伤人 is the police’s)', () => {
  it('reads a case at a kindergarten or a jam at a school gate as the police’s', () => {
    expect(dept('幼儿园两名教师被刑拘', '')).toBe('gaj')
    expect(dept('', '一所幼儿园的家长报警称,孩子在园内被老师推倒。')).toBe('gaj')
    expect(dept('小学门口接孩子的车堵成长龙', '每到放学,学生家长把车停满路口,交通状况混乱。')).toBe('gaj')
  })
  it('reads illegal parking at a hospital gate as the police’s, as 一男子在医院持刀伤人 is', () => {
    expect(dept('医院门口违停车辆多', '市民驾车就医,医院门口排起长队。')).toBe('gaj')
  })
  it('keeps a hospital’s own matter 卫健’s', () => {
    expect(dept('医院门口违停车辆多 患者挂号难', '')).toBe('wjw')
  })
  it('keeps a school’s own conduct 教育’s', () => {
    expect(dept('学校违规补课 家长报警求助', '')).toBe('jyj')
  })
})

describe('a bureau’s building on fire is where the fire was (guideline §1.2)', () => {
  it('reads a fire at a bureau named by nothing but its name as 应急’s', () => {
    expect(dept('某县税务局办公楼起火', '消防救援人员赶到现场处置。')).toBe('yjj')
  })
  it('keeps a bureau with its own matter words beside a fire its own', () => {
    expect(dept('一男子点火致车辆起火', '县公安局通报,已将犯罪嫌疑人抓获。')).toBe('gaj')
  })
})

describe('a highway closed for ice is the police’s traffic control (guideline §1.1: 交警 → 公安)', () => {
  it('reads highways closed after ice formed on the road as the police’s', () => {
    expect(dept('大雪过后全省多条高速公路封闭', '受路面结冰影响,多条高速公路入口暂时关闭。')).toBe('gaj')
  })
  it('keeps a highway’s own works 交通’s', () => {
    expect(dept('高速公路改扩建 收费站封闭施工', '')).toBe('jtysj')
  })
})

describe('an estate’s lift or charging post is the 物业’s to keep (guideline §1.1: 物业 → 住建)', () => {
  it('reads a broken estate lift or missing chargers with the 物业 named as 住建’s', () => {
    expect(dept('单元电梯停运一个月', '电梯坏了以后居民找物业,物业让居民自己去找电梯公司。')).toBe('zjj')
    expect(dept('充电桩不够用 业主飞线充电', '希望物业多装几个充电桩。')).toBe('zjj')
  })
  it('keeps a lift with its safety words 市场监管’s', () => {
    expect(dept('商场电梯故障 维保人员迟迟未到', '')).toBe('scjgj')
  })
})

describe('a unit’s own page that names no department in its words is the unit’s (guideline §1.2: a story names its own department)', () => {
  const fromSource = (text: string, source: string) => tagger.tag('', text, { name: source }).departments[0]?.id
  it('reads the department from the unit’s name when the words name none', () => {
    expect(fromSource('我们对照年度任务清单,逐项梳理完成情况。', '某市卫生健康委员会')).toBe('wjw')
    expect(fromSource('本周平台共受理市民咨询投诉三百余件。', '某市城市管理信息中心')).toBe('cgj')
  })
  it('keeps the words’ department, and an outlet that names none gives none', () => {
    expect(fromSource('县市场监管局抽检食品二十批次。', '某市卫生健康委员会')).toBe('scjgj')
    expect(fromSource('我们对照年度任务清单,逐项梳理完成情况。', '某某日报')).toBeUndefined()
  })
  it('does not read 民政 inside 人民政协 as the civil affairs bureau', () => {
    expect(fromSource('市政协提案办筛选出一批重点提案。', '人民政协报')).toBeUndefined()
  })
})

describe('keeping dogs is the police’s (养犬管理, guideline §1.1)', () => {
  it('reads dogs off the lead and stray dogs in an estate as the police’s', () => {
    expect(dept('小区业主养狗不拴绳', '小区里还有几只流浪狗,夜里叫个不停。')).toBe('gaj')
  })
})
