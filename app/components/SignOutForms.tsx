import { Form } from "@remix-run/react";

/** Ends this session. */
export function SignOutForm({ className = "button button-secondary" }: { className?: string }) {
  return (
    <Form method="post" action="/logout">
      <button type="submit" className={className}>
        Sign out
      </button>
    </Form>
  );
}

/** Ends every session of this account, this one included. */
export function SignOutEverywhereForm() {
  return (
    <Form method="post" action="/logout">
      <input type="hidden" name="intent" value="everywhere" />
      <button type="submit" className="button button-danger">
        Sign out of every device
      </button>
    </Form>
  );
}
