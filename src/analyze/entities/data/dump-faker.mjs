import * as all from './package/dist/index.js';
const out = {};
for (const [k, v] of Object.entries(all)) {
  if (!k.startsWith('faker') || !v || !v.definitions) continue;
  try {
    const fn = v.definitions.person && v.definitions.person.first_name;
    if (!fn) continue;
    const names = new Set();
    for (const g of ['generic','female','male']) for (const n of (fn[g]||[])) names.add(n);
    out[k] = [...names];
  } catch (e) {}
}
console.log(JSON.stringify(out));
