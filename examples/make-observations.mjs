// Generates examples/observations.csv: a month (March 2025) of audits of the bundled hotel's service
// standards (examples/standards.json) at its three branches, from a fixed seed (the same file every
// run). Each day one observer visits each branch and records every standard; on about one day in five
// a second observer audits the same branch the same day, so observers' agreement can be measured.
// Each branch keeps each standard with its own probability; measured standards record a value (seconds,
// minutes, rings) drawn so that it meets the target with about that probability. Room service is never
// delivered within its 10-minute target (the SMART check's achievability question). Three rows are
// deliberately bad (a standard not in the register, an unreadable result, a greeting time of 5,000 s
// outside the plausible range) to show how exclusions are reported.
// Run: node examples/make-observations.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const random = mulberry32(1903);

// The chance each branch keeps each standard.
const KEEP = {
  'Hangzhou-01': {
    'CI-GREET': 0.9,
    'CI-TIME': 0.85,
    'ROOM-CLEAN': 0.97,
    'PHONE-RINGS': 0.88,
    'NAME-THANKS': 0.8,
    'BILL-RIGHT': 0.98,
    'ROOM-SERVICE': 0,
    BADGE: 0.95,
  },
  'Shanghai-01': {
    'CI-GREET': 0.75,
    'CI-TIME': 0.7,
    'ROOM-CLEAN': 0.93,
    'PHONE-RINGS': 0.8,
    'NAME-THANKS': 0.6,
    'BILL-RIGHT': 0.96,
    'ROOM-SERVICE': 0,
    BADGE: 0.9,
  },
  'Shanghai-02': {
    'CI-GREET': 0.6,
    'CI-TIME': 0.55,
    'ROOM-CLEAN': 0.9,
    'PHONE-RINGS': 0.7,
    'NAME-THANKS': 0.5,
    'BILL-RIGHT': 0.94,
    'ROOM-SERVICE': 0,
    BADGE: 0.85,
  },
};
// Measured standards: a value that meets the target, and one that misses it.
const round1 = (x) => Math.round(x * 10) / 10;
const VALUE = {
  'CI-GREET': (ok) => String(Math.round(ok ? 5 + random() * 25 : 31 + random() * 90)),
  'CI-TIME': (ok) => String(round1(ok ? 2 + random() * 3 : 5.1 + random() * 6)),
  'PHONE-RINGS': (ok) => String(ok ? 1 + Math.floor(random() * 3) : 4 + Math.floor(random() * 4)),
  'ROOM-SERVICE': (ok) => String(Math.round(ok ? 5 + random() * 5 : 15 + random() * 30)),
};
const OBSERVERS = ['Li', 'Wang', 'Chen'];

const lines = ['standard_id,unit,date,observer,result'];
for (let day = 1; day <= 31; day++) {
  const date = `2025-03-${String(day).padStart(2, '0')}`;
  for (const [unit, keep] of Object.entries(KEEP)) {
    const first = OBSERVERS[Math.floor(random() * 3)];
    const second = random() < 0.2 ? OBSERVERS.filter((o) => o !== first)[Math.floor(random() * 2)] : null;
    for (const [id, p] of Object.entries(keep)) {
      const ok = random() < p;
      const record = (observer, seen) =>
        lines.push(`${id},${unit},${date},${observer},${VALUE[id] === undefined ? (seen ? 'pass' : 'fail') : VALUE[id](seen)}`);
      record(first, ok);
      // The second observer sees the same service: a measured standard is timed or counted alike; a
      // pass/fail judgement now and then goes the other way.
      if (second !== null) record(second, VALUE[id] !== undefined || random() < 0.9 ? ok : !ok);
    }
  }
}
lines.push('LOBBY-MUSIC,Shanghai-01,2025-03-12,Li,pass');
lines.push('NAME-THANKS,Shanghai-02,2025-03-18,Wang,maybe');
lines.push('CI-GREET,Hangzhou-01,2025-03-20,Chen,5000');
writeFileSync(fileURLToPath(new URL('./observations.csv', import.meta.url)), `${lines.join('\n')}\n`);
console.log(`examples/observations.csv: ${lines.length - 1} rows`);
