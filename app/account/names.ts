/**
 * How a person is named back to them and to others. A name is optional: someone invited by
 * address alone has none until they give one in their settings, and is then greeted without
 * a name (never by a guess made from their address). Pure.
 */

/** The given name to greet with: "Edsger" for "Edsger Dijkstra" and for "Dijkstra, Edsger"; "" when there is no name. */
export function firstName(name: string): string {
  const trimmed = name.trim();
  const comma = trimmed.indexOf(",");
  const given = comma > 0 ? trimmed.slice(comma + 1).trim() : "";
  return (given || trimmed).split(/\s+/)[0] ?? "";
}

/** A greeting with the given name when there is one: "Welcome, Edsger", or just "Welcome". */
export function addressed(words: string, name: string): string {
  const first = firstName(name);
  return first ? `${words}, ${first}` : words;
}

/** What to show for a person in a list: their name, or their address when they have not given one. */
export function shownName(person: { name: string; email: string }): string {
  return person.name.trim() || person.email;
}
