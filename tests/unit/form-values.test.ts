import { z } from "zod";
import { ECHO_LIMIT, formValues, parseForm } from "~/forms/parse";

describe("form values sent back after an error", () => {
  it("are never longer than the longest field, while parsing still sees the whole value", () => {
    const form = new FormData();
    form.set("email", "x".repeat(ECHO_LIMIT * 3));
    expect(formValues(form).email).toHaveLength(ECHO_LIMIT);
    const parsed = parseForm(form, z.object({ email: z.string().max(254, "Too long") }));
    expect(parsed).toMatchObject({ ok: false, errors: { email: "Too long" } });
    if (!parsed.ok) expect(parsed.values.email).toHaveLength(ECHO_LIMIT);
    // The whole value reached the schema: a length check sees the real length.
    const length = parseForm(form, z.object({ email: z.string().transform((v) => v.length) }));
    expect(length).toEqual({ ok: true, data: { email: ECHO_LIMIT * 3 } });
  });
});
