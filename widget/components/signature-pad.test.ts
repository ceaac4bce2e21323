import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './signature-pad.js';
import type { SignaturePad } from './signature-pad.js';

async function mount(name = ''): Promise<{ pad: SignaturePad; changes: string[] }> {
  const changes: string[] = [];
  const pad = await fixture<SignaturePad>(html`<kp-signature-pad typed-name=${name} @kp-signature-change=${(event: CustomEvent<{ value: string }>) => changes.push(event.detail.value)}></kp-signature-pad>`);
  return { pad, changes };
}

function stroke(pad: SignaturePad, pointerType = 'mouse') {
  const canvas = pad.shadowRoot!.querySelector('canvas')!;
  const box = canvas.getBoundingClientRect();
  const at = (type: string, x: number, y: number) =>
    canvas.dispatchEvent(new PointerEvent(type, { clientX: box.left + x * box.width, clientY: box.top + y * box.height, pointerId: 7, pointerType, button: 0, buttons: 1, bubbles: true }));
  at('pointerdown', 0.2, 0.3);
  at('pointermove', 0.5, 0.7);
  at('pointermove', 0.8, 0.4);
  at('pointerup', 0.8, 0.4);
}

/** Whether the canvas holds anything but transparent pixels. */
function inked(pad: SignaturePad): boolean {
  const canvas = pad.shadowRoot!.querySelector('canvas')!;
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  for (let index = 3; index < data.length; index += 4) if (data[index]! > 0) return true;
  return false;
}

describe('<kp-signature-pad>', () => {
  it('draws with pointer events, by mouse or finger, and gives the drawing as a PNG', async () => {
    for (const pointerType of ['mouse', 'touch', 'pen']) {
      const { pad, changes } = await mount();
      expect(inked(pad)).to.equal(false);
      stroke(pad, pointerType);
      await pad.updateComplete;
      expect(inked(pad), pointerType).to.equal(true);
      expect(changes).to.have.length(1);
      expect(changes[0]).to.match(/^data:image\/png;base64,/);
      expect(pad.value).to.equal(changes[0]);
    }
  });

  it('does not scroll the page while drawing on a touch screen', async () => {
    const { pad } = await mount();
    expect(getComputedStyle(pad.shadowRoot!.querySelector('canvas')!).touchAction).to.equal('none');
  });

  it('clears what was drawn', async () => {
    const { pad, changes } = await mount();
    const clear = pad.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear"]')!;
    expect(clear.disabled, 'nothing to clear yet').to.equal(true);
    stroke(pad);
    await pad.updateComplete;
    expect(clear.disabled).to.equal(false);
    clear.click();
    await pad.updateComplete;
    expect(inked(pad)).to.equal(false);
    expect(changes.at(-1)).to.equal('');
    expect(pad.value).to.equal('');
  });

  it('writes the typed name as signature for whoever cannot draw, following the name as it changes', async () => {
    const { pad, changes } = await mount('Anna de Vries');
    const typed = pad.shadowRoot!.querySelector<HTMLInputElement>('[part="typed"] input')!;
    typed.focus();
    typed.click();
    await pad.updateComplete;
    expect(inked(pad)).to.equal(true);
    expect(changes.at(-1)).to.match(/^data:image\/png;base64,/);
    expect(pad.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).to.contain('getypte naam');
    const first = changes.at(-1);
    pad.typedName = 'Anna de Vries-Jansen';
    await pad.updateComplete;
    expect(changes.at(-1)).to.not.equal(first);
    // Without a name there is nothing to sign with.
    pad.typedName = '';
    await pad.updateComplete;
    expect(changes.at(-1)).to.equal('');
    typed.click();
    await pad.updateComplete;
    expect(inked(pad)).to.equal(false);
  });

  it('passes axe, and its controls work from the keyboard', async () => {
    const { pad } = await mount('Anna de Vries');
    await expect(pad).to.be.accessible();
    const typed = pad.shadowRoot!.querySelector<HTMLInputElement>('[part="typed"] input')!;
    expect(typed.tabIndex).to.equal(0);
    typed.click();
    await waitUntil(() => pad.value !== '', 'the typed name is the signature');
    await expect(pad).to.be.accessible();
  });
});
