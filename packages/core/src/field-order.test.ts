import { describe, expect, it } from 'vitest';
import { compareOrder } from './field-order.js';

describe('compareOrder (errors and review rows in the order the form shows the fields)', () => {
  it('orders by the first level where the positions differ', () => {
    expect(compareOrder([1, 5], [2, 0])).toBeLessThan(0);
    expect(compareOrder([2, 0], [1, 5])).toBeGreaterThan(0);
    expect(compareOrder([3, 1, 0], [3, 0, 9])).toBeGreaterThan(0);
  });

  it('puts a field before its own children, and equal positions together', () => {
    expect(compareOrder([2], [2, 0])).toBe(-1);
    expect(compareOrder([2, 0], [2])).toBe(1);
    expect(compareOrder([], [0])).toBe(-1);
    expect(compareOrder([2, 1], [2, 1])).toBe(0);
  });

  it('sorts a list of positions as the form reads them', () => {
    const positions = [[3], [2, 1], [2], [10], [2, 0, 4], [0]];
    expect([...positions].sort(compareOrder)).toEqual([[0], [2], [2, 0, 4], [2, 1], [3], [10]]);
  });
});
