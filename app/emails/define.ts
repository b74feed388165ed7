import type { ReactElement } from "react";

/**
 * One email = one file exporting `defineEmail({...})`: its kind, subject, preview line and
 * body. `transactional` emails (sign-in, welcome) go even to people who unsubscribed and
 * carry no List-Unsubscribe header.
 */
export type EmailDefinition<P> = {
  kind: string;
  transactional: boolean;
  subject: (props: P) => string;
  Body: (props: P) => ReactElement;
};

export function defineEmail<P>(definition: EmailDefinition<P>): EmailDefinition<P> {
  return definition;
}
