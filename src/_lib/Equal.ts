/**
 * `true` when `A` and `B` are the same type, else `false`: assignable both ways, with the same
 * readonly modifiers. Both tests are needed: TypeScript's identity test alone takes `{ a?: number }`
 * for `{ a?: number | undefined }` even under `exactOptionalPropertyTypes`, and assignability alone
 * ignores `readonly`. An intersection can compare unequal to the object it flattens to.
 */
export type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? Identical<A, B> : false) : false;

/** TypeScript's identity relation, through the one place it is exposed: comparing generic signatures. */
type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when `T` is `true`: `type Checks = [Expect<Equal<A, B>>]`. */
export type Expect<T extends true> = T;
