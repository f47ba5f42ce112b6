/** How people are named in Thai documents; zod-free so the renderer can use it without the schemas. */
export interface NameParts {
  title: string;
  firstName: string;
  lastName: string;
}

/** `นายประเสริฐ จันทรรวงทอง`: Thai title prefixes attach to the first name without a space. */
export function personName(p: NameParts): string {
  return `${p.title}${p.firstName}${p.lastName ? ` ${p.lastName}` : ''}`;
}
