import { test, expect } from '@playwright/test';

// Chart labels are placed at build time from an estimate of text width; here the browser measures
// the real text: no two labels of a chart overlap, no label covers a mark, and every label stays inside its chart, at a
// desktop width and at a phone's (where the narrow layout of each chart is shown).
const chartPages = ['', 'compare/', 'leaderboard/', 'leaderboard/no-guidance/', 'leaderboard/512/'];
const widths = [1280, 390];

for (const path of chartPages) {
  for (const width of widths) {
    test(`/${path} at ${width}px: chart labels overlap neither each other nor a mark, and stay inside the chart`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        const svgs = [...document.querySelectorAll('figure svg')].filter((s) => (s as SVGSVGElement).checkVisibility());
        if (svgs.length === 0) out.push('no chart is visible');
        for (const svg of svgs) {
          const frame = svg.getBoundingClientRect();
          const labels = [...svg.querySelectorAll('.labels text, .crossings text')].map((t) => ({
            text: t.textContent,
            r: t.getBoundingClientRect(),
          }));
          if (labels.length === 0) out.push('a chart has no label');
          for (const { text, r } of labels)
            if (
              r.left < frame.left - 0.5 ||
              r.right > frame.right + 0.5 ||
              r.top < frame.top - 0.5 ||
              r.bottom > frame.bottom + 0.5
            )
              out.push(`"${text}" leaves its chart`);
          const marks = [...svg.querySelectorAll('g.mark, .crossings circle')].map((m) => m.getBoundingClientRect());
          for (const { text, r } of labels)
            if (
              marks.some(
                (m) => r.left < m.right - 1 && m.left < r.right - 1 && r.top < m.bottom - 1 && m.top < r.bottom - 1,
              )
            )
              out.push(`"${text}" covers a mark`);
          for (let i = 0; i < labels.length; i++)
            for (let j = i + 1; j < labels.length; j++) {
              const a = labels[i].r;
              const b = labels[j].r;
              if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
                out.push(`"${labels[i].text}" overlaps "${labels[j].text}"`);
            }
        }
        return out;
      });
      expect(problems).toEqual([]);
    });
  }
}
