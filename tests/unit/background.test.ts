import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { classify } from '@/lib/detect/classify';
import { handleMessage, onTabNavigated, onTabRemoved, type BackgroundDeps } from '@/lib/extension/background';
import { loadSettings, saveSettings } from '@/lib/extension/settings';
import { tabStateStore } from '@/lib/extension/tab-state';

const OUR_ID = 'ext-id';
const BASE = 'chrome-extension://ext-id/';
const URL_A = 'https://www.massagebook.com/clinic';

function snapshotOf(text: string, url = URL_A) {
  return {
    url,
    title: 'Harbor Clinical Massage',
    metaDescription: '',
    headings: ['Medical massage'],
    schemaItems: [{ types: ['MedicalBusiness'], name: 'Harbor Clinical Massage', text: '' }],
    text,
    textTruncated: false,
    phoneLinks: ['+12065550100'],
    emailLinks: [],
  };
}
const CLINICAL_TEXT =
  'Medical massage by physician referral. We keep SOAP notes, build a treatment plan, and bill insurance. Book now. 60 min $100.';

function makeDeps(pageResult: () => unknown = () => undefined) {
  const badge = new Map<number, { text?: string; color?: string; title?: string }>();
  const entry = (tabId: number) => badge.get(tabId) ?? badge.set(tabId, {}).get(tabId)!;
  const deps: BackgroundDeps = {
    store: tabStateStore(fakeBrowser.storage.session),
    toolbar: {
      setBadgeText: async ({ tabId, text }) => void (entry(tabId!).text = text ?? ''),
      setBadgeBackgroundColor: async ({ tabId, color }) => void (entry(tabId!).color = String(color)),
      setTitle: async ({ tabId, title }) => void (entry(tabId!).title = title ?? ''),
    },
    ourId: OUR_ID,
    ourBaseUrl: BASE,
    log: vi.fn(),
    readPage: async () => pageResult(),
    tabUrl: async () => 'https://www.harborpainrelief.com/services',
    settings: fakeBrowser.storage.local,
    showPanel: vi.fn(async () => undefined),
  };
  return { deps, badge };
}

const fromTab = (tabId: number, url = URL_A) => ({ id: OUR_ID, frameId: 0, tab: { id: tabId, url } });

describe('background: verdicts per tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('classifies a snapshot, keeps it per tab and shows the badge', async () => {
    const { deps, badge } = makeDeps();
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(4));
    expect(badge.get(4)).toMatchObject({ text: 'MED', title: expect.stringContaining('clinical') });
    const reply = await handleMessage(deps, { type: 'get-tab-detection', tabId: 4 }, { id: OUR_ID, url: `${BASE}popup.html` });
    expect(reply).toMatchObject({ detection: { kind: 'clinical-massage' } });
  });

  it('keeps state across a fresh set of background objects (a restarted worker)', async () => {
    const first = makeDeps();
    await handleMessage(first.deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(5));
    const restarted = makeDeps();
    const reply = await handleMessage(restarted.deps, { type: 'get-tab-detection', tabId: 5 }, { id: OUR_ID, url: `${BASE}popup.html` });
    expect(reply).toMatchObject({ detection: { kind: 'clinical-massage' } });
  });

  it('uses the tab address the browser reports, not the one the page claims', async () => {
    const { deps } = makeDeps();
    const lying = snapshotOf(CLINICAL_TEXT, 'https://www.aetna.com/fake');
    await handleMessage(deps, { type: 'page-snapshot', snapshot: lying }, fromTab(6));
    expect(await deps.store.get(6)).toMatchObject({ url: URL_A, kind: 'clinical-massage' });
  });

  it('drops and logs a message that fails its schema, changing nothing', async () => {
    const { deps, badge } = makeDeps();
    const result = handleMessage(deps, { type: 'page-snapshot', snapshot: { url: 42 } }, fromTab(8));
    expect(result).toBeUndefined();
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('schema'));
    expect(badge.has(8)).toBe(false);
    expect(await deps.store.get(8)).toBeUndefined();
  });

  it('drops its own verdict when it fails the schema the popup reads it with, and logs why', async () => {
    const { deps, badge } = makeDeps();
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(6));
    expect(badge.get(6)?.text).toBe('MED');

    // A classifier that lets a 252-character SEO title through as the provider's name (limit 200).
    deps.classify = (snapshot) => {
      const detection = classify(snapshot);
      return { ...detection, provider: { ...detection.provider, name: 'Best Medical Massage '.repeat(12) } };
    };
    const reply = await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(6));
    expect(reply).toEqual({ panelShown: false });
    expect(badge.get(6)?.text).toBe('');
    expect(await handleMessage(deps, { type: 'get-tab-detection', tabId: 6 }, { id: OUR_ID, url: `${BASE}popup.html` })).toEqual({
      detection: null,
    });
    expect(deps.log).toHaveBeenCalledWith(expect.stringMatching(/verdict for tab 6 failed its schema at provider\.name/));

    // "Check this page" reports it as unreadable rather than showing a verdict the popup refuses.
    const checked = makeDeps(() => snapshotOf(CLINICAL_TEXT));
    checked.deps.classify = (snapshot) => {
      const detection = classify(snapshot);
      return { ...detection, evidence: detection.evidence.map((item) => ({ ...item, snippet: 'x'.repeat(401) })) };
    };
    expect(await handleMessage(checked.deps, { type: 'analyse-tab', tabId: 7 }, { id: OUR_ID, url: `${BASE}popup.html` })).toEqual({
      detection: null,
      error: 'cannot-read-page',
    });
    expect(checked.badge.get(7)?.text ?? '').toBe('');
  });

});

