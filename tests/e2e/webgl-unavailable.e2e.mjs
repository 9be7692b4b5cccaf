// Without WebGL, MapLibre cannot draw: the page must say so instead of staying blank.
import assert from 'node:assert/strict';

export default [
  {
    name: 'without WebGL the page shows a visible alert instead of a blank map',
    browserArgs: ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'],
    async run({ page, baseURL, helpers }) {
      await page.goto(baseURL);
      const webglAvailable = await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
      });
      assert.equal(webglAvailable, false, 'the browser still offers WebGL: this test proves nothing');
      const alert = page.getByRole('alert').first();
      await alert.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
        throw new Error('no visible element with role="alert" within 10 s of loading without WebGL');
      });
      const text = (await alert.innerText()).trim();
      assert.ok(text.length > 0, 'the role="alert" element is empty');
      await helpers.screenshot(page, 'webgl-unavailable');
    },
  },
];
