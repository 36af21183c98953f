// Builders for test numbers. The check digits are computed here independently of the code under test,
// so a wrong table in production cannot agree with itself.

/** An 18-character ID number with a correct GB 11643 check character. */
export function buildIdNumber({
  region = '110105',
  birthDate = '19900307',
  sequence = '123',
}: {
  region?: string;
  birthDate?: string;
  sequence?: string;
} = {}): string {
  const body = `${region}${birthDate}${sequence}`;
  if (body.length !== 17) throw new Error(`buildIdNumber: body ${body} must have 17 digits`);
  return body + idCheckCharacter(body);
}

/** An ID number whose check character is X, found by trying sequence numbers. */
export function buildIdNumberEndingInX(options: { region?: string; birthDate?: string } = {}): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const id = buildIdNumber({ ...options, sequence: String(sequence).padStart(3, '0') });
    if (id.endsWith('X')) return id;
  }
  throw new Error('buildIdNumberEndingInX: no sequence gives X');
}

/** An ID number that also passes Luhn, to show that the stricter kind wins. */
export function buildLuhnValidIdNumber(): string {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const id = buildIdNumber({ region: '510104', sequence: String(sequence).padStart(3, '0') });
    if (!id.endsWith('X') && passesLuhn(id)) return id;
  }
  throw new Error('buildLuhnValidIdNumber: no sequence passes Luhn');
}

/** The same number with its last character changed, so its check character is wrong. */
export function breakCheckDigit(number: string): string {
  const last = number.at(-1);
  const replacement = last === '0' ? '1' : '0';
  return number.slice(0, -1) + replacement;
}

/** A card number of the given length starting with `prefix`, with a correct Luhn check digit. */
export function buildCardNumber({ prefix = '622202', length = 19, fill = '1234567890' } = {}): string {
  let body = prefix;
  for (let i = 0; body.length < length - 1; i++) body += fill[i % fill.length];
  return body + luhnCheckDigit(body);
}

/** Whether digits pass Luhn, computed apart from the code under test. */
export function passesLuhn(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** Spells digits the way ASR writes a number read out in Chinese (1 as 幺 unless told otherwise). */
export function toSpokenDigits(digits: string, { one = '幺' }: { one?: string } = {}): string {
  const words = ['零', one, '二', '三', '四', '五', '六', '七', '八', '九'];
  return [...digits].map((char) => (/[0-9]/.test(char) ? words[Number(char)] : char)).join('');
}

/** Splits digits into groups of the given sizes joined by `separator` ("6222 0212 …"). */
export function groupDigits(digits: string, sizes: readonly number[], separator = ' '): string {
  const groups: string[] = [];
  let at = 0;
  for (const size of sizes) {
    groups.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) groups.push(digits.slice(at));
  return groups.join(separator);
}

function idCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

function luhnCheckDigit(body: string): string {
  let sum = 0;
  // With the check digit appended, the body's last digit is the first one doubled.
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return String((10 - (sum % 10)) % 10);
}
