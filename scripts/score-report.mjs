// What score-blind.mjs and score-pairs.mjs print: the totals, a table per rule, then the misses
// and the false alarms (or all of it as JSON).

/** `unit`: what was scored ({ n: 6, name: 'pairs' }); `planted`: what the keys hold ("planted mistakes"). */
export function printScore({ unit, planted, keys, found, counted, right, perRule, misses, falseAlarms }, asJson) {
  const recall = keys ? found / keys : 1;
  const precision = counted ? right / counted : 1;
  if (asJson) {
    console.log(JSON.stringify({ [unit.name]: unit.n, keys, found, recall, precision, perRule: Object.fromEntries(perRule), misses, falseAlarms }, null, 2));
    return;
  }
  console.log(`${unit.n} ${unit.name}, ${keys} ${planted}: recall ${recall.toFixed(3)} (${found}/${keys}), precision ${precision.toFixed(3)} (${right}/${counted})`);
  console.log('| rule | planted | found | recall | findings | right | precision |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [rule, s] of [...perRule].sort()) {
    console.log(
      `| \`${rule}\` | ${s.keys} | ${s.found} | ${s.keys ? (s.found / s.keys).toFixed(2) : '–'} | ${s.findings} | ${s.right} | ${s.findings ? (s.right / s.findings).toFixed(2) : '–'} |`,
    );
  }
  console.log('\nMissed:');
  for (const m of misses) console.log(`- ${m}`);
  console.log('\nFalse alarms:');
  for (const f of falseAlarms) console.log(`- ${f}`);
}
