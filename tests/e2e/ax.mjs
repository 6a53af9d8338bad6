// Driving the widget without the test opener (fixtures.mjs): Playwright's
// locators do not pierce a closed shadow root, but the browser's accessibility
// tree does, as a screen reader's would. Elements are found there by role and
// accessible name (CDP Accessibility.queryAXTree) and clicked with the mouse at
// their place on screen, so the page sees ordinary trusted input events.
import { expect } from '@playwright/test';

export async function axDriver(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');

  /** Nodes with this role and exact accessible name, anywhere in the page (shadow roots too). */
  async function find(role, name) {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: root.backendNodeId, role, accessibleName: name });
    return nodes.filter((n) => !n.ignored && n.backendDOMNodeId);
  }

  /** How many such nodes there are now. */
  const count = async (role, name) => (await find(role, name)).length;

  /** Waits until the node is in the tree, then clicks the middle of its border box. */
  async function click(role, name) {
    await expect.poll(() => count(role, name), { message: `${role} «${name}» in the accessibility tree` }).toBeGreaterThan(0);
    const [node] = await find(role, name);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendDOMNodeId });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendDOMNodeId });
    const q = model.border;
    await page.mouse.click((q[0] + q[2] + q[4] + q[6]) / 4, (q[1] + q[3] + q[5] + q[7]) / 4);
  }

  return { cdp, find, count, click };
}