describe('background: navigation and closed tabs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('clears state and badge when the tab navigates to another page, not on a hash change', async () => {
    const { deps, badge } = makeDeps();
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(9));
    await onTabNavigated(deps, 9, `${URL_A}#team`);
    expect(badge.get(9)?.text).toBe('MED');
    await onTabNavigated(deps, 9, 'https://www.massagebook.com/other');
    expect(badge.get(9)?.text).toBe('');
    expect(await deps.store.get(9)).toBeUndefined();
  });

  it('never lets a navigation clear the verdict of the page it navigated to', async () => {
    const { deps, badge } = makeDeps();
    const NEXT = 'https://www.massagebook.com/next';
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(15));
    // Both events arrive together, as when a woken background replays them.
    const navigated = onTabNavigated(deps, 15, NEXT);
    const stored = handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT, NEXT) }, fromTab(15, NEXT));
    await Promise.all([navigated, stored]);
    expect(await deps.store.get(15)).toMatchObject({ url: NEXT });
    expect(badge.get(15)?.text).toBe('MED');
  });

  it('forgets a closed tab', async () => {
    const { deps } = makeDeps();
    await handleMessage(deps, { type: 'page-snapshot', snapshot: snapshotOf(CLINICAL_TEXT) }, fromTab(10));
    await onTabRemoved(deps, 10);
    expect(await deps.store.get(10)).toBeUndefined();
  });
});

describe('background: "Check this page" (analyse-tab)', () => {
  beforeEach(() => fakeBrowser.reset());
  const fromPopup = { id: OUR_ID, url: `${BASE}popup.html` };

  it('classifies the snapshot the injected script returns, under the tab\'s real address', async () => {
    const { deps, badge } = makeDeps(() => snapshotOf(CLINICAL_TEXT, 'https://spoofed.example/'));
    const reply = await handleMessage(deps, { type: 'analyse-tab', tabId: 11 }, fromPopup);
    expect(reply).toMatchObject({ detection: { kind: 'clinical-massage', url: 'https://www.harborpainrelief.com/services' } });
    expect(badge.get(11)?.text).toBe('MED');
  });

  it('answers cannot-read-page when the browser refuses the script', async () => {
    const { deps } = makeDeps(() => {
      throw new Error('Cannot access contents of url "chrome://settings/"');
    });
    expect(await handleMessage(deps, { type: 'analyse-tab', tabId: 12 }, fromPopup)).toEqual({ detection: null, error: 'cannot-read-page' });
  });

  it('refuses a result that fails the snapshot schema, storing nothing', async () => {
    const { deps } = makeDeps(() => ({ ...snapshotOf(CLINICAL_TEXT), text: 'x'.repeat(100_000) }));
    expect(await handleMessage(deps, { type: 'analyse-tab', tabId: 13 }, fromPopup)).toMatchObject({ error: 'cannot-read-page' });
    expect(await deps.store.get(13)).toBeUndefined();
  });

  it('is not something a content script may ask for', async () => {
    const { deps } = makeDeps(() => snapshotOf(CLINICAL_TEXT));
    expect(handleMessage(deps, { type: 'analyse-tab', tabId: 14 }, fromTab(14))).toBeUndefined();
  });
});

