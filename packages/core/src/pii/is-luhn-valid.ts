/**
 * Whether a string of ASCII digits passes the Luhn check that every payment card number carries.
 *
 * @example
 * isLuhnValid('4111111111111111'); // true
 * isLuhnValid('4111111111111112'); // false
 */
export function isLuhnValid(digits: string): boolean {
  if (digits.length === 0) return false;
  let sum = 0;
  let doubled = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return false;
    if (doubled) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    doubled = !doubled;
  }
  return sum % 10 === 0;
}
