import type { DeadlineKind } from '../types/case.ts'

/**
 * The notice's own words behind each interval, quoted verbatim (its ASCII punctuation
 * included) from 鲁政办发〔2018〕18号 as published (seed/000_66daf9e186cb0902.txt). Kinds the notice sets no interval for quote the duty it does
 * state; the interval itself is then the deployment's choice (see PolicyInterval.origin).
 */
export const NOTICE_QUOTES: Readonly<Record<DeadlineKind, string>> = Object.freeze({
  authoritative_info: '对涉及特别重大、重大突发事件的政务舆情,要快速反应、及时发声,最迟要在5小时内发布权威信息',
  press_conference: '24小时内举行新闻发布会',
  response: '对其他政务舆情应在48小时内予以回应',
  follow_up: '并根据工作进展情况,持续发布权威信息',
  acknowledgement: '对重要政务舆情即接即办,重点给予关注,并及时报送舆情办理情况(包括研判、回应、处置情况等)',
})
