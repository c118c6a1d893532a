import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/read/lines.js";

const CASES: [string, string, string][] = [
  ["small capitals, read as capitals", "ᴇxᴘᴇʀɪᴇɴᴄᴇ", "EXPERIENCE"],
  ["a capital followed by small capitals", "Eᴅᴜᴄᴀᴛɪᴏɴ & Tʀᴀɪɴɪɴɢ", "EDUCATION & TRAINING"],
  ["mathematical bold letters", "𝐒𝐤𝐢𝐥𝐥𝐬: 𝐏𝐲𝐓𝐨𝐫𝐜𝐡", "Skills: PyTorch"],
  ["mathematical sans-serif bold letters and digits", "𝗝𝗮𝗻 𝟮𝟬𝟭𝟵 – 𝗣𝗿𝗲𝘀𝗲𝗻𝘁", "Jan 2019 – Present"],
  ["non-breaking and narrow spaces", "Jan\u00A02019\u202F–\u2009Present", "Jan 2019 – Present"],
  ["zero-width characters and soft hyphens", "Py\u200Bthon Tensor\u00ADFlow", "Python TensorFlow"],
  ["non-breaking hyphens", "scikit\u2011learn", "scikit-learn"],
  ["ordinary text is left alone", "Led a team of 5 — in Zürich", "Led a team of 5 — in Zürich"],
];

describe("cleanText", () => {
  it.each(CASES)("%s", (_name, input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});
