/**
 * `requestIdleCallback` where it exists (not in Safari), else a short timeout. By default the callback
 * runs at the latest after `timeout` ms even if the page never idles; `timeout: undefined` waits for
 * a real idle period (work that only warms something up must not land in the middle of a busy page).
 */
export const whenIdle = (callback: () => void, timeout: number | undefined = 500): void => {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(callback, timeout === undefined ? {} : { timeout });
  else setTimeout(callback, 50);
};
