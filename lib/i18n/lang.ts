// Two languages: Chinese first, English second. Every user-facing string carries both.

export type Lang = 'zh' | 'en';
export type Text = Readonly<Record<Lang, string>>;

/** Picks the language from a browser locale such as "zh-CN" or "en-US". */
export function langOf(locale: string | undefined | null): Lang {
  return !locale || /^zh\b/i.test(locale) ? 'zh' : 'en';
}

/** Fills {name} placeholders. */
export function format(template: string, params: Readonly<Record<string, string | number | null | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? all : String(v);
  });
}
