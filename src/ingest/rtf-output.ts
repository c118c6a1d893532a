// What an RTF body says, collected as the tidy HTML htmlToLines reads: paragraphs (bold runs in <strong>),
// soft line breaks, and table rows made of cells (\intbl … \cell … \row), so tables read as in a DOCX.

interface Run {
  text: string;
  bold: boolean;
}

export class RtfHtml {
  private readonly blocks: string[] = [];
  private runs: Run[] = [];
  private cell: string[] = [];
  private row: string[] = [];
  private tableOpen = false;
  private hiddenRun = "";
  readonly hidden: string[] = [];

  text(text: string, bold: boolean): void {
    const last = this.runs[this.runs.length - 1];
    if (last && last.bold === bold && last.text !== "\n") last.text += text;
    else this.runs.push({ text, bold });
  }

  hiddenText(text: string): void {
    this.hiddenRun += text;
  }

  lineBreak(): void {
    this.runs.push({ text: "\n", bold: false });
  }

  /** \par: the paragraph ends, inside a table cell or in the body. */
  paragraph(inTable: boolean): void {
    const html = this.takeParagraph();
    if (inTable) {
      this.cell.push(html);
      return;
    }
    this.closeTable();
    if (html) this.blocks.push(`<p>${html}</p>`);
  }

  cellEnd(): void {
    const html = this.takeParagraph();
    if (html) this.cell.push(html);
    this.row.push(`<td>${this.cell.filter(Boolean).map((p) => `<p>${p}</p>`).join("")}</td>`);
    this.cell = [];
  }

  rowEnd(): void {
    if (this.runs.length > 0 || this.cell.length > 0) this.cellEnd();
    if (!this.tableOpen) this.blocks.push("<table>");
    this.tableOpen = true;
    this.blocks.push(`<tr>${this.row.join("")}</tr>`);
    this.row = [];
  }

  html(): string {
    if (this.runs.length > 0) this.paragraph(false);
    if (this.row.length > 0 || this.cell.length > 0) this.rowEnd();
    this.closeTable();
    this.flushHidden();
    return this.blocks.join("");
  }

  private closeTable(): void {
    if (this.row.length > 0) this.rowEnd();
    if (this.tableOpen) this.blocks.push("</table>");
    this.tableOpen = false;
  }

  private takeParagraph(): string {
    const html = this.runs
      .map((run) => (run.text === "\n" ? "<br>" : run.bold && run.text.trim() ? `<strong>${escape(run.text)}</strong>` : escape(run.text)))
      .join("");
    this.runs = [];
    this.flushHidden();
    return html.replace(/^(?:\s|<br>)+$/, "");
  }

  private flushHidden(): void {
    const text = this.hiddenRun.replace(/\s+/g, " ").trim();
    if (text) this.hidden.push(text);
    this.hiddenRun = "";
  }
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
