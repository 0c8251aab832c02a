import { Converter, type ConverterFunction } from 'opencc-js/t2cn'

let convert: ConverterFunction | null = null

/**
 * Traditional → Simplified, for tagging only: items are stored as published, but the
 * department and place dictionaries are Simplified, so 臺灣/國務院 must be matched as 台湾/国务院.
 * The converter's dictionaries are built once per process, on first use.
 */
export function toSimplified(text: string): string {
  // Pure ASCII (and most Simplified text) needs no conversion; skip the trie walk for it.
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(text)) return text
  convert ??= Converter({ from: 'hk', to: 'cn' })
  return convert(text)
}
