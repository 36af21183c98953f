// GB 11643: weights 2^(17-i) mod 11 for positions 0..16; the check character is indexed by the sum mod 11.
const checkWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

// Province-level codes (GB/T 2260), plus 83 for Taiwan residents' residence permits. Checking them
// rejects most order numbers that happen to have a valid date and check digit.
const provinceCodes = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82, 83,
]);

/**
 * Whether a value is a plausible mainland resident ID number: 18 characters with a valid GB 11643
 * (ISO 7064 MOD 11-2) check character and a real birth date between 1900 and 2099, or a legacy
 * 15-digit number with a real 19xx birth date. Expects ASCII digits with an optional final 'X'.
 *
 * @example
 * isValidIdCard('11010519491231002X'); // true: the example printed in GB 11643
 * isValidIdCard('110105194912310021'); // false: wrong check character
 */
export function isValidIdCard(value: string): boolean {
  if (value.length === 18) {
    return (
      hasProvinceCode(value) &&
      isRealDate(readNumber(value, 6, 10), readNumber(value, 10, 12), readNumber(value, 12, 14)) &&
      value[17] === computeCheckCharacter(value)
    );
  }
  if (value.length === 15) {
    return (
      hasProvinceCode(value) &&
      isRealDate(1900 + readNumber(value, 6, 8), readNumber(value, 8, 10), readNumber(value, 10, 12)) &&
      readNumber(value, 12, 15) >= 0
    );
  }
  return false;
}

function hasProvinceCode(value: string): boolean {
  // Permanent residence cards for foreigners (2023) put a 9 first and the issuing province after it.
  const from = value.charCodeAt(0) === 0x39 && value.length === 18 ? 1 : 0;
  return provinceCodes.has(readNumber(value, from, from + 2));
}

function computeCheckCharacter(value: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    sum += digit * (checkWeights[i] ?? 0);
  }
  return checkCharacters[sum % 11];
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Parses without allocating a substring; -1 when a character is not a digit.
function readNumber(value: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}
