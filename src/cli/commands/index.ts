import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { callsCommand } from './calls.js';
import { diagnoseCommand } from './diagnose.js';
import { journeyCommand } from './journey.js';
import { linkCommand } from './link.js';
import { paretoCommand } from './pareto.js';
import { staffingCommand } from './staffing.js';
import { standardsCommand } from './standards.js';
import { kanoCommand } from './kano.js';
import { templateCommand } from './template.js';
import { validateCommand } from './validate.js';
import { sqlCommand } from './sql.js';

// Each command's `run` takes its own flags' values: the list forgets which, and dispatch passes each
// command the values parsed by its own flags.
/** Every command of `servqual`, in the order the main help lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  validateCommand,
  templateCommand,
  diagnoseCommand,
  journeyCommand,
  kanoCommand,
  callsCommand,
  staffingCommand,
  standardsCommand,
  paretoCommand,
  linkCommand,
  sqlCommand,
] as unknown as readonly Command[];
