import OpenCC, { type ConverterFunction } from "opencc-js";

/**
 * Which lines of a text are Traditional Chinese. OpenCC's `tw→cn` also rewrites correct Simplified text (`显著`
 * becomes `显着`, `干部` can change), so only lines written in Traditional characters are converted. A line's script
 * is read from characters that belong to one script only, derived from OpenCC's own converters: Traditional-only
 * characters are changed by `tw→cn` and are no converter's Simplified output (`發`, `區`); Simplified-only ones are
 * changed by `cn→tw` and are no converter's Traditional output (`发`, `显`).
 */

/** Changed by `tw→cn` yet standard Simplified characters as well (`显著`, `乾坤`, `慰藉`, `瞭望`): no evidence. */
const BOTH_SCRIPTS = new Set("著乾藉瞭於覆徵沈夥甦蘋");

interface Converters {
  twToCn: ConverterFunction;
  traditionalOnly: Set<string>;
  simplifiedOnly: Set<string>;
}

let converters: Converters | undefined;

/** Built on first use: loading the dictionaries and reading the 27,000 BMP Han characters takes tens of ms. */
function load(): Converters {
  if (converters) return converters;
  const twToCn = OpenCC.Converter({ from: "tw", to: "cn" });
  const cnToTw = OpenCC.Converter({ from: "cn", to: "tw" });
  const han: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) han.push(String.fromCharCode(code));
  // One call per direction: line breaks keep OpenCC's phrases from spanning two characters.
  const simplified: string[] = twToCn(han.join("\n")).split("\n");
  const traditional: string[] = cnToTw(han.join("\n")).split("\n");
  const simplifiedOutputs = new Set(simplified.filter((s, i) => s !== han[i]));
  const traditionalOutputs = new Set(traditional.filter((t, i) => t !== han[i]));
  const traditionalOnly = new Set(
    han.filter((c, i) => simplified[i] !== c && !simplifiedOutputs.has(c) && !BOTH_SCRIPTS.has(c)),
  );
  const simplifiedOnly = new Set(han.filter((c, i) => traditional[i] !== c && !traditionalOutputs.has(c)));
  converters = { twToCn, traditionalOnly, simplifiedOnly };
  return converters;
}

/** Traditional-only minus Simplified-only characters of `text`: positive for Traditional writing. */
function leaning(text: string, { traditionalOnly, simplifiedOnly }: Converters): number {
  let score = 0;
  for (const c of text) score += traditionalOnly.has(c) ? 1 : simplifiedOnly.has(c) ? -1 : 0;
  return score;
}

/**
 * Converts the Traditional lines of `text` to Simplified Chinese and returns a string of exactly the same length, so
 * offsets into the input are offsets into the output. A line is Traditional when it has more Traditional-only than
 * Simplified-only characters; a line with as many of each (none, or only `著`) follows the whole text, and a text
 * without either (a short quote, a search) is converted as before. Simplified lines are left exactly as written.
 * A Traditional line is converted whole, for OpenCC's phrase choices (著/着, 乾/干); a line whose length changes is
 * converted character by character instead, and a character whose own conversion changes length is kept as it is.
 */
export function toSimplified(text: string): string {
  const c = load();
  const lines = text.split("\n");
  const documentIsTraditional = leaning(text, c) >= 0;
  return lines
    .map((line) => {
      const score = leaning(line, c);
      return score > 0 || (score === 0 && documentIsTraditional) ? convertLineKeepingLength(line, c.twToCn) : line;
    })
    .join("\n");
}

function convertLineKeepingLength(line: string, convert: ConverterFunction): string {
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  return Array.from(line, (character) => {
    const converted = convert(character);
    return converted.length === character.length ? converted : character;
  }).join("");
}
