import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import type { InvitePlan } from "~/cohorts/invite-plan";
import { MAX_ENTRIES } from "~/cohorts/invite-limits";

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** "2 times, on line 3"; "3 times, on lines 1, 4 and 9". */
export function whereRepeated(lines: number[]): string {
  const at = [...new Set(lines)].map(String);
  return `${lines.length} times, on ${at.length === 1 ? "line" : "lines"} ${at.length === 1 ? at[0] : `${at.slice(0, -1).join(", ")} and ${at.at(-1)}`}`;
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="stack" aria-labelledby={id}>
      <h2 id={id} className="h3">
        {title}
      </h2>
      {intro ? <p className="small muted">{intro}</p> : null}
      <div className="table-wrap">{children}</div>
    </section>
  );
}

const NoName = () => <span className="muted">no name given</span>;

/**
 * What "Send" would do, before it is done: who is invited, who is already in, repeats,
 * entries that are not addresses (verbatim, with why), and the seats. "Send" posts the list
 * shown; "Edit the list" brings the text back into the box.
 */
export function InvitePreview({ plan, text, busy, settingsUrl }: { plan: InvitePlan; text: string; busy: boolean; settingsUrl: string }) {
  const n = plan.invite.length;
  const people = JSON.stringify(plan.invite.map((p) => ({ name: p.name, email: p.email })));
  return (
    <div className="stack">
      <p role="status">
        {[
          `${plural(n, "person", "people")} will be invited`,
          plan.already.length ? `${plural(plan.already.length, "is", "are")} already in the cohort` : null,
          plan.duplicates.length ? `${plural(plan.duplicates.length, "address appears", "addresses appear")} more than once` : null,
          plan.rejected.length ? plural(plan.rejected.length, "entry is not an address", "entries are not addresses") : null,
        ]
          .filter(Boolean)
          .join("; ")}
        . Nothing has been sent yet.
      </p>
      {plan.truncated ? <p className="notice notice-warn">Only the first {MAX_ENTRIES.toLocaleString("en-GB")} entries were read. Invite the rest in another round.</p> : null}
      {plan.seatsNeeded > plan.seatsLeft ? (
        <p className="notice notice-error">
          The list needs {plural(plan.seatsNeeded, "new seat", "new seats")} but only {plural(plan.seatsLeft, "is", "are")} left. <Link to={settingsUrl}>Raise the capacity</Link> or
          shorten the list.
        </p>
      ) : n > 0 ? (
        <p className="notice">
          {plan.seatsNeeded === 0 ? "No new seats are needed" : `This takes ${plural(plan.seatsNeeded, "seat", "seats")}`} of the {plural(plan.seatsLeft, "seat", "seats")} left.
        </p>
      ) : null}

      {n > 0 ? (
        <Section id="invite-list" title={`Will be invited (${n})`} intro="Each is enrolled now and gets a welcome email with a link that signs them in. Someone without a name is greeted without one and can add it in their settings.">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {plan.invite.map((p) => (
                <tr key={p.email}>
                  <td>{p.name || <NoName />}</td>
                  <td>{p.email}</td>
                  <td className="small">{p.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}

      {plan.already.length > 0 ? (
        <Section id="already-list" title={`Already in this cohort (${plan.already.length})`} intro="They are not emailed again.">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {plan.already.map((p) => (
                <tr key={p.email}>
                  <td>{p.name || <NoName />}</td>
                  <td>{p.email}</td>
                  <td>
                    <span className={`status ${p.status === "Enrolled" ? "status-active" : "status-waitlisted"}`}>{p.status}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}

      {plan.duplicates.length > 0 ? (
        <Section id="duplicate-list" title={`In the list more than once (${plan.duplicates.length})`} intro="Each is counted once.">
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {plan.duplicates.map((d) => (
                <tr key={d.email}>
                  <td>{d.email}</td>
                  <td>{whereRepeated(d.lines)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}

      {plan.rejected.length > 0 ? (
        <Section id="rejected-list" title={`Not addresses (${plan.rejected.length})`} intro="These are left out. Edit the list to fix them.">
          <table>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">As written</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {plan.rejected.map((r, i) => (
                <tr key={`${r.line}-${i}`}>
                  <td>{r.line}</td>
                  <td>
                    <code className="verbatim">{r.text}</code>
                  </td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      ) : null}

      <div className="sticky-actions button-row">
        {plan.canSend ? (
          <Form method="post">
            <input type="hidden" name="intent" value="send" />
            <input type="hidden" name="people" value={people} />
            <input type="hidden" name="text" value={text} />
            <button type="submit" className="button button-compact" disabled={busy}>
              Send {plural(n, "invitation", "invitations")}
            </button>
          </Form>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="text" value={text} />
          <button type="submit" className={`button button-compact${plan.canSend ? " button-secondary" : ""}`} disabled={busy}>
            Edit the list
          </button>
        </Form>
      </div>
    </div>
  );
}
