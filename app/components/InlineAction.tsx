import { Form } from "@remix-run/react";

/** A one-button form posting an intent about one thing (leave, remove...), inline in a list. */
export function InlineAction({ intent, name, value, label, description }: { intent: string; name: string; value: string | number; label: string; description: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={name} value={value} />
      <button type="submit" className="link-button" aria-label={description}>
        {label}
      </button>
    </Form>
  );
}
