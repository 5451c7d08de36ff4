// Throughput of the Recognizers-Text peer (number, currency and percentage
// recognizers, culture fr-fr) on the same French news text factmine reads.
//   node bench/peer_throughput.js ARTICLES.jsonl MAX_BYTES
// Prints one JSON line: {"bytes":..., "seconds":..., "mb_per_s":..., "results":...}
// The package is installed by bench/run.sh into an ignored folder.
const fs = require('fs');
const readline = require('readline');
const Recognizers = require('@microsoft/recognizers-text-suite');

async function main() {
  const [file, maxBytesArg] = process.argv.slice(2);
  const maxBytes = parseInt(maxBytesArg || '100000', 10);
  const culture = Recognizers.Culture.French;
  const paragraphs = [];
  let bytes = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (bytes >= maxBytes) break;
    const text = JSON.parse(line).text;
    for (const p of text.split(/\n+/)) {
      if (!p.trim()) continue;
      paragraphs.push(p);
      bytes += Buffer.byteLength(p, 'utf8');
      if (bytes >= maxBytes) break;
    }
  }
  rl.close();
  // Warm-up (model construction is not counted).
  Recognizers.recognizeNumber('12 euros', culture);
  Recognizers.recognizeCurrency('12 euros', culture);
  Recognizers.recognizePercentage('12 %', culture);
  const t0 = process.hrtime.bigint();
  let results = 0;
  for (const p of paragraphs) {
    results += Recognizers.recognizeNumber(p, culture).length;
    results += Recognizers.recognizeCurrency(p, culture).length;
    results += Recognizers.recognizePercentage(p, culture).length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ bytes, seconds, mb_per_s: bytes / 1e6 / seconds, results,
                               peak_rss_kb: Math.round(process.memoryUsage().rss / 1024) }));
}
main();
