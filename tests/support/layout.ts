import type { Page } from "playwright-core";

/** Elements wider than the viewport (horizontal overflow), as short descriptions. */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    if (document.documentElement.scrollWidth > width) offenders.push(`document is ${document.documentElement.scrollWidth}px wide`);
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const box = el.getBoundingClientRect();
      // Content inside a deliberately scrollable box (a wide table) does not count.
      if (el.closest(".table-wrap, .scroll-x")) continue;
      if (box.width > 0 && box.right > width + 1) offenders.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(box.right)}px`);
    }
    return offenders.slice(0, 10);
  });
}
