export type Style = {
  bold: (s: string) => string;
  dim: (s: string) => string;
  red: (s: string) => string;
  green: (s: string) => string;
  yellow: (s: string) => string;
};

const wrap = (code: string) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
const plain = (s: string) => s;

/** Colours only for a terminal that wants them (NO_COLOR is honoured). */
export function createStyle(colour: boolean): Style {
  if (!colour) return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
  return { bold: wrap('1'), dim: wrap('2'), red: wrap('31'), green: wrap('32'), yellow: wrap('33') };
}

export function wantsColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && process.env.NO_COLOR === undefined;
}
