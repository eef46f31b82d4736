import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../../src/lib/team/csv';

describe('csvField', () => {
  it('writes plain text and numbers as they are', () => {
    expect(csvField('Ada Lovelace')).toBe('Ada Lovelace');
    expect(csvField(42)).toBe('42');
  });

  it('quotes a field with a comma, a quote, CR or LF, doubling its quotes (RFC 4180)', () => {
    expect(csvField('Lovelace, Ada')).toBe('"Lovelace, Ada"');
    expect(csvField('The "Countess"')).toBe('"The ""Countess"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('prefixes a text cell that a spreadsheet would run as a formula with an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
  });

  it('leaves a sign inside a cell alone', () => {
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('toCsv', () => {
  it('joins fields with commas and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['Learner', 'Final'],
        ['Ada', 90],
        ['=cmd', ''],
      ]),
    ).toBe("Learner,Final\r\nAda,90\r\n'=cmd,\r\n");
  });

  it('writes nothing for no records', () => {
    expect(toCsv([])).toBe('');
  });
});
