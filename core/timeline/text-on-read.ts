import { TEXT_LANGUAGES } from '../law/rule-status';
import type { LocalizedText, TextLanguage } from '../law/rule-status';

/**
 * A text in every language that is written only when a language is read (docs/decisions/0054).
 *
 * Why: the engine gives every deadline a sentence in five languages, and almost every caller reads
 * one language of a few deadlines (a page, a letter) or none at all (the nightly recompute, the
 * dashboard). Writing all five for every deadline was about a quarter of the engine's time.
 *
 * Why a Proxy and not a class with getters: the result must look like the plain object it was, to
 * every caller: `Object.keys`, spreading, `JSON.stringify` (the API's bodies), zod's parse, `in` and
 * test equality all see the five own, enumerable language keys, in the same order, with the same
 * strings. Getters on a class's prototype are invisible to `Object.keys` and `JSON.stringify`, and
 * own accessors (`Object.defineProperty`) cost more per object than writing the five sentences.
 *
 * What differs from a plain object: it is read-only apart from the five languages (adding or deleting
 * a key, or freezing it, throws in strict mode; no caller does), and structured clone (a worker thread,
 * `postMessage`) refuses it: copy with {@link withPlainExplanations} first. `util.inspect` (console.log)
 * shows the written texts, as before.
 */

/** Writes the text of one language from two inputs (a function shared by every text of its kind, not a closure per text). */
export type TextWriter<First, Second> = (first: First, second: Second, language: TextLanguage) => string;

const LANGUAGE_SET: ReadonlySet<PropertyKey> = new Set<PropertyKey>(TEXT_LANGUAGES);

/** The state behind one text: its writer, the writer's inputs, and the texts written so far. */
class PendingText {
  private written: Partial<Record<TextLanguage, string>> | undefined;

  constructor(
    private readonly write: TextWriter<unknown, unknown>,
    private readonly first: unknown,
    private readonly second: unknown,
    english: string | undefined,
  ) {
    if (english !== undefined) this.written = { en: english };
  }

  /** The text in `language`, written on the first read and kept. */
  text(language: TextLanguage): string {
    const written = (this.written ??= {});
    return (written[language] ??= this.write(this.first, this.second, language));
  }

  /** Replaces one language's text (a plain object's field can be assigned too). */
  replace(language: TextLanguage, value: string): void {
    (this.written ??= {})[language] = value;
  }

  /** The plain object this text stands for. */
  plain(): Required<LocalizedText> {
    return {
      en: this.text('en'),
      es: this.text('es'),
      vi: this.text('vi'),
      'zh-Hans': this.text('zh-Hans'),
      ar: this.text('ar'),
    };
  }

  /**
   * `util.inspect` (console.log) looks through a Proxy at its target and calls this with the Proxy as `this`:
   * show the texts, as it showed the plain object.
   */
  [Symbol.for('nodejs.util.inspect.custom')](): Required<LocalizedText> {
    if (this instanceof PendingText) return this.plain();
    const text = this as unknown as Required<LocalizedText>;
    return { en: text.en, es: text.es, vi: text.vi, 'zh-Hans': text['zh-Hans'], ar: text.ar };
  }
}

function isLanguage(key: PropertyKey): key is TextLanguage {
  return LANGUAGE_SET.has(key);
}

const HANDLER: ProxyHandler<PendingText> = {
  get(target, key, receiver) {
    if (isLanguage(key)) return target.text(key);
    // Anything else reads as it would on a plain object (toString, hasOwnProperty, constructor …).
    return Reflect.get(Object.prototype, key, receiver) as unknown;
  },
  has(_target, key) {
    return isLanguage(key) || key in Object.prototype;
  },
  ownKeys() {
    return [...TEXT_LANGUAGES];
  },
  getOwnPropertyDescriptor(target, key) {
    if (!isLanguage(key)) return undefined;
    return { value: target.text(key), writable: true, enumerable: true, configurable: true };
  },
  set(target, key, value) {
    if (!isLanguage(key) || typeof value !== 'string') return false;
    target.replace(key, value);
    return true;
  },
  defineProperty() {
    return false;
  },
  deleteProperty() {
    return false;
  },
  preventExtensions() {
    return false;
  },
  getPrototypeOf() {
    return Object.prototype;
  },
  setPrototypeOf() {
    return false;
  },
};

/**
 * A {@link LocalizedText} in every language whose language `language` is `write(first, second, language)`,
 * written when first read. `write` must depend only on its arguments, which must not change afterwards.
 */
export function textOnRead<First, Second>(
  write: TextWriter<First, Second>,
  first: First,
  second: Second,
): Required<LocalizedText> {
  const target = new PendingText(write as TextWriter<unknown, unknown>, first, second, undefined);
  return new Proxy(target, HANDLER) as unknown as Required<LocalizedText>;
}

/**
 * {@link textOnRead} whose English, `write(first, second, 'en')`, the caller has already written: a finding's
 * `message` is its English as a plain string (the contract's field), and reading it back through the Proxy cost a
 * trap call per finding.
 */
export function textOnReadAfterEnglish<First, Second>(
  write: TextWriter<First, Second>,
  first: First,
  second: Second,
  english: string,
): Required<LocalizedText> {
  const target = new PendingText(write as TextWriter<unknown, unknown>, first, second, english);
  return new Proxy(target, HANDLER) as unknown as Required<LocalizedText>;
}

function callWithLanguage(
  make: (language: TextLanguage) => string,
  _unused: undefined,
  language: TextLanguage,
): string {
  return make(language);
}

/** {@link textOnRead} for the rarer sentences, whose words come from a closure (`make(language)`). */
export function textOnReadFrom(make: (language: TextLanguage) => string): Required<LocalizedText> {
  return textOnRead(callWithLanguage, make, undefined);
}

/**
 * Copies of deadlines or findings whose explanations are plain objects (the same keys and strings), for data
 * that crosses to a worker thread: structured clone refuses a Proxy (server/services/build-binder.ts).
 */
export function withPlainExplanations<Item extends { readonly explanation: LocalizedText }>(
  items: readonly Item[],
): Item[] {
  return items.map((item) => ({ ...item, explanation: { ...item.explanation } }));
}
