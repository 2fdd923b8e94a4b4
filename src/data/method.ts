/**
 * How a survey is scored:
 * - `servqual`: expectations and perceptions, gap = P − E (Parasuraman, Zeithaml & Berry 1988);
 * - `servperf`: perceptions only (Cronin & Taylor 1992);
 * - `three-column`: minimum, desired and perceived (Parasuraman, Zeithaml & Berry 1994).
 */
export type Method = 'servqual' | 'servperf' | 'three-column';

/** Every method, in the order the CLI lists them. */
export const METHODS: readonly Method[] = ['servqual', 'servperf', 'three-column'];

/** Whether a string names a method. */
export function isMethod(value: string): value is Method {
  return (METHODS as readonly string[]).includes(value);
}
