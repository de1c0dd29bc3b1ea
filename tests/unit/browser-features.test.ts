import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_BUTTONS,
  TARGET_BROWSER,
  forThisBrowser,
  notificationOptionsFor,
} from '../../src/platform/browser-features';

describe('browser features', () => {
  const options = {
    type: 'basic',
    title: 'QuietPrune',
    message: '3 queued',
    buttons: [{ title: 'Start session' }],
  };

  // Vitest, like Chrome's build, leaves VITE_BROWSER unset (vite.firefox.config.ts sets it).
  it('is Chrome unless the build says Firefox', () => {
    expect(TARGET_BROWSER).toBe('chrome');
    expect(NOTIFICATION_BUTTONS).toBe(true);
    expect(forThisBrowser(options)).toBe(options);
  });

  it("keeps Chrome's notification buttons and drops them for Firefox, which has none", () => {
    expect(notificationOptionsFor('chrome', options)).toEqual(options);
    expect(notificationOptionsFor('firefox', options)).toEqual({
      type: 'basic',
      title: 'QuietPrune',
      message: '3 queued',
    });
    const plain: { title: string; buttons?: unknown } = { title: 'QuietPrune' };
    expect(notificationOptionsFor('firefox', plain)).toEqual(plain);
  });
});
