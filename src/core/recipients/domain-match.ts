/** Is a domain one of ours? `example.co.jp` matches itself; `*.example.co.jp` matches subdomains only. */

export function matchesDomainPattern(domain: string, pattern: string): boolean {
  const d = domain.toLowerCase();
  const p = pattern.toLowerCase();
  if (p.startsWith("*.")) {
    const base = p.slice(2);
    return d.length > base.length + 1 && d.endsWith("." + base);
  }
  return d === p;
}

export function isInternalDomain(domain: string, internalDomains: readonly string[]): boolean {
  if (!domain) return false;
  return internalDomains.some((pattern) => matchesDomainPattern(domain, pattern));
}
