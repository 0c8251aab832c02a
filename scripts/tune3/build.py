"""Builds test/fixtures/eval-real/tune3.jsonl from the hand-labelled batches b*.py (labels written
by guideline v1 before the tagger ran). Drops items already in tune/tune2 (by url or title) and,
without printing them, items whose url or title is in the locked test part: only a count is shown."""
import glob, json, os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.join(HERE, '../../test/fixtures/eval-real')

def load(p):
    with open(p, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]

def keys(items):
    urls = {i.get('url') for i in items if i.get('url')}
    titles = {i.get('title') for i in items if i.get('title')}
    return urls, titles

# Items whose label the guideline's clarifications changed (docs/tagging-guideline.md §6, v1.1; §7, v1.2): the batch
# rows hold the new label, and the item says which versions revised it beside the one that labelled it.
relabelled = []
for version, name in (('guideline v1.1', 'relabelled-v1.1.json'), ('guideline v1.2', 'relabelled-v1.2.json')):
    with open(os.path.join(HERE, '../eval-real', name), encoding='utf-8') as f:
        relabelled.append((version, {r['url'] for r in json.load(f)}))

tu, tt = keys(load(os.path.join(REAL, 'tune.jsonl')) + load(os.path.join(REAL, 'tune2.jsonl')))
xu, xt = keys(load(os.path.join(REAL, 'test.jsonl')))
out, seen, dup_tune, dup_test = [], set(), 0, 0
for f in sorted(glob.glob(os.path.join(HERE, 'b[0-9]*.py')), key=lambda p: int(os.path.basename(p)[1:-3])):
    for row in runpy.run_path(f)['B']:
        url, source, date, title, text, dept, city, county = row[:8]
        province = row[8] if len(row) > 8 else ('山东省' if True else None)
        none = row[9] if len(row) > 9 else None
        if len(row) > 8 and row[8] is None:
            province = None
        if url in seen:
            continue
        seen.add(url)
        if url in tu or (title and title in tt):
            dup_tune += 1
            continue
        if url in xu or (title and title in xt):
            dup_test += 1
            continue
        dept = None if dept == '__none__' else dept
        reasons = [r for r in ([] if dept else ['no_department']) + ([none] if none else [])]
        label = {'department': dept, 'province': province, 'city': city, 'county': county}
        if reasons:
            label['none_reason'] = ','.join(reasons)
        out.append({'id': None, 'title': title, 'text': text, 'source': source, 'url': url,
                    'date': date or None, 'label': label, 'labelled_by': 'guideline v1'})
        by = ', '.join(version for version, urls in relabelled if url in urls)
        if by:
            out[-1]['relabelled_by'] = by
for n, item in enumerate(out, 1):
    item['id'] = f'v{n:03d}'
with open(os.path.join(REAL, 'tune3.jsonl'), 'w', encoding='utf-8') as f:
    for item in out:
        f.write(json.dumps(item, ensure_ascii=False) + '\n')
print(f'tune3: {len(out)} items; dropped {dup_tune} already in tune/tune2, {dup_test} overlapping the locked test part (not shown)')
