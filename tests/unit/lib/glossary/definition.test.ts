import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../../src/lib/glossary/definition';

describe('firstSentence', () => {
  it('keeps the first sentence of a definition of several', () => {
    expect(
      firstSentence(
        'A stateful virtual firewall attached to a network interface. It has allow rules only; replies are allowed.',
      ),
    ).toBe('A stateful virtual firewall attached to a network interface.');
  });

  it('keeps a definition of one sentence whole, trimmed', () => {
    expect(firstSentence('  A subnet with no direct route to an internet gateway.  ')).toBe(
      'A subnet with no direct route to an internet gateway.',
    );
    expect(firstSentence('Text without a full stop')).toBe('Text without a full stop');
  });

  it('does not end a sentence inside a version number, a name or an abbreviation', () => {
    expect(firstSentence('The standard, currently at version v4.0.1. AWS is validated as Level 1.')).toBe(
      'The standard, currently at version v4.0.1.',
    );
    expect(firstSentence('A format such as CryptoCurrency:EC2/BitcoinTool.B!DNS. Next sentence.')).toBe(
      'A format such as CryptoCurrency:EC2/BitcoinTool.B!DNS.',
    );
    expect(firstSentence('Services, e.g. Amazon S3 and DynamoDB, i.e. Abstracted ones. More.')).toBe(
      'Services, e.g. Amazon S3 and DynamoDB, i.e. Abstracted ones.',
    );
    expect(firstSentence('NIST SP 800-61 Rev. 3 guidance. More.')).toBe('NIST SP 800-61 Rev. 3 guidance.');
  });

  it('ends at a question or exclamation mark followed by a new sentence, also one opening with a quote', () => {
    expect(firstSentence('SEC 1 asks: "How do you operate?" It includes accounts.')).toBe(
      'SEC 1 asks: "How do you operate?" It includes accounts.',
    );
    expect(firstSentence('Is it shared? “Yes” is the answer.')).toBe('Is it shared?');
    expect(firstSentence('Never share it! Rotate it.')).toBe('Never share it!');
  });

  it('does not end a sentence at a full stop followed by a lower-case word', () => {
    expect(firstSentence('A key, e.g. an S3 Bucket Key. sts:AssumeRoot follows.')).toBe(
      'A key, e.g. an S3 Bucket Key. sts:AssumeRoot follows.',
    );
  });
});
