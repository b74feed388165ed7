import { generateCode, generateToken, hashCode, hashToken, safeRedirect, sameDigest, SESSION_MS, sessionUse } from "~/auth/tokens";

const DAY = 86_400_000;
const now = new Date("2026-11-21T12:00:00Z");

describe("tokens", () => {
  it("are 20 random bytes in lowercase base32 (32 characters), never repeating", () => {
    const tokens = new Set(Array.from({ length: 200 }, generateToken));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[a-z2-7]{32}$/);
  });

  it("are stored as their SHA-256 in hex", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hashToken(generateToken())).toMatch(/^[0-9a-f]{64}$/);
  });

  it("codes are six digits, leading zeros kept, and hashed per address", () => {
    for (let i = 0; i < 500; i++) expect(generateCode()).toMatch(/^\d{6}$/);
    expect(hashCode("a@example.com", "012345")).not.toBe(hashCode("b@example.com", "012345"));
    expect(hashCode("a@example.com", "012345")).toBe(hashCode("a@example.com", "012345"));
  });

  it("compares digests without short-circuiting on content", () => {
    expect(sameDigest("ab", "ab")).toBe(true);
    expect(sameDigest("ab", "ac")).toBe(false);
    expect(sameDigest("ab", "abc")).toBe(false);
  });
});

describe("session expiry", () => {
  const at = (msFromNow: number) => ({ expiresAt: new Date(now.getTime() + msFromNow) });

  it("keeps a session used in its first half", () => {
    expect(sessionUse(at(20 * DAY), now)).toEqual({ action: "keep" });
    expect(sessionUse(at(15 * DAY), now)).toEqual({ action: "keep" });
  });

  it("extends a session used in its second half to a full 30 days", () => {
    expect(sessionUse(at(15 * DAY - 1), now)).toEqual({ action: "extend", expiresAt: new Date(now.getTime() + SESSION_MS) });
    expect(sessionUse(at(60_000), now)).toEqual({ action: "extend", expiresAt: new Date(now.getTime() + 30 * DAY) });
  });

  it("ends a session at its expiry", () => {
    expect(sessionUse(at(0), now)).toEqual({ action: "expired" });
    expect(sessionUse(at(-DAY), now)).toEqual({ action: "expired" });
  });
});

describe("safeRedirect", () => {
  it.each([
    ["/account", "/account"],
    ["/cohorts/demo?tab=grid", "/cohorts/demo?tab=grid"],
    ["//evil.example/x", "/learn"],
    ["/\\evil.example", "/learn"],
    ["https://evil.example", "/learn"],
    ["javascript:alert(1)", "/learn"],
    ["/ok\nSet-Cookie: x", "/learn"],
    [null, "/learn"],
  ])("%s -> %s", (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});
