import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createRowReader, type RowReaderOptions } from '../data/createRowReader.js';
import { defineInstrument } from '../instrument/defineInstrument.js';
import { FastCsvTokenizer } from '../node/fastCsv.js';
import { createAnalyzer, type AnalyzerOptions, type AnalyzerState } from '../score/createAnalyzer.js';

/** What the main thread sends a worker: the file, its header, the options, and the blocks to read. */
export interface WorkerTask {
  file: string;
  header: string[];
  instrument: unknown;
  reader: RowReaderOptions;
  analyzer: AnalyzerOptions;
  delimiter: string;
  maxFieldSize: number;
  /** Whole blocks of rows: byte range and the 1-based number of the first row. */
  blocks: Array<{ start: number; end: number; firstRow: number }>;
}

// A worker analyses whole blocks of rows, each in a fresh analyzer, and returns each block's state;
// the main thread folds them in order, as one pass would.
async function run(task: WorkerTask): Promise<AnalyzerState[]> {
  const instrument = defineInstrument(task.instrument);
  const reader = createRowReader(task.header, instrument, { ...task.reader, reuse: true });
  const states: AnalyzerState[] = [];
  for (const block of task.blocks) {
    const analyzer = createAnalyzer(instrument, task.analyzer);
    let row = block.firstRow;
    const tokenizer = new FastCsvTokenizer((record) => analyzer.add(reader.readSource(record, row++)), { delimiter: task.delimiter, maxFieldSize: task.maxFieldSize, bom: false });
    if (block.end > block.start) {
      for await (const chunk of createReadStream(task.file, { start: block.start, end: block.end - 1, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) tokenizer.push(chunk);
    }
    tokenizer.end();
    states.push(analyzer.toJSON());
  }
  return states;
}

run(workerData as WorkerTask).then(
  (states) => parentPort?.postMessage({ ok: true, states }),
  (error: unknown) => parentPort?.postMessage({ ok: false, code: (error as { code?: string }).code ?? 'E_IO', message: (error as Error).message }),
);
