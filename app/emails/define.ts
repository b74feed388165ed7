import type { ReactElement } from "react";

/**
 * One email = one file exporting `defineEmail({...})`: its kind, subject, preview line and
 * body. `transactional` emails (sign-in, welcome) go even to people who unsubscribed. Every
 * email but sign-in carries List-Unsubscribe (a welcome's unsubscribes from what follows it).
 */
export type EmailDefinition<P> = {
  kind: string;
  transactional: boolean;
  subject: (props: P) => string;
  Body: (props: P) => ReactElement;
  /** The plain-text part, from the same props (see ./text). */
  text: (props: P) => string;
};

export function defineEmail<P>(definition: EmailDefinition<P>): EmailDefinition<P> {
  return definition;
}
