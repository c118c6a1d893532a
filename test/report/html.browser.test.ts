// The HTML report in a real browser: offline, sortable, expandable, filterable, readable without JavaScript and
// in print. Runs Debian's Chromium; where it is missing the test is skipped, except in CI where that is a failure.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { sampleReport } from "./sample-report.js";

const CHROMIUM = "/usr/bin/chromium";
const MISSING_MESSAGE = "Chromium not installed: skipping the browser test (apt-get install chromium)";
const available = existsSync(CHROMIUM);
const inCi = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";
const SCREENSHOT = fileURLToPath(new URL("../.output/report.png", import.meta.url));

if (!available && inCi) {
  describe("html report in Chromium", () => {
    it("needs Chromium, which CI must install", () => {
      throw new Error(`${CHROMIUM} is missing; CI has to install it (apt-get install chromium)`);
    });
  });
} else if (!available) {
  console.warn(MISSING_MESSAGE);
}

describe.skipIf(!available)("html report in Chromium", () => {
  let browser: Browser;
  let folder: string;
  let fileUrl: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "shortlist-report-"));
    const file = join(folder, "report.html");
    writeFileSync(file, renderHtml(sampleReport, { color: false, explain: false }));
    fileUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Opens the report, recording every request and every console error or page error. */
  async function open(options: { javaScriptEnabled?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(fileUrl, { waitUntil: "load" });
    return { page, requests, problems, close: () => context.close() };
  }

  const ranks = (page: Page): Promise<number[]> =>
    page.$$eval("#ranking tbody.candidate:not([hidden])", (groups) => groups.map((g) => Number(g.getAttribute("data-rank"))));

  it("makes no request besides the file itself, and runs without errors", async () => {
    const { page, requests, problems, close } = await open();
    await page.click("#expand-all");
    await page.click("#expand-all");
    expect(requests).toEqual([fileUrl]);
    expect(problems).toEqual([]);
    await close();
  });

  it("sorts when a column header is clicked, and says so with aria-sort", async () => {
    const { page, close } = await open();
    expect(await ranks(page)).toEqual([1, 2, 3, 4]);
    await page.getByRole("button", { name: "Candidate", exact: true }).click();
    expect(await ranks(page)).toEqual([4, 1, 3, 2]);
    expect(await page.getAttribute("th:has(button:text-is('Candidate'))", "aria-sort")).toBe("ascending");
    expect(await page.locator("th[aria-sort]").count()).toBe(1);
    const score = page.getByRole("button", { name: "Score", exact: true });
    await score.click();
    expect(await ranks(page)).toEqual([1, 2, 3, 4]);
    await score.click();
    expect(await ranks(page)).toEqual([4, 3, 2, 1]);
    await close();
  });

  it("expands a candidate to its checks and quoted evidence", async () => {
    const { page, close } = await open();
    const evidence = page.getByText("B.S. Electrical Engineering — Georgia Institute of Technology, 2015");
    expect(await evidence.isVisible()).toBe(false);
    const toggle = page.getByRole("button", { name: "Marcus Oyelaran-Whitfield" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await evidence.isVisible()).toBe(true);
    expect(await page.locator("#details-3 li.check").count()).toBe(6);
    await toggle.click();
    expect(await evidence.isVisible()).toBe(false);
    await close();
  });

  it("hides rows that do not match the filter", async () => {
    const { page, close } = await open();
    const filter = page.getByLabel("Filter candidates");
    await filter.fill("tensorflow");
    expect(await ranks(page)).toEqual([1, 2]);
    expect(await page.textContent("#filter-status")).toBe("Showing 2 of 4 candidates");
    await filter.fill("MARCUS");
    expect(await ranks(page)).toEqual([3]);
    await filter.fill("");
    expect(await ranks(page)).toEqual([1, 2, 3, 4]);
    await close();
  });

  it("is readable without JavaScript: every candidate's evidence shown, no dead controls", async () => {
    const { page, close } = await open({ javaScriptEnabled: false });
    expect(await page.getByText("B.S. Electrical Engineering — Georgia Institute of Technology, 2015").isVisible()).toBe(true);
    expect(await page.locator("#controls").isVisible()).toBe(false);
    await close();
  });

  it("prints everything expanded and no controls", async () => {
    const { page, close } = await open();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("tr.details").evaluateAll((rows) => rows.every((row) => getComputedStyle(row).display === "table-row"))).toBe(true);
    expect(await page.locator("#controls").isVisible()).toBe(false);
    await close();
  });

  it("saves a screenshot to look at", async () => {
    const { page, close } = await open();
    await page.getByRole("button", { name: "Ana Lúcia Ferreira" }).click();
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await close();
  });
});
