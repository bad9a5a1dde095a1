import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { describeError } from './errors.js';

const queryError = () =>
  new ApiError('invalid_request', "expected ')' at column 21", 400, [
    { field: 'query', problem: "expected ')' at column 21", problemZh: "第 21 列应为 ')'", column: 21 },
  ]);

describe('describeError', () => {
  it('says a query error once, in the UI language', () => {
    expect(describeError(queryError(), 'zh')).toBe("请求内容不正确。（第 21 列应为 ')'）");
    expect(describeError(queryError(), 'en')).toBe("The request is invalid. (expected ')' at column 21)");
  });

  it('shows the catalogue line in the UI language, not the server’s English', () => {
    expect(describeError(new ApiError('forbidden', 'You may not do this.', 403), 'zh')).toBe('没有权限执行此操作。');
    const taken = new ApiError('conflict', 'This name is already taken.', 409, [
      { field: 'name', problem: 'a topic with this name exists' },
    ]);
    expect(describeError(taken, 'zh')).toBe('已存在。（name: a topic with this name exists）');
    expect(describeError(taken, 'en')).toBe('This already exists. (This name is already taken.; name: a topic with this name exists)');
  });
});