describe('background: when the in-page insurer panel shows', () => {
  beforeEach(() => fakeBrowser.reset());
  const BENEFITS = 'https://www.aetna.com/member/benefits/coverage.html';
  const CAREERS = 'https://www.aetna.com/about-us/careers.html';
  const insurerSnapshot = (url: string) => ({ ...snapshotOf('Your plan benefits and coverage', url), title: 'Aetna', headings: [] });

  it('is injected by the background after the content script\'s snapshot (its code is not in the content script)', async () => {
    const { deps } = makeDeps();
    const reply = await handleMessage(deps, { type: 'page-snapshot', snapshot: insurerSnapshot(BENEFITS) }, fromTab(20, BENEFITS));
    expect(reply).toEqual({ panelShown: true });
    expect(deps.showPanel).toHaveBeenCalledWith(
      20,
      expect.objectContaining({ intro: expect.stringContaining('Aetna'), terms: expect.arrayContaining(['massage therapy']), collapsed: false }),
    );
  });

  it('shows nothing where the page already says what it covers for massage, and only the terms the page lacks otherwise', async () => {
    const { deps } = makeDeps();
    const says = (text: string) => ({ ...snapshotOf(text, BENEFITS), title: 'Aetna member benefits', headings: ['Your plan benefits and coverage'] });
    const massageSaid = await handleMessage(
      deps,
      { type: 'page-snapshot', snapshot: says('Your plan benefits and coverage. Massage therapy is not covered unless it is part of a physical therapy plan of care.') },
      fromTab(26, BENEFITS),
    );
    expect(massageSaid).toEqual({ panelShown: false });
    const neighbourSaid = await handleMessage(
      deps,
      { type: 'page-snapshot', snapshot: says('Your plan benefits and coverage. Physical medicine visits are covered with a $30 copay, 20 visits per calendar year.') },
      fromTab(27, BENEFITS),
    );
    expect(neighbourSaid).toEqual({ panelShown: true });
    const shown = vi.mocked(deps.showPanel).mock.calls.at(-1)![1];
    expect(shown.terms).toContain('massage therapy');
    expect(shown.terms).not.toContain('physical medicine');
    expect(shown.avoid.join(' ')).toContain('Physical medicine visits are covered');
  });

  it('is injected when the page was checked on demand, where no content script may be listening', async () => {
    const { deps } = makeDeps(() => insurerSnapshot(BENEFITS));
    deps.tabUrl = async () => BENEFITS;
    await handleMessage(deps, { type: 'analyse-tab', tabId: 25 }, { id: OUR_ID, url: `${BASE}popup.html` });
    expect(deps.showPanel).toHaveBeenCalledWith(25, expect.objectContaining({ intro: expect.stringContaining('Aetna') }));
  });

  it('is not shown on a careers page of the same host', async () => {
    const { deps } = makeDeps();
    const reply = await handleMessage(deps, { type: 'page-snapshot', snapshot: insurerSnapshot(CAREERS) }, fromTab(21, CAREERS));
    expect(reply).toEqual({ panelShown: false });
  });

  it('respects the settings: panels off, or this site dismissed', async () => {
    const { deps } = makeDeps();
    await saveSettings(deps.settings, { inPagePanels: false });
    const panelsOff = await handleMessage(deps, { type: 'page-snapshot', snapshot: insurerSnapshot(BENEFITS) }, fromTab(22, BENEFITS));
    await saveSettings(deps.settings, { inPagePanels: true, dismissedSites: ['www.aetna.com'] });
    const dismissed = await handleMessage(deps, { type: 'page-snapshot', snapshot: insurerSnapshot(BENEFITS) }, fromTab(22, BENEFITS));
    expect([panelsOff, dismissed]).toEqual([{ panelShown: false }, { panelShown: false }]);
  });

});

