import { describe, expect, it } from "vitest";
import { sectionOf, withSection } from "../bench/report";

const FILE = "# Benchmarks\n\nIntro.\n\n## Email\n\n| a | b |\n\n## Scale: 100,000 enrollments\n\nOld figures.\n\n### What the hot paths ask SQLite\n\nOld plans.\n";

describe("benchmark report sections", () => {
  it("replaces a section whole, its ### subsections too, and keeps the others", () => {
    const next = withSection(FILE, "Scale: 100,000 enrollments", "## Scale: 100,000 enrollments\n\nNew figures.\n");
    expect(next).toContain("New figures.");
    expect(next).not.toContain("Old figures.");
    expect(next).not.toContain("Old plans.");
    expect(next).toContain("## Email\n\n| a | b |");
    expect(next.match(/## Scale/g)).toHaveLength(1);
  });

  it("appends a section the file does not have yet, once however often it is written", () => {
    const once = withSection("# Benchmarks\n\nIntro.\n", "Scale: 100,000 enrollments", "## Scale: 100,000 enrollments\n\nFigures.\n");
    const twice = withSection(once, "Scale: 100,000 enrollments", "## Scale: 100,000 enrollments\n\nFigures again.\n");
    expect(twice.match(/## Scale/g)).toHaveLength(1);
    expect(sectionOf(twice, "Scale: 100,000 enrollments")).toBe("## Scale: 100,000 enrollments\n\nFigures again.\n");
  });
});
