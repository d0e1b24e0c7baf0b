// The arguments an ICU MessageFormat template takes, worked out by the type checker, so `t()`
// cannot be called with a missing or misspelt one. A small state machine over the template's
// braces: in text, `{` opens an argument; inside a plural/select argument's options, `{` opens a
// branch (whose text may hold further arguments) and `}` closes the argument.
//
//   {name}                        string | number
//   {n, number}  {n, plural, …}   number            (also selectordinal)
//   {x, select, …}                string
//   {d, date, …}  {d, time, …}    Date
//
// Quoted literals ('{') are not understood here: catalogs do not use them except around a whole
// `'{name}'` meant to be shown as written, which this reads as an argument; keep those out of keys
// that take arguments (test/core/catalogs.test.ts checks every template with the real parser).

type Trim<S extends string> = S extends ` ${infer R}` ? Trim<R> : S extends `${infer R} ` ? Trim<R> : S;

type Frame = "options" | "branch";

type KindOf<Type extends string> =
  Trim<Type> extends "plural" | "selectordinal" | "number"
    ? number
    : Trim<Type> extends "select"
      ? string
      : Trim<Type> extends "date" | "time"
        ? Date
        : string | number;

/** Whether the argument type opens options with branches. */
type HasBranches<Type extends string> =
  Trim<Type> extends "plural" | "selectordinal" | "select" ? true : false;

type Push<Stack extends Frame[], F extends Frame> = [F, ...Stack];

/** Everything up to the next `{` or `}` is skipped; what happens next depends on the stack. */
type Scan<S extends string, Stack extends Frame[], Found> = S extends `${infer Before}{${infer After}`
  ? Before extends `${infer _B}}${infer AfterClose}`
    ? Close<`${AfterClose}{${After}`, Stack, Found>
    : Open<After, Stack, Found>
  : S extends `${string}}${infer AfterClose}`
    ? Close<AfterClose, Stack, Found>
    : Found;

type Close<Rest extends string, Stack extends Frame[], Found> = Stack extends [
  infer Top,
  ...infer Below extends Frame[],
]
  ? Top extends "branch"
    ? Scan<Rest, Push<Below, "options">, Found>
    : Scan<Rest, Below, Found>
  : Scan<Rest, [], Found>;

type Open<After extends string, Stack extends Frame[], Found> = Stack extends [
  "options",
  ...infer Below extends Frame[],
]
  ? Scan<After, Push<Below, "branch">, Found>
  : After extends `${infer Name}}${infer Rest}`
    ? Name extends `${infer Arg},${infer Type},${infer _Style}`
      ? Argument<Arg, Type, `${_Style}}${Rest}`, Stack, Found>
      : Name extends `${infer Arg},${infer Type}`
        ? Argument<Arg, Type, `${Rest}`, Stack, Found, true>
        : Scan<Rest, Stack, Found | [Trim<Name>, string | number]>
    : Found;

/**
 * `{arg, type, style…`: plural and select styles hold branches (the scan resumes inside the
 * options); other styles are a plain word or skeleton up to the closing brace.
 * `Closed` is true when the brace after `type` already closed the argument (`{n, number}`).
 */
type Argument<
  Arg extends string,
  Type extends string,
  Rest extends string,
  Stack extends Frame[],
  Found,
  Closed extends boolean = false,
> = Closed extends true
  ? Scan<Rest, Stack, Found | [Trim<Arg>, KindOf<Type>]>
  : HasBranches<Type> extends true
    ? Scan<Rest, Push<Stack, "options">, Found | [Trim<Arg>, KindOf<Type>]>
    : Rest extends `${string}}${infer After}`
      ? Scan<After, Stack, Found | [Trim<Arg>, KindOf<Type>]>
      : Found;

type Pairs<S extends string> = Scan<S, [], never>;

/** The value a name takes: the intersection over every place it is used (a function parameter each, so a
 * value union such as `string | number` is not split apart). */
type ValueOf<P, K> = (P extends [K, infer T] ? (x: T) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Argument name → the value type it takes. */
export type ArgsOf<S extends string> = { [K in NamesOf<Pairs<S>>]: ValueOf<Pairs<S>, K> };

/** Distributes over the pairs (a template without arguments has none, and so no names). */
type NamesOf<P> = P extends [infer N extends string, unknown] ? N : never;

export type ArgNames<S extends string> = keyof ArgsOf<S>;
