import { formatEnvProblems, parseEnv } from "~/env.server";

describe("parseEnv", () => {
  it("has working local defaults with nothing set", () => {
    const result = parseEnv({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.env).toMatchObject({
      NODE_ENV: "development",
      DATABASE_URL: "data/tripod.db",
      PORT: 3000,
      HOST: "localhost",
      APP_URL: "http://localhost:3000",
      SCHEDULER: "on",
      isProduction: false,
    });
    expect(result.env.RESEND_API_KEY).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    const result = parseEnv({ PORT: "", APP_URL: "" });
    expect(result.ok && result.env.PORT).toBe(3000);
  });

  it("in production names every missing required setting in one go", () => {
    const result = parseEnv({ NODE_ENV: "production" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      "APP_URL is required in production",
      "RESEND_API_KEY is required in production",
      "EMAIL_FROM is required in production",
    ]);
    const message = formatEnvProblems(result.problems);
    for (const name of ["APP_URL", "RESEND_API_KEY", "EMAIL_FROM"]) expect(message).toContain(name);
  });

  it("in production accepts a complete https configuration", () => {
    const result = parseEnv({
      NODE_ENV: "production",
      APP_URL: "https://tripod.example.org",
      RESEND_API_KEY: "re_live_123",
      EMAIL_FROM: "Tripod <course@tripod.example.org>",
    });
    expect(result.ok && result.env.isProduction).toBe(true);
  });

  it("in production refuses a plain-http APP_URL", () => {
    const result = parseEnv({ NODE_ENV: "production", APP_URL: "http://tripod.example.org", RESEND_API_KEY: "k", EMAIL_FROM: "a@b.c" });
    expect(!result.ok && result.problems).toEqual(["APP_URL must be an https:// URL in production"]);
  });

  it("names bad values", () => {
    const result = parseEnv({ PORT: "eighty", APP_NOW: "tomorrow", SCHEDULER: "sometimes", APP_URL: "not a url" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const names = result.problems.map((p) => p.split(" ")[0]).sort();
    expect(names).toEqual(["APP_NOW", "APP_URL", "PORT", "SCHEDULER"]);
  });

  it("accepts an ISO instant for APP_NOW", () => {
    const result = parseEnv({ APP_NOW: "2026-03-08T07:00:00Z" });
    expect(result.ok && result.env.APP_NOW).toBe("2026-03-08T07:00:00Z");
  });

  it("takes TRUST_PROXY as loopback, off, a hop count or addresses, and refuses anything else", () => {
    for (const value of ["loopback", "off", "1", "10.0.0.1", "10.0.0.0/8, ::1"]) expect(parseEnv({ TRUST_PROXY: value }).ok, value).toBe(true);
    const bad = parseEnv({ TRUST_PROXY: "everyone" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join(" ")).toMatch(/TRUST_PROXY/);
  });
});
