import { describe, expect, it } from "vitest";
import { sanitizeText } from "../../src/report/sanitize.js";

describe("sanitizeText", () => {
  it.each([
    ["a colour escape", "\u001b[31mred\u001b[0m text", "red text"],
    ["cursor movement that would overwrite earlier lines", "ok\u001b[2A\u001b[2Kfake", "okfake"],
    ["a window title (OSC ended by BEL)", "\u001b]0;pwned\u0007name", "name"],
    ["a terminal hyperlink (OSC 8 ended by ESC \\)", "\u001b]8;;http://evil.example\u001b\\click\u001b]8;;\u001b\\", "click"],
    ["the 8-bit CSI", "a\u009b31mb", "ab"],
    ["a lone escape", "a\u001bb", "a"],
    ["NUL, bell and backspace", "a\u0000b\u0007c\u0008d", "abcd"],
    ["line breaks and tabs, folded to one space", "one\r\n\ttwo\u2028three", "one two three"],
    ["bidirectional overrides", "abc\u202edcba\u202c\u2066x\u2069", "abcdcbax"],
    ["accents, CJK and emoji, kept", "José 陈静怡 🙂 Zoë", "José 陈静怡 🙂 Zoë"],
    ["typographic quotes and dashes, kept", "“M.S.” — 2016–2018", "“M.S.” — 2016–2018"],
  ])("removes or keeps %s", (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });
});
