import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './photo-picker.js';
import type { PhotoPicker } from './photo-picker.js';
import { photoFile } from '../views/view-fixtures.js';

async function choose(picker: PhotoPicker, files: File[]) {
  const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#choose')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await picker.whenSettled();
  await picker.updateComplete;
}

describe('<kp-photo-picker>', () => {
  it('offers the camera on phones and the photo library everywhere', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    const camera = picker.shadowRoot!.querySelector<HTMLInputElement>('#take')!;
    expect(camera.accept).to.equal('image/*');
    expect(camera.getAttribute('capture')).to.equal('environment');
    expect(camera.multiple).to.equal(true);
    const library = picker.shadowRoot!.querySelector<HTMLInputElement>('#choose')!;
    expect(library.hasAttribute('capture')).to.equal(false);
    expect(picker.shadowRoot!.querySelector('label[for="choose"]')!.textContent).to.contain("Foto's kiezen");
  });

  it('shows previews of the smaller JPEGs and reports them', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    let reported: File[] = [];
    picker.addEventListener('kp-photos-change', (event) => (reported = (event as CustomEvent<{ photos: File[] }>).detail.photos));
    await choose(picker, [await photoFile(3000, 4000, 'staand.png'), await photoFile(100, 50, 'klein.png')]);
    expect(reported.map((file) => [file.name, file.type])).to.deep.equal([
      ['staand.jpg', 'image/jpeg'],
      ['klein.jpg', 'image/jpeg'],
    ]);
    const sizes = await Promise.all(reported.map(async (file) => createImageBitmap(file).then((bitmap) => [bitmap.width, bitmap.height])));
    expect(sizes).to.deep.equal([
      [1536, 2048],
      [100, 50],
    ]);
    const previews = picker.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="preview"] img');
    expect([...previews].map((preview) => preview.alt)).to.deep.equal(['Foto 1', 'Foto 2']);
    expect(picker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain("2 foto's gekozen, hoogstens 5");
  });

  it('takes at most five photos and says which were left out', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    const files = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => photoFile(20, 20, `f${n}.png`)));
    await choose(picker, files);
    expect(picker.photos).to.have.length(5);
    expect(picker.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('2 zijn niet toegevoegd');
    expect(picker.shadowRoot!.querySelector<HTMLElement>('.buttons')!.hidden, 'no more choosing when full').to.equal(true);
  });

  it('refuses a file that is no image', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    await choose(picker, [new File(['<svg/>'], 'tekening.txt', { type: 'text/plain' })]);
    expect(picker.photos).to.have.length(0);
    const problem = picker.shadowRoot!.querySelector('#problem')!;
    expect(problem.textContent).to.contain('tekening.txt');
    expect(picker.shadowRoot!.querySelector('#choose')!.getAttribute('aria-describedby')).to.contain('problem');
  });

  it('removes a photo, releases its preview and keeps focus on the next remove button', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    await choose(picker, [await photoFile(20, 20, 'a.png'), await photoFile(20, 20, 'b.png')]);
    const first = picker.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!;
    expect(first.getAttribute('aria-label')).to.equal('Foto 1 verwijderen');
    first.click();
    await waitUntil(() => picker.photos.length === 1);
    await picker.updateComplete;
    expect(picker.photos.map((file) => file.name)).to.deep.equal(['b.jpg']);
    await waitUntil(() => picker.shadowRoot!.activeElement?.classList.contains('remove'), 'focus stays on a remove button');
    await expect(picker).to.be.accessible();
  });

  it('refuses a photo the browser cannot read, by its name, before any upload', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    const broken = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5])], 'kapot.jpg', { type: 'image/jpeg' });
    await choose(picker, [broken, await photoFile(20, 20, 'goed.png')]);
    expect(picker.photos.map((file) => file.name)).to.deep.equal(['goed.jpg']);
    const problem = picker.shadowRoot!.querySelector('#problem')!;
    expect(problem.textContent).to.contain('kapot.jpg is geen foto die we kunnen gebruiken.');
    // Next to the photos, above the buttons: not out of view below them.
    expect(problem.compareDocumentPosition(picker.shadowRoot!.querySelector('.buttons')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(problem.previousElementSibling?.matches('[part="previews"]')).to.equal(true);
    await expect(picker).to.be.accessible();
  });

  it('takes a PDF where PDFs are allowed, and refuses one whose bytes are no PDF', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker pdf max="3"></kp-photo-picker>`);
    expect(picker.shadowRoot!.querySelector<HTMLInputElement>('#choose')!.accept).to.contain('application/pdf');
    const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'bon.pdf', { type: 'application/pdf' });
    const fake = new File(['<html></html>'], 'nep.pdf', { type: 'application/pdf' });
    await choose(picker, [pdf, fake]);
    expect(picker.photos.map((file) => file.name)).to.deep.equal(['bon.pdf']);
    expect(picker.shadowRoot!.querySelector('[part="preview"]')!.textContent).to.contain('bon.pdf');
    expect(picker.shadowRoot!.querySelector('#problem')!.textContent).to.contain('nep.pdf is geen foto of PDF die we kunnen lezen.');
    expect(picker.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('1 bestand gekozen, hoogstens 3');
    const plain = await fixture<PhotoPicker>(html`<kp-photo-picker></kp-photo-picker>`);
    await choose(plain, [pdf]);
    expect(plain.photos).to.have.length(0);
  });

  it('keeps the counts right after removing one, and offers to choose again when it was full', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker max="2"></kp-photo-picker>`);
    await choose(picker, await Promise.all([1, 2].map((n) => photoFile(20, 20, `f${n}.png`))));
    const status = () => picker.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    expect(status()).to.equal("2 foto's gekozen, hoogstens 2");
    expect(picker.shadowRoot!.querySelector<HTMLElement>('.buttons')!.hidden).to.equal(true);
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.remove')!.click();
    await waitUntil(() => picker.photos.length === 1);
    await picker.updateComplete;
    expect(status()).to.equal('1 foto gekozen, hoogstens 2');
    expect(picker.shadowRoot!.querySelector<HTMLElement>('.buttons')!.hidden).to.equal(false);
    expect(picker.shadowRoot!.querySelector('img')!.alt).to.equal('Foto 1');
    await choose(picker, await Promise.all([3, 4].map((n) => photoFile(20, 20, `f${n}.png`))));
    expect(picker.photos.map((file) => file.name)).to.deep.equal(['f2.jpg', 'f3.jpg']);
    expect(picker.shadowRoot!.querySelector('#problem')!.textContent).to.contain('1 is niet toegevoegd.');
  });

  it('speaks of one photo as one, not as "1 foto\'s"', async () => {
    const picker = await fixture<PhotoPicker>(html`<kp-photo-picker max="1"></kp-photo-picker>`);
    expect(picker.shadowRoot!.querySelector('#hint')!.textContent).to.contain('Eén foto');
    await choose(picker, [await photoFile(20, 20)]);
    expect(picker.shadowRoot!.textContent).not.to.contain("1 foto's");
  });
});
