import { expect, test } from './fixtures';

// Runs last in each browser (files run in name order, one worker): every request of the whole
// suite went to the fixture server, which every host name resolves or is proxied to, and none of
// them came from the extension itself (an Origin of chrome-extension:// or moz-extension://).
test('nothing the extension did reached the network during the suite', async ({ fixtureServer, ext }) => {
  expect(ext).toBeDefined();
  expect(fixtureServer.requests.length).toBeGreaterThan(0);
  expect(fixtureServer.extensionOriginRequests).toEqual([]);
});
