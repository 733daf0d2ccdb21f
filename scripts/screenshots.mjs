// `npm run screenshots`: real screenshots of VS Code with the extension, taken with the offline test setup
// (code-server's VS Code server + headless Chromium), on the sample workspace of `npm start`:
//   media/screenshot-hover.png       the hover card on a contradicted time
//   media/screenshot-completion.png  the completion list for a typed name prefix
//   media/screenshot-problems.png    the Problems panel with the contradictions
//   media/screenshot-report.png      the fact check report
// and renders media/icon.svg to media/icon.png (128×128). Run `npm run build` first (the npm script does).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root, checkTools, runSetup, startServer, launchBrowser, workbenchUrl } from './lib/vscode-web.mjs';

if (runSetup() !== 0) process.exit(1);
checkTools();
const media = join(root, 'media');
const tmp = mkdtempSync(join(tmpdir(), 'grounded-shots-'));
const sample = join(tmp, 'sample');
mkdirSync(join(sample, '.vscode'), { recursive: true });
for (const f of readdirSync(join(root, 'data', 'samples'))) cpSync(join(root, 'data', 'samples', f), join(sample, f));
writeFileSync(join(sample, '.vscode', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'workbench.colorTheme': 'Default Light Modern', 'editor.minimap.enabled': false,
  'editor.fontSize': 15, 'editor.wordWrap': 'on', 'markdown.validate.enabled': false, 'workbench.tips.enabled': false,
  'chat.commandCenter.enabled': false, 'chat.disableAIFeatures': true, 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'window.commandCenter': false,
  'editor.hover.delay': 100, 'editor.quickSuggestions': { other: false, comments: false, strings: false },
}, null, 2));

const log = (...a) => console.log('[shots]', ...a);
const srv = await startServer({ tmp, env: { VSCODE_AGENT_FOLDER: join(tmp, 'agent') } });
let browser;
const done = async code => { try { await browser?.close(); } catch { /* closing */ } srv.stop(); rmSync(tmp, { recursive: true, force: true }); process.exit(code); };
setTimeout(() => { console.error('[shots] timed out'); void done(1); }, 300_000).unref();
try {
  browser = await launchBrowser();
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 })).newPage();

  // The icon: media/icon.svg rendered by the same browser.
  await page.setContent(`<html><body style="margin:0;background:transparent">${readFileSync(join(media, 'icon.svg'), 'utf8')}</body></html>`);
  await page.locator('svg').screenshot({ path: join(media, 'icon.png'), omitBackground: true });
  log('media/icon.png');

  await page.goto(workbenchUrl(srv.endpoint, sample, { extensionDevelopmentPath: root }).href);
  await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 120_000 });
  const palette = async command => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
    await page.keyboard.type(command);
    await page.waitForTimeout(300); // the palette filters as it is typed (UI settle, not a test wait)
    await page.keyboard.press('Enter');
  };
  await page.keyboard.press('Control+Alt+B'); // hide the (empty) secondary side bar
  // Open the draft.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type('biden-putin-call.draft.md');
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning', { timeout: 120_000 });
  log('draft open, contradictions underlined');

  const gotoText = async (needle, delta = 1) => {
    const text = readFileSync(join(sample, 'biden-putin-call.draft.md'), 'utf8');
    const at = text.indexOf(needle);
    const before = text.slice(0, at + delta).split('\n');
    await page.keyboard.press('Control+G');
    await page.waitForSelector('.quick-input-widget input');
    await page.keyboard.type(`${before.length}:${before[before.length - 1].length + 1}`);
    await page.keyboard.press('Enter');
  };

  // 1. Hover card on the contradicted duration.
  await gotoText('30 minut', 2);
  await palette('Show or Focus Hover');
  await page.waitForSelector('.monaco-hover .hover-contents', { timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(media, 'screenshot-hover.png') });
  log('media/screenshot-hover.png');
  await page.keyboard.press('Escape');

  // 2. Problems panel.
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(media, 'screenshot-problems.png') });
  log('media/screenshot-problems.png');
  await page.keyboard.press('Control+Shift+M');

  // 3. The fact check report (webview), with the side bar hidden to give it room.
  await page.keyboard.press('Control+B');
  await palette('Grounded: Open Fact Check Report');
  const frame = await (await page.waitForSelector('iframe.webview.ready', { timeout: 60_000 })).contentFrame();
  const inner = await (await frame.waitForSelector('iframe', { timeout: 30_000 })).contentFrame();
  await inner.waitForSelector('.counts', { timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(media, 'screenshot-report.png') });
  log('media/screenshot-report.png');
  await page.keyboard.press('Control+2'); // the report's editor group
  await page.keyboard.press('Control+W'); // close the report
  await page.click('.monaco-editor .view-lines'); // focus the draft's editor
  // 4. Completion (last: it types into the draft) for a typed name prefix.
  await gotoText('rosyjskiej.', 'rosyjskiej.'.length);
  await page.keyboard.type(' Rzecznik Kremla Pies');
  await page.keyboard.press('Control+Space');
  await page.waitForSelector('.suggest-widget.visible .monaco-list-row', { timeout: 30_000 });
  await page.keyboard.press('Control+Space'); // a second time: show the item's documentation (the source sentence)
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(media, 'screenshot-completion.png') });
  log('media/screenshot-completion.png');

  await done(0);
} catch (e) {
  console.error('[shots] failed:', e);
  try { await browser?.contexts()[0]?.pages()[0]?.screenshot({ path: join(tmp, '..', 'grounded-shots-failure.png') }); } catch { /* best effort */ }
  await done(1);
}
