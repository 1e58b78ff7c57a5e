/** `"{count} files"` + `{ count: 3 }` → `"3 files"`; a placeholder without a value stays visible. */
export function fillTemplate(template: string, vars: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (vars[key] !== undefined ? String(vars[key]) : whole));
}
