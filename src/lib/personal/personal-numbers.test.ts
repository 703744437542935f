import { describe, expect, it } from 'vitest';
import { findPersonalNumbers, foldWidth, isIdNumber, maskNumber, normaliseNumber, passesLuhn } from './personal-numbers.ts';

describe('isIdNumber', () => {
  it('accepts the GB 11643 example and its lower-case x is folded before', () => {
    expect(isIdNumber('11010519491231002X')).toBe(true);
  });

  it('refuses the same number with one digit changed (the check character no longer fits)', () => {
    expect(isIdNumber('11010519491231003X')).toBe(false);
  });

  it('refuses a birth date that does not exist and an unknown province', () => {
    expect(isIdNumber('110105194902300027')).toBe(false);
    expect(isIdNumber('99010519491231002X')).toBe(false);
  });
});

describe('passesLuhn', () => {
  it('accepts UnionPay and Visa numbers that carry a valid Luhn digit', () => {
    expect(['6222021001115550003', '6217000012345678907', '4367421234567896'].map(passesLuhn)).toEqual([true, true, true]);
  });

  it('refuses a number whose last digit is off by one', () => {
    expect(passesLuhn('6222021001115550004')).toBe(false);
  });
});

describe('maskNumber', () => {
  it('keeps the first three and the last four characters', () => {
    expect([maskNumber('13812345678'), maskNumber('11010519491231002X')]).toEqual(['138****5678', '110***********002X']);
  });
});

describe('normaliseNumber', () => {
  it('drops +86, spaces and hyphens and folds full-width digits', () => {
    expect([normaliseNumber('+86 138-1234-5678'), normaliseNumber('１３８１２３４５６７８'), normaliseNumber('11010519491231002x')]).toEqual([
      '13812345678',
      '13812345678',
      '11010519491231002X',
    ]);
  });
});

describe('foldWidth', () => {
  it('keeps every offset: one UTF-16 unit for one', () => {
    expect(foldWidth('电话１３８')).toBe('电话138');
  });
});

describe('findPersonalNumbers', () => {
  it('finds a mobile number written in groups, at its place in the text', () => {
    expect(findPersonalNumbers('联系人手机 138 1234 5678。')).toEqual([{ kind: 'mobile', start: 6, end: 19, digits: '13812345678' }]);
  });

  it('finds a mobile number after a year separated by one space', () => {
    expect(findPersonalNumbers('2024 13812345678').map((n) => n.digits)).toEqual(['13812345678']);
  });

  it('finds an ID number, a bank card and a full-width mobile number in one line', () => {
    const found = findPersonalNumbers('身份证11010519491231002X，卡号6222 0210 0111 5550 003，电话１３８１２３４５６７８');
    expect(found.map((n) => [n.kind, n.digits])).toEqual([
      ['id', '11010519491231002X'],
      ['card', '6222021001115550003'],
      ['mobile', '13812345678'],
    ]);
  });

  it('leaves masked numbers, landlines, amounts and document numbers alone', () => {
    expect(findPersonalNumbers('138****5678，0739-6281500，锦工商联〔2024〕12号，融资18.6亿元，20240118')).toEqual([]);
  });

  it('does not read a number out of a longer run of digits or letters', () => {
    expect(findPersonalNumbers('编号A13812345678B，流水号9913812345678')).toEqual([]);
  });
});
