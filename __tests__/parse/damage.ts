/**
 * Damaged copies of a real fixture, for the property tests of the readers that scan their usual
 * line in place: a few lines edited (a character cut, a piece inserted, three characters repeated,
 * the line cut short; on request a line repeated, and CRLF line ends).
 */
import fc from 'fast-check';

interface Edit {
  line: number;
  at: number;
  kind: number;
  piece: string;
}

export function damaged(
  text: string,
  pieces: readonly string[],
  opts: { repeatLine?: boolean; crlf?: boolean } = {},
): fc.Arbitrary<string> {
  const lines = text.split('\n');
  const edit = fc.record({
    line: fc.nat(lines.length - 1),
    at: fc.nat(200),
    kind: fc.nat(opts.repeatLine ? 4 : 3),
    piece: fc.constantFrom(...pieces),
  });
  const edited = (edits: Edit[]): string[] => {
    const out = [...lines];
    for (const { line, at, kind, piece } of edits) {
      const l = out[line];
      const i = Math.min(at, l.length);
      out[line] =
        kind === 0
          ? l.slice(0, i) + l.slice(i + 1)
          : kind === 1
            ? l.slice(0, i) + piece + l.slice(i)
            : kind === 2
              ? l.slice(0, i) + l.slice(i, i + 3) + l.slice(i)
              : kind === 3
                ? l.slice(0, i)
                : `${l}\n${l}`;
    }
    return out;
  };
  const edits = fc.array(edit, { minLength: 1, maxLength: 3 });
  if (!opts.crlf) return edits.map((e) => edited(e).join('\n'));
  return fc.tuple(edits, fc.boolean()).map(([e, crlf]) => edited(e).join(crlf ? '\r\n' : '\n'));
}
