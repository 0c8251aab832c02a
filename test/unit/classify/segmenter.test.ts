import nodejieba from 'nodejieba'
import { beforeAll, describe, expect, it } from 'vitest'
import { cut, loadSegmenter, searchWords, USER_DICT_FILE } from '../../../server/classify/segmenter.ts'

/**
 * The tagging figures were tuned on nodejieba's cuts; the segmenter (jieba-rs with nodejieba's
 * words, 57 MB instead of 243 MB) must cut every text exactly as nodejieba does, words added
 * by the catalogue included.
 */
const TEXTS = [
  '近日,德州市公安局交通管理支队德城区新湖大队在辖区开展酒醉驾夜查行动',
  '莒南县洙边镇某村一男子精神病发作后持刀在村口威胁群众',
  '不时有工作人员主动向行人抛出“橄榄枝”',
  '下午4點45分,濟南交警官方微信繼續發布實時突發路況',
  '12月1日,中央机关及其直属机构2025年度考试录用公务员笔试举行',
  '第3季度COVID-19疫情,A股iPhone手机 English混合',
  'a  b\r\nc\n\n\t\t制表 café naïve x_y+z#w&v',
  '青岛市将有暴雨局部大暴雨天气过程,并伴有大风和雷电',
  '',
]
const CATALOGUE_WORDS = ['城管执法', '新湖大队', '暖湿气流带', '洙边镇']

describe('segmenter', () => {
  beforeAll(() => {
    nodejieba.load({ userDict: USER_DICT_FILE })
  })

  it('cuts as nodejieba does', () => {
    for (const text of TEXTS) expect(cut(text), text).toEqual(nodejieba.cut(text))
  })

  it('cuts as nodejieba does after words are added, and keeps an added word whole', () => {
    loadSegmenter(CATALOGUE_WORDS)
    for (const w of CATALOGUE_WORDS) nodejieba.insertWord(w)
    for (const text of TEXTS) expect(cut(text), text).toEqual(nodejieba.cut(text))
    expect(cut('德城区新湖大队在辖区')).toContain('新湖大队')
  })

  it('indexes search words with the parts of long words and Latin words whole', () => {
    const words = searchWords('学校食堂 rowid 1')
    expect(words).toEqual(expect.arrayContaining(['rowid', '1', '学校', '食堂', '学校食堂']))
    expect(words).not.toContain('r')
  })
})
