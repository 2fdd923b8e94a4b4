import { ServqualError } from '../errors.js';
import type { CliIO, Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { GLOBAL_FLAGS } from './commonFlags.js';
import { flagHelp, parseFlags, UsageError } from './flags.js';
import { forTerminal } from './forTerminal.js';

export type { CliIO } from './command.js';
export { UsageError } from './flags.js';

/** The column where the main help's command summaries start. */
const SUMMARY_COLUMN = 39;

/** The main help: every command's usage and summary, and the flags every command takes. */
function mainHelp(): string {
  const lines = COMMANDS.map((c) => {
    const usage = `  servqual ${usageOf(c)}`;
    return usage.length < SUMMARY_COLUMN ? `${usage.padEnd(SUMMARY_COLUMN)}${c.summary}` : `${usage}\n${' '.repeat(SUMMARY_COLUMN)}${c.summary}`;
  });
  const globals = flagHelp([...GLOBAL_FLAGS, { name: 'version', short: 'V', type: 'boolean', help: 'print the version' }]);
  return `servqual — service-quality gap analytics (SERVQUAL, SERVPERF, three-column)

Usage:
${lines.join('\n')}
  servqual help COMMAND

Options for every command:
${globals}
Exit codes: 0 success, 1 data problems, 2 usage errors.
`;
}

/** A command's usage line: its name, its arguments and `[options]`. */
function usageOf(c: Command): string {
  return [c.name, c.synopsis, '[options]'].filter((part) => part !== '').join(' ');
}

/** A command's help: its usage, its description and its flags. */
function commandHelp(c: Command): string {
  return `Usage: servqual ${usageOf(c)}\n\n${c.description}\n\nOptions:\n${flagHelp(c.flags)}`;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code:
 * 0 success, 1 data problems, 2 usage errors. Errors print as one line on stderr.
 */
export async function run(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  try {
    return await dispatch(argv, io, version);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`servqual: ${forTerminal(error.message)}\nRun "servqual --help" for usage.\n`);
      return 2;
    }
    if (error instanceof ServqualError) {
      io.stderr(`servqual: ${forTerminal(error.message)}\n`);
      if (verbose && error.stack !== undefined) io.stderr(`${error.stack}\n`);
      return 1;
    }
    const e = error as Error;
    io.stderr(`servqual: unexpected error: ${forTerminal(e.message ?? String(error))}\n`);
    if (verbose && e.stack !== undefined) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

async function dispatch(argv: readonly string[], io: CliIO, version: string): Promise<number> {
  // Global flags may come before the command: `servqual -v analyze …`.
  const start = argv.findIndex((a) => a !== '-v' && a !== '--verbose');
  const [name, ...rest] = start < 0 ? [] : argv.slice(start);
  if (name === '--version' || name === '-V') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === 'help') return dispatch([rest[0] as string, '--help'], io, version);
  const c = COMMANDS.find((x) => x.name === name);
  if (c === undefined) throw new UsageError(`unknown command "${name}" (commands: ${COMMANDS.map((x) => x.name).join(', ')})`);
  const { values, positionals } = parseFlags(rest, [...GLOBAL_FLAGS, ...c.flags]);
  if (values.help === true) {
    io.stdout(commandHelp(c));
    return 0;
  }
  try {
    return await c.run(values, positionals, io);
  } catch (error) {
    throw asUsageError(error, c) ?? error;
  }
}

/** A library error about an option, told as a usage error naming the flag that set it. */
function asUsageError(error: unknown, c: Command): UsageError | undefined {
  if (!(error instanceof ServqualError) || error.code !== 'E_INVALID_OPTION' || error.option === undefined) return undefined;
  const flag = c.flags.find((f) => f.option === error.option);
  if (flag === undefined) return undefined;
  // "dateFormat \"x\": …" reads "--date-format \"x\": …"; a message that does not start with the name gets it in front.
  const rest = error.message.startsWith(error.option) ? error.message.slice(error.option.length) : `: ${error.message}`;
  return new UsageError(`--${flag.name}${rest}`);
}
