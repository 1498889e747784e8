/**
 * A small hand-written schema checker for settings files. It needs no `eval`/`new Function`
 * (extension CSP forbids them) and reports every problem with its path, e.g.
 * `settings.ui.checklistRetentionDays: expected a whole number from 1 to 3650, got "30"`.
 */
import { errorText } from '../error-text';
import { isPlainObject } from '../is-plain-object';

export interface Schema {
  /** Appends `path: problem` lines to `errors`; reports nothing when the value fits. */
  check(value: unknown, path: string, errors: string[]): void;
  /** Marks an object property as optional (absent is fine; `undefined` too). */
  readonly optional?: boolean;
}

/** Short description of a value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value);
  return `${typeof value} ${String(value)}`;
}

export function str(opts: { minLength?: number; maxLength?: number; pattern?: RegExp; hint?: string } = {}): Schema {
  const { minLength = 0, maxLength = 2000, pattern, hint } = opts;
  return {
    check(value, path, errors) {
      if (typeof value !== 'string') return void errors.push(`${path}: expected text, got ${describeValue(value)}`);
      if (value.length < minLength) errors.push(`${path}: must not be empty`);
      else if (value.length > maxLength)
        errors.push(`${path}: is ${value.length} characters long; the limit is ${maxLength}`);
      else if (pattern && !pattern.test(value))
        errors.push(`${path}: ${describeValue(value)} is not ${hint ?? `in the form ${pattern}`}`);
    },
  };
}

export function bool(): Schema {
  return {
    check(value, path, errors) {
      if (typeof value !== 'boolean') errors.push(`${path}: expected true or false, got ${describeValue(value)}`);
    },
  };
}

export function int(min: number, max: number): Schema {
  return {
    check(value, path, errors) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
        errors.push(`${path}: expected a whole number from ${min} to ${max}, got ${describeValue(value)}`);
    },
  };
}

export function oneOf(values: readonly (string | number)[]): Schema {
  return {
    check(value, path, errors) {
      if (!values.includes(value as string | number))
        errors.push(
          `${path}: expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`,
        );
    },
  };
}

/** A regular expression written as text; `allowEmpty` for patterns where empty means "any". */
export function regexSource(opts: { allowEmpty?: boolean; maxLength?: number } = {}): Schema {
  const { allowEmpty = false, maxLength = 500 } = opts;
  return {
    check(value, path, errors) {
      if (typeof value !== 'string')
        return void errors.push(`${path}: expected a regular expression as text, got ${describeValue(value)}`);
      if (value === '') return void (allowEmpty || errors.push(`${path}: the regular expression is empty`));
      if (value.length > maxLength)
        return void errors.push(`${path}: the regular expression is longer than ${maxLength} characters`);
      try {
        new RegExp(value);
      } catch (error) {
        errors.push(`${path}: /${value}/ is not a valid regular expression (${errorText(error)})`);
      }
    },
  };
}

export function arrayOf(item: Schema, maxItems = 1000): Schema {
  return {
    check(value, path, errors) {
      if (!Array.isArray(value)) return void errors.push(`${path}: expected a list, got ${describeValue(value)}`);
      if (value.length > maxItems)
        return void errors.push(`${path}: has ${value.length} entries; the limit is ${maxItems}`);
      value.forEach((entry, i) => {
        item.check(entry, `${path}[${i}]`, errors);
      });
    },
  };
}

/** An object used as a map, e.g. rule id → severity. */
export function recordOf(valueSchema: Schema, key: { pattern: RegExp; hint: string }, maxKeys = 5000): Schema {
  return {
    check(value, path, errors) {
      if (!isPlainObject(value)) return void errors.push(`${path}: expected an object, got ${describeValue(value)}`);
      const keys = Object.keys(value);
      if (keys.length > maxKeys)
        return void errors.push(`${path}: has ${keys.length} entries; the limit is ${maxKeys}`);
      for (const k of keys) {
        const at = `${path}[${JSON.stringify(k)}]`;
        if (!key.pattern.test(k)) errors.push(`${at}: the key is not ${key.hint}`);
        else valueSchema.check(value[k], at, errors);
      }
    },
  };
}

export function optional(schema: Schema): Schema {
  return { check: (value, path, errors) => value === undefined || schema.check(value, path, errors), optional: true };
}

/** One schema per property of T (optional ones included), so a new field in T fails typecheck until its schema is written. */
export type ShapeOf<T> = { [K in keyof Required<T>]: Schema };

/**
 * An object with exactly these properties: missing required ones and unknown ones are both errors.
 * Pass the TypeScript type it checks, `object<Settings>({...})`, to keep the two in step.
 */
export function object<T = Record<string, unknown>>(shape: ShapeOf<T>): Schema {
  const known = Object.keys(shape);
  return {
    check(value, path, errors) {
      if (!isPlainObject(value)) return void errors.push(`${path}: expected an object, got ${describeValue(value)}`);
      for (const name of known) {
        const schema = (shape as Record<string, Schema>)[name]!;
        if (!(name in value) && !schema.optional) errors.push(`${path}.${name}: is missing`);
        else if (name in value) schema.check(value[name], `${path}.${name}`, errors);
      }
      for (const name of Object.keys(value)) {
        if (!Object.hasOwn(shape, name))
          errors.push(`${path}.${name}: unknown setting (this version does not use it; remove it)`);
      }
    },
  };
}

/** Runs a schema and returns its errors (empty when the value fits). */
export function validate(schema: Schema, value: unknown, path: string): string[] {
  const errors: string[] = [];
  schema.check(value, path, errors);
  return errors;
}
