import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Lazily loaded sections can take over a second to appear on a loaded machine; a wait that long
// hides nothing a test asserts, it only stops a busy runner from failing a correct page.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