describe('background: the patient\'s choices about the panel', () => {
  beforeEach(() => fakeBrowser.reset());
  const BENEFITS = 'https://www.aetna.com/member/benefits/coverage.html';
  const insurerSnapshot = (url: string) => ({ ...snapshotOf('Your plan benefits and coverage', url), title: 'Aetna', headings: [] });

  it('remembers the patient\'s fold per site, and opens folded there next time', async () => {
    const { deps } = makeDeps();
    await handleMessage(deps, { type: 'panel-collapsed', collapsed: true }, fromTab(28, BENEFITS));
    expect((await loadSettings(deps.settings)).collapsedPanelSites).toEqual(['www.aetna.com']);
    await handleMessage(deps, { type: 'page-snapshot', snapshot: insurerSnapshot(BENEFITS) }, fromTab(28, BENEFITS));
    expect(vi.mocked(deps.showPanel).mock.calls.at(-1)![1].collapsed).toBe(true);
    await handleMessage(deps, { type: 'panel-collapsed', collapsed: false }, fromTab(28, BENEFITS));
    expect((await loadSettings(deps.settings)).collapsedPanelSites).toEqual([]);
    expect(handleMessage(deps, { type: 'panel-collapsed', collapsed: true }, { id: OUR_ID, url: `${BASE}popup.html` })).toBeUndefined();
    expect(handleMessage(deps, { type: 'panel-collapsed', collapsed: 'yes' }, fromTab(28, BENEFITS))).toBeUndefined();
  });

  it('remembers "don\'t show on this site" for the sender tab\'s host only', async () => {
    const { deps } = makeDeps();
    await handleMessage(deps, { type: 'dismiss-panel-site' }, fromTab(23, BENEFITS));
    await handleMessage(deps, { type: 'dismiss-panel-site' }, fromTab(23, BENEFITS));
    expect((await loadSettings(deps.settings)).dismissedSites).toEqual(['www.aetna.com']);
    // An extension page may not send it, and a forged host field is not a thing the schema has.
    expect(handleMessage(deps, { type: 'dismiss-panel-site' }, { id: OUR_ID, url: `${BASE}popup.html` })).toBeUndefined();
    expect(handleMessage(deps, { type: 'dismiss-panel-site', host: 'evil.example' }, fromTab(24, BENEFITS))).toBeDefined();
    expect((await loadSettings(deps.settings)).dismissedSites).toEqual(['www.aetna.com']);
  });

  it('saves the 501st dismissed site, forgetting the oldest, instead of failing silently', async () => {
    const { deps } = makeDeps();
    const full = Array.from({ length: 500 }, (_, i) => `site${i}.example`);
    await saveSettings(deps.settings, { dismissedSites: full });
    await handleMessage(deps, { type: 'dismiss-panel-site' }, fromTab(25, BENEFITS));
    const { dismissedSites } = await loadSettings(deps.settings);
    expect(dismissedSites).toHaveLength(500);
    expect(dismissedSites.at(-1)).toBe('www.aetna.com');
    expect(dismissedSites).not.toContain('site0.example');
    expect(deps.log).not.toHaveBeenCalledWith(expect.stringContaining('not saved'));
  });

it('keeps every valid setting when one stored field is invalid', async () => {
  await fakeBrowser.storage.local.set({
    settings: { state: 'WA', insurerId: 'aetna', inPagePanels: false, dismissedSites: 'not a list', allSites: true },
  });
  expect(await loadSettings(fakeBrowser.storage.local)).toEqual({
    state: 'WA',
    insurerId: 'aetna',
    inPagePanels: false,
    dismissedSites: [],
    collapsedPanelSites: [],
    allSites: true,
    language: 'auto',
  });
  await fakeBrowser.storage.local.set({ settings: { state: 'ZZ', inPagePanels: 'yes', dismissedSites: ['a.example'] } });
  expect(await loadSettings(fakeBrowser.storage.local)).toMatchObject({ inPagePanels: true, dismissedSites: ['a.example'] });
  expect((await loadSettings(fakeBrowser.storage.local)).state).toBeUndefined();
});
});
